package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"github.com/huisrooster/huisrooster/roster"
)

// problemReporter is a store that may report rules the opened house breaks
// and that opening did not repair (store.Store.Problems).
type problemReporter interface{ Problems() []roster.Problem }

// maxOpenProblems bounds the problems listed in the dialog.
const maxOpenProblems = 12

// showOpenProblems tells in a dialog, in the user's language, which rules
// the house opened in st breaks, with each problem's path and where to fix
// it (roster.ProblemLine). The roster stays open and usable.
func (l *Launcher) showOpenProblems(st roster.Store) {
	r, ok := st.(problemReporter)
	if !ok || len(r.Problems()) == 0 || l.win == nil {
		return
	}
	code := ChooseLanguage(l.opt.Lang, SystemLocale())
	if p := l.fa.Preferences().String(PrefLanguage); l.opt.Lang == "" && p != "" {
		code = ChooseLanguage(p, SystemLocale())
	}
	lg := roster.LangOf(code)
	var lines []string
	for i, p := range r.Problems() {
		if i == maxOpenProblems {
			if lg == roster.English {
				lines = append(lines, fmt.Sprintf("… and %d more", len(r.Problems())-i))
			} else {
				lines = append(lines, fmt.Sprintf("… en nog %d", len(r.Problems())-i))
			}
			break
		}
		lines = append(lines, "• "+roster.ProblemLine(p, lg))
	}
	msg := fmt.Sprintf(lang.X("openproblems.text", "The roster opened as it is; nothing was changed. It breaks these rules; please fix them where it says:\n%s"),
		strings.Join(lines, "\n"))
	dialog.ShowInformation(lang.X("openproblems.title", "The roster breaks some rules"), msg, l.win)
}
