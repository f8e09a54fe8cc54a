package store

import (
	"bufio"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// The running app and a second start of it
//
// The app keeps one window per roster file. A second start over the same
// file must not say "al open" and leave the user searching: it asks the
// running app to bring its window to the front and ends. ClaimApp makes a
// process the roster's running app: it holds an exclusive lock on
// "<roster>.window" next to the roster for as long as it runs and listens on
// a loopback port, which it writes into that file with a random token. A
// second start finds the lock taken (ErrAppRunning) and calls RaiseApp: it
// reads port and token, connects and asks; the running app calls its
// onRaise. The token keeps other local programs (and other users, as the
// file has mode 0600) from poking the app; the port is only on 127.0.0.1.
// A file left by a crashed app holds no lock and is simply taken over.

// ErrAppRunning is returned by ClaimApp when the app already runs over the
// roster (in another process); RaiseApp brings its window to the front.
var ErrAppRunning = errors.New("Huisrooster draait al met dit rooster / Huisrooster already runs with this roster")

// raiseWait is how long RaiseApp waits for the running app's answer (and,
// when the app is still starting, for its port to appear in the file).
const raiseWait = 3 * time.Second

// AppClaim is this process's claim on a roster as its running app. Close
// releases it.
type AppClaim struct {
	f       *os.File
	ln      net.Listener
	token   string
	onRaise func()
	wg      sync.WaitGroup
}

// appFile returns the file next to db that names the running app.
func appFile(db string) string { return db + ".window" }

// ClaimApp makes this process the running app of roster db; onRaise is
// called (on another goroutine) each time a second start asks for the
// window. ErrAppRunning when another process holds the claim.
func ClaimApp(db string, onRaise func()) (*AppClaim, error) {
	if err := os.MkdirAll(filepath.Dir(db), 0o700); err != nil { // a first start: the folder is new
		return nil, fmt.Errorf("map maken / make folder: %w", err)
	}
	f, err := os.OpenFile(appFile(db), os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("vensterbestand openen / open window file: %w", err)
	}
	if err := lockFile(f, false, 0); err != nil {
		f.Close()
		if errors.Is(err, ErrLocked) {
			return nil, ErrAppRunning
		}
		return nil, fmt.Errorf("vensterbestand vergrendelen / lock window file: %w", err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		unlockFile(f)
		f.Close()
		return nil, fmt.Errorf("luisteren naar een tweede start / listen for a second start: %w", err)
	}
	var tok [16]byte
	if _, err := rand.Read(tok[:]); err != nil {
		ln.Close()
		unlockFile(f)
		f.Close()
		return nil, fmt.Errorf("token maken / make token: %w", err)
	}
	c := &AppClaim{f: f, ln: ln, token: hex.EncodeToString(tok[:]), onRaise: onRaise}
	line := fmt.Sprintf("%d %s\n", ln.Addr().(*net.TCPAddr).Port, c.token)
	if err := f.Truncate(0); err == nil {
		_, err = f.WriteAt([]byte(line), 0)
	}
	if err != nil {
		c.Close()
		return nil, fmt.Errorf("vensterbestand schrijven / write window file: %w", err)
	}
	c.wg.Add(1)
	go c.serve()
	return c, nil
}

// serve answers second starts until the listener closes.
func (c *AppClaim) serve() {
	defer c.wg.Done()
	for {
		conn, err := c.ln.Accept()
		if err != nil {
			return // closed
		}
		c.answer(conn)
	}
}

// answer reads one request: the token and "raise"; a right one calls
// onRaise and is answered "ok".
func (c *AppClaim) answer(conn net.Conn) {
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(raiseWait))
	line, err := bufio.NewReader(conn).ReadString('\n')
	if err != nil || strings.TrimSpace(line) != c.token+" raise" {
		return
	}
	if c.onRaise != nil {
		c.onRaise()
	}
	_, _ = conn.Write([]byte("ok\n"))
}

// Close stops answering and releases the claim; the window file is removed.
func (c *AppClaim) Close() error {
	err := c.ln.Close()
	c.wg.Wait()
	name := c.f.Name()
	_ = c.f.Truncate(0)
	_ = unlockFile(c.f)
	if cerr := c.f.Close(); err == nil {
		err = cerr
	}
	_ = os.Remove(name) // another start may hold it open (Windows): then it stays, empty and unlocked
	if errors.Is(err, net.ErrClosed) {
		err = nil
	}
	return err
}

// RaiseApp asks the running app of roster db to bring its window to the
// front and waits for its answer; an error when no app answered (none runs,
// or it hangs).
func RaiseApp(db string) error {
	deadline := time.Now().Add(raiseWait)
	if !appRunning(db) {
		return fmt.Errorf("geen draaiende app gevonden / no running app found: %s", appFile(db))
	}
	var port, token string
	for {
		b, err := os.ReadFile(appFile(db))
		if err == nil {
			if p, t, ok := strings.Cut(strings.TrimSpace(string(b)), " "); ok {
				port, token = p, t
				break
			}
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("geen draaiende app gevonden / no running app found: %s", appFile(db))
		}
		time.Sleep(50 * time.Millisecond) // the app is starting: its port is not written yet
	}
	conn, err := net.DialTimeout("tcp", net.JoinHostPort("127.0.0.1", port), raiseWait)
	if err != nil {
		return fmt.Errorf("draaiende app bereiken / reach the running app: %w", err)
	}
	defer conn.Close()
	_ = conn.SetDeadline(deadline.Add(raiseWait))
	if _, err := conn.Write([]byte(token + " raise\n")); err != nil {
		return fmt.Errorf("draaiende app vragen / ask the running app: %w", err)
	}
	ans, err := bufio.NewReader(conn).ReadString('\n')
	if err != nil || strings.TrimSpace(ans) != "ok" {
		return fmt.Errorf("de draaiende app antwoordt niet / the running app does not answer: %v", err)
	}
	return nil
}

// appRunning reports whether a process holds the claim on db.
func appRunning(db string) bool {
	f, err := os.Open(appFile(db))
	if err != nil {
		return false
	}
	defer f.Close()
	if err := lockFile(f, true, 0); err != nil {
		return errors.Is(err, ErrLocked)
	}
	_ = unlockFile(f)
	return false
}
