package main

import (
	"errors"
	"fmt"
	"io"

	"fyne.io/fyne/v2"

	"github.com/huisrooster/huisrooster/store"
	"github.com/huisrooster/huisrooster/ui"
)

// claimWindow makes this start the running app of roster db, so that a
// second start brings its window to the front instead of a second window
// (store.ClaimApp): raise is called on the app's goroutine. When the app
// already runs over db, it asks that app to come to the front and reports
// done: this start has nothing more to do. When the claim cannot be made
// for another reason (a read-only folder), the app runs without it.
func claimWindow(db string, raise func(), stdout, stderr io.Writer) (claim *store.AppClaim, done bool) {
	claim, err := store.ClaimApp(db, func() { fyne.Do(raise) })
	switch {
	case err == nil:
		return claim, false
	case errors.Is(err, store.ErrAppRunning):
		if rerr := store.RaiseApp(db); rerr == nil {
			fmt.Fprintln(stdout, "Huisrooster is al open; dat venster staat nu vooraan / Huisrooster is already open; its window is now in front")
			return nil, true
		} else {
			fmt.Fprintln(stderr, rerr) // it hangs: the normal start says the roster is open elsewhere
		}
	default:
		fmt.Fprintln(stderr, err)
	}
	return nil, false
}

// raiser returns the raise function of a launcher that exists once the
// start has built it.
func raiser(l **ui.Launcher) func() {
	return func() {
		if *l != nil {
			(*l).Raise()
		}
	}
}
