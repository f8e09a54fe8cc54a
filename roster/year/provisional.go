package year

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/ical"
)

// ProvisionalShift is one shift of a provisional day.
type ProvisionalShift struct {
	Code   string       `json:"code"`
	Name   string       `json:"name"`
	Start  roster.Clock `json:"start"`
	End    roster.Clock `json:"end"`
	Colour string       `json:"colour,omitempty"`
}

// ProvisionalDay is one day of a member's provisional year roster.
type ProvisionalDay struct {
	Date    roster.Date        `json:"date"`
	Shifts  []ProvisionalShift `json:"shifts,omitempty"`
	Absence roster.AbsenceKind `json:"absence,omitempty"`
	Holiday string             `json:"holiday,omitempty"` // public holiday
	School  bool               `json:"school,omitempty"`  // school holiday of the house's region
}

// ProvisionalRoster is a member's provisional year roster ("voorlopig"):
// the base roster rotated over the year, with the roster already planned
// where it is, agreed leave and the holidays.
type ProvisionalRoster struct {
	HouseName string           `json:"house"`
	Member    int              `json:"member"`
	Name      string           `json:"name"`
	Year      int              `json:"year"`
	Days      []ProvisionalDay `json:"days"`
	Planned   float64          `json:"planned"`  // contract hours planned over the year
	Contract  float64          `json:"contract"` // contract hours of the year's weeks
	// House is the provisional house the roster was read from (for ICS).
	House *roster.House `json:"-"`
}

// ErrNoBaseRoster is returned when the house has no base roster to rotate.
var ErrNoBaseRoster = errors.New("geen basisrooster: maak eerst een basisrooster van een paar goede weken / no base roster: first make a base roster from a few good weeks")

// cloneHouse deep-copies h through its JSON form.
func cloneHouse(h *roster.House) (*roster.House, error) {
	b, err := json.Marshal(h)
	if err != nil {
		return nil, fmt.Errorf("huis kopiëren / copy house: %w", err)
	}
	var out roster.House
	if err := json.Unmarshal(b, &out); err != nil {
		return nil, fmt.Errorf("huis kopiëren / copy house: %w", err)
	}
	return &out, nil
}

// ProvisionalHouse returns a copy of h with the base roster put on every
// empty cell of calendar year y (cells already planned, fixed weeks and
// days away are kept as they are).
func ProvisionalHouse(h *roster.House, y int) (*roster.House, error) {
	b := h.Settings.BaseRoster
	if b == nil || b.Weeks < 1 || len(b.Cells) == 0 {
		return nil, ErrNoBaseRoster
	}
	c, err := cloneHouse(h)
	if err != nil {
		return nil, err
	}
	w := roster.Window{From: roster.NewDate(y, time.January, 1), To: roster.NewDate(y, time.December, 31)}
	if err := c.Apply(b.Edit(c, w, false)); err != nil {
		return nil, fmt.Errorf("basisrooster toepassen / apply base roster: %w", err)
	}
	return c, nil
}

// Provisional returns member's provisional year roster of calendar year y.
func Provisional(h *roster.House, member, y int) (*ProvisionalRoster, error) {
	m := h.Member(member)
	if m == nil {
		return nil, fmt.Errorf("onbekend teamlid %d / unknown team member %d", member, member)
	}
	p, err := ProvisionalHouse(h, y)
	if err != nil {
		return nil, err
	}
	w := roster.Window{From: roster.NewDate(y, time.January, 1), To: roster.NewDate(y, time.December, 31)}
	hol := roster.NewHolidaySet(w, h.Settings.ExtraHolidays)
	school := SchoolHolidays(h.Settings.Region, w)
	pr := &ProvisionalRoster{HouseName: h.Name, Member: member, Name: m.Name, Year: y, House: p}
	shifts := map[roster.Date][]ProvisionalShift{}
	for _, s := range p.Shifts(w) {
		if s.Member != member || !s.Worked() || p.Plan.AbsenceOn(member, s.Date) != nil {
			continue
		}
		st := p.ShiftType(s.Code)
		ps := ProvisionalShift{Code: s.Code, Start: roster.Clock(s.Start.Hour()*60 + s.Start.Minute()), End: roster.Clock(s.End.Hour()*60 + s.End.Minute())}
		if st != nil {
			ps.Name, ps.Colour = st.Name, st.Colour
		}
		shifts[s.Date] = append(shifts[s.Date], ps)
	}
	for d := w.From; d <= w.To; d++ {
		day := ProvisionalDay{Date: d, Shifts: shifts[d], Holiday: hol[d]}
		if a := p.Plan.AbsenceOn(member, d); a != nil {
			day.Absence = a.Kind
		}
		for _, sh := range school {
			if d >= sh.From && d <= sh.To {
				day.School = true
			}
		}
		pr.Days = append(pr.Days, day)
	}
	pr.Planned = round2(roster.PlannedHours(p, member, w))
	for mon := w.From.Monday(); mon <= w.To; mon += 7 {
		if m.Active(mon) {
			pr.Contract += m.HoursOn(mon)
		}
	}
	pr.Contract = round2(pr.Contract)
	return pr, nil
}

// WriteICS writes the provisional roster's shifts as an iCalendar file: the
// events of roster/ical (one per shift, stable UIDs of their own, so the
// provisional calendar never overwrites the real one), marked TENTATIVE and
// "Voorlopig" in their summary.
func (pr *ProvisionalRoster) WriteICS(out io.Writer, now time.Time) error {
	w := roster.Window{From: roster.NewDate(pr.Year, time.January, 1), To: roster.NewDate(pr.Year, time.December, 31)}
	events := ical.MemberEvents(pr.House, pr.HouseName+" voorlopig", pr.Member, w)
	cal := ics.NewCalendarFor("Huisrooster")
	cal.SetProductId("-//Huisrooster//Huisrooster//NL")
	cal.SetMethod(ics.MethodPublish)
	cal.SetCalscale("GREGORIAN")
	cal.SetXWRCalName(fmt.Sprintf("Voorlopig jaarrooster %d %s (%s)", pr.Year, pr.Name, pr.HouseName))
	cal.SetXWRTimezone(roster.Amsterdam.String())
	stamp := now.UTC().Truncate(time.Second)
	for _, e := range events {
		ev := cal.AddEvent(e.UID)
		ev.SetDtStampTime(stamp)
		ev.SetStartAt(e.Start)
		ev.SetEndAt(e.End)
		ev.SetSummary("Voorlopig: " + e.Summary)
		if e.Location != "" {
			ev.SetLocation(e.Location)
		}
		ev.SetDescription("Voorlopig jaarrooster: het basisrooster over het jaar, met afgesproken verlof. Kan nog veranderen. / Provisional year roster: may still change.")
		ev.SetStatus(ics.ObjectStatusTentative)
		ev.SetTimeTransparency(ics.TransparencyOpaque)
	}
	if err := cal.SerializeTo(out, ics.WithNewLineWindows); err != nil {
		return fmt.Errorf("agenda schrijven / write calendar: %w", err)
	}
	return nil
}
