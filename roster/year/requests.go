package year

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// Ask is what a member asks for.
type Ask struct {
	Member      int
	From, To    roster.Date
	HoursPerDay float64            // 0: whole days
	Kind        roster.AbsenceKind // verlof (default), bijzonder or opleiding
	Note        string
}

// stamp is the time of an act as stored: UTC, whole seconds.
func stamp(t time.Time) time.Time { return t.UTC().Truncate(time.Second) }

// yearEdit returns the edit that replaces the year plan of h by after.
func yearEdit(h *roster.House, after roster.YearPlan, nl, en string) roster.Edit {
	return roster.Edit{NL: nl, EN: en, Year: &roster.YearEdit{Before: h.Year.Clone(), After: after}}
}

// memberName returns the member's name or "#id".
func memberName(h *roster.House, id int) string {
	if m := h.Member(id); m != nil {
		return m.Name
	}
	return fmt.Sprintf("#%d", id)
}

// AskLeave returns the edit that adds a's request (status gevraagd) and the
// request itself. It refuses an unknown or inactive member, dates in the
// wrong order or longer than a year, hours outside 0–24, a kind that is no
// leave, and an overlap with the member's own open or agreed request.
func AskLeave(h *roster.House, a Ask, now time.Time) (roster.Edit, roster.LeaveRequest, error) {
	if a.Kind == "" {
		a.Kind = roster.AbsLeave
	}
	m := h.Member(a.Member)
	switch {
	case m == nil:
		return roster.Edit{}, roster.LeaveRequest{}, fmt.Errorf("onbekend teamlid %d / unknown team member %d", a.Member, a.Member)
	case a.To < a.From:
		return roster.Edit{}, roster.LeaveRequest{}, fmt.Errorf("einddatum %s ligt voor begindatum %s / end date %s is before start date %s", a.To, a.From, a.To, a.From)
	case a.To-a.From > 366:
		return roster.Edit{}, roster.LeaveRequest{}, errors.New("een verlofaanvraag duurt hoogstens een jaar / a leave request lasts at most a year")
	case !m.Active(a.From) || !m.Active(a.To):
		return roster.Edit{}, roster.LeaveRequest{}, fmt.Errorf("%s is dan geen teamlid / %s is not a team member then", m.Name, m.Name)
	case a.HoursPerDay < 0 || a.HoursPerDay > 24:
		return roster.Edit{}, roster.LeaveRequest{}, errors.New("uren per dag moeten tussen 0 en 24 liggen / hours a day must be between 0 and 24")
	case a.Kind != roster.AbsLeave && a.Kind != roster.AbsSpecial && a.Kind != roster.AbsTraining:
		return roster.Edit{}, roster.LeaveRequest{}, fmt.Errorf("soort %q is geen verlof (verlof, bijzonder, opleiding) / kind %q is not leave (verlof, bijzonder, opleiding)", a.Kind, a.Kind)
	}
	for _, r := range h.Year.Requests {
		if r.Member == a.Member && open(r.Status) && r.From <= a.To && a.From <= r.To {
			return roster.Edit{}, roster.LeaveRequest{}, fmt.Errorf("%s heeft al aanvraag %d van %s t/m %s / %s already has request %d from %s to %s",
				m.Name, r.ID, r.From, r.To, m.Name, r.ID, r.From, r.To)
		}
	}
	y := h.Year.Clone()
	r := roster.LeaveRequest{ID: y.NextRequestID(), Member: a.Member, From: a.From, To: a.To, HoursPerDay: a.HoursPerDay,
		Kind: a.Kind, Note: strings.TrimSpace(a.Note), Asked: stamp(now), Status: roster.LeaveAsked}
	y.Requests = append(y.Requests, r)
	e := yearEdit(h, y, fmt.Sprintf("Verlof gevraagd: %s, %s t/m %s", m.Name, a.From, a.To), fmt.Sprintf("Leave asked: %s, %s to %s", m.Name, a.From, a.To))
	return e, r, nil
}

// open reports whether a request in state s still stands.
func open(s roster.LeaveStatus) bool { return s == roster.LeaveAsked || s == roster.LeaveAgreed }

// find returns the request id in y, or an error.
func find(y *roster.YearPlan, id int) (*roster.LeaveRequest, error) {
	r := y.Request(id)
	if r == nil {
		return nil, fmt.Errorf("geen verlofaanvraag %d / no leave request %d", id, id)
	}
	return r, nil
}

// AgreeLeave returns the edit in which colleague by marks request id
// "afgesproken": the request is agreed (logged: who and when) and becomes
// the absence the engine knows. The member cannot agree their own request.
func AgreeLeave(h *roster.House, id, by int, now time.Time) (roster.Edit, error) {
	y := h.Year.Clone()
	r, err := find(&y, id)
	if err != nil {
		return roster.Edit{}, err
	}
	c := h.Member(by)
	switch {
	case c == nil:
		return roster.Edit{}, fmt.Errorf("onbekend teamlid %d / unknown team member %d", by, by)
	case by == r.Member:
		return roster.Edit{}, errors.New("een collega spreekt het verlof af, niet de aanvrager zelf / a colleague agrees the leave, not the one who asked")
	case r.Status != roster.LeaveAsked:
		return roster.Edit{}, fmt.Errorf("aanvraag %d is %s, niet gevraagd / request %d is %s, not asked", id, r.Status, id, statusEN(r.Status))
	}
	r.Agreed = append(r.Agreed, roster.LeaveMark{By: by, At: stamp(now)})
	r.Status = roster.LeaveAgreed
	e := yearEdit(h, y, fmt.Sprintf("Verlof afgesproken: %s (door %s)", memberName(h, r.Member), c.Name),
		fmt.Sprintf("Leave agreed: %s (by %s)", memberName(h, r.Member), c.Name))
	abs := r.Absence()
	e.Absences = []roster.AbsenceEdit{{After: &abs}}
	return e, nil
}

// NoteLeave returns the edit that adds colleague by's note to request id.
func NoteLeave(h *roster.House, id, by int, text string, now time.Time) (roster.Edit, error) {
	text = strings.TrimSpace(text)
	if text == "" {
		return roster.Edit{}, errors.New("lege notitie / empty note")
	}
	if h.Member(by) == nil {
		return roster.Edit{}, fmt.Errorf("onbekend teamlid %d / unknown team member %d", by, by)
	}
	y := h.Year.Clone()
	r, err := find(&y, id)
	if err != nil {
		return roster.Edit{}, err
	}
	r.Notes = append(r.Notes, roster.LeaveMark{By: by, At: stamp(now), Text: text})
	return yearEdit(h, y, fmt.Sprintf("Notitie bij verlof van %s", memberName(h, r.Member)),
		fmt.Sprintf("Note on leave of %s", memberName(h, r.Member))), nil
}

// OverrideLeave returns the edit of the teamleider's override of request
// id: agree (it becomes an absence) or refuse (an agreed request's absence
// is taken off the plan again). The override is logged on the request with
// who, when and why; only a member with the role teamleider may override.
func OverrideLeave(h *roster.House, id, by int, agree bool, reason string, now time.Time) (roster.Edit, error) {
	tl := h.Member(by)
	if tl == nil || tl.Role != roster.RoleTeamleider {
		return roster.Edit{}, errors.New("alleen de teamleider kan een besluit van het team overrulen / only the teamleider can override the team")
	}
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return roster.Edit{}, errors.New("geef een reden voor het overrulen / give a reason for the override")
	}
	y := h.Year.Clone()
	r, err := find(&y, id)
	if err != nil {
		return roster.Edit{}, err
	}
	if !open(r.Status) && r.Status != roster.LeaveRefused {
		return roster.Edit{}, fmt.Errorf("aanvraag %d is %s / request %d is %s", id, r.Status, id, statusEN(r.Status))
	}
	was := r.Status
	word := "akkoord"
	if !agree {
		word = "afgewezen"
	}
	r.Override = &roster.LeaveMark{By: by, At: stamp(now), Text: word + ": " + reason}
	var e roster.Edit
	abs := r.Absence()
	if agree {
		r.Status = roster.LeaveAgreed
		e = yearEdit(h, y, fmt.Sprintf("Teamleider: verlof %s akkoord", memberName(h, r.Member)), fmt.Sprintf("Teamleider: leave of %s agreed", memberName(h, r.Member)))
		if was != roster.LeaveAgreed {
			e.Absences = []roster.AbsenceEdit{{After: &abs}}
		}
		return e, nil
	}
	r.Status = roster.LeaveRefused
	e = yearEdit(h, y, fmt.Sprintf("Teamleider: verlof %s afgewezen", memberName(h, r.Member)), fmt.Sprintf("Teamleider: leave of %s refused", memberName(h, r.Member)))
	if was == roster.LeaveAgreed && slices.Contains(h.Plan.Absences, abs) {
		e.Absences = []roster.AbsenceEdit{{Before: &abs}}
	}
	return e, nil
}

// WithdrawLeave returns the edit in which the member withdraws request id;
// an agreed request's absence leaves the plan again.
func WithdrawLeave(h *roster.House, id, by int, now time.Time) (roster.Edit, error) {
	y := h.Year.Clone()
	r, err := find(&y, id)
	if err != nil {
		return roster.Edit{}, err
	}
	if by != r.Member {
		return roster.Edit{}, errors.New("alleen de aanvrager trekt een aanvraag in / only the one who asked withdraws a request")
	}
	if !open(r.Status) {
		return roster.Edit{}, fmt.Errorf("aanvraag %d is %s / request %d is %s", id, r.Status, id, statusEN(r.Status))
	}
	was := r.Status
	r.Status = roster.LeaveWithdrawn
	r.Notes = append(r.Notes, roster.LeaveMark{By: by, At: stamp(now), Text: "ingetrokken"})
	e := yearEdit(h, y, fmt.Sprintf("Verlof ingetrokken: %s", memberName(h, r.Member)), fmt.Sprintf("Leave withdrawn: %s", memberName(h, r.Member)))
	abs := r.Absence()
	if was == roster.LeaveAgreed && slices.Contains(h.Plan.Absences, abs) {
		e.Absences = []roster.AbsenceEdit{{Before: &abs}}
	}
	return e, nil
}

// statusEN returns the English word for a request state.
func statusEN(s roster.LeaveStatus) string {
	switch s {
	case roster.LeaveAsked:
		return "asked"
	case roster.LeaveAgreed:
		return "agreed"
	case roster.LeaveRefused:
		return "refused"
	case roster.LeaveWithdrawn:
		return "withdrawn"
	}
	return string(s)
}

// StatusLabel returns a request state in Dutch or English.
func StatusLabel(s roster.LeaveStatus, l roster.Lang) string { return l.Pick(string(s), statusEN(s)) }

// RequestHours returns the hours request r counts: every weekday of its
// dates at its hours per day (or contract / 5), as absences count.
func RequestHours(h *roster.House, r *roster.LeaveRequest) float64 {
	m := h.Member(r.Member)
	if m == nil {
		return 0
	}
	abs := r.Absence()
	total := 0.0
	for d := r.From; d <= r.To; d++ {
		if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday {
			total += roster.AbsenceHours(&abs, m, d)
		}
	}
	return total
}

// WeekEffect is what a request does to one week: the line without it and
// with it.
type WeekEffect struct {
	Before WeekLine `json:"before"`
	After  WeekLine `json:"after"`
}

// Impact is what a request does: to each week it touches, and which other
// members' standing requests overlap it.
type Impact struct {
	Hours    float64               `json:"hours"`
	Weeks    []WeekEffect          `json:"weeks"`
	Overlaps []roster.LeaveRequest `json:"overlaps,omitempty"`
}

// ImpactOf returns what request r does to its weeks. An agreed request is
// already on the plan: its "before" line is the week without it.
func ImpactOf(h *roster.House, r *roster.LeaveRequest) Impact {
	imp := Impact{Hours: RequestHours(h, r)}
	abs := r.Absence()
	without := h
	if r.Status == roster.LeaveAgreed && slices.Contains(h.Plan.Absences, abs) {
		c := *h
		c.Plan.Absences = slices.DeleteFunc(slices.Clone(h.Plan.Absences), func(a roster.Absence) bool { return a == abs })
		without = &c
	}
	cal := NewCalendar(h, roster.Window{From: r.From.Monday(), To: r.To.Monday() + 6})
	for mon := r.From.Monday(); mon <= r.To; mon += 7 {
		imp.Weeks = append(imp.Weeks, WeekEffect{Before: Line(without, mon, cal), After: Line(without, mon, cal, abs)})
	}
	for _, o := range h.Year.Requests {
		if o.ID != r.ID && o.Member != r.Member && open(o.Status) && o.From <= r.To && r.From <= o.To {
			imp.Overlaps = append(imp.Overlaps, o)
		}
	}
	return imp
}

// Requests returns the requests touching w (all when w is zero), by start
// date then ID.
func Requests(h *roster.House, w roster.Window) []roster.LeaveRequest {
	var out []roster.LeaveRequest
	for _, r := range h.Year.Requests {
		if w == (roster.Window{}) || r.From <= w.To && w.From <= r.To {
			out = append(out, r)
		}
	}
	slices.SortFunc(out, func(a, b roster.LeaveRequest) int {
		if a.From != b.From {
			return int(a.From - b.From)
		}
		return a.ID - b.ID
	})
	return out
}

// SetYearSettings returns the edit that sets the house's school holiday
// region and its leave hours per fte per year (0: 144, the cao's).
func SetYearSettings(h *roster.House, region roster.SchoolRegion, leavePerFTE float64) (roster.Edit, error) {
	if !region.Valid() {
		return roster.Edit{}, fmt.Errorf("onbekende regio %q (noord, midden of zuid) / unknown region %q (noord, midden or zuid)", region, region)
	}
	if leavePerFTE != 0 && (leavePerFTE < 1 || leavePerFTE > 400) {
		return roster.Edit{}, errors.New("verlofuren per fte moeten tussen 1 en 400 liggen / leave hours per fte must be between 1 and 400")
	}
	before := roster.SettingsOf(h)
	after := before
	after.Settings.Region, after.Settings.LeaveHoursPerFTE = region, leavePerFTE
	return roster.Edit{NL: fmt.Sprintf("Schoolregio %s, %s verlofuren per fte", region, hours(after.Settings.LeaveHoursPerFTEOrDefault(), roster.Dutch)),
		EN:       fmt.Sprintf("School region %s, %s leave hours per fte", region, hours(after.Settings.LeaveHoursPerFTEOrDefault(), roster.English)),
		Settings: &roster.SettingsEdit{Before: before, After: after}}, nil
}
