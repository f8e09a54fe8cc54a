package team

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rostertest"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// cvPerturb adds random absences, wishes, extra shifts and flag changes
// around d, so the cover finder meets every kind of reason.
func cvPerturb(r *rand.Rand, h *roster.House, d roster.Date) {
	codes := []string{"V", "D", "L", "S", "W", "O"}
	kinds := []roster.WishKind{roster.WishCannot, roster.WishRatherNot, roster.WishPrefer}
	member := func() int { return h.Members[r.IntN(len(h.Members))].ID }
	for range 3 {
		from := d + roster.Date(r.IntN(5)-2)
		h.Plan.Absences = append(h.Plan.Absences, roster.Absence{Member: member(), From: from, To: from + roster.Date(r.IntN(3)),
			Kind: roster.AbsenceKinds[r.IntN(len(roster.AbsenceKinds))]})
	}
	for range 4 {
		w := roster.Wish{Member: member(), Date: d + roster.Date(r.IntN(3)-1), Kind: kinds[r.IntN(len(kinds))]}
		if r.IntN(2) == 0 {
			w.Shift = codes[r.IntN(len(codes))]
		}
		h.Plan.Wishes = append(h.Plan.Wishes, w)
	}
	for range 6 {
		h.Plan.Assignments = append(h.Plan.Assignments, roster.Assignment{Member: member(), Date: d + roster.Date(r.IntN(5)-2),
			Shift: codes[r.IntN(len(codes))]})
	}
	for range 2 {
		m := &h.Members[r.IntN(len(h.Members))]
		m.Nights, m.NoSleepShifts = !m.Nights, !m.NoSleepShifts
	}
}

// TestFindCoverMatchesEngine is the property of the cover finder: for random
// vacancies in perturbed plans, every excluded member's reasons are exactly
// the errors (plus new CONTRACT and ROLE warnings, and the WISH finding of a
// "kan niet" wish) that the engine reports over a much wider window when the
// member is assigned anyway, in a deep copy of the house; every candidate's
// strains are exactly the other new warnings; and assigning a candidate with
// AssignCover adds no error.
func TestFindCoverMatchesEngine(t *testing.T) {
	r := rand.New(rand.NewPCG(6, 2026))
	st := cvPropStats{reasons: map[string]int{}}
	iters := 10
	if testing.Short() {
		iters = 4
	}
	for range iters {
		h := rostertest.StandInHouse()
		d := cvStart + 7 + roster.Date(r.IntN(14)) // weeks 2 and 3
		cvPerturb(r, h, d)
		cvCheckProperty(t, r, h, d, &st)
	}
	t.Logf("%d vacancies, %d candidates; exclusion reasons by rule: %v", st.vacancies, st.candidates, st.reasons)
	if st.candidates == 0 || len(st.reasons) < 4 {
		t.Errorf("the random plans do not exercise the property: %d candidates, reasons %v", st.candidates, st.reasons)
	}
}

// cvPropStats counts what the property met.
type cvPropStats struct {
	vacancies, candidates int
	reasons               map[string]int // how often each rule excluded someone
}

// cvCheckProperty picks a random planned assignment on d as the vacancy
// (reported sick, or left planned for FindCover to vacate) and checks the
// property of TestFindCoverMatchesEngine for every member.
func cvCheckProperty(t *testing.T, r *rand.Rand, h *roster.House, d roster.Date, st *cvPropStats) {
	t.Helper()
	var idx []int
	for i, a := range h.Plan.Assignments {
		if a.Date == d && a.State == roster.StatePlanned && h.ShiftType(a.Shift) != nil {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 {
		return
	}
	i := idx[r.IntN(len(idx))]
	v, err := NewVacancy(h, h.Plan.Assignments[i])
	if err != nil {
		t.Fatal(err)
	}
	if r.IntN(3) > 0 {
		h.Plan.Assignments[i].State = roster.StateSick // else FindCover must vacate it itself
	}
	res, err := findCoverAt(h, v, cvToday)
	if err != nil {
		t.Fatal(err)
	}
	st.vacancies++
	base := cvClone(t, h)
	base.Plan.Assignments[i].State = roster.StateSick
	w := roster.Window{From: d - 35, To: d + 35}
	fb := rules.CheckAt(base, w, cvToday)
	label := v.Label(roster.Dutch)
	check := func(member int, reasons, strains []rules.Finding) {
		after := cvClone(t, base)
		// What one tap assigns: the vacancy as this member covers it (a
		// slaapdienst for a live-in night when they do not live in).
		e, err := AssignCover(h, v, member)
		if err != nil {
			t.Fatal(err)
		}
		cell := e.Cells[0].After
		after.Plan.Assignments = append(after.Plan.Assignments, cell[len(cell)-1])
		news := cvNaiveNew(fb, rules.CheckAt(after, w, cvToday))
		cannot := false
		for _, wi := range h.Plan.Wishes {
			if wi.Member == member && wi.Date == d && wi.Kind == roster.WishCannot && (wi.Shift == "" || wi.Shift == v.Shift) {
				cannot = true
			}
		}
		var wantR, wantS []rules.Finding
		for _, f := range news {
			if f.Severity == rules.SevError || f.Rule == rules.RuleContract || f.Rule == rules.RuleRole ||
				(f.Rule == rules.RuleWish && cannot && slices.Contains(f.Members, member)) {
				wantR = append(wantR, f)
			} else {
				wantS = append(wantS, f)
			}
		}
		if g, w := cvKeys(reasons), cvKeys(wantR); !slices.Equal(g, w) {
			t.Errorf("%s, member %d: reasons\n got %q\nwant %q", label, member, g, w)
		}
		if g, w := cvKeys(strains), cvKeys(wantS); !slices.Equal(g, w) {
			t.Errorf("%s, member %d: strains\n got %q\nwant %q", label, member, g, w)
		}
	}
	seen := map[int]bool{}
	for _, e := range res.Excluded {
		seen[e.Member] = true
		if len(e.Reasons) == 0 {
			t.Errorf("%s: member %d excluded without a reason", label, e.Member)
		}
		check(e.Member, e.Reasons, e.Strains)
		for _, f := range e.Reasons {
			st.reasons[f.Rule]++
		}
	}
	for _, c := range res.Candidates {
		seen[c.Member] = true
		st.candidates++
		check(c.Member, nil, c.Strains)
		ed, err := AssignCover(base, v, c.Member)
		if err != nil {
			t.Fatal(err)
		}
		after := cvClone(t, base)
		if err := after.Apply(ed); err != nil {
			t.Fatal(err)
		}
		if news := cvNaiveNew(fb, rules.CheckAt(after, w, cvToday)); rules.HasErrors(news) {
			t.Errorf("%s: assigning candidate %d adds errors: %q", label, c.Member, cvKeys(news))
		}
	}
	for _, m := range h.Members {
		if want := m.ID != v.Member && m.Active(d); seen[m.ID] != want {
			t.Errorf("%s: member %d classified %v, want %v", label, m.ID, seen[m.ID], want)
		}
	}
}
