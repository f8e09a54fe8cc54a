//go:build !windows

package store

import (
	"fmt"
	"os"
	"syscall"
)

// withFileBytes calls fn with the bytes of f (size bytes long), mapped
// read-only: checking a file touches only the pages it looks at (page
// headers and element tables), so the check does not read or copy a large
// audit log's values.
func withFileBytes(f *os.File, size int64, fn func([]byte) error) error {
	if size == 0 {
		return fn(nil)
	}
	if int64(int(size)) != size {
		return fmt.Errorf("%w: bestand te groot / file too large", errRead)
	}
	data, err := syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return fmt.Errorf("%w: %v", errRead, err)
	}
	defer syscall.Munmap(data)
	return fn(data)
}
