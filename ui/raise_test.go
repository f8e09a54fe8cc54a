package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/huisrooster/huisrooster/roster/rostertest"
)

// raiseApp is a test app whose windows record being raised.
type raiseApp struct {
	fyne.App
	raised []*raiseWindow // in the order they were raised
}

func (a *raiseApp) NewWindow(title string) fyne.Window {
	return &raiseWindow{Window: a.App.NewWindow(title), app: a}
}

// raiseWindow records RequestFocus after Show.
type raiseWindow struct {
	fyne.Window
	app   *raiseApp
	shown bool
}

func (w *raiseWindow) Show() { w.shown = true; w.Window.Show() }

func (w *raiseWindow) RequestFocus() {
	if w.shown {
		w.app.raised = append(w.app.raised, w)
	}
	w.Window.RequestFocus()
}

// Issue 19, bug 11: a second start asks the running app for its window
// (store.ClaimApp calls the launcher's Raise); the window on screen comes to
// the front whichever way its house was opened: the welcome screen, the
// demo opened from it, the house used last, and the set-up wizard in its
// own window (on top of the demo).
func TestSnagSecondStartRaisesWindow(t *testing.T) {
	raise := func(t *testing.T, a *raiseApp, l *Launcher, want ...fyne.Window) {
		t.Helper()
		a.raised = nil
		fyne.Do(l.Raise) // as the claim's callback does
		if len(a.raised) != len(want) {
			t.Fatalf("%d windows raised, want %d", len(a.raised), len(want))
		}
		for i, w := range want {
			if a.raised[i] != w {
				t.Errorf("raised window %d is %q, want %q", i, a.raised[i].Title(), w.Title())
			}
		}
	}
	t.Run("welcome, then the demo from it, then the wizard", func(t *testing.T) {
		a := &raiseApp{App: test.NewTempApp(t)}
		f := &fakeHouses{}
		l, err := Launch(a, f.houses(), Options{Lang: "nl", Today: monday})
		if err != nil || l.Welcome() == nil {
			t.Fatalf("welcome %v, %v", l.Welcome(), err)
		}
		l.Window().Show()
		raise(t, a, l, l.Window())
		test.Tap(l.Welcome().Demo)
		if l.Current() != StartDemo {
			t.Fatal("the demo did not open")
		}
		raise(t, a, l, l.Window()) // the demo's own window, not the closed welcome
		l.OpenOwn()                // no own house yet: the wizard in a window of its own
		if l.ownWizard == nil {
			t.Fatal("no wizard window")
		}
		raise(t, a, l, l.Window(), l.ownWizard) // the wizard ends on top
		l.ownWizard.Close()
		raise(t, a, l, l.Window())
	})
	t.Run("the house used last", func(t *testing.T) {
		a := &raiseApp{App: test.NewTempApp(t)}
		f := &fakeHouses{own: &closingStore{MemStore: NewMemStore(rostertest.SmallHouse())}}
		l, err := Launch(a, f.houses(), Options{Lang: "nl", Today: monday, Who: "Anna"})
		if err != nil || l.Current() != StartOwn {
			t.Fatalf("current %q, %v", l.Current(), err)
		}
		l.Window().Show()
		raise(t, a, l, l.Window())
	})
}
