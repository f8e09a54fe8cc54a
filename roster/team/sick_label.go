package team

import (
	"fmt"

	"github.com/huisrooster/huisrooster/roster"
)

// sickLabel is the text of a sick report's edit (status bar, log, undo) in
// l, with its days as people say them: "Anna ziek gemeld op zo 6 dec (1
// dienst vrijgekomen)" for one day, "vanaf ma 7 dec t/m wo 9 dec" for a
// period, "vanaf ma 7 dec tot nader bericht" for an open end; not "vanaf
// zo 6 dec t/m zo 6 dec".
func sickLabel(name string, from, to roster.Date, l roster.Lang, vacated int) string {
	day := func(d roster.Date) string { return roster.ShortDayLabel(d, l) }
	var when string
	switch {
	case to == from:
		when = l.Pick("op ", "on ") + day(from)
	case to == OpenEnd:
		when = l.Pick("vanaf ", "from ") + day(from) + l.Pick(" tot nader bericht", " until further notice")
	default:
		when = l.Pick("vanaf ", "from ") + day(from) + l.Pick(" t/m ", " to ") + day(to)
	}
	return fmt.Sprintf(l.Pick("%s ziek gemeld %s (%s vrijgekomen)", "%s reported sick %s (%s vacated)"), name, when, shiftCount(vacated, l))
}
