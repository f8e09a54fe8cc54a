package team

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// TestRepeatWish: the dialog's repeating wish becomes one stored wish from the
// first to the last such weekday, and back.
func TestRepeatWish(t *testing.T) {
	cases := []struct {
		name      string
		r         RepeatWish
		from, to  roster.Date // want Date, Until (0: single)
		wantError bool
	}{
		{"Wednesdays of November", RepeatWish{Weekday: time.Wednesday, From: roster.NewDate(2026, 11, 1), To: roster.NewDate(2026, 11, 30)},
			roster.NewDate(2026, 11, 4), roster.NewDate(2026, 11, 25), false},
		{"from a Wednesday to a Wednesday", RepeatWish{Weekday: time.Wednesday, From: rnWed, To: rnWed + 14}, rnWed, rnWed + 14, false},
		{"one Wednesday only", RepeatWish{Weekday: time.Wednesday, From: rnMon, To: rnMon + 6}, rnWed, 0, false},
		{"no Sunday in Mon–Sat", RepeatWish{Weekday: time.Sunday, From: rnMon, To: rnMon + 5}, 0, 0, true},
		{"to before from", RepeatWish{Weekday: time.Monday, From: rnMon, To: rnMon - 7}, 0, 0, true},
		{"three years", RepeatWish{Weekday: time.Monday, From: rnMon, To: rnMon + 3*365}, 0, 0, true},
		{"bad weekday", RepeatWish{Weekday: 9, From: rnMon, To: rnMon + 30}, 0, 0, true},
	}
	for _, tc := range cases {
		tc.r.Member, tc.r.Kind = rnAnna, roster.WishCannot
		w, err := tc.r.Wish()
		if (err != nil) != tc.wantError {
			t.Errorf("%s: err %v", tc.name, err)
			continue
		}
		if err != nil {
			continue
		}
		if w.Date != tc.from || w.Until != tc.to || w.Member != rnAnna || w.Kind != roster.WishCannot {
			t.Errorf("%s: got %+v, want %s–%s", tc.name, w, tc.from, tc.to)
		}
		if r, ok := RepeatOf(w); ok != (tc.to != 0) || (ok && (r.Weekday != tc.r.Weekday || r.From != tc.from || r.To != tc.to)) {
			t.Errorf("%s: RepeatOf = %+v, %v", tc.name, r, ok)
		}
	}
}

// TestWishOn compares Wish.On with a plain reference over a range of dates.
func TestWishOn(t *testing.T) {
	w := roster.Wish{Date: rnWed, Until: rnWed + 21}
	for d := rnWed - 10; d <= rnWed+30; d++ {
		want := d == rnWed || d == rnWed+7 || d == rnWed+14 || d == rnWed+21
		if got := w.On(d); got != want {
			t.Errorf("On(%s) = %v", d, got)
		}
		if got := w.Touches(roster.Window{From: d, To: d}); got != want {
			t.Errorf("touches(%s) = %v", d, got)
		}
	}
	single := roster.Wish{Date: rnWed}
	if !single.On(rnWed) || single.On(rnWed+7) || single.Repeats() {
		t.Error("single wish")
	}
	// The new field survives JSON and is left out when zero.
	b, _ := json.Marshal(single)
	if string(b) != `{"member":0,"date":"2026-11-04","kind":""}` {
		t.Errorf("JSON %s", b)
	}
	var back roster.Wish
	b, _ = json.Marshal(w)
	if err := json.Unmarshal(b, &back); err != nil || back != w {
		t.Errorf("round trip %s → %+v %v", b, back, err)
	}
}

// TestWishRuleRepeating: a repeating "kan niet" is an error on every date the
// member works, "liever niet" a warning, "graag" nothing.
func TestWishRuleRepeating(t *testing.T) {
	for _, tc := range []struct {
		kind roster.WishKind
		sev  rules.Severity
		n    int
	}{{roster.WishCannot, rules.SevError, 2}, {roster.WishRatherNot, rules.SevWarning, 2}, {roster.WishPrefer, rules.SevInfo, 0}} {
		h := rnHouse()
		h.Plan.Assignments = append(h.Plan.Assignments,
			roster.Assignment{Member: rnCor, Date: rnWed + 7, Shift: "L"},
			roster.Assignment{Member: rnCor, Date: rnWed + 8, Shift: "L"}) // a Thursday: not a wish day
		h.Plan.Wishes = []roster.Wish{{Member: rnCor, Date: rnWed, Until: rnWed + 21, Kind: tc.kind}}
		var got []roster.Date
		for _, f := range rules.CheckAt(h, roster.Window{From: rnMon, To: rnMon + 27}, rnToday) {
			if f.Rule == rules.RuleWish {
				if f.Severity != tc.sev {
					t.Errorf("%s: severity %s", tc.kind, f.Severity)
				}
				got = append(got, f.Dates...)
			}
		}
		want := []roster.Date{rnWed, rnWed + 7}[:tc.n]
		if !slices.Equal(got, want) {
			t.Errorf("%s: WISH on %v, want %v", tc.kind, got, want)
		}
		// A window of one week sees only that week's date.
		n := 0
		for _, f := range rules.CheckAt(h, roster.Week(rnWed+7), rnToday) {
			if f.Rule == rules.RuleWish {
				n++
			}
		}
		if n != tc.n/2 {
			t.Errorf("%s: %d WISH findings in the second week", tc.kind, n)
		}
	}
}

// TestWishShiftOnly: a wish for one shift leaves the other shifts alone.
func TestWishShiftOnly(t *testing.T) {
	h := rnHouse()
	h.Plan.Wishes = []roster.Wish{{Member: rnCor, Date: rnWed, Shift: "V", Kind: roster.WishCannot}}
	for _, f := range rules.CheckAt(h, roster.Week(rnWed), rnToday) {
		if f.Rule == rules.RuleWish {
			t.Errorf("wish for V reported on L: %s", f.NL)
		}
	}
	h.Plan.Wishes[0].Shift = "L"
	if fs := rules.CheckAt(h, roster.Week(rnWed), rnToday); !slices.Contains(rnRules(fs), rules.RuleWish) {
		t.Error("wish for L not reported")
	}
}

// TestSetWish: set, replace, clear, fixed dates and the cover finder.
func TestSetWish(t *testing.T) {
	h := rnHouse()
	e, err := SetWish(h, roster.Wish{Member: rnDirk, Date: rnWed, Kind: roster.WishCannot, Note: "tandarts"})
	if err != nil {
		t.Fatal(err)
	}
	rnApply(t, h, e)
	e, err = SetWish(h, roster.Wish{Member: rnDirk, Date: rnWed, Kind: roster.WishRatherNot})
	if err != nil {
		t.Fatal(err)
	}
	if len(e.Wishes) != 1 || e.Wishes[0].Before == nil {
		t.Fatalf("replace: %+v", e.Wishes)
	}
	rnApply(t, h, e)
	if got := WishesOn(h, rnDirk, rnWed); len(got) != 1 || got[0].Kind != roster.WishRatherNot {
		t.Fatalf("WishesOn after replace: %+v", got)
	}
	// A repeating wish is a different wish from the single one on its first date.
	rep, _ := RepeatWish{Member: rnDirk, Weekday: time.Wednesday, Shift: "L", Kind: roster.WishPrefer, From: rnMon, To: rnMon + 27}.Wish()
	e, err = SetWish(h, rep)
	if err != nil {
		t.Fatal(err)
	}
	rnApply(t, h, e)
	if got := WishesOn(h, rnDirk, rnWed+14); len(got) != 1 || got[0] != rep {
		t.Fatalf("WishesOn a later Wednesday: %+v", got)
	}
	if got := WishesOn(h, rnDirk, rnWed); len(got) != 2 {
		t.Fatalf("WishesOn the first Wednesday: %+v", got)
	}
	// The cover finder sees the repeating "graag" for L two weeks later.
	res, err := findCoverAt(h, Vacancy{Date: rnWed + 14, Shift: "L", Start: roster.NewClock(15, 0), End: roster.NewClock(23, 0)}, rnToday)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range res.Candidates {
		if c.Member == rnDirk && c.Wish != roster.WishPrefer {
			t.Errorf("cover finder: Dirk's wish %q, want graag", c.Wish)
		}
	}
	e, err = ClearWish(h, rep)
	if err != nil {
		t.Fatal(err)
	}
	rnApply(t, h, e)
	if got := WishesOn(h, rnDirk, rnWed+14); len(got) != 0 {
		t.Errorf("after clear: %+v", got)
	}
	if _, err := ClearWish(h, rep); err == nil {
		t.Error("clearing a missing wish accepted")
	}
	for _, bad := range []roster.Wish{
		{Member: 99, Date: rnWed, Kind: roster.WishCannot},
		{Member: rnDirk, Date: rnWed, Kind: "misschien"},
		{Member: rnDirk, Date: rnWed, Shift: "X", Kind: roster.WishCannot},
		{Member: rnDirk, Date: rnWed, Until: rnWed - 7, Kind: roster.WishCannot},
	} {
		if _, err := SetWish(h, bad); err == nil {
			t.Errorf("SetWish(%+v) accepted", bad)
		}
	}
}

// TestSetWishFixed: no single wish on a fixed date; a repeating one starts
// after the fixed weeks.
func TestSetWishFixed(t *testing.T) {
	h := rnHouse()
	h.Plan.Periods = []roster.Period{{From: rnMon, To: rnMon + 13, State: roster.PeriodFixed}}
	_, err := SetWish(h, roster.Wish{Member: rnAnna, Date: rnWed, Kind: roster.WishCannot})
	if !errors.Is(err, ErrFixedPeriod) {
		t.Errorf("single wish on a fixed date: %v", err)
	}
	e, err := SetWish(h, roster.Wish{Member: rnAnna, Date: rnWed, Until: rnWed + 27, Kind: roster.WishCannot})
	if err != nil {
		t.Fatal(err)
	}
	if w := e.Wishes[0].After; w.Date != rnWed+14 || w.Until != rnWed+21 {
		t.Errorf("repeating wish stored as %s–%s, want %s–%s", w.Date, w.Until, rnWed+14, rnWed+21)
	}
	if _, err := SetWish(h, roster.Wish{Member: rnAnna, Date: rnWed, Until: rnWed + 7, Kind: roster.WishCannot}); err == nil {
		t.Error("repeating wish on fixed weeks only accepted")
	}
	if err := EditAllowed(h, e); err != nil {
		t.Errorf("EditAllowed: %v", err)
	}
}

// TestWishesHonoured: honoured counts per kind, against a hand count.
func TestWishesHonoured(t *testing.T) {
	h := rnHouse()
	h.Plan.Wishes = []roster.Wish{
		{Member: rnCor, Date: rnWed, Kind: roster.WishCannot},                       // works L: not honoured
		{Member: rnCor, Date: rnWed, Shift: "V", Kind: roster.WishRatherNot},        // no V: honoured
		{Member: rnCor, Date: rnWed, Shift: "L", Kind: roster.WishPrefer},           // works L: honoured
		{Member: rnCor, Date: rnMon, Until: rnMon + 21, Kind: roster.WishPrefer},    // 4 Mondays off: not honoured
		{Member: rnAnna, Date: rnWed, Kind: roster.WishCannot},                      // another member
		{Member: rnCor, Date: rnMon + 28, Kind: roster.WishCannot},                  // outside the window
		{Member: rnCor, Date: rnTue(), Until: rnTue() + 7, Kind: roster.WishCannot}, // two Tuesdays free: honoured
	}
	got := WishesHonoured(h, rnCor, roster.Window{From: rnMon, To: rnMon + 27})
	if got != (WishCount{Wishes: 9, Honoured: 4}) {
		t.Errorf("Cor: %+v, want 4 of 9", got)
	}
	if p := got.Pct(); p != 44.44 {
		t.Errorf("Pct %v", p)
	}
	if (WishCount{}).Pct() != 0 {
		t.Error("Pct without wishes")
	}
	if !WishRoundOpen(&roster.House{Plan: roster.Plan{Periods: []roster.Period{{From: rnMon, To: rnMon + 27, State: roster.PeriodWishes, Deadline: rnMon - 7}}}}, rnWed, rnMon-7) {
		t.Error("round open on its deadline")
	}
	if WishRoundOpen(&roster.House{Plan: roster.Plan{Periods: []roster.Period{{From: rnMon, To: rnMon + 27, State: roster.PeriodWishes, Deadline: rnMon - 7}}}}, rnWed, rnMon-6) {
		t.Error("round open after its deadline")
	}
}

func rnTue() roster.Date { return rnMon + 1 }

// TestWishTouchesProperty compares touches with the plain reference "some
// date of the window has On" over random wishes and windows.
func TestWishTouchesProperty(t *testing.T) {
	rng := uint64(7)
	next := func(n int) int { rng = rng*6364136223846793005 + 1442695040888963407; return int(rng>>33) % n }
	for range 5000 {
		w := roster.Wish{Date: rnMon + roster.Date(next(60))}
		if next(3) > 0 {
			w.Until = w.Date + roster.Date(next(60))
		}
		win := roster.Window{From: rnMon + roster.Date(next(90)) - 10}
		win.To = win.From + roster.Date(next(20))
		want := false
		for d := win.From; d <= win.To; d++ {
			want = want || w.On(d)
		}
		if got := w.Touches(win); got != want {
			t.Fatalf("touches(%+v, %s) = %v, want %v", w, win, got, want)
		}
	}
}
