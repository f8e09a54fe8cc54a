package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
)

// shortcuts returns the keyboard shortcuts of the week screen with their
// actions. They are put on the canvas, shown on the main menu items and
// handled by the grid while it has focus.
func (ws *WeekScreen) shortcuts() []struct {
	s  fyne.Shortcut
	fn func()
} {
	ctrl := fyne.KeyModifierShortcutDefault
	return []struct {
		s  fyne.Shortcut
		fn func()
	}{
		{&fyne.ShortcutUndo{}, ws.Undo},
		{&fyne.ShortcutRedo{}, ws.Redo},
		{&desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: ctrl | fyne.KeyModifierShift}, ws.Redo},
		{&fyne.ShortcutCopy{}, ws.clipboard.Copy},
		{&fyne.ShortcutPaste{}, ws.clipboard.Paste},
		{&desktop.CustomShortcut{KeyName: fyne.KeyPageUp, Modifier: ctrl}, ws.PrevWeek},
		{&desktop.CustomShortcut{KeyName: fyne.KeyPageDown, Modifier: ctrl}, ws.NextWeek},
		{&desktop.CustomShortcut{KeyName: fyne.KeyHome, Modifier: ctrl}, ws.ThisWeek},
		{&desktop.CustomShortcut{KeyName: fyne.KeyG, Modifier: ctrl}, ws.showGotoDate},
		{&desktop.CustomShortcut{KeyName: fyne.KeyP, Modifier: ctrl}, ws.print.show},
		{&desktop.CustomShortcut{KeyName: fyne.KeyJ, Modifier: ctrl}, func() { ws.ShowYear() }},
	}
}

// shortcut runs the action of s, if it is one of the screen's shortcuts.
func (ws *WeekScreen) shortcut(s fyne.Shortcut) {
	for _, sc := range ws.shortcuts() {
		if sc.s.ShortcutName() == s.ShortcutName() {
			sc.fn()
			return
		}
	}
}

// AddShortcuts puts the screen's shortcuts on the window's canvas.
func (ws *WeekScreen) AddShortcuts() {
	c := ws.win.Canvas()
	for _, sc := range ws.shortcuts() {
		fn := sc.fn
		c.AddShortcut(sc.s, func(fyne.Shortcut) { fn() })
	}
	installEscape(ws.win)
}

// RemoveShortcuts takes the screen's shortcuts off the canvas.
func (ws *WeekScreen) RemoveShortcuts() {
	c := ws.win.Canvas()
	for _, sc := range ws.shortcuts() {
		c.RemoveShortcut(sc.s)
	}
}

// MainMenu returns the window's main menu for the screen. switchUser and
// setLang are the app's actions; code is the current language.
func (ws *WeekScreen) MainMenu(switchUser func(), setLang func(string), code string) *fyne.MainMenu {
	sc := ws.shortcuts()
	item := func(key, fallback string, fn func(), s fyne.Shortcut) *fyne.MenuItem {
		it := fyne.NewMenuItem(lang.X(key, fallback), fn)
		it.Shortcut = s
		return it
	}
	roster := fyne.NewMenu(lang.X("menu.roster", "Roster"),
		item("menu.undo", "Undo", ws.Undo, sc[0].s),
		item("menu.redo", "Redo", ws.Redo, sc[1].s),
		fyne.NewMenuItemSeparator(),
		item("menu.copy", "Copy cell", ws.clipboard.Copy, sc[3].s),
		item("menu.paste", "Paste cell", ws.clipboard.Paste, sc[4].s),
		fyne.NewMenuItemSeparator(),
		item("fill.menu", "Fill in…", ws.fill.show, nil),
		item("week.copyprev", "Copy previous week", ws.actions.showCopyPrevWeek, nil),
		item("base.apply", "Apply base roster…", ws.actions.showApplyBase, nil),
		item("base.set", "Make base roster from these weeks…", ws.actions.showSetBase, nil),
		fyne.NewMenuItemSeparator(),
		item("log.menu", "Log…", ws.auditLog.show, nil),
	)
	week := fyne.NewMenu(lang.X("menu.week", "Week"),
		item("week.prev", "Previous week", ws.PrevWeek, sc[5].s),
		item("week.next", "Next week", ws.NextWeek, sc[6].s),
		item("week.today", "This week", ws.ThisWeek, sc[7].s),
		item("week.goto", "Go to date…", ws.showGotoDate, sc[8].s),
		item("print.menu", "Print week…", ws.print.show, sc[9].s),
		item("year.menu", "Year overview…", func() { ws.ShowYear() }, sc[10].s),
		fyne.NewMenuItemSeparator(),
		item("menu.fixunlock", "Fix or unlock week…", ws.actions.toggleFixed, nil),
	)
	nl := fyne.NewMenuItem("Nederlands", func() { setLang("nl") })
	nl.Checked = code == "nl"
	en := fyne.NewMenuItem("English", func() { setLang("en") })
	en.Checked = code == "en"
	langItem := fyne.NewMenuItem(lang.X("menu.language", "Language"), nil)
	langItem.ChildMenu = fyne.NewMenu("", nl, en)
	view := fyne.NewMenu(lang.X("menu.settings", "Settings"),
		item("menu.switchuser", "Switch user…", switchUser, nil),
		langItem,
	)
	return fyne.NewMainMenu(roster, ws.withRounds(week), view)
}
