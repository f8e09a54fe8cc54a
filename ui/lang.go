package ui

import (
	"fmt"
	"os"
	"runtime"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/huisrooster/huisrooster/assets"
)

// Languages are the languages of the UI, Dutch first (the default).
var Languages = []string{"nl", "en"}

// PrefLanguage is the preference key of the language override.
const PrefLanguage = "language"

// ChooseLanguage returns the UI language: the override when it is "nl" or
// "en", else the system language when that is English, else Dutch.
func ChooseLanguage(override string, system fyne.Locale) string {
	switch o := strings.ToLower(strings.TrimSpace(override)); o {
	case "nl", "en":
		return o
	}
	if strings.HasPrefix(strings.ToLower(system.LanguageString()), "en") {
		return "en"
	}
	return "nl"
}

// SystemLocale returns the system's locale, or "" when it names no
// language: on Unix with LANG, LC_ALL, LC_MESSAGES and LANGUAGE unset or "C"
// (Fyne reports English then, but nobody chose it).
func SystemLocale() fyne.Locale {
	if runtime.GOOS != "windows" && runtime.GOOS != "darwin" && runtime.GOOS != "android" && runtime.GOOS != "ios" {
		named := false
		for _, k := range []string{"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"} {
			v := os.Getenv(k)
			if v != "" && v != "C" && v != "POSIX" && !strings.HasPrefix(v, "C.") {
				named = true
			}
		}
		if !named {
			return ""
		}
	}
	return lang.SystemLocale()
}

// SetLanguage loads the translations of code ("nl" or "en") so that lang.L
// and lang.X, Fyne's own dialogs included, speak it. Fyne picks the bundle
// closest to the system locale, so the chosen file is also registered under
// the system locale and its base language: that makes the override work on
// every platform.
func SetLanguage(code string) error {
	if code != "nl" && code != "en" {
		return fmt.Errorf("onbekende taal %q (nl of en) / unknown language %q (nl or en)", code, code)
	}
	data, err := assets.Translations().ReadFile(assets.TranslationsDir + "/" + code + ".json")
	if err != nil {
		return fmt.Errorf("vertaling %s lezen / read translation %s: %w", code, code, err)
	}
	sys := lang.SystemLocale()
	locales := []fyne.Locale{fyne.Locale(code), sys, fyne.Locale(sys.LanguageString())}
	for _, l := range locales {
		if err := lang.AddTranslationsForLocale(data, l); err != nil {
			return fmt.Errorf("vertaling %s laden / load translation %s: %w", code, code, err)
		}
	}
	return nil
}
