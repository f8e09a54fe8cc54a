package year

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// summerHouse is handHouse with an open summer round of 2027 over weeks 29–33
// (19 July – 22 August) and the given wishes (week numbers in order).
func summerHouse(opvoeders int, y int, wishes map[int][]int) *roster.House {
	h := handHouse(opvoeders)
	r := roster.SummerRound{Year: y, From: roster.ISOWeekStart(y, 29), To: roster.ISOWeekStart(y, 33) + 6, MaxWeeks: 1, State: roster.SummerClosed}
	for id := 1; id <= opvoeders; id++ {
		if ws, ok := wishes[id]; ok {
			var mons []roster.Date
			for _, w := range ws {
				mons = append(mons, roster.ISOWeekStart(y, w))
			}
			r.Wishes = append(r.Wishes, roster.SummerWish{Member: id, Weeks: mons})
		}
	}
	h.Year.Summers = append(h.Year.Summers, r)
	return h
}

// got returns per member the ISO weeks proposed.
func gotWeeks(p SummerProposal) map[int][]int {
	out := map[int][]int{}
	for _, a := range p.Awards {
		for _, mon := range a.Weeks {
			_, wk := mon.ISOWeek()
			out[a.Member] = append(out[a.Member], wk)
		}
	}
	return out
}

// TestSummerHandCases: small cases whose fair answer is known by hand. With
// 10 opvoeders a week stays "krap" with two on leave (limit 320 ≥ 296) and
// is short with three (280); with 9, one on leave is the most (320; two: 280).
func TestSummerHandCases(t *testing.T) {
	tests := []struct {
		name      string
		opvoeders int
		year      int
		maxWeeks  int
		wishes    map[int][]int
		earlier   map[int]int // summer weeks of an accepted 2026 round
		want      map[int][]int
		firstTurn int
	}{
		{"the one with summer weeks last year waits", 10, 2027, 1, map[int][]int{1: {30}, 2: {30}, 3: {30}}, map[int]int{1: 2},
			map[int][]int{2: {30}, 3: {30}}, 3}, // 2 and 3 tie: the 2027 rotation puts 3 first
		// 2027 mod 3 = 2: ID order 1,2,3 rotated two places: 3, 1, 2.
		{"tie broken by the rotated team order (2027)", 10, 2027, 1, map[int][]int{1: {30}, 2: {30}, 3: {30}}, nil,
			map[int][]int{3: {30}, 1: {30}}, 3},
		// 2028 mod 3 = 0: 1, 2, 3.
		{"tie broken by the rotated team order (2028)", 10, 2028, 1, map[int][]int{1: {30}, 2: {30}, 3: {30}}, nil,
			map[int][]int{1: {30}, 2: {30}}, 1},
		// 2027 mod 2 = 1: order 2, 1. B takes 30; A's 30 would be short, A gets 31.
		// Snake: in pass 2 A goes first, but 30 is full and B's 31 would be short.
		{"one a week, snake order", 9, 2027, 2, map[int][]int{1: {30, 31}, 2: {30, 31}}, nil,
			map[int][]int{2: {30}, 1: {31}}, 2},
		{"maximum weeks", 10, 2027, 2, map[int][]int{1: {29, 30, 31}}, nil, map[int][]int{1: {29, 30}}, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := summerHouse(tc.opvoeders, tc.year, tc.wishes)
			h.Year.Summers[0].MaxWeeks = tc.maxWeeks
			if tc.earlier != nil {
				prev := roster.SummerRound{Year: 2026, From: roster.ISOWeekStart(2026, 29), To: roster.ISOWeekStart(2026, 33) + 6, MaxWeeks: 3, State: roster.SummerAccepted}
				for id, n := range tc.earlier {
					var ws []roster.Date
					for i := 0; i < n; i++ {
						ws = append(ws, roster.ISOWeekStart(2026, 29+i))
					}
					prev.Awards = append(prev.Awards, roster.SummerAward{Member: id, Weeks: ws})
				}
				h.Year.Summers = append([]roster.SummerRound{prev}, h.Year.Summers...)
			}
			p, err := ProposeSummer(h, tc.year)
			if err != nil {
				t.Fatal(err)
			}
			if g := gotWeeks(p); !reflect.DeepEqual(g, tc.want) {
				t.Errorf("got %v, want %v", g, tc.want)
				for _, m := range p.Members {
					t.Log(m.Explain(roster.Dutch))
				}
			}
			if p.Members[0].Member != tc.firstTurn {
				t.Errorf("first turn %d, want %d", p.Members[0].Member, tc.firstTurn)
			}
			for _, m := range p.Members {
				if len(m.Reasons) != len(tc.wishes[m.Member]) {
					t.Errorf("%s: %d reasons for %d wishes", m.Name, len(m.Reasons), len(tc.wishes[m.Member]))
				}
			}
		})
	}
}

// TestSummerProperties: on random wishes the proposal never makes a week
// short, gives only wished weeks, at most the maximum, and is the same
// every time (deterministic, independent of the order wishes were stored).
func TestSummerProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	for i := 0; i < 200; i++ {
		n := 8 + rng.IntN(5)
		wishes := map[int][]int{}
		for id := 1; id <= n; id++ {
			if rng.IntN(4) == 0 {
				continue
			}
			perm := rng.Perm(5)[:1+rng.IntN(5)]
			for _, k := range perm {
				wishes[id] = append(wishes[id], 29+k)
			}
		}
		h := summerHouse(n, 2027, wishes)
		h.Year.Summers[0].MaxWeeks = 1 + rng.IntN(3)
		p, err := ProposeSummer(h, 2027)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range p.Weeks {
			if l.Status == Short {
				t.Fatalf("case %d: week %d short after the proposal: %+v", i, l.ISOWeek, l)
			}
		}
		for id, ws := range gotWeeks(p) {
			if len(ws) > h.Year.Summers[0].MaxWeeks {
				t.Fatalf("case %d: member %d got %v, max %d", i, id, ws, h.Year.Summers[0].MaxWeeks)
			}
			for _, w := range ws {
				if !slices.Contains(wishes[id], w) {
					t.Fatalf("case %d: member %d got unwished week %d", i, id, w)
				}
			}
		}
		slices.Reverse(h.Year.Summers[0].Wishes)
		q, _ := ProposeSummer(h, 2027)
		if !reflect.DeepEqual(p.Awards, q.Awards) {
			t.Fatalf("case %d: not deterministic: %v vs %v", i, p.Awards, q.Awards)
		}
	}
}

// TestSummerRoundFlow opens a round from the region's school summer, takes
// wishes, refuses them after closing, accepts the proposal (agreed requests
// and absences) and counts it as earlier weeks the next year.
func TestSummerRoundFlow(t *testing.T) {
	h := handHouse(10)
	now := time.Date(2027, 3, 1, 9, 0, 0, 0, time.UTC)
	today := roster.NewDate(2027, 3, 1)
	must := func(e roster.Edit, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		if err := h.Apply(e); err != nil {
			t.Fatal(err)
		}
	}
	// Regio midden 2027: 17 July – 29 August: the weeks 29 (from 19 July) to 34.
	must(OpenSummer(h, 2027, 0, 0, roster.NewDate(2027, 4, 1), 2))
	r := h.Year.Summer(2027)
	if r.From != roster.NewDate(2027, 7, 19) || r.To != roster.NewDate(2027, 8, 29) || r.State != roster.SummerOpen {
		t.Fatalf("round %+v", r)
	}
	must(WishSummer(h, 2027, 1, []roster.Date{roster.NewDate(2027, 7, 21), roster.NewDate(2027, 7, 28)}, today))
	must(WishSummer(h, 2027, 2, []roster.Date{roster.NewDate(2027, 7, 19)}, today))
	if _, err := WishSummer(h, 2027, 3, []roster.Date{roster.NewDate(2027, 9, 6)}, today); err == nil {
		t.Error("a week outside the round was accepted")
	}
	if _, err := WishSummer(h, 2027, 3, []roster.Date{roster.NewDate(2027, 7, 19)}, roster.NewDate(2027, 4, 2)); err == nil {
		t.Error("a wish after the deadline was accepted")
	}
	must(CloseSummer(h, 2027))
	if _, err := WishSummer(h, 2027, 3, []roster.Date{roster.NewDate(2027, 7, 19)}, today); err == nil {
		t.Error("a wish in a closed round was accepted")
	}
	p, err := ProposeSummer(h, 2027)
	if err != nil {
		t.Fatal(err)
	}
	must(AcceptSummer(h, 2027, p.Awards, 99, now))
	if h.Year.Summer(2027).State != roster.SummerAccepted || len(h.Year.Requests) != 3 || len(h.Plan.Absences) != 3 {
		t.Fatalf("accepted: %+v, %d requests, %d absences", h.Year.Summer(2027), len(h.Year.Requests), len(h.Plan.Absences))
	}
	for _, q := range h.Year.Requests {
		if q.Status != roster.LeaveAgreed || q.Summer != 2027 || len(q.Agreed) != 1 || q.Agreed[0].By != 99 {
			t.Errorf("request %+v", q)
		}
		if RequestHours(h, &q) != 36 {
			t.Errorf("a summer week counts %v h, want the week's contract 36", RequestHours(h, &q))
		}
	}
	if e := EarlierSummerWeeks(h, 2028); e[1] != 2 || e[2] != 1 {
		t.Errorf("earlier weeks for 2028: %v", e)
	}
	if _, err := AcceptSummer(h, 2027, p.Awards, 99, now); err == nil {
		t.Error("a round was accepted twice")
	}
}

func TestAwardsText(t *testing.T) {
	h := summerHouse(3, 2027, map[int][]int{1: {30}})
	awards := []roster.SummerAward{{Member: 2, Weeks: []roster.Date{roster.ISOWeekStart(2027, 31), roster.ISOWeekStart(2027, 29)}}, {Member: 1, Weeks: []roster.Date{roster.ISOWeekStart(2027, 30)}}}
	txt := FormatAwards(h, awards)
	if txt != "A: 30\nB: 31, 29\n" {
		t.Errorf("text %q", txt)
	}
	back, err := ParseAwards(h, 2027, txt+"\n c : 32 33\n")
	if err != nil || len(back) != 3 || back[1].Weeks[0] != roster.ISOWeekStart(2027, 29) || len(back[2].Weeks) != 2 {
		t.Errorf("parsed %v %v", back, err)
	}
	for _, bad := range []string{"A 30", "Z: 30", "A: 30\na: 31", "A: dertig", "A: 40", "A: 0"} {
		if _, err := ParseAwards(h, 2027, bad); err == nil || !strings.Contains(err.Error(), " / ") {
			t.Errorf("%q: %v", bad, err)
		}
	}
}

// FuzzParseAwards: whatever the team types, ParseAwards returns awards of
// known members inside the round, or an error; it never panics.
func FuzzParseAwards(f *testing.F) {
	f.Add("A: 30\nB: 31, 29\n")
	f.Add("a:30;31 32")
	f.Add(":\n\n: ,,")
	f.Add("C: 99999999999999999999")
	h := summerHouse(3, 2027, nil)
	r := h.Year.Summer(2027)
	f.Fuzz(func(t *testing.T, s string) {
		as, err := ParseAwards(h, 2027, s)
		if err != nil {
			return
		}
		for _, a := range as {
			if h.Member(a.Member) == nil || len(a.Weeks) == 0 {
				t.Fatalf("award %+v", a)
			}
			for _, d := range a.Weeks {
				if d < r.From || d > r.To || d.Weekday() != time.Monday {
					t.Fatalf("week %s outside the round", d)
				}
			}
		}
	})
}
