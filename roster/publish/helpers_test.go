package publish

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rostertest"
)

// today is Monday 23 November 2026 in the tests.
var today = rostertest.SmallMonday()

// at is a time on today.
func at(h, m int) time.Time { return time.Date(2026, 11, 23, h, m, 0, 0, roster.Amsterdam) }

// Members of the test house (rostertest.PrivateHouse).
const (
	zoe   = 1
	carla = 3
)

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
