package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/huisrooster/huisrooster/store"
)

// TestDamagedOwnHouse: the app's own roster file, damaged, is reported as
// damage with the newest good backup; its restore brings the house back
// and the log records it.
func TestDamagedOwnHouse(t *testing.T) {
	db := filepath.Join(t.TempDir(), store.FileName)
	if code, _, stderr := runCmd("demo", "--db", db); code != 0 {
		t.Fatal(stderr)
	}
	if code, _, stderr := runCmd("backup", "--db", db); code != 0 {
		t.Fatal(stderr)
	}
	data, _ := os.ReadFile(db)
	clear(data[4096:8192]) // meta page 1 gone
	os.WriteFile(db, data, 0o600)
	houses, err := houseFiles(db)
	if err != nil {
		t.Fatal(err)
	}
	_, err = houses.OpenOwn()
	d, ok := houses.Damaged(err)
	if !ok || d.Restore == nil || d.BackupTime.IsZero() {
		t.Fatalf("damage of %v: %v, %+v", err, ok, d)
	}
	if err := d.Restore(); err != nil {
		t.Fatal(err)
	}
	st, err := houses.OpenOwn()
	if err != nil {
		t.Fatalf("open after restore: %v", err)
	}
	defer st.Close()
	recs, err := st.Log(1)
	if err != nil || len(recs) != 1 || !strings.HasPrefix(recs[0].NL, "terugzetten") || recs[0].Who != "huisrooster (app)" {
		t.Errorf("newest log record after the restore: %+v, %v", recs, err)
	}
	if _, ok := houses.Damaged(os.ErrPermission); ok {
		t.Error("another error taken for damage")
	}
}
