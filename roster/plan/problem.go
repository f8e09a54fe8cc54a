package plan

import (
	"errors"
	"fmt"
)

// Off is the cell value for a day off; shift types are 0, 1, ….
const Off = -1

// Free marks a cell in Employee.Fixed that the planner may choose.
const Free = -2

// Unlimited is used in limits that are not set.
const Unlimited = -1

// Problem is one planning problem: Days days, Employees × Days cells.
type Problem struct {
	Days      int
	Shifts    []Shift
	Employees []Employee
	// Cover is the coverage requirement per day per shift: Cover[d][s].
	// A nil Cover or nil row means no requirement.
	Cover [][]Cover
	// Weekends lists groups of days; an employee works a weekend if she
	// works on any of its days (see Employee.MaxWeekends). At most 64; a day
	// belongs to at most one group (the first that lists it).
	Weekends [][]int
	// Minutes optionally overrides Shift.Minutes per day: Minutes[d][s]
	// (e.g. a night across a DST change lasts 7 or 9 hours).
	Minutes [][]int
}

// Shift is a shift type.
type Shift struct {
	Name    string
	Minutes int
	// CannotFollow lists the shift types that may not be worked the day
	// after this one (e.g. an early shift after a late or night shift).
	CannotFollow []int
}

// Cover is the requirement for one (day, shift): n employees on the shift
// cost Under × max(0, Required − n) + Over × max(0, n − Required).
type Cover struct {
	Required int
	Under    int
	Over     int
}

// Employee carries the hard rules of one employee's row and her soft costs.
type Employee struct {
	Name string
	// MaxShifts per shift type (Unlimited, or 0 = never); nil = unlimited.
	MaxShifts []int
	// Total minutes over the horizon must lie in [MinMinutes, MaxMinutes];
	// MaxMinutes Unlimited means no upper bound.
	MinMinutes, MaxMinutes int
	// MaxConsecutive working days in a row (0 = no limit).
	MaxConsecutive int
	// MinConsecutive working days and MinConsecutiveOff days off per block,
	// except for blocks that touch the first or last day (0 or 1 = none).
	MinConsecutive, MinConsecutiveOff int
	// MaxWeekends worked (Unlimited = no limit).
	MaxWeekends int
	// Fixed holds per day Free, Off or a shift index. A non-Free cell is
	// locked: the planner never changes it. Nil means all cells are free.
	Fixed []int
	// Forbidden optionally marks per day and shift cells that must not be
	// assigned: Forbidden[d][s].
	Forbidden [][]bool
	// Cost optionally holds a soft cost per day and value: Cost[d][0] for a
	// day off and Cost[d][1+s] for shift s (wishes, requests).
	Cost [][]int
	// TargetMinutes with MinutesWeight adds MinutesWeight per started hour
	// that the total deviates from the target (fair distribution, slack).
	// MinutesWeight 0 disables it.
	TargetMinutes, MinutesWeight int
	// Tolerance is the number of hard penalty units the row may keep
	// without counting as violated: rule breaches that locked cells already
	// make (an adapter computes it from the locked cells alone; see
	// house.go). 0 for a clean model.
	Tolerance int
}

// ErrInfeasible is returned when no solution without hard violations was
// found within the limits.
var ErrInfeasible = errors.New("geen oplossing zonder harde overtredingen gevonden / no solution without hard violations found")

// Validate checks the dimensions and references of p.
func (p *Problem) Validate() error {
	if p.Days < 1 {
		return fmt.Errorf("aantal dagen %d < 1 / number of days %d < 1", p.Days, p.Days)
	}
	S := len(p.Shifts)
	if S < 1 || S > 63 {
		return fmt.Errorf("aantal diensttypen %d niet in 1..63 / number of shift types %d not in 1..63", S, S)
	}
	if len(p.Employees) < 1 {
		return errors.New("geen medewerkers / no employees")
	}
	if len(p.Weekends) > 64 {
		return fmt.Errorf("%d weekenden, max 64 / %d weekends, max 64", len(p.Weekends), len(p.Weekends))
	}
	for _, sh := range p.Shifts {
		for _, c := range sh.CannotFollow {
			if c < 0 || c >= S {
				return fmt.Errorf("dienst %s: onbekende volgdienst %d / shift %s: unknown following shift %d", sh.Name, c, sh.Name, c)
			}
		}
		if sh.Minutes < 0 {
			return fmt.Errorf("dienst %s: negatieve duur / shift %s: negative length", sh.Name, sh.Name)
		}
	}
	if p.Cover != nil && len(p.Cover) != p.Days {
		return fmt.Errorf("dekking heeft %d dagen, niet %d / cover has %d days, not %d", len(p.Cover), p.Days, len(p.Cover), p.Days)
	}
	for d, row := range p.Cover {
		if row != nil && len(row) != S {
			return fmt.Errorf("dekking dag %d heeft %d diensten / cover day %d has %d shifts", d, len(row), d, len(row))
		}
	}
	if p.Minutes != nil && len(p.Minutes) != p.Days {
		return fmt.Errorf("minuten hebben %d dagen, niet %d / minutes have %d days, not %d", len(p.Minutes), p.Days, len(p.Minutes), p.Days)
	}
	for _, w := range p.Weekends {
		for _, d := range w {
			if d < 0 || d >= p.Days {
				return fmt.Errorf("weekenddag %d buiten de horizon / weekend day %d outside the horizon", d, d)
			}
		}
	}
	for _, e := range p.Employees {
		if err := e.validate(p); err != nil {
			return fmt.Errorf("medewerker %s / employee %s: %w", e.Name, e.Name, err)
		}
	}
	return nil
}

func (e *Employee) validate(p *Problem) error {
	S := len(p.Shifts)
	if e.MaxShifts != nil && len(e.MaxShifts) != S {
		return fmt.Errorf("MaxShifts heeft %d waarden, niet %d / MaxShifts has %d values, not %d", len(e.MaxShifts), S, len(e.MaxShifts), S)
	}
	if e.Fixed != nil && len(e.Fixed) != p.Days {
		return fmt.Errorf("Fixed heeft %d dagen / Fixed has %d days", len(e.Fixed), len(e.Fixed))
	}
	for d, v := range e.Fixed {
		if v < Free || v >= S {
			return fmt.Errorf("dag %d: ongeldige vaste waarde %d / day %d: invalid fixed value %d", d, v, d, v)
		}
	}
	if e.Forbidden != nil && len(e.Forbidden) != p.Days {
		return fmt.Errorf("Forbidden heeft %d dagen / Forbidden has %d days", len(e.Forbidden), len(e.Forbidden))
	}
	if e.Cost != nil && len(e.Cost) != p.Days {
		return fmt.Errorf("Cost heeft %d dagen / Cost has %d days", len(e.Cost), len(e.Cost))
	}
	for d, c := range e.Cost {
		if c != nil && len(c) != S+1 {
			return fmt.Errorf("Cost dag %d heeft %d waarden, niet %d / Cost day %d has %d values, not %d", d, len(c), S+1, d, len(c), S+1)
		}
	}
	return nil
}
