//go:build !windows

package store

import (
	"errors"
	"os"
	"syscall"
	"time"
)

// lockFile takes the same advisory lock bbolt takes (flock on the file;
// shared for a read-only open), retrying until timeout; ErrLocked when
// another process holds it.
func lockFile(f *os.File, shared bool, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	how := syscall.LOCK_EX
	if shared {
		how = syscall.LOCK_SH
	}
	for {
		err := syscall.Flock(int(f.Fd()), how|syscall.LOCK_NB)
		if err == nil {
			return nil
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) {
			return err
		}
		if time.Now().After(deadline) {
			return ErrLocked
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// unlockFile releases lockFile's lock.
func unlockFile(f *os.File) error {
	return syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
}
