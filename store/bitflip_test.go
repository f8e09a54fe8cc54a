package store

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	bolt "go.etcd.io/bbolt"
)

// decodedState is everything a reader of the store sees: the whole house
// and the whole audit log, as JSON so two states compare byte for byte.
func decodedState(s *Store) ([]byte, error) {
	h, err := s.Load()
	if err != nil {
		return nil, err
	}
	log, err := s.Log(0)
	if err != nil {
		return nil, err
	}
	return json.Marshal(struct {
		House *roster.House
		Log   []roster.AuditRecord
	}{h, log})
}

// smallStore returns the bytes of a small closed roster database: a house of
// three members and a week, a few edits in the log.
func smallStore(t *testing.T) []byte {
	t.Helper()
	clock := &fixedClock{t: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
	s, err := Open(filepath.Join(t.TempDir(), FileName), &Options{Now: clock.now})
	if err != nil {
		t.Fatal(err)
	}
	h := validHouse(3, 1)
	if err := s.Replace(h, "tester"); err != nil {
		t.Fatal(err)
	}
	g := newGen(7)
	for range 4 {
		e := g.edit(h)
		if err := h.Apply(e); err != nil {
			t.Fatal(err)
		}
		if err := s.Apply(e, "Anna"); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	compact := filepath.Join(t.TempDir(), "compact.db")
	if err := compactCopy(s.Path(), compact, 1024); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(compact)
	if err != nil {
		t.Fatal(err)
	}
	// Cut the zeros bbolt grows a file by: keep the pages in use.
	m0, err0 := readMeta(data, 0)
	m1, err1 := readMeta(data, 1024)
	if err0 != nil || err1 != nil {
		t.Fatal(err0, err1)
	}
	return data[:max(m0.hwm, m1.hwm)*1024]
}

// compactCopy copies the bbolt file src into a new file dst with pages of
// pageSize bytes, written in one transaction: no free pages, no slack
// beyond the last page, so every byte of dst is a byte bbolt reads.
func compactCopy(src, dst string, pageSize int) error {
	from, err := bolt.Open(src, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer from.Close()
	to, err := bolt.Open(dst, 0o600, &bolt.Options{PageSize: pageSize})
	if err != nil {
		return err
	}
	err = from.View(func(ftx *bolt.Tx) error {
		return to.Update(func(ttx *bolt.Tx) error {
			return ftx.ForEach(func(name []byte, fb *bolt.Bucket) error {
				tb, err := ttx.CreateBucket(name)
				if err != nil {
					return err
				}
				tb.FillPercent = 1
				if err := tb.SetSequence(fb.Sequence()); err != nil {
					return err
				}
				return fb.ForEach(func(k, v []byte) error { return tb.Put(k, v) })
			})
		})
	})
	if cerr := to.Close(); err == nil {
		err = cerr
	}
	return err
}

// flipOutcome is what one flipped byte did.
type flipOutcome int

const (
	flipSame    flipOutcome = iota // the decoded data is unchanged
	flipDamaged                    // reported as damage
	flipSilent                     // the data changed without a word
)

// openFlipped writes data to dir, opens it and compares what it decodes to
// want.
func openFlipped(t *testing.T, dir string, data, want []byte) (flipOutcome, error) {
	t.Helper()
	p := filepath.Join(dir, FileName)
	if err := os.WriteFile(p, data, 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := Open(p, nil)
	if err != nil {
		if errors.Is(err, ErrDamaged) || errors.Is(err, ErrNewerSchema) {
			return flipDamaged, err
		}
		t.Fatalf("Open of a flipped file: %v, want ErrDamaged", err)
	}
	defer s.Close()
	got, err := decodedState(s)
	switch {
	case errors.Is(err, ErrDamaged):
		return flipDamaged, err
	case err != nil:
		return flipSilent, err
	case string(got) != string(want):
		return flipSilent, nil
	}
	return flipSame, nil
}

// TestBitFlips flips every byte of a small database once (one bit of it):
// each flip either leaves the decoded house and log as they were (a byte
// bbolt ignores: free pages, slack) or is reported as damage. None may
// change the data silently.
func TestBitFlips(t *testing.T) {
	data := smallStore(t)
	dir := t.TempDir()
	p := filepath.Join(dir, FileName)
	os.WriteFile(p, data, 0o600)
	s, err := Open(p, nil)
	if err != nil {
		t.Fatal(err)
	}
	want, err := decodedState(s)
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	// Every byte; under the race detector (ten times slower) every fifth,
	// which still hits every page and, over the pages, every offset in one.
	step := 1
	if raceEnabled && !longMode() {
		step = 5
	}
	counts := map[flipOutcome]int{}
	buf := make([]byte, len(data))
	for i := 0; i < len(data); i += step {
		copy(buf, data)
		buf[i] ^= 1 << (i % 8)
		out, err := openFlipped(t, dir, buf, want)
		counts[out]++
		if out == flipSilent && counts[flipSilent] <= 10 {
			t.Errorf("flip at byte %d (page %d, offset %d) changed the data silently (%v)", i, i/1024, i%1024, err)
		}
		os.RemoveAll(BackupDir(p))
	}
	t.Logf("%d of %d bytes flipped: %d no difference, %d reported as damage, %d silent", (len(data)+step-1)/step, len(data),
		counts[flipSame], counts[flipDamaged], counts[flipSilent])
}
