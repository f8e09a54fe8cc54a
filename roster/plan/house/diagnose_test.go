package house

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// TestDiagnoseNamesTheEnginesRule: the per-house diagnosis of the gaps a
// proposal leaves names, for every try on a gap, the rule the engine
// refuses it for. Checked apart from the improver: the try is applied to
// the house and rules.CheckAt on the judge's window must report a new
// finding of each named rule (the hours check's CONTRACT or SLACK about
// the member herself); a try the diagnosis finds accepted must not cover
// more (else the improvement phase would have kept it).
func TestDiagnoseNamesTheEnginesRule(t *testing.T) {
	h, w := Generate(3)
	j, start, _ := constructed(t, h, w, 3)
	props, _, _ := j.improve(context.Background(), start, j.check(start), 400, time.Time{}, 3)
	d := diagnose(context.Background(), h, w, props)
	if len(d.gaps) == 0 {
		t.Fatal("no gap left: the test is not set up as meant")
	}
	win := roster.Window{From: w.From - 7, To: w.To + 7}
	base := j.check(props)
	baseShort := j.short()
	named := 0
	for _, g := range d.gaps {
		for _, tr := range g.tries {
			next := apply(props, []lsEdit{{tr.member, tr.date, tr.shift}})
			with := *h
			with.Plan.Assignments = append(slices.Clone(h.Plan.Assignments), next...)
			var fresh []rules.Finding
			for _, f := range rules.CheckAt(&with, win, j.today) {
				if f.Severity != rules.SevInfo && !Soft(f) && !known(j.before, &f) && !known(base, &f) {
					fresh = append(fresh, f)
				}
			}
			for _, why := range tr.why {
				if why == "kept" {
					continue
				}
				named++
				ok := slices.ContainsFunc(fresh, func(f rules.Finding) bool {
					return f.Rule == why && (why != rules.RuleContract && why != rules.RuleSlack || slices.Contains(f.Members, tr.member))
				})
				if !ok {
					t.Errorf("%d takes %s on %s: the diagnosis says %s, the engine finds %v", tr.member, tr.shift, tr.date, why, rulesOf(fresh))
				}
			}
			if len(tr.why) == 0 {
				j.check(next)
				if j.short() < baseShort {
					t.Errorf("%d takes %s on %s: accepted and covers more (%d → %d min), yet not kept", tr.member, tr.shift, tr.date, baseShort, j.short())
				}
			}
		}
	}
	if named == 0 {
		t.Error("the diagnosis named no rule: the property is vacuous")
	}
	if s := d.String(); !strings.Contains(s, "tries refused by:") || !strings.Contains(s, "gap COV-") {
		t.Errorf("the printed diagnosis lacks its parts:\n%s", s)
	}
}

func rulesOf(fs []rules.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Rule)
	}
	return out
}
