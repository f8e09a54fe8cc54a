package assets

import (
	"embed"

	"fyne.io/fyne/v2"
)

// The app icon: a friendly house, drawn by gen_icon.go.
//
//go:embed icon.png
var iconPNG []byte

//go:embed lang/*.json
var translations embed.FS

// Icon returns the app icon (512 × 512 PNG).
func Icon() fyne.Resource { return fyne.NewStaticResource("icon.png", iconPNG) }

// Translations returns the translation files: lang/nl.json and lang/en.json,
// in the go-i18n JSON format that fyne.io/fyne/v2/lang reads. nl.json also
// translates Fyne's own dialog strings, for which Fyne ships no Dutch.
func Translations() embed.FS { return translations }

// TranslationsDir is the directory of the translation files in Translations.
const TranslationsDir = "lang"
