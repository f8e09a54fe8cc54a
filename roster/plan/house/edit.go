package house

import (
	"fmt"

	"github.com/huisrooster/huisrooster/roster"
)

// AcceptEdit returns the edit that puts every proposal whose cell is still
// empty into h, as one undoable edit ("Vul aan: N diensten overgenomen"),
// and how many it holds. Cells that meanwhile hold something are skipped.
func AcceptEdit(h *roster.House, props []roster.Assignment) (roster.Edit, int) {
	var e roster.Edit
	for _, a := range props {
		if len(h.Plan.CellAssignments(a.Member, a.Date)) > 0 {
			continue
		}
		e.Cells = append(e.Cells, roster.CellEdit{Member: a.Member, Date: a.Date,
			After: []roster.Assignment{{Member: a.Member, Date: a.Date, Shift: a.Shift}}})
	}
	n := len(e.Cells)
	e.NL = fmt.Sprintf("Vul aan: %d diensten overgenomen", n)
	e.EN = fmt.Sprintf("Fill in: %d shifts accepted", n)
	return e, n
}
