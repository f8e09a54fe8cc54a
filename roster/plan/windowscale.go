package plan

import "time"

// The windows' scale adapts to the shape. A window is a sub-problem the
// nested Solve should finish: on Instance20 (182 days, 50 staff, 6 types) a
// window of 14 days and 30 employees is solved to proven optimality in under
// a second (too small a neighbourhood: most are proven without a gain), one
// of 28 days and all 50 in 1-5 s, while one of 70 days gives no bound in
// 5 s; on Instance13 (18 types) a window of 10 employees over all 28 days
// gives no bound in 20 s and one of a week converges in 1-4 s. So the scale
// follows what the nested Solve proves: a window proven optimal without a
// gain grows it slowly (a quarter more staff first, then a week more), one
// that ran out of time shrinks it fast (half the weeks first, then a third
// less staff), between a week and 4 employees and the whole problem less a
// week or one employee.
type windowScale struct {
	D, E               int // the problem's days and staff
	days, staff        int // the current window
	minDays, minStaff  int
	grown, shrunk, ran int // counts, for tests and diagnosis
}

// newWindowScale starts at days × staff of a D × E problem.
func newWindowScale(D, E, days, staff int) windowScale {
	return windowScale{D: D, E: E, days: days, staff: staff, minDays: min(7, D), minStaff: min(4, E)}
}

// whole reports whether a window of days × staff is the whole problem.
func (s *windowScale) whole(days, staff int) bool { return days >= s.D && staff >= s.E }

// adapt grows the scale after a window proven optimal without a gain and
// shrinks it after one that was not proven.
func (s *windowScale) adapt(proven bool) {
	s.ran++
	if proven {
		if st := min(s.E, s.staff+max(1, s.staff/4)); st > s.staff && !s.whole(s.days, st) {
			s.staff = st
			s.grown++
		} else if d := min(s.D, s.days+7); d > s.days && !s.whole(d, s.staff) {
			s.days = d
			s.grown++
		}
		return
	}
	if s.days > s.minDays {
		s.days = max(s.minDays, s.days/14*7)
		s.shrunk++
	} else if s.staff > s.minStaff {
		s.staff = max(s.minStaff, s.staff*2/3)
		s.shrunk++
	}
}

// windowPay shares the windows stage between the row window sweeps and the
// nested windows by what each pays per second (gains and times decay by a
// tenth at every record, so recent turns count most). The one with the
// higher rate runs next, but neither gets less than a quarter of the time
// the other had: on Instance22 the sweeps take the first roster down by an
// order of magnitude, while later on Instance20 the nested windows paid
// more per second than the sweeps that kept them from running.
type windowPay struct {
	sweepGain, sweepTime float64
	nestGain, nestTime   float64
}

const windowPayDecay = 0.9

func (p *windowPay) decay() {
	p.sweepGain *= windowPayDecay
	p.sweepTime *= windowPayDecay
	p.nestGain *= windowPayDecay
	p.nestTime *= windowPayDecay
}

// sweep records a sweep that lowered the best by gain in dt.
func (p *windowPay) sweep(gain int64, dt time.Duration) {
	p.decay()
	p.sweepGain += float64(max(gain, 0))
	p.sweepTime += dt.Seconds()
}

// nested records a nested window that lowered the best by gain in dt.
func (p *windowPay) nested(gain int64, dt time.Duration) {
	p.decay()
	p.nestGain += float64(max(gain, 0))
	p.nestTime += dt.Seconds()
}

// sweepNext reports whether a sweep should run next (when one may).
func (p *windowPay) sweepNext() bool {
	switch {
	case p.sweepTime == 0:
		return true // the sweeps first
	case p.nestTime < p.sweepTime/4:
		return false
	case p.sweepTime < p.nestTime/4:
		return true
	}
	return p.sweepGain*p.nestTime >= p.nestGain*p.sweepTime
}
