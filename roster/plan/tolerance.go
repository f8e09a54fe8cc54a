package plan

// SetLockedTolerance sets every employee's Tolerance to the hard penalty
// units her locked cells alone already cause (with every free cell off), so
// that an adapter whose fixed cells come from an existing roster (which the
// planner did not make) still has feasible rows. Call it after the rest of
// the problem is set; it fails when the problem is invalid.
func (p *Problem) SetLockedTolerance() error {
	for e := range p.Employees {
		p.Employees[e].Tolerance = 0
	}
	if err := p.Validate(); err != nil {
		return err
	}
	m := compile(p)
	x := initial(m, nil)
	for e := range p.Employees {
		h, _ := m.rowEval(e, x[e*m.D:(e+1)*m.D])
		p.Employees[e].Tolerance = int(h)
	}
	return nil
}
