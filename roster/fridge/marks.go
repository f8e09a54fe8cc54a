package fridge

import (
	"fmt"
	"slices"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"github.com/huisrooster/huisrooster/assets"
	"github.com/huisrooster/huisrooster/roster"
)

// Printed is what a printed fridge week showed: per day and slot, who was
// there and who slept. It is kept (see SavePrinted) so that the next print
// of the week can mark what changed since ("gewijzigd sinds vorige afdruk").
type Printed struct {
	Monday roster.Date     `json:"monday"`
	At     time.Time       `json:"at"` // when it was printed
	Days   [7][][]Presence `json:"days"`
}

// Presence is one person on a slot of a printed week.
type Presence struct {
	Member int  `json:"member"`
	Sleeps bool `json:"sleeps,omitempty"`
}

// Snapshot returns what wk shows, as printed at at.
func (wk *Week) Snapshot(at time.Time) *Printed {
	p := &Printed{Monday: wk.Monday, At: at.UTC().Truncate(time.Second)}
	for i, d := range wk.Days {
		p.Days[i] = make([][]Presence, len(d.Slots))
		for j, people := range d.Slots {
			for _, q := range people {
				p.Days[i][j] = append(p.Days[i][j], Presence{Member: q.Member, Sleeps: q.Sleeps})
			}
		}
	}
	return p
}

// MarkChanges marks what changed in wk since prev, an earlier print of the
// same week: a person who is new on a slot, or now sleeps or no longer
// does, gets Changed; a slot someone left gets Day.Gone. prev nil (never
// printed) or of another week marks nothing.
func (wk *Week) MarkChanges(prev *Printed) {
	wk.PrintedAt = time.Time{}
	for i := range wk.Days {
		wk.Days[i].Gone = nil
		for j := range wk.Days[i].Slots {
			for k := range wk.Days[i].Slots[j] {
				wk.Days[i].Slots[j][k].Changed = false
			}
		}
	}
	if prev == nil || prev.Monday != wk.Monday {
		return
	}
	wk.PrintedAt = prev.At
	for i := range wk.Days {
		d := &wk.Days[i]
		d.Gone = make([]bool, len(d.Slots))
		for j := range d.Slots {
			var was []Presence
			if j < len(prev.Days[i]) {
				was = prev.Days[i][j]
			}
			for k := range d.Slots[j] {
				q := &d.Slots[j][k]
				q.Changed = !slices.Contains(was, Presence{Member: q.Member, Sleeps: q.Sleeps})
			}
			for _, w := range was {
				if !slices.ContainsFunc(d.Slots[j], func(q Person) bool { return q.Member == w.Member }) {
					d.Gone[j] = true
				}
			}
		}
	}
}

// Changes counts the marks of wk: changed people and slots someone left.
func (wk *Week) Changes() int {
	n := 0
	for _, d := range wk.Days {
		for j, people := range d.Slots {
			for _, q := range people {
				if q.Changed {
					n++
				}
			}
			if j < len(d.Gone) && d.Gone[j] {
				n++
			}
		}
	}
	return n
}

// printedKey is the local record of the last print of the week of monday.
func printedKey(monday roster.Date) string { return "fridge/printed/" + monday.Monday().String() }

// LastPrinted returns the last printed version of the week of monday, or
// nil when it was never printed.
func LastPrinted(ls roster.LocalStore, monday roster.Date) (*Printed, error) {
	var p Printed
	ok, err := ls.GetLocal(printedKey(monday), &p)
	if err != nil {
		return nil, fmt.Errorf("vorige afdruk / last print: %w", err)
	}
	if !ok {
		return nil, nil
	}
	return &p, nil
}

// SavePrinted records that wk was printed at at: the next print of the
// week marks what changed since.
func SavePrinted(ls roster.LocalStore, wk *Week, at time.Time) error {
	if err := ls.PutLocal(printedKey(wk.Monday), wk.Snapshot(at)); err != nil {
		return fmt.Errorf("afdruk onthouden / remember print: %w", err)
	}
	return nil
}

// PageText returns every text the page of wk prints, in drawing order: what
// a reader of the PDF can see, for checks of what a print reveals.
func PageText(wk *Week) ([]string, error) {
	pdf := fpdf.New("L", "mm", "A4", "")
	pdf.AddUTF8FontFromBytes(fontFamily, "", assets.FontRegular())
	pdf.AddUTF8FontFromBytes(fontFamily, "B", assets.FontBold())
	if err := pdf.Error(); err != nil {
		return nil, fmt.Errorf("lettertype laden / load font: %w", err)
	}
	measure := func(s string, bold bool, size float64) float64 {
		pdf.SetFont(fontFamily, style(bold), size)
		return pdf.GetStringWidth(s)
	}
	var out []string
	for _, o := range layout(wk, preparePhotos(wk), measure).ops {
		if o.kind == opText {
			out = append(out, o.text)
		}
	}
	return out, nil
}
