package changes

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// Kind names a change of a shift.
type Kind int

// Kinds of change.
const (
	Added     Kind = iota // a shift was added
	Removed               // a shift was removed
	Moved                 // a shift moved to another date or to another member
	Swapped               // two members swapped shifts
	Sick                  // the member was reported sick for the shift
	Recovered             // a shift marked sick is planned again
	Covered               // a colleague covers a vacated shift
	Times                 // the shift's times changed
	Replaced              // the shift became another shift (ToCode) on the same day
)

// Change is one change of a shift, netted over the records summarised.
type Change struct {
	Kind   Kind
	Member int         // whose shift it was (Covered: who covers)
	Date   roster.Date // the shift's date (before a move)
	Code   string      // the shift's code
	// ToMember and ToDate are where a Moved shift went (one of them equals
	// Member or Date), or the other side of a swap: ToMember's ToCode on
	// ToDate went to Member. ToCode is also what a Replaced shift became.
	ToMember int
	ToDate   roster.Date
	ToCode   string
	CoverFor int          // Covered: whose vacated shift
	Start    roster.Clock // Times: the new times
	End      roster.Clock
	Who      string    // who made the change (the last record that touched it)
	When     time.Time // when
	Seq      uint64    // the audit record
	Own      bool      // the member asked about is one of the members involved
	Soon     bool      // a date of the change falls within the publication period from today
}

// Members returns the members involved in c.
func (c Change) Members() []int {
	out := []int{c.Member}
	if c.ToMember != 0 && c.ToMember != c.Member {
		out = append(out, c.ToMember)
	}
	if c.CoverFor != 0 {
		out = append(out, c.CoverFor)
	}
	return out
}

// Dates returns the dates of c: one, or two for a move or swap across days.
func (c Change) Dates() []roster.Date {
	if c.ToDate != 0 && c.ToDate != c.Date {
		return []roster.Date{c.Date, c.ToDate}
	}
	return []roster.Date{c.Date}
}

// slot is an assignment without its cell and note: what a change compares.
type slot struct {
	code       string
	start, end roster.Clock
	custom     bool
	sick       bool
	coverFor   int
}

func slotOf(h *roster.House, a roster.Assignment) slot {
	s := slot{code: a.Shift, sick: a.State == roster.StateSick, coverFor: a.CoverFor}
	if st := h.ShiftType(a.Shift); st != nil {
		s.start, s.end = st.Start, st.End
	}
	if a.Start != nil {
		s.start, s.custom = *a.Start, true
	}
	if a.End != nil {
		s.end, s.custom = *a.End, true
	}
	return s
}

type cellKey struct {
	member int
	date   roster.Date
}

// netCell is one cell's state before the first and after the last record.
type netCell struct {
	before, after []roster.Assignment
	rec           *roster.AuditRecord // the last record that touched it
}

// part is one named difference of one cell, before pairing.
type part struct {
	kind   Kind
	member int
	date   roster.Date
	s      slot
	rec    *roster.AuditRecord
	used   bool
}

// Summarize returns the changes the records (in any order) made to shifts,
// netted per cell, as they concern member: changes of her own shifts (Own)
// and of others' shifts in the ISO weeks she works in h, dated today or
// later. member 0 returns every change from today on. h is the current
// house (for shift times and the weeks she works). The result is sorted by
// date, then member.
func Summarize(recs []roster.AuditRecord, h *roster.House, member int, today roster.Date) []Change {
	recs = slices.Clone(recs)
	slices.SortFunc(recs, func(a, b roster.AuditRecord) int { return cmp.Compare(a.Seq, b.Seq) })
	net := map[cellKey]*netCell{}
	var order []cellKey
	for i := range recs {
		r := &recs[i]
		for _, c := range r.Edit.Cells {
			k := cellKey{c.Member, c.Date}
			n := net[k]
			if n == nil {
				n = &netCell{before: c.Before}
				net[k] = n
				order = append(order, k)
			}
			n.after, n.rec = c.After, r
		}
	}
	var parts []*part
	for _, k := range order {
		parts = append(parts, diffCell(h, k, net[k])...)
	}
	all := pair(parts)
	return relevant(all, h, member, today)
}

// diffCell names the differences of one cell.
func diffCell(h *roster.House, k cellKey, n *netCell) []*part {
	index := func(as []roster.Assignment) map[string]slot {
		m := map[string]slot{}
		for _, a := range as {
			s := slotOf(h, a)
			if old, ok := m[s.code]; ok && !old.sick {
				continue // the worked one counts when a code is there twice
			}
			m[s.code] = s
		}
		return m
	}
	before, after := index(n.before), index(n.after)
	var out []*part
	add := func(kind Kind, s slot) {
		out = append(out, &part{kind: kind, member: k.member, date: k.date, s: s, rec: n.rec})
	}
	codes := map[string]bool{}
	for c := range before {
		codes[c] = true
	}
	for c := range after {
		codes[c] = true
	}
	for _, code := range slices.Sorted(maps.Keys(codes)) {
		b, hadB := before[code]
		a, hasA := after[code]
		switch {
		case hadB && hasA && b == a:
		case hadB && hasA && !b.sick && a.sick:
			add(Sick, a)
		case hadB && hasA && b.sick && !a.sick:
			add(Recovered, a)
		case hadB && hasA && !a.sick:
			add(Times, a)
		case hadB && !hasA && !b.sick:
			add(Removed, b)
		case !hadB && hasA && !a.sick && a.coverFor != 0:
			add(Covered, a)
		case !hadB && hasA && !a.sick:
			add(Added, a)
		}
	}
	return out
}

// pair turns removals and additions of one record into moves and swaps.
func pair(parts []*part) []Change {
	var out []Change
	find := func(kind Kind, ok func(*part) bool) *part {
		for _, p := range parts {
			if !p.used && p.kind == kind && ok(p) {
				return p
			}
		}
		return nil
	}
	// A transfer: r's shift went to another member on the same date, in the same record.
	transfer := func(r *part) *part {
		return find(Added, func(a *part) bool {
			return a.rec == r.rec && a.date == r.date && a.member != r.member && a.s.code == r.s.code
		})
	}
	for _, r := range parts {
		if r.used || r.kind != Removed {
			continue
		}
		a := transfer(r)
		if a == nil {
			continue
		}
		// The crossing transfer makes it a swap.
		r.used, a.used = true, true
		var back, backTo *part
		for _, r2 := range parts {
			if r2.used || r2.kind != Removed || r2.rec != r.rec || r2.member != a.member {
				continue
			}
			if a2 := find(Added, func(x *part) bool {
				return x.rec == r2.rec && x.date == r2.date && x.member == r.member && x.s.code == r2.s.code
			}); a2 != nil {
				back, backTo = r2, a2
				break
			}
		}
		if back != nil {
			back.used, backTo.used = true, true
			out = append(out, change(Swapped, r, func(c *Change) {
				c.ToMember, c.ToDate, c.ToCode = back.member, back.date, back.s.code
			}))
			continue
		}
		out = append(out, change(Moved, r, func(c *Change) { c.ToMember, c.ToDate = a.member, a.date }))
	}
	// A move in time: the same member's shift on another date, in the same record.
	for _, r := range parts {
		if r.used || r.kind != Removed {
			continue
		}
		if a := find(Added, func(a *part) bool {
			return a.rec == r.rec && a.member == r.member && a.date != r.date && a.s.code == r.s.code
		}); a != nil {
			r.used, a.used = true, true
			out = append(out, change(Moved, r, func(c *Change) { c.ToMember, c.ToDate = a.member, a.date }))
		}
	}
	// Another shift in the same cell, in the same record.
	for _, r := range parts {
		if r.used || r.kind != Removed {
			continue
		}
		if a := find(Added, func(a *part) bool {
			return a.rec == r.rec && a.member == r.member && a.date == r.date
		}); a != nil {
			r.used, a.used = true, true
			out = append(out, change(Replaced, r, func(c *Change) { c.ToCode = a.s.code }))
		}
	}
	for _, p := range parts {
		if p.used {
			continue
		}
		out = append(out, change(p.kind, p, func(c *Change) {
			c.CoverFor = p.s.coverFor
			if p.kind == Times {
				c.Start, c.End = p.s.start, p.s.end
			}
		}))
	}
	return out
}

func change(kind Kind, p *part, more func(*Change)) Change {
	c := Change{Kind: kind, Member: p.member, Date: p.date, Code: p.s.code, Who: p.rec.Who, When: p.rec.When, Seq: p.rec.Seq}
	more(&c)
	return c
}

// relevant keeps the changes that concern member from today on and marks
// Own and Soon.
func relevant(all []Change, h *roster.House, member int, today roster.Date) []Change {
	days := h.Settings.PublishDays
	if days <= 0 {
		days = 28
	}
	soon := roster.Window{From: today, To: today + roster.Date(days) - 1}
	works := map[roster.Date]bool{} // Mondays of the weeks member works
	for _, a := range h.Plan.Assignments {
		if a.Member == member && a.State == roster.StatePlanned {
			works[a.Date.Monday()] = true
		}
	}
	var out []Change
	for _, c := range all {
		future, inWeek := false, false
		for _, d := range c.Dates() {
			future = future || d >= today
			inWeek = inWeek || works[d.Monday()]
			c.Soon = c.Soon || soon.Contains(d)
		}
		if !future {
			continue
		}
		c.Own = member != 0 && slices.Contains(c.Members(), member)
		if member != 0 && !c.Own && !inWeek {
			continue
		}
		out = append(out, c)
	}
	slices.SortStableFunc(out, func(a, b Change) int {
		return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.Member, b.Member), cmp.Compare(a.Seq, b.Seq))
	})
	return out
}

// Text describes c in language l: "Anna: V op di 24 nov verplaatst naar do
// 26-11". Names are first names. Like everything shown without the
// teamleider's PIN, it never says that someone is sick: a shift marked sick
// reads as vacated, a cover does not name whom it covers.
func (c Change) Text(h *roster.House, l roster.Lang) string {
	name := func(id int) string { return firstName(h, id) }
	day := func(d roster.Date) string { return roster.DayLabel(d, l) }
	switch c.Kind {
	case Added:
		return fmt.Sprintf(l.Pick("%s: %s op %s erbij", "%s: %s on %s added"), name(c.Member), c.Code, day(c.Date))
	case Removed:
		return fmt.Sprintf(l.Pick("%s: %s op %s vervallen", "%s: %s on %s removed"), name(c.Member), c.Code, day(c.Date))
	case Moved:
		if c.ToMember != c.Member {
			return fmt.Sprintf(l.Pick("%s op %s: van %s naar %s", "%s on %s: from %s to %s"),
				c.Code, day(c.Date), name(c.Member), name(c.ToMember))
		}
		return fmt.Sprintf(l.Pick("%s: %s verplaatst van %s naar %s", "%s: %s moved from %s to %s"),
			name(c.Member), c.Code, day(c.Date), day(c.ToDate))
	case Swapped:
		return fmt.Sprintf(l.Pick("%s en %s geruild: %s op %s tegen %s op %s", "%s and %s swapped: %s on %s for %s on %s"),
			name(c.Member), name(c.ToMember), c.Code, day(c.Date), c.ToCode, day(c.ToDate))
	case Sick:
		// Sickness per person is shown only after the teamleider's PIN
		// (roster.PersonalEdit): here the shift is just vacated.
		return fmt.Sprintf(l.Pick("%s: %s op %s vrijgekomen", "%s: %s on %s vacated"), name(c.Member), c.Code, day(c.Date))
	case Recovered:
		return fmt.Sprintf(l.Pick("%s: %s op %s weer ingepland", "%s: %s on %s planned again"), name(c.Member), c.Code, day(c.Date))
	case Covered:
		// Like a house file without the PIN, the text does not say whose
		// vacated shift it is.
		return fmt.Sprintf(l.Pick("%s valt in: %s op %s", "%s covers: %s on %s"), name(c.Member), c.Code, day(c.Date))
	case Replaced:
		return fmt.Sprintf(l.Pick("%s: %s op %s werd %s", "%s: %s on %s became %s"), name(c.Member), c.Code, day(c.Date), c.ToCode)
	case Times:
		return fmt.Sprintf(l.Pick("%s: %s op %s nu %s–%s", "%s: %s on %s now %s–%s"), name(c.Member), c.Code, day(c.Date), c.Start, c.End)
	}
	return ""
}

// By says who made c and when: "door Carla, ma 23 nov 14:05".
func (c Change) By(l roster.Lang) string {
	who := c.Who
	if strings.TrimSpace(who) == "" {
		who = "?"
	}
	t := c.When.In(roster.Amsterdam)
	return l.Pick("door ", "by ") + who + ", " + roster.DayLabel(roster.DateOf(t), l) + " " + t.Format("15:04")
}

// firstName is the member's first name, or "#id" for a member no longer in
// the house.
func firstName(h *roster.House, id int) string {
	if m := h.Member(id); m != nil {
		if f := strings.Fields(m.Name); len(f) > 0 {
			return f[0]
		}
	}
	return fmt.Sprintf("#%d", id)
}
