package ui

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/team"
	"github.com/huisrooster/huisrooster/ui/weekview"
)

// coverLines changes the lines of a grid cell (from cellContent) so that a
// vacated shift a colleague covers says who: "V door Zoë" in green instead
// of "V 07:00–15:00 open" (short: the cell does not clip its text).
func (g *gridTable) coverLines(cell *weekview.WeekCell, lines []cellLine) []cellLine {
	off := 0
	if cell.Absence != "" {
		off = 1 // cellContent puts the absence first
	}
	vacant := " " + lang.X("cell.vacant", "vacant")
	h := g.ws.ed.House()
	for i := range cell.Assignments {
		li := i + off
		if li >= len(lines) || li >= 2 {
			break
		}
		a := &cell.Assignments[i]
		if a.State != roster.StateSick || !strings.HasSuffix(lines[li].text, vacant) {
			continue
		}
		ins := team.CoverIns(h, a)
		if len(ins) == 0 {
			continue
		}
		names := make([]string, len(ins))
		for j, c := range ins {
			names[j] = firstName(g.ws.ed.memberName(c.Member))
		}
		lines[li].text = a.Shift + " " + lang.X("cell.coveredby", "by") + " " + strings.Join(names, "+")
		lines[li].colour = colCoverOK
	}
	return lines
}

// firstName returns the first word of a name.
func firstName(name string) string {
	if f := strings.Fields(name); len(f) > 0 {
		return f[0]
	}
	return name
}
