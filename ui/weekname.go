package ui

import (
	"strings"

	"github.com/huisrooster/huisrooster/roster"
)

// weekName names the ISO week of d as the grid's header does, for texts
// that say "Week %s": "50 (7 dec – 13 dec)", not the ISO "2026-W50".
func weekName(d roster.Date, l roster.Lang) string {
	return strings.TrimPrefix(roster.WeekWords(roster.Week(d.Monday()), l), "week ")
}
