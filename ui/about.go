package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/assets"
	"github.com/huisrooster/huisrooster/roster"
)

// Licence is the app's licence as the About dialog names it; the full text
// is the LICENSE file next to the README.
const Licence = "MIT"

// AboutInfo is what the About dialog shows besides the fixed texts.
type AboutInfo struct {
	// Version is the build's version, as "huisrooster --version" prints it.
	Version string
	// DataPath is the roster file; "" means a demo in memory.
	DataPath string
	// BackupDir is the folder with the roster's backups; "" hides the line.
	BackupDir string
}

// ShowAbout shows "Over Huisrooster" / "About Huisrooster" over win: the
// version, the licence and where the data lives, with a button that copies
// the data path (for a backup by hand, or to tell the helpdesk). It returns
// the dialog, already shown.
func ShowAbout(win fyne.Window, info AboutInfo) dialog.Dialog {
	icon := canvas.NewImageFromResource(assets.Icon())
	icon.FillMode = canvas.ImageFillContain
	icon.SetMinSize(fyne.NewSize(64, 64))

	name := widget.NewLabelWithStyle("Huisrooster", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	version := info.Version
	if version == "" {
		version = "?"
	}
	head := container.NewBorder(nil, nil, icon, nil, container.NewVBox(
		name,
		widget.NewLabel(lang.X("about.version", "Version")+" "+version),
	))

	blurb := widget.NewLabel(lang.X("about.blurb",
		"The roster of the team of a small care house: three present, every night covered, room to step in."))
	blurb.Wrapping = fyne.TextWrapWord
	licence := widget.NewLabel(lang.X("about.licence",
		"Free software under the MIT licence (see LICENSE): use, change and share it freely; without warranty."))
	licence.Wrapping = fyne.TextWrapWord

	form := widget.NewForm()
	if info.DataPath == "" {
		form.Append(lang.X("about.data", "Data"), widget.NewLabel(lang.X("about.demo", "Demo in memory: nothing is saved")))
	} else {
		form.Append(lang.X("about.data", "Data"), selectable(info.DataPath))
		if info.BackupDir != "" {
			form.Append(lang.X("about.backups", "Backups"), selectable(info.BackupDir))
		}
	}

	items := []fyne.CanvasObject{head, blurb, licence, form}
	if info.DataPath != "" {
		copyPath := widget.NewButton(lang.X("about.copypath", "Copy data location"), func() {
			fyne.CurrentApp().Clipboard().SetContent(info.DataPath)
		})
		items = append(items, container.NewHBox(copyPath))
	}
	d := dialog.NewCustom(lang.X("about.title", "About Huisrooster"), lang.X("OK", "OK"), container.NewVBox(items...), win)
	d.Resize(fyne.NewSize(680, 0))
	d.Show()
	return d
}

// selectable is a wrapping label whose text can be selected and copied.
func selectable(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapBreak
	l.Selectable = true
	return l
}

// aboutFunc returns what Help → About shows over st, from the app's
// Options.About; nil when there is none.
func aboutFunc(about func(st roster.Store) AboutInfo, st roster.Store) func() AboutInfo {
	if about == nil {
		return nil
	}
	return func() AboutInfo { return about(st) }
}

// withAbout adds a help menu with "About Huisrooster" to mm and returns mm.
func (a *App) withAbout(mm *fyne.MainMenu) *fyne.MainMenu {
	if mm == nil {
		return mm
	}
	about := fyne.NewMenuItem(lang.X("menu.about", "About Huisrooster"), a.showAbout)
	mm.Items = append(mm.Items, fyne.NewMenu(lang.X("menu.help", "Help"), about))
	return mm
}

// showAbout shows the About dialog over the main window.
func (a *App) showAbout() {
	var info AboutInfo
	if a.about != nil {
		info = a.about()
	}
	ShowAbout(a.win, info)
}
