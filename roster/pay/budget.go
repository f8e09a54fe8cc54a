package pay

import (
	"fmt"

	"github.com/huisrooster/huisrooster/roster"
)

// This file holds the pay data of the realisation: the members' salaries,
// the house's default wage and ORT cap, and the concept's budget lines
// (docs/rules.md, "The concept's numbers") as editable data, and the cost lines that compare the
// roster's realised personnel cost with the budget.

// CostLine is one personnel cost line of a window: the budget's share for
// the window beside what the roster realised, in euro.
type CostLine struct {
	Key      string  `json:"key"` // "salaries", "ort", "sickness", "total"
	NL       string  `json:"nl"`
	EN       string  `json:"en"`
	Budget   float64 `json:"budget"`
	Realised float64 `json:"realised"`
}

// costLines returns the cost lines of a window of days days: gross
// salaries, ORT and sickness, and their total, with the budget pro rata
// (days / 365).
func costLines(b *roster.CostBudget, days int, salaries, ort, sick float64) []CostLine {
	f := float64(days) / 365
	var gross, ortB, sickB float64
	if b != nil {
		gross = b.GrossSalaries * f
		ortB = gross * b.ORTPct / 100
		sickB = gross * b.SickPct / 100
	}
	ortPct, sickPct := 0.0, 0.0
	if b != nil {
		ortPct, sickPct = b.ORTPct, b.SickPct
	}
	return []CostLine{
		{Key: "salaries", NL: "Brutosalarissen (contracturen × uurloon)", EN: "Gross salaries (contract hours × hourly wage)",
			Budget: gross, Realised: salaries},
		{Key: "ort", NL: fmt.Sprintf("ORT (begroot %s%% van bruto)", roster.Decimal(ortPct, roster.Dutch)), EN: fmt.Sprintf("ORT (budget %s%% of gross)", roster.Decimal(ortPct, roster.English)),
			Budget: ortB, Realised: ort},
		{Key: "sickness", NL: fmt.Sprintf("Ziekte (begroot %s%%)", roster.Decimal(sickPct, roster.Dutch)), EN: fmt.Sprintf("Sickness (budget %s%%)", roster.Decimal(sickPct, roster.English)),
			Budget: sickB, Realised: sick},
		{Key: "total", NL: "Totaal", EN: "Total", Budget: gross + ortB + sickB, Realised: salaries + ort + sick},
	}
}
