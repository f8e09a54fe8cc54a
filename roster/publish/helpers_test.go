package publish

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/huisrooster/huisrooster/roster"
)

// memLocal is a roster.LocalStore in a map.
type memLocal map[string][]byte

func (m memLocal) GetLocal(key string, v any) (bool, error) {
	data, ok := m[key]
	if !ok {
		return false, nil
	}
	return true, json.Unmarshal(data, v)
}

func (m memLocal) PutLocal(key string, v any) error {
	if v == nil {
		delete(m, key)
		return nil
	}
	data, err := json.Marshal(v)
	m[key] = data
	return err
}

// today is Monday 23 November 2026 in the tests.
var today = roster.NewDate(2026, 11, 23)

// at is a time on today.
func at(h, m int) time.Time { return time.Date(2026, 11, 23, h, m, 0, 0, roster.Amsterdam) }

// Members of the test house.
const (
	zoe   = 1
	bram  = 2
	carla = 3
	anna1 = 4
	anna2 = 5
)

// Private details of the test house that must never reach the folder.
var secrets = []string{"Vandersteen", "Oosterhuis", "Kwakernaak", "Bakkerink", "Zuidema",
	"GEHEIME-WENS", "GEHEIME-NOTITIE", "ziek", "sick", "verlof", "afwezig wegens", "4321", "98.76"}

// testHouse is a house with shifts this week and next, a sick member, a
// wish with a note, pay data and two members called Anna.
func testHouse() *roster.House {
	d := roster.NewDate
	h := &roster.House{Name: "De Linde", Children: 5, Settings: roster.Settings{PublishDays: 28}}
	names := []string{"Zoë Vandersteen", "Bram Oosterhuis", "Carla Kwakernaak", "Anna Bakkerink", "Anna Zuidema"}
	for i, n := range names {
		h.Members = append(h.Members, roster.Member{ID: i + 1, Name: n, Role: roster.RoleOpvoeder,
			Contract: []roster.Contract{{From: d(2026, 1, 1), HoursPerWeek: 32}},
			Salary:   &roster.Salary{Scale: 8, Step: 4321, HourlyWage: 98.76}})
	}
	h.ShiftTypes = []roster.ShiftType{
		{Code: "V", Name: "Vroege dienst", Start: roster.NewClock(7, 0), End: roster.NewClock(15, 0), Kind: roster.KindGroup},
		{Code: "L", Name: "Late dienst", Start: roster.NewClock(14, 0), End: roster.NewClock(22, 0), Kind: roster.KindGroup},
		{Code: "S", Name: "Slaapdienst", Start: roster.NewClock(23, 0), End: roster.NewClock(7, 0), Kind: roster.KindSleep},
	}
	for i := range 14 {
		day := today + roster.Date(i)
		add := func(m int, code string) {
			h.Plan.Assignments = append(h.Plan.Assignments, roster.Assignment{Member: m, Date: day, Shift: code, Note: "GEHEIME-NOTITIE"})
		}
		add(1+i%5, "V")
		add(1+(i+1)%5, "L")
		add(1+(i+2)%5, "S")
	}
	// Carla is sick on Wednesday and Thursday; Bram is on leave on Friday.
	for i := range h.Plan.Assignments {
		a := &h.Plan.Assignments[i]
		if a.Member == carla && (a.Date == today+2 || a.Date == today+3) {
			a.State, a.Note = roster.StateSick, ""
		}
	}
	h.Plan.Absences = []roster.Absence{
		{Member: carla, From: today + 2, To: today + 3, Kind: roster.AbsSick},
		{Member: bram, From: today + 4, To: today + 4, Kind: roster.AbsLeave},
	}
	h.Plan.Wishes = []roster.Wish{{Member: zoe, Date: today + 5, Kind: roster.WishCannot, Note: "GEHEIME-WENS"}}
	return h
}

// readCal parses an ICS file of dir.
func readCal(t *testing.T, dir, name string) *ics.Calendar {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	cal, err := ics.ParseCalendar(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s does not parse: %v", name, err)
	}
	return cal
}

// event is what a test looks at in a VEVENT.
type event struct {
	seq       int
	cancelled bool
	start     string
}

// events returns the events of a calendar by UID.
func events(t *testing.T, cal *ics.Calendar) map[string]event {
	t.Helper()
	out := map[string]event{}
	for _, e := range cal.Events() {
		var ev event
		if p := e.GetProperty(ics.ComponentPropertySequence); p != nil {
			n, err := strconv.Atoi(p.Value)
			if err != nil {
				t.Fatalf("SEQUENCE %q", p.Value)
			}
			ev.seq = n
		} else {
			t.Fatalf("event %s without SEQUENCE", e.Id())
		}
		if p := e.GetProperty(ics.ComponentPropertyStatus); p != nil {
			ev.cancelled = p.Value == string(ics.ObjectStatusCancelled)
		}
		if p := e.GetProperty(ics.ComponentPropertyDtStart); p != nil {
			ev.start = p.Value
		}
		if _, dup := out[e.Id()]; dup {
			t.Fatalf("UID %s twice in one calendar", e.Id())
		}
		out[e.Id()] = ev
	}
	return out
}

// visible lists the files of dir a user (or sync client) would see.
func visible(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), ".") {
			out = append(out, e.Name())
		}
	}
	sort.Strings(out)
	return out
}
