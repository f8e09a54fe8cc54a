package fridge

import (
	"sort"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// Slot is one row of the print: a part of the day.
type Slot struct {
	Name  string       // Dutch, as printed: "ochtend"
	Start roster.Clock // inclusive
	End   roster.Clock // exclusive; at or before Start: the next day
	// Night marks the night row: night cover (sleep shift, live-in night
	// duty) shows here too, and sleepers get a moon.
	Night bool
}

// Slots returns the rows of the print, in order. A person shows in a slot
// when they are there for at least MinPresence of it.
func Slots() []Slot {
	return []Slot{
		{Name: "ochtend", Start: roster.NewClock(7, 0), End: roster.NewClock(12, 0)},
		{Name: "middag", Start: roster.NewClock(12, 0), End: roster.NewClock(17, 0)},
		{Name: "avond", Start: roster.NewClock(17, 0), End: roster.NewClock(23, 0)},
		{Name: "nacht", Start: roster.NewClock(23, 0), End: roster.NewClock(7, 0), Night: true},
	}
}

// MinPresence is how long someone must be there during a slot to show in it:
// a colleague who leaves at 12:30 is not "there in the afternoon".
const MinPresence = time.Hour

// Person is someone on a slot of the print.
type Person struct {
	Member int    // member ID
	Name   string // first name, with the last name's initial when two share it
	Colour RGB    // the member's colour
	Photo  []byte // PNG or JPEG, or nil
	Sleeps bool   // sleeps in the house this night (moon); night row only
	// Changed marks a person new on the slot (or whose moon changed) since
	// the last print of the week (MarkChanges).
	Changed bool
	from    time.Time
}

// Day is one column of the print.
type Day struct {
	Date    roster.Date
	Name    string     // "maandag"
	Label   string     // "23 november"
	Holiday string     // public holiday name, or ""
	Slots   [][]Person // per slot of Week.Slots, in order of arrival, then name
	// Gone marks, per slot, that someone on the last print is no longer
	// there (MarkChanges); nil when there is nothing to compare with.
	Gone []bool
}

// Week is what the fridge print shows.
type Week struct {
	House  string
	Monday roster.Date
	Year   int // ISO year
	Number int // ISO week number
	Slots  []Slot
	Days   [7]Day
	// PrintedAt is when the print that MarkChanges compared with was made;
	// zero when there are no marks.
	PrintedAt time.Time
}

// BuildWeek returns who is there when in the ISO week that starts on monday
// (any date of the week is accepted). Only shifts that put someone in the
// house count: group shifts and awake nights, plus night cover in the night
// row. Shifts vacated by a sick report and members absent on the shift's date
// never show; the print does not say why.
func BuildWeek(h *roster.House, monday roster.Date) *Week {
	monday = monday.Monday()
	year, num := monday.ISOWeek()
	wk := &Week{House: h.Name, Monday: monday, Year: year, Number: num, Slots: Slots()}
	names := firstNames(h)
	colours := memberColours(h)
	holidays := roster.NewHolidaySet(roster.Window{From: monday, To: monday + 6}, h.Settings.ExtraHolidays)

	// A shift of the day before can reach into Monday morning.
	shifts := h.Shifts(roster.Window{From: monday - 1, To: monday + 7})
	kept := shifts[:0]
	for _, s := range shifts {
		m := h.Member(s.Member)
		if m == nil || !s.Worked() || !m.Active(s.Date) || h.Plan.AbsenceOn(s.Member, s.Date) != nil {
			continue
		}
		if !s.Kind.Present() && !s.Kind.NightCover() {
			continue
		}
		kept = append(kept, s)
	}

	for i := range wk.Days {
		d := monday + roster.Date(i)
		_, month, day := d.YMD()
		wk.Days[i] = Day{Date: d, Name: dayNames[d.Weekday()], Label: dayLabel(day, month),
			Holiday: holidays[d], Slots: make([][]Person, len(wk.Slots))}
		for j, sl := range wk.Slots {
			wk.Days[i].Slots[j] = peopleIn(h, kept, d, sl, names, colours)
		}
	}
	return wk
}

// peopleIn returns the people there during slot sl of date d.
func peopleIn(h *roster.House, shifts []roster.Shift, d roster.Date, sl Slot,
	names map[int]string, colours map[int]RGB) []Person {
	from, to := roster.Span(d, sl.Start, sl.End)
	need := min(MinPresence, to.Sub(from))
	var out []Person
	for _, s := range shifts {
		if !s.Kind.Present() && !(sl.Night && s.Kind.NightCover()) {
			continue
		}
		start, end := maxTime(s.Start, from), minTime(s.End, to)
		if end.Sub(start) < need {
			continue
		}
		sleeps := sl.Night && s.Kind.Sleeping()
		k := -1
		for i := range out {
			if out[i].Member == s.Member {
				k = i
				break
			}
		}
		if k >= 0 {
			out[k].Sleeps = out[k].Sleeps || sleeps
			if start.Before(out[k].from) {
				out[k].from = start
			}
			continue
		}
		m := h.Member(s.Member)
		out = append(out, Person{Member: s.Member, Name: names[s.Member], Colour: colours[s.Member],
			Photo: m.Photo, Sleeps: sleeps, from: start})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if !out[i].from.Equal(out[j].from) {
			return out[i].from.Before(out[j].from)
		}
		return out[i].Name < out[j].Name
	})
	return out
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}
