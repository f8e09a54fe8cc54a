package store

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// logJSON returns the log of the store at path, oldest first, each record
// as JSON.
func logJSON(t *testing.T, path string) []string {
	t.Helper()
	s, err := Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	recs, err := s.Log(0)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]string, len(recs))
	for i, r := range recs {
		b, _ := json.Marshal(r)
		out[len(recs)-1-i] = string(b)
	}
	return out
}

// editsStore opens a new store with a house and n edits; it returns the
// store, the house as stored and the generator.
func editsStore(t *testing.T, seed uint64, n int) (*Store, *roster.House, *gen) {
	t.Helper()
	s := mustOpen(t)
	g := newGen(seed)
	h := g.house()
	if err := s.Replace(h, "tester"); err != nil {
		t.Fatal(err)
	}
	applyEdits(t, s, h, g, n)
	return s, h, g
}

// applyEdits applies n random edits to h and s.
func applyEdits(t *testing.T, s *Store, h *roster.House, g *gen, n int) {
	t.Helper()
	for range n {
		e := g.edit(h)
		if err := h.Apply(e); err != nil {
			t.Fatal(err)
		}
		if err := s.Apply(e, "Anna"); err != nil {
			t.Fatal(err)
		}
	}
}

// checkCarried asserts that after a restore the log starts with every
// record of before, unchanged and in order, and ends with one restore
// record numbered next; and that the next change gets the number after.
func checkCarried(t *testing.T, path string, before []string, restored *roster.House) {
	t.Helper()
	after := logJSON(t, path)
	if len(after) != len(before)+1 {
		t.Fatalf("log after restore has %d records, want the %d before plus the restore record", len(after), len(before))
	}
	for i := range before {
		if after[i] != before[i] {
			t.Fatalf("record %d changed by the restore:\n%s\nwant\n%s", i+1, after[i], before[i])
		}
	}
	var last roster.AuditRecord
	json.Unmarshal([]byte(after[len(after)-1]), &last)
	if last.Seq != uint64(len(after)) || !strings.HasPrefix(last.NL, "terugzetten") || !strings.HasPrefix(last.EN, "restore") || last.Who != "Bert" {
		t.Errorf("restore record = #%d %q / %q by %q", last.Seq, last.NL, last.EN, last.Who)
	}
	s, err := Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	h, _ := s.Load()
	if !sameHouse(h, restored) {
		t.Errorf("restored house differs in %s", firstDiff(h, restored))
	}
	e := roster.Edit{NL: "na", EN: "after", Periods: []roster.PeriodEdit{{After: &roster.Period{From: roster.NewDate(2027, 1, 4), To: roster.NewDate(2027, 1, 31), State: roster.PeriodDraft}}}}
	if err := s.Apply(e, "Anna"); err != nil {
		t.Fatal(err)
	}
	recs, _ := s.Log(1)
	if recs[0].Seq != uint64(len(after)+1) {
		t.Errorf("next change numbered %d, want %d", recs[0].Seq, len(after)+1)
	}
}

// TestRestoreKeepsLog: restoring an older backup keeps every record made
// after it, appends a restore record, and numbering goes on.
func TestRestoreKeepsLog(t *testing.T) {
	s, h, g := editsStore(t, 21, 3)
	backup, err := s.Backup()
	if err != nil {
		t.Fatal(err)
	}
	old := clone(h)
	applyEdits(t, s, h, g, 6)
	replaced, _ := s.Load()
	path := s.Path()
	s.Close()
	before := logJSON(t, path)
	if len(before) != 10 {
		t.Fatalf("log holds %d records, want 10", len(before))
	}
	if _, err := Restore(path, backup, "Bert"); err != nil {
		t.Fatal(err)
	}
	checkCarried(t, path, before, old)
	// The restore record holds the difference: undoing it gives the house
	// that was replaced.
	s2, _ := Open(path, nil)
	defer s2.Close()
	recs, _ := s2.Log(2)
	back, _ := s2.Load()
	for _, r := range recs { // the change checkCarried made, then the restore
		if err := back.Apply(r.Edit.Inverse()); err != nil {
			t.Fatal(err)
		}
	}
	// Undo puts a member back at the end of the team; compare by ID.
	byID := func(h *roster.House) {
		slices.SortFunc(h.Members, func(a, b roster.Member) int { return a.ID - b.ID })
		slices.SortFunc(h.ShiftTypes, func(a, b roster.ShiftType) int { return strings.Compare(a.Code, b.Code) })
	}
	want := clone(replaced)
	byID(back)
	byID(want)
	if !sameHouse(back, want) {
		t.Errorf("undoing the restore record gives a house that differs in %s:\n%+v\n%+v", firstDiff(back, want), back.Plan.Periods, want.Plan.Periods)
	}
}

// TestRestoreDamagedKeepsLog: when the file being replaced is damaged, its
// log records are salvaged from its pages and carried forward all the same.
func TestRestoreDamagedKeepsLog(t *testing.T) {
	s, h, g := editsStore(t, 22, 2)
	backup, err := s.Backup()
	if err != nil {
		t.Fatal(err)
	}
	old := clone(h)
	applyEdits(t, s, h, g, 8)
	path := s.Path()
	s.Close()
	before := logJSON(t, path)
	data, _ := os.ReadFile(path)
	clear(data[:4096]) // meta page 0 gone: the file no longer opens
	os.WriteFile(path, data, 0o600)
	if _, err := Open(path, nil); err == nil {
		t.Fatal("damaged file opened")
	}
	if _, err := Restore(path, backup, "Bert"); err != nil {
		t.Fatal(err)
	}
	checkCarried(t, path, before, old)
}

// TestLogKeptAcrossRotation: a year and a quarter of daily use with daily
// backups, which rotation thins to the last weeks; restoring the oldest
// backup left still keeps every record back to the first day.
func TestLogKeptAcrossRotation(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	clock := &fixedClock{t: time.Date(2025, 1, 6, 9, 0, 0, 0, roster.Amsterdam)}
	start := clock.t
	const days = 65 * 7
	for day := 0; day < days; day += 3 {
		clock.t = start.AddDate(0, 0, day)
		s, err := Open(path, &Options{DailyBackup: true, Now: clock.now})
		if err != nil {
			t.Fatal(err)
		}
		d := roster.DateOf(clock.t)
		e := roster.Edit{NL: "periode", EN: "period", Periods: []roster.PeriodEdit{{After: &roster.Period{From: d, To: d + 6}}}}
		if err := s.Apply(e, "Anna"); err != nil {
			t.Fatal(err)
		}
		s.Close()
	}
	list, _ := ListBackups(path)
	oldest := list[len(list)-1]
	if age := clock.t.Sub(oldest.Time); age > 10*7*24*time.Hour {
		t.Fatalf("oldest backup is %v old; rotation should have thinned it", age)
	}
	before := logJSON(t, path)
	if _, err := Restore(path, oldest.Path, "Bert"); err != nil {
		t.Fatal(err)
	}
	after := logJSON(t, path)
	if len(after) != len(before)+1 {
		t.Fatalf("log after restore: %d records, want %d", len(after), len(before)+1)
	}
	var first roster.AuditRecord
	json.Unmarshal([]byte(after[0]), &first)
	if weeks := clock.t.Sub(first.When).Hours() / 24 / 7; weeks < 52 {
		t.Errorf("oldest record kept is %.0f weeks old, want ≥ 52", weeks)
	}
}
