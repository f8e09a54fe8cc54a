package house

import (
	"context"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// rowHouse returns a house with awake nights (nobody may work them), a
// weekday band 07:00–15:00 of need opvoeders, opvoeder A with a contract
// of hoursA and opvoeder B with one of 24 h, and the window Monday to Friday.
func rowHouse(need int, hoursA float64) (*roster.House, roster.Window) {
	h := roster.NewHouse("rij", 4)
	h.Settings.NightMode = roster.NightAwake
	h.Coverage = []roster.Band{{Day: roster.DayWeekday, Start: roster.NewClock(7, 0), End: roster.NewClock(15, 0), Min: need}}
	mon := roster.NewDate(2027, 3, 1)
	for i, hrs := range []float64{hoursA, 24} {
		h.Members = append(h.Members, roster.Member{ID: i + 1, Name: string(rune('A' + i)), Role: roster.RoleOpvoeder,
			Contract: []roster.Contract{{From: mon - 70, HoursPerWeek: hrs}}})
	}
	return h, roster.Window{From: mon, To: mon + 4}
}

// TestReplanRowFindsTheBetterRow: a one-member re-plan (replanRow, the
// others' proposals fixed) must find the known best row for member A, one
// that no single edit reaches, and the engine must accept it.
func TestReplanRowFindsTheBetterRow(t *testing.T) {
	const a, b = 1, 2
	h0, w := rowHouse(1, 24)
	mon := w.From
	v := func(m int, d roster.Date) roster.Assignment { return roster.Assignment{Member: m, Date: d, Shift: "V"} }
	tests := []struct {
		name   string
		need   int
		hoursA float64
		locked []roster.Assignment // the house's own shifts
		wishes []roster.Wish
		start  []roster.Assignment // the proposal before
		want   []roster.Assignment // A's row after
	}{{
		// A's contract holds three early shifts a week (24 h + 1/9); she
		// works Monday to Wednesday, where B already covers Monday and
		// Tuesday: her hours belong on Wednesday to Friday (two moves at
		// once).
		name:   "hours to the uncovered days",
		need:   1,
		hoursA: 24,
		locked: []roster.Assignment{v(b, mon), v(b, mon+1)},
		start:  []roster.Assignment{v(a, mon), v(a, mon+1), v(a, mon+2)},
		want:   []roster.Assignment{v(a, mon+2), v(a, mon+3), v(a, mon+4)},
	}, {
		// The same with a "kan niet" on Thursday: Wednesday and Friday,
		// and no shift where it covers nothing.
		name:   "kan niet",
		need:   1,
		hoursA: 24,
		locked: []roster.Assignment{v(b, mon), v(b, mon+1)},
		wishes: []roster.Wish{{Member: a, Date: mon + 3, Kind: roster.WishCannot}},
		start:  []roster.Assignment{v(a, mon), v(a, mon+1), v(a, mon+2)},
		want:   []roster.Assignment{v(a, mon+2), v(a, mon+4)},
	}, {
		// Two opvoeders needed, A holds one early shift a week (8 h + 1/9)
		// on Tuesday beside B; on Monday nobody is there. On Monday it
		// covers as much and leaves one short every day rather than
		// nobody on Monday (depth).
		name:   "depth",
		need:   2,
		hoursA: 8,
		locked: []roster.Assignment{v(b, mon+1), v(b, mon+2), v(b, mon+3), v(b, mon+4)},
		start:  []roster.Assignment{v(a, mon+1)},
		want:   []roster.Assignment{v(a, mon)},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h, _ := rowHouse(tc.need, tc.hoursA)
			h.ShiftTypes = h0.ShiftTypes
			h.Plan.Assignments = tc.locked
			h.Plan.Wishes = tc.wishes
			j := newJudge(h, w, roster.Today())
			fs := j.check(tc.start)
			if hard, _ := j.fresh(fs); len(hard) > 0 {
				t.Fatalf("the start adds %s: the test is not set up as meant", hard[0].EN)
			}
			startShort, startDeep := j.short(), j.deep()
			im := newImprover(context.Background(), j, tc.start, fs, 0, time.Time{})
			rs := newRowSearch(im)
			if rs == nil {
				t.Fatal("no row search on a house with uncovered time")
			}
			if !im.replanRow(rs, rs.index[a]) {
				t.Fatalf("replanRow kept nothing (proposal %v)", im.props)
			}
			var got []roster.Assignment
			for _, x := range im.props {
				if x.Member == a {
					got = append(got, x)
				}
			}
			slices.SortFunc(got, func(x, y roster.Assignment) int { return int(x.Date - y.Date) })
			if !slices.Equal(got, tc.want) {
				t.Errorf("A's row %v, want %v", got, tc.want)
			}
			j.check(im.props)
			checkProposal(t, h, w, Result{Proposals: im.props, OpenMinutes: Shortfall(h, w), UncoveredMinutes: j.short()})
			if s, d := j.short(), j.deep(); !lexBetter(s, d, 0, 0, startShort, startDeep, 0, 0) {
				t.Errorf("not better: uncovered %d → %d min, depth %d → %d", startShort, s, startDeep, d)
			}
			// The best response is a fixed point: re-planning again keeps
			// nothing.
			if im.replanRow(rs, rs.index[a]) {
				t.Errorf("a second re-plan of the same member kept a row: %v", im.props)
			}
		})
	}
}

// TestRowMovesNeverAddAFindingNorUncoverMore is the property of the row
// moves on generated, tiny and dense houses: from a judged construction,
// sweeps of best responses and ruins of whole rows never add an error or a
// warning (checked apart from the judge), touch only open cells, never
// uncover more nor (at the same coverage) leave a deeper shortfall, and on
// some house they keep something.
func TestRowMovesNeverAddAFindingNorUncoverMore(t *testing.T) {
	type tc struct {
		name string
		h    *roster.House
		w    roster.Window
		seed uint64
	}
	var cases []tc
	gen := []uint64{205, 601, 3}
	if testing.Short() || raceOn {
		gen = gen[:1]
	}
	for _, s := range gen {
		h, w := Generate(s)
		cases = append(cases, tc{"generated", h, w, s})
	}
	for s := range uint64(4) {
		h, w := tinyHouse(s)
		cases = append(cases, tc{"tiny", h, w, s})
		h, w = denseHouse(s)
		cases = append(cases, tc{"dense", h, w, s})
	}
	kept := 0
	for _, c := range cases {
		orig := slices.Clone(c.h.Plan.Assignments)
		j, start, _ := constructed(t, c.h, c.w, c.seed)
		fs := j.check(start)
		short0, deep0 := j.short(), j.deep()
		im := newImprover(context.Background(), j, start, fs, 0, time.Time{})
		rs := newRowSearch(im)
		if rs == nil {
			continue
		}
		r := rand.New(rand.NewPCG(c.seed, 1))
		im.rowSweep(rs, r)
		for range 6 {
			im.ruinRows(rs, r, 0)
		}
		if !slices.Equal(c.h.Plan.Assignments, orig) {
			t.Fatalf("%s %d: the row moves changed the house's own assignments", c.name, c.seed)
		}
		j.check(im.props)
		short, deep := j.short(), j.deep()
		checkProposal(t, c.h, c.w, Result{Proposals: im.props, OpenMinutes: Shortfall(c.h, c.w), UncoveredMinutes: short})
		checkNoNewGap(t, c.h, c.w, im.props)
		if short > short0 || (short == short0 && deep > deep0) {
			t.Errorf("%s %d: worse: uncovered %d → %d min, depth %d → %d", c.name, c.seed, short0, short, deep0, deep)
		}
		if short != im.short || deep != im.deep {
			t.Errorf("%s %d: the improver's state (%d, %d) is not its proposal's (%d, %d)", c.name, c.seed, im.short, im.deep, short, deep)
		}
		kept += im.rowKept + im.ruinKept
		t.Logf("%s %d: uncovered %d → %d min, depth %d → %d, %d rows and %d ruins kept, %d pricings",
			c.name, c.seed, short0, short, deep0, deep, im.rowKept, im.ruinKept, im.rowPrices)
	}
	if kept == 0 {
		t.Error("no row move kept anything on any house: the property is vacuous")
	}
}

// TestRowMovesDeterministicAndCancel: with a screen budget the phase with
// the row moves gives the same proposal for the same seed; with a context
// that ends during the phase it returns a judged proposal at once.
func TestRowMovesDeterministicAndCancel(t *testing.T) {
	h, w := Generate(205)
	j, start, _ := constructed(t, h, w, 205)
	fs := j.check(start)
	first, _, n := j.improve(context.Background(), start, fs, 600, time.Time{}, 7)
	again, _, _ := j.improve(context.Background(), start, fs, 600, time.Time{}, 7)
	if !slices.Equal(first, again) {
		t.Errorf("two runs with the same seed and budget differ")
	}
	if n == 0 {
		t.Error("the phase kept nothing: the determinism is vacuous")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	t0 := time.Now()
	got, _, _ := j.improve(ctx, start, fs, 0, time.Time{}, 7)
	if el := time.Since(t0); el > 2*time.Second {
		t.Errorf("the phase took %v after its context ended at 300 ms", el)
	}
	j.check(got)
	checkProposal(t, h, w, Result{Proposals: got, OpenMinutes: Shortfall(h, w), UncoveredMinutes: j.short()})
}
