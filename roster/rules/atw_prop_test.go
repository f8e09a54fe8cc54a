package rules

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// atwRandom fills b with a random plan for member 1 over the 6 weeks from
// mon: at most one shift a day (custom times at 15-minute steps, up to 14
// hours), some vacated by sick reports, and a few absences.
func atwRandom(r *rand.Rand, b *atwBuilder, mon roster.Date) {
	codes := []string{"V", "L", "N", "S", "I", "O", "X", "X0"}
	for d := mon; d < mon+42; d++ {
		if r.IntN(10) < 3 {
			continue
		}
		code := codes[r.IntN(len(codes))]
		if code == "X" || code == "X0" {
			st := r.IntN(96)
			en := (st + 8 + r.IntN(49)) % 96
			b.custom(d, code, roster.Clock(st*15).String(), roster.Clock(en*15).String())
		} else {
			b.on(d, code)
		}
		if r.IntN(10) == 0 {
			b.sick()
		}
	}
	for range r.IntN(3) {
		from := mon + roster.Date(r.IntN(42))
		b.absent(from, from+roster.Date(r.IntN(5)), roster.AbsenceKinds[r.IntN(len(roster.AbsenceKinds))], float64(r.IntN(3)*4))
	}
}

// atwBases are Mondays of 6-week spans holding the DST switches of 2026 and
// an ordinary one.
var atwBases = []roster.Date{roster.NewDate(2026, 3, 16), roster.NewDate(2026, 10, 12), atwMon}

// TestATWPropertyWeekHours compares ATW-WEEK (the 60-hour limit) with a naive
// sum over Shift.WorkHours, Plan.AbsenceOn and AbsenceHours.
func TestATWPropertyWeekHours(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for iter := range 300 {
		b := newATW(t)
		base := atwBases[iter%len(atwBases)]
		atwRandom(r, b, base)
		w := roster.Window{From: base + 14, To: base + 27}
		got := map[roster.Date]bool{}
		for _, f := range b.run(w, RuleATWWeek) {
			if strings.HasPrefix(f.NL, "te veel uren") {
				got[roster.DateOf(f.Start.In(roster.Amsterdam))] = true
			}
		}
		m := &b.h.Members[0]
		for mon := w.From; mon <= w.To; mon += 7 {
			hours, abs := 0.0, 0.0
			for _, s := range b.h.Shifts(roster.Window{From: mon, To: mon + 6}) {
				if !s.Worked() && b.h.Plan.AbsenceOn(1, s.Date) != nil {
					continue
				}
				hours += s.WorkHours()
			}
			for d := mon; d < mon+7; d++ {
				if a := b.h.Plan.AbsenceOn(1, d); a != nil {
					abs += roster.AbsenceHours(a, m, d)
				}
			}
			hours += min(abs, m.HoursOn(mon))
			if want := hours > 60+1e-9; got[mon] != want {
				t.Fatalf("iter %d, week %s: %.2f h, finding %v", iter, mon, hours, got[mon])
			}
		}
	}
}

// TestATWPropertyNightMinutes compares the night minutes of duties with a
// minute-by-minute walk in Amsterdam time, over the DST switches.
func TestATWPropertyNightMinutes(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for iter := range 120 {
		b := newATW(t)
		b.h.Settings.SleepRegime = roster.RegimeIrregular // every shift is work for the night rules
		base := atwBases[iter%len(atwBases)]
		atwRandom(r, b, base)
		c := newChecker(b.h, roster.Window{From: base + 14, To: base + 27})
		a := &atw{c: c, regular: false}
		a.days.fill(c.ext.From.Monday(), c.ext.To+9)
		a.ss = c.byMember[1]
		a.buildDuties()
		got := 0
		for _, d := range a.duties {
			got += d.nightMin
		}
		covered := map[time.Time]bool{}
		for _, s := range a.ss {
			if !s.Worked() {
				continue
			}
			for m := s.Start; m.Before(s.End); m = m.Add(time.Minute) {
				if m.In(roster.Amsterdam).Hour() < 6 {
					covered[m] = true
				}
			}
		}
		if got != len(covered) {
			t.Fatalf("iter %d: night minutes %d, want %d", iter, got, len(covered))
		}
	}
}

// TestATWPropertyFindings checks invariants of every ATW finding on random
// plans: it touches the window, names member 1, has both messages, and the
// result is the same on a second run.
func TestATWPropertyFindings(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for iter := range 300 {
		b := newATW(t)
		if iter%2 == 1 {
			b.h.Settings.SleepRegime = roster.RegimeIrregular
		}
		base := atwBases[iter%len(atwBases)]
		atwRandom(r, b, base)
		w := roster.Window{From: base + 14, To: base + 27}
		fs := b.run(w, "")
		ws, we := w.From.Start(), (w.To + 1).Start()
		for _, f := range fs {
			touches := f.Start.Before(we) && f.End.After(ws) || !f.Start.Before(ws) && f.Start.Before(we)
			if !touches || len(f.Members) != 1 || f.Members[0] != 1 || f.NL == "" || f.EN == "" ||
				!strings.HasPrefix(f.Rule, "ATW-") || f.End.Before(f.Start) {
				t.Fatalf("iter %d: bad finding %+v", iter, f)
			}
		}
		if again := b.run(w, ""); !reflect.DeepEqual(fs, again) {
			t.Fatalf("iter %d: not deterministic", iter)
		}
	}
}

// TestATWOddInput runs the rules on odd input: an inverted window, unknown
// shift codes, members without shifts, shifts of unknown members, and a
// member ID too large for the index slice.
func TestATWOddInput(t *testing.T) {
	b := newATW(t).on(atwMon, "V", "Q", "L", "V")
	b.onFor(99, atwMon, "V", "L")
	b.h.Members = append(b.h.Members, roster.Member{ID: 1 << 20, Name: "Groot", Role: roster.RoleOpvoeder})
	b.onFor(1<<20, atwMon, "L", "V")
	if fs := b.run(roster.Window{From: atwMon + 3, To: atwMon}, ""); len(fs) != 0 {
		t.Errorf("inverted window: %s", atwSummary(fs))
	}
	fs := b.run(roster.Week(atwMon), RuleATWRest)
	if len(fs) != 2 || fs[0].Members[0] != 1<<20 || fs[1].Members[0] != 1 { // by start: Monday, Wednesday
		t.Errorf("want one shortened rest for members 1 and %d:%s", 1<<20, atwSummary(fs))
	}
}
