package ical

import (
	"fmt"
	"io"
	"strconv"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/huisrooster/huisrooster/roster"
)

// Event is one event of a published calendar: a shift, or a shift that
// was cancelled. A publisher keeps Sequence and Stamp per UID across
// publishes, so a subscribed calendar sees a changed event as a newer
// revision of the same event, and a removed shift as cancelled.
type Event struct {
	UID        string
	Member     int
	Date       roster.Date
	Start, End time.Time
	Summary    string
	Location   string
	Sequence   int       // SEQUENCE: raised on every change
	Stamp      time.Time // DTSTAMP: when this revision was made
	Cancelled  bool      // STATUS:CANCELLED
}

// MemberEvents returns the worked shifts of member dated in w as events
// (Sequence 0, no Stamp) with UIDs derived from houseID, member, date and
// shift code. Like Export it leaves out shifts vacated by a sick report and
// shifts on a day the member is away, without saying why.
func MemberEvents(h *roster.House, houseID string, member int, w roster.Window) []Event {
	var out []Event
	used := map[string]int{}
	for _, s := range h.Shifts(w) {
		if s.Member != member || !s.Worked() || h.Plan.AbsenceOn(member, s.Date) != nil {
			continue
		}
		uid := UID(houseID, member, s.Date, s.Code)
		used[uid]++
		if n := used[uid]; n > 1 { // the same shift twice on one day
			uid = uid[:len(uid)-len(uidDomain)] + "-" + strconv.Itoa(n) + uidDomain
		}
		out = append(out, Event{UID: uid, Member: member, Date: s.Date, Start: s.Start, End: s.End,
			Summary: summary(h, s.Code), Location: h.Name})
	}
	return out
}

// WriteEvents writes events as an iCalendar file named name (X-WR-CALNAME)
// with METHOD:PUBLISH, CRLF line endings and lines folded at 75 octets.
// The same events give the same bytes.
func WriteEvents(out io.Writer, name string, events []Event) error {
	cal := ics.NewCalendarFor("Huisrooster")
	cal.SetProductId("-//Huisrooster//Huisrooster//NL")
	cal.SetMethod(ics.MethodPublish)
	cal.SetCalscale("GREGORIAN")
	cal.SetXWRCalName(name)
	cal.SetXWRTimezone(roster.Amsterdam.String())
	for _, e := range events {
		ev := cal.AddEvent(e.UID)
		ev.SetDtStampTime(e.Stamp.UTC().Truncate(time.Second))
		ev.SetSequence(e.Sequence)
		ev.SetStartAt(e.Start)
		ev.SetEndAt(e.End)
		ev.SetSummary(e.Summary)
		if e.Location != "" {
			ev.SetLocation(e.Location)
		}
		if e.Cancelled {
			ev.SetStatus(ics.ObjectStatusCancelled)
			ev.SetTimeTransparency(ics.TransparencyTransparent)
		} else {
			ev.SetStatus(ics.ObjectStatusConfirmed)
			ev.SetTimeTransparency(ics.TransparencyOpaque)
		}
	}
	if err := cal.SerializeTo(out, ics.WithNewLineWindows); err != nil {
		return fmt.Errorf("agenda schrijven / write calendar: %w", err)
	}
	return nil
}
