package roster

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the one rule for names typed by people: the house's name,
// member names and the name that goes into the audit log ("who"). A name is
// trimmed, has at most MaxNameLen characters and holds no control
// characters (NUL, newline, tab) and no bidirectional formatting characters
// (the right-to-left override and its kin, which can make a name read as
// something else on screen, in a CSV file or in the log). The validator
// applies it, so the app's forms, the wizard, the house-file import and the
// store all refuse the same names with the same message.

// MaxNameLen is the most characters a name may have.
const MaxNameLen = 100

// NameProblem returns what is wrong with name (already trimmed or not), in
// Dutch and English; ok is true when nothing is. An empty name is left to
// the caller (some names are optional).
func NameProblem(name string) (nl, en string, ok bool) {
	if !utf8.ValidString(name) {
		return "naam is geen geldige tekst (UTF-8)", "name is not valid text (UTF-8)", false
	}
	if n := utf8.RuneCountInString(name); n > MaxNameLen {
		return fmt.Sprintf("naam te lang: %d tekens, hoogstens %d", n, MaxNameLen),
			fmt.Sprintf("name too long: %d characters, at most %d", n, MaxNameLen), false
	}
	for _, r := range name {
		switch {
		case unicode.IsControl(r):
			return fmt.Sprintf("naam bevat een stuurteken (U+%04X, bijvoorbeeld een regelovergang)", r),
				fmt.Sprintf("name contains a control character (U+%04X, e.g. a line break)", r), false
		case isBidiControl(r):
			return fmt.Sprintf("naam bevat een teken dat de leesrichting omdraait (U+%04X)", r),
				fmt.Sprintf("name contains a character that reverses the reading direction (U+%04X)", r), false
		}
	}
	return "", "", true
}

// CleanName trims name and checks it with NameProblem; the error is
// bilingual ("Dutch / English").
func CleanName(name string) (string, error) {
	name = strings.TrimSpace(name)
	if nl, en, ok := NameProblem(name); !ok {
		return name, fmt.Errorf("%s / %s", nl, en)
	}
	return name, nil
}

// isBidiControl reports whether r is a bidirectional formatting character:
// the embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069),
// the directional marks (U+200E, U+200F, U+061C).
func isBidiControl(r rune) bool {
	return (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) || r == 0x200E || r == 0x200F || r == 0x061C
}

// name reports the problems of a required name at field.
func (v *validator) name(field, what, whatEN, name string) {
	if strings.TrimSpace(name) == "" {
		v.add(field, what+" ontbreekt", whatEN+" is missing")
		return
	}
	if name != strings.TrimSpace(name) {
		v.add(field, what+" begint of eindigt met spaties", whatEN+" starts or ends with spaces")
	}
	if nl, en, ok := NameProblem(name); !ok {
		v.add(field, nl, en)
	}
}

// trimNames trims the house's name and every member's name in place (house
// files written by hand or by other tools).
func trimNames(h *House) {
	h.Name = strings.TrimSpace(h.Name)
	for i := range h.Members {
		h.Members[i].Name = strings.TrimSpace(h.Members[i].Name)
	}
}
