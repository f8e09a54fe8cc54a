package fridge

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
)

// week48 is the Monday of 2026-W48.
var week48 = roster.NewDate(2026, 11, 23)

// busyHouse returns a house with a crowded week 2026-W48: three early and
// three late shifts a day, day shifts, handovers, nights of every kind, a
// sick report, an absence, off-group work and names that need UTF-8.
func busyHouse(t testing.TB) *roster.House {
	t.Helper()
	clk := func(s string) roster.Clock {
		c, err := roster.ParseClock(s)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	h := &roster.House{Name: "De Linde", Children: 6}
	h.ShiftTypes = []roster.ShiftType{
		{Code: "V", Name: "Vroege dienst", Start: clk("07:00"), End: clk("15:00"), Kind: roster.KindGroup},
		{Code: "L", Name: "Late dienst", Start: clk("14:30"), End: clk("23:00"), Kind: roster.KindGroup},
		{Code: "D", Name: "Dagdienst", Start: clk("09:00"), End: clk("17:30"), Kind: roster.KindGroup},
		{Code: "S", Name: "Slaapdienst", Start: clk("23:00"), End: clk("07:00"), Kind: roster.KindSleep},
		{Code: "W", Name: "Wakende nacht", Start: clk("23:00"), End: clk("07:00"), Kind: roster.KindAwakeNight},
		{Code: "I", Name: "Inwonend", Start: clk("23:00"), End: clk("07:00"), Kind: roster.KindLiveIn},
		{Code: "O", Name: "Overleg", Start: clk("10:00"), End: clk("12:00"), Kind: roster.KindOffGroup},
		{Code: "K", Name: "Kort", Start: clk("11:30"), End: clk("12:30"), Kind: roster.KindGroup},
	}
	names := []string{"Zoë de Vries", "Sébastien Martin", "Anna Bakker", "Anna Kok", "Mohammed El Amrani",
		"Fleur Jansen", "Daan Visser", "Priya Sharma", "Bram de Wit", "Ilse Mulder", "Kees Smit", "Noor Hendriks"}
	colours := []string{"#e64980", "#1c7ed6", "#37b24d", "#f76707", "#7048e8", "#0ca678",
		"#fab005", "#15aabf", "#868e96", "#d6336c", "", "#74b816"}
	for i, n := range names {
		m := roster.Member{ID: i + 1, Name: n, Colour: colours[i], Role: roster.RoleOpvoeder,
			Contract: []roster.Contract{{From: roster.NewDate(2020, 1, 1), HoursPerWeek: 32}}}
		if i == 0 || i == 5 {
			m.Photo = testPhoto(t, colours[i])
		}
		h.Members = append(h.Members, m)
	}
	add := func(member int, d roster.Date, code string) {
		h.Plan.Assignments = append(h.Plan.Assignments, roster.Assignment{Member: member, Date: d, Shift: code})
	}
	for i := range 7 {
		d := week48 + roster.Date(i)
		for k := range 3 {
			add(1+(i+k)%12, d, "V")
			add(1+(i+k+4)%12, d, "L")
		}
		add(1+(i+8)%12, d, "D")
		add(1+(i+9)%12, d, "D")
		night := "S"
		if i%3 == 1 {
			night = "W"
		}
		add(1+(i+10)%12, d, night)
	}
	// Sunday night before the week: reaches into Monday morning only before 07:00.
	add(12, week48-1, "S")
	// Extra faces on Wednesday afternoon: a handover crowd.
	add(12, week48+2, "D")
	// A sick report: member 3 (Anna Bakker) does not come on Tuesday's early shift.
	h.Plan.Assignments = append(h.Plan.Assignments,
		roster.Assignment{Member: 11, Date: week48 + 1, Shift: "L", State: roster.StateSick})
	// An absence: member 9 is on leave on Thursday though a shift is planned.
	h.Plan.Absences = append(h.Plan.Absences,
		roster.Absence{Member: 9, From: week48 + 3, To: week48 + 3, Kind: roster.AbsLeave})
	add(9, week48+3, "D")
	// Off-group work and a one-hour shift that straddles two slots.
	add(10, week48+4, "O")
	add(10, week48+5, "K")
	return h
}

// testPhoto returns a small PNG portrait in colour hex.
func testPhoto(t testing.TB, hex string) []byte { return testPhotoColour(t, hex, 90, 120) }

// testPhotoSize returns a PNG of w × h.
func testPhotoSize(t testing.TB, w, h int) []byte { return testPhotoColour(t, "#336699", w, h) }

func testPhotoColour(t testing.TB, hex string, w, h int) []byte {
	t.Helper()
	c, _ := parseHex(hex)
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			dx, dy := x-w/2, y-h*5/12
			col := color.NRGBA{c.R, c.G, c.B, 255}
			if dx*dx+dy*dy < w*w/16 {
				col = color.NRGBA{0xF1, 0xC2, 0x7D, 255} // a face
			}
			img.SetNRGBA(x, y, col)
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
