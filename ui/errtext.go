package ui

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
)

// uiLanguage returns the language the loaded translations speak: "nl" or
// "en" (SetLanguage).
func uiLanguage() string {
	if lang.X("meta.language", "en") == "nl" {
		return "nl"
	}
	return "en"
}

// localError returns err with only the half of a bilingual message ("nl /
// en") in the UI language: never both languages in one message on screen.
func localError(err error) error {
	if err == nil {
		return nil
	}
	return errors.New(pickLang(err.Error(), uiLanguage()))
}

// showLocalError shows err in a dialog in the UI language.
func showLocalError(err error, win fyne.Window) { dialog.ShowError(localError(err), win) }
