package curtois

import "fmt"

// Off marks a day off in a Roster.
const Off = -1

// Roster is a solution: Roster[e][d] is the index in Instance.Shifts of the
// shift employee e works on day d, or Off.
type Roster [][]int

// NewRoster returns an all-off roster for in.
func NewRoster(in *Instance) Roster {
	r := make(Roster, len(in.Staff))
	for e := range r {
		r[e] = make([]int, in.Horizon)
		for d := range r[e] {
			r[e][d] = Off
		}
	}
	return r
}

// Report is the result of evaluating a roster.
type Report struct {
	Objective  int      // the soft objective (lower is better)
	Violations []string // hard constraint violations, Dutch / English
}

// Feasible reports whether no hard constraint is violated.
func (r Report) Feasible() bool { return len(r.Violations) == 0 }

// Evaluate checks every hard constraint of the model in the README and
// computes the objective directly from its definition. It deliberately
// shares no code with the planner.
func Evaluate(in *Instance, r Roster) (Report, error) {
	if len(r) != len(in.Staff) {
		return Report{}, fmt.Errorf("rooster heeft %d medewerkers, instantie %d / roster has %d employees, instance %d", len(r), len(in.Staff), len(r), len(in.Staff))
	}
	var rep Report
	bad := func(nl, en string, args ...any) {
		rep.Violations = append(rep.Violations, fmt.Sprintf(nl, args...)+" / "+fmt.Sprintf(en, args...))
	}
	for e, st := range in.Staff {
		row := r[e]
		if len(row) != in.Horizon {
			return Report{}, fmt.Errorf("rij %s heeft %d dagen, horizon %d / row %s has %d days, horizon %d", st.ID, len(row), in.Horizon, st.ID, len(row), in.Horizon)
		}
		for d, s := range row {
			if s != Off && (s < 0 || s >= len(in.Shifts)) {
				return Report{}, fmt.Errorf("%s dag %d: ongeldige dienst %d / %s day %d: invalid shift %d", st.ID, d, s, st.ID, d, s)
			}
		}
		checkStaff(in, e, row, bad)
	}

	// Objective.
	for _, q := range in.OnRequests {
		e := in.staffIndex[q.Employee]
		if r[e][q.Day] != in.shiftIndex[q.Shift] {
			rep.Objective += q.Weight
		}
	}
	for _, q := range in.OffRequests {
		e := in.staffIndex[q.Employee]
		if r[e][q.Day] == in.shiftIndex[q.Shift] {
			rep.Objective += q.Weight
		}
	}
	for _, c := range in.Cover {
		s := in.shiftIndex[c.Shift]
		n := 0
		for e := range r {
			if r[e][c.Day] == s {
				n++
			}
		}
		if n < c.Requirement {
			rep.Objective += c.Under * (c.Requirement - n)
		} else {
			rep.Objective += c.Over * (n - c.Requirement)
		}
	}
	return rep, nil
}

// checkStaff reports the hard violations of one employee's row.
func checkStaff(in *Instance, e int, row []int, bad func(nl, en string, args ...any)) {
	st := in.Staff[e]
	h := in.Horizon
	// Days off.
	for _, d := range in.DaysOff[e] {
		if row[d] != Off {
			bad("%s werkt op vrije dag %d", "%s works on day off %d", st.ID, d)
		}
	}
	// Cannot follow.
	for d := 0; d+1 < h; d++ {
		if row[d] == Off || row[d+1] == Off {
			continue
		}
		for _, id := range in.Shifts[row[d]].CannotFollow {
			if in.shiftIndex[id] == row[d+1] {
				bad("%s: %s op dag %d mag niet na %s", "%s: %s on day %d may not follow %s",
					st.ID, id, d+1, in.Shifts[row[d]].ID)
			}
		}
	}
	// Max shifts per type and total minutes.
	count := make([]int, len(in.Shifts))
	minutes := 0
	for _, s := range row {
		if s != Off {
			count[s]++
			minutes += in.Shifts[s].Minutes
		}
	}
	for s, sh := range in.Shifts {
		if max, ok := st.MaxShifts[sh.ID]; ok && count[s] > max {
			bad("%s: %d keer %s, max %d", "%s: %d times %s, max %d", st.ID, count[s], sh.ID, max)
		}
	}
	if minutes > st.MaxTotalMinutes || minutes < st.MinTotalMinutes {
		bad("%s: %d minuten, moet tussen %d en %d", "%s: %d minutes, must be between %d and %d",
			st.ID, minutes, st.MinTotalMinutes, st.MaxTotalMinutes)
	}
	// Blocks of working days and days off.
	for start := 0; start < h; {
		end := start
		working := row[start] != Off
		for end+1 < h && (row[end+1] != Off) == working {
			end++
		}
		n := end - start + 1
		inner := start > 0 && end < h-1
		switch {
		case working && n > st.MaxConsecutiveShifts:
			bad("%s: %d dagen achter elkaar werken vanaf dag %d, max %d", "%s: %d working days in a row from day %d, max %d",
				st.ID, n, start, st.MaxConsecutiveShifts)
		case working && inner && n < st.MinConsecutiveShifts:
			bad("%s: maar %d werkdagen achter elkaar vanaf dag %d, min %d", "%s: only %d working days in a row from day %d, min %d",
				st.ID, n, start, st.MinConsecutiveShifts)
		case !working && inner && n < st.MinConsecutiveDaysOff:
			bad("%s: maar %d vrije dagen achter elkaar vanaf dag %d, min %d", "%s: only %d days off in a row from day %d, min %d",
				st.ID, n, start, st.MinConsecutiveDaysOff)
		}
		start = end + 1
	}
	// Weekends.
	weekends := 0
	for k := 0; 7*k+5 < h; k++ {
		sat, sun := 7*k+5, 7*k+6
		if row[sat] != Off || (sun < h && row[sun] != Off) {
			weekends++
		}
	}
	if weekends > st.MaxWeekends {
		bad("%s: %d weekenden gewerkt, max %d", "%s: %d weekends worked, max %d", st.ID, weekends, st.MaxWeekends)
	}
}
