package publish

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rostertest"
)

// Environment of the writer helper process.
const (
	helperDir  = "HUISROOSTER_PUBLISH_HELPER_DIR"
	helperMode = "HUISROOSTER_PUBLISH_HELPER_MODE"
)

// versionOf is version v (0 or 1) of the test file name: large enough that
// a kill often lands in the middle of writing it.
func versionOf(name string, v int) []byte {
	line := fmt.Sprintf("%s versie %d\n", name, v)
	n := 150_000 + len(name)*20_000
	return append(bytes.Repeat([]byte(line), n/len(line)), []byte("EINDE\n")...)
}

var helperFiles = []string{"a.ics", "b.pdf", "index.html"}

// TestWriterHelper is not a test: run by TestAtomicUnderKill as a child
// process, it writes the folder over and over until it is killed.
func TestWriterHelper(t *testing.T) {
	dir := os.Getenv(helperDir)
	if dir == "" {
		return // only as the helper process
	}
	switch os.Getenv(helperMode) {
	case "files":
		for v := 0; ; v = 1 - v {
			for _, name := range helperFiles {
				if err := WriteFile(dir, name, versionOf(name, v)); err != nil {
					fmt.Fprintln(os.Stderr, err)
					os.Exit(3)
				}
			}
		}
	case "publish":
		ls := rostertest.MemLocal{}
		houses := []*roster.House{rostertest.PrivateHouse(), rostertest.PrivateHouse()}
		houses[1].Plan.Assignments = houses[1].Plan.Assignments[3:]
		for i := 0; ; i++ {
			now := at(9, 0).Add(time.Duration(i) * time.Minute)
			if _, err := Publish(dir, houses[i%2], ls, today, now, roster.Dutch); err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(3)
			}
		}
	}
}

// killWriter starts the helper in mode on dir, lets it write for a random
// while and kills it with SIGKILL.
func killWriter(t *testing.T, dir, mode string, rng *rand.Rand) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestWriterHelper$", "-test.count=1")
	cmd.Env = append(os.Environ(), helperDir+"="+dir, helperMode+"="+mode)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(time.Duration(50+rng.IntN(250)) * time.Millisecond)
	cmd.Process.Signal(syscall.SIGKILL)
	err := cmd.Wait()
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
		t.Fatalf("helper ended by itself: %v\n%s", err, stderr.String())
	}
}

// TestAtomicUnderKill kills a writing process at random points: after
// every kill each visible file of the folder is a complete old or new
// version, no temp file is visible, and CleanTemp (which every publish
// runs first) removes the hidden ones.
func TestAtomicUnderKill(t *testing.T) {
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 21))
	t.Run("files", func(t *testing.T) {
		dir := t.TempDir()
		cut := 0 // rounds killed while a temp file was being written
		for round := range 25 {
			killWriter(t, dir, "files", rng)
			entries, _ := os.ReadDir(dir)
			for _, e := range entries {
				if IsTemp(e.Name()) {
					cut++
					break
				}
			}
			for _, name := range visible(t, dir) {
				if !slices.Contains(helperFiles, name) {
					t.Fatalf("round %d: visible file %q", round, name)
				}
				data, err := os.ReadFile(filepath.Join(dir, name))
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(data, versionOf(name, 0)) && !bytes.Equal(data, versionOf(name, 1)) {
					t.Fatalf("round %d: %s is neither version (%d bytes)", round, name, len(data))
				}
			}
		}
		if cut == 0 {
			t.Fatal("no kill landed in the middle of a write: the test proves nothing")
		}
		if got := visible(t, dir); !slices.Equal(got, []string{"a.ics", "b.pdf", "index.html"}) {
			t.Fatalf("folder after the kills: %v", got)
		}
		if err := CleanTemp(dir); err != nil {
			t.Fatal(err)
		}
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if IsTemp(e.Name()) {
				t.Errorf("temp file %s left after CleanTemp", e.Name())
			}
		}
	})
	t.Run("publish", func(t *testing.T) {
		dir := t.TempDir()
		for round := range 12 {
			killWriter(t, dir, "publish", rng)
			for _, name := range visible(t, dir) {
				data, err := os.ReadFile(filepath.Join(dir, name))
				if err != nil {
					t.Fatal(err)
				}
				if !complete(name, data) {
					t.Fatalf("round %d: %s is not a complete file (%d bytes)", round, name, len(data))
				}
			}
		}
	})
}

// complete reports whether data is a whole file of its kind.
func complete(name string, data []byte) bool {
	switch {
	case strings.HasSuffix(name, ".ics"):
		if !bytes.HasSuffix(data, []byte("END:VCALENDAR\r\n")) {
			return false
		}
		_, err := ics.ParseCalendar(bytes.NewReader(data))
		return err == nil
	case strings.HasSuffix(name, ".pdf"):
		return bytes.HasPrefix(data, []byte("%PDF-")) && bytes.HasSuffix(bytes.TrimRight(data, "\n"), []byte("%%EOF"))
	case name == "index.html":
		return bytes.HasPrefix(data, []byte("<!DOCTYPE html>")) && bytes.HasSuffix(data, []byte("</html>\n"))
	}
	return false
}

// TestWriteFileRefusesPaths: WriteFile writes only plain names into the folder.
func TestWriteFileRefusesPaths(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"", "../x", "sub/x", ".hidden", ".."} {
		if err := WriteFile(dir, name, []byte("x")); err == nil {
			t.Errorf("WriteFile(%q) accepted", name)
		}
	}
	if err := WriteFile(filepath.Join(dir, "missing"), "a.txt", []byte("x")); err == nil {
		t.Error("WriteFile into a missing folder accepted")
	}
	if err := WriteFile(dir, "a.txt", []byte("x")); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(filepath.Join(dir, "a.txt")); fi.Mode().Perm() != 0o644 {
		t.Errorf("mode %v", fi.Mode())
	}
}
