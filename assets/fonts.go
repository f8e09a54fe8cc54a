// Package assets holds the files the app embeds: fonts, icons and
// translations.
package assets

import _ "embed" // for the font files

// Noto Sans (SIL Open Font License 1.1, see fonts/OFL.txt), the font Fyne
// bundles, so PDFs print names such as Zoë and Sébastien right.
var (
	//go:embed fonts/NotoSans-Regular.ttf
	notoSansRegular string
	//go:embed fonts/NotoSans-Bold.ttf
	notoSansBold string
)

// FontRegular returns a copy of the Noto Sans Regular TTF file.
func FontRegular() []byte { return []byte(notoSansRegular) }

// FontBold returns a copy of the Noto Sans Bold TTF file.
func FontBold() []byte { return []byte(notoSansBold) }
