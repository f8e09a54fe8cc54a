package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/year"
)

// regionField is the house's school holiday region on the holidays tab of
// the settings (the year view shows that region's school holidays and
// opens the summer round on its summer holiday). Choosing a region saves
// it at once, through the sink: logged and undoable like every setting.
type regionField struct {
	s       *houseSink
	sel     *widget.Select
	errs    *widget.Label
	content fyne.CanvasObject
}

// newRegionField returns the region field over s's house.
func newRegionField(s *houseSink) *regionField {
	f := &regionField{s: s, errs: errorLabel()}
	names := make([]string, len(roster.SchoolRegions))
	for i, r := range roster.SchoolRegions {
		names[i] = regionName(r)
	}
	f.sel = widget.NewSelect(names, func(string) {
		if i := f.sel.SelectedIndex(); i >= 0 && i < len(roster.SchoolRegions) {
			showError(f.errs, f.set(roster.SchoolRegions[i]))
		}
	})
	f.sel.PlaceHolder = lang.X("set.region.none", "No region chosen")
	note := widget.NewLabel(lang.X("set.region.note", "The year view shows the school holidays of this region, and the summer round starts on its summer holiday."))
	note.Wrapping = fyne.TextWrapWord
	row := container.NewBorder(nil, nil, widget.NewLabel(lang.X("set.region", "School holiday region")), nil, sized(f.sel, 200))
	f.content = container.NewVBox(row, note, f.errs)
	f.load()
	s.onChange(f.load)
	return f
}

// regionName is the region's name in the selector ("Regio midden").
func regionName(r roster.SchoolRegion) string {
	return lang.X("set.region."+string(r), string(r))
}

// load shows the house's region without saving it again.
func (f *regionField) load() {
	r := f.s.house().Settings.Region
	text := ""
	if r != "" {
		text = regionName(r)
	}
	if f.sel.Selected != text {
		f.sel.Selected = text
		f.sel.Refresh()
	}
}

// set saves r as the house's region (nothing when it already is).
func (f *regionField) set(r roster.SchoolRegion) error {
	h := f.s.house()
	if h.Settings.Region == r {
		return nil
	}
	e, err := year.SetYearSettings(h, r, h.Settings.LeaveHoursPerFTE)
	if err != nil {
		return err
	}
	return f.s.apply(e, "settings.region", "settings.leaveHoursPerFte")
}
