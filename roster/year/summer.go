package year

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// DefaultSummerWeeks is how many summer weeks a member may get at most when
// the round does not say.
const DefaultSummerWeeks = 3

// OpenSummer returns the edit that opens the summer round of year y over the
// weeks from the Monday of from to the Sunday of to, with a deadline for
// wishes and at most maxWeeks weeks a member. When from and to are zero the
// school summer holiday of the house's region is taken.
func OpenSummer(h *roster.House, y int, from, to, deadline roster.Date, maxWeeks int) (roster.Edit, error) {
	if h.Year.Summer(y) != nil {
		return roster.Edit{}, fmt.Errorf("de zomerronde %d bestaat al / the summer round %d already exists", y, y)
	}
	if from == 0 && to == 0 {
		sh, ok := SummerHoliday(h.Settings.Region, y)
		if !ok {
			return roster.Edit{}, fmt.Errorf("geen zomervakantie %d bekend voor regio %q: geef de weken / no summer holiday %d known for region %q: give the weeks",
				y, h.Settings.Region, y, h.Settings.Region)
		}
		// The weeks of the holiday: its first Monday to its last Sunday.
		from, to = (sh.From + 2).Monday(), sh.To
	}
	from, to = from.Monday(), to.Monday()+6
	switch {
	case to < from:
		return roster.Edit{}, errors.New("de ronde eindigt voor ze begint / the round ends before it starts")
	case to-from > 7*12:
		return roster.Edit{}, errors.New("een zomerronde duurt hoogstens 12 weken / a summer round lasts at most 12 weeks")
	case maxWeeks < 1 || maxWeeks > 10:
		return roster.Edit{}, errors.New("maximum weken per teamlid moet tussen 1 en 10 liggen / maximum weeks per member must be between 1 and 10")
	}
	if yy, _, _ := from.YMD(); yy != y {
		return roster.Edit{}, fmt.Errorf("de weken liggen niet in %d / the weeks are not in %d", y, y)
	}
	yp := h.Year.Clone()
	yp.Summers = append(yp.Summers, roster.SummerRound{Year: y, From: from, To: to, Deadline: deadline, MaxWeeks: maxWeeks, State: roster.SummerOpen})
	sort.Slice(yp.Summers, func(i, j int) bool { return yp.Summers[i].Year < yp.Summers[j].Year })
	return yearEdit(h, yp, fmt.Sprintf("Zomerronde %d geopend", y), fmt.Sprintf("Summer round %d opened", y)), nil
}

// WishSummer returns the edit that sets member's wish in the open round of
// year y: the weeks (any day of each) in order of preference; an empty list
// takes the wish back.
func WishSummer(h *roster.House, y, member int, weeks []roster.Date, today roster.Date) (roster.Edit, error) {
	yp := h.Year.Clone()
	r := yp.Summer(y)
	switch {
	case r == nil:
		return roster.Edit{}, fmt.Errorf("geen zomerronde %d / no summer round %d", y, y)
	case r.State != roster.SummerOpen:
		return roster.Edit{}, fmt.Errorf("de zomerronde %d is %s: wensen kunnen niet meer / the summer round %d is closed: no more wishes", y, r.State, y)
	case r.Deadline != 0 && today > r.Deadline:
		return roster.Edit{}, fmt.Errorf("de deadline van de zomerronde was %s / the summer round's deadline was %s", r.Deadline, r.Deadline)
	case h.Member(member) == nil:
		return roster.Edit{}, fmt.Errorf("onbekend teamlid %d / unknown team member %d", member, member)
	}
	var mondays []roster.Date
	for _, d := range weeks {
		mon := d.Monday()
		if mon < r.From || mon > r.To {
			return roster.Edit{}, fmt.Errorf("week van %s valt buiten de ronde (%s – %s) / the week of %s is outside the round (%s – %s)", d, r.From, r.To, d, r.From, r.To)
		}
		if !slices.Contains(mondays, mon) {
			mondays = append(mondays, mon)
		}
	}
	r.Wishes = slices.DeleteFunc(r.Wishes, func(w roster.SummerWish) bool { return w.Member == member })
	if len(mondays) > 0 {
		r.Wishes = append(r.Wishes, roster.SummerWish{Member: member, Weeks: mondays})
		sort.Slice(r.Wishes, func(i, j int) bool { return r.Wishes[i].Member < r.Wishes[j].Member })
	}
	name := memberName(h, member)
	return yearEdit(h, yp, fmt.Sprintf("Zomerwens van %s", name), fmt.Sprintf("Summer wish of %s", name)), nil
}

// CloseSummer returns the edit that closes the round of year y for wishes.
func CloseSummer(h *roster.House, y int) (roster.Edit, error) {
	yp := h.Year.Clone()
	r := yp.Summer(y)
	if r == nil || r.State != roster.SummerOpen {
		return roster.Edit{}, fmt.Errorf("geen open zomerronde %d / no open summer round %d", y, y)
	}
	r.State = roster.SummerClosed
	return yearEdit(h, yp, fmt.Sprintf("Zomerronde %d gesloten", y), fmt.Sprintf("Summer round %d closed", y)), nil
}

// Reason is why a member did or did not get one wished week.
type Reason struct {
	Week    roster.Date `json:"week"`
	ISOWeek int         `json:"isoWeek"`
	Choice  int         `json:"choice"` // 1 = first choice
	Granted bool        `json:"granted"`
	NL      string      `json:"nl"`
	EN      string      `json:"en"`
}

// MemberSummer is one member in a summer proposal.
type MemberSummer struct {
	Member  int    `json:"member"`
	Name    string `json:"name"`
	Turn    int    `json:"turn"`    // place in the order of the first pass (1 = first)
	Earlier int    `json:"earlier"` // summer weeks given in earlier years' rounds
	// Got are the weeks proposed, Reasons one line per wished week.
	Got     []roster.Date `json:"got"`
	Reasons []Reason      `json:"reasons"`
}

// SummerProposal is the distribution the app proposes for a round.
type SummerProposal struct {
	Year    int            `json:"year"`
	Members []MemberSummer `json:"members"` // in turn order
	Awards  []roster.SummerAward
	// Weeks is the line of every week of the round with the proposal.
	Weeks []WeekLine `json:"weeks"`
	// RuleNL and RuleEN say how the order is made, for everyone to read.
	RuleNL string `json:"ruleNl"`
	RuleEN string `json:"ruleEn"`
}

// summerRule is the distribution's rule in words.
const (
	summerRuleNL = "Wie in eerdere jaren de minste zomerweken kreeg, kiest eerst; bij gelijke stand gaat de teamvolgorde (op nummer), elk jaar één plek doorgeschoven. " +
		"Er wordt in beurten gekozen, heen en terug (slangvolgorde), één week per beurt, tot ieder het maximum heeft of geen wens meer past. " +
		"Een week wordt alleen gegeven als ze daarna nog past of krap is."
	summerRuleEN = "Whoever got the fewest summer weeks in earlier years chooses first; on a tie the team order (by number) decides, moved on one place every year. " +
		"Members choose in turns, back and forth (snake order), one week a turn, until everyone has the maximum or no wish fits. " +
		"A week is given only if it still fits or is tight afterwards."
)

// EarlierSummerWeeks returns per member the summer weeks awarded in the
// accepted rounds of years before y.
func EarlierSummerWeeks(h *roster.House, y int) map[int]int {
	out := map[int]int{}
	for _, r := range h.Year.Summers {
		if r.Year >= y || r.State != roster.SummerAccepted {
			continue
		}
		for _, a := range r.Awards {
			out[a.Member] += len(a.Weeks)
		}
	}
	return out
}

// summerOrder returns the members who wished, in the order of the first
// pass: fewest earlier summer weeks first; ties by the team order on ID,
// rotated by the year (in year y the member at position y mod n of the
// ID order comes first among equals).
func summerOrder(h *roster.House, r *roster.SummerRound, earlier map[int]int) []int {
	ids := make([]int, 0, len(r.Wishes))
	for _, w := range r.Wishes {
		if h.Member(w.Member) != nil {
			ids = append(ids, w.Member)
		}
	}
	sort.Ints(ids)
	n := len(ids)
	if n == 0 {
		return nil
	}
	rot := map[int]int{}
	for i, id := range ids {
		rot[id] = ((i-r.Year%n)%n + n) % n
	}
	sort.SliceStable(ids, func(i, j int) bool {
		a, b := ids[i], ids[j]
		if earlier[a] != earlier[b] {
			return earlier[a] < earlier[b]
		}
		return rot[a] < rot[b]
	})
	return ids
}

// weekAbsence is a whole ISO week of leave: every day of it, a weekday at
// contract / 5 (the week counts the contract hours).
func weekAbsence(member int, mon roster.Date) roster.Absence {
	return roster.Absence{Member: member, From: mon, To: mon + 6, Kind: roster.AbsLeave}
}

// ProposeSummer returns the app's distribution for the round of year y:
// deterministic, keeping every week "past" or "krap", fair over the years
// (see the rule), with a reason for every wished week.
func ProposeSummer(h *roster.House, y int) (SummerProposal, error) {
	r := h.Year.Summer(y)
	if r == nil {
		return SummerProposal{}, fmt.Errorf("geen zomerronde %d / no summer round %d", y, y)
	}
	p := SummerProposal{Year: y, RuleNL: summerRuleNL, RuleEN: summerRuleEN}
	earlier := EarlierSummerWeeks(h, y)
	order := summerOrder(h, r, earlier)
	maxW := r.MaxWeeks
	if maxW <= 0 {
		maxW = DefaultSummerWeeks
	}
	wishes := map[int][]roster.Date{}
	for _, w := range r.Wishes {
		wishes[w.Member] = w.Weeks
	}
	cal := NewCalendar(h, roster.Window{From: r.From, To: r.To})
	var given []roster.Absence
	got := map[int][]roster.Date{}
	decided := map[int]map[roster.Date]Reason{}
	for _, id := range order {
		decided[id] = map[roster.Date]Reason{}
	}
	lineWith := func(mon roster.Date, extra ...roster.Absence) WeekLine {
		return Line(h, mon, cal, append(slices.Clone(given), extra...)...)
	}
	for pass := 0; pass < maxW; pass++ {
		turn := slices.Clone(order)
		if pass%2 == 1 {
			slices.Reverse(turn)
		}
		for pos, id := range turn {
			if len(got[id]) >= maxW {
				continue
			}
			for ci, mon := range wishes[id] {
				if _, done := decided[id][mon]; done {
					continue
				}
				_, wk := mon.ISOWeek()
				if m := h.Member(id); m == nil || !m.Active(mon) || m.HoursOn(mon) <= 0 {
					decided[id][mon] = Reason{Week: mon, ISOWeek: wk, Choice: ci + 1,
						NL: fmt.Sprintf("week %d: niet gegeven: dan geen teamlid met een contract", wk),
						EN: fmt.Sprintf("week %d: not given: not a member with a contract then", wk)}
					continue
				}
				if base := lineWith(mon); base.Status == Short {
					decided[id][mon] = Reason{Week: mon, ISOWeek: wk, Choice: ci + 1,
						NL: fmt.Sprintf("week %d (keuze %d): niet gegeven: de week past al zonder dit verlof niet (%s u tekort)", wk, ci+1, hours(base.ShortHours, roster.Dutch)),
						EN: fmt.Sprintf("week %d (choice %d): not given: the week is already short without this leave (%s h)", wk, ci+1, hours(base.ShortHours, roster.English))}
					continue
				}
				l := lineWith(mon, weekAbsence(id, mon))
				if l.Status == Short {
					decided[id][mon] = Reason{Week: mon, ISOWeek: wk, Choice: ci + 1,
						NL: fmt.Sprintf("week %d (keuze %d): niet gegeven: de week zou niet passen (%s u tekort)", wk, ci+1, hours(l.ShortHours, roster.Dutch)),
						EN: fmt.Sprintf("week %d (choice %d): not given: the week would be short (%s h)", wk, ci+1, hours(l.ShortHours, roster.English))}
					continue
				}
				given = append(given, weekAbsence(id, mon))
				got[id] = append(got[id], mon)
				decided[id][mon] = Reason{Week: mon, ISOWeek: wk, Choice: ci + 1, Granted: true,
					NL: fmt.Sprintf("week %d (keuze %d): gegeven in beurt %d van ronde %d; de week is daarna %s", wk, ci+1, pos+1, pass+1, l.Status),
					EN: fmt.Sprintf("week %d (choice %d): given in turn %d of pass %d; the week is %s afterwards", wk, ci+1, pos+1, pass+1, l.Status.EN())}
				break
			}
		}
	}
	for turn, id := range order {
		ms := MemberSummer{Member: id, Name: memberName(h, id), Turn: turn + 1, Earlier: earlier[id], Got: got[id]}
		for ci, mon := range wishes[id] {
			rs, ok := decided[id][mon]
			if !ok {
				_, wk := mon.ISOWeek()
				rs = Reason{Week: mon, ISOWeek: wk, Choice: ci + 1,
					NL: fmt.Sprintf("week %d (keuze %d): niet gegeven: het maximum van %d weken is bereikt", wk, ci+1, maxW),
					EN: fmt.Sprintf("week %d (choice %d): not given: the maximum of %d weeks is reached", wk, ci+1, maxW)}
			}
			ms.Reasons = append(ms.Reasons, rs)
		}
		slices.Sort(ms.Got)
		p.Members = append(p.Members, ms)
		if len(ms.Got) > 0 {
			p.Awards = append(p.Awards, roster.SummerAward{Member: id, Weeks: slices.Clone(ms.Got)})
		}
	}
	sort.Slice(p.Awards, func(i, j int) bool { return p.Awards[i].Member < p.Awards[j].Member })
	for mon := r.From; mon <= r.To; mon += 7 {
		p.Weeks = append(p.Weeks, lineWith(mon))
	}
	return p, nil
}

// Explain returns the proposal for one member in a few lines.
func (m MemberSummer) Explain(l roster.Lang) string {
	var b strings.Builder
	fmt.Fprintf(&b, l.Pick("%s: beurt %d (%d zomerweken in eerdere jaren)", "%s: turn %d (%d summer weeks in earlier years)"), m.Name, m.Turn, m.Earlier)
	for _, r := range m.Reasons {
		b.WriteString("\n  ")
		b.WriteString(l.Pick(r.NL, r.EN))
	}
	return b.String()
}

// AcceptSummer returns the edit in which the team accepts awards for the
// round of year y (the proposal's, or changed by the team): the round is
// "vastgesteld" and every awarded week becomes an agreed leave request
// (logged as agreed by by, through the round) and its absence.
func AcceptSummer(h *roster.House, y int, awards []roster.SummerAward, by int, now time.Time) (roster.Edit, error) {
	yp := h.Year.Clone()
	r := yp.Summer(y)
	switch {
	case r == nil:
		return roster.Edit{}, fmt.Errorf("geen zomerronde %d / no summer round %d", y, y)
	case r.State == roster.SummerAccepted:
		return roster.Edit{}, fmt.Errorf("de zomerronde %d is al vastgesteld / the summer round %d is already accepted", y, y)
	case h.Member(by) == nil:
		return roster.Edit{}, fmt.Errorf("onbekend teamlid %d / unknown team member %d", by, by)
	}
	var absences []roster.AbsenceEdit
	r.Awards = nil
	for _, a := range awards {
		if h.Member(a.Member) == nil {
			return roster.Edit{}, fmt.Errorf("onbekend teamlid %d / unknown team member %d", a.Member, a.Member)
		}
		var weeks []roster.Date
		for _, d := range a.Weeks {
			mon := d.Monday()
			if mon < r.From || mon > r.To {
				return roster.Edit{}, fmt.Errorf("week van %s valt buiten de ronde / the week of %s is outside the round", d, d)
			}
			if slices.Contains(weeks, mon) {
				continue
			}
			weeks = append(weeks, mon)
			for _, q := range yp.Requests {
				if q.Member == a.Member && open(q.Status) && q.From <= mon+6 && mon <= q.To {
					return roster.Edit{}, fmt.Errorf("%s heeft in de week van %s al aanvraag %d / %s already has request %d in the week of %s",
						memberName(h, a.Member), mon, q.ID, memberName(h, a.Member), q.ID, mon)
				}
			}
			abs := weekAbsence(a.Member, mon)
			q := roster.LeaveRequest{ID: yp.NextRequestID(), Member: a.Member, From: mon, To: mon + 6, Kind: roster.AbsLeave,
				Asked: stamp(now), Status: roster.LeaveAgreed, Summer: y,
				Agreed: []roster.LeaveMark{{By: by, At: stamp(now), Text: fmt.Sprintf("zomerronde %d", y)}}}
			yp.Requests = append(yp.Requests, q)
			absences = append(absences, roster.AbsenceEdit{After: &abs})
		}
		slices.Sort(weeks)
		if len(weeks) > 0 {
			r.Awards = append(r.Awards, roster.SummerAward{Member: a.Member, Weeks: weeks})
		}
	}
	sort.Slice(r.Awards, func(i, j int) bool { return r.Awards[i].Member < r.Awards[j].Member })
	r.State = roster.SummerAccepted
	e := yearEdit(h, yp, fmt.Sprintf("Zomerronde %d vastgesteld", y), fmt.Sprintf("Summer round %d accepted", y))
	e.Absences = absences
	return e, nil
}
