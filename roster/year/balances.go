package year

import (
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// PeriodBalance is the hours balance of one balance period: planned (and
// worked) contract hours against contract hours.
type PeriodBalance struct {
	Period   roster.Window `json:"period"`
	Contract float64       `json:"contract"`
	Planned  float64       `json:"planned"`
	Diff     float64       `json:"diff"`       // Planned − Contract: plus (+) or min (−) uren
	Closed   bool          `json:"closed"`     // ended before today, after the plan's first record: its diff is carried
	Running  float64       `json:"cumulative"` // carried in + the diffs of the closed periods so far
}

// Balance is a member's leave and hours balance of one calendar year.
type Balance struct {
	Member int    `json:"member"`
	Name   string `json:"name"`
	Year   int    `json:"year"`
	// Entitlement is the year's leave hours: the house's hours per fte
	// (144, cao) pro rata the contract of every day of the year on which
	// the member is on the team.
	Entitlement float64 `json:"entitlement"`
	Carried     float64 `json:"carried"` // leave hours carried over from the year before
	Taken       float64 `json:"taken"`   // leave (verlof) on the plan before today
	Agreed      float64 `json:"agreed"`  // leave on the plan from today on
	Planned     float64 `json:"planned"` // asked, not yet agreed
	Left        float64 `json:"left"`    // Entitlement + Carried − Taken − Agreed
	// PlusMinCarried is the hours balance carried in; PlusMin the balance
	// after the closed balance periods of the year.
	PlusMinCarried float64         `json:"plusMinCarried"`
	PlusMin        float64         `json:"plusMin"`
	Periods        []PeriodBalance `json:"periods"`
}

// maxCarryYears bounds how far back a carry-over is computed.
const maxCarryYears = 10

// Balances returns the balance of every member on the team in calendar year
// y, in team order, with today deciding what is taken and which balance
// periods are closed.
func Balances(h *roster.House, y int, today roster.Date) []Balance {
	var out []Balance
	yw := roster.Window{From: roster.NewDate(y, time.January, 1), To: roster.NewDate(y, time.December, 31)}
	for i := range h.Members {
		m := &h.Members[i]
		if !activeIn(m, yw) {
			continue
		}
		out = append(out, MemberBalance(h, m.ID, y, today))
	}
	return out
}

// activeIn reports whether m is on the team and has a contract on some day of w.
func activeIn(m *roster.Member, w roster.Window) bool {
	if len(m.Contract) == 0 || m.Contract[0].From > w.To {
		return false
	}
	if m.ActiveFrom != nil && *m.ActiveFrom > w.To || m.ActiveTo != nil && *m.ActiveTo < w.From {
		return false
	}
	return true
}

// MemberBalance returns member id's balance of calendar year y.
func MemberBalance(h *roster.House, id, y int, today roster.Date) Balance {
	return memberBalance(h, id, y, today, maxCarryYears)
}

func memberBalance(h *roster.House, id, y int, today roster.Date, depth int) Balance {
	m := h.Member(id)
	if m == nil {
		return Balance{Member: id, Year: y}
	}
	b := Balance{Member: id, Name: m.Name, Year: y}
	jan1, dec31 := roster.NewDate(y, time.January, 1), roster.NewDate(y, time.December, 31)
	days := float64(dec31 - jan1 + 1)
	perFTE := h.Settings.LeaveHoursPerFTEOrDefault()
	fte := h.Settings.HoursPerFTEOrDefault()
	for d := jan1; d <= dec31; d++ {
		if m.Active(d) {
			b.Entitlement += m.HoursOn(d) / fte * perFTE / days
		}
	}
	b.Entitlement = round2(b.Entitlement)

	// Carried over: the year's start record, else what was left of the
	// year before, while the member had a contract then and the house kept
	// its plan in the app (before its first record nothing is known).
	start, ok := yearStart(h, id, y)
	prevW := roster.Window{From: roster.NewDate(y-1, time.January, 1), To: roster.NewDate(y-1, time.December, 31)}
	first := firstRecord(h)
	switch {
	case ok:
		b.Carried, b.PlusMinCarried = start.LeaveHours, start.PlusMin
	case depth > 0 && activeIn(m, prevW) && first != 0 && first <= prevW.To:
		prev := memberBalance(h, id, y-1, today, depth-1)
		b.Carried, b.PlusMinCarried = prev.Left, prev.PlusMin
	}

	for d := jan1; d <= dec31; d++ {
		if wd := d.Weekday(); wd == time.Saturday || wd == time.Sunday {
			continue
		}
		a := h.Plan.AbsenceOn(id, d)
		if a == nil || a.Kind != roster.AbsLeave {
			continue
		}
		if d < today {
			b.Taken += roster.AbsenceHours(a, m, d)
		} else {
			b.Agreed += roster.AbsenceHours(a, m, d)
		}
	}
	for i := range h.Year.Requests {
		r := &h.Year.Requests[i]
		if r.Member != id || r.Status != roster.LeaveAsked || r.Kind != roster.AbsLeave {
			continue
		}
		clip := *r
		clip.From, clip.To = max(r.From, jan1), min(r.To, dec31)
		if clip.From <= clip.To {
			b.Planned += RequestHours(h, &clip)
		}
	}
	b.Taken, b.Agreed, b.Planned = round2(b.Taken), round2(b.Agreed), round2(b.Planned)
	b.Left = round2(b.Entitlement + b.Carried - b.Taken - b.Agreed)

	// Hours balance per balance period of ISO year y.
	run := b.PlusMinCarried
	for _, p := range balancePeriods(h, y) {
		c := 0.0
		for mon := p.From; mon <= p.To; mon += 7 {
			if m.Active(mon) {
				c += m.HoursOn(mon)
			}
		}
		pl := roster.PlannedHours(h, id, p)
		pb := PeriodBalance{Period: p, Contract: round2(c), Planned: round2(pl), Diff: round2(pl - c), Closed: p.To < today && first != 0 && p.To >= first}
		if pb.Closed {
			run += pb.Diff
		}
		pb.Running = round2(run)
		b.Periods = append(b.Periods, pb)
	}
	b.PlusMin = round2(run)
	return b
}

// firstRecord returns the first date the house's plan holds (an assignment
// or an absence), 0 when it holds none: the hours balance starts there.
func firstRecord(h *roster.House) roster.Date {
	var first roster.Date
	for _, a := range h.Plan.Assignments {
		if first == 0 || a.Date < first {
			first = a.Date
		}
	}
	for _, a := range h.Plan.Absences {
		if first == 0 || a.From < first {
			first = a.From
		}
	}
	return first
}

// yearStart returns the start record of member id in year y.
func yearStart(h *roster.House, id, y int) (roster.YearStart, bool) {
	for _, s := range h.Year.Starts {
		if s.Member == id && s.Year == y {
			return s, true
		}
	}
	return roster.YearStart{}, false
}

// balancePeriods returns the balance periods of ISO year y in order.
func balancePeriods(h *roster.House, y int) []roster.Window {
	var out []roster.Window
	for _, mon := range Weeks(y) {
		p := roster.BalanceWindow(h, mon)
		if len(out) == 0 || out[len(out)-1] != p {
			out = append(out, p)
		}
	}
	return out
}

// round2 rounds to hundredths, so sums print and compare cleanly.
func round2(x float64) float64 {
	if x < 0 {
		return -round2(-x)
	}
	return float64(int64(x*100+0.5)) / 100
}
