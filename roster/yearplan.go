package roster

import (
	"fmt"
	"slices"
	"time"
)

// SchoolRegion is the school holiday region of a house (rijksoverheid.nl
// "Schoolvakanties": noord, midden, zuid). It marks the school holidays in
// the year view; the children are home then.
type SchoolRegion string

// The school holiday regions.
const (
	RegionNoord  SchoolRegion = "noord"
	RegionMidden SchoolRegion = "midden"
	RegionZuid   SchoolRegion = "zuid"
)

// SchoolRegions lists the regions in order.
var SchoolRegions = []SchoolRegion{RegionNoord, RegionMidden, RegionZuid}

// Valid reports whether r is a known region ("" means none chosen).
func (r SchoolRegion) Valid() bool { return r == "" || slices.Contains(SchoolRegions, r) }

// DefaultLeaveHoursPerFTE is the leave entitlement of a full-time member per
// calendar year (cao Jeugdzorg: 144 h a year, pro rata the contract).
const DefaultLeaveHoursPerFTE = 144

// LeaveHoursPerFTEOrDefault returns the house's leave hours per fte per year.
func (s *Settings) LeaveHoursPerFTEOrDefault() float64 {
	if s.LeaveHoursPerFTE <= 0 {
		return DefaultLeaveHoursPerFTE
	}
	return s.LeaveHoursPerFTE
}

// LeaveStatus is where a leave request stands.
type LeaveStatus string

// Leave request states. There is no manager approval chain: a colleague
// marking the request "afgesproken" agrees it; the teamleider may override
// either way (logged on the request).
const (
	LeaveAsked     LeaveStatus = "gevraagd"    // asked, not yet agreed
	LeaveAgreed    LeaveStatus = "afgesproken" // agreed in the team (or by the teamleider's override)
	LeaveRefused   LeaveStatus = "afgewezen"   // refused by the teamleider's override
	LeaveWithdrawn LeaveStatus = "ingetrokken" // withdrawn by the member
)

// LeaveMark is one logged act on a leave request: a colleague's agreement, a
// note, or the teamleider's override. By is a member ID (0: the team, e.g.
// the accepted summer round).
type LeaveMark struct {
	By   int       `json:"by"`
	At   time.Time `json:"at"`
	Text string    `json:"text,omitempty"`
}

// LeaveRequest is a member's request for leave over an inclusive range of
// dates. HoursPerDay 0 means whole days (contract hours / 5 a weekday, as
// the engine counts absences); more is a part of each day.
type LeaveRequest struct {
	ID          int         `json:"id"` // > 0, unique in the house
	Member      int         `json:"member"`
	From        Date        `json:"from"`
	To          Date        `json:"to"`
	HoursPerDay float64     `json:"hoursPerDay,omitempty"`
	Kind        AbsenceKind `json:"kind"` // verlof, bijzonder or opleiding
	Note        string      `json:"note,omitempty"`
	Asked       time.Time   `json:"asked"`
	Status      LeaveStatus `json:"status"`
	Agreed      []LeaveMark `json:"agreed,omitempty"`   // colleagues who marked it "afgesproken"
	Notes       []LeaveMark `json:"notes,omitempty"`    // colleagues' notes
	Override    *LeaveMark  `json:"override,omitempty"` // the teamleider's override (Text: the decision and why)
	Summer      int         `json:"summer,omitempty"`   // the year of the summer round that gave it (0: none)
}

// Window returns the request's dates.
func (r *LeaveRequest) Window() Window { return Window{From: r.From, To: r.To} }

// Absence returns the absence an agreed request becomes.
func (r *LeaveRequest) Absence() Absence {
	return Absence{Member: r.Member, From: r.From, To: r.To, Kind: r.Kind, HoursPerDay: r.HoursPerDay}
}

// SummerState is the state of a summer round, like a wish round: open for
// wishes until the deadline, closed (the proposal stands), accepted.
type SummerState string

// Summer round states.
const (
	SummerOpen     SummerState = "open"
	SummerClosed   SummerState = "gesloten"
	SummerAccepted SummerState = "vastgesteld"
)

// SummerWish is a member's wish in a summer round: ISO weeks (their Mondays)
// in order of preference.
type SummerWish struct {
	Member int    `json:"member"`
	Weeks  []Date `json:"weeks"`
}

// SummerAward is the summer weeks a member was given.
type SummerAward struct {
	Member int    `json:"member"`
	Weeks  []Date `json:"weeks"`
}

// SummerRound shares the summer weeks of one year: members ask for weeks in
// order of preference, the app proposes a distribution (roster/year), the
// team accepts or changes it.
type SummerRound struct {
	Year     int           `json:"year"`
	From     Date          `json:"from"` // Monday of the round's first week
	To       Date          `json:"to"`   // Sunday of its last week
	Deadline Date          `json:"deadline,omitzero"`
	MaxWeeks int           `json:"maxWeeks"` // weeks a member may get at most
	State    SummerState   `json:"state"`
	Wishes   []SummerWish  `json:"wishes,omitempty"`
	Awards   []SummerAward `json:"awards,omitempty"` // the accepted distribution
}

// YearStart is what a member brings into a calendar year: leave hours
// carried over and the hours balance (plus/min uren) carried over. When a
// year has no record, roster/year computes both from the year before.
type YearStart struct {
	Member     int     `json:"member"`
	Year       int     `json:"year"`
	LeaveHours float64 `json:"leaveHours"`
	PlusMin    float64 `json:"plusMin"`
}

// YearPlan is the house's year: leave requests, summer rounds and balances
// carried over.
type YearPlan struct {
	Requests []LeaveRequest `json:"requests,omitempty"`
	Summers  []SummerRound  `json:"summers,omitempty"`
	Starts   []YearStart    `json:"starts,omitempty"`
}

// Request returns the request with id, or nil.
func (y *YearPlan) Request(id int) *LeaveRequest {
	for i := range y.Requests {
		if y.Requests[i].ID == id {
			return &y.Requests[i]
		}
	}
	return nil
}

// Summer returns the summer round of year, or nil.
func (y *YearPlan) Summer(year int) *SummerRound {
	for i := range y.Summers {
		if y.Summers[i].Year == year {
			return &y.Summers[i]
		}
	}
	return nil
}

// NextRequestID returns an unused request ID.
func (y *YearPlan) NextRequestID() int {
	n := 0
	for _, r := range y.Requests {
		n = max(n, r.ID)
	}
	return n + 1
}

// Clone returns a deep copy of y, so an edit's Before and After never share
// memory with the house.
func (y YearPlan) Clone() YearPlan {
	out := YearPlan{Starts: slices.Clone(y.Starts)}
	for _, r := range y.Requests {
		r.Agreed = slices.Clone(r.Agreed)
		r.Notes = slices.Clone(r.Notes)
		if r.Override != nil {
			o := *r.Override
			r.Override = &o
		}
		out.Requests = append(out.Requests, r)
	}
	for _, s := range y.Summers {
		ws := make([]SummerWish, 0, len(s.Wishes))
		for _, w := range s.Wishes {
			ws = append(ws, SummerWish{Member: w.Member, Weeks: slices.Clone(w.Weeks)})
		}
		as := make([]SummerAward, 0, len(s.Awards))
		for _, a := range s.Awards {
			as = append(as, SummerAward{Member: a.Member, Weeks: slices.Clone(a.Weeks)})
		}
		if len(s.Wishes) == 0 {
			ws = nil
		}
		if len(s.Awards) == 0 {
			as = nil
		}
		s.Wishes, s.Awards = ws, as
		out.Summers = append(out.Summers, s)
	}
	return out
}

// YearEdit replaces the house's year plan.
type YearEdit struct{ Before, After YearPlan }

// validYear checks the year plan: references, dates, kinds, states.
func (v *validator) year() {
	y := &v.h.Year
	ids := map[int]bool{}
	for i, r := range y.Requests {
		f := fmt.Sprintf("year.requests[%d]", i)
		if r.ID <= 0 || ids[r.ID] {
			v.add(f+".id", fmt.Sprintf("id %d is niet positief of niet uniek", r.ID), fmt.Sprintf("id %d is not positive or not unique", r.ID))
		}
		ids[r.ID] = true
		v.memberRef(f+".member", r.Member)
		if r.To < r.From {
			v.add(f+".to", "einddatum ligt voor de begindatum", "end date is before the start date")
		}
		if r.Kind != AbsLeave && r.Kind != AbsSpecial && r.Kind != AbsTraining {
			v.add(f+".kind", fmt.Sprintf("soort %q is geen verlofsoort", r.Kind), fmt.Sprintf("kind %q is not a kind of leave", r.Kind))
		}
		if !inRange(r.HoursPerDay, 0, 24) {
			v.add(f+".hoursPerDay", "uren per dag liggen niet tussen 0 en 24", "hours a day are not between 0 and 24")
		}
		switch r.Status {
		case LeaveAsked, LeaveAgreed, LeaveRefused, LeaveWithdrawn:
		default:
			v.add(f+".status", fmt.Sprintf("onbekende status %q", r.Status), fmt.Sprintf("unknown status %q", r.Status))
		}
	}
	years := map[int]bool{}
	for i, s := range y.Summers {
		f := fmt.Sprintf("year.summers[%d]", i)
		if years[s.Year] {
			v.add(f+".year", fmt.Sprintf("twee zomerrondes voor %d", s.Year), fmt.Sprintf("two summer rounds for %d", s.Year))
		}
		years[s.Year] = true
		if s.To < s.From || s.From.Weekday() != time.Monday || s.To.Weekday() != time.Sunday {
			v.add(f+".from", "de ronde loopt niet van een maandag tot een zondag", "the round does not run from a Monday to a Sunday")
		}
		if s.MaxWeeks < 1 || s.MaxWeeks > 10 {
			v.add(f+".maxWeeks", "maximum aantal weken ligt niet tussen 1 en 10", "maximum number of weeks is not between 1 and 10")
		}
		switch s.State {
		case SummerOpen, SummerClosed, SummerAccepted:
		default:
			v.add(f+".state", fmt.Sprintf("onbekende status %q", s.State), fmt.Sprintf("unknown state %q", s.State))
		}
		for j, w := range s.Wishes {
			v.memberRef(fmt.Sprintf("%s.wishes[%d].member", f, j), w.Member)
			for _, d := range w.Weeks {
				if d.Weekday() != time.Monday || d < s.From || d > s.To {
					v.add(fmt.Sprintf("%s.wishes[%d].weeks", f, j), fmt.Sprintf("%s is geen maandag in de ronde", d), fmt.Sprintf("%s is not a Monday in the round", d))
				}
			}
		}
		for j, a := range s.Awards {
			v.memberRef(fmt.Sprintf("%s.awards[%d].member", f, j), a.Member)
		}
	}
	for i, s := range y.Starts {
		v.memberRef(fmt.Sprintf("year.starts[%d].member", i), s.Member)
	}
}
