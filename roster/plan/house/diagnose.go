package house

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// gapDiagnosis says why a coverage gap of a proposal stays open: every
// single-cell try the improvement phase makes on it (an opvoeder takes a
// shift that overlaps it) and what refuses that try.
type gapDiagnosis struct {
	gap     rules.Finding
	minutes int // uncovered person-minutes of the gap's days
	tries   []tryDiagnosis
}

// tryDiagnosis is one try on a gap: member takes shift on date, and why
// that is not kept. why holds the engine's rule IDs of the new hard
// findings (rules.RuleContract or rules.RuleSlack where the hours check
// refuses before the engine runs); empty when the engine accepts it, and
// then dShort is what it changes in the uncovered minutes (≥ 0: it loses
// what the cell's current shift covers, or covers nothing new).
type tryDiagnosis struct {
	member int
	date   roster.Date
	shift  string
	why    []string
	dShort int
}

// memberHours is what an opvoeder has left at the end: hours below the
// slack limit of the window's balance period (the smallest over the
// window's periods) and below contract + 1/9 per week (the smallest over
// the weeks).
type memberHours struct {
	member              int
	periodLeft, weekMin float64
	weeks               []float64 // room per week: the smaller of the week's and the period's
}

// diagnosis is the per-house diagnosis of a proposal's remaining gaps.
type diagnosis struct {
	gaps   []gapDiagnosis
	hours  []memberHours
	reason map[string]int // tries refused per rule ID ("" accepted)
}

// diagnose explains why props (which add no hard finding) leave their gaps
// open: it runs the improvement phase's set tries on every gap and records
// the rule that refuses each, plus the hours every opvoeder has left.
func diagnose(ctx context.Context, h *roster.House, w roster.Window, props []roster.Assignment) diagnosis {
	j := newJudge(h, w, roster.Today())
	fs := j.check(props)
	im := newImprover(ctx, j, props, fs, -1, time.Time{})
	d := diagnosis{reason: map[string]int{}}
	for r, m := range im.members {
		mh := memberHours{member: m.ID, periodLeft: 1e9, weekMin: 1e9}
		for k := range im.weeks {
			p := im.periods[r][k]
			var used float64
			for k2 := range im.weeks {
				if im.periods[r][k2] == p {
					used += im.tallied.hrs[r][k2]
				}
			}
			mh.periodLeft = min(mh.periodLeft, p.limit-p.base-used)
			mh.weekMin = min(mh.weekMin, rules.ContractWeekLimit(im.contract[m.ID][k])-im.baseHrs[m.ID][k]-im.tallied.hrs[r][k])
			mh.weeks = append(mh.weeks, im.room(r, k))
		}
		d.hours = append(d.hours, mh)
	}
	for _, g := range gaps(im.fs, w) {
		if ctx.Err() != nil {
			break
		}
		gd := roster.DateOf(g.Start)
		win := roster.Window{From: max(gd-1, w.From), To: min(gd+1, w.To)}
		gdiag := gapDiagnosis{gap: g, minutes: im.lc.short(im.props, win.From, win.To)}
		for _, c := range im.candidates(g, 0) {
			edits := []lsEdit{{c.m.ID, c.d, c.st.Code}}
			td := tryDiagnosis{member: c.m.ID, date: c.d, shift: c.st.Code}
			tally := im.edited(edits)
			if _, rule := im.overHoursRule(&tally, edits); rule != "" {
				td.why = []string{rule}
			} else {
				props0, fs0, short0, deep0, gaps0, soft0 := im.props, im.fs, im.short, im.deep, im.nGaps, im.soft
				t := im.try(edits, true)
				if t.kept {
					// The phase would keep it (the proposal is no local
					// optimum); the diagnosis restores the proposal.
					td.why = []string{"kept"}
					im.fs, im.short, im.deep, im.nGaps = fs0, short0, deep0, gaps0
					im.setProps(props0)
					im.soft = soft0
				}
				for _, f := range t.hard {
					if !slices.Contains(td.why, f.Rule) {
						td.why = append(td.why, f.Rule)
					}
				}
				td.dShort = t.dShort
			}
			d.reason[strings.Join(td.why, "+")]++
			gdiag.tries = append(gdiag.tries, td)
		}
		d.gaps = append(d.gaps, gdiag)
	}
	return d
}

// String prints the diagnosis: the refusals per rule, every gap with its
// tries, and the opvoeders with hours left.
func (d diagnosis) String() string {
	var b strings.Builder
	keys := make([]string, 0, len(d.reason))
	for k := range d.reason {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	fmt.Fprintf(&b, "tries refused by:")
	for _, k := range keys {
		name := k
		if name == "" {
			name = "accepted-no-gain"
		}
		fmt.Fprintf(&b, " %s=%d", name, d.reason[k])
	}
	b.WriteString("\nhours left (period, tightest week):")
	for _, mh := range d.hours {
		fmt.Fprintf(&b, " %d:%.1f/%.1f", mh.member, mh.periodLeft, mh.weekMin)
		if mh.periodLeft >= 3 {
			fmt.Fprintf(&b, "%.1f", mh.weeks)
		}
	}
	b.WriteString("\n")
	for _, g := range d.gaps {
		fmt.Fprintf(&b, "gap %s %s-%s (%d pmin on its days):", g.gap.Rule, g.gap.Start.Format("Mon 02-01 15:04"), g.gap.End.Format("15:04"), g.minutes)
		for _, t := range g.tries {
			why := strings.Join(t.why, "+")
			if why == "" {
				why = fmt.Sprintf("ok%+d", t.dShort)
			}
			fmt.Fprintf(&b, " %d/%s%s:%s", t.member, t.date.String()[8:], t.shift, why)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// room returns how many hours member row r may still add in week k
// without a new CONTRACT or SLACK finding: the smaller of the week's room
// and the balance period's.
func (im *improver) room(r, k int) float64 {
	m := im.members[r]
	week := rules.ContractWeekLimit(im.contract[m.ID][k]) - im.baseHrs[m.ID][k] - im.tallied.hrs[r][k]
	p := im.periods[r][k]
	used := 0.0
	for k2 := range im.weeks {
		if im.periods[r][k2] == p {
			used += im.tallied.hrs[r][k2]
		}
	}
	return min(week, p.limit-p.base-used)
}

// Diagnose explains, for developers, why the proposal props for window w of
// h leaves its coverage gaps open: how many single-cell tries on the gaps
// each engine rule refuses (CONTRACT or SLACK where the hours check refuses
// first), the hours every opvoeder has left in the balance period and the
// tightest week, and every gap with its tries. `huisrooster bench house
// --why` prints it under each house.
func Diagnose(ctx context.Context, h *roster.House, w roster.Window, props []roster.Assignment) string {
	return diagnose(ctx, h, w, props).String()
}
