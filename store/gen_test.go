package store

import (
	"fmt"
	"math/rand/v2"
	"slices"

	"github.com/huisrooster/huisrooster/roster"
)

// gen makes random houses and edits for property tests.
type gen struct {
	r    *rand.Rand
	base roster.Date
}

func newGen(seed uint64) *gen {
	return &gen{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), base: roster.NewDate(2026, 3, 2)}
}

func (g *gen) date() roster.Date   { return g.base + roster.Date(g.r.IntN(70)) }
func (g *gen) clock() roster.Clock { return roster.Clock(g.r.IntN(1441)) }
func (g *gen) bool() bool          { return g.r.IntN(2) == 0 }
func (g *gen) text() string {
	words := []string{"", "ruil met Piet", "later", "ouderavond", "école", "één ✓", "\"quoted\"", "a\nb"}
	return words[g.r.IntN(len(words))]
}
func (g *gen) hours() float64 { return float64(g.r.IntN(80)) / 2 }

// name returns a name that keeps the name rule (opening would repair one
// that does not, and the house would no longer equal the test's model).
func (g *gen) name() string {
	words := []string{"Piet", "école", "één ✓", "\"quoted\"", "de Vries"}
	return words[g.r.IntN(len(words))]
}

func (g *gen) member(id int) roster.Member {
	m := roster.Member{ID: id, Name: fmt.Sprintf("Lid %d %s", id, g.name()), Initials: "L" + fmt.Sprint(id),
		Colour: fmt.Sprintf("#%06x", g.r.IntN(1<<24)), Role: roster.Roles[g.r.IntN(len(roster.Roles))],
		LiveIn: g.bool(), Nights: g.bool(), NoSleepShifts: g.bool(), Pregnant: g.bool()}
	for i := g.r.IntN(4); i > 0; i-- {
		m.Contract = append(m.Contract, roster.Contract{From: g.date() - 400, HoursPerWeek: g.hours()})
	}
	if g.bool() {
		m.Photo = make([]byte, g.r.IntN(300))
		for i := range m.Photo {
			m.Photo[i] = byte(g.r.IntN(256))
		}
	}
	if g.bool() {
		c := g.bool()
		m.Counts = &c
	}
	if g.bool() {
		d := g.date() - 100
		m.ActiveFrom = &d
	}
	if g.bool() {
		d := g.date() + 100
		m.ActiveTo = &d
	}
	return m
}

func (g *gen) shift(code string) roster.ShiftType {
	return roster.ShiftType{Code: code, Name: "Dienst " + code + g.text(), Start: g.clock(), End: g.clock(),
		BreakMin: g.r.IntN(60), Kind: roster.ShiftKinds[g.r.IntN(len(roster.ShiftKinds))],
		Colour: fmt.Sprintf("#%06x", g.r.IntN(1<<24))}
}

func (g *gen) settings() roster.HouseSettings {
	s := roster.Settings{SlackPct: g.hours(), BalanceWeeks: g.r.IntN(8), HoursPerFTE: 36, LeavePct: 7.7,
		SickPct: float64(g.r.IntN(100)) / 10, NightStart: g.clock(), NightEnd: g.clock(),
		NightMode: roster.NightSleep, SleepRegime: roster.RegimeRegular, PublishDays: 28}
	if g.bool() {
		s.Budget = map[roster.Role]float64{}
		for _, r := range roster.Roles {
			if g.bool() {
				s.Budget[r] = float64(g.r.IntN(100)) / 10
			}
		}
	}
	for i := g.r.IntN(4); i > 0; i-- {
		b := roster.ORTBand{Start: g.clock(), End: roster.Clock(1440), Percent: float64(g.r.IntN(60))}
		for _, d := range roster.DayTypes {
			if g.bool() {
				b.Days = append(b.Days, d)
			}
		}
		s.ORT = append(s.ORT, b)
	}
	for i := g.r.IntN(3); i > 0; i-- {
		s.ExtraHolidays = append(s.ExtraHolidays, g.date())
	}
	hs := roster.HouseSettings{Name: "Huis " + g.name(), Children: 4 + g.r.IntN(3), Settings: s}
	for i := g.r.IntN(4); i > 0; i-- {
		hs.Coverage = append(hs.Coverage, roster.Band{Day: roster.DayTypes[g.r.IntN(3)], Start: g.clock(),
			End: g.clock(), Min: g.r.IntN(4), Max: g.r.IntN(5)})
	}
	return hs
}

// assignment returns a random assignment in the cell of member m on d.
func (g *gen) assignment(h *roster.House, m int, d roster.Date) roster.Assignment {
	a := roster.Assignment{Member: m, Date: d, Shift: "X"}
	if len(h.ShiftTypes) > 0 {
		a.Shift = h.ShiftTypes[g.r.IntN(len(h.ShiftTypes))].Code
	}
	if g.r.IntN(4) == 0 {
		s, e := g.clock(), g.clock()
		a.Start, a.End = &s, &e
	}
	if g.r.IntN(5) == 0 {
		a.State = roster.StateSick
	} else {
		a.Note = g.text()
	}
	return a
}

func (g *gen) absence(h *roster.House) roster.Absence {
	from := g.date()
	return roster.Absence{Member: g.memberID(h), From: from, To: from + roster.Date(g.r.IntN(10)),
		Kind: roster.AbsenceKinds[g.r.IntN(len(roster.AbsenceKinds))], HoursPerDay: g.hours() / 4}
}

func (g *gen) wish(h *roster.House) roster.Wish {
	w := roster.Wish{Member: g.memberID(h), Date: g.date(), Kind: []roster.WishKind{roster.WishCannot,
		roster.WishRatherNot, roster.WishPrefer}[g.r.IntN(3)], Note: g.text()}
	if g.bool() && len(h.ShiftTypes) > 0 {
		w.Shift = h.ShiftTypes[g.r.IntN(len(h.ShiftTypes))].Code
	}
	return w
}

func (g *gen) period() roster.Period {
	from := g.date()
	return roster.Period{From: from, To: from + roster.Date(g.r.IntN(28)),
		State: []roster.PeriodState{roster.PeriodDraft, roster.PeriodWishes, roster.PeriodFilling, roster.PeriodFixed}[g.r.IntN(4)]}
}

// memberID returns an existing member's ID (or 1 in an empty team).
func (g *gen) memberID(h *roster.House) int {
	if len(h.Members) == 0 {
		return 1
	}
	return h.Members[g.r.IntN(len(h.Members))].ID
}

// house returns a random house.
func (g *gen) house() *roster.House {
	hs := g.settings()
	h := &roster.House{Name: hs.Name, Children: hs.Children, Settings: hs.Settings, Coverage: hs.Coverage}
	for i, n := 0, g.r.IntN(9); i < n; i++ {
		h.Members = append(h.Members, g.member(1+i*3+g.r.IntN(3)))
	}
	g.r.Shuffle(len(h.Members), func(i, j int) { h.Members[i], h.Members[j] = h.Members[j], h.Members[i] })
	for i, code := range []string{"V", "D", "L", "N", "S", "VG", "Ov"} {
		if i < 2 || g.bool() {
			h.ShiftTypes = append(h.ShiftTypes, g.shift(code))
		}
	}
	for i, n := 0, g.r.IntN(60); i < n; i++ {
		h.Plan.Assignments = append(h.Plan.Assignments, g.assignment(h, g.memberID(h), g.date()))
	}
	for i, n := 0, g.r.IntN(6); i < n; i++ {
		h.Plan.Absences = append(h.Plan.Absences, g.absence(h))
	}
	for i, n := 0, g.r.IntN(6); i < n; i++ {
		h.Plan.Wishes = append(h.Plan.Wishes, g.wish(h))
	}
	for i, n := 0, g.r.IntN(3); i < n; i++ {
		h.Plan.Periods = append(h.Plan.Periods, g.period())
	}
	if g.r.IntN(4) == 0 && len(h.Plan.Absences) > 0 { // duplicates are allowed
		h.Plan.Absences = append(h.Plan.Absences, h.Plan.Absences[0])
	}
	return validize(h)
}

// pick returns a pointer to a copy of a random element of list, or nil.
func pick[T any](g *gen, list []T) *T {
	if len(list) == 0 {
		return nil
	}
	x := list[g.r.IntN(len(list))]
	return &x
}

// edit returns a random edit that fits h: each part changes something that
// is there (or adds something new), and the house after it keeps the rules
// (validize; the edit is the difference, see Diff).
func (g *gen) edit(h *roster.House) roster.Edit {
	for {
		raw := g.rawEdit(h)
		after := clone(h)
		if err := after.Apply(raw); err != nil {
			continue
		}
		e := Diff(clone(h), validize(after)) // pointers into copies: the caller applies e to h
		if !e.Empty() {
			e.NL, e.EN = "willekeurig", "random"
			return e
		}
	}
}

// rawEdit is a random edit that fits h, whatever rules the house after it
// breaks.
func (g *gen) rawEdit(h *roster.House) roster.Edit {
	e := roster.Edit{NL: "willekeurig", EN: "random"}
	for e.Empty() {
		for i, n := 0, g.r.IntN(3); i < n; i++ {
			m, d := g.memberID(h), g.date()
			c := roster.CellEdit{Member: m, Date: d, Before: h.Plan.CellAssignments(m, d)}
			for j := g.r.IntN(3); j > 0; j-- {
				c.After = append(c.After, g.assignment(h, m, d))
			}
			e.Cells = append(e.Cells, c)
		}
		switch g.r.IntN(10) {
		case 0:
			a := g.absence(h)
			e.Absences = append(e.Absences, roster.AbsenceEdit{Before: pick(g, h.Plan.Absences), After: &a})
		case 1:
			if b := pick(g, h.Plan.Absences); b != nil {
				e.Absences = append(e.Absences, roster.AbsenceEdit{Before: b})
			}
		case 2:
			w := g.wish(h)
			e.Wishes = append(e.Wishes, roster.WishEdit{Before: pick(g, h.Plan.Wishes), After: &w})
		case 3:
			p := g.period()
			if g.bool() {
				e.Periods = append(e.Periods, roster.PeriodEdit{Before: pick(g, h.Plan.Periods), After: &p})
			} else if b := pick(g, h.Plan.Periods); b != nil {
				e.Periods = append(e.Periods, roster.PeriodEdit{Before: b})
			}
		case 4:
			maxID := 0
			for _, m := range h.Members {
				maxID = max(maxID, m.ID)
			}
			m := g.member(maxID + 1 + g.r.IntN(3))
			e.Members = append(e.Members, roster.MemberEdit{After: &m})
		case 5:
			if b := pick(g, h.Members); b != nil {
				m := g.member(b.ID)
				if g.bool() {
					e.Members = append(e.Members, roster.MemberEdit{Before: b, After: &m})
				} else {
					e.Members = append(e.Members, roster.MemberEdit{Before: b})
				}
			}
		case 6:
			if b := pick(g, h.ShiftTypes); b != nil {
				s := g.shift(b.Code)
				e.Shifts = append(e.Shifts, roster.ShiftTypeEdit{Before: b, After: &s})
			}
		case 7:
			code := fmt.Sprintf("Z%d", g.r.IntN(100))
			if h.ShiftType(code) == nil {
				s := g.shift(code)
				e.Shifts = append(e.Shifts, roster.ShiftTypeEdit{After: &s})
			} else if g.bool() {
				e.Shifts = append(e.Shifts, roster.ShiftTypeEdit{Before: h.ShiftType(code)})
			}
		case 8:
			e.Settings = &roster.SettingsEdit{Before: roster.SettingsOf(h), After: g.settings()}
		}
	}
	return e
}

// clone returns a deep copy of h (through the house file).
func clone(h *roster.House) *roster.House {
	c := *h
	c.Members = slices.Clone(h.Members)
	c.ShiftTypes = slices.Clone(h.ShiftTypes)
	c.Coverage = slices.Clone(h.Coverage)
	c.Plan.Assignments = slices.Clone(h.Plan.Assignments)
	c.Plan.Absences = slices.Clone(h.Plan.Absences)
	c.Plan.Wishes = slices.Clone(h.Plan.Wishes)
	c.Plan.Periods = slices.Clone(h.Plan.Periods)
	return &c
}
