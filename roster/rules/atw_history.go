package rules

import (
	"math/bits"

	"github.com/huisrooster/huisrooster/roster"
)

// The history of rules that look back further than the engine's 16-week
// read window: free Sundays (52 weeks, atw_sunday.go) and the number of sleep
// shifts (26 weeks, atw_sleep.go). They need only
// dates and clock times, so they read the raw assignments in one pass instead
// of resolved shifts.

// History flags per member and date; each is a plane of bits.
const (
	histSunday uint8 = iota // worked on this Sunday (some time between 00:00 and 24:00)
	histSleep               // starts a worked sleep shift on this date
	histPlanes              // the number of flags
)

// Look-back spans of the history rules.
const (
	sundayWeeks   = 52 // ATW-SUNDAY: 13 free Sundays per 52 weeks
	sundaysFree   = 13
	sleepSpanDays = 26 * 7 // ATW-SLEEP: at most 52 sleep shifts per 26 weeks
	sleepMax      = 52
)

// history is a year of plan history per member: a bit per date and flag, and
// the date the member's plan data starts.
type history struct {
	from     roster.Date
	n        int           // dates per member
	words    int           // words per member and flag: n bits
	bits     []uint64      // flag f of member mi on d: bits[(f*members+mi)*words + (d-from)/64]
	members  int           //
	earliest []roster.Date // per member index: first date with an assignment or absence
}

// fill scans every assignment and absence once. Assignments in the engine's
// read window come from the resolved shifts of c; only older ones are
// resolved here, from their shift type's clock times.
func (hs *history) fill(c *checker, days *dayTable) {
	h, w := c.h, c.w
	hs.from = w.From.Monday() - (sundayWeeks+1)*7
	hs.n = int(w.To-hs.from) + 1
	hs.words = (hs.n + 63) / 64
	hs.members = len(h.Members)
	hs.bits = make([]uint64, int(histPlanes)*hs.words*hs.members)
	hs.earliest = make([]roster.Date, len(h.Members))
	const none = roster.Date(1 << 30)
	for i := range hs.earliest {
		hs.earliest[i] = none
	}
	idx := newMemberIndex(h.Members)
	var st *roster.ShiftType
	for i := range h.Plan.Assignments {
		as := &h.Plan.Assignments[i]
		mi := idx.of(as.Member)
		if mi < 0 {
			continue
		}
		hs.earliest[mi] = min(hs.earliest[mi], as.Date)
		if as.State == roster.StateSick || as.Date < hs.from-1 || as.Date >= c.ext.From {
			continue
		}
		if st == nil || st.Code != as.Shift {
			if st = h.ShiftType(as.Shift); st == nil {
				continue
			}
		}
		start, end := st.Start, st.End
		if as.Start != nil {
			start = *as.Start
		}
		if as.End != nil {
			end = *as.End
		}
		switch wd := weekdayOf(as.Date); {
		case wd == 0:
			hs.set(mi, as.Date, histSunday)
		case wd == 6 && end <= start && end > 0:
			hs.set(mi, as.Date+1, histSunday) // a night into Sunday
		}
		if st.Kind.Sleeping() {
			hs.set(mi, as.Date, histSleep)
		}
	}
	for i := range c.shifts {
		s := &c.shifts[i]
		if !s.Worked() || s.Date > w.To {
			continue
		}
		mi := idx.of(s.Member)
		if mi < 0 {
			continue
		}
		switch wd := weekdayOf(s.Date); {
		case wd == 0:
			hs.set(mi, s.Date, histSunday)
		case wd == 6 && s.End.Unix() > days.at(s.Date+1):
			hs.set(mi, s.Date+1, histSunday)
		}
		if s.Kind.Sleeping() {
			hs.set(mi, s.Date, histSleep)
		}
	}
	for i := range h.Plan.Absences {
		ab := &h.Plan.Absences[i]
		if mi := idx.of(ab.Member); mi >= 0 {
			hs.earliest[mi] = min(hs.earliest[mi], ab.From)
		}
	}
}

// weekdayOf returns the day of the week of d without calendar conversion
// (1970-01-01 was a Thursday).
func weekdayOf(d roster.Date) int { return ((int(d) % 7) + 7 + 4) % 7 }

// set raises flag f of member index mi on d, when d is in range.
func (hs *history) set(mi int, d roster.Date, f uint8) {
	if i := int(d - hs.from); i >= 0 && i < hs.n {
		hs.bits[(int(f)*hs.members+mi)*hs.words+i/64] |= 1 << (i % 64)
	}
}

// has reports flag f of member index mi on d.
func (hs *history) has(mi int, d roster.Date, f uint8) bool {
	if i := int(d - hs.from); i >= 0 && i < hs.n {
		return hs.bits[(int(f)*hs.members+mi)*hs.words+i/64]&(1<<(i%64)) != 0
	}
	return false
}

// count returns how many dates in [from, to) have flag f for member mi,
// a 64-bit word at a time.
func (hs *history) count(mi int, from, to roster.Date, f uint8) int {
	lo, hi := max(int(from-hs.from), 0), min(int(to-hs.from), hs.n)
	if lo >= hi {
		return 0
	}
	row := hs.bits[(int(f)*hs.members+mi)*hs.words:]
	n := 0
	for i := lo; i < hi; {
		word, bit := i/64, i%64
		take := min(64-bit, hi-i)
		mask := ^uint64(0) >> (64 - take) << bit
		n += bits.OnesCount64(row[word] & mask)
		i += take
	}
	return n
}

// memberIndex maps member IDs to their index in House.Members without a map
// lookup per assignment when IDs are small (the usual case).
type memberIndex struct {
	byID []int32 // ID → index+1
	big  map[int]int
}

func newMemberIndex(ms []roster.Member) memberIndex {
	maxID := 0
	for i := range ms {
		maxID = max(maxID, ms[i].ID)
	}
	var x memberIndex
	if maxID < 1<<16 {
		x.byID = make([]int32, maxID+1)
		for i := range ms {
			if ms[i].ID >= 0 {
				x.byID[ms[i].ID] = int32(i + 1)
			}
		}
		return x
	}
	x.big = make(map[int]int, len(ms))
	for i := range ms {
		x.big[ms[i].ID] = i
	}
	return x
}

// of returns the index of member id, or -1.
func (x memberIndex) of(id int) int {
	if x.big != nil {
		if i, ok := x.big[id]; ok {
			return i
		}
		return -1
	}
	if id < 0 || id >= len(x.byID) {
		return -1
	}
	return int(x.byID[id]) - 1
}
