package plan

import "fmt"

// Evaluate scores a solution (employee × day: Off or shift index) with the
// planner's own bookkeeping: the number of hard penalty units (0 means
// feasible) and the soft cost. Locked cells that differ from Fixed and
// values outside a cell's domain are errors.
func Evaluate(p *Problem, sol [][]int) (hard, soft int64, err error) {
	if err := p.Validate(); err != nil {
		return 0, 0, err
	}
	m := compile(p)
	if len(sol) != m.E {
		return 0, 0, fmt.Errorf("oplossing heeft %d medewerkers, niet %d / solution has %d employees, not %d", len(sol), m.E, len(sol), m.E)
	}
	x := make([]uint8, m.E*m.D)
	for e, row := range sol {
		if len(row) != m.D {
			return 0, 0, fmt.Errorf("rij %d heeft %d dagen, niet %d / row %d has %d days, not %d", e, len(row), m.D, e, len(row), m.D)
		}
		for d, v := range row {
			i := e*m.D + d
			if v < Off || v+1 >= m.V || m.mask[i]&(1<<(v+1)) == 0 {
				return 0, 0, fmt.Errorf("%s dag %d: waarde %d niet toegestaan / %s day %d: value %d not allowed",
					p.Employees[e].Name, d, v, p.Employees[e].Name, d, v)
			}
			x[i] = uint8(v + 1)
		}
	}
	s := newState(m, x)
	return s.hard, s.soft, nil
}
