package curtois

import (
	"fmt"
	"strings"
)

func (in *Instance) parseHorizon(s map[string][]rawLine) error {
	lines := s["SECTION_HORIZON"]
	if len(lines) != 1 {
		return fmt.Errorf("SECTION_HORIZON moet precies één regel hebben / SECTION_HORIZON must have exactly one line")
	}
	l := lines[0]
	if err := needFields(l, 1, "SECTION_HORIZON"); err != nil {
		return err
	}
	h, err := atoi(l, 0, "horizon", maxHorizon)
	if err != nil {
		return err
	}
	if h < 1 || h > maxHorizon {
		return parseError(l.no, "horizon %d ligt niet tussen 1 en %d", "horizon %d is not between 1 and %d", h, maxHorizon)
	}
	in.Horizon = h
	return nil
}

func (in *Instance) parseShifts(s map[string][]rawLine) error {
	lines := s["SECTION_SHIFTS"]
	if len(lines) == 0 {
		return fmt.Errorf("geen diensten in SECTION_SHIFTS / no shifts in SECTION_SHIFTS")
	}
	for _, l := range lines {
		if err := needFields(l, 3, "SECTION_SHIFTS"); err != nil {
			return err
		}
		id := l.fields[0]
		if id == "" {
			return parseError(l.no, "lege dienstcode", "empty shift ID")
		}
		if _, dup := in.shiftIndex[id]; dup {
			return parseError(l.no, "dienst %q staat er twee keer", "shift %q appears twice", id)
		}
		m, err := atoi(l, 1, "lengte/length", maxShiftMinutes)
		if err != nil {
			return err
		}
		var cf []string
		if l.fields[2] != "" {
			cf = strings.Split(l.fields[2], "|")
		}
		in.shiftIndex[id] = len(in.Shifts)
		in.Shifts = append(in.Shifts, Shift{ID: id, Minutes: m, CannotFollow: cf})
	}
	// CannotFollow may refer to shifts defined later, so check afterwards.
	for i, sh := range in.Shifts {
		for j, c := range sh.CannotFollow {
			c = strings.TrimSpace(c)
			in.Shifts[i].CannotFollow[j] = c
			if err := in.shift(lines[i], c); err != nil {
				return err
			}
		}
	}
	return nil
}

func (in *Instance) parseStaff(s map[string][]rawLine) error {
	lines := s["SECTION_STAFF"]
	if len(lines) == 0 {
		return fmt.Errorf("geen medewerkers in SECTION_STAFF / no staff in SECTION_STAFF")
	}
	for _, l := range lines {
		if err := needFields(l, 8, "SECTION_STAFF"); err != nil {
			return err
		}
		st := Staff{ID: l.fields[0], MaxShifts: map[string]int{}}
		if st.ID == "" {
			return parseError(l.no, "lege medewerkercode", "empty employee ID")
		}
		if _, dup := in.staffIndex[st.ID]; dup {
			return parseError(l.no, "medewerker %q staat er twee keer", "employee %q appears twice", st.ID)
		}
		if l.fields[1] != "" {
			for _, pair := range strings.Split(l.fields[1], "|") {
				id, val, ok := strings.Cut(pair, "=")
				if !ok {
					return parseError(l.no, "MaxShifts %q is geen DIENST=max", "MaxShifts %q is not SHIFT=max", pair)
				}
				id = strings.TrimSpace(id)
				if err := in.shift(l, id); err != nil {
					return err
				}
				n, err := atoi(rawLine{l.no, []string{strings.TrimSpace(val)}}, 0, "MaxShifts", maxCount)
				if err != nil {
					return err
				}
				if _, dup := st.MaxShifts[id]; dup {
					return parseError(l.no, "MaxShifts noemt %q twee keer", "MaxShifts names %q twice", id)
				}
				st.MaxShifts[id] = n
			}
		}
		ints := []*int{&st.MaxTotalMinutes, &st.MinTotalMinutes, &st.MaxConsecutiveShifts,
			&st.MinConsecutiveShifts, &st.MinConsecutiveDaysOff, &st.MaxWeekends}
		names := []string{"MaxTotalMinutes", "MinTotalMinutes", "MaxConsecutiveShifts",
			"MinConsecutiveShifts", "MinConsecutiveDaysOff", "MaxWeekends"}
		limits := []int{maxTotalMinutes, maxTotalMinutes, maxCount, maxCount, maxCount, maxCount}
		for i, p := range ints {
			v, err := atoi(l, i+2, names[i], limits[i])
			if err != nil {
				return err
			}
			*p = v
		}
		in.staffIndex[st.ID] = len(in.Staff)
		in.Staff = append(in.Staff, st)
	}
	in.DaysOff = make([][]int, len(in.Staff))
	return nil
}

func (in *Instance) parseDaysOff(s map[string][]rawLine) error {
	for _, l := range s["SECTION_DAYS_OFF"] {
		e, err := in.staff(l, l.fields[0])
		if err != nil {
			return err
		}
		for i := 1; i < len(l.fields); i++ {
			if l.fields[i] == "" && i == len(l.fields)-1 {
				continue // tolerate a trailing comma
			}
			d, err := in.day(l, i)
			if err != nil {
				return err
			}
			in.DaysOff[e] = append(in.DaysOff[e], d)
		}
	}
	return nil
}

func (in *Instance) parseRequests(s map[string][]rawLine) error {
	for _, sec := range []string{"SECTION_SHIFT_ON_REQUESTS", "SECTION_SHIFT_OFF_REQUESTS"} {
		for _, l := range s[sec] {
			if err := needFields(l, 4, sec); err != nil {
				return err
			}
			if _, err := in.staff(l, l.fields[0]); err != nil {
				return err
			}
			d, err := in.day(l, 1)
			if err != nil {
				return err
			}
			if err := in.shift(l, l.fields[2]); err != nil {
				return err
			}
			w, err := atoi(l, 3, "gewicht/weight", maxWeight)
			if err != nil {
				return err
			}
			r := Request{Employee: l.fields[0], Day: d, Shift: l.fields[2], Weight: w}
			if sec == "SECTION_SHIFT_ON_REQUESTS" {
				in.OnRequests = append(in.OnRequests, r)
			} else {
				in.OffRequests = append(in.OffRequests, r)
			}
		}
	}
	return nil
}

func (in *Instance) parseCover(s map[string][]rawLine) error {
	seen := map[[2]int]int{}
	for _, l := range s["SECTION_COVER"] {
		if err := needFields(l, 5, "SECTION_COVER"); err != nil {
			return err
		}
		d, err := in.day(l, 0)
		if err != nil {
			return err
		}
		if err := in.shift(l, l.fields[1]); err != nil {
			return err
		}
		key := [2]int{d, in.shiftIndex[l.fields[1]]}
		if prev, dup := seen[key]; dup {
			return parseError(l.no, "dekking voor dag %d dienst %s staat er al (regel %d)", "cover for day %d shift %s already given (line %d)", d, l.fields[1], prev)
		}
		seen[key] = l.no
		c := Cover{Day: d, Shift: l.fields[1]}
		for i, p := range []*int{&c.Requirement, &c.Under, &c.Over} {
			v, err := atoi(l, i+2, []string{"Requirement", "WeightForUnder", "WeightForOver"}[i], []int{maxCount, maxWeight, maxWeight}[i])
			if err != nil {
				return err
			}
			*p = v
		}
		in.Cover = append(in.Cover, c)
	}
	return nil
}
