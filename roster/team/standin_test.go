package team

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rostertest"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// cvClassified returns the rules of the reasons per excluded member and the
// set of candidates.
func cvClassified(res CoverResult) (map[int]string, map[int]bool) {
	ex := map[int]string{}
	for _, e := range res.Excluded {
		ex[e.Member] = cvRules(e.Reasons)
	}
	cand := map[int]bool{}
	for _, c := range res.Candidates {
		cand[c.Member] = true
	}
	return ex, cand
}

func TestFindCoverScenario(t *testing.T) {
	h := rostertest.StandInHouse()
	d := cvStart + 9 // Wednesday of week 2
	var sick, working int
	for _, a := range h.Plan.Assignments {
		if a.Date == d && a.Shift == "V" {
			if sick == 0 {
				sick = a.Member
			} else {
				working = a.Member
			}
		}
	}
	if sick == 0 || working == 0 {
		t.Fatal("test plan has no two V shifts on", d)
	}
	v := cvSickVacancy(t, h, cvFind(t, h, sick, d, "V"))
	h.Plan.Absences = append(h.Plan.Absences, roster.Absence{Member: 11, From: d - 1, To: d + 1, Kind: roster.AbsLeave})
	h.Plan.Wishes = append(h.Plan.Wishes,
		roster.Wish{Member: 1, Date: d, Kind: roster.WishCannot},
		roster.Wish{Member: 2, Date: d, Shift: "L", Kind: roster.WishCannot}, // another shift: no reason
	)
	inactiveFrom := d + 1
	h.Members[13].ActiveFrom = &inactiveFrom // Luuk starts tomorrow: left out

	res, err := findCoverAt(h, v, cvToday)
	if err != nil {
		t.Fatal(err)
	}
	ex, cand := cvClassified(res)
	for id, want := range map[int]string{
		working: "DOUBLE",
		11:      "ABSENT",
		1:       "WISH",
		13:      "ROLE", // huishoudelijk never counts as opvoeder
	} {
		if got, ok := ex[id]; !ok || !containsRule(got, want) {
			t.Errorf("member %d: excluded for %q, want %s among the reasons (candidate: %v)", id, got, want, cand[id])
		}
	}
	if !cand[2] {
		t.Errorf("Sven (wish for another shift) is no candidate: %q", ex[2])
	}
	if _, ok := ex[sick]; ok || cand[sick] {
		t.Error("the vacancy's own member is classified")
	}
	if _, ok := ex[14]; ok || cand[14] {
		t.Error("a member not yet active is classified")
	}
	if n := len(res.Candidates) + len(res.Excluded); n != 12 {
		t.Errorf("classified %d members, want 12 (14 − sick − inactive)", n)
	}
	for i, c := range res.Candidates {
		if c.Rank != i+1 {
			t.Errorf("candidate %d has rank %d", i, c.Rank)
		}
		if i > 0 {
			p := res.Candidates[i-1]
			if better(h, c.Member, &c.CoverFigures, len(c.Strains), p.Member, &p.CoverFigures, len(p.Strains)) {
				t.Errorf("candidate %d (%d) ranks above %d (%d) but is better", i, c.Member, i-1, p.Member)
			}
		}
	}
	for _, e := range res.Excluded {
		for _, f := range e.Reasons {
			if f.NL == "" || f.EN == "" {
				t.Errorf("reason without text: %+v", f)
			}
		}
	}
	if len(res.Candidates) > 0 && res.Splits != nil {
		t.Error("splits proposed although there are candidates")
	}
}

// containsRule reports whether the comma-separated rules hold rule.
func containsRule(rules, rule string) bool {
	return slices.Contains(strings.Split(rules, ","), rule)
}

// cvSmallHouse returns a house of four opvoeders with no plan, one band of
// one opvoeder 07:00–23:00, and the shift types of rostertest.StandInHouse.
func cvSmallHouse() *roster.House {
	h := rostertest.StandInHouse()
	h.Plan = roster.Plan{}
	h.Members = h.Members[2:6] // Anna 32, Bram 36, Chris 28, Dewi 32
	for i := range h.Coverage {
		h.Coverage[i].Min, h.Coverage[i].Max = 1, 3
	}
	return h
}

func TestFindCoverRanking(t *testing.T) {
	d := cvStart + 16 // Wednesday of week 3
	tests := []struct {
		name  string
		setup func(h *roster.House)
		want  []int
	}{
		{"most slack left first", func(h *roster.House) {
			// Chris (28 h) has least contract; Bram (36 h) most.
		}, []int{4, 3, 6, 5}},
		{"fewest week hours breaks a slack tie", func(h *roster.House) {
			for i := range h.Members {
				h.Members[i].Contract[0].HoursPerWeek = 32
			}
			// Same hours in the balance period; Anna has hers in d's week.
			h.Plan.Assignments = append(h.Plan.Assignments,
				roster.Assignment{Member: 3, Date: d - 2, Shift: "D"},
				roster.Assignment{Member: 4, Date: d - 9, Shift: "D"})
		}, []int{5, 6, 4, 3}},
		{"fewest cover-ins breaks a tie", func(h *roster.House) {
			for i := range h.Members {
				h.Members[i].Contract[0].HoursPerWeek = 32
			}
			// Same hours in the period and week; Anna's was a cover-in.
			h.Plan.Assignments = append(h.Plan.Assignments,
				roster.Assignment{Member: 3, Date: d - 2, Shift: "D", CoverFor: 5},
				roster.Assignment{Member: 4, Date: d - 2, Shift: "D"})
		}, []int{5, 6, 4, 3}},
		{"a graag wish breaks a tie", func(h *roster.House) {
			for i := range h.Members {
				h.Members[i].Contract[0].HoursPerWeek = 32
			}
			h.Plan.Wishes = append(h.Plan.Wishes, roster.Wish{Member: 6, Date: d, Kind: roster.WishPrefer})
		}, []int{6, 3, 4, 5}},
		{"a clean candidate before one with a warning", func(h *roster.House) {
			// Member 4 has most slack left but would work against a
			// "liever niet" wish (a WISH warning).
			h.Plan.Wishes = append(h.Plan.Wishes, roster.Wish{Member: 4, Date: d, Kind: roster.WishRatherNot})
		}, []int{3, 6, 5, 4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := cvSmallHouse()
			tt.setup(h)
			v, err := NewVacancy(h, roster.Assignment{Date: d, Shift: "V"}) // an open range
			if err != nil {
				t.Fatal(err)
			}
			res, err := findCoverAt(h, v, cvToday)
			if err != nil {
				t.Fatal(err)
			}
			var got []int
			for _, c := range res.Candidates {
				got = append(got, c.Member)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("order %v, want %v; excluded %v", got, tt.want, res.Excluded)
			}
		})
	}
}

func TestFindCoverFigures(t *testing.T) {
	h := cvSmallHouse()
	d := cvStart + 16
	h.Plan.Assignments = append(h.Plan.Assignments,
		roster.Assignment{Member: 3, Date: d - 2, Shift: "D"},                                       // 7.5 h this week
		roster.Assignment{Member: 3, Date: d - 9, Shift: "S"},                                       // 4 h (sleep at half) last week
		roster.Assignment{Member: 3, Date: d - 10, Shift: "D", CoverFor: 4},                         // a cover-in
		roster.Assignment{Member: 3, Date: d - 40, Shift: "D", CoverFor: 4},                         // too long ago
		roster.Assignment{Member: 3, Date: d - 3, Shift: "D", CoverFor: 4, State: roster.StateSick}) // not worked
	v, err := NewVacancy(h, roster.Assignment{Date: d, Shift: "V"})
	if err != nil {
		t.Fatal(err)
	}
	res, err := findCoverAt(h, v, cvToday)
	if err != nil {
		t.Fatal(err)
	}
	var c *Candidate
	for i := range res.Candidates {
		if res.Candidates[i].Member == 3 {
			c = &res.Candidates[i]
		}
	}
	if c == nil {
		t.Fatalf("Anna is no candidate: %+v", res.Excluded)
	}
	p := roster.BalancePeriod(d, 4)
	want := CoverFigures{
		Period:         p,
		PeriodContract: 128,
		PeriodPlanned:  7.5 + 4 + 7.5 + 7.5 + 7.5, // D, S/2, cover-in D, sick D (sick hours), the vacancy
		HoursLeft:      128 - 34,
		SlackLeft:      round2(0.9*128 - 34),
		WeekContract:   32,
		WeekHours:      7.5 + 7.5, // D, vacancy (the sick D is in the week before)
		CoverIns:       1,
	}
	if !p.Contains(d-10) || !p.Contains(d-2) {
		t.Fatalf("test dates outside the balance period %v", p)
	}
	if c.CoverFigures != want {
		t.Errorf("figures\n got %+v\nwant %+v", c.CoverFigures, want)
	}
}

func TestFindCoverSplit(t *testing.T) {
	h := cvSmallHouse()
	d := cvStart + 16
	at := func(hh int) *roster.Clock { c := roster.NewClock(hh, 0); return &c }
	h.Plan.Assignments = append(h.Plan.Assignments,
		roster.Assignment{Member: 3, Date: d, Shift: "D", Start: at(11), End: at(15)}, // Anna free until 11
		roster.Assignment{Member: 4, Date: d, Shift: "D", Start: at(7), End: at(11)},  // Bram free from 11
	)
	h.Plan.Absences = append(h.Plan.Absences,
		roster.Absence{Member: 5, From: d, To: d, Kind: roster.AbsLeave},
		roster.Absence{Member: 6, From: d, To: d, Kind: roster.AbsTraining})
	v, err := NewVacancy(h, roster.Assignment{Date: d, Shift: "V"})
	if err != nil {
		t.Fatal(err)
	}
	res, err := findCoverAt(h, v, cvToday)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Candidates) != 0 {
		t.Fatalf("candidates %+v, want none", res.Candidates)
	}
	if len(res.Splits) != 1 {
		t.Fatalf("splits %+v, want exactly one", res.Splits)
	}
	sp := res.Splits[0]
	if sp.At != roster.NewClock(11, 0) || sp.Parts[0].Member != 3 || sp.Parts[1].Member != 4 {
		t.Errorf("split at %s: %d then %d, want 11:00: Anna then Bram", sp.At, sp.Parts[0].Member, sp.Parts[1].Member)
	}
	if p := sp.Parts[0].Vacancy; p.Start != v.Start || p.End != roster.NewClock(11, 0) {
		t.Errorf("first part %s–%s", p.Start, p.End)
	}
	if p := sp.Parts[1].Vacancy; p.Start != roster.NewClock(11, 0) || p.End != v.End {
		t.Errorf("second part %s–%s", p.Start, p.End)
	}
	// Assigning the split leaves no new error.
	e, err := AssignSplit(h, sp)
	if err != nil {
		t.Fatal(err)
	}
	after := cvClone(t, h)
	if err := after.Apply(e); err != nil {
		t.Fatal(err)
	}
	w := roster.Window{From: d - 21, To: d + 21}
	if news := cvNaiveNew(rules.CheckAt(h, w, cvToday), rules.CheckAt(after, w, cvToday)); rules.HasErrors(news) {
		t.Errorf("the split adds errors: %v", cvKeys(news))
	}
}

func TestFindCoverNoSplitOfNights(t *testing.T) {
	h := cvSmallHouse()
	d := cvStart + 16
	for _, id := range []int{3, 4, 5, 6} {
		h.Plan.Absences = append(h.Plan.Absences, roster.Absence{Member: id, From: d, To: d, Kind: roster.AbsLeave})
	}
	v, err := NewVacancy(h, roster.Assignment{Date: d, Shift: "S"})
	if err != nil {
		t.Fatal(err)
	}
	res, err := findCoverAt(h, v, cvToday)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Candidates) != 0 || len(res.Splits) != 0 || len(res.Excluded) != 4 {
		t.Errorf("got %d candidates, %d splits, %d excluded; want 0, 0, 4", len(res.Candidates), len(res.Splits), len(res.Excluded))
	}
}

func TestFindCoverUnknownShift(t *testing.T) {
	h := cvSmallHouse()
	if _, err := NewVacancy(h, roster.Assignment{Date: cvStart, Shift: "X"}); err == nil {
		t.Error("NewVacancy accepts an unknown shift")
	}
	if _, err := findCoverAt(h, Vacancy{Date: cvStart, Shift: "X"}, cvToday); err == nil {
		t.Error("FindCover accepts an unknown shift")
	}
}

// FindCover must not change the house it is given, even when the vacancy's
// own shift is still planned.
func TestFindCoverLeavesHouseAlone(t *testing.T) {
	h := rostertest.StandInHouse()
	i := cvFind(t, h, h.Plan.Assignments[40].Member, h.Plan.Assignments[40].Date, h.Plan.Assignments[40].Shift)
	v, err := NewVacancy(h, h.Plan.Assignments[i])
	if err != nil {
		t.Fatal(err)
	}
	before := cvClone(t, h)
	res, err := findCoverAt(h, v, cvToday)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := cvClone(t, h), before; !slices.EqualFunc(got.Plan.Assignments, want.Plan.Assignments, assignmentEqual) {
		t.Error("FindCover changed the plan")
	}
	// The still-planned original is treated as vacated: its own member would
	// otherwise be counted twice and nobody could take a night.
	if len(res.Candidates) == 0 {
		t.Errorf("no candidates for a planned shift treated as vacated: %+v", res.Excluded)
	}
}

// assignmentEqual compares assignments by value, custom times included.
func assignmentEqual(a, b roster.Assignment) bool {
	eq := func(x, y *roster.Clock) bool { return (x == nil) == (y == nil) && (x == nil || *x == *y) }
	return a.Member == b.Member && a.Date == b.Date && a.Shift == b.Shift && a.State == b.State &&
		a.Note == b.Note && a.CoverFor == b.CoverFor && eq(a.Start, b.Start) && eq(a.End, b.End)
}

func TestFindCoverConsent(t *testing.T) {
	h := cvSmallHouse()
	d := cvStart + 16
	for i := range h.Members {
		h.Members[i].Contract[0].HoursPerWeek = 12
	}
	nine, ten := roster.NewClock(9, 0), roster.NewClock(10, 0)
	h.Plan.Assignments = append(h.Plan.Assignments,
		roster.Assignment{Member: 3, Date: d - 2, Shift: "D"},                          // Anna: over 1/9 with the vacancy
		roster.Assignment{Member: 4, Date: d - 2, Shift: "D"},                          // Bram: over 1/9 …
		roster.Assignment{Member: 4, Date: d, Shift: "O"},                              // … and in a meeting at the time
		roster.Assignment{Member: 5, Date: d - 2, Shift: "D", Start: &nine, End: &ten}, // Chris: 1 h
	)
	h.Plan.Absences = append(h.Plan.Absences, roster.Absence{Member: 6, From: d, To: d, Kind: roster.AbsLeave})
	v, err := NewVacancy(h, roster.Assignment{Date: d, Shift: "V"})
	if err != nil {
		t.Fatal(err)
	}
	res, err := findCoverAt(h, v, cvToday)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Candidates) != 1 || res.Candidates[0].Member != 5 {
		t.Errorf("candidates %+v, want only Chris", res.Candidates)
	}
	var got []string
	for _, e := range res.Excluded {
		got = append(got, fmt.Sprintf("%d:%v:%s", e.Member, e.Consent, cvRules(e.Reasons)))
	}
	want := []string{"3:true:CONTRACT", "6:false:ABSENT", "4:false:CONTRACT,DOUBLE"}
	if !slices.Equal(got, want) {
		t.Errorf("excluded %v, want %v", got, want)
	}
}

// The vacancy's label names the day as the week grid does ("wo 25 nov"),
// never the numeric "wo 25-11" the cover panel's head used to show.
func TestVacancyLabelDayInWords(t *testing.T) {
	start, err := roster.ParseClock("07:00")
	if err != nil {
		t.Fatal(err)
	}
	end, err := roster.ParseClock("15:00")
	if err != nil {
		t.Fatal(err)
	}
	v := Vacancy{Date: roster.NewDate(2026, time.November, 25), Shift: "V", Start: start, End: end}
	for _, tt := range []struct {
		l    roster.Lang
		want string
	}{
		{roster.Dutch, "wo 25 nov V 07:00–15:00"},
		{roster.English, "Wed 25 Nov V 07:00–15:00"},
	} {
		if got := v.Label(tt.l); got != tt.want {
			t.Errorf("Label(%v) = %q, want %q", tt.l, got, tt.want)
		}
	}
}
