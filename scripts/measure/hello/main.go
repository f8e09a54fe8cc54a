//go:build measure

// Command hello is a Fyne "hello world" built with the same Fyne version as
// the app: the yardstick of scripts/measure.sh for start-up time and memory.
package main

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := app.NewWithID("nl.huisrooster.hello")
	w := a.NewWindow("Hello")
	w.SetContent(widget.NewLabel("Hello Fyne!"))
	w.Resize(fyne.NewSize(1366, 768))
	w.ShowAndRun()
}
