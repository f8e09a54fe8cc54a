//go:build windows

package house

import (
	"syscall"
	"time"
)

// cpuSeconds is the process's user and kernel CPU time so far.
func cpuSeconds() float64 {
	self, err := syscall.GetCurrentProcess()
	if err != nil {
		return 0
	}
	var creation, exit, kernel, user syscall.Filetime
	if err := syscall.GetProcessTimes(self, &creation, &exit, &kernel, &user); err != nil {
		return 0
	}
	ticks := func(f syscall.Filetime) int64 { return int64(f.HighDateTime)<<32 | int64(f.LowDateTime) }
	return (time.Duration(ticks(kernel)+ticks(user)) * 100).Seconds()
}
