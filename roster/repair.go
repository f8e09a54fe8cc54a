package roster

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file repairs what a house stored by an older version may hold that
// today's rules refuse, so such a roster opens (repaired, in one logged
// change) instead of being taken for a damaged one: names with spaces
// around them, with control or bidirectional characters, longer than
// MaxNameLen; initials longer than four characters. Anything else
// Validate refuses cannot be repaired without guessing and is damage.

// RepairNames returns a copy of h whose names keep today's name rule, and
// one Problem per repaired field (Field as in Validate; NL and EN say what
// was done). h is not changed; with nothing to repair it returns h itself
// and no problems.
func RepairNames(h *House) (*House, []Problem) {
	if h == nil {
		return nil, nil
	}
	var out []Problem
	name, nl, en := repairName(h.Name)
	if nl != "" {
		out = append(out, Problem{Field: "name", NL: "naam van het huis: " + nl, EN: "house name: " + en})
	}
	type fix struct {
		i        int
		name     string
		initials string
	}
	var fixes []fix
	for i, m := range h.Members {
		f := fix{i: i, name: m.Name, initials: m.Initials}
		field := fmt.Sprintf("members[%d]", i)
		if n, nl, en := repairName(m.Name); nl != "" {
			if n == "" {
				n = fmt.Sprintf("Teamlid %d", m.ID)
			}
			f.name = n
			out = append(out, Problem{Field: field + ".name", NL: fmt.Sprintf("naam %q: %s", n, nl), EN: fmt.Sprintf("name %q: %s", n, en)})
		}
		if ini := cleanText(m.Initials); ini != m.Initials || utf8.RuneCountInString(ini) > 4 {
			if utf8.RuneCountInString(ini) > 4 {
				ini = string([]rune(ini)[:4])
			}
			f.initials = ini
			out = append(out, Problem{Field: field + ".initials", NL: fmt.Sprintf("initialen ingekort tot %q", ini),
				EN: fmt.Sprintf("initials shortened to %q", ini)})
		}
		if f.name != m.Name || f.initials != m.Initials {
			fixes = append(fixes, f)
		}
	}
	if len(out) == 0 {
		return h, nil
	}
	c := *h
	if name == "" && h.Name != "" {
		name = "Huis"
	}
	c.Name = name
	c.Members = append([]Member(nil), h.Members...)
	for _, f := range fixes {
		c.Members[f.i].Name, c.Members[f.i].Initials = f.name, f.initials
	}
	return &c, out
}

// repairName returns name under today's rule and, when it changed, what
// was done in Dutch and English (both "" when nothing was).
func repairName(name string) (string, string, string) {
	n := cleanText(name)
	var nl, en []string
	if n != strings.TrimSpace(name) {
		nl, en = append(nl, "stuurtekens of leesrichtingtekens weggehaald"), append(en, "control or direction characters removed")
	} else if n != name {
		nl, en = append(nl, "spaties eromheen weggehaald"), append(en, "surrounding spaces removed")
	}
	if utf8.RuneCountInString(n) > MaxNameLen {
		n = strings.TrimSpace(string([]rune(n)[:MaxNameLen]))
		nl = append(nl, fmt.Sprintf("ingekort tot %d tekens", MaxNameLen))
		en = append(en, fmt.Sprintf("shortened to %d characters", MaxNameLen))
	}
	return n, strings.Join(nl, ", "), strings.Join(en, ", ")
}

// cleanText makes s valid UTF-8, turns control characters (line breaks,
// tabs) into spaces, drops bidirectional formatting characters, folds runs
// of spaces the cleaning made and trims it.
func cleanText(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "")
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case isBidiControl(r):
			continue
		case unicode.IsControl(r):
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		b.WriteRune(r)
		space = r == ' '
	}
	return strings.TrimSpace(b.String())
}
