package team

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// This file holds the cover finder ("wie kan invallen?"): for a vacancy it
// classifies every other active team member as a candidate or as excluded,
// by asking the engine itself.
//
// # For the "Ziekmelding" panel
//
// Everything the panel needs, in the order it needs it (ExampleFindCover
// runs this flow):
//
//   - [ReportSick] / [ReportSickFromNow] → an Edit: apply it, save it with
//     Store.Apply; [Recover] ends the absence later.
//   - [Vacancies](h, member, from, to) lists the shifts the report vacated
//     (member 0: of everyone); [CoverIns] says who already covers one. A
//     cell's menu builds a vacancy from any assignment with [NewVacancy],
//     which also makes open ranges (Member 0, custom times).
//   - [FindCover](h, v) → [CoverResult]: Candidates (ranked, with
//     [CoverFigures] and Strains), Excluded (with Reasons), and Splits when
//     nobody can take the whole shift. Findings carry the engine's NL/EN
//     texts; show Finding.Message(l). It reads h only: run it on the UI
//     goroutine for one vacancy (a few milliseconds for a 15-member team),
//     or on a copy of the house for many.
//   - One tap: [AssignCover](h, v, member) or [AssignSplit](h, split) → an
//     Edit (undo: Edit.Inverse); then re-check the week for the coverage
//     strip and the findings.
//
// # How a member is classified
//
// FindCover builds a baseline: the house with the vacancy's own assignment
// vacated (marked sick when it is still planned), and runs [rules.CheckAt] over the
// affected window (a week before the vacancy date to a week after the day it
// ends: rest, weekly rest and night-series rules reach that far). Then, for
// every other member active on the date, it appends the vacancy as that
// member's assignment to a copy of the assignment list (the house itself is
// never deep-copied or changed), runs the engine over the same window and
// compares the findings with the baseline:
//
//   - every new error is an exclusion reason;
//   - a new CONTRACT warning (more than 1/9 above the contract's weekly hours,
//     cao art. 6.3c) is an exclusion reason too: the cover finder is stricter
//     than the engine here, because asking a colleague to go beyond that needs
//     their consent and is not something to propose at 06:45;
//   - a new ROLE warning (a huishoudelijk ondersteuner or an intern on a
//     shift that counts: the engine lets them work, but they never count as
//     an opvoeder, so the gap the vacancy left would stay open) is an
//     exclusion reason: role and flags must allow the shift kind;
//   - a new WISH warning of a member who has a "kan niet" wish for that day or
//     shift is an exclusion reason as well, whatever severity the engine gives it;
//   - every other new warning is a strain: the member can cover, but it costs
//     something (slack, a "liever niet" wish, a double night cover …).
//
// A finding is new when the baseline has no identical one (rule, severity,
// interval, members, dates and text). Coverage gaps (COV-DAY) are the one
// exception: adding a member can only shrink a gap, so a gap that lies inside
// a baseline gap of the same day is not new, even though its interval and
// text changed. Because the reasons are the engine's own findings, their
// texts are the engine's Dutch and English messages, and a member is excluded
// exactly when assigning them would add an error (or one of the promoted
// warnings).
//
// Every member is run through the engine, even one who is obviously absent:
// a cheap pre-filter would report one reason where the engine reports them
// all, and the panel promises every reason. Members who are not active on the
// vacancy date (not yet or no longer in the team) are left out altogether.
//
// # Ranking
//
// Candidates are ranked clean ones first (taking the shift gives no
// warning), then by: most slack left in the balance period after
// taking the shift, then fewest hours in the vacancy's week, then fewest
// cover-ins in the balance weeks before the date (fairness), then a "graag"
// wish, then fewest strains, then name. Excluded members are listed with
// those who could cover with consent (only CONTRACT stands in the way) first,
// then the fewest reasons first, in the same order otherwise.
//
// # Splits
//
// When nobody can take the whole shift, FindCover proposes splits over two
// colleagues: the shift is cut on a whole hour so that each part lasts at
// least two hours, each part must be free of reasons for its member, and the
// two parts together are checked once more. Night covers are never split.

// Vacancy is work that needs someone: a member's shift on a date that was
// vacated (by a sick report, or because the member asks to be replaced), or
// an open time range of a shift type. Start and End are the resolved clock
// times (the shift type's or custom ones); an End at or before Start ends the
// next day. Build one with [NewVacancy] or take them from [Vacancies].
type Vacancy struct {
	Member int          `json:"member,omitempty"` // whose shift it was; 0 for an open range
	Date   roster.Date  `json:"date"`
	Shift  string       `json:"shift"` // shift type code: kind and break
	Start  roster.Clock `json:"start"`
	End    roster.Clock `json:"end"`
}

// NewVacancy returns the vacancy of assignment a: its member, date, shift
// code and times (custom times win). With a.Member 0 it is an open range. It
// fails on an unknown shift code.
func NewVacancy(h *roster.House, a roster.Assignment) (Vacancy, error) {
	st := h.ShiftType(a.Shift)
	if st == nil {
		return Vacancy{}, fmt.Errorf("onbekende dienst %q / unknown shift %q", a.Shift, a.Shift)
	}
	v := Vacancy{Member: a.Member, Date: a.Date, Shift: st.Code, Start: st.Start, End: st.End}
	if a.Start != nil {
		v.Start = *a.Start
	}
	if a.End != nil {
		v.End = *a.End
	}
	if v.Start < 0 || v.Start >= 1440 || v.End < 0 || v.End > 1440 {
		return Vacancy{}, fmt.Errorf("ongeldige tijden %s–%s / invalid times %s–%s", v.Start, v.End, v.Start, v.End)
	}
	return v, nil
}

// Span returns the real instants of the vacancy.
func (v Vacancy) Span() (time.Time, time.Time) { return roster.Span(v.Date, v.Start, v.End) }

// Assignment returns the vacancy as an assignment of member: custom times
// only where they differ from the shift type's, marked as a cover-in for the
// vacancy's member.
func (v Vacancy) Assignment(h *roster.House, member int) roster.Assignment {
	a := roster.Assignment{Member: member, Date: v.Date, Shift: v.Shift, CoverFor: v.Member}
	if st := h.ShiftType(v.Shift); st == nil || st.Start != v.Start || st.End != v.End {
		s, e := v.Start, v.End
		a.Start, a.End = &s, &e
	}
	if v.Member != 0 {
		a.Note = "invaller voor " + h.MemberName(v.Member)
	}
	return a
}

// matches reports whether a is the vacancy's own assignment.
func (v Vacancy) matches(h *roster.House, a *roster.Assignment) bool {
	if v.Member == 0 || a.Member != v.Member || a.Date != v.Date || a.Shift != v.Shift {
		return false
	}
	w, err := NewVacancy(h, *a)
	return err == nil && w == v
}

// Label formats the vacancy as people say it: "di 24 nov V 07:00–15:00"
// (nl) or "Tue 24 Nov V 07:00–15:00" (en), the day in words as the week grid
// and the cover reasons write it.
func (v Vacancy) Label(l roster.Lang) string {
	return fmt.Sprintf("%s %s %s %s–%s", l.DayName(v.Date), roster.DayMonthLabel(v.Date, l), v.Shift, v.Start, v.End)
}

// CoverFigures are a member's hours around a vacancy, as if they took it.
// Hours are contract hours (sleep shifts at half) with absences counted, as
// the SLACK rule counts them.
type CoverFigures struct {
	Period         roster.Window   `json:"period"`         // balance period that holds the vacancy date
	PeriodContract float64         `json:"periodContract"` // contract hours over Period
	PeriodPlanned  float64         `json:"periodPlanned"`  // planned hours over Period, the vacancy included
	HoursLeft      float64         `json:"hoursLeft"`      // PeriodContract − PeriodPlanned
	SlackLeft      float64         `json:"slackLeft"`      // (1 − slack%) × PeriodContract − PeriodPlanned; negative: into the slack
	WeekContract   float64         `json:"weekContract"`   // contract hours of the vacancy's ISO week
	WeekHours      float64         `json:"weekHours"`      // planned hours of that week, the vacancy included
	CoverIns       int             `json:"coverIns"`       // cover-ins in the balance weeks before the date
	Wish           roster.WishKind `json:"wish,omitempty"` // the member's strongest wish for that date or shift
}

// Candidate is a member who can take the vacancy.
type Candidate struct {
	Member int `json:"member"`
	Rank   int `json:"rank"` // 1 is the best
	// Shift is the shift type the member covers with when it differs from
	// the vacancy's: a colleague who does not live in covers a live-in
	// night with a slaapdienst (see [CoverVacancyFor]).
	Shift string `json:"shift,omitempty"`
	CoverFigures
	// Strains are the warnings taking it would add (NL/EN as the engine says).
	Strains []rules.Finding `json:"strains,omitempty"`
}

// Excluded is a member who cannot take the vacancy, with every reason.
type Excluded struct {
	Member int `json:"member"`
	CoverFigures
	// Reasons are the errors taking it would add, plus new CONTRACT and ROLE
	// warnings and the WISH finding of a "kan niet" wish (see the file
	// comment).
	Reasons []rules.Finding `json:"reasons"`
	Strains []rules.Finding `json:"strains,omitempty"`
	// Consent is set when every reason is a CONTRACT warning: the member
	// could cover with their consent (cao art. 6.3c), nothing else stands in
	// the way. The panel may offer them as "met instemming".
	Consent bool `json:"consent,omitempty"`
}

// SplitPart is one part of a split vacancy and who takes it.
type SplitPart struct {
	Vacancy Vacancy `json:"vacancy"` // the part: same date and shift, its own times
	Member  int     `json:"member"`
	CoverFigures
	Strains []rules.Finding `json:"strains,omitempty"`
}

// Split covers a vacancy with two colleagues, the first until At and the
// second from At.
type Split struct {
	At    roster.Clock `json:"at"`
	Parts [2]SplitPart `json:"parts"`
}

// CoverResult classifies every other active member for a vacancy.
type CoverResult struct {
	Vacancy    Vacancy       `json:"vacancy"`
	Window     roster.Window `json:"window"` // the dates the engine compared
	Candidates []Candidate   `json:"candidates"`
	Excluded   []Excluded    `json:"excluded"`
	// Splits are proposed only when there is no candidate, best first.
	Splits []Split `json:"splits,omitempty"`
}

// FindCover classifies every member active on the vacancy date (other than
// the vacancy's own member) as a candidate or as excluded; see the file
// comment for how. It does not change h. It fails only on a vacancy whose
// shift code the house does not know.
func FindCover(h *roster.House, v Vacancy) (CoverResult, error) {
	return findCoverAt(h, v, roster.Today())
}

// findCoverAt is FindCover with an explicit current date for the engine.
func findCoverAt(h *roster.House, v Vacancy, today roster.Date) (CoverResult, error) {
	if h.ShiftType(v.Shift) == nil {
		return CoverResult{}, fmt.Errorf("onbekende dienst %q / unknown shift %q", v.Shift, v.Shift)
	}
	r := newCoverRun(h, v, today)
	res := CoverResult{Vacancy: v, Window: r.win, Candidates: []Candidate{}, Excluded: []Excluded{}}
	for mi := range h.Members {
		m := &h.Members[mi]
		if m.ID == v.Member || !m.Active(v.Date) {
			continue
		}
		mv := CoverVacancyFor(h, v, m)
		reasons, strains := r.classify(m, mv, r.try(mv.Assignment(h, m.ID)))
		fig := r.figures(m, mv)
		if len(reasons) > 0 {
			consent := !slices.ContainsFunc(reasons, func(f rules.Finding) bool { return f.Rule != rules.RuleContract || f.Severity == rules.SevError })
			res.Excluded = append(res.Excluded, Excluded{Member: m.ID, CoverFigures: fig, Reasons: reasons, Strains: strains, Consent: consent})
		} else {
			c := Candidate{Member: m.ID, CoverFigures: fig, Strains: strains}
			if mv.Shift != v.Shift {
				c.Shift = mv.Shift
			}
			res.Candidates = append(res.Candidates, c)
		}
	}
	rankCandidates(h, res.Candidates)
	sort.SliceStable(res.Excluded, func(i, j int) bool {
		a, b := &res.Excluded[i], &res.Excluded[j]
		if a.Consent != b.Consent {
			return a.Consent
		}
		if len(a.Reasons) != len(b.Reasons) {
			return len(a.Reasons) < len(b.Reasons)
		}
		return better(h, a.Member, &a.CoverFigures, len(a.Strains), b.Member, &b.CoverFigures, len(b.Strains))
	})
	if len(res.Candidates) == 0 {
		res.Splits = r.splits(v, res.Excluded)
	}
	return res, nil
}

// coverRun is the state of one FindCover: the baseline and its findings.
type coverRun struct {
	h     *roster.House
	base  roster.House        // shallow copy of h whose assignments are buf[:n]
	buf   []roster.Assignment // the baseline's assignments, with room for two more
	n     int
	win   roster.Window
	today roster.Date
	baseF []rules.Finding // errors and warnings of the baseline
	hours map[int]memberHours
}

func newCoverRun(h *roster.House, v Vacancy, today roster.Date) *coverRun {
	n := len(h.Plan.Assignments)
	buf := make([]roster.Assignment, n, n+2)
	copy(buf, h.Plan.Assignments)
	for i := range buf {
		if buf[i].State == roster.StatePlanned && v.matches(h, &buf[i]) {
			buf[i].State = roster.StateSick // the vacancy's own shift is vacated
		}
	}
	r := &coverRun{h: h, base: *h, buf: buf, n: n, today: today}
	r.base.Plan.Assignments = buf[:n]
	_, end := v.Span()
	r.win = roster.Window{From: v.Date - 7, To: roster.DateOf(end.In(roster.Amsterdam)) + 7}
	for _, f := range rules.CheckAt(&r.base, r.win, today) {
		if f.Severity != rules.SevInfo {
			r.baseF = append(r.baseF, f)
		}
	}
	r.hours = baselineHours(&r.base, v)
	return r
}

// try runs the engine with the given assignments added to the baseline and
// returns the errors and warnings that are new.
func (r *coverRun) try(add ...roster.Assignment) []rules.Finding {
	r.base.Plan.Assignments = append(r.buf[:r.n], add...) // fits in buf: no copy
	after := rules.CheckAt(&r.base, r.win, r.today)
	r.base.Plan.Assignments = r.buf[:r.n]
	var out []rules.Finding
	for _, f := range after {
		if f.Severity != rules.SevInfo && !r.known(&f) {
			out = append(out, f)
		}
	}
	return out
}

// known reports whether f is in the baseline, or (for a coverage gap) lies
// inside a baseline gap of the same day.
func (r *coverRun) known(f *rules.Finding) bool {
	for i := range r.baseF {
		b := &r.baseF[i]
		if b.Rule != f.Rule || b.Severity != f.Severity {
			continue
		}
		if f.Rule == rules.RuleCovDay {
			if !f.Start.Before(b.Start) && !f.End.After(b.End) && slices.Equal(f.Dates, b.Dates) {
				return true
			}
			continue
		}
		if b.Start.Equal(f.Start) && b.End.Equal(f.End) && b.NL == f.NL &&
			slices.Equal(b.Members, f.Members) && slices.Equal(b.Dates, f.Dates) {
			return true
		}
	}
	return false
}

// classify splits the new findings of assigning m into exclusion reasons and
// strains.
func (r *coverRun) classify(m *roster.Member, v Vacancy, news []rules.Finding) (reasons, strains []rules.Finding) {
	cannot := wishOf(r.h, m.ID, v) == roster.WishCannot
	for _, f := range news {
		switch {
		case f.Severity == rules.SevError,
			f.Rule == rules.RuleContract,
			f.Rule == rules.RuleRole,
			f.Rule == rules.RuleWish && cannot && slices.Contains(f.Members, m.ID):
			reasons = append(reasons, f)
		default:
			strains = append(strains, f)
		}
	}
	return reasons, strains
}

// wishOf returns the member's strongest wish for the vacancy's date: a wish
// for the whole day or for the vacancy's shift ("kan niet" over "liever niet"
// over "graag").
func wishOf(h *roster.House, member int, v Vacancy) roster.WishKind {
	var out roster.WishKind
	strength := map[roster.WishKind]int{roster.WishPrefer: 1, roster.WishRatherNot: 2, roster.WishCannot: 3}
	for _, w := range h.Plan.Wishes {
		if w.Member == member && w.On(v.Date) && (w.Shift == "" || w.Shift == v.Shift) &&
			strength[w.Kind] > strength[out] {
			out = w.Kind
		}
	}
	return out
}

// vacancyHours returns the contract hours of v (sleep shifts at half).
func vacancyHours(h *roster.House, v Vacancy) float64 {
	s, err := h.ResolveAssignment(&roster.Assignment{Date: v.Date, Shift: v.Shift, Start: &v.Start, End: &v.End})
	if err != nil {
		return 0
	}
	return s.ContractHours()
}

// figures returns m's figures as if they took v.
func (r *coverRun) figures(m *roster.Member, v Vacancy) CoverFigures {
	mh := r.hours[m.ID]
	add := vacancyHours(r.h, v)
	planned := mh.pPln + add
	limit := (1 - r.h.Settings.SlackPct/100) * mh.pContract
	return CoverFigures{
		Period:         mh.period,
		PeriodContract: round2(mh.pContract),
		PeriodPlanned:  round2(planned),
		HoursLeft:      round2(mh.pContract - planned),
		SlackLeft:      round2(limit - planned),
		WeekContract:   round2(mh.wContract),
		WeekHours:      round2(mh.wPln + add),
		CoverIns:       mh.coverIns,
		Wish:           wishOf(r.h, m.ID, v),
	}
}

// round2 rounds to hundredths, so figures compare and print without float noise.
func round2(x float64) float64 {
	if x < 0 {
		return -round2(-x)
	}
	return float64(int64(x*100+0.5)) / 100
}

// rankCandidates sorts candidates best first and numbers them.
func rankCandidates(h *roster.House, cs []Candidate) {
	sort.SliceStable(cs, func(i, j int) bool {
		a, b := &cs[i], &cs[j]
		return better(h, a.Member, &a.CoverFigures, len(a.Strains), b.Member, &b.CoverFigures, len(b.Strains))
	})
	for i := range cs {
		cs[i].Rank = i + 1
	}
}

// better is the ranking order: no strains before strains, most slack left,
// fewest week hours, fewest cover-ins, a "graag" wish, fewest strains, then
// name and ID.
func better(h *roster.House, ma int, a *CoverFigures, sa int, mb int, b *CoverFigures, sb int) bool {
	if (sa == 0) != (sb == 0) {
		return sa == 0
	}
	if a.SlackLeft != b.SlackLeft {
		return a.SlackLeft > b.SlackLeft
	}
	if a.WeekHours != b.WeekHours {
		return a.WeekHours < b.WeekHours
	}
	if a.CoverIns != b.CoverIns {
		return a.CoverIns < b.CoverIns
	}
	if pa, pb := a.Wish == roster.WishPrefer, b.Wish == roster.WishPrefer; pa != pb {
		return pa
	}
	if sa != sb {
		return sa < sb
	}
	if na, nb := strings.ToLower(h.MemberName(ma)), strings.ToLower(h.MemberName(mb)); na != nb {
		return na < nb
	}
	return ma < mb
}
