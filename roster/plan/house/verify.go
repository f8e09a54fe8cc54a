package house

import (
	"context"
	"slices"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/plan"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// judge runs the engine on the house with and without proposals and says
// which findings a proposal adds. The engine is the judge: a proposal that
// adds an error or a warning (other than the soft costs the planner weighs
// on purpose) is never returned.
type judge struct {
	h      *roster.House
	work   roster.House // shallow copy of h whose assignments are buf
	buf    []roster.Assignment
	w      roster.Window // the proposal's window (coverage is measured here)
	win    roster.Window // the checked window: w and a week on each side
	today  roster.Date
	before []rules.Finding // errors and warnings of h alone on win
	checks int             // engine runs so far
	// progress, when set, gets the improvement phase's reports (Elapsed
	// counted from t0, the start of Propose).
	progress func(plan.Progress)
	t0       time.Time
}

func newJudge(h *roster.House, w roster.Window, today roster.Date) *judge {
	j := &judge{h: h, work: *h, w: w, win: roster.Window{From: w.From - 7, To: w.To + 7}, today: today}
	for _, f := range rules.CheckAt(h, j.win, today) {
		if f.Severity != rules.SevInfo {
			j.before = append(j.before, f)
		}
	}
	return j
}

// check returns the errors and warnings of the house with props added.
func (j *judge) check(props []roster.Assignment) []rules.Finding {
	j.buf = append(append(j.buf[:0], j.h.Plan.Assignments...), props...)
	j.work.Plan.Assignments = j.buf
	j.checks++
	fs := rules.CheckAt(&j.work, j.win, j.today)
	out := fs[:0]
	for _, f := range fs {
		if f.Severity != rules.SevInfo {
			out = append(out, f)
		}
	}
	return out
}

// fresh splits the findings of fs that the house alone does not have into
// hard ones (never allowed) and soft ones (a "liever niet" wish not
// honoured, too few free Sundays: costs the planner weighs and reports).
func (j *judge) fresh(fs []rules.Finding) (hard, soft []rules.Finding) {
	for i := range fs {
		f := &fs[i]
		if known(j.before, f) {
			continue
		}
		if Soft(*f) {
			soft = append(soft, *f)
		} else {
			hard = append(hard, *f)
		}
	}
	return hard, soft
}

// Soft reports whether f is a finding the planner may add on purpose and
// reports with its proposal: a "liever niet" wish not honoured (WISH
// warning) or too few free Sundays (ATW-SUNDAY).
func Soft(f rules.Finding) bool {
	return (f.Rule == rules.RuleWish && f.Severity == rules.SevWarning) || f.Rule == rules.RuleATWSunday
}

// known reports whether f is among before, or (for a coverage gap, which
// adding shifts only shrinks) lies inside a gap of before on the same day.
func known(before []rules.Finding, f *rules.Finding) bool {
	for i := range before {
		b := &before[i]
		if b.Rule != f.Rule || b.Severity != f.Severity {
			continue
		}
		if gapRule(f) {
			if !f.Start.Before(b.Start) && !f.End.After(b.End) && slices.Equal(f.Dates, b.Dates) {
				return true
			}
			continue
		}
		if b.Start.Equal(f.Start) && b.End.Equal(f.End) && b.NL == f.NL &&
			slices.Equal(b.Members, f.Members) && slices.Equal(b.Dates, f.Dates) {
			return true
		}
	}
	return false
}

// gapRule reports whether f is a coverage gap: a COV-DAY error or an
// uncovered night (COV-NIGHT error).
func gapRule(f *rules.Finding) bool {
	return f.Severity == rules.SevError && (f.Rule == rules.RuleCovDay || f.Rule == rules.RuleCovNight)
}

// short returns the uncovered person-minutes of the window with the
// proposals of the last check.
func (j *judge) short() int { return Shortfall(&j.work, j.w) }

// deep returns the depth cost of the uncovered time of the window with the
// proposals of the last check (MeasureDepth).
func (j *judge) deep() int { return MeasureDepth(&j.work, j.w).Cost }

// gaps returns the coverage gaps of fs that touch w, clipped to w.
func gaps(fs []rules.Finding, w roster.Window) []rules.Finding {
	ws, we := w.From.Start(), (w.To + 1).Start()
	var out []rules.Finding
	for _, f := range fs {
		if !gapRule(&f) || !f.End.After(ws) || !f.Start.Before(we) {
			continue
		}
		if f.Start.Before(ws) {
			f.Start = ws
		}
		if f.End.After(we) {
			f.End = we
		}
		out = append(out, f)
	}
	return out
}

// accept returns the largest part of props it finds that adds no hard
// finding, and the findings with it. It first drops the proposals a new
// finding names (member and date, or member near the finding's time); when
// that does not converge, it adds the proposals one by one and keeps each
// that adds nothing (an engine run each). After ctx ends it only drops, and
// the one-by-one pass stops there, keeping what it has.
func (j *judge) accept(ctx context.Context, props []roster.Assignment) ([]roster.Assignment, []rules.Finding) {
	props = slices.Clone(props)
	for round := 0; ; round++ {
		fs := j.check(props)
		hard, _ := j.fresh(fs)
		if len(hard) == 0 {
			return props, fs
		}
		if round >= 8 && ctx.Err() == nil {
			break
		}
		kept := props[:0:0]
		for _, a := range props {
			if !implicated(a, hard, round >= 2) {
				kept = append(kept, a)
			}
		}
		if len(kept) == len(props) {
			if ctx.Err() != nil {
				kept = kept[:0] // nothing explains it: propose nothing
			} else {
				break
			}
		}
		props = kept
	}
	var kept []roster.Assignment
	fs := j.check(nil)
	for _, a := range props {
		if ctx.Err() != nil {
			break // what is kept adds nothing; the rest is dropped
		}
		try := append(slices.Clone(kept), a)
		fs2 := j.check(try)
		if hard, _ := j.fresh(fs2); len(hard) == 0 {
			kept, fs = try, fs2
		}
	}
	return kept, fs
}

// implicated reports whether a finding of fs names a's member (or no
// member) and a's date, or lies around it (within a week with wide).
func implicated(a roster.Assignment, fs []rules.Finding, wide bool) bool {
	for _, f := range fs {
		if len(f.Members) > 0 && !slices.Contains(f.Members, a.Member) {
			continue
		}
		if slices.Contains(f.Dates, a.Date) {
			return true
		}
		from, to := roster.DateOf(f.Start)-1, roster.DateOf(f.End)
		if wide {
			from, to = from-6, to+6
		}
		if (len(f.Dates) == 0 || wide) && a.Date >= from && a.Date <= to {
			return true
		}
	}
	return false
}
