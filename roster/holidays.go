package roster

import (
	"sort"

	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/nl"
)

// Holiday is a public holiday of cao Jeugdzorg art. 9.7.
type Holiday struct {
	Date Date   `json:"date"`
	Name string `json:"name"`
}

// caoHolidays are the holidays of cao Jeugdzorg art. 9.7, taken one by one
// from rickar/cal: not nl.Holidays, which includes Goede Vrijdag (no cao
// holiday). Koningsdag and Bevrijdingsdag carry observance type 0 there, so
// the list is never filtered on type. Easter Sunday and Whit Sunday are
// Sundays anyway.
var caoHolidays = []*cal.Holiday{
	nl.Nieuwjaar,
	nl.TweedePaasdag,
	nl.Koningsdag,
	nl.BevrijdingsDag,
	nl.Hemelvaart,
	nl.TweedePinksterDag,
	nl.EersteKerstdag,
	nl.TweedeKerstdag,
}

// Holidays returns the public holidays of year in date order, plus any extra
// dates of that year (named "Feestdag").
func Holidays(year int, extra ...Date) []Holiday {
	out := make([]Holiday, 0, len(caoHolidays)+len(extra))
	for _, h := range caoHolidays {
		_, observed := h.Calc(year) // Koningsdag moves to 26 April when the 27th is a Sunday
		if observed.IsZero() {
			continue
		}
		out = append(out, Holiday{Date: DateOf(observed), Name: h.Name})
	}
	for _, d := range extra {
		if y, _, _ := d.YMD(); y == year {
			out = append(out, Holiday{Date: d, Name: "Feestdag"})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Date < out[j].Date })
	return out
}

// HolidaySet maps dates to holiday names for a range of years.
type HolidaySet map[Date]string

// NewHolidaySet returns the holidays of every year that w touches (plus one
// day either side, for nights), including the house's extra dates.
func NewHolidaySet(w Window, extra []Date) HolidaySet {
	set := HolidaySet{}
	y0, _, _ := (w.From - 1).YMD()
	y1, _, _ := (w.To + 1).YMD()
	for y := y0; y <= y1; y++ {
		for _, h := range Holidays(y, extra...) {
			set[h.Date] = h.Name
		}
	}
	return set
}

// DayTypeOf returns the coverage day type of d: public holidays count as Sunday.
func (hs HolidaySet) DayTypeOf(d Date) DayType {
	if _, ok := hs[d]; ok {
		return DaySunday
	}
	switch d.Weekday() {
	case 6:
		return DaySaturday
	case 0:
		return DaySunday
	}
	return DayWeekday
}
