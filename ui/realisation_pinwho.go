package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
)

// showOnlyTeamleader tells a user who is not the teamleider that only the
// teamleider sets the PIN. It is guidance, not an error: it names the
// house's teamleider and offers the way on ("Andere gebruiker…") when the
// screen can switch users, instead of a "Fout" with only OK.
func (v *RealisationView) showOnlyTeamleader() {
	var names []string
	for _, m := range v.house().Members {
		if m.Role == roster.RoleTeamleider && m.Name != "" {
			names = append(names, m.Name)
		}
	}
	msg := lang.X("real.pin.onlytl", "Only the teamleider sets the PIN.")
	if len(names) > 0 {
		msg += " " + fmt.Sprintf(lang.X("real.pin.tlis", "In this house that is %s."), strings.Join(names, ", "))
	} else {
		msg += " " + lang.X("real.pin.notl", "Nobody in the team has the teamleider role yet: give it to someone under Settings › House and team.")
	}
	text := widget.NewLabel(msg)
	text.Wrapping = fyne.TextWrapWord
	title := lang.X("real.setpin", "Set the teamleider PIN")
	var d dialog.Dialog
	if v.opt.SwitchUser != nil && len(names) > 0 {
		d = dialog.NewCustomConfirm(title, lang.X("real.pin.switch", "Switch user…"), lang.X("Close", "Close"), text, func(ok bool) {
			if ok {
				v.opt.SwitchUser()
			}
		}, v.opt.Window)
	} else {
		d = dialog.NewCustom(title, lang.X("Close", "Close"), text, v.opt.Window)
	}
	d.Resize(fyne.NewSize(460, 200))
	d.Show()
}
