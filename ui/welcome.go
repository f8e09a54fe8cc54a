package ui

// This file is the first start: the welcome screen ("Open the demo house" or
// "Set up our house") and the Launcher that decides at every start which
// roster file to open: the one used last, the own house before the demo
// house, and the welcome screen when there is neither. The demo house lives
// in its own file, so real data is never mixed with it.

import (
	"errors"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/assets"
	"github.com/huisrooster/huisrooster/roster"
)

// PrefHouse is the preference key of the house used last: "demo" or "own".
const PrefHouse = "house"

// Which house a start opens.
const (
	StartWelcome = "welcome"
	StartOwn     = "own"
	StartDemo    = "demo"
)

// ChooseStart returns which house to open: the demo house when it was used
// last and still exists, else the own house when it exists, else the demo
// house when it exists, else the welcome screen.
func ChooseStart(last string, hasOwn, hasDemo bool) string {
	switch {
	case last == StartDemo && hasDemo:
		return StartDemo
	case hasOwn:
		return StartOwn
	case hasDemo:
		return StartDemo
	}
	return StartWelcome
}

// ErrNoHouse is returned by Houses.OpenOwn when the own file holds no house
// yet (a set-up that did not finish): the welcome screen shows instead.
var ErrNoHouse = errors.New("nog geen eigen huis / no own house yet")

// Houses are the two roster files of the app.
type Houses struct {
	HasOwn, HasDemo func() bool
	// OpenOwn opens the own house's file.
	OpenOwn func() (roster.Store, error)
	// CreateOwn creates the own house's file with h (store Replace).
	CreateOwn func(h *roster.House) (roster.Store, error)
	// OpenDemo opens the demo file, creating it with De Linde when new.
	OpenDemo func() (roster.Store, error)
	// Damaged reports whether an error of OpenOwn means the own file is
	// damaged, and the way out (damaged.go); nil: never.
	Damaged func(err error) (Damage, bool)
}

// Welcome is the welcome screen.
type Welcome struct {
	Demo, Setup *widget.Button
	content     fyne.CanvasObject
}

// NewWelcome returns the welcome screen with its two choices.
func NewWelcome(onDemo, onSetup func()) *Welcome {
	w := &Welcome{
		Demo:  widget.NewButton(lang.X("welcome.demo", "Open the demo house"), onDemo),
		Setup: widget.NewButton(lang.X("welcome.setup", "Set up our house"), onSetup),
	}
	w.Setup.Importance = widget.HighImportance
	title := widget.NewLabelWithStyle(lang.X("welcome.title", "Welcome to Huisrooster"), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	title.SizeName = "headingText"
	intro := widget.NewLabel(lang.X("welcome.intro", "The roster your team makes itself: who is there when, without anyone from IT."))
	intro.Alignment = fyne.TextAlignCenter
	intro.Wrapping = fyne.TextWrapWord
	demoText := widget.NewLabel(lang.X("welcome.demo.text", "Look around in De Linde: a house for 6 children with its whole team and four weeks of roster, gaps and all. It lives in its own file; your own data never mixes with it."))
	demoText.Wrapping = fyne.TextWrapWord
	setupText := widget.NewLabel(lang.X("welcome.setup.text", "In about ten minutes: the name of your house, the team, the shifts and how many of you must be there when."))
	setupText.Wrapping = fyne.TextWrapWord
	card := func(text *widget.Label, b *widget.Button) fyne.CanvasObject {
		return widget.NewCard("", "", container.NewBorder(nil, b, nil, nil, text))
	}
	icon := widget.NewIcon(assets.Icon())
	head := container.NewVBox(container.NewCenter(container.NewGridWrap(fyne.NewSize(96, 96), icon)), title, intro)
	w.content = container.NewCenter(container.NewGridWrap(fyne.NewSize(760, 380),
		container.NewBorder(head, nil, nil, nil, container.NewGridWithColumns(2, card(demoText, w.Demo), card(setupText, w.Setup)))))
	return w
}

// Content returns the welcome screen's widget tree.
func (w *Welcome) Content() fyne.CanvasObject { return w.content }

// Launcher opens the house of this start and switches between the demo
// house and the own house.
type Launcher struct {
	fa      fyne.App
	houses  Houses
	opt     Options
	win     fyne.Window // the window on screen (welcome, wizard or app)
	app     *App
	store   roster.Store
	current string // StartOwn or StartDemo once a house is open
	wizard  *Wizard
	welcome *Welcome
	damaged *DamagedScreen
	// ownWizard is the set-up wizard's own window, opened from the demo
	// house's menu, while it is open (Raise).
	ownWizard fyne.Window
}

// Launch opens the house of this start (ChooseStart) or shows the welcome
// screen; call ShowAndRun on Window.
func Launch(fa fyne.App, houses Houses, opt Options) (*Launcher, error) {
	l := &Launcher{fa: fa, houses: houses, opt: opt}
	code := opt.Lang
	if code == "" {
		code = fa.Preferences().String(PrefLanguage)
	}
	if err := SetLanguage(ChooseLanguage(code, SystemLocale())); err != nil {
		return nil, err
	}
	switch ChooseStart(fa.Preferences().String(PrefHouse), houses.HasOwn(), houses.HasDemo()) {
	case StartOwn:
		st, err := houses.OpenOwn()
		if err == nil {
			return l, l.open(st, StartOwn)
		}
		if houses.Damaged != nil {
			if d, ok := houses.Damaged(err); ok {
				l.showDamaged(d)
				return l, nil
			}
		}
		if !errors.Is(err, ErrNoHouse) {
			return nil, err
		}
		if houses.HasDemo() {
			if st, err = houses.OpenDemo(); err != nil {
				return nil, err
			}
			return l, l.open(st, StartDemo)
		}
	case StartDemo:
		st, err := houses.OpenDemo()
		if err != nil {
			return nil, err
		}
		return l, l.open(st, StartDemo)
	}
	l.win = fa.NewWindow("Huisrooster")
	l.win.SetIcon(assets.Icon())
	l.win.Resize(l.size())
	l.showWelcome()
	return l, nil
}

// Window returns the window on screen.
func (l *Launcher) Window() fyne.Window { return l.win }

// App returns the open app (nil on the welcome screen).
func (l *Launcher) App() *App { return l.app }

// Welcome returns the welcome screen (nil when it was never shown).
func (l *Launcher) Welcome() *Welcome { return l.welcome }

// Wizard returns the set-up wizard when it is on screen.
func (l *Launcher) Wizard() *Wizard { return l.wizard }

// Current returns StartOwn or StartDemo, or "" before a house is open.
func (l *Launcher) Current() string { return l.current }

// Close closes the open store.
func (l *Launcher) Close() error {
	if l.store == nil {
		return nil
	}
	err := l.store.Close()
	l.store = nil
	return err
}

// size is the window size of the options (default 1340 × 720).
func (l *Launcher) size() fyne.Size {
	if l.opt.Size.Width > 0 && l.opt.Size.Height > 0 {
		return l.opt.Size
	}
	return fyne.NewSize(1340, 720)
}

// showWelcome puts the welcome screen in the window.
func (l *Launcher) showWelcome() {
	l.wizard = nil
	w := NewWelcome(l.OpenDemo, func() { l.ShowWizard(l.win, l.showWelcome) })
	l.welcome = w
	l.win.SetTitle("Huisrooster — " + lang.X("welcome.title", "Welcome to Huisrooster"))
	l.win.SetContent(w.Content())
}

// ShowWizard shows the set-up wizard in win; cancel leaves it.
func (l *Launcher) ShowWizard(win fyne.Window, cancel func()) {
	code := ChooseLanguage(l.opt.Lang, SystemLocale())
	if p := l.fa.Preferences().String(PrefLanguage); l.opt.Lang == "" && p != "" {
		code = ChooseLanguage(p, SystemLocale())
	}
	today := l.opt.Today
	if today == 0 {
		today = roster.Today()
	}
	l.wizard = NewWizard(win, today, code, func(h *roster.House) error {
		st, err := l.houses.CreateOwn(h)
		if err != nil {
			return fmt.Errorf("huis opslaan / save house: %w", err)
		}
		ownWindow := win != l.win // the wizard has its own window (from the menu)
		if err := l.open(st, StartOwn); err != nil {
			return err
		}
		if ownWindow {
			win.Close()
		}
		return nil
	}, cancel)
	win.SetTitle("Huisrooster — " + lang.X("wiz.title", "Set up our house"))
	win.SetContent(l.wizard.Content())
}

// OpenDemo opens the demo house.
func (l *Launcher) OpenDemo() { l.switchTo(StartDemo) }

// OpenOwn opens the own house, or the wizard when there is none yet.
func (l *Launcher) OpenOwn() {
	if !l.houses.HasOwn() {
		w := l.fa.NewWindow("Huisrooster")
		w.SetIcon(assets.Icon())
		w.Resize(l.size())
		l.ShowWizard(w, w.Close)
		l.ownWizard = w
		w.SetOnClosed(func() { l.ownWizard = nil })
		w.Show()
		return
	}
	l.switchTo(StartOwn)
}

// switchTo opens which (StartOwn or StartDemo), closing the house open now.
func (l *Launcher) switchTo(which string) {
	if which == l.current {
		return // already open
	}
	open := l.houses.OpenDemo
	if which == StartOwn {
		open = l.houses.OpenOwn
	}
	st, err := open()
	if err != nil {
		if l.win != nil {
			showLocalError(err, l.win)
		}
		fyne.LogError("huis openen / open house", err)
		return
	}
	if err := l.open(st, which); err != nil && l.win != nil {
		showLocalError(err, l.win)
	}
}

// open shows the app over st in a new window, then closes the previous
// window and store.
func (l *Launcher) open(st roster.Store, which string) error {
	opt := l.opt // another house has another team: "who are you" again, unless --who
	a, err := NewApp(l.fa, st, opt)
	if err != nil {
		st.Close()
		return err
	}
	l.current = which // the house menu reads it
	a.HouseMenu = l.houseMenu
	if a.ws != nil {
		a.showWeek() // again, now with the house items in the menu
	}
	oldWin, oldStore := l.win, l.store
	l.app, l.store, l.win, l.wizard = a, st, a.Window(), nil
	l.fa.Preferences().SetString(PrefHouse, which)
	if oldWin != nil {
		a.Window().Show()
		oldWin.Close()
	}
	l.showRepairs(st)
	l.showOpenProblems(st)
	if oldStore != nil {
		if err := oldStore.Close(); err != nil {
			fyne.LogError("rooster sluiten / close roster", err)
		}
	}
	return nil
}

// houseMenu returns the settings menu's items to switch houses.
func (l *Launcher) houseMenu() []*fyne.MenuItem {
	if l.current == StartDemo {
		label := lang.X("menu.openown", "Open our own house")
		if !l.houses.HasOwn() {
			label = lang.X("menu.setupown", "Set up our house…")
		}
		return []*fyne.MenuItem{fyne.NewMenuItem(label, l.OpenOwn)}
	}
	return []*fyne.MenuItem{fyne.NewMenuItem(lang.X("menu.opendemo", "Open the demo house"), l.OpenDemo)}
}
