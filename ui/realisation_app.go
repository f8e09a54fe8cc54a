package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// withRealisation adds "Realisation (teamleider)…" to the last menu of mm
// (the settings menu) and returns mm.
func (a *App) withRealisation(mm *fyne.MainMenu) *fyne.MainMenu {
	if mm == nil || len(mm.Items) == 0 {
		return mm
	}
	last := mm.Items[len(mm.Items)-1]
	last.Items = append(last.Items, fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.X("menu.realisation", "Realisation (teamleider)…"), a.ShowRealisation))
	return mm
}

// ShowRealisation shows the realisation screen over the editor's house; its
// back button returns to the week screen. The PIN is saved through the
// editor, so it is in the audit log and can be undone.
func (a *App) ShowRealisation() {
	if a.ws != nil {
		a.ws.RemoveShortcuts()
	}
	v := NewRealisationView(a.ed.House(), RealisationOptions{
		Window: a.win, Today: a.ed.Today(), Lang: a.lang,
		Do: a.ed.Do, Current: a.ed.House, OnClose: a.showWeek, Who: a.ed.Who, SwitchUser: a.switchUserToRealisation,
	})
	a.win.SetContent(v.Content())
	a.win.SetTitle(a.title() + " — " + lang.X("real.title", "Realisation"))
}

// switchUserToRealisation asks who is using the app (from the
// realisation's "only the teamleider sets the PIN") and comes back to the
// realisation with the new user, where the teamleider can set the PIN at
// once; the week screen and its menu are rebuilt underneath.
func (a *App) switchUserToRealisation() {
	if a.ws != nil {
		a.ws.RemoveShortcuts()
	}
	a.win.SetMainMenu(nil)
	a.who = newWhoScreen(a.ed.House(), a.ed.Today(), func(name string) {
		a.ed.SetWho(name)
		a.showWeek()
		a.ShowRealisation()
	})
	a.win.SetTitle("Huisrooster — " + lang.X("who.title", "Who are you?"))
	a.win.SetContent(a.who.content)
}
