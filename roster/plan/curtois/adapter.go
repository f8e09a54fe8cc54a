package curtois

import (
	"context"
	"fmt"

	"github.com/huisrooster/huisrooster/roster/plan"
)

// Problem maps the instance onto the generic planner core. Employee and
// shift indexes are the same as in the instance, so a plan solution is a
// Roster as it is.
func (in *Instance) Problem() *plan.Problem {
	S := len(in.Shifts)
	p := &plan.Problem{Days: in.Horizon}
	for _, sh := range in.Shifts {
		ps := plan.Shift{Name: sh.ID, Minutes: sh.Minutes}
		for _, c := range sh.CannotFollow {
			ps.CannotFollow = append(ps.CannotFollow, in.shiftIndex[c])
		}
		p.Shifts = append(p.Shifts, ps)
	}
	for k := 0; 7*k+5 < in.Horizon; k++ {
		w := []int{7*k + 5}
		if 7*k+6 < in.Horizon {
			w = append(w, 7*k+6)
		}
		p.Weekends = append(p.Weekends, w)
	}
	p.Cover = make([][]plan.Cover, in.Horizon)
	for _, c := range in.Cover {
		if p.Cover[c.Day] == nil {
			p.Cover[c.Day] = make([]plan.Cover, S)
		}
		p.Cover[c.Day][in.shiftIndex[c.Shift]] = plan.Cover{Required: c.Requirement, Under: c.Under, Over: c.Over}
	}
	for e, st := range in.Staff {
		pe := plan.Employee{
			Name:              st.ID,
			MaxShifts:         make([]int, S),
			MinMinutes:        st.MinTotalMinutes,
			MaxMinutes:        st.MaxTotalMinutes,
			MaxConsecutive:    st.MaxConsecutiveShifts,
			MinConsecutive:    st.MinConsecutiveShifts,
			MinConsecutiveOff: st.MinConsecutiveDaysOff,
			MaxWeekends:       st.MaxWeekends,
			Fixed:             make([]int, in.Horizon),
			Cost:              make([][]int, in.Horizon),
		}
		if st.MaxConsecutiveShifts == 0 {
			// 0 consecutive working days allowed means never work; the
			// core reads 0 as "no limit", so forbid every shift instead.
			for s := range pe.MaxShifts {
				pe.MaxShifts[s] = 0
			}
		} else {
			for s, sh := range in.Shifts {
				pe.MaxShifts[s] = plan.Unlimited
				if mx, ok := st.MaxShifts[sh.ID]; ok {
					pe.MaxShifts[s] = mx
				}
			}
		}
		for d := range pe.Fixed {
			pe.Fixed[d] = plan.Free
			pe.Cost[d] = make([]int, S+1)
		}
		for _, d := range in.DaysOff[e] {
			pe.Fixed[d] = plan.Off
		}
		p.Employees = append(p.Employees, pe)
	}
	for _, q := range in.OnRequests {
		c := p.Employees[in.staffIndex[q.Employee]].Cost[q.Day]
		s := in.shiftIndex[q.Shift]
		for v := range c { // every value other than the wanted shift costs
			if v != s+1 {
				c[v] += q.Weight
			}
		}
	}
	for _, q := range in.OffRequests {
		p.Employees[in.staffIndex[q.Employee]].Cost[q.Day][in.shiftIndex[q.Shift]+1] += q.Weight
	}
	return p
}

// Solve runs the planner on the instance and returns the best roster with
// the planner's claimed objective.
func (in *Instance) Solve(ctx context.Context, opts plan.Options, progress func(plan.Progress)) (Roster, plan.Result, error) {
	res, err := plan.Solve(ctx, in.Problem(), opts, progress)
	if err != nil {
		return nil, res, fmt.Errorf("plannen mislukt / planning failed: %w", err)
	}
	return Roster(res.Solution), res, nil
}
