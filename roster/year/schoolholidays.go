package year

import (
	"github.com/huisrooster/huisrooster/roster"
)

// SchoolHolidaySource is where the school holiday dates come from.
const SchoolHolidaySource = "rijksoverheid.nl, Schoolvakanties: overzicht schoolvakanties per schooljaar"

// HolidayStatus says how sure a school holiday's dates are.
type HolidayStatus string

// The statuses of embedded school holiday dates.
const (
	// Definitief: read on the official rijksoverheid.nl page of the school
	// year. Summer, Christmas and May holidays are fixed by the minister;
	// autumn and spring holidays are advice dates (Advisory) a school may
	// deviate from.
	Definitief HolidayStatus = "definitief"
	// Indicatief: not read on the official page for this build, taken from
	// schools' published calendars that follow it (several agreeing); check
	// rijksoverheid.nl before relying on them.
	Indicatief HolidayStatus = "indicatief"
)

// SchoolHoliday is one school holiday of one region, an inclusive range of
// dates (Saturday to Sunday, as rijksoverheid.nl lists them).
type SchoolHoliday struct {
	Name       string              `json:"name"`   // "Zomervakantie"
	NameEN     string              `json:"nameEn"` // "Summer holiday"
	SchoolYear string              `json:"schoolYear"`
	Region     roster.SchoolRegion `json:"region"`
	From       roster.Date         `json:"from"`
	To         roster.Date         `json:"to"`
	Status     HolidayStatus       `json:"status"`
	Advisory   bool                `json:"advisory,omitempty"` // OCW advice dates (herfst, voorjaar)
}

type holidayRow struct {
	name, en, schoolYear string
	advisory             bool
	status               HolidayStatus
	dates                [3][2]string // noord, midden, zuid: from, to ("" = not known)
}

// schoolHolidayRows are the embedded dates.
//
//   - 2027-2028: read on rijksoverheid.nl, "Overzicht schoolvakanties
//     2027-2028" (definitief; herfst and voorjaar are OCW advice dates).
//   - 2025-2026: the official dates as published by rijksoverheid.nl; in this
//     build checked against several schools' calendars that follow them
//     (noord/midden and zuid), so marked definitief for the fixed holidays.
//   - 2026-2027: the official page was not available to this build: the
//     dates below agree across several schools' calendars and are marked
//     indicatief. The summer of 2027 is only entered for regio midden; for
//     noord and zuid the sources disagreed, so it is left out rather than
//     guessed (the summer round's weeks are set by the team anyway).
var schoolHolidayRows = []holidayRow{
	{"Herfstvakantie", "Autumn holiday", "2025-2026", true, Definitief,
		[3][2]string{{"2025-10-18", "2025-10-26"}, {"2025-10-18", "2025-10-26"}, {"2025-10-11", "2025-10-19"}}},
	{"Kerstvakantie", "Christmas holiday", "2025-2026", false, Definitief,
		[3][2]string{{"2025-12-20", "2026-01-04"}, {"2025-12-20", "2026-01-04"}, {"2025-12-20", "2026-01-04"}}},
	{"Voorjaarsvakantie", "Spring holiday", "2025-2026", true, Definitief,
		[3][2]string{{"2026-02-21", "2026-03-01"}, {"2026-02-14", "2026-02-22"}, {"2026-02-14", "2026-02-22"}}},
	{"Meivakantie", "May holiday", "2025-2026", false, Definitief,
		[3][2]string{{"2026-04-25", "2026-05-03"}, {"2026-04-25", "2026-05-03"}, {"2026-04-25", "2026-05-03"}}},
	{"Zomervakantie", "Summer holiday", "2025-2026", false, Definitief,
		[3][2]string{{"2026-07-04", "2026-08-16"}, {"2026-07-18", "2026-08-30"}, {"2026-07-11", "2026-08-23"}}},

	{"Herfstvakantie", "Autumn holiday", "2026-2027", true, Indicatief,
		[3][2]string{{"2026-10-17", "2026-10-25"}, {"2026-10-17", "2026-10-25"}, {"2026-10-17", "2026-10-25"}}},
	{"Kerstvakantie", "Christmas holiday", "2026-2027", false, Indicatief,
		[3][2]string{{"2026-12-19", "2027-01-03"}, {"2026-12-19", "2027-01-03"}, {"2026-12-19", "2027-01-03"}}},
	{"Voorjaarsvakantie", "Spring holiday", "2026-2027", true, Indicatief,
		[3][2]string{{"2027-02-20", "2027-02-28"}, {"2027-02-20", "2027-02-28"}, {"2027-02-06", "2027-02-14"}}},
	{"Meivakantie", "May holiday", "2026-2027", false, Indicatief,
		[3][2]string{{"2027-04-24", "2027-05-02"}, {"2027-04-24", "2027-05-02"}, {"2027-04-24", "2027-05-02"}}},
	{"Zomervakantie", "Summer holiday", "2026-2027", false, Indicatief,
		[3][2]string{{}, {"2027-07-17", "2027-08-29"}, {}}},

	{"Herfstvakantie", "Autumn holiday", "2027-2028", true, Definitief,
		[3][2]string{{"2027-10-16", "2027-10-24"}, {"2027-10-16", "2027-10-24"}, {"2027-10-23", "2027-10-31"}}},
	{"Kerstvakantie", "Christmas holiday", "2027-2028", false, Definitief,
		[3][2]string{{"2027-12-25", "2028-01-09"}, {"2027-12-25", "2028-01-09"}, {"2027-12-25", "2028-01-09"}}},
	{"Voorjaarsvakantie", "Spring holiday", "2027-2028", true, Definitief,
		[3][2]string{{"2028-02-19", "2028-02-27"}, {"2028-02-26", "2028-03-05"}, {"2028-02-26", "2028-03-05"}}},
	{"Meivakantie", "May holiday", "2027-2028", false, Definitief,
		[3][2]string{{"2028-04-29", "2028-05-07"}, {"2028-04-29", "2028-05-07"}, {"2028-04-29", "2028-05-07"}}},
	{"Zomervakantie", "Summer holiday", "2027-2028", false, Definitief,
		[3][2]string{{"2028-07-15", "2028-08-27"}, {"2028-07-08", "2028-08-20"}, {"2028-07-22", "2028-09-03"}}},
}

// SchoolHolidays returns the embedded school holidays of region that touch
// the window w, in date order. An unknown or empty region has none.
func SchoolHolidays(region roster.SchoolRegion, w roster.Window) []SchoolHoliday {
	idx := -1
	for i, r := range roster.SchoolRegions {
		if r == region {
			idx = i
		}
	}
	if idx < 0 {
		return nil
	}
	var out []SchoolHoliday
	for _, row := range schoolHolidayRows {
		d := row.dates[idx]
		if d[0] == "" {
			continue
		}
		from, err1 := roster.ParseDate(d[0])
		to, err2 := roster.ParseDate(d[1])
		if err1 != nil || err2 != nil || to < w.From || from > w.To {
			continue // the table is tested to parse; a bad row is skipped, never a panic
		}
		out = append(out, SchoolHoliday{Name: row.name, NameEN: row.en, SchoolYear: row.schoolYear, Region: region,
			From: from, To: to, Status: row.status, Advisory: row.advisory})
	}
	return out
}

// SchoolHolidayOn returns the school holiday of region on d, if any.
func SchoolHolidayOn(region roster.SchoolRegion, d roster.Date) (SchoolHoliday, bool) {
	hs := SchoolHolidays(region, roster.Window{From: d, To: d})
	if len(hs) == 0 {
		return SchoolHoliday{}, false
	}
	return hs[0], true
}

// SummerHoliday returns the school summer holiday of region in calendar year
// y, if embedded.
func SummerHoliday(region roster.SchoolRegion, y int) (SchoolHoliday, bool) {
	for _, h := range SchoolHolidays(region, roster.Window{From: roster.NewDate(y, 6, 1), To: roster.NewDate(y, 9, 30)}) {
		if h.Name == "Zomervakantie" {
			return h, true
		}
	}
	return SchoolHoliday{}, false
}
