//go:build windows

package main

import (
	"os"

	"golang.org/x/sys/windows"
)

// attachParentProcess is ATTACH_PARENT_PROCESS, (DWORD)-1: attach to the
// console of the process that started this one.
const attachParentProcess = ^uint32(0)

func init() { attachConsole(os.Args[1:]) }

// attachConsole connects the windowed build (linked with -H windowsgui, so
// Windows gives it no console and starts no console window) to the console
// of the terminal it was started from, so "huisrooster.exe --version",
// "help" and the subcommands print there. Without arguments (a double click,
// the start menu) it does nothing, so closing a terminal never closes the
// app. Output that is already redirected to a file or a pipe stays there.
//
// Windows does not wait for a windowed program: cmd.exe shows its prompt
// before the output, and %ERRORLEVEL% is only set with "start /wait".
// The README says so.
func attachConsole(args []string) {
	if len(args) == 0 {
		return
	}
	keep := func(std uint32) bool {
		h, err := windows.GetStdHandle(std)
		if err != nil || h == 0 || h == windows.InvalidHandle {
			return false
		}
		t, err := windows.GetFileType(h)
		return err == nil && (t == windows.FILE_TYPE_DISK || t == windows.FILE_TYPE_PIPE)
	}
	keepIn, keepOut, keepErr := keep(windows.STD_INPUT_HANDLE), keep(windows.STD_OUTPUT_HANDLE), keep(windows.STD_ERROR_HANDLE)
	if keepIn && keepOut && keepErr {
		return
	}
	proc := windows.NewLazySystemDLL("kernel32.dll").NewProc("AttachConsole")
	if proc.Find() != nil {
		return
	}
	if ok, _, _ := proc.Call(uintptr(attachParentProcess)); ok == 0 {
		return // no parent console (Explorer), or a console of our own already
	}
	if !keepIn {
		if f := openConsole("CONIN$", windows.STD_INPUT_HANDLE); f != nil {
			os.Stdin = f
		}
	}
	if !keepOut {
		if f := openConsole("CONOUT$", windows.STD_OUTPUT_HANDLE); f != nil {
			os.Stdout = f
		}
	}
	if !keepErr {
		if f := openConsole("CONOUT$", windows.STD_ERROR_HANDLE); f != nil {
			os.Stderr = f
		}
	}
}

// openConsole opens the attached console's input or output and makes it the
// standard handle std; nil when that fails.
func openConsole(name string, std uint32) *os.File {
	p, err := windows.UTF16PtrFromString(name)
	if err != nil {
		return nil
	}
	h, err := windows.CreateFile(p, windows.GENERIC_READ|windows.GENERIC_WRITE,
		windows.FILE_SHARE_READ|windows.FILE_SHARE_WRITE, nil, windows.OPEN_EXISTING, 0, 0)
	if err != nil {
		return nil
	}
	_ = windows.SetStdHandle(std, h)
	return os.NewFile(uintptr(h), name)
}
