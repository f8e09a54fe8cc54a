package roster

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// maxPhotoBytes bounds a member's photo in the house file.
const maxPhotoBytes = 1 << 20

// members checks the team: unique IDs, names, roles, contract history,
// colours and active dates.
func (v *validator) members() {
	hpf := v.h.Settings.HoursPerFTEOrDefault()
	if !inRange(hpf, 1, 48) {
		hpf = DefaultHoursPerFTE // reported under settings
	}
	seen := map[int]int{}
	for i := range v.h.Members {
		m := &v.h.Members[i]
		f := fmt.Sprintf("members[%d]", i)
		if m.ID <= 0 {
			v.add(f+".id", fmt.Sprintf("id %d moet groter dan 0 zijn", m.ID), fmt.Sprintf("id %d must be greater than 0", m.ID))
		} else if j, dup := seen[m.ID]; dup {
			v.add(f+".id", fmt.Sprintf("id %d komt dubbel voor (ook members[%d])", m.ID, j),
				fmt.Sprintf("id %d occurs twice (also members[%d])", m.ID, j))
		} else {
			seen[m.ID] = i
		}
		v.name(f+".name", "naam", "name", m.Name)
		if utf8.RuneCountInString(m.Initials) > 4 {
			v.add(f+".initials", fmt.Sprintf("initialen %q: hoogstens 4 tekens", m.Initials), fmt.Sprintf("initials %q: at most 4 characters", m.Initials))
		}
		if !m.Role.Valid() {
			v.add(f+".role", fmt.Sprintf("onbekende functie %q", m.Role), fmt.Sprintf("unknown role %q", m.Role))
		}
		v.colour(f+".colour", m.Colour)
		v.salary(f, m)
		if len(m.Photo) > maxPhotoBytes {
			v.add(f+".photo", fmt.Sprintf("foto te groot (%d kB, hoogstens 1024 kB)", len(m.Photo)/1024),
				fmt.Sprintf("photo too large (%d kB, at most 1024 kB)", len(m.Photo)/1024))
		}
		for j, c := range m.Contract {
			cf := fmt.Sprintf("%s.contract[%d]", f, j)
			v.date(cf+".from", c.From)
			if j > 0 && c.From <= m.Contract[j-1].From {
				if c.From == m.Contract[j-1].From {
					v.add(cf+".from", fmt.Sprintf("contract vanaf %s staat er dubbel in", c.From), fmt.Sprintf("contract from %s occurs twice", c.From))
				} else {
					v.add(cf+".from", fmt.Sprintf("contract vanaf %s staat na dat van %s: sorteer op datum", c.From, m.Contract[j-1].From),
						fmt.Sprintf("contract from %s comes after the one from %s: sort by date", c.From, m.Contract[j-1].From))
				}
			}
			if fte := c.HoursPerWeek / hpf; !inRange(fte, 0, 1.2+1e-9) {
				v.add(cf+".hoursPerWeek", fmt.Sprintf("%s u per week is %s fte: fte buiten 0–1,2", Decimal(c.HoursPerWeek, Dutch), Decimal(fte, Dutch)),
					fmt.Sprintf("%s h a week is %s fte: fte outside 0–1.2", Decimal(c.HoursPerWeek, English), Decimal(fte, English)))
			}
		}
		if m.ActiveFrom != nil {
			v.date(f+".activeFrom", *m.ActiveFrom)
		}
		if m.ActiveTo != nil {
			v.date(f+".activeTo", *m.ActiveTo)
		}
		if m.ActiveFrom != nil && m.ActiveTo != nil && *m.ActiveTo < *m.ActiveFrom {
			v.add(f+".activeTo", fmt.Sprintf("einde voor begin: actief tot %s ligt voor %s", *m.ActiveTo, *m.ActiveFrom),
				fmt.Sprintf("end before start: active until %s is before %s", *m.ActiveTo, *m.ActiveFrom))
		}
	}
}

// ShiftMinutes returns the nominal length of a shift type in minutes (an end
// at or before the start is the next day).
func ShiftMinutes(start, end Clock) int {
	d := int(end) - int(start)
	if d <= 0 {
		d += 1440
	}
	return d
}

// shiftTypes checks the shift types: unique short codes, valid kinds and
// times, breaks shorter than the shift, and sleep shifts of 6–8 hours.
func (v *validator) shiftTypes() {
	seen := map[string]int{}
	for i := range v.h.ShiftTypes {
		st := &v.h.ShiftTypes[i]
		f := fmt.Sprintf("shiftTypes[%d]", i)
		switch {
		case strings.TrimSpace(st.Code) == "":
			v.add(f+".code", "code ontbreekt", "code is missing")
		case st.Code != strings.TrimSpace(st.Code):
			v.add(f+".code", fmt.Sprintf("code %q begint of eindigt met een spatie", st.Code), fmt.Sprintf("code %q starts or ends with a space", st.Code))
		case utf8.RuneCountInString(st.Code) > 3:
			v.add(f+".code", fmt.Sprintf("code %q: hoogstens 3 tekens", st.Code), fmt.Sprintf("code %q: at most 3 characters", st.Code))
		}
		if j, dup := seen[st.Code]; dup && st.Code != "" {
			v.add(f+".code", fmt.Sprintf("code %q komt dubbel voor (ook shiftTypes[%d])", st.Code, j),
				fmt.Sprintf("code %q occurs twice (also shiftTypes[%d])", st.Code, j))
		} else if !dup {
			seen[st.Code] = i
		}
		if !st.Kind.Valid() {
			v.add(f+".kind", fmt.Sprintf("onbekende soort dienst %q", st.Kind), fmt.Sprintf("unknown shift kind %q", st.Kind))
		}
		v.clock(f+".start", st.Start, false)
		v.clock(f+".end", st.End, true)
		v.colour(f+".colour", st.Colour)
		mins := ShiftMinutes(st.Start, st.End)
		if st.BreakMin < 0 || st.BreakMin >= mins {
			v.add(f+".breakMin", fmt.Sprintf("pauze %d min moet 0 of meer zijn en korter dan de dienst (%d min)", st.BreakMin, mins),
				fmt.Sprintf("break %d min must be 0 or more and shorter than the shift (%d min)", st.BreakMin, mins))
		}
		if st.Kind == KindSleep && (mins < 6*60 || mins > 8*60) {
			v.add(f+".end", fmt.Sprintf("slaapdienst %s–%s duurt %s u: moet 6–8 u aaneengesloten zijn (cao art. 6.4.3)", st.Start, st.End, Decimal(float64(mins)/60, Dutch)),
				fmt.Sprintf("sleep shift %s–%s lasts %s h: must be 6–8 h consecutive (cao art. 6.4.3)", st.Start, st.End, Decimal(float64(mins)/60, English)))
		}
	}
}
