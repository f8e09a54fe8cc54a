package ui

import (
	"errors"
	"fmt"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/publish"
)

// publisher publishes the roster to the folder of the house setting
// "Publiceer naar map…", debounced, after every saved change. It reads the
// house from the store, so it runs off the UI goroutine.
type publisher struct {
	st    roster.Store
	ls    roster.LocalStore
	today func() roster.Date
	deb   *publish.Debouncer
	// onError is called (on the UI goroutine) when a publish fails after
	// one that did not.
	onError func(error)

	mu     sync.Mutex
	last   time.Time // when the last publish ended
	result publish.Result
	err    error
}

// newPublisher returns the publisher of st, or nil when st keeps no local
// records (then there is no setting to read).
func newPublisher(st roster.Store, today func() roster.Date, delay time.Duration) *publisher {
	ls, ok := st.(roster.LocalStore)
	if !ok {
		return nil
	}
	p := &publisher{st: st, ls: ls, today: today}
	p.deb = publish.NewDebouncer(delay, func() { p.run(false) })
	return p
}

// trigger schedules a publish (when the setting is on).
func (p *publisher) trigger() {
	if p != nil {
		p.deb.Trigger()
	}
}

// run publishes once if the setting is on (or force), and keeps the result.
func (p *publisher) run(force bool) (publish.Result, error) {
	cfg, err := publish.LoadConfig(p.ls)
	if err != nil {
		fyne.LogError("publiceren / publish", err)
		return publish.Result{}, err
	}
	if !cfg.On && !force {
		return publish.Result{}, nil
	}
	var res publish.Result
	h, err := p.st.Load()
	if err == nil {
		res, err = publish.Publish(cfg.Dir, h, p.ls, p.today(), time.Now(), roster.LangOf(cfg.Lang))
	}
	p.mu.Lock()
	wasOK := p.err == nil
	p.last, p.result, p.err = time.Now(), res, err
	p.mu.Unlock()
	if err != nil && wasOK && p.onError != nil && !force {
		fyne.Do(func() { p.onError(err) })
	}
	return res, err
}

// status returns the last publish: when, what it did and its error.
func (p *publisher) status() (time.Time, publish.Result, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.last, p.result, p.err
}

// publishDialog is "Publiceer naar map…": the folder, on or off, the last
// publish, and "Save and publish".
type publishDialog struct {
	on     *widget.Check
	dir    *DialogEntry
	choose *widget.Button
	status *widget.Label
	save   *widget.Button
	dlg    *dialog.CustomDialog
}

// showPublishSettings shows the "Publiceer naar map…" dialog.
func (a *App) showPublishSettings() *publishDialog {
	p := a.pub
	if p == nil {
		return nil
	}
	cfg, err := publish.LoadConfig(p.ls)
	if err != nil {
		a.ws.showError(err)
		return nil
	}
	d := &publishDialog{}
	intro := widget.NewLabel(lang.X("pub.intro", "After every change the app writes to this folder: a calendar (.ics) per team member, the fridge week of this and next week (PDF) and index.html. First names and shifts only: never sickness, absence, pay or wishes. Choose a folder that OneDrive, Nextcloud or another sync program shares."))
	intro.Wrapping = fyne.TextWrapWord
	d.on = widget.NewCheck(lang.X("pub.on", "Publish to this folder"), nil)
	d.on.SetChecked(cfg.On)
	d.dir = newEntry()
	d.dir.SetPlaceHolder(lang.X("pub.dir.none", "No folder chosen"))
	d.dir.SetText(cfg.Dir)
	d.choose = widget.NewButtonWithIcon(lang.X("pub.choose", "Choose folder…"), theme.FolderOpenIcon(), func() {
		fd := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
			if err != nil {
				a.ws.showError(bilingual("map kiezen", "choose folder", err))
				return
			}
			if u != nil {
				d.dir.SetText(u.Path())
			}
		}, a.win)
		fd.Show()
		fd.Resize(printDialogSize)
	})
	d.status = widget.NewLabel("")
	d.status.Wrapping = fyne.TextWrapWord
	d.showStatus(p, a.lang)
	d.save = widget.NewButtonWithIcon(lang.X("pub.save", "Save and publish"), theme.UploadIcon(), func() {
		c := publish.Config{On: d.on.Checked, Dir: d.dir.Text, Lang: a.lang}
		if err := publish.SaveConfig(p.ls, c); err != nil {
			d.status.SetText(pickLang(err.Error(), a.lang))
			return
		}
		if c.On {
			p.deb.Flush()
			p.run(true)
		}
		d.showStatus(p, a.lang)
	})
	d.save.Importance = widget.HighImportance
	closeBtn := widget.NewButtonWithIcon(lang.X("Close", "Close"), theme.CancelIcon(), nil)
	form := container.NewVBox(intro, d.on,
		container.NewBorder(nil, nil, widget.NewLabel(lang.X("pub.dir", "Folder")), d.choose, d.dir),
		widget.NewSeparator(), d.status)
	d.dlg = dialog.NewCustomWithoutButtons(lang.X("pub.title", "Publish to folder"), form, a.win)
	closeBtn.OnTapped = d.dlg.Hide
	d.dlg.SetButtons([]fyne.CanvasObject{closeBtn, d.save})
	d.dlg.Resize(fyne.NewSize(720, 400))
	d.dlg.Show()
	return d
}

// showStatus puts the last publish in the status line.
func (d *publishDialog) showStatus(p *publisher, code string) {
	last, res, err := p.status()
	switch {
	case err != nil:
		d.status.SetText(fmt.Sprintf(lang.X("pub.failed", "Publishing failed: %s"), pickLang(err.Error(), code)))
	case last.IsZero():
		d.status.SetText(lang.X("pub.never", "Not published yet in this session."))
	default:
		n := len(res.Written) + len(res.Unchanged)
		d.status.SetText(fmt.Sprintf(lang.X("pub.done", "Published %s to %s: %d files, %d of them written now."),
			dayTime(last.In(roster.Amsterdam), roster.LangOf(code)), res.Dir, n, len(res.Written)))
	}
}

// withPublish adds "Publish to folder…" to the settings menu of mm (the
// last menu when there is none) and returns mm.
func (a *App) withPublish(mm *fyne.MainMenu) *fyne.MainMenu {
	if mm == nil || len(mm.Items) == 0 || a.pub == nil {
		return mm
	}
	last := mm.Items[len(mm.Items)-1]
	for _, m := range mm.Items {
		if m.Label == lang.X("menu.settings", "Settings") {
			last = m
		}
	}
	last.Items = append(last.Items, fyne.NewMenuItem(lang.X("pub.menu", "Publish to folder…"), func() { a.showPublishSettings() }))
	return mm
}

// startPublisher makes the app publish after every saved change, once now
// to catch up with changes made while it was closed, and at once when the
// window closes with a change pending.
func (a *App) startPublisher(delay time.Duration) {
	a.pub = newPublisher(a.ed.store, a.ed.Today, delay)
	if a.pub == nil {
		return
	}
	a.pub.onError = func(err error) {
		if a.ws == nil {
			return
		}
		msg := fmt.Sprintf(lang.X("pub.failed", "Publishing failed: %s"), pickLang(err.Error(), a.lang))
		dialog.ShowError(errors.New(msg), a.win)
		a.ws.setStatus(msg)
	}
	a.ed.OnSaved = a.pub.trigger
	a.pub.trigger()
}

// flushPublish publishes a pending change now: the app closes.
func (a *App) flushPublish() {
	if a.pub != nil {
		a.pub.deb.Flush()
	}
}
