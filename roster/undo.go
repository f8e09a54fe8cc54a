package roster

import "strings"

// The texts that mark an undo and a redo in the log.
const (
	undoneNL, undoneEN = "Ongedaan gemaakt: ", "Undone: "
	redoneNL, redoneEN = "Opnieuw gedaan: ", "Redone: "
)

// Undone returns the edit that undoes e (its Inverse) with a text that says
// so ("Ongedaan gemaakt: …"): the log must not read as the same change
// twice.
func (e Edit) Undone() Edit {
	inv := e.Inverse()
	inv.NL, inv.EN = undoneNL+e.NL, undoneEN+e.EN
	return inv
}

// Redone returns e again with a text that says it is redone.
func (e Edit) Redone() Edit {
	e.NL, e.EN = redoneNL+e.NL, redoneEN+e.EN
	return e
}

// undoPrefix returns the undo or redo mark that starts the texts nl and en,
// if any.
func undoPrefix(nl, en string) (string, string) {
	for _, p := range [][2]string{{undoneNL, undoneEN}, {redoneNL, redoneEN}} {
		if strings.HasPrefix(nl, p[0]) && strings.HasPrefix(en, p[1]) {
			return p[0], p[1]
		}
	}
	return "", ""
}
