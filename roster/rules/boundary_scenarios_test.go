package rules

import (
	"strings"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
)

// Boundary scenarios, written the way an outside lawyer tests a rule engine:
// for every rule ID a case exactly at the limit (allowed), one just over it
// (a finding), and the awkward corners of time: nights across midnight and
// across the clock change (real instants: a 23:00–07:00 night in October is 9
// hours, in March 7), ISO week 53 across the year boundary, history that
// starts before the checked window, sickness and leave counting as worked
// (ATW 5:2), contract changes mid-week, members who join or leave, and a
// night that belongs to the date on which it starts.
//
// Each row names the rule ID, its source, the house set-up and the findings
// of that rule the engine must report: none ("must NOT report") or exactly
// the listed ones, in order, each with its severity and a fragment of its
// Dutch message. The full engine runs (CheckAt), so a rule that another one
// masks or doubles shows up here.

// bsWant is one expected finding: its severity and a fragment of its Dutch
// message ("" when only the severity matters).
type bsWant struct {
	sev  Severity
	frag string
}

// bsErr, bsWarn and bsInfo build expected findings.
func bsErr(frag string) bsWant  { return bsWant{SevError, frag} }
func bsWarn(frag string) bsWant { return bsWant{SevWarning, frag} }
func bsInfo(frag string) bsWant { return bsWant{SevInfo, frag} }

// boundaryScenario is one row of TestBoundaryScenarios.
type boundaryScenario struct {
	rule   string // the rule under test: only its findings are compared
	source string // the article or norm the expectation follows
	setup  string // the house set-up, in words
	build  func(b *atwBuilder)
	w      roster.Window // the checked window; zero: the ISO week of atwMon
	today  roster.Date   // the current date; zero: long before the window
	want   []bsWant      // nil: the rule must report nothing
}

// Dates the scenarios use.
var (
	bsMon    = atwMon                       // Monday 2026-11-23, 2026-W48
	bsOctSat = roster.NewDate(2026, 10, 24) // the night into Sunday 25 October is 25 hours long
	bsMarSat = roster.NewDate(2026, 3, 28)  // the night into Sunday 29 March is 23 hours long
	bsW53    = roster.NewDate(2026, 12, 28) // Monday of 2026-W53, which ends on Sunday 3 January 2027
	bsWeekOf = func(d roster.Date) roster.Window { return roster.Week(d) }
	bsDays   = func(from roster.Date, n int) roster.Window {
		return roster.Window{From: from, To: from + roster.Date(n-1)}
	}
	bsHolCover = []roster.Band{
		{Day: roster.DayWeekday, Start: 7 * 60, End: 23 * 60, Min: 1, Max: 9},
		{Day: roster.DaySaturday, Start: 7 * 60, End: 23 * 60, Min: 1, Max: 9},
		{Day: roster.DaySunday, Start: 7 * 60, End: 23 * 60, Min: 2, Max: 9},
	}
)

// x0 assigns member 1 a custom shift without a break.
func (b *atwBuilder) x0(d roster.Date, start, end string) *atwBuilder {
	return b.custom(d, "X0", start, end)
}

// customFor assigns member to shift type code on d with custom times.
func (b *atwBuilder) customFor(member int, d roster.Date, code, start, end string) *atwBuilder {
	b.t.Helper()
	b.custom(d, code, start, end)
	b.h.Plan.Assignments[len(b.h.Plan.Assignments)-1].Member = member
	return b
}

// weeksOf assigns member 1 the same custom X0 shift on each of the given
// weekdays (0 = Monday) of n weeks from mon.
func (b *atwBuilder) weeksOf(mon roster.Date, n int, start, end string, weekdays ...int) *atwBuilder {
	for w := range n {
		for _, wd := range weekdays {
			b.x0(mon+roster.Date(7*w+wd), start, end)
		}
	}
	return b
}

// lateEveryDay assigns member 1 a late shift (15–23) on every date of w:
// rests of 16 hours, no weekly rest at all.
func (b *atwBuilder) lateEveryDay(w roster.Window) *atwBuilder {
	for d := w.From; d <= w.To; d++ {
		b.on(d, "L")
	}
	return b
}

// member returns member id of the house.
func (b *atwBuilder) member(id int) *roster.Member { return b.h.Member(id) }

func boundaryScenarios() []boundaryScenario {
	mon := bsMon
	wk := bsWeekOf(mon)
	yes := true
	_ = yes
	return []boundaryScenario{
		// ATW-SHIFT: at most 12 hours of work per duty (ATW 5:7 lid 1).
		{RuleATWShift, "ATW 5:7 lid 1", "12 h of work without a break", func(b *atwBuilder) { b.x0(mon, "09:00", "21:00") }, wk, 0, nil},
		{RuleATWShift, "ATW 5:7 lid 1", "12 h 1 min of work", func(b *atwBuilder) { b.x0(mon, "09:00", "21:01") }, wk, 0,
			[]bsWant{bsErr("max 12 u")}},
		{RuleATWShift, "ATW 5:7 lid 1", "12,5 h with a 30-min break is 12 h of work", func(b *atwBuilder) { b.x(mon, "09:00", "21:30") }, wk, 0, nil},
		{RuleATWShift, "ATW 5:7, 1:7 (dienst)", "touching early and late shift form one duty of 15 h", func(b *atwBuilder) { b.on(mon, "V+L") }, wk, 0,
			[]bsWant{bsErr("15 u werk")}},
		{RuleATWShift, "ATW 5:7, 1:7 (dienst: work between rests of >= 8 h)", "split day 07:00–12:00 and 14:00–22:00 is one dienst of 13 h", func(b *atwBuilder) {
			b.x0(mon, "07:00", "12:00").x0(mon, "14:00", "22:00")
		}, wk, 0, []bsWant{bsErr("13 u werk (ma 23 nov 07:00–22:00)")}},
		{RuleATWShift, "ATW 5:7, 1:7 (dienst)", "06:00–12:00 and 20:00–03:00: 8 h between, two diensten", func(b *atwBuilder) {
			b.x0(mon, "06:00", "12:00").x0(mon, "20:00", "03:00")
		}, wk, 0, nil},
		{RuleATWShift, "ATW 5:7, 1:7 (dienst)", "06:00–12:00 and 19:59–03:00: 7 h 59 between, one dienst of 13 h 1 min", func(b *atwBuilder) {
			b.x0(mon, "06:00", "12:00").x0(mon, "19:59", "03:00")
		}, wk, 0, []bsWant{bsErr("13,02 u werk")}},
		{RuleATWShift, "ATW 5:7; real instants", "20:00–08:00 across the October clock change is 13 h", func(b *atwBuilder) { b.x0(bsOctSat, "20:00", "08:00") }, bsWeekOf(bsOctSat), 0,
			[]bsWant{bsErr("13 u werk")}},
		{RuleATWShift, "ATW 5:7; real instants", "19:00–08:00 across the March clock change is 12 h", func(b *atwBuilder) { b.x0(bsMarSat, "19:00", "08:00") }, bsWeekOf(bsMarSat), 0, nil},
		{RuleATWShift, "ATW 4:5 (pregnancy, DOMAIN §5)", "pregnant: exactly 10 h", func(b *atwBuilder) { b.member(1).Pregnant = true; b.x0(mon, "08:00", "18:00") }, wk, 0, nil},
		{RuleATWShift, "ATW 4:5 (pregnancy, DOMAIN §5)", "pregnant: 10 h 1 min", func(b *atwBuilder) { b.member(1).Pregnant = true; b.x0(mon, "08:00", "18:01") }, wk, 0,
			[]bsWant{bsErr("max 10 u (zwangerschapsregeling)")}},
		{RuleATWShift, "ATB 4.8:1 (aanwezigheidsdienst)", "regular regime: late + sleep + early is one aanwezigheidsdienst", func(b *atwBuilder) { b.on(mon, "L+S", "V") }, wk, 0, nil},
		{RuleATWShift, "ATW 5:7", "a shift before the window is not reported", func(b *atwBuilder) { b.x0(mon-1, "09:00", "22:00") }, wk, 0, nil},

		// ATW-WEEK: 60 h per week, 55 h average over 4 weeks, 48 h over 16 (ATW 5:7).
		{RuleATWWeek, "ATW 5:7 lid 1", "exactly 60 h in a week", func(b *atwBuilder) { b.weeksOf(mon, 1, "09:00", "21:00", 0, 1, 2, 3, 4) }, wk, 0, nil},
		{RuleATWWeek, "ATW 5:7 lid 1", "60 h 1 min in a week", func(b *atwBuilder) {
			b.weeksOf(mon, 1, "09:00", "21:00", 0, 1, 2, 3).x0(mon+4, "09:00", "21:01")
		}, wk, 0, []bsWant{bsErr("te veel uren in week 2026-W48")}},
		{RuleATWWeek, "ATW 5:2, 5:7", "48 h worked + 12,5 h leave counts as 60,5 h", func(b *atwBuilder) {
			b.weeksOf(mon, 1, "09:00", "21:00", 0, 1, 2, 3).absent(mon+4, mon+4, roster.AbsLeave, 12.5)
		}, wk, 0, []bsWant{bsErr("60,5 u (waarvan 12,5 u verlof/ziekte)")}},
		{RuleATWWeek, "ATW 5:2, 5:7", "a shift vacated by a sick report still counts", func(b *atwBuilder) {
			b.weeksOf(mon, 1, "09:00", "21:00", 0, 1, 2, 3).x0(mon+4, "09:00", "21:01").sick()
		}, wk, 0, []bsWant{bsErr("te veel uren")}},
		{RuleATWWeek, "ATW 5:2, 5:7; contract change mid-week", "36 h until Monday, 12 h from Tuesday: 40 h leave Mon–Fri counts as the week's 15,43 contract hours", func(b *atwBuilder) {
			b.member(1).Contract = append(b.member(1).Contract, roster.Contract{From: mon + 1, HoursPerWeek: 12})
			b.absent(mon, mon+4, roster.AbsLeave, 8).x0(mon+5, "09:00", "21:00").x0(mon+6, "09:00", "21:01")
		}, wk, 0, nil},
		{RuleATWWeek, "ATW 5:2, 5:7", "36-h contract: 40 h leave Mon–Fri counts as 36, with 24 h 1 min worked", func(b *atwBuilder) {
			b.absent(mon, mon+4, roster.AbsLeave, 8).x0(mon+5, "09:00", "21:00").x0(mon+6, "09:00", "21:01")
		}, wk, 0, []bsWant{bsErr("60,02 u (waarvan 36 u verlof/ziekte)")}},
		{RuleATWWeek, "DOMAIN §8 (a night belongs to its start date)", "60 h Mon–Fri and the night of the Sunday before", func(b *atwBuilder) {
			b.on(mon-1, "N").weeksOf(mon, 1, "09:00", "21:00", 0, 1, 2, 3, 4)
		}, wk, 0, nil},
		{RuleATWWeek, "ATW 5:7; ISO week 53", "60 h 1 min in 2026-W53 across New Year", func(b *atwBuilder) {
			b.weeksOf(bsW53, 1, "09:00", "21:00", 0, 1, 2, 3).x0(bsW53+4, "09:00", "21:01")
		}, bsDays(bsW53, 7), 0, []bsWant{bsErr("week 2026-W53")}},
		{RuleATWWeek, "ATW 5:7 lid 2", "4 weeks of exactly 55 h", func(b *atwBuilder) { b.weeksOf(mon-21, 4, "09:00", "20:00", 0, 1, 2, 3, 4) }, wk, 0, nil},
		{RuleATWWeek, "ATW 5:7 lid 2", "4 weeks of 56 h, three of them before the window", func(b *atwBuilder) {
			b.weeksOf(mon-21, 4, "09:00", "20:12", 0, 1, 2, 3, 4)
		}, wk, 0, []bsWant{bsErr("gemiddeld 56 u per week over 4 weken")}},
		{RuleATWWeek, "ATW 5:7 lid 3", "16 weeks of exactly 48 h", func(b *atwBuilder) { b.weeksOf(mon-105, 16, "09:00", "21:00", 0, 1, 2, 3) }, wk, 0, nil},
		{RuleATWWeek, "ATW 5:7 lid 3", "16 weeks of 48 h and one extra hour", func(b *atwBuilder) {
			b.weeksOf(mon-105, 16, "09:00", "21:00", 0, 1, 2, 3).x0(mon-100, "09:00", "10:00")
		}, wk, 0, []bsWant{bsErr("over 16 weken")}},

		// ATW-REST: 11 h per 24 h, once per 7 × 24 h 8 h (ATW 5:3).
		{RuleATWRest, "ATW 5:3 lid 1", "exactly 11 h", func(b *atwBuilder) { b.on(mon, "L").x(mon+1, "10:00", "18:00") }, wk, 0, nil},
		{RuleATWRest, "ATW 5:3 lid 1", "10 h 59 once: shortened", func(b *atwBuilder) { b.on(mon, "L").x(mon+1, "09:59", "18:00") }, wk, 0,
			[]bsWant{bsWarn("10,98 u")}},
		{RuleATWRest, "ATW 5:3 lid 1", "7 h 59", func(b *atwBuilder) { b.on(mon, "L").x(mon+1, "06:59", "12:00") }, wk, 0,
			[]bsWant{bsErr("7,98 u")}},
		{RuleATWRest, "ATW 5:3 lid 1", "second 8-h rest within 7 × 24 h, the first before the window", func(b *atwBuilder) { b.on(mon-2, "L", "V", "L", "V") }, wk, 0,
			[]bsWant{bsErr("tweede ingekorte rust")}},
		{RuleATWRest, "ATW 5:3; real instants", "late then 09:00 across the October change is 11 h", func(b *atwBuilder) { b.on(bsOctSat, "L").x(bsOctSat+1, "09:00", "17:00") }, bsWeekOf(bsOctSat), 0, nil},
		{RuleATWRest, "ATW 5:3; real instants", "late then 10:00 across the March change is 10 h", func(b *atwBuilder) { b.on(bsMarSat, "L").x(bsMarSat+1, "10:00", "18:00") }, bsWeekOf(bsMarSat), 0,
			[]bsWant{bsWarn("10 u")}},
		{RuleATWRest, "ATW 5:3; ISO week 53", "late on New Year's Eve, early on New Year's Day", func(b *atwBuilder) { b.on(bsW53+3, "L", "V") }, bsDays(bsW53, 7), 0,
			[]bsWant{bsWarn("8 u")}},
		{RuleATWRest, "ATW 5:2 (vacated is not worked)", "the early shift after a late one is vacated by a sick report", func(b *atwBuilder) { b.on(mon, "L", "V").sick() }, wk, 0, nil},

		// ATW-WEEKREST: 36 h per week, or 72 h per 14 days in blocks of >= 32 h (ATW 5:5).
		{RuleATWWeekRest, "ATW 5:5 lid 1", "exactly 36 h of rest (Thu 23:00–Sat 11:00) in a week of late shifts", func(b *atwBuilder) {
			b.lateEveryDay(bsDays(mon-7, 7)).lateEveryDay(bsDays(mon+7, 7)).on(mon, "L", "L", "L", "L").x0(mon+5, "11:00", "19:00").on(mon+6, "L")
		}, wk, 0, nil},
		{RuleATWWeekRest, "ATW 5:5 lid 1", "35 h 59 of rest in a week between weeks without rest", func(b *atwBuilder) {
			b.lateEveryDay(bsDays(mon-7, 7)).lateEveryDay(bsDays(mon+7, 7)).on(mon, "L", "L", "L", "L").x0(mon+5, "10:59", "19:00").on(mon+6, "L")
		}, wk, 0, []bsWant{bsErr("langste rust 35,98 u")}},
		{RuleATWWeekRest, "ATW 5:5 lid 2", "32 h this week and 40 h the week before make 72 h in 14 days", func(b *atwBuilder) {
			// Week before: late shifts, free Thursday and the Friday morning (Wed 23:00–Fri 15:00 = 40 h).
			b.on(mon-7, "L", "L", "L", "", "L", "L", "L")
			// This week: Wed 23:00–Fri 07:00 = 32 h.
			b.on(mon, "L", "L", "L", "", "V", "L", "L").lateEveryDay(bsDays(mon+7, 7))
		}, wk, 0, nil},
		{RuleATWWeekRest, "ATW 5:5 lid 2", "31 h 59 this week does not count as a block", func(b *atwBuilder) {
			b.on(mon-7, "L", "L", "L", "", "L", "L", "L")
			b.on(mon, "L", "L", "L").x0(mon+4, "06:59", "15:00").on(mon+5, "L", "L").lateEveryDay(bsDays(mon+7, 7))
		}, wk, 0, []bsWant{bsErr("te weinig weekrust in 2026-W48")}},

		{RuleATWWeekRest, "ATW 5:5; ISO week 53", "late shifts every day of 2026-W53 and the weeks around it", func(b *atwBuilder) {
			b.lateEveryDay(bsDays(bsW53-7, 21))
		}, bsDays(bsW53, 7), 0, []bsWant{bsErr("te weinig weekrust in 2026-W53")}},

		// ATW-NIGHT: night duty = > 1 h of work between 00:00 and 06:00; max 10 h, 12 h at most 5× per 14 × 24 h (ATW 1:7, 5:8).
		{RuleATWNight, "ATW 5:8 lid 1; real instants", "awake night 22:00–08:00 across the October change is 11 h: one long night", func(b *atwBuilder) {
			b.x0(bsOctSat, "22:00", "08:00")
		}, bsWeekOf(bsOctSat), 0, nil},
		{RuleATWNight, "ATW 5:8 lid 1; real instants", "21:00–08:00 across the October change is exactly 12 h", func(b *atwBuilder) { b.x0(bsOctSat, "21:00", "08:00") }, bsWeekOf(bsOctSat), 0, nil},
		{RuleATWNight, "ATW 5:8 lid 1; real instants", "21:00–08:01 across the October change is 12 h 1 min", func(b *atwBuilder) { b.x0(bsOctSat, "21:00", "08:01") }, bsWeekOf(bsOctSat), 0,
			[]bsWant{bsErr("nachtdienst te lang")}},
		{RuleATWNight, "ATW 5:8 lid 1", "5 nights of 10,5 h in 14 × 24 h", func(b *atwBuilder) {
			for _, d := range []int{0, 3, 6, 9, 12} {
				b.x0(mon+roster.Date(d), "21:00", "07:30")
			}
		}, bsDays(mon, 14), 0, nil},
		{RuleATWNight, "ATW 5:8 lid 1", "6th night of 10,5 h within 14 × 24 h", func(b *atwBuilder) {
			for _, d := range []int{0, 2, 4, 6, 8, 10} {
				b.x0(mon+roster.Date(d), "21:00", "07:30")
			}
		}, bsDays(mon, 14), 0, []bsWant{bsErr("de 6e van meer dan 10 u")}},
		{RuleATWNight, "ATW 5:8 lid 1", "6th long night exactly 14 × 24 h after the first", func(b *atwBuilder) {
			for _, d := range []int{0, 3, 6, 9, 12, 14} {
				b.x0(mon+roster.Date(d), "21:00", "07:30")
			}
		}, bsDays(mon, 15), 0, nil},
		{RuleATWNight, "ATW 5:8 lid 1", "6th long night, the first five before the window", func(b *atwBuilder) {
			for _, d := range []int{-10, -8, -6, -4, -2, 0} {
				b.x0(mon+roster.Date(d), "21:00", "07:30")
			}
		}, wk, 0, []bsWant{bsErr("de 6e")}},
		{RuleATWNight, "ATB 4.8:1 not applied (irregular)", "irregular sleep shifts: late + sleep is a 15,5-h night", func(b *atwBuilder) {
			b.h.Settings.SleepRegime = roster.RegimeIrregular
			b.on(mon, "L+S")
		}, wk, 0, []bsWant{bsErr("15,5 u")}},

		// ATW-NIGHTREST: 14 h after a night ending after 02:00, once per 7 × 24 h 8 h; 46 h after 3+ nights (ATW 5:8).
		{RuleATWNightRest, "ATW 5:8 lid 3", "awake night then 14 h of rest", func(b *atwBuilder) { b.on(mon, "N").x(mon+1, "21:00", "23:00") }, wk, 0, nil},
		{RuleATWNightRest, "ATW 5:8 lid 3/4", "awake night then 13 h 59: shortened once", func(b *atwBuilder) { b.on(mon, "N").x(mon+1, "20:59", "23:00") }, wk, 0,
			[]bsWant{bsWarn("13,98 u")}},
		{RuleATWNightRest, "ATW 5:8 lid 3/4", "awake night then 7 h 59", func(b *atwBuilder) { b.on(mon, "N").x(mon+1, "14:59", "20:00") }, wk, 0,
			[]bsWant{bsErr("ingekort nooit onder 8 u")}},
		{RuleATWNightRest, "ATW 5:8 lid 4", "two shortened night rests within 7 × 24 h", func(b *atwBuilder) {
			b.on(mon, "N").x(mon+1, "15:00", "20:00").on(mon+3, "N").x(mon+4, "15:00", "20:00")
		}, wk, 0, []bsWant{bsWarn("8 u"), bsErr("tweede ingekorte rust")}},
		{RuleATWNightRest, "ATW 5:8 lid 3", "night duty ending at exactly 02:00 needs no 14 h", func(b *atwBuilder) { b.x0(mon, "18:00", "02:00").x(mon+1, "12:00", "18:00") }, wk, 0, nil},
		{RuleATWNightRest, "ATW 5:8 lid 3", "night duty ending at 02:01 needs 14 h", func(b *atwBuilder) { b.x0(mon, "18:00", "02:01").x(mon+1, "12:00", "18:00") }, wk, 0,
			[]bsWant{bsWarn("9,98 u")}},
		{RuleATWNightRest, "ATW 5:8 lid 5", "3 nights then exactly 46 h", func(b *atwBuilder) { b.on(mon, "N", "N", "N").x(mon+5, "05:00", "13:00") }, wk, 0, nil},
		{RuleATWNightRest, "ATW 5:8 lid 5", "3 nights, the third until 07:01, then 45 h 59", func(b *atwBuilder) { b.on(mon, "N", "N").x(mon+2, "23:00", "07:01").x(mon+5, "05:00", "12:00") }, wk, 0,
			[]bsWant{bsErr("46 u")}},
		{RuleATWNightRest, "ATW 5:8 lid 5", "3 nights before the window, a late shift on its Monday", func(b *atwBuilder) { b.on(mon-3, "N", "N", "N", "L") }, wk, 0,
			[]bsWant{bsErr("rust na 3 nachtdiensten op rij te kort")}},
		{RuleATWNightRest, "ATW 5:8 lid 3 (irregular sleep shifts)", "irregular: sleep shift then 14 h", func(b *atwBuilder) {
			b.h.Settings.SleepRegime = roster.RegimeIrregular
			b.on(mon, "S").x(mon+1, "21:00", "23:00")
		}, wk, 0, nil},
		{RuleATWNightRest, "ATW 5:8 lid 3 (irregular sleep shifts)", "irregular: sleep shift then late shift", func(b *atwBuilder) {
			b.h.Settings.SleepRegime = roster.RegimeIrregular
			b.on(mon, "S", "L")
		}, wk, 0, []bsWant{bsWarn("8 u")}},
		{RuleATWNightRest, "ATB 4.8:1 (regular sleep shifts)", "regular: a sleep shift is no night duty", func(b *atwBuilder) { b.on(mon, "S").x(mon+1, "18:00", "23:00") }, wk, 0, nil},
		{RuleATWNightRest, "ATW 5:8 lid 3", "night on New Year's Eve, late shift on New Year's Day", func(b *atwBuilder) { b.on(bsW53+3, "N", "L") }, bsDays(bsW53, 7), 0,
			[]bsWant{bsWarn("8 u")}},

		{RuleATWNightRest, "ATW 5:8 lid 4", "a shortened night rest before the window, a second in it", func(b *atwBuilder) {
			b.on(mon-2, "N").x(mon-1, "15:00", "20:00").on(mon+1, "N").x(mon+2, "15:00", "20:00")
		}, wk, 0, []bsWant{bsErr("tweede ingekorte rust")}},
		{RuleATWNightRest, "ATW 5:8 lid 3; real instants", "awake night into the October change (9 h) then 21:00: 14 h", func(b *atwBuilder) {
			b.on(bsOctSat, "N").x(bsOctSat+1, "21:00", "23:00")
		}, bsWeekOf(bsOctSat), 0, nil},
		{RuleATWNightRest, "ATW 5:8 lid 3; real instants", "awake night into the March change (7 h) then 20:00: 13 h", func(b *atwBuilder) {
			b.on(bsMarSat, "N").x(bsMarSat+1, "20:00", "23:00")
		}, bsWeekOf(bsMarSat), 0, []bsWant{bsWarn("13 u")}},

		// ATW-NIGHTSERIES: at most 7 duties in a row with a night (ATW 5:8).
		{RuleATWNightSeries, "ATW 5:8 lid 6", "6 early shifts and a night: 7 in a row", func(b *atwBuilder) { b.on(mon, "V", "V", "V", "V", "V", "V", "N") }, bsDays(mon, 8), 0, nil},
		{RuleATWNightSeries, "ATW 5:8 lid 6", "7 early shifts and a night: 8 in a row", func(b *atwBuilder) { b.on(mon, "V", "V", "V", "V", "V", "V", "V", "N") }, bsDays(mon, 9), 0,
			[]bsWant{bsErr("8 diensten op rij")}},
		{RuleATWNightSeries, "ATW 5:8, 1:7 (dienst)", "7 days in a row with a split day (meeting + late) and a night: 7 diensten", func(b *atwBuilder) {
			b.on(mon, "O+L", "V", "V", "V", "V", "V", "N")
		}, bsDays(mon, 8), 0, nil},
		{RuleATWNightSeries, "ATW 1:7 (night = more than 1 h)", "8 duties in a row, the longest with exactly 1 h between 00:00 and 06:00", func(b *atwBuilder) {
			b.on(mon, "V", "V", "V", "V", "V", "V", "V").x0(mon+7, "17:00", "01:00")
		}, bsDays(mon, 9), 0, nil},
		{RuleATWNightSeries, "ATW 1:7 (night = more than 1 h)", "8 duties in a row, one with 61 min between 00:00 and 06:00", func(b *atwBuilder) {
			b.on(mon, "V", "V", "V", "V", "V", "V", "V").x0(mon+7, "17:00", "01:01")
		}, bsDays(mon, 9), 0, []bsWant{bsErr("8 diensten op rij")}},
		{RuleATWNightSeries, "ATW 5:8 lid 6", "5 duties before the window, a night and 2 more in it", func(b *atwBuilder) {
			b.on(mon-5, "V", "V", "V", "V", "V", "N", "L", "L")
		}, wk, 0, []bsWant{bsErr("8 diensten op rij")}},

		{RuleATWNightSeries, "ATW 1:7 (dienst)", "7 early shifts, then two touching shifts with 40 and 50 min of night work: one night duty", func(b *atwBuilder) {
			b.on(mon, "V", "V", "V", "V", "V", "V", "V").x0(mon+7, "23:00", "00:40").x0(mon+8, "00:40", "01:30")
		}, bsDays(mon, 9), 0, []bsWant{bsErr("8 diensten op rij")}},

		// ATW-SUNDAY: at least 13 free Sundays per 52 weeks (ATW 5:6).
		{RuleATWSunday, "ATW 5:6 lid 2", "39 Sundays worked in 52: 13 free", func(b *atwBuilder) {
			for k := range 39 {
				b.on(mon-1-roster.Date(7*k), "X")
			}
		}, wk, 0, nil},
		{RuleATWSunday, "ATW 5:6 lid 2", "40 Sundays worked in 52: 12 free", func(b *atwBuilder) {
			for k := range 40 {
				b.on(mon+6-roster.Date(7*k), "X")
			}
		}, wk, 0, []bsWant{bsWarn("12 van 52")}},
		{RuleATWSunday, "ATW 5:6 lid 2", "a Saturday night into Sunday works that Sunday", func(b *atwBuilder) {
			for k := range 39 {
				b.on(mon-1-roster.Date(7*k), "X")
			}
			b.on(mon+5, "N")
		}, wk, 0, []bsWant{bsWarn("12 van 52")}},
		{RuleATWSunday, "ATW 5:6 lid 2", "a Saturday shift ending at 24:00 leaves Sunday free", func(b *atwBuilder) {
			for k := range 39 {
				b.on(mon-1-roster.Date(7*k), "X")
			}
			b.x(mon+5, "16:00", "00:00")
		}, wk, 0, nil},
		{RuleATWSunday, "ATW 5:6 lid 2 (every 52 weeks)", "two-week window: the 52 weeks to its first Sunday hold only 12 free", func(b *atwBuilder) {
			// Worked: the 40 Sundays from 51 to 12 weeks before the first
			// Sunday of the window; its second Sunday's 52 weeks hold 39.
			sun := mon + 6
			for k := 12; k <= 51; k++ {
				b.on(sun-roster.Date(7*k), "X")
			}
		}, bsDays(mon, 14), 0, []bsWant{bsWarn("12 van 52")}},

		// ATW-BREAK: > 5,5 h of work 30 min, > 10 h 45 min (ATW 5:4).
		{RuleATWBreak, "ATW 5:4", "5,5 h of work without a break", func(b *atwBuilder) { b.x0(mon, "09:00", "14:30") }, wk, 0, nil},
		{RuleATWBreak, "ATW 5:4", "5,5 h + 1 min without a break", func(b *atwBuilder) { b.x0(mon, "09:00", "14:31") }, wk, 0,
			[]bsWant{bsWarn("nodig minstens 30 min")}},
		{RuleATWBreak, "ATW 5:4", "10 h of work with 30 min", func(b *atwBuilder) { b.x(mon, "08:00", "18:30") }, wk, 0, nil},
		{RuleATWBreak, "ATW 5:4", "10 h 1 min of work with 30 min", func(b *atwBuilder) { b.x(mon, "08:00", "18:31") }, wk, 0,
			[]bsWant{bsWarn("nodig minstens 45 min")}},
		{RuleATWBreak, "ATW 5:4, 1:7 (dienst)", "two touching shifts of 5,5 h without a break are 11 h of work", func(b *atwBuilder) {
			b.x0(mon, "07:00", "12:30").x0(mon, "12:30", "18:00")
		}, wk, 0, []bsWant{bsWarn("nodig minstens 45 min")}},
		{RuleATWBreak, "ATW 5:4, 1:7 (pauze)", "split day 08:00–14:00 and 16:00–21:00 without breaks: the 2 h between is the pauze", func(b *atwBuilder) {
			b.x0(mon, "08:00", "14:00").x0(mon, "16:00", "21:00")
		}, wk, 0, nil},
		{RuleATWBreak, "ATW 5:4, 1:7 (pauze >= 15 min)", "06:00–12:00 and 12:10–18:00 without breaks: 10 min is no pauze", func(b *atwBuilder) {
			b.x0(mon, "06:00", "12:00").x0(mon, "12:10", "18:00")
		}, wk, 0, []bsWant{bsWarn("0 min bij 11,83 u werk")}},
		{RuleATWBreak, "ATW 5:4", "early and late touching, 30 min break each: 15 h of work with 60 min", func(b *atwBuilder) { b.on(mon, "V+L") }, wk, 0, nil},
		{RuleATWBreak, "ATB 4.8:1", "a sleep shift needs no break", func(b *atwBuilder) { b.on(mon, "S") }, wk, 0, nil},

		// ATW-PUBLISH: the roster known 28 days ahead (ATW 4:2; house norm 28 days).
		{RuleATWPublish, "ATW 4:2", "a draft week that starts in exactly 28 days", func(b *atwBuilder) {}, wk, mon - 28, nil},
		{RuleATWPublish, "ATW 4:2", "a draft week that starts in 27 days", func(b *atwBuilder) {}, wk, mon - 27,
			[]bsWant{bsWarn("begint over 27 dagen")}},
		{RuleATWPublish, "ATW 4:2", "a draft week that has begun", func(b *atwBuilder) {}, wk, mon + 3,
			[]bsWant{bsWarn("al begonnen")}},
		{RuleATWPublish, "ATW 4:2", "a draft week that has ended", func(b *atwBuilder) {}, wk, mon + 7, nil},
		{RuleATWPublish, "ATW 4:2", "a fixed week that starts in 27 days", func(b *atwBuilder) {
			b.h.Plan.Periods = append(b.h.Plan.Periods, roster.Period{From: mon, To: mon + 6, State: roster.PeriodFixed})
		}, wk, mon - 27, nil},
		{RuleATWPublish, "ATW 4:2", "a week fixed except its Sunday", func(b *atwBuilder) {
			b.h.Plan.Periods = append(b.h.Plan.Periods, roster.Period{From: mon, To: mon + 5, State: roster.PeriodFixed})
		}, wk, mon - 27, []bsWant{bsWarn("nog niet vastgesteld")}},

		// ATW-SLEEP: the regular sleep-shift regime (ATB 4.8:1).
		{RuleATWSleep, "ATB 4.8:1 (52 per 26 weeks)", "52 sleep shifts in 26 weeks, one more just before them", func(b *atwBuilder) {
			d := mon + 6
			b.on(d-182, "S").on(d, "S")
			for k := range 51 {
				b.on(d-181+roster.Date(3*k), "S")
			}
		}, wk, 0, nil},
		{RuleATWSleep, "ATB 4.8:1 (52 per 26 weeks)", "53 sleep shifts in 26 weeks", func(b *atwBuilder) {
			d := mon + 6
			b.on(d-181, "S").on(d, "S")
			for k := range 51 {
				b.on(d-180+roster.Date(3*k), "S")
			}
		}, wk, 0, []bsWant{bsErr("53 in 26 weken")}},
		{RuleATWSleep, "ATB 4.8:1 (11 h before)", "exactly 11 h before a sleep shift", func(b *atwBuilder) { b.x0(mon, "06:00", "12:00").on(mon, "S") }, wk, 0, nil},
		{RuleATWSleep, "ATB 4.8:1 (11 h before)", "10 h 59 before a sleep shift", func(b *atwBuilder) { b.x0(mon, "06:00", "12:01").on(mon, "S") }, wk, 0,
			[]bsWant{bsWarn("rust voor slaapdienst te kort: 10,98 u")}},
		{RuleATWSleep, "ATB 4.8:1 (11 h after)", "7 h 59 after a sleep shift", func(b *atwBuilder) { b.on(mon, "S").x(mon+1, "14:59", "20:00") }, wk, 0,
			[]bsWant{bsErr("nooit onder 8 u")}},
		{RuleATWSleep, "ATB 4.8:1 (24 h)", "late + sleep + early: exactly 24 h", func(b *atwBuilder) { b.on(mon, "L+S", "V") }, wk, 0, nil},
		{RuleATWSleep, "ATB 4.8:1 (24 h)", "a late shift from 14:59 + sleep + early: 24 h 1 min", func(b *atwBuilder) {
			b.x(mon, "14:59", "23:00").on(mon, "S").on(mon+1, "V")
		}, wk, 0, []bsWant{bsErr("max 24 u")}},
		{RuleATWSleep, "ATB 4.8:1", "irregular regime: no ATW-SLEEP", func(b *atwBuilder) {
			b.h.Settings.SleepRegime = roster.RegimeIrregular
			b.x0(mon, "06:00", "16:00").on(mon, "S")
		}, wk, 0, nil},

		{RuleATWSleep, "ATB 4.8:1 (90 h rest per week)", "a week with a sleep shift and exactly 90 h of rest in blocks of >= 8 h", func(b *atwBuilder) {
			b.x0(mon, "10:00", "23:00").on(mon, "S").weeksOf(mon, 1, "07:00", "19:00", 2, 3, 4, 5).x0(mon+6, "07:00", "16:00")
		}, wk, 0, nil},
		{RuleATWSleep, "ATB 4.8:1 (90 h rest per week)", "the same week with 89 h 59 of rest", func(b *atwBuilder) {
			b.x0(mon, "09:59", "23:00").on(mon, "S").weeksOf(mon, 1, "07:00", "19:00", 2, 3, 4, 5).x0(mon+6, "07:00", "16:00")
		}, wk, 0, []bsWant{bsErr("89,98 u")}},
		{RuleATWSleep, "ATB 4.8:1 (11 h after)", "9-h rests after sleep shifts: the first (before the window) is the allowed one", func(b *atwBuilder) {
			b.on(mon-2, "S").x(mon-1, "16:00", "20:00").on(mon, "S").x(mon+1, "16:00", "20:00").on(mon+2, "S").x(mon+3, "16:00", "20:00")
		}, wk, 0, []bsWant{bsErr("te vaak ingekort"), bsErr("te vaak ingekort")}},

		// ROLE: flags and pregnancy (ATW 4:5; cao 6.4.3).
		{RuleRole, "ATW 4:5 (pregnancy)", "pregnant: a shift with exactly 1 h between 00:00 and 06:00", func(b *atwBuilder) { b.member(1).Pregnant = true; b.x0(mon, "17:00", "01:00") }, wk, 0, nil},
		{RuleRole, "ATW 4:5 (pregnancy)", "pregnant: 61 min between 00:00 and 06:00", func(b *atwBuilder) { b.member(1).Pregnant = true; b.x0(mon, "17:00", "01:01") }, wk, 0,
			[]bsWant{bsErr("zwangerschap")}},
		{RuleRole, "ATW 4:5 (pregnancy)", "pregnant: a sleep shift is a night cover", func(b *atwBuilder) { b.member(1).Pregnant = true; b.on(mon, "S") }, wk, 0,
			[]bsWant{bsErr("zwangerschap")}},
		{RuleRole, "ATW 4:5, 1:7 (dienst)", "pregnant: two touching shifts with 40 and 50 min between 00:00 and 06:00 are one night duty", func(b *atwBuilder) {
			b.member(1).Pregnant = true
			b.x0(mon, "23:00", "00:40").x0(mon+1, "00:40", "01:30")
		}, wk, 0, []bsWant{bsErr("zwangerschap"), bsErr("zwangerschap")}},
		{RuleRole, "ATW 4:5, 1:7 (dienst)", "pregnant: the same two shifts with rest between them", func(b *atwBuilder) {
			b.member(1).Pregnant = true
			b.x0(mon, "23:00", "00:40").x0(mon+1, "04:00", "04:50")
		}, wk, 0, nil},
		{RuleRole, "cao 6.4.3", "no sleep shifts flag", func(b *atwBuilder) { b.member(1).NoSleepShifts = true; b.on(mon, "S") }, wk, 0,
			[]bsWant{bsErr("doet geen slaapdiensten")}},
		{RuleRole, "house norm", "without the nights flag an early shift is fine", func(b *atwBuilder) { b.member(1).Nights = false; b.on(mon, "V") }, wk, 0, nil},

		{RuleRole, "house norm (who counts as opvoeder)", "huishoudelijk on a group shift", func(b *atwBuilder) { b.member(1).Role = roster.RoleHuishoudelijk; b.on(mon, "V") }, wk, 0,
			[]bsWant{bsWarn("telt nooit mee")}},
		{RuleRole, "house norm (who counts as opvoeder)", "huishoudelijk at a meeting", func(b *atwBuilder) { b.member(1).Role = roster.RoleHuishoudelijk; b.on(mon, "O") }, wk, 0, nil},

		// ABSENT, INACTIVE, DOUBLE, WISH: a night belongs to the date on which it starts.
		{RuleAbsent, "house norm", "a night into the first day of leave", func(b *atwBuilder) { b.on(mon, "N").absent(mon+1, mon+3, roster.AbsLeave, 0) }, wk, 0, nil},
		{RuleAbsent, "house norm", "a shift on the last day of leave", func(b *atwBuilder) { b.on(mon+3, "V").absent(mon+1, mon+3, roster.AbsLeave, 0) }, wk, 0,
			[]bsWant{bsErr("met verlof")}},
		{RuleAbsent, "house norm (never why)", "a shift on a sick day says only 'ziek gemeld'", func(b *atwBuilder) { b.on(mon, "V").absent(mon, mon, roster.AbsSick, 0) }, wk, 0,
			[]bsWant{bsErr("ziek gemeld")}},
		{RuleInactive, "house norm", "a night on the last active day", func(b *atwBuilder) { last := mon + 2; b.member(1).ActiveTo = &last; b.on(mon+2, "N") }, wk, 0, nil},
		{RuleInactive, "house norm", "a shift the day after the last active day", func(b *atwBuilder) { last := mon + 2; b.member(1).ActiveTo = &last; b.on(mon+3, "V") }, wk, 0,
			[]bsWant{bsErr("geen teamlid")}},
		{RuleInactive, "house norm", "a shift the day before joining", func(b *atwBuilder) { first := mon + 2; b.member(1).ActiveFrom = &first; b.on(mon+1, "V", "V") }, wk, 0,
			[]bsWant{bsErr("geen teamlid")}},
		{RuleDouble, "house norm", "late shift touching an awake night", func(b *atwBuilder) { b.on(mon, "L+N") }, wk, 0, nil},
		{RuleDouble, "house norm", "late shift overlapping an awake night by 1 min", func(b *atwBuilder) { b.x(mon, "15:00", "23:01").on(mon, "N") }, wk, 0,
			[]bsWant{bsErr("staat dubbel")}},
		{RuleDouble, "house norm", "an overlap across midnight of New Year", func(b *atwBuilder) { b.on(bsW53+3, "N").x(bsW53+4, "06:00", "14:00") }, bsDays(bsW53, 7), 0,
			[]bsWant{bsErr("staat dubbel")}},
		{RuleWish, "house norm", "'kan niet' on the day after a night", func(b *atwBuilder) {
			b.on(mon, "N")
			b.h.Plan.Wishes = append(b.h.Plan.Wishes, roster.Wish{Member: 1, Date: mon + 1, Kind: roster.WishCannot})
		}, wk, 0, nil},
		{RuleWish, "house norm", "'kan niet' on the night's own date", func(b *atwBuilder) {
			b.on(mon, "N")
			b.h.Plan.Wishes = append(b.h.Plan.Wishes, roster.Wish{Member: 1, Date: mon, Kind: roster.WishCannot})
		}, wk, 0, []bsWant{bsErr("niet gehonoreerd")}},
		{RuleWish, "house norm", "'liever niet' for shift L, on an early shift", func(b *atwBuilder) {
			b.on(mon, "V")
			b.h.Plan.Wishes = append(b.h.Plan.Wishes, roster.Wish{Member: 1, Date: mon, Kind: roster.WishRatherNot, Shift: "L"})
		}, wk, 0, nil},

		// COV-DAY, COV-NIGHT, COV-OVER and the holidays of cao art. 9.7.
		{RuleCovDay, "house norm", "one opvoeder exactly over a 07:00–23:00 band of one", func(b *atwBuilder) {
			b.h.Coverage = bsHolCover
			b.x0(mon, "07:00", "23:00")
		}, bsDays(mon, 1), 0, nil},
		{RuleCovDay, "house norm", "one opvoeder from 07:01", func(b *atwBuilder) {
			b.h.Coverage = bsHolCover
			b.x0(mon, "07:01", "23:00")
		}, bsDays(mon, 1), 0, []bsWant{bsErr("07:00–07:01")}},
		{RuleCovDay, "cao 9.7 (Koningsdag on 26 April when the 27th is a Sunday)", "Saturday 26 April 2025 takes the Sunday bands", func(b *atwBuilder) {
			b.h.Coverage = bsHolCover
			b.x0(roster.NewDate(2025, 4, 26), "07:00", "23:00")
		}, bsDays(roster.NewDate(2025, 4, 26), 1), 0, []bsWant{bsErr("1 van 2")}},
		{RuleCovDay, "cao 9.7 (5 mei every year)", "Tuesday 5 May 2026 takes the Sunday bands", func(b *atwBuilder) {
			b.h.Coverage = bsHolCover
			b.x0(roster.NewDate(2026, 5, 5), "07:00", "23:00")
		}, bsDays(roster.NewDate(2026, 5, 5), 1), 0, []bsWant{bsErr("1 van 2")}},
		{RuleCovDay, "cao 9.7 (not Goede Vrijdag)", "Goede Vrijdag 3 April 2026 is a weekday", func(b *atwBuilder) {
			b.h.Coverage = bsHolCover
			b.x0(roster.NewDate(2026, 4, 3), "07:00", "23:00")
		}, bsDays(roster.NewDate(2026, 4, 3), 1), 0, nil},
		{RuleCovDay, "cao 9.7", "Koningsdag Monday 27 April 2026", func(b *atwBuilder) {
			b.h.Coverage = bsHolCover
			b.x0(roster.NewDate(2026, 4, 27), "07:00", "23:00")
		}, bsDays(roster.NewDate(2026, 4, 27), 1), 0, []bsWant{bsErr("1 van 2")}},
		{RuleCovDay, "cao 9.7", "Saturday 25 April 2026 is a Saturday", func(b *atwBuilder) {
			b.h.Coverage = bsHolCover
			b.x0(roster.NewDate(2026, 4, 25), "07:00", "23:00")
		}, bsDays(roster.NewDate(2026, 4, 25), 1), 0, nil},
		{RuleCovOver, "house norm (max = min + 1)", "two present where one is asked and no max is set", func(b *atwBuilder) {
			b.h.Coverage = []roster.Band{{Day: roster.DayWeekday, Start: 7 * 60, End: 23 * 60, Min: 1}}
			b.x0(mon, "07:00", "23:00").customFor(2, mon, "X0", "07:00", "23:00")
		}, bsDays(mon, 1), 0, nil},
		{RuleCovOver, "house norm (max = min + 1)", "three present where one is asked", func(b *atwBuilder) {
			b.h.Members = append(b.h.Members, roster.Member{ID: 3, Name: "Cem", Role: roster.RoleOpvoeder, Contract: b.h.Members[0].Contract})
			b.h.Coverage = []roster.Band{{Day: roster.DayWeekday, Start: 7 * 60, End: 23 * 60, Min: 1}}
			b.x0(mon, "07:00", "23:00").customFor(2, mon, "X0", "07:00", "23:00").customFor(3, mon, "X0", "12:00", "13:00")
		}, bsDays(mon, 1), 0, []bsWant{bsInfo("12:00–13:00")}},
		{RuleCovNight, "house norm; real instants", "a sleep shift covers the 9-h October night", func(b *atwBuilder) { b.on(bsOctSat, "S") }, bsDays(bsOctSat, 1), 0, nil},
		{RuleCovNight, "house norm", "a night cover that stops at 06:59", func(b *atwBuilder) { b.custom(mon, "S", "23:00", "06:59") }, bsDays(mon, 1), 0,
			[]bsWant{bsErr("06:59")}},
		{RuleCovNight, "house norm", "New Year's Eve night covered", func(b *atwBuilder) { b.on(bsW53+3, "S") }, bsDays(bsW53+3, 1), 0, nil},
		{RuleCovNight, "house norm", "the night cover is on leave that day", func(b *atwBuilder) { b.on(mon, "S").absent(mon, mon, roster.AbsLeave, 0) }, bsDays(mon, 1), 0,
			[]bsWant{bsErr("")}},

		{RuleCovNight, "house norm; real instants", "a sleep shift covers the 7-h March night", func(b *atwBuilder) { b.on(bsMarSat, "S") }, bsDays(bsMarSat, 1), 0, nil},
		{RuleCovDay, "house norm (who is present)", "the only opvoeder's shift is vacated by a sick report", func(b *atwBuilder) {
			b.h.Coverage = bsHolCover
			b.x0(mon, "07:00", "23:00").sick()
		}, bsDays(mon, 1), 0, []bsWant{bsErr("0 van 1")}},
		{RuleCovDay, "house norm (who is present)", "the only opvoeder left the team the day before", func(b *atwBuilder) {
			b.h.Coverage = bsHolCover
			last := mon - 1
			b.member(1).ActiveTo = &last
			b.x0(mon, "07:00", "23:00")
		}, bsDays(mon, 1), 0, []bsWant{bsErr("0 van 1")}},

		{RuleCovNight, "house norm (exactly one cover)", "two sleep shifts in one night", func(b *atwBuilder) { b.on(mon, "S").onFor(2, mon, "S") }, bsDays(mon, 1), 0,
			[]bsWant{bsWarn("")}},

		// CONTRACT, SLACK, FTE-BUDGET (cao 6.3c, 6.4.5; house norm).
		{RuleContract, "cao 6.3c", "36-h contract: exactly 40 h planned", func(b *atwBuilder) { b.weeksOf(mon, 1, "09:00", "17:00", 0, 1, 2, 3, 4) }, wk, 0, nil},
		{RuleContract, "cao 6.3c", "36-h contract: 40 h 1 min planned", func(b *atwBuilder) {
			b.weeksOf(mon, 1, "09:00", "17:00", 0, 1, 2, 3).x0(mon+4, "09:00", "17:01")
		}, wk, 0, []bsWant{bsWarn("")}},
		{RuleContract, "cao 6.3c; contract change mid-week", "36 h until Wednesday, 18 h from Thursday: 30 h planned is over 10/9", func(b *atwBuilder) {
			b.member(1).Contract = append(b.member(1).Contract, roster.Contract{From: mon + 3, HoursPerWeek: 18})
			b.weeksOf(mon, 1, "09:00", "16:30", 0, 1, 2, 3)
		}, wk, 0, []bsWant{bsWarn("")}},
		{RuleContract, "cao 6.4.5 (meerwerk over 4 weeks)", "exactly 144 h in the 4 weeks of a 36-h contract", func(b *atwBuilder) {
			b.weeksOf(mon-21, 4, "09:00", "18:00", 0, 1, 2, 3)
		}, wk, 0, nil},
		{RuleContract, "cao 6.4.5 (meerwerk over 4 weeks)", "144 h 1 min in the 4 weeks", func(b *atwBuilder) {
			b.weeksOf(mon-21, 4, "09:00", "18:00", 0, 1, 2, 3).x0(mon+4, "09:00", "09:01")
		}, wk, 0, []bsWant{bsInfo("meerwerk 0,02 u (144,02 u gepland")}},
		{RuleSlack, "house norm (10% slack)", "joins on the Monday of the last week of the balance period: 37,5 h is over 90% of 36", func(b *atwBuilder) {
			first := mon
			b.member(1).ActiveFrom = &first
			b.weeksOf(mon, 1, "09:00", "16:30", 0, 1, 2, 3, 4)
		}, wk, 0, []bsWant{bsWarn("")}},
		{RuleSlack, "house norm (10% slack)", "joins on the Monday of the last week: 32,4 h is exactly 90%", func(b *atwBuilder) {
			first := mon
			b.member(1).ActiveFrom = &first
			b.weeksOf(mon, 1, "09:00", "17:06", 0, 1, 2, 3)
		}, wk, 0, nil},
		{RuleFTEBudget, "house norm (budget)", "two 18-h opvoeders on a budget of 1 fte", func(b *atwBuilder) {
			b.h.Settings.Budget = map[roster.Role]float64{roster.RoleOpvoeder: 1}
			b.member(1).Contract[0].HoursPerWeek = 18
			b.member(2).Contract[0].HoursPerWeek = 18
		}, wk, 0, nil},
		{RuleFTEBudget, "house norm (budget)", "a third opvoeder joins on Thursday", func(b *atwBuilder) {
			b.h.Settings.Budget = map[roster.Role]float64{roster.RoleOpvoeder: 1}
			b.member(1).Contract[0].HoursPerWeek = 18
			b.member(2).Contract[0].HoursPerWeek = 18
			first := mon + 3
			b.h.Members = append(b.h.Members, roster.Member{ID: 3, Name: "Cem", Role: roster.RoleOpvoeder, ActiveFrom: &first,
				Contract: []roster.Contract{{From: roster.NewDate(2020, 1, 1), HoursPerWeek: 9}}})
		}, wk, 0, []bsWant{bsErr("1,25 fte in dienst op do 26 nov")}},
	}
}

func TestBoundaryScenarios(t *testing.T) {
	counts := map[string]int{}
	for _, sc := range boundaryScenarios() {
		counts[sc.rule]++
		t.Run(sc.rule+"/"+sc.setup, func(t *testing.T) {
			b := newATW(t)
			sc.build(b)
			w := sc.w
			today := sc.today
			if today == 0 {
				today = w.From - 1000
			}
			got := ofRule(CheckAt(b.h, w, today), sc.rule)
			if len(got) != len(sc.want) {
				t.Fatalf("%s (%s): got %d findings, want %d:%s", sc.rule, sc.source, len(got), len(sc.want), atwSummary(got))
			}
			for i, want := range sc.want {
				f := got[i]
				if f.Severity != want.sev {
					t.Errorf("%s (%s): finding %d is %v, want %v:%s", sc.rule, sc.source, i, f.Severity, want.sev, atwSummary(got))
				}
				if !strings.Contains(f.NL, want.frag) {
					t.Errorf("%s (%s): finding %d %q does not say %q", sc.rule, sc.source, i, f.NL, want.frag)
				}
				if f.EN == "" || f.EN == f.NL {
					t.Errorf("%s (%s): finding %d has no English message: %q", sc.rule, sc.source, i, f.EN)
				}
			}
		})
	}
	// Every rule with a source in the law or the house norm has scenarios.
	for _, r := range []string{RuleCovDay, RuleCovNight, RuleCovOver, RuleContract, RuleSlack, RuleFTEBudget,
		RuleATWShift, RuleATWWeek, RuleATWRest, RuleATWWeekRest, RuleATWNight, RuleATWNightRest, RuleATWNightSeries,
		RuleATWSunday, RuleATWBreak, RuleATWPublish, RuleATWSleep, RuleRole, RuleAbsent, RuleInactive, RuleDouble, RuleWish} {
		if counts[r] < 2 {
			t.Errorf("rule %s has %d boundary scenarios, want at least 2 (allowed and reported)", r, counts[r])
		}
	}
}
