package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/huisrooster/huisrooster/assets"
	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/publish"
)

// AppID is the Fyne application ID (also in FyneApp.toml).
const AppID = "nl.huisrooster.app"

// Options configure the app window.
type Options struct {
	// Lang overrides the language ("nl" or "en"); "" uses the saved
	// preference, then the system language.
	Lang string
	// Today is the date the app takes as today; 0 means roster.Today().
	Today roster.Date
	// Who, when set, is the team member using the app: the "who are you"
	// screen is skipped.
	Who string
	// Size is the window size; zero means 1340 × 720 (fits a 1366 × 768
	// laptop screen with a task bar).
	Size fyne.Size
	// About, when set, returns what Help → About shows for the roster st:
	// the version and where the data lives (about.go).
	About func(st roster.Store) AboutInfo
}

// App is the main window: first "Wie ben jij?", then the week screen.
type App struct {
	fa   fyne.App
	win  fyne.Window
	ed   *Editor
	ws   *WeekScreen
	who  *whoScreen
	lang string
	// about returns what the About dialog shows; nil: no version or data.
	about func() AboutInfo
	// pub publishes to the folder of "Publiceer naar map…" (publish.go);
	// nil when the store keeps no local records.
	pub *publisher

	// OnWeekScreen, when set, is called with every new week screen, so
	// other screens can set its hooks (CellMenuExtra).
	OnWeekScreen func(ws *WeekScreen)
	// HouseMenu, when set, returns extra items for the settings menu, such
	// as switching between the demo house and the own house (welcome.go).
	HouseMenu func() []*fyne.MenuItem
}

// NewApp opens the main window of fa over st. It shows the "who are you"
// screen; call Show or ShowAndRun on Window to put it on screen.
func NewApp(fa fyne.App, st roster.Store, opt Options) (*App, error) {
	today := opt.Today
	if today == 0 {
		today = roster.Today()
	}
	a := &App{fa: fa, about: aboutFunc(opt.About, st)}
	override := opt.Lang
	if override == "" {
		override = fa.Preferences().String(PrefLanguage)
	}
	a.lang = ChooseLanguage(override, SystemLocale())
	if err := SetLanguage(a.lang); err != nil {
		return nil, err
	}
	fa.SetIcon(assets.Icon())
	ed, err := NewEditor(st, today)
	if err != nil {
		return nil, err
	}
	a.ed = ed
	a.startPublisher(publish.DefaultDelay)
	a.win = fa.NewWindow("Huisrooster")
	a.win.SetOnClosed(a.flushPublish)
	a.win.SetIcon(assets.Icon())
	size := opt.Size
	if size.Width <= 0 || size.Height <= 0 {
		size = fyne.NewSize(1340, 720)
	}
	a.win.Resize(size)
	if opt.Who != "" {
		a.ChooseUser(opt.Who)
	} else {
		a.ShowWho()
	}
	return a, nil
}

// Window returns the main window.
func (a *App) Window() fyne.Window { return a.win }

// Editor returns the editor behind the week screen.
func (a *App) Editor() *Editor { return a.ed }

// Week returns the week screen (nil before someone chose their name).
func (a *App) Week() *WeekScreen { return a.ws }

// Language returns the UI language, "nl" or "en".
func (a *App) Language() string { return a.lang }

// ShowWho shows the "who are you" screen.
func (a *App) ShowWho() {
	if a.ws != nil {
		a.ws.RemoveShortcuts()
	}
	a.win.SetMainMenu(nil)
	a.who = newWhoScreen(a.ed.House(), a.ed.Today(), a.ChooseUser)
	a.win.SetTitle("Huisrooster — " + lang.X("who.title", "Who are you?"))
	a.win.SetContent(a.who.content)
}

// ChooseUser sets the team member using the app and shows the week screen.
func (a *App) ChooseUser(name string) {
	a.ed.SetWho(name)
	a.showWeek()
	a.showChanges(name, true)
}

// showWeek (re)builds the week screen in the current language.
func (a *App) showWeek() {
	if a.ws != nil {
		a.ws.RemoveShortcuts()
	}
	a.ws = NewWeekScreen(a.win, a.ed, a.lang)
	a.ws.OnSwitchUser = a.ShowWho
	a.ws.AddShortcuts()
	if a.OnWeekScreen != nil {
		a.OnWeekScreen(a.ws)
	}
	a.win.SetMainMenu(a.withPublish(a.withChanges(a.withAbout(a.withSettings(a.withRealisation(a.ws.MainMenu(a.ShowWho, a.SetLanguage, a.lang)))))))
	a.win.SetContent(a.ws.Content())
	a.win.SetTitle(a.title())
	a.win.Canvas().Focus(a.ws.grid)
}

// title is "Huisrooster — De Linde — Anna".
func (a *App) title() string {
	t := "Huisrooster"
	if n := a.ed.House().Name; n != "" {
		t += " — " + n
	}
	if a.ed.Who() != "" {
		t += " — " + a.ed.Who()
	}
	return t
}

// SetLanguage switches the UI to code ("nl" or "en"), saves the choice and
// rebuilds the screen; the editor keeps its week and its undo history.
func (a *App) SetLanguage(code string) {
	if err := SetLanguage(code); err != nil {
		fyne.LogError("taal / language", err)
		return
	}
	a.lang = code
	a.fa.Preferences().SetString(PrefLanguage, code)
	if a.ws != nil && a.ed.Who() != "" {
		a.showWeek()
		return
	}
	a.ShowWho()
}
