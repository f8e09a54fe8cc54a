// Package ical exports a team member's own shifts as an iCalendar file
// (RFC 5545) for their personal calendar: one event per shift, in UTC, with
// CRLF line endings, lines folded at 75 octets and stable UIDs, so that
// importing a newer export updates the events of an older one instead of
// adding them twice.
//
// The file holds the member's shifts and nothing else: no sickness, no
// absences, no colleagues. A shift vacated by a sick report, or planned on a
// day the member is away, is left out without saying why.
package ical

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"strconv"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/huisrooster/huisrooster/roster"
)

// Export writes the shifts of member (an ID) dated in w as an iCalendar
// file with METHOD:PUBLISH. now is the export's time stamp (DTSTAMP); it
// also sets each event's SEQUENCE (minutes since 1970), so a newer export
// of an event is its newer revision for calendars that compare them.
func Export(out io.Writer, h *roster.House, member int, w roster.Window, now time.Time) error {
	m := h.Member(member)
	if m == nil {
		return fmt.Errorf("onbekend teamlid %d / unknown team member %d", member, member)
	}
	cal := ics.NewCalendarFor("Huisrooster")
	cal.SetProductId("-//Huisrooster//Huisrooster//NL")
	cal.SetMethod(ics.MethodPublish)
	cal.SetCalscale("GREGORIAN")
	cal.SetXWRCalName(fmt.Sprintf("Rooster %s (%s)", m.Name, h.Name))
	cal.SetXWRTimezone(roster.Amsterdam.String())

	stamp := now.UTC().Truncate(time.Second)
	seq := int(stamp.Unix() / 60)
	used := map[string]int{}
	for _, s := range h.Shifts(w) {
		if s.Member != member || !s.Worked() || h.Plan.AbsenceOn(member, s.Date) != nil {
			continue
		}
		uid := UID(h.Name, member, s.Date, s.Code)
		used[uid]++
		if n := used[uid]; n > 1 { // the same shift twice on one day
			uid = uid[:len(uid)-len(uidDomain)] + "-" + strconv.Itoa(n) + uidDomain
		}
		ev := cal.AddEvent(uid)
		ev.SetDtStampTime(stamp)
		ev.SetSequence(seq)
		ev.SetStartAt(s.Start)
		ev.SetEndAt(s.End)
		ev.SetSummary(summary(h, s.Code))
		if h.Name != "" {
			ev.SetLocation(h.Name)
		}
		ev.SetTimeTransparency(ics.TransparencyOpaque)
	}
	if err := cal.SerializeTo(out, ics.WithNewLineWindows); err != nil {
		return fmt.Errorf("agenda schrijven / write calendar: %w", err)
	}
	return nil
}

// uidDomain ends every UID.
const uidDomain = "@huisrooster"

// UID returns the stable identifier of member's shift code on date d in
// house: the same inputs give the same UID in every export.
func UID(house string, member int, d roster.Date, code string) string {
	sum := sha256.Sum256([]byte(house + "\x00" + strconv.Itoa(member) + "\x00" + d.String() + "\x00" + code))
	y, mo, dd := d.YMD()
	return fmt.Sprintf("%04d%02d%02d-%d-%s%s", y, int(mo), dd, member, hex.EncodeToString(sum[:10]), uidDomain)
}

// summary is the event title: "Vroege dienst (V)".
func summary(h *roster.House, code string) string {
	if st := h.ShiftType(code); st != nil && st.Name != "" && st.Name != code {
		return st.Name + " (" + code + ")"
	}
	return "Dienst " + code
}
