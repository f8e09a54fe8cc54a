package roster

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// EscapeHidden returns s with every character that would hide or reorder
// text on a terminal written as a visible escape: control characters (line
// breaks, tabs, NUL, C1) and bidirectional formatting characters as
// \uXXXX, bytes that are not UTF-8 as \xXX. Everything else is left as it
// is, so names stay readable and nothing is hidden: the log shows an old
// name "Anna\u202e" as it was stored.
func EscapeHidden(s string) string {
	if !hasHidden(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02X`, s[i])
		case unicode.IsControl(r) || isBidiControl(r):
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// hasHidden reports whether EscapeHidden would change s.
func hasHidden(s string) bool {
	if !utf8.ValidString(s) {
		return true
	}
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsControl(r) || isBidiControl(r) }) >= 0
}

// EscapeHiddenJSON returns the JSON text b with the characters that
// encoding/json leaves raw but that hide or reorder text on a terminal
// (bidirectional formatting characters, DEL and C1 controls) written as
// \uXXXX escapes. The JSON decodes to the same values; the line breaks and
// tabs of its layout (ASCII, never inside a string, where encoding/json
// already escapes them) are kept.
func EscapeHiddenJSON(b []byte) []byte {
	hidden := func(r rune) bool { return r >= 0x7F && (unicode.IsControl(r) || isBidiControl(r)) }
	if !strings.ContainsFunc(string(b), hidden) {
		return b
	}
	var out strings.Builder
	for _, r := range string(b) {
		if hidden(r) {
			fmt.Fprintf(&out, `\u%04x`, r)
			continue
		}
		out.WriteRune(r)
	}
	return []byte(out.String())
}
