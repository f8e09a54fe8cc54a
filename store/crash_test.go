package store

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

var long = flag.Bool("long", false, "lange varianten van de crash- en schadetests / long crash and damage tests")

// longMode reports whether the long variants run (-long or HUISROOSTER_LONG=1).
func longMode() bool { return *long || os.Getenv("HUISROOSTER_LONG") == "1" }

// crashChildEnv makes the test binary act as the crash test's child: it
// opens the store named by the variable and keeps committing edits.
const crashChildEnv = "HUISROOSTER_CRASH_CHILD"

func TestMain(m *testing.M) {
	if p := os.Getenv(crashChildEnv); p != "" {
		os.Exit(crashChild(p))
	}
	os.Exit(m.Run())
}

// crashMembers is the number of members the crash edits rotate over.
const crashMembers = 7

// crashCell returns the cell that edit seq fills: every edit its own cell.
func crashCell(seq uint64) (int, roster.Date) {
	return int(seq%crashMembers) + 1, roster.NewDate(2026, 1, 5) + roster.Date(seq/crashMembers)
}

// crashEdit returns edit seq: it fills its own cell with an assignment whose
// note is the sequence number; every 25th edit also gives member 1 a new
// photo of up to 10 kB (overflow pages), so pages are freed and reused.
func crashEdit(seq uint64, r *rand.Rand) roster.Edit {
	m, d := crashCell(seq)
	e := roster.Edit{NL: "crash " + strconv.FormatUint(seq, 10), EN: "crash",
		Cells: []roster.CellEdit{{Member: m, Date: d,
			After: []roster.Assignment{{Member: m, Date: d, Shift: "V", Note: strconv.FormatUint(seq, 10)}}}}}
	if seq%25 == 0 {
		photo := make([]byte, 2000+r.IntN(8000))
		for i := range photo {
			photo[i] = byte(r.IntN(256))
		}
		e.Members = []roster.MemberEdit{{After: &roster.Member{ID: 1000 + int(seq), Name: "foto", Role: roster.RoleOpvoeder, Photo: photo}}}
	}
	return e
}

// crashChild commits edits until it is killed, printing the sequence number
// of each after Apply returned (the change is acknowledged as committed).
func crashChild(path string) int {
	s, err := Open(path, nil)
	if err != nil {
		fmt.Fprintln(os.Stderr, "child open:", err)
		return 3
	}
	fmt.Println("open")
	log, err := s.Log(1)
	if err != nil {
		fmt.Fprintln(os.Stderr, "child log:", err)
		return 3
	}
	seq := uint64(1)
	if len(log) > 0 {
		seq = log[0].Seq + 1
	}
	r := rand.New(rand.NewPCG(seq, uint64(os.Getpid())))
	for ; ; seq++ {
		if err := s.Apply(crashEdit(seq, r), "kind"); err != nil {
			fmt.Fprintln(os.Stderr, "child apply:", err)
			return 3
		}
		fmt.Printf("%d\n", seq)
		if seq%40 == 0 {
			if _, err := s.Backup(); err != nil {
				fmt.Fprintln(os.Stderr, "child backup:", err)
				return 3
			}
		}
	}
}

// TestCrash kills a child that keeps committing edits at random moments
// (SIGKILL on Unix). After every kill the file must open, pass the
// integrity check and hold every acknowledged edit, and every edit in the
// audit log must be in the house too (data and audit commit together).
func TestCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test skipped in -short mode")
	}
	kills := 200
	if longMode() {
		kills = 2000
	}
	dir := t.TempDir()
	var path string
	r := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 7))
	var acked, total uint64
	committedBeforeKill := 0
	for k := range kills {
		// A fresh file every 250 kills keeps the long mode linear in time.
		if k%250 == 0 {
			path = filepath.Join(dir, fmt.Sprintf("%d", k), FileName)
			total += acked
			acked = 0
			// The team whose cells the child fills (opening validates the
			// house: assignments of members not in it would be damage).
			s, err := Open(path, nil)
			if err != nil {
				t.Fatal(err)
			}
			if err := s.Replace(validHouse(crashMembers, 0), "tester"); err != nil {
				t.Fatal(err)
			}
			s.Close()
		}
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), crashChildEnv+"="+path)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		var stderr bufferWriter
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		lines := make(chan uint64, 1<<16)
		opened := make(chan struct{})
		go func() {
			sc := bufio.NewScanner(out)
			for sc.Scan() {
				if sc.Text() == "open" {
					close(opened)
				} else if n, err := strconv.ParseUint(sc.Text(), 10, 64); err == nil {
					lines <- n
				}
			}
			close(lines)
		}()
		// A quarter of the kills hit the child while it starts and opens
		// the file; the rest while it commits, whatever the machine's
		// speed (the child says when it has opened the file).
		if r.IntN(4) == 0 {
			time.Sleep(time.Duration(r.IntN(20_000)) * time.Microsecond)
		} else {
			select {
			case <-opened:
			case <-time.After(10 * time.Second):
			}
			time.Sleep(time.Duration(r.IntN(60_000)) * time.Microsecond)
		}
		cmd.Process.Kill()
		before := acked
		for n := range lines {
			acked = max(acked, n)
		}
		cmd.Wait()
		if acked > before {
			committedBeforeKill++
		}
		if stderr.String() != "" {
			t.Fatalf("kill %d: child failed: %s", k, stderr.String())
		}
		verifyCrashStore(t, path, acked, k)
	}
	t.Logf("%d kills, %d acknowledged edits, %d runs committed something", kills, total+acked, committedBeforeKill)
	if committedBeforeKill < kills/4 {
		t.Errorf("only %d of %d runs committed before the kill: tune the delays", committedBeforeKill, kills)
	}
	list, err := ListBackups(path) // the backups of the last file
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range list {
		if err := VerifyBackup(b.Path); err != nil {
			t.Errorf("backup %s after kills: %v", b.Path, err)
		}
	}
}

// verifyCrashStore opens the store after a kill and checks that it holds
// every acknowledged edit and nothing half-done.
func verifyCrashStore(t *testing.T, path string, acked uint64, k int) {
	t.Helper()
	s, err := Open(path, nil)
	if err != nil {
		t.Fatalf("kill %d: Open after kill: %v", k, err)
	}
	defer s.Close()
	log, err := s.Log(1)
	if err != nil {
		t.Fatalf("kill %d: Log: %v", k, err)
	}
	var last uint64
	if len(log) > 0 {
		last = log[0].Seq
	}
	if last < acked {
		t.Fatalf("kill %d: audit log ends at %d, but %d was acknowledged", k, last, acked)
	}
	h, err := s.Load()
	if err != nil {
		t.Fatalf("kill %d: Load: %v", k, err)
	}
	if uint64(len(h.Plan.Assignments)) != last-1 { // record 1 made the team
		t.Fatalf("kill %d: %d assignments for %d audit records", k, len(h.Plan.Assignments), last)
	}
	for _, a := range h.Plan.Assignments {
		seq, err := strconv.ParseUint(a.Note, 10, 64)
		if m, d := crashCell(seq); err != nil || m != a.Member || d != a.Date || seq > last {
			t.Fatalf("kill %d: unexpected assignment %+v", k, a)
		}
	}
	wantMembers := crashMembers + int(last/25) // the team and one photo member every 25 edits
	if len(h.Members) != wantMembers {
		t.Fatalf("kill %d: %d members, want %d", k, len(h.Members), wantMembers)
	}
}

// bufferWriter collects a child's stderr.
type bufferWriter struct{ b []byte }

func (w *bufferWriter) Write(p []byte) (int, error) { w.b = append(w.b, p...); return len(p), nil }
func (w *bufferWriter) String() string              { return string(w.b) }

// TestSecondOpenOtherProcess: while another process (the crash child) has
// the roster open, Open returns ErrLocked.
func TestSecondOpenOtherProcess(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), crashChildEnv+"="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		cmd.Process.Kill()
		cmd.Wait()
	}()
	sc := bufio.NewScanner(out)
	if !sc.Scan() || sc.Text() != "open" {
		t.Fatalf("child did not open the roster: %q", sc.Text())
	}
	go func() {
		for sc.Scan() {
		}
	}()
	if _, err := Open(path, nil); !errors.Is(err, ErrLocked) {
		t.Fatalf("Open while another process has it: %v, want ErrLocked", err)
	}
}
