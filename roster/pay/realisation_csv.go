package pay

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"

	"github.com/huisrooster/huisrooster/roster"
)

// This file writes the realisation's CSV exports in the form Dutch Excel
// opens without questions: a UTF-8 byte order mark, ";" between fields, a
// decimal comma and CRLF line ends.

// PayrollDay is one member's day for the salary administration: the worked
// hours per ORT percentage, sleep-shift hours, sick and leave hours.
type PayrollDay struct {
	Member int
	Date   roster.Date
	Worked float64   // worked hours, break deducted, sleep shifts not included
	ORT    []float64 // Worked split per ORT percentage (Percents)
	Sleep  float64   // hours of worked sleep shifts, in full
	Sick   float64   // sick absence hours, or hours of shifts vacated by a same-day report
	Leave  float64   // leave and special leave hours
}

// Payroll returns the payroll days of w: per member (house order) and date,
// the days with any hours, and the ORT percentages of the columns. Shifts
// count on the date they start, like a night.
func Payroll(h *roster.House, w roster.Window) (percents []float64, days []PayrollDay) {
	oc := NewORTCalc(&h.Settings, w)
	percents = oc.Percents()
	byMember := roster.GroupByMember(h.Shifts(w))
	n := w.Days()
	for mi := range h.Members {
		m := &h.Members[mi]
		row := make([]PayrollDay, n)
		np := len(percents)
		orts := make([]float64, n*np) // one backing array for the member's days
		for i := range row {
			row[i] = PayrollDay{Member: m.ID, Date: w.From + roster.Date(i), ORT: orts[i*np : (i+1)*np : (i+1)*np]}
		}
		absent := make([]bool, n)
		for ai := range h.Plan.Absences {
			a := &h.Plan.Absences[ai]
			if a.Member != m.ID || a.To < w.From || a.From > w.To {
				continue
			}
			for d := max(a.From, w.From); d <= min(a.To, w.To); d++ {
				i := int(d - w.From)
				if absent[i] {
					continue
				}
				absent[i] = true
				switch a.Kind {
				case roster.AbsSick:
					row[i].Sick += roster.AbsenceHours(a, m, d)
				case roster.AbsLeave, roster.AbsSpecial:
					row[i].Leave += roster.AbsenceHours(a, m, d)
				}
			}
		}
		for _, s := range byMember[m.ID] {
			i := int(s.Date - w.From)
			if !s.Worked() {
				if !absent[i] {
					row[i].Sick += s.ContractHours()
				}
				continue
			}
			before := sum(row[i].ORT)
			row[i].Sleep += oc.AddShift(row[i].ORT, &s)
			row[i].Worked += sum(row[i].ORT) - before
		}
		for _, d := range row {
			if d.Worked != 0 || d.Sleep != 0 || d.Sick != 0 || d.Leave != 0 {
				days = append(days, d)
			}
		}
	}
	return percents, days
}

// sum returns the sum of xs.
func sum(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s
}

// csvNum formats x with two decimals and a decimal comma: "7,50".
func csvNum(x float64) string { return roster.FormatFixed(x, 2, roster.Dutch) }

// pctLabel formats a percentage for a column head: "25%", "12,5%".
func pctLabel(p float64) string {
	return roster.FormatUpTo(p, -1, roster.Dutch) + "%"
}

// newExcelCSV writes the byte order mark and returns a writer with ";" and
// CRLF.
// Every cell is escaped against formulas (csvsafe.go).
func newExcelCSV(w io.Writer) (safeCSV, error) {
	if _, err := io.WriteString(w, "\uFEFF"); err != nil {
		return safeCSV{}, fmt.Errorf("CSV schrijven / write CSV: %w", err)
	}
	cw := safeCSV{csv.NewWriter(w)}
	cw.Comma = ';'
	cw.UseCRLF = true
	return cw, nil
}

// WritePayrollCSV writes the payroll days of w for the salary
// administration: one line per member per day with hours.
func WritePayrollCSV(out io.Writer, h *roster.House, w roster.Window) error {
	percents, days := Payroll(h, w)
	cw, err := newExcelCSV(out)
	if err != nil {
		return err
	}
	head := []string{"datum", "personeelsnummer", "naam", "functie", "uren gewerkt"}
	for _, p := range percents {
		head = append(head, "uren ORT "+pctLabel(p))
	}
	head = append(head, "uren slaapdienst", "uren ziek", "uren verlof")
	cw.Write(head)
	for _, d := range days {
		m := h.Member(d.Member)
		rec := []string{d.Date.String(), strconv.Itoa(d.Member), m.Name, string(m.Role), csvNum(d.Worked)}
		for _, x := range d.ORT {
			rec = append(rec, csvNum(x))
		}
		rec = append(rec, csvNum(d.Sleep), csvNum(d.Sick), csvNum(d.Leave))
		cw.Write(rec)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("CSV schrijven / write CSV: %w", err)
	}
	return nil
}

// WriteRealisationCSV writes the realisation table: the team, the roles and,
// when members is true and r is not locked, every member (personal data:
// only after the teamleider's PIN). What Disclose withheld (a small role's
// sickness, the amounts of a locked realisation) is left empty. Column
// heads are in language l.
func WriteRealisationCSV(out io.Writer, r *Realisation, members bool, l roster.Lang) error {
	cw, err := newExcelCSV(out)
	if err != nil {
		return err
	}
	head := []string{"niveau", "naam", "functie", "fte", "budget fte", "contracturen", "gepland", "gerealiseerd",
		"verlof", "ziek", "ziekte %", "reserve", "meerwerk", "nachten", "weekenddiensten", "feestdagdiensten", "slaapuren"}
	if l == roster.English {
		head = []string{"level", "name", "role", "fte", "budget fte", "contract hours", "planned", "realised",
			"leave", "sick", "sickness %", "reserve", "overwork", "nights", "weekend shifts", "holiday shifts", "sleep hours"}
	}
	for _, p := range r.Percents {
		head = append(head, "ORT "+pctLabel(p))
	}
	head = append(head, "ORT €", "salaris €", "ziekte €")
	if l == roster.English {
		head[len(head)-2], head[len(head)-1] = "salary €", "sickness €"
	}
	cw.Write(head)
	line := func(level, name string, role roster.Role, fte, budget string, f *Figures, personal bool) {
		sick, pct := csvNum(f.Sick), csvNum(f.SickPct())
		if personal {
			sick, pct = "", ""
		}
		rec := []string{level, name, string(role), fte, budget, csvNum(f.Contract), csvNum(f.Planned), csvNum(f.Realised),
			csvNum(f.Leave), sick, pct, csvNum(f.Reserve), csvNum(f.Overwork),
			strconv.Itoa(f.Nights), strconv.Itoa(f.Weekends), strconv.Itoa(f.Holidays), csvNum(f.Sleep)}
		for _, x := range f.ORT {
			rec = append(rec, csvNum(x))
		}
		if r.AmountsShown() {
			rec = append(rec, csvNum(f.ORTAmount), csvNum(f.Salary), csvNum(f.SickCost))
		} else {
			rec = append(rec, "", "", "")
		}
		cw.Write(rec)
	}
	team, role, member := "team", l.Pick("functie", "role"), l.Pick("teamlid", "member")
	line(team, "", "", csvNum(r.Team.FTE), csvNum(r.Team.BudgetFTE), &r.Team.Figures, r.Team.Personal)
	for i := range r.Roles {
		x := &r.Roles[i]
		line(role, "", x.Role, csvNum(x.FTE), csvNum(x.BudgetFTE), &x.Figures, x.Personal)
	}
	if members && !r.Locked {
		for i := range r.Members {
			x := &r.Members[i]
			line(member, x.Name, x.Role, csvNum(x.FTE), "", &x.Figures, false)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("CSV schrijven / write CSV: %w", err)
	}
	return nil
}
