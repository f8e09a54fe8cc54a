//go:build windows

package store

import (
	"errors"
	"os"
	"time"

	"golang.org/x/sys/windows"
)

// lockRange is the byte range bbolt locks on Windows: one byte at offset
// 2^64-1, so reads of the file are not blocked.
const lockRange = (1 << 32) - 1

// lockFile takes the same lock bbolt takes (shared for a read-only open),
// retrying until timeout; ErrLocked when another process holds it.
func lockFile(f *os.File, shared bool, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	flags := uint32(windows.LOCKFILE_FAIL_IMMEDIATELY | windows.LOCKFILE_EXCLUSIVE_LOCK)
	if shared {
		flags = windows.LOCKFILE_FAIL_IMMEDIATELY
	}
	for {
		err := windows.LockFileEx(windows.Handle(f.Fd()), flags, 0, 1, 0,
			&windows.Overlapped{Offset: lockRange, OffsetHigh: lockRange})
		if err == nil {
			return nil
		}
		if !errors.Is(err, windows.ERROR_LOCK_VIOLATION) {
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
	return windows.UnlockFileEx(windows.Handle(f.Fd()), 0, 1, 0,
		&windows.Overlapped{Offset: lockRange, OffsetHigh: lockRange})
}
