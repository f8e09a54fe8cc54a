package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

func TestDataDir(t *testing.T) {
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	home := func() (string, error) { return "/home/anna", nil }
	tests := []struct {
		goos string
		env  map[string]string
		want string
	}{
		{"linux", nil, "/home/anna/.local/share"},
		{"linux", map[string]string{"XDG_DATA_HOME": "/data"}, "/data"},
		{"linux", map[string]string{"XDG_DATA_HOME": "relative"}, "/home/anna/.local/share"},
		{"windows", map[string]string{"APPDATA": `C:\Users\anna\AppData\Roaming`}, `C:\Users\anna\AppData\Roaming`},
		{"darwin", nil, "/home/anna/Library/Application Support"},
	}
	for _, tt := range tests {
		got, err := dataDir(tt.goos, env(tt.env), home)
		if err != nil || got != filepath.FromSlash(tt.want) && got != tt.want {
			t.Errorf("dataDir(%s, %v) = %q, %v; want %q", tt.goos, tt.env, got, err, tt.want)
		}
	}
	if _, err := dataDir("windows", env(nil), home); err == nil {
		t.Error("windows without APPDATA: no error")
	}
	p, err := DefaultPath()
	if err != nil || filepath.Base(p) != FileName || filepath.Base(filepath.Dir(p)) != "huisrooster" {
		t.Errorf("DefaultPath = %q, %v", p, err)
	}
}

func TestOpenCreatesPrivateFile(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no unix modes")
	}
	s := mustOpen(t)
	fi, err := os.Stat(s.Path())
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("file mode %v, %v; want 0600", fi.Mode().Perm(), err)
	}
	di, err := os.Stat(filepath.Dir(s.Path()))
	if err != nil || di.Mode().Perm() != 0o700 {
		t.Errorf("dir mode %v, %v; want 0700", di.Mode().Perm(), err)
	}
	if empty, err := s.IsEmpty(); !empty || err != nil {
		t.Errorf("new store IsEmpty = %v, %v", empty, err)
	}
}

// TestSecondOpenLocked: a second opener gets ErrLocked with a message in
// both languages, and can open once the first has closed.
func TestSecondOpenLocked(t *testing.T) {
	s := mustOpen(t)
	_, err := Open(s.Path(), nil)
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("second Open: %v, want ErrLocked", err)
	}
	if msg := err.Error(); !strings.Contains(msg, "al geopend") || !strings.Contains(msg, "already open") {
		t.Errorf("message %q lacks Dutch or English", msg)
	}
	s.Close()
	s2, err := Open(s.Path(), nil)
	if err != nil {
		t.Fatalf("Open after Close: %v", err)
	}
	s2.Close()
}

// filledStore returns the path of a closed store holding a random house
// and some edits, and the file's bytes.
func filledStore(t *testing.T) (string, []byte) {
	t.Helper()
	s := mustOpen(t)
	g := newGen(42)
	h := g.house()
	if err := s.Replace(h, "tester"); err != nil {
		t.Fatal(err)
	}
	for range 30 {
		e := g.edit(h)
		if err := h.Apply(e); err != nil {
			t.Fatal(err)
		}
		if err := s.Apply(e, "Anna"); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	data, err := os.ReadFile(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	return s.Path(), data
}

// openDamaged writes data to a fresh file and opens it: the result must be
// a store that loads, or ErrDamaged / ErrNewerSchema; never a panic.
func openDamaged(t *testing.T, dir string, data []byte) error {
	t.Helper()
	p := filepath.Join(dir, FileName)
	if err := os.WriteFile(p, data, 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := Open(p, nil)
	if err != nil {
		if !errors.Is(err, ErrDamaged) && !errors.Is(err, ErrNewerSchema) {
			t.Fatalf("Open of a damaged file: %v, want ErrDamaged", err)
		}
		return err
	}
	defer s.Close()
	if _, err := s.Load(); err != nil {
		t.Fatalf("Open succeeded but Load failed: %v", err)
	}
	// Opening checks the newest part of the log; Log checks all it reads
	// and reports damage further back as such.
	if _, err := s.Log(0); err != nil && !errors.Is(err, ErrDamaged) {
		t.Fatalf("Open succeeded but Log failed: %v, want ErrDamaged", err)
	}
	return nil
}

func TestTruncatedFile(t *testing.T) {
	_, data := filledStore(t)
	dir := t.TempDir()
	ps := 4096
	damagedN := 0
	for n := 0; n < len(data); n += ps / 4 {
		if openDamaged(t, dir, data[:n]) != nil {
			damagedN++
		}
	}
	if damagedN == 0 {
		t.Fatal("no truncation was detected")
	}
	for _, n := range []int{0, 1, 100, ps, 2*ps + 7} {
		if err := openDamaged(t, dir, data[:n]); !errors.Is(err, ErrDamaged) {
			t.Errorf("truncated to %d bytes: %v, want ErrDamaged", n, err)
		}
	}
}

func TestGarbageFile(t *testing.T) {
	_, data := filledStore(t)
	dir := t.TempDir()
	r := rand.New(rand.NewPCG(1, 2))
	random := func(n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(r.IntN(256))
		}
		return b
	}
	cases := map[string][]byte{
		"zeros":                    make([]byte, 64<<10),
		"random":                   random(64 << 10),
		"text":                     []byte(strings.Repeat("dit is geen rooster\n", 1000)),
		"house file":               []byte(`{"format":"huisrooster","version":1,"house":{}}`),
		"good meta, garbage pages": append(append([]byte{}, data[:8192]...), random(len(data)-8192)...),
	}
	for name, b := range cases {
		if err := openDamaged(t, dir, b); !errors.Is(err, ErrDamaged) {
			t.Errorf("%s: %v, want ErrDamaged", name, err)
		}
	}
	// Random damage to a good file: whatever the outcome, no panic.
	n := 300
	switch {
	case testing.Short():
		n = 50
	case longMode():
		n = 5000
	}
	for i := range n {
		b := append([]byte{}, data...)
		for range 1 + r.IntN(8) {
			switch r.IntN(3) {
			case 0:
				b[r.IntN(len(b))] ^= byte(1 + r.IntN(255))
			case 1: // a whole page overwritten
				p := r.IntN(len(b) / 4096)
				copy(b[p*4096:], random(4096))
			case 2: // a page header field
				p := r.IntN(len(b) / 4096)
				binary.LittleEndian.PutUint64(b[p*4096+8*r.IntN(2):], r.Uint64())
			}
		}
		if err := openDamaged(t, dir, b); err != nil && i == 0 {
			t.Logf("first damaged file: %v", err)
		}
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	s := mustOpen(t)
	err := s.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketMeta).Put(keySchema, binary.BigEndian.AppendUint32(nil, SchemaVersion+1))
	})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	before, _ := os.ReadFile(s.Path())
	_, err = Open(s.Path(), nil)
	if !errors.Is(err, ErrNewerSchema) {
		t.Fatalf("Open: %v, want ErrNewerSchema", err)
	}
	if !strings.Contains(err.Error(), "nieuwere versie") || !strings.Contains(err.Error(), "newer version") {
		t.Errorf("message %q lacks Dutch or English", err)
	}
	after, _ := os.ReadFile(s.Path())
	if !bytes.Equal(before, after) {
		t.Error("refused file was changed")
	}
}

func TestMissingMetaIsDamaged(t *testing.T) {
	s := mustOpen(t)
	if err := s.db.Update(func(tx *bolt.Tx) error { return tx.DeleteBucket(bucketMeta) }); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := Open(s.Path(), nil); !errors.Is(err, ErrDamaged) {
		t.Fatalf("Open without meta: %v, want ErrDamaged", err)
	}
}

// TestMigration runs injected migration steps: they run in one
// transaction after a backup; a failing step leaves the file as it was.
func TestMigration(t *testing.T) {
	s := mustOpen(t)
	g := newGen(3)
	h := g.house()
	if err := s.Replace(h, "tester"); err != nil {
		t.Fatal(err)
	}
	marker := []byte("migrated")
	fail := func(tx *bolt.Tx) error {
		tx.Bucket(bucketMeta).Put(marker, []byte("half"))
		return errors.New("boom")
	}
	if err := s.prepare(append(migrations(), fail)); err == nil {
		t.Fatal("failing migration succeeded")
	}
	s.db.View(func(tx *bolt.Tx) error {
		if v, _ := schemaOf(tx); v != SchemaVersion || tx.Bucket(bucketMeta).Get(marker) != nil {
			t.Errorf("failed migration left schema %d, marker %q", v, tx.Bucket(bucketMeta).Get(marker))
		}
		return nil
	})
	ok := func(tx *bolt.Tx) error { return tx.Bucket(bucketMeta).Put(marker, []byte("yes")) }
	if err := s.prepare(append(migrations(), ok)); err != nil {
		t.Fatal(err)
	}
	s.db.View(func(tx *bolt.Tx) error {
		if v, _ := schemaOf(tx); v != SchemaVersion+1 || string(tx.Bucket(bucketMeta).Get(marker)) != "yes" {
			t.Errorf("after migration: schema %d, marker %q", v, tx.Bucket(bucketMeta).Get(marker))
		}
		return nil
	})
	list, _ := ListBackups(s.Path())
	if len(list) == 0 || list[0].Reason != "voor-migratie" {
		t.Errorf("no backup before migration: %+v", list)
	}
	got, _ := s.Load()
	if !sameHouse(got, h) {
		t.Error("migration changed the house")
	}
}

// FuzzOpen: whatever bytes the file holds, Open returns a working store or
// ErrDamaged / ErrNewerSchema, and never panics or faults.
func FuzzOpen(f *testing.F) {
	s, err := Open(filepath.Join(f.TempDir(), "seed", FileName), nil)
	if err != nil {
		f.Fatal(err)
	}
	if err := s.Replace(validHouse(2, 1), "seed"); err != nil {
		f.Fatal(err)
	}
	s.Close()
	good, err := os.ReadFile(s.Path())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Add(good[:8192])
	f.Add([]byte("kapot"))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		openDamaged(t, dir, data)
	})
}
