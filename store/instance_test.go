package store

import (
	"bufio"
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

// TestAppClaimRaise: the first start claims the roster; a second start
// gets ErrAppRunning and RaiseApp makes the first call its onRaise; after
// the first closes, a new start claims the roster again.
func TestAppClaimRaise(t *testing.T) {
	db := filepath.Join(t.TempDir(), "nieuw", "huisrooster.db") // a first start: the folder does not exist yet
	var raised atomic.Int32
	first, err := ClaimApp(db, func() { raised.Add(1) })
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ClaimApp(db, nil); !errors.Is(err, ErrAppRunning) {
		t.Fatalf("second claim: %v, want ErrAppRunning", err)
	}
	for range 2 {
		if err := RaiseApp(db); err != nil {
			t.Fatalf("raise: %v", err)
		}
	}
	if n := raised.Load(); n != 2 {
		t.Errorf("onRaise called %d times, want 2", n)
	}
	if fi, err := os.Stat(appFile(db)); err != nil || fi.Mode().Perm()&0o077 != 0 {
		t.Errorf("window file %v, %v: others may read the token", fi, err)
	}
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}
	if err := RaiseApp(db); err == nil {
		t.Error("raise with no app running reported success")
	}
	again, err := ClaimApp(db, nil)
	if err != nil {
		t.Fatalf("claim after the first closed: %v", err)
	}
	again.Close()
}

// TestAppClaimStaleFile: a window file left by a crashed app (no lock,
// an old port) is taken over.
func TestAppClaimStaleFile(t *testing.T) {
	db := filepath.Join(t.TempDir(), "huisrooster.db")
	if err := os.WriteFile(appFile(db), []byte("1 deadbeef\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := ClaimApp(db, nil)
	if err != nil {
		t.Fatalf("claim over a stale file: %v", err)
	}
	defer c.Close()
	b, _ := os.ReadFile(appFile(db))
	if strings.HasPrefix(string(b), "1 ") {
		t.Errorf("stale content kept: %q", b)
	}
}

// TestAppClaimWrongToken: a connection without the token raises nothing.
func TestAppClaimWrongToken(t *testing.T) {
	db := filepath.Join(t.TempDir(), "huisrooster.db")
	var raised atomic.Int32
	c, err := ClaimApp(db, func() { raised.Add(1) })
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	conn, err := net.Dial("tcp", c.ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	conn.Write([]byte("guess raise\n"))
	ans, _ := bufio.NewReader(conn).ReadString('\n')
	conn.Close()
	if ans != "" || raised.Load() != 0 {
		t.Errorf("a wrong token got %q and %d raises", ans, raised.Load())
	}
}
