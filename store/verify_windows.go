//go:build windows

package store

import (
	"fmt"
	"io"
	"os"
)

// withFileBytes calls fn with the bytes of f (size bytes long), read into
// memory.
func withFileBytes(f *os.File, size int64, fn func([]byte) error) error {
	data := make([]byte, size)
	if _, err := io.ReadFull(f, data); err != nil {
		return fmt.Errorf("%w: %v", errRead, err)
	}
	return fn(data)
}
