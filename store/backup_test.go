package store

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// TestKeep checks the rotation rule against a simple reference: one backup
// a day for 60 days (plus extra ones on the newest day).
func TestKeep(t *testing.T) {
	now := time.Date(2026, 11, 22, 12, 0, 0, 0, roster.Amsterdam)
	var list []BackupInfo
	for i := range 60 {
		tm := now.Add(-time.Duration(i) * 24 * time.Hour).Add(-time.Hour)
		list = append(list, BackupInfo{Path: tm.Format(time.RFC3339), Time: tm})
	}
	extra := []BackupInfo{
		{Path: "now-1m", Time: now.Add(-time.Minute)},
		{Path: "now-30m", Time: now.Add(-30 * time.Minute)},
	}
	list = append(extra, list...)
	kept := keepOf(list, now)
	// Reference: the extra ones (younger than a day), days 0–13, and the
	// newest backup of each of the 8 newest ISO weeks.
	want := map[string]bool{"now-1m": true, "now-30m": true}
	for i := range 14 {
		want[list[2+i].Path] = true
	}
	weeks := map[string]bool{}
	for _, b := range list {
		w := roster.DateOf(b.Time).WeekLabel()
		if !weeks[w] && len(weeks) < 8 {
			weeks[w] = true
			want[b.Path] = true
		}
	}
	for _, b := range list {
		if kept[b.Path] != want[b.Path] {
			t.Errorf("%s: kept %v, want %v", b.Path, kept[b.Path], want[b.Path])
		}
	}
	if len(kept) < KeepDaily || len(kept) > KeepDaily+KeepWeekly+2 {
		t.Errorf("kept %d backups", len(kept))
	}
}

// TestBackupRotationOverTime simulates the app opening once a day for 100
// days: EnsureDailyBackup makes one backup a day, and the folder never
// holds more than rotation keeps.
func TestBackupRotationOverTime(t *testing.T) {
	clock := &fixedClock{t: time.Date(2026, 1, 1, 9, 0, 0, 0, roster.Amsterdam)}
	path := filepath.Join(t.TempDir(), FileName)
	for day := range 100 {
		s, err := Open(path, &Options{DailyBackup: true, Now: clock.now})
		if err != nil {
			t.Fatal(err)
		}
		if p, err := s.EnsureDailyBackup(); p != "" || err != nil {
			t.Fatalf("day %d: second daily backup %q, %v", day, p, err)
		}
		s.Close()
		list, _ := ListBackups(path)
		if len(list) == 0 || roster.DateOf(list[0].Time) != roster.DateOf(clock.t) || list[0].Reason != "dagelijks" {
			t.Fatalf("day %d: newest backup %+v", day, list)
		}
		if len(list) > KeepDaily+KeepWeekly {
			t.Fatalf("day %d: %d backups", day, len(list))
		}
		clock.t = clock.t.Add(24 * time.Hour)
	}
	list, _ := ListBackups(path)
	if oldest := list[len(list)-1].Time; clock.t.Sub(oldest) < 6*7*24*time.Hour {
		t.Errorf("oldest backup %v is younger than 6 weeks: the weekly copies reach back 8 ISO weeks", oldest)
	}
}

// TestRestore: restore the newest good backup after damage; the damaged
// file is kept aside; a damaged backup is never offered.
func TestRestore(t *testing.T) {
	s := mustOpen(t)
	g := newGen(11)
	h := g.house()
	if err := s.Replace(h, "tester"); err != nil {
		t.Fatal(err)
	}
	good, err := s.Backup()
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Replace(g.house(), "tester"); err != nil {
		t.Fatal(err)
	}
	path := s.Path()
	if _, err := Restore(path, "", "tester"); !errors.Is(err, ErrLocked) {
		t.Fatalf("Restore while open: %v, want ErrLocked", err)
	}
	s.Close()
	// A newer but damaged backup must be skipped.
	bad := filepath.Join(BackupDir(path), backupPrefix+time.Now().Add(time.Hour).In(roster.Amsterdam).Format(backupLayout)+"-handmatig.db")
	os.WriteFile(bad, []byte("kapot"), 0o600)
	if p, err := NewestGoodBackup(path); p != good || err != nil {
		t.Fatalf("NewestGoodBackup = %q, %v; want %q", p, err, good)
	}
	os.WriteFile(path, []byte("kapot"), 0o600)
	if _, err := Open(path, nil); !errors.Is(err, ErrDamaged) {
		t.Fatalf("Open damaged: %v", err)
	}
	if _, err := Restore(path, bad, "tester"); err == nil {
		t.Fatal("Restore of a damaged backup succeeded")
	}
	restored, err := Restore(path, "", "tester")
	if err != nil || restored != good {
		t.Fatalf("Restore = %q, %v", restored, err)
	}
	s2, err := Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	got, _ := s2.Load()
	if !sameHouse(got, h) {
		t.Errorf("restored house differs in %s", firstDiff(got, h))
	}
	ents, _ := os.ReadDir(BackupDir(path))
	kept := false
	for _, e := range ents {
		if filepath.Ext(e.Name()) == damagedExt {
			kept = true
		}
	}
	if !kept {
		t.Error("damaged file not kept aside")
	}
}

// TestRestoreBacksUpCurrent: restoring over a good file first backs it up.
func TestRestoreBacksUpCurrent(t *testing.T) {
	s := mustOpen(t)
	g := newGen(12)
	h1, h2 := g.house(), g.house()
	s.Replace(h1, "tester")
	b1, _ := s.Backup()
	s.Replace(h2, "tester")
	s.Close()
	if _, err := Restore(s.Path(), b1, "tester"); err != nil {
		t.Fatal(err)
	}
	list, _ := ListBackups(s.Path())
	if list[0].Reason != "voor-terugzetten" {
		t.Fatalf("newest backup %+v, want the one before restoring", list[0])
	}
	if _, err := Restore(s.Path(), list[0].Path, "tester"); err != nil {
		t.Fatal(err)
	}
	s2, _ := Open(s.Path(), nil)
	defer s2.Close()
	got, _ := s2.Load()
	if !sameHouse(got, h2) {
		t.Error("restoring the pre-restore backup did not bring back the house")
	}
}

func TestNoBackup(t *testing.T) {
	s := mustOpen(t)
	s.Close()
	if _, err := NewestGoodBackup(s.Path()); !errors.Is(err, ErrNoBackup) {
		t.Errorf("NewestGoodBackup: %v", err)
	}
}
