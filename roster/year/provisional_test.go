package year

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// provisionalHouse is handHouse with shift types and a 2-week base roster:
// member 1 works V on Mondays of pattern week 0 and L on Tuesdays of week 1.
func provisionalHouse() *roster.House {
	h := handHouse(2)
	c := roster.NewClock
	h.ShiftTypes = []roster.ShiftType{
		{Code: "V", Name: "Vroeg", Start: c(7, 0), End: c(15, 0), Kind: roster.KindGroup, Colour: "#f5c242"},
		{Code: "L", Name: "Laat", Start: c(15, 0), End: c(23, 0), Kind: roster.KindGroup},
	}
	h.Settings.BaseRoster = &roster.BaseRoster{Start: d(2027, 1, 4), Weeks: 2, Cells: []roster.BaseCell{
		{Member: 1, Week: 0, Day: 0, Shift: "V"}, {Member: 1, Week: 1, Day: 1, Shift: "L"},
	}}
	return h
}

func TestProvisional(t *testing.T) {
	h := provisionalHouse()
	// A planned cell is kept; agreed leave empties its days.
	h.Plan.Assignments = []roster.Assignment{{Member: 1, Date: d(2027, 1, 4), Shift: "L"}}
	h.Plan.Absences = []roster.Absence{{Member: 1, From: d(2027, 3, 1), To: d(2027, 3, 7), Kind: roster.AbsLeave}}
	pr, err := Provisional(h, 1, 2027)
	if err != nil {
		t.Fatal(err)
	}
	day := func(x roster.Date) ProvisionalDay { return pr.Days[int(x-d(2027, 1, 1))] }
	if len(pr.Days) != 365 {
		t.Fatalf("%d days", len(pr.Days))
	}
	if s := day(d(2027, 1, 4)).Shifts; len(s) != 1 || s[0].Code != "L" {
		t.Errorf("the planned cell of 4 January: %+v", s)
	}
	if s := day(d(2027, 1, 12)).Shifts; len(s) != 1 || s[0].Code != "L" || s[0].Start != roster.NewClock(15, 0) {
		t.Errorf("pattern week 1 Tuesday: %+v", s)
	}
	if s := day(d(2027, 1, 18)).Shifts; len(s) != 1 || s[0].Code != "V" {
		t.Errorf("pattern week 0 Monday, two weeks on: %+v", s)
	}
	if dd := day(d(2027, 3, 1)); dd.Absence != roster.AbsLeave || len(dd.Shifts) != 0 {
		t.Errorf("leave day: %+v", dd)
	}
	if dd := day(d(2027, 4, 27)); dd.Holiday == "" {
		t.Errorf("Koningsdag not marked: %+v", dd)
	}
	if dd := day(d(2027, 7, 20)); !dd.School {
		t.Errorf("summer holiday (midden) not marked: %+v", dd)
	}
	if len(h.Plan.Assignments) != 1 {
		t.Error("the provisional roster changed the house")
	}
	var pdf bytes.Buffer
	at := time.Date(2027, 1, 1, 12, 0, 0, 0, time.UTC)
	if err := pr.WritePDF(&pdf, at); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(pdf.Bytes(), []byte("%PDF")) || bytes.Count(pdf.Bytes(), []byte("/Type /Page\n")) != 4 {
		t.Errorf("PDF: %d pages", bytes.Count(pdf.Bytes(), []byte("/Type /Page\n")))
	}
	var again bytes.Buffer
	pr.WritePDF(&again, at)
	if !bytes.Equal(pdf.Bytes(), again.Bytes()) {
		t.Error("the same roster gives different PDF bytes")
	}
	var cal bytes.Buffer
	if err := pr.WriteICS(&cal, at); err != nil {
		t.Fatal(err)
	}
	ics := cal.String()
	if n := strings.Count(ics, "BEGIN:VEVENT"); n < 40 || !strings.Contains(ics, "STATUS:TENTATIVE") || !strings.Contains(ics, "SUMMARY:Voorlopig: Laat (L)") {
		t.Errorf("ICS with %d events:\n%.600s", n, ics)
	}
	if strings.Contains(ics, "DTSTART:20270301") {
		t.Error("a shift on a leave day is in the calendar")
	}
	h.Settings.BaseRoster = nil
	if _, err := Provisional(h, 1, 2027); !errors.Is(err, ErrNoBaseRoster) {
		t.Errorf("without a base roster: %v", err)
	}
}
