package year

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/huisrooster/huisrooster/roster"
)

// FormatAwards writes awards as text the team can change before accepting:
// one line per member, "Naam: 30, 31" (ISO weeks of year y), in team order.
func FormatAwards(h *roster.House, awards []roster.SummerAward) string {
	var b strings.Builder
	for _, m := range h.Members {
		for _, a := range awards {
			if a.Member != m.ID || len(a.Weeks) == 0 {
				continue
			}
			var wks []string
			for _, d := range a.Weeks {
				_, wk := d.ISOWeek()
				wks = append(wks, strconv.Itoa(wk))
			}
			fmt.Fprintf(&b, "%s: %s\n", m.Name, strings.Join(wks, ", "))
		}
	}
	return b.String()
}

// ParseAwards reads the text of FormatAwards back for the round of year y:
// "Naam: 30, 31" a line, the full name of a member (any case), ISO weeks of
// y inside the round; empty lines are skipped, a member without weeks gets
// none. Every problem names its line, in Dutch and English.
func ParseAwards(h *roster.House, y int, text string) ([]roster.SummerAward, error) {
	r := h.Year.Summer(y)
	if r == nil {
		return nil, fmt.Errorf("geen zomerronde %d / no summer round %d", y, y)
	}
	var out []roster.SummerAward
	seen := map[int]bool{}
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		n := i + 1
		name, list, ok := strings.Cut(line, ":")
		if !ok {
			return nil, fmt.Errorf("regel %d: verwacht \"Naam: 30, 31\" / line %d: expected \"Name: 30, 31\"", n, n)
		}
		var m *roster.Member
		for k := range h.Members {
			if strings.EqualFold(strings.TrimSpace(name), h.Members[k].Name) {
				m = &h.Members[k]
			}
		}
		if m == nil {
			return nil, fmt.Errorf("regel %d: onbekend teamlid %q / line %d: unknown team member %q", n, strings.TrimSpace(name), n, strings.TrimSpace(name))
		}
		if seen[m.ID] {
			return nil, fmt.Errorf("regel %d: %s staat er twee keer / line %d: %s is there twice", n, m.Name, n, m.Name)
		}
		seen[m.ID] = true
		var weeks []roster.Date
		for _, f := range strings.FieldsFunc(list, func(c rune) bool { return c == ',' || c == ' ' || c == ';' }) {
			wk, err := strconv.Atoi(f)
			if err != nil || wk < 1 || wk > 53 {
				return nil, fmt.Errorf("regel %d: %q is geen weeknummer / line %d: %q is no week number", n, f, n, f)
			}
			mon := roster.ISOWeekStart(y, wk)
			if mon < r.From || mon > r.To {
				return nil, fmt.Errorf("regel %d: week %d valt buiten de ronde / line %d: week %d is outside the round", n, wk, n, wk)
			}
			if !slices.Contains(weeks, mon) {
				weeks = append(weeks, mon)
			}
		}
		if len(weeks) > 0 {
			slices.Sort(weeks)
			out = append(out, roster.SummerAward{Member: m.ID, Weeks: weeks})
		}
	}
	return out, nil
}
