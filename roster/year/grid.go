package year

import (
	"github.com/huisrooster/huisrooster/roster"
)

// MemberWeek is what one member's ISO week holds in the year view.
type MemberWeek struct {
	Monday roster.Date `json:"monday"`
	// Days away this week (Monday–Sunday) per kind of absence on the plan.
	Leave, Sick, Training, Special int
	// Absent counts days away whose reason is withheld: sick days as the
	// year view shows them without the teamleider's PIN (see Disclosed).
	Absent        int
	Asked         int  // days of requests asked, not yet agreed
	Contract      bool // a new contract starts this week (ContractHours then applies)
	ContractHours float64
	Starts, Ends  bool // the membership starts or ends this week
	Away          bool // not on the team the whole week
}

// Withheld is the kind Main reports for days away whose reason is not
// shown (Absent): "afwezig" without saying why.
const Withheld roster.AbsenceKind = "afwezig"

// Disclosed returns the week as it may be shown under the privacy rule
// (roster/privacy.go: sickness per member only after the teamleider's PIN):
// unlocked, w itself; locked, its sick days count as Absent, reason withheld.
func (w MemberWeek) Disclosed(unlocked bool) MemberWeek {
	if !unlocked {
		w.Absent += w.Sick
		w.Sick = 0
	}
	return w
}

// Main returns the absence kind that marks the week most ("" none): sick
// (or Withheld) before leave before training before special leave, by days.
func (w MemberWeek) Main() roster.AbsenceKind {
	best, kind := 0, roster.AbsenceKind("")
	for _, k := range []struct {
		n int
		k roster.AbsenceKind
	}{{w.Sick, roster.AbsSick}, {w.Absent, Withheld}, {w.Leave, roster.AbsLeave}, {w.Training, roster.AbsTraining}, {w.Special, roster.AbsSpecial}} {
		if k.n > best {
			best, kind = k.n, k.k
		}
	}
	return kind
}

// MemberWeeks returns, for every member in team order, their weeks of the
// ISO weeks mondays.
func MemberWeeks(h *roster.House, mondays []roster.Date) [][]MemberWeek {
	out := make([][]MemberWeek, len(h.Members))
	for i := range h.Members {
		m := &h.Members[i]
		row := make([]MemberWeek, len(mondays))
		for j, mon := range mondays {
			w := MemberWeek{Monday: mon}
			active := 0
			for d := mon; d < mon+7; d++ {
				if m.Active(d) {
					active++
				}
				if a := h.Plan.AbsenceOn(m.ID, d); a != nil {
					switch a.Kind {
					case roster.AbsLeave:
						w.Leave++
					case roster.AbsSick:
						w.Sick++
					case roster.AbsTraining:
						w.Training++
					case roster.AbsSpecial:
						w.Special++
					}
				}
			}
			w.Away = active == 0
			if m.ActiveFrom != nil && *m.ActiveFrom >= mon && *m.ActiveFrom <= mon+6 {
				w.Starts = true
			}
			if m.ActiveTo != nil && *m.ActiveTo >= mon && *m.ActiveTo <= mon+6 {
				w.Ends = true
			}
			for k, c := range m.Contract {
				if c.From >= mon && c.From <= mon+6 {
					if k == 0 {
						w.Starts = true
					} else {
						w.Contract, w.ContractHours = true, c.HoursPerWeek
					}
				}
			}
			for _, r := range h.Year.Requests {
				if r.Member != m.ID || r.Status != roster.LeaveAsked || r.To < mon || r.From > mon+6 {
					continue
				}
				w.Asked += int(min(r.To, mon+6)-max(r.From, mon)) + 1
			}
			row[j] = w
		}
		out[i] = row
	}
	return out
}
