package store

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	bolt "go.etcd.io/bbolt"
)

// writeRaw stores h as an older version could have: straight into the
// buckets, past every check of Apply and Replace, with sound checksums and
// digests (the file is not damaged, only older).
func writeRaw(t *testing.T, s *Store, h *roster.House) {
	t.Helper()
	err := s.db.Update(func(tx *bolt.Tx) error {
		if err := put(tx.Bucket(bucketHouse), keySettings, settingsRecord(roster.SettingsOf(h))); err != nil {
			return err
		}
		for i, m := range h.Members {
			if err := put(tx.Bucket(bucketMembers), memberKey(m.ID), memberRecord{Pos: uint64(i), Member: m}); err != nil {
				return err
			}
		}
		return refreshDigests(tx)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// oldStyleHouse returns a valid house whose names an older version let
// through: spaces around, a right-to-left override, a line break, 150
// characters.
func oldStyleHouse() *roster.House {
	h := validHouse(3, 1)
	h.Name = "  Huis\u202e Oost "
	h.Members[0].Name = "Anna\nde Vries"
	h.Members[1].Name = strings.Repeat("Bram", 40)
	h.Members[2].Name = " Cem "
	return h
}

// TestOpenRepairsOldNames: a roster whose names break today's rule opens,
// repaired in one logged change after a backup; the user learns what was
// repaired; the next open repairs nothing; nothing else changed.
func TestOpenRepairsOldNames(t *testing.T) {
	s := mustOpen(t)
	path := s.Path()
	if err := s.Replace(validHouse(3, 1), "tester"); err != nil {
		t.Fatal(err)
	}
	writeRaw(t, s, oldStyleHouse())
	before, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	s.Close()

	s, err = Open(path, nil)
	if err != nil {
		t.Fatalf("a roster with old-style names is not damaged: %v", err)
	}
	reps := s.Repairs()
	if len(reps) != 4 {
		t.Fatalf("repairs = %v, want 4 (house name and three member names)", reps)
	}
	h, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Anna de Vries", strings.Repeat("Bram", 25), "Cem"}
	if h.Name != "Huis Oost" {
		t.Errorf("house name = %q", h.Name)
	}
	for i, w := range want {
		if h.Members[i].Name != w {
			t.Errorf("member %d = %q, want %q", i, h.Members[i].Name, w)
		}
	}
	if probs := roster.Validate(h); len(probs) > 0 {
		t.Errorf("the repaired house still breaks the rules: %v", probs)
	}
	// Nothing but the names changed.
	before.Name = h.Name
	for i := range before.Members {
		before.Members[i].Name = h.Members[i].Name
	}
	if !sameHouse(before, h) {
		t.Errorf("the repair changed more than the names: %s", firstDiff(before, h))
	}
	log, err := s.Log(1)
	if err != nil {
		t.Fatal(err)
	}
	if r := log[0]; !strings.HasPrefix(r.NL, "Reparatie bij openen") || !strings.HasPrefix(r.EN, "Repaired on open") ||
		r.Who != RepairWho || len(r.Edit.Members) != 3 || r.Edit.Settings == nil {
		t.Errorf("log record = %q / %q by %q, %d member edits", r.NL, r.EN, r.Who, len(r.Edit.Members))
	}
	list, err := ListBackups(path)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, b := range list {
		found = found || strings.HasSuffix(b.Path, "-voor-reparatie.db")
	}
	if !found {
		t.Error("no backup before the repair")
	}
	s.Close()
	s, err = Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if reps := s.Repairs(); len(reps) != 0 {
		t.Errorf("the second open repaired again: %v", reps)
	}
}

// TestOpenReadOnlyRepairsInMemory: a read-only roster with old names shows
// the repaired names and leaves the file alone.
func TestOpenReadOnlyRepairsInMemory(t *testing.T) {
	s := mustOpen(t)
	path := s.Path()
	if err := s.Replace(validHouse(3, 1), "tester"); err != nil {
		t.Fatal(err)
	}
	writeRaw(t, s, oldStyleHouse())
	s.Close()
	raw, _ := os.ReadFile(path)
	r, err := Open(path, &Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	h, err := r.Load()
	r.Close()
	if err != nil || h.Name != "Huis Oost" || len(r.Repairs()) != 4 {
		t.Errorf("read-only: name %q, %d repairs, %v", h.Name, len(r.Repairs()), err)
	}
	if now, _ := os.ReadFile(path); !bytes.Equal(raw, now) {
		t.Error("a read-only open changed the file")
	}
}

// TestOpenInvalidHouseIsReported: a house whose bytes are sound but which
// breaks a rule no repair can mend (seven children) is no damage: it opens
// as it is, the problem is reported with its path and where to fix it, only
// the repairable name is repaired (one logged change), and a copy of the
// file still counts as a good backup.
func TestOpenInvalidHouseIsReported(t *testing.T) {
	s := mustOpen(t)
	path := s.Path()
	if err := s.Replace(validHouse(3, 1), "tester"); err != nil {
		t.Fatal(err)
	}
	bad := validHouse(3, 1)
	bad.Children = 7
	bad.Name = " Huis West " // repairable; the children are not
	writeRaw(t, s, bad)
	logBefore, err := s.Log(0)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()

	s, err = Open(path, nil)
	if err != nil {
		t.Fatalf("a sound file that breaks a rule is no damage: %v", err)
	}
	probs := s.Problems()
	if len(probs) != 1 || probs[0].Field != "children" {
		t.Fatalf("problems = %v, want the children", probs)
	}
	nl, en := ProblemSummary(probs, roster.Dutch), ProblemSummary(probs, roster.English)
	if !strings.Contains(nl, "children: aantal kinderen 7") || !strings.Contains(nl, "Instellingen > Huis en regels") ||
		!strings.Contains(en, "Settings > House and rules") || strings.Contains(nl, "Settings") {
		t.Errorf("summaries do not say what and where in one language:\n%s\n%s", nl, en)
	}
	h, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	if h.Children != 7 || h.Name != "Huis West" {
		t.Errorf("opened house: %d children, name %q; want 7 as stored and the name repaired", h.Children, h.Name)
	}
	logAfter, err := s.Log(0)
	if err != nil {
		t.Fatal(err)
	}
	if len(logAfter) != len(logBefore)+1 || !strings.Contains(logAfter[0].EN, "house name") || strings.Contains(logAfter[0].EN, "children") {
		t.Errorf("log: %d records after %d; newest %q; want only the name repair", len(logAfter), len(logBefore), logAfter[0].EN)
	}
	// Edits still save while the reported problem stays.
	e := Diff(h, withName(h, "Huis Noord"))
	if err := s.Apply(e, "tester"); err != nil {
		t.Errorf("an edit on an opened house with a reported problem: %v", err)
	}
	s.Close()
	if err := VerifyBackup(path); err != nil {
		t.Errorf("a copy of a sound file with a reported problem is refused as a backup: %v", err)
	}
	s, err = Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if len(s.Repairs()) != 0 || len(s.Problems()) != 1 {
		t.Errorf("second open: repairs %v, problems %v", s.Repairs(), s.Problems())
	}
}

// withName returns a copy of h named name.
func withName(h *roster.House, name string) *roster.House {
	c := *h
	c.Name = name
	return &c
}

// writeRawHouse stores the whole of h past every check, with sound
// checksums and digests, as an older version could have.
func writeRawHouse(t *testing.T, s *Store, h *roster.House) {
	t.Helper()
	err := s.db.Update(func(tx *bolt.Tx) error {
		if err := writeHouse(tx, h); err != nil {
			return err
		}
		return refreshDigests(tx)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestOpenRepairsDanglingRefs: plan entries naming a shift type or team
// member the house no longer has are removed in one logged change after a
// backup; the log keeps what was removed; the rest of the plan is intact.
func TestOpenRepairsDanglingRefs(t *testing.T) {
	s := mustOpen(t)
	path := s.Path()
	h := validHouse(3, 1)
	if err := s.Replace(h, "tester"); err != nil {
		t.Fatal(err)
	}
	bad := validHouse(3, 1)
	d := bad.Plan.Assignments[0].Date
	bad.Plan.Assignments = append(bad.Plan.Assignments,
		roster.Assignment{Member: 3, Date: d + 20, Shift: "X"}, // shift gone
		roster.Assignment{Member: 9, Date: d + 21, Shift: "V"}) // member gone
	bad.Plan.Wishes = append(bad.Plan.Wishes, roster.Wish{Member: 1, Date: d + 2, Shift: "X", Kind: roster.WishPrefer})
	writeRawHouse(t, s, bad)
	backupsBefore, _ := ListBackups(path)
	s.Close()

	s, err := Open(path, nil)
	if err != nil {
		t.Fatalf("dangling references are no damage: %v", err)
	}
	defer s.Close()
	if len(s.Repairs()) != 3 || len(s.Problems()) != 0 {
		t.Fatalf("repairs %v, problems %v; want three removals and nothing left", s.Repairs(), s.Problems())
	}
	got, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Plan.Assignments) != len(h.Plan.Assignments) || len(got.Plan.Wishes) != len(h.Plan.Wishes) {
		t.Errorf("plan after repair: %d assignments, %d wishes; want %d, %d",
			len(got.Plan.Assignments), len(got.Plan.Wishes), len(h.Plan.Assignments), len(h.Plan.Wishes))
	}
	if p := roster.Validate(got); len(p) != 0 {
		t.Errorf("repaired house still invalid: %v", p)
	}
	recs, err := s.Log(1)
	if err != nil || len(recs) != 1 || recs[0].Who != RepairWho {
		t.Fatalf("newest log record %v, %v; want the repair", recs, err)
	}
	removed := 0
	for _, c := range recs[0].Edit.Cells {
		for _, a := range c.Before {
			if a.Shift == "X" || a.Member == 9 {
				removed++
			}
		}
	}
	if removed != 2 {
		t.Errorf("the repair record keeps %d of the 2 removed assignments: %+v", removed, recs[0].Edit.Cells)
	}
	if after, _ := ListBackups(path); len(after) != len(backupsBefore)+1 {
		t.Errorf("backups %d → %d, want one made before the repair", len(backupsBefore), len(after))
	}
}
