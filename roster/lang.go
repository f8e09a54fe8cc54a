package roster

import "fmt"

// Lang is the language a text is written in: Dutch, the zero value and the
// default, or English. Every formatter and message builder that speaks
// both takes a Lang; the screens and commands choose it once (the --lang
// and --en options, the app's language setting).
type Lang uint8

// The languages, Dutch first.
const (
	Dutch   Lang = iota // "nl", the default
	English             // "en"
)

// ParseLang reads a language code, "nl" or "en"; an empty code is Dutch,
// the default. Any other code is refused with a Dutch and English message.
func ParseLang(code string) (Lang, error) {
	switch code {
	case "", "nl":
		return Dutch, nil
	case "en":
		return English, nil
	}
	return Dutch, fmt.Errorf("onbekende taal %q (nl of en) / unknown language %q (nl or en)", code, code)
}

// LangOf returns English for the code "en" and Dutch for any other code:
// for a code that was already checked, such as the app's own setting.
func LangOf(code string) Lang {
	if code == "en" {
		return English
	}
	return Dutch
}

// String returns the language code, "nl" or "en".
func (l Lang) String() string {
	if l == English {
		return "en"
	}
	return "nl"
}

// Pick returns the text in l: nl in Dutch, en in English.
func (l Lang) Pick(nl, en string) string {
	if l == English {
		return en
	}
	return nl
}
