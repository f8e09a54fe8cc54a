package ui

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/changes"
)

// changesLogLimit is how many of the newest audit records "Wat is er
// veranderd?" reads.
const changesLogLimit = 2000

// changesFirstRead is how many records are read first.
const changesFirstRead = 100

// changesShown is how many changes the dialog lists; an import can change
// hundreds of shifts at once, the log has them all.
const changesShown = 60

// changesPanel is the "Wat is er veranderd?" dialog: the changes of the
// member's own shifts and of the weeks she works since she last looked.
type changesPanel struct {
	list    []changes.Change
	lines   []*widget.Label // one per change, in list order
	soon    int             // changes within the publication period
	newest  uint64          // the newest audit record when the dialog was made
	dlg     *dialog.CustomDialog
	dismiss *widget.Button
}

// memberNamed returns the member of h called name (the full name, any
// case and spacing), or nil.
func memberNamed(h *roster.House, name string) *roster.Member {
	want := strings.ToLower(strings.Join(strings.Fields(name), " "))
	for i := range h.Members {
		if strings.ToLower(strings.Join(strings.Fields(h.Members[i].Name), " ")) == want {
			return &h.Members[i]
		}
	}
	return nil
}

// localStore returns the store's local records, or nil when the store has
// none.
func (a *App) localStore() roster.LocalStore {
	ls, _ := a.ed.store.(roster.LocalStore)
	return ls
}

// newChangesPanel reads what name has not seen and builds its dialog; nil
// (and no error) when name is no member or the store keeps no local records.
func (a *App) newChangesPanel(name string) (*changesPanel, error) {
	ls := a.localStore()
	h := a.ed.House()
	m := memberNamed(h, name)
	if ls == nil || m == nil {
		return nil, nil
	}
	seen, looked, err := changes.LastSeen(ls, name)
	if err != nil {
		return nil, err
	}
	// Most looks need only the newest records; read more when she has been
	// away long.
	log, err := a.ed.store.Log(changesFirstRead)
	if err != nil {
		return nil, err
	}
	if n := len(log); looked && n == changesFirstRead && log[n-1].Seq > seen.Seq {
		if log, err = a.ed.store.Log(changesLogLimit); err != nil {
			return nil, err
		}
	}
	p := &changesPanel{newest: changes.Newest(log)}
	p.list = changes.Summarize(changes.Unseen(log, seen, looked, name), h, m.ID, a.ed.Today())
	lng := roster.LangOf(a.lang)

	sub := lang.X("chg.since.first", "From now on you see here what others change in your shifts and your weeks.")
	if looked {
		t := seen.When.In(roster.Amsterdam)
		sub = fmt.Sprintf(lang.X("chg.since", "Since you last looked, %s."), dayTime(t, lng))
	}
	var own, weeks []fyne.CanvasObject
	shown := p.list
	if len(shown) > changesShown {
		shown = shown[:changesShown]
	}
	for _, c := range shown {
		l := widget.NewLabel(c.Text(h, lng) + "  ·  " + c.By(lng))
		l.Wrapping = fyne.TextWrapWord
		l.Importance = widget.MediumImportance
		var row fyne.CanvasObject = l
		if c.Soon {
			p.soon++
			l.TextStyle.Bold = true
			mark := widget.NewIcon(theme.WarningIcon())
			row = container.NewBorder(nil, nil, mark, nil, l)
		} else {
			row = container.NewBorder(nil, nil, widget.NewIcon(theme.CalendarIcon()), nil, l)
		}
		p.lines = append(p.lines, l)
		if c.Own {
			own = append(own, row)
		} else {
			weeks = append(weeks, row)
		}
	}
	body := []fyne.CanvasObject{widget.NewLabel(sub)}
	if len(p.list) == 0 {
		body = append(body, widget.NewLabel(lang.X("chg.none", "Nothing changed in your shifts or your weeks.")))
	}
	if len(own) > 0 {
		body = append(body, widget.NewLabelWithStyle(lang.X("chg.own", "Your shifts"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		body = append(body, own...)
	}
	if len(weeks) > 0 {
		body = append(body, widget.NewLabelWithStyle(lang.X("chg.weeks", "In the weeks you work"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		body = append(body, weeks...)
	}
	if more := len(p.list) - len(shown); more > 0 {
		body = append(body, widget.NewLabel(fmt.Sprintf(lang.X("chg.more", "… and %d more changes (see the log)."), more)))
	}
	if p.soon > 0 {
		days := h.Settings.PublishDays
		if days <= 0 {
			days = 28
		}
		note := widget.NewLabel(fmt.Sprintf(lang.X("chg.soon", "Bold with a warning sign: within the next %d days (the published roster)."), days))
		note.Wrapping = fyne.TextWrapWord
		body = append(body, widget.NewSeparator(), note)
	}
	scroll := container.NewVScroll(container.NewVBox(body...))
	p.dismiss = widget.NewButtonWithIcon(lang.X("chg.dismiss", "Seen"), theme.ConfirmIcon(), nil)
	p.dismiss.Importance = widget.HighImportance
	p.dlg = dialog.NewCustomWithoutButtons(fmt.Sprintf(lang.X("chg.title", "What changed, %s?"), firstWord(name)), scroll, a.win)
	p.dlg.SetButtons([]fyne.CanvasObject{p.dismiss})
	p.dismiss.OnTapped = func() {
		if err := changes.MarkSeen(ls, name, p.newest, time.Now()); err != nil {
			fyne.LogError("gezien / seen", err)
		}
		p.dlg.Hide()
	}
	p.dlg.Resize(fyne.NewSize(760, 520))
	return p, nil
}

// showChanges shows "Wat is er veranderd?" for name. On choosing a name
// (auto) it shows only when others changed something, and otherwise just
// notes that she looked (a first look only sets the mark); from the menu
// it always shows.
func (a *App) showChanges(name string, auto bool) *changesPanel {
	p, err := a.newChangesPanel(name)
	if err != nil {
		if a.ws != nil {
			a.ws.showError(err)
		}
		return nil
	}
	if p == nil {
		return nil
	}
	if auto && len(p.list) == 0 {
		if ls := a.localStore(); ls != nil {
			if err := changes.MarkSeen(ls, name, p.newest, time.Now()); err != nil {
				fyne.LogError("gezien / seen", err)
			}
		}
		return nil
	}
	p.dlg.Show()
	return p
}

// showMyChanges is the menu item "Wat is er veranderd?".
func (a *App) showMyChanges() { a.showChanges(a.ed.Who(), false) }

// withChanges adds "What changed?" after the log in the roster menu (the
// first menu) of mm and returns mm.
func (a *App) withChanges(mm *fyne.MainMenu) *fyne.MainMenu {
	if mm == nil || len(mm.Items) == 0 || memberNamed(a.ed.House(), a.ed.Who()) == nil || a.localStore() == nil {
		return mm
	}
	m := mm.Items[0]
	m.Items = append(m.Items, fyne.NewMenuItem(lang.X("chg.menu", "What changed?…"), a.showMyChanges))
	return mm
}

// dayTime formats a moment as "ma 23 nov 14:05".
func dayTime(t time.Time, lng roster.Lang) string {
	return roster.DayLabel(roster.DateOf(t), lng) + " " + t.Format("15:04")
}

// firstWord is the first word of a name.
func firstWord(name string) string {
	if f := strings.Fields(name); len(f) > 0 {
		return f[0]
	}
	return name
}
