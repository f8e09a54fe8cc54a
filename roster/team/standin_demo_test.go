package team

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// cvDemoStart is the Monday the demo house is built on in these tests.
var cvDemoStart = roster.NewDate(2026, 11, 23)

// The demo house has two sick reports nobody has taken over: the Saturday
// late shift and the Sunday sleep shift of week 3. Both are vacancies; each
// has a candidate, and assigning the best one closes the gap (the COV-DAY or
// COV-NIGHT error of that shift goes) without adding an error.
func TestFindCoverDemoVacancies(t *testing.T) {
	h := demo.House(cvDemoStart)
	vs := Vacancies(h, 0, cvDemoStart, cvDemoStart+27)
	if len(vs) != 2 {
		t.Fatalf("demo vacancies %v, want the Saturday late and the Sunday sleep shift", vs)
	}
	if vs[0].Date != cvDemoStart+19 || vs[0].Shift != "L" || vs[1].Date != cvDemoStart+20 || vs[1].Shift != "S" {
		t.Fatalf("demo vacancies %s and %s", vs[0].Label(roster.Dutch), vs[1].Label(roster.Dutch))
	}
	for _, v := range vs {
		t.Run(v.Label(roster.Dutch), func(t *testing.T) {
			res, err := findCoverAt(h, v, cvToday)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Candidates) == 0 {
				t.Fatalf("nobody can cover; excluded: %v", res.Excluded)
			}
			for _, e := range res.Excluded {
				m := h.Member(e.Member)
				if !m.Role.CanCount() && !cvHasRule(e.Reasons, rules.RuleRole) {
					t.Errorf("%s (%s) excluded without ROLE: %v", m.Name, m.Role, e.Reasons)
				}
			}
			for _, c := range res.Candidates {
				if m := h.Member(c.Member); !m.Role.CanCount() {
					t.Errorf("%s (%s) is a candidate for a shift that counts", m.Name, m.Role)
				}
				if v.Shift == "S" && h.Member(c.Member).NoSleepShifts {
					t.Errorf("%s has no sleep shifts but is a candidate for one", h.Member(c.Member).Name)
				}
			}
			gap := rules.RuleCovDay
			if v.Shift == "S" {
				gap = rules.RuleCovNight
			}
			s, e := v.Span()
			w := roster.Window{From: v.Date - 14, To: v.Date + 14}
			before := rules.CheckAt(h, w, cvToday)
			if !cvGapDuring(before, gap, s, e) {
				t.Fatalf("the demo has no %s during %s", gap, v.Label(roster.Dutch))
			}
			ed, err := AssignCover(h, v, res.Candidates[0].Member)
			if err != nil {
				t.Fatal(err)
			}
			after := cvClone(t, h)
			if err := after.Apply(ed); err != nil {
				t.Fatal(err)
			}
			afterF := rules.CheckAt(after, w, cvToday)
			if news := cvNaiveNew(before, afterF); rules.HasErrors(news) {
				t.Errorf("assigning %s adds errors: %q", h.Member(res.Candidates[0].Member).Name, cvKeys(news))
			}
			// A night needs exactly one cover: the gap goes. A day band may
			// need more than one more opvoeder: what is left of the gap must
			// count the new one.
			top := res.Candidates[0].Member
			for _, f := range afterF {
				if f.Rule == gap && f.Severity == rules.SevError && f.Start.Before(e) && f.End.After(s) &&
					(gap == rules.RuleCovNight || !slices.Contains(f.Members, top)) {
					t.Errorf("after assigning %s: %s", h.Member(top).Name, f.NL)
				}
			}
		})
	}
}

// cvHasRule reports whether fs holds a finding of rule.
func cvHasRule(fs []rules.Finding, rule string) bool {
	for _, f := range fs {
		if f.Rule == rule {
			return true
		}
	}
	return false
}

// cvGapDuring reports whether fs holds an error of rule that overlaps [s, e).
func cvGapDuring(fs []rules.Finding, rule string, s, e time.Time) bool {
	for _, f := range fs {
		if f.Rule == rule && f.Severity == rules.SevError && f.Start.Before(e) && f.End.After(s) {
			return true
		}
	}
	return false
}

// The property of TestFindCoverMatchesEngine on the demo house: its real
// team, shift types, leave, wishes and rest problems.
func TestFindCoverDemoMatchesEngine(t *testing.T) {
	r := rand.New(rand.NewPCG(23, 11))
	st := cvPropStats{reasons: map[string]int{}}
	iters := 6
	if testing.Short() {
		iters = 3
	}
	for range iters {
		h := demo.House(cvDemoStart)
		cvCheckProperty(t, r, h, cvDemoStart+7+roster.Date(r.IntN(14)), &st)
	}
	t.Logf("%d vacancies, %d candidates; exclusion reasons by rule: %v", st.vacancies, st.candidates, st.reasons)
	if st.vacancies == 0 || st.candidates == 0 || len(st.reasons) < 3 {
		t.Errorf("the demo does not exercise the property: %d vacancies, %d candidates, reasons %v", st.vacancies, st.candidates, st.reasons)
	}
}

// BenchmarkFindCoverDemo classifies the demo team (15 members: 14 besides
// the sick one) for the demo's uncovered Sunday sleep shift.
func BenchmarkFindCoverDemo(b *testing.B) {
	h := demo.House(cvDemoStart)
	vs := Vacancies(h, 0, cvDemoStart+20, cvDemoStart+20)
	if len(vs) != 1 {
		b.Fatalf("vacancies %v", vs)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := findCoverAt(h, vs[0], cvToday); err != nil {
			b.Fatal(err)
		}
	}
}
