package publish

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/fridge"
	"github.com/huisrooster/huisrooster/roster/rostertest"
)

// TestPublishFolder: the folder gets one calendar per member (first names,
// an initial for the two Annas), the two fridge weeks and index.html
// linking them; a second publish of the same house writes nothing.
func TestPublishFolder(t *testing.T) {
	dir := t.TempDir()
	ls := rostertest.MemLocal{}
	h := rostertest.PrivateHouse()
	res, err := Publish(dir, h, ls, today, at(9, 0), roster.Dutch)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Anna-B.ics", "Anna-Z.ics", "Bram.ics", "Carla.ics", "Zoë.ics", "index.html",
		"koelkast-deze-week.pdf", "koelkast-volgende-week.pdf"}
	if got := visible(t, dir); !slices.Equal(got, want) {
		t.Fatalf("folder holds %v, want %v", got, want)
	}
	if len(res.Written) != len(want) {
		t.Errorf("first publish wrote %v", res.Written)
	}
	idx, _ := os.ReadFile(filepath.Join(dir, "index.html"))
	for _, f := range want[:len(want)-3] {
		if !bytes.Contains(idx, []byte(`href="`+f+`"`)) {
			t.Errorf("index.html does not link %s", f)
		}
	}
	for _, bad := range []string{"<script", "http://", "https://", "src="} {
		if bytes.Contains(bytes.ToLower(idx), []byte(bad)) {
			t.Errorf("index.html contains %q", bad)
		}
	}
	if !bytes.Contains(idx, []byte("week 48")) || !bytes.Contains(idx, []byte("week 49")) {
		t.Error("index.html does not name the fridge weeks")
	}
	again, err := Publish(dir, h, ls, today, at(9, 5), roster.Dutch)
	if err != nil {
		t.Fatal(err)
	}
	if len(again.Written) != 0 || len(again.Unchanged) != len(want) {
		t.Errorf("unchanged house: wrote %v, left %v", again.Written, again.Unchanged)
	}
	// A file deleted by hand (or by a sync client) comes back.
	for _, f := range []string{"koelkast-volgende-week.pdf", "Zoë.ics"} {
		os.Remove(filepath.Join(dir, f))
	}
	back, err := Publish(dir, h, ls, today, at(9, 7), roster.Dutch)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(back.Written, []string{"Zoë.ics", "koelkast-volgende-week.pdf"}) {
		t.Errorf("after deleting two files by hand: wrote %v", back.Written)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "koelkast-volgende-week.pdf")); !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Error("the fridge PDF did not come back whole")
	}
	// A file of someone else in the folder stays; a member who left loses her calendar.
	os.WriteFile(filepath.Join(dir, "notities.txt"), []byte("van iemand anders"), 0o644)
	to := today - 30
	h.Members[1].ActiveTo = &to
	res, err = Publish(dir, h, ls, today, at(9, 10), roster.Dutch)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(res.Removed, []string{"Bram.ics"}) {
		t.Errorf("removed %v, want Bram.ics", res.Removed)
	}
	if _, err := os.Stat(filepath.Join(dir, "notities.txt")); err != nil {
		t.Error("a file the publisher did not write was removed")
	}
}

// TestICSStability: UIDs stay the same across publishes; SEQUENCE rises
// only for a changed shift; a removed shift is published as cancelled (once
// raised, then kept); a shift that comes back is confirmed again.
func TestICSStability(t *testing.T) {
	dir := t.TempDir()
	ls := rostertest.MemLocal{}
	h := rostertest.PrivateHouse()
	if _, err := Publish(dir, h, ls, today, at(9, 0), roster.Dutch); err != nil {
		t.Fatal(err)
	}
	first := events(t, readCal(t, dir, "Zoë.ics"))
	if len(first) == 0 {
		t.Fatal("Zoë has no events")
	}
	for uid, e := range first {
		if e.seq != 0 || e.cancelled {
			t.Errorf("new event %s: %+v", uid, e)
		}
	}
	// Change the times of one of Zoë's shifts and remove another.
	var changed, removed roster.Assignment
	var kept []roster.Assignment
	n := 0
	for _, a := range h.Plan.Assignments {
		if a.Member == zoe && a.State == roster.StatePlanned {
			n++
			switch n {
			case 1:
				s, e := roster.NewClock(8, 0), roster.NewClock(16, 0)
				a.Start, a.End = &s, &e
				changed = a
			case 2:
				removed = a
				continue
			}
		}
		kept = append(kept, a)
	}
	h.Plan.Assignments = kept
	if _, err := Publish(dir, h, ls, today, at(10, 0), roster.Dutch); err != nil {
		t.Fatal(err)
	}
	second := events(t, readCal(t, dir, "Zoë.ics"))
	st, _ := LoadState(ls)
	uidOf := func(a roster.Assignment) string {
		for uid, e := range st.Events {
			if e.Member == a.Member && e.Date == a.Date {
				return uid
			}
		}
		t.Fatalf("no event for %+v", a)
		return ""
	}
	cu, ru := uidOf(changed), uidOf(removed)
	if len(second) != len(first) {
		t.Errorf("%d events after the change, want %d (the removed one cancelled)", len(second), len(first))
	}
	for uid, e := range second {
		if _, ok := first[uid]; !ok {
			t.Errorf("new UID %s after a change: a calendar would show a duplicate", uid)
		}
		switch uid {
		case cu:
			if e.seq != 1 || e.cancelled {
				t.Errorf("changed event: %+v, want SEQUENCE 1", e)
			}
		case ru:
			if e.seq != 1 || !e.cancelled {
				t.Errorf("removed event: %+v, want SEQUENCE 1 and CANCELLED", e)
			}
		default:
			if e.seq != 0 || e.cancelled {
				t.Errorf("unchanged event %s: %+v", uid, e)
			}
		}
	}
	// Publishing again changes nothing, not even the cancelled event.
	if _, err := Publish(dir, h, ls, today, at(11, 0), roster.Dutch); err != nil {
		t.Fatal(err)
	}
	if third := events(t, readCal(t, dir, "Zoë.ics")); third[ru] != second[ru] || third[cu] != second[cu] {
		t.Errorf("a publish without changes changed events: %+v %+v", third[ru], third[cu])
	}
	// The removed shift comes back: the same UID, confirmed, SEQUENCE 2.
	h.Plan.Assignments = append(h.Plan.Assignments, removed)
	if _, err := Publish(dir, h, ls, today, at(12, 0), roster.Dutch); err != nil {
		t.Fatal(err)
	}
	if e := events(t, readCal(t, dir, "Zoë.ics"))[ru]; e.seq != 2 || e.cancelled {
		t.Errorf("shift back: %+v, want SEQUENCE 2, not cancelled", e)
	}
	// Without the rest of the state, the same publish ID gives the same UIDs.
	files, _, err := Build(h, State{HouseID: st.HouseID}, today, at(13, 0), nil, roster.Dutch)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if f.Name == "Zoë.ics" && !bytes.Contains(f.Data, []byte("UID:"+cu)) {
			t.Error("UIDs depend on more than house, member, date and shift")
		}
	}
}

// TestNothingPersonal scans every file written: no last names, no
// sickness or leave, no notes, no wishes, no pay. A sick member's shifts
// and a member's leave day are simply not there.
func TestNothingPersonal(t *testing.T) {
	dir := t.TempDir()
	ls := rostertest.MemLocal{}
	h := rostertest.PrivateHouse()
	// A print of this week, so the published PDF carries change marks too.
	if err := fridge.SavePrinted(ls, fridge.BuildWeek(rostertest.PrivateHouse(), today), at(8, 0)); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []roster.Lang{roster.Dutch, roster.English} {
		if _, err := Publish(dir, h, ls, today, at(9, 0), lang); err != nil {
			t.Fatal(err)
		}
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			data, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			text := string(data)
			if strings.HasSuffix(e.Name(), ".pdf") {
				monday := today
				if strings.Contains(e.Name(), "volgende") {
					monday += 7
				}
				wk := fridge.BuildWeek(h, monday)
				p, _ := fridge.LastPrinted(ls, monday)
				wk.MarkChanges(p)
				text += pdfText(t, filepath.Join(dir, e.Name()), wk)
			}
			for _, s := range rostertest.PrivateSecrets() {
				if strings.Contains(strings.ToLower(text), strings.ToLower(s)) {
					t.Errorf("%s (%s) contains %q", e.Name(), lang, s)
				}
			}
		}
	}
	// Carla's sick days and Bram's leave day are not in their calendars.
	for _, c := range []struct {
		file string
		days []roster.Date
	}{{"Carla.ics", []roster.Date{today + 2, today + 3}}, {"Bram.ics", []roster.Date{today + 4}}} {
		for _, e := range events(t, readCal(t, dir, c.file)) {
			for _, d := range c.days {
				if strings.HasPrefix(e.start, strings.ReplaceAll(d.String(), "-", "")) {
					t.Errorf("%s shows a shift on %s, a day away", c.file, d)
				}
			}
		}
	}
	// The fridge weeks show first names only, never the sick member on her sick days.
	for _, monday := range []roster.Date{today, today + 7} {
		wk := fridge.BuildWeek(h, monday)
		for _, d := range wk.Days {
			for _, people := range d.Slots {
				for _, q := range people {
					if strings.Count(q.Name, " ") > 1 || q.Member == carla && (d.Date == today+2 || d.Date == today+3) {
						t.Errorf("fridge %s: %q", d.Date, q.Name)
					}
				}
			}
		}
	}
}

// pdfText is what the fridge PDF at path prints: the texts of the page of
// its week (the fonts are embedded subsets, so the raw bytes do not show
// the names), plus pdftotext's reading of the file where poppler is
// installed.
func pdfText(t *testing.T, path string, wk *fridge.Week) string {
	t.Helper()
	texts, err := fridge.PageText(wk)
	if err != nil {
		t.Fatal(err)
	}
	out := strings.Join(texts, "\n")
	if !strings.Contains(out, "Zoë") || !strings.Contains(out, "Anna B.") {
		t.Fatalf("page text without the names: %q", out)
	}
	if _, err := exec.LookPath("pdftotext"); err == nil {
		b, err := exec.Command("pdftotext", "-layout", path, "-").Output()
		if err != nil || !bytes.Contains(b, []byte("Wie is er deze week?")) {
			t.Fatalf("pdftotext %s: %v %q", path, err, b)
		}
		out += string(b)
	}
	return out
}
