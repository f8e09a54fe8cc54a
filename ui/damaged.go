package ui

// This file is the screen the app shows instead of a dead end when the own
// house's roster file is damaged: what happened in one sentence, and one
// button that puts the newest good backup back (the store keeps the
// damaged file aside and carries the log forward), after which the house
// opens as usual.

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/assets"
	"github.com/huisrooster/huisrooster/roster"
)

// Damage is the way out of a damaged roster file: the newest good backup
// and how to put it back. The store decides both (cmd wires them in
// Houses.Damaged); the screen only offers them.
type Damage struct {
	// BackupTime is when the newest good backup was made; zero when there
	// is no good backup.
	BackupTime time.Time
	// Restore puts that backup back; nil when there is none.
	Restore func() error
}

// DamagedScreen is the screen of a damaged roster file.
type DamagedScreen struct {
	// Restore puts the newest good backup back (nil without one).
	Restore *widget.Button
	// Quit closes the app.
	Quit    *widget.Button
	Message *widget.Label
	content fyne.CanvasObject
}

// backupWhen formats when a backup was made: "zo 6 dec 2026, 17:30" in
// Dutch, "Sun 6 Dec 2026, 17:30" in English (Amsterdam time).
func backupWhen(t time.Time, l roster.Lang) string {
	t = t.In(roster.Amsterdam)
	d := roster.DateOf(t)
	if l == roster.English {
		return t.Format("Mon 2 Jan 2006, 15:04")
	}
	return fmt.Sprintf("%s %d %s %d, %s", roster.DayNameNL(d), t.Day(), monthsNL[t.Month()-1], t.Year(), t.Format("15:04"))
}

// NewDamagedScreen returns the screen for damage d in language code;
// onRestore runs the restore (the button is disabled meanwhile), onQuit
// closes the app.
func NewDamagedScreen(d Damage, code string, onRestore, onQuit func()) *DamagedScreen {
	s := &DamagedScreen{Quit: widget.NewButton(lang.X("damaged.quit", "Close Huisrooster"), onQuit)}
	title := widget.NewLabelWithStyle(lang.X("damaged.title", "The roster file is damaged"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = "headingText"
	text := lang.X("damaged.text", "Huisrooster cannot open your house's roster file safely: part of it is damaged. Nothing has been changed.")
	if d.Restore != nil {
		text += "\n\n" + lang.X("damaged.restore.text", "Put the newest good backup back. The damaged file is kept aside, and the log keeps every change made after the backup; changes to the roster itself since then must be made again.")
		label := fmt.Sprintf(lang.X("damaged.restore", "Restore the newest good backup (from %s)"), backupWhen(d.BackupTime, roster.LangOf(code)))
		s.Restore = widget.NewButton(label, onRestore)
		s.Restore.Importance = widget.HighImportance
	} else {
		text += "\n\n" + lang.X("damaged.nobackup", "There is no good backup to put back. Keep the file as it is and ask for help; a copy of the backups folder from elsewhere (a USB stick) can be restored with 'huisrooster restore'.")
	}
	s.Message = widget.NewLabel(text)
	s.Message.Wrapping = fyne.TextWrapWord
	buttons := []fyne.CanvasObject{}
	if s.Restore != nil {
		buttons = append(buttons, s.Restore)
	}
	buttons = append(buttons, s.Quit)
	icon := widget.NewIcon(assets.Icon())
	head := container.NewBorder(nil, nil, container.NewGridWrap(fyne.NewSize(64, 64), icon), nil, title)
	body := container.NewVBox(head, s.Message, container.NewVBox(buttons...))
	s.content = container.NewCenter(container.NewGridWrap(fyne.NewSize(640, 360), body))
	return s
}

// Content returns the screen's widget tree.
func (s *DamagedScreen) Content() fyne.CanvasObject { return s.content }

// Damaged returns the damaged-roster screen when it is on screen.
func (l *Launcher) Damaged() *DamagedScreen { return l.damaged }

// showDamaged puts the damaged-roster screen for d in a new window.
func (l *Launcher) showDamaged(d Damage) {
	code := ChooseLanguage(l.opt.Lang, SystemLocale())
	if p := l.fa.Preferences().String(PrefLanguage); l.opt.Lang == "" && p != "" {
		code = ChooseLanguage(p, SystemLocale())
	}
	l.win = l.fa.NewWindow("Huisrooster")
	l.win.SetIcon(assets.Icon())
	l.win.Resize(l.size())
	var s *DamagedScreen
	s = NewDamagedScreen(d, code, func() { l.restoreDamaged(d, s, code) }, l.fa.Quit)
	l.damaged = s
	l.win.SetTitle("Huisrooster — " + lang.X("damaged.title", "The roster file is damaged"))
	l.win.SetContent(s.Content())
}

// restoreDamaged puts the newest good backup back and opens the house; a
// failure is shown on the damaged screen, which stays.
func (l *Launcher) restoreDamaged(d Damage, s *DamagedScreen, code string) {
	s.Restore.Disable()
	fail := func(err error) {
		s.Restore.Enable()
		dialog.ShowError(fmt.Errorf("%s", PickLang(err.Error(), code)), l.win)
	}
	if err := d.Restore(); err != nil {
		fail(err)
		return
	}
	st, err := l.houses.OpenOwn()
	if err != nil {
		fail(err)
		return
	}
	if err := l.open(st, StartOwn); err != nil {
		fail(err)
		return
	}
	l.damaged = nil
	dialog.ShowInformation(lang.X("damaged.done.title", "Backup restored"),
		fmt.Sprintf(lang.X("damaged.done", "The backup of %s is back. The damaged file is kept with the backups; the log shows the restore."),
			backupWhen(d.BackupTime, roster.LangOf(code))), l.win)
}

// repairer is a store that may have repaired the house as it opened
// (store.Store: names an older version let through).
type repairer interface{ Repairs() []roster.Problem }

// showRepairs tells in a dialog what opening st repaired, if anything.
func (l *Launcher) showRepairs(st roster.Store) {
	r, ok := st.(repairer)
	if !ok || len(r.Repairs()) == 0 || l.win == nil {
		return
	}
	code := ChooseLanguage(l.opt.Lang, SystemLocale())
	if p := l.fa.Preferences().String(PrefLanguage); l.opt.Lang == "" && p != "" {
		code = ChooseLanguage(p, SystemLocale())
	}
	var lines []string
	for _, p := range r.Repairs() {
		if code == "en" {
			lines = append(lines, "• "+p.EN)
		} else {
			lines = append(lines, "• "+p.NL)
		}
	}
	msg := fmt.Sprintf(lang.X("repaired.text", "The roster was written by an older version. These entries did not keep today's rules and were repaired (the log shows it as 'repaired on open', a backup was made first):\n%s"),
		strings.Join(lines, "\n"))
	dialog.ShowInformation(lang.X("repaired.title", "Roster repaired"), msg, l.win)
}
