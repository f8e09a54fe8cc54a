package year

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/pay"
)

// csvNum formats x for a Dutch spreadsheet: two decimals, a decimal comma.
func csvNum(x float64) string { return roster.FormatFixed(x, 2, roster.Dutch) }

// WriteBalancesCSV writes the balances as a CSV for Excel (UTF-8 with BOM,
// ";" between cells, a decimal comma, formula-like cells escaped): one line
// per member with the leave balance and the hours balance. Column heads are
// in language l.
func WriteBalancesCSV(out io.Writer, bs []Balance, l roster.Lang) error {
	if _, err := io.WriteString(out, "\uFEFF"); err != nil {
		return fmt.Errorf("CSV schrijven / write CSV: %w", err)
	}
	cw := csv.NewWriter(out)
	cw.Comma = ';'
	cw.UseCRLF = true
	head := []string{"jaar", "personeelsnummer", "naam", "verlofrecht", "meegenomen", "opgenomen", "afgesproken", "gevraagd", "verlof over", "plus/min meegenomen", "plus/min"}
	if l == roster.English {
		head = []string{"year", "staff number", "name", "leave entitlement", "carried over", "taken", "agreed", "asked", "leave left", "plus/minus carried over", "plus/minus"}
	}
	cw.Write(head)
	for _, b := range bs {
		cw.Write([]string{strconv.Itoa(b.Year), strconv.Itoa(b.Member), pay.SafeCSVCell(b.Name), csvNum(b.Entitlement), csvNum(b.Carried),
			csvNum(b.Taken), csvNum(b.Agreed), csvNum(b.Planned), csvNum(b.Left), csvNum(b.PlusMinCarried), csvNum(b.PlusMin)})
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("CSV schrijven / write CSV: %w", err)
	}
	return nil
}
