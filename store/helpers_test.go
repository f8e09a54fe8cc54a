package store

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// mustOpen opens a new store in a temp dir and closes it when the test ends.
func mustOpen(t testing.TB) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "data", FileName), nil)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// fixedClock returns a settable clock for Options.Now.
type fixedClock struct{ t time.Time }

func (c *fixedClock) now() time.Time { return c.t }

// sameHouse reports whether a and b hold the same house: equal up to the
// order of the plan's lists and empty versus nil.
func sameHouse(a, b *roster.House) bool {
	a, b = clone(a), clone(b)
	SortPlan(&a.Plan)
	SortPlan(&b.Plan)
	return same(*a, *b)
}

// firstDiff describes where a and b differ, for failure messages.
func firstDiff(a, b *roster.House) string {
	a, b = clone(a), clone(b)
	SortPlan(&a.Plan)
	SortPlan(&b.Plan)
	switch {
	case !same(roster.SettingsOf(a), roster.SettingsOf(b)):
		return "settings"
	case !same(a.Members, b.Members):
		return "members"
	case !same(a.ShiftTypes, b.ShiftTypes):
		return "shift types"
	case !same(a.Plan.Assignments, b.Plan.Assignments):
		return "assignments"
	case !same(a.Plan.Absences, b.Plan.Absences):
		return "absences"
	case !same(a.Plan.Wishes, b.Plan.Wishes):
		return "wishes"
	case !same(a.Plan.Periods, b.Plan.Periods):
		return "periods"
	}
	return "nothing"
}
