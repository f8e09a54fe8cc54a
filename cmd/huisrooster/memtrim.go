package main

import (
	"runtime/debug"
	"time"

	"fyne.io/fyne/v2"
)

// trimDelays are when, after the app started, the start-up garbage is
// returned: the first once the first window is usually painted, the second
// for a slow or loaded machine.
var trimDelays = [...]time.Duration{1500 * time.Millisecond, 5 * time.Second}

// trimAfterStart returns the start-up garbage (font parsing scratch, layout,
// the first check) to the operating system once the first window is
// painted. Go would keep the freed heap for minutes (make measure: about
// 6 MB of RSS with the demo week); the app idles then, so the forced
// collection costs nothing the user notices. Each trim waits for the main
// loop (fyne.Do), so it runs after the frames queued before it.
func trimAfterStart(fa fyne.App) {
	fa.Lifecycle().SetOnStarted(func() {
		for _, d := range trimDelays {
			time.AfterFunc(d, func() {
				fyne.Do(func() { go debug.FreeOSMemory() })
			})
		}
	})
}
