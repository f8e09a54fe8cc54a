package rules

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rostertest"
)

// custom adds an assignment of member on d to code with custom times.
func custom(h *roster.House, member int, d roster.Date, code string, start, end roster.Clock) {
	a := rostertest.Assign(h, member, d, code)
	a.Start, a.End = &start, &end
}

func TestDouble(t *testing.T) {
	tests := []struct {
		name  string
		setup func(h *roster.House)
		want  []string
	}{
		{"overlap on one day", func(h *roster.House) {
			rostertest.Assign(h, rostertest.Anna, tMon, "V")
			rostertest.Assign(h, rostertest.Anna, tMon, "D")
		}, []string{"Anna staat dubbel: V (ma 23 nov 07:00–15:00) en D (ma 23 nov 09:00–18:00)"}},
		{"back to back is fine", func(h *roster.House) {
			rostertest.Assign(h, rostertest.Anna, tMon, "V")
			rostertest.Assign(h, rostertest.Anna, tMon, "L")
		}, nil},
		{"night then early shift back to back", func(h *roster.House) {
			rostertest.Assign(h, rostertest.Anna, tMon, "S")
			rostertest.Assign(h, rostertest.Anna, tMon+1, "V")
		}, nil},
		{"night into the next day's shift", func(h *roster.House) {
			custom(h, rostertest.Anna, tMon, "W", roster.NewClock(23, 0), roster.NewClock(8, 0))
			rostertest.Assign(h, rostertest.Anna, tMon+1, "V")
		}, []string{"W (ma 23 nov 23:00–di 08:00) en V (di 24 nov 07:00–15:00)"}},
		{"the same shift twice", func(h *roster.House) {
			rostertest.Assign(h, rostertest.Bart, tMon, "L")
			rostertest.Assign(h, rostertest.Bart, tMon, "L")
		}, []string{"Bart staat twee keer op L (ma 23 nov 15:00–23:00)"}},
		{"a shift vacated by a sick report does not count", func(h *roster.House) {
			rostertest.Assign(h, rostertest.Anna, tMon, "V").State = roster.StateSick
			rostertest.Assign(h, rostertest.Anna, tMon, "D")
		}, nil},
		{"three overlapping shifts: three pairs", func(h *roster.House) {
			rostertest.Assign(h, rostertest.Anna, tMon, "V")
			rostertest.Assign(h, rostertest.Anna, tMon, "D")
			rostertest.Assign(h, rostertest.Anna, tMon, "O")
		}, []string{"D (ma 23 nov 09:00–18:00) en O", "V (ma 23 nov 07:00–15:00) en O", "V (ma 23 nov 07:00–15:00) en D"}},
		{"other members do not clash", func(h *roster.House) {
			rostertest.Assign(h, rostertest.Anna, tMon, "V")
			rostertest.Assign(h, rostertest.Bart, tMon, "V")
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := rostertest.House()
			tt.setup(h)
			fs := ofRule(checkWeek(h, tMon), RuleDouble)
			wantMessages(t, fs, tt.want...)
			for _, f := range fs {
				if f.Severity != SevError {
					t.Errorf("DOUBLE is %s, want error", f.Severity)
				}
			}
		})
	}
	t.Run("interval is the overlap", func(t *testing.T) {
		h := rostertest.House()
		rostertest.Assign(h, rostertest.Anna, tMon, "V")
		rostertest.Assign(h, rostertest.Anna, tMon, "D")
		f := ofRule(checkWeek(h, tMon), RuleDouble)[0]
		if !f.Start.Equal(tMon.Time(roster.NewClock(9, 0))) || !f.End.Equal(tMon.Time(roster.NewClock(15, 0))) {
			t.Errorf("overlap %v–%v, want 09:00–15:00", f.Start, f.End)
		}
	})
}

func TestAbsent(t *testing.T) {
	tests := []struct {
		name string
		kind roster.AbsenceKind
		from roster.Date
		to   roster.Date
		sick bool // the shift itself is vacated by a sick report
		want []string
	}{
		{"leave", roster.AbsLeave, tMon, tMon + 4, false, []string{"Anna is ma 23 nov met verlof, maar staat op dienst V"}},
		{"sick says only that", roster.AbsSick, tMon, tMon, false, []string{"Anna is ma 23 nov ziek gemeld, maar staat op dienst V"}},
		{"special leave", roster.AbsSpecial, tMon - 3, tMon, false, []string{"met bijzonder verlof"}},
		{"training", roster.AbsTraining, tMon, tMon, false, []string{"op opleiding"}},
		{"absence the day before", roster.AbsLeave, tMon - 1, tMon - 1, false, nil},
		{"absence the day after", roster.AbsLeave, tMon + 1, tMon + 2, false, nil},
		{"the sick report vacated the shift", roster.AbsSick, tMon, tMon, true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := rostertest.House()
			a := rostertest.Assign(h, rostertest.Anna, tMon, "V")
			if tt.sick {
				a.State = roster.StateSick
			}
			h.Plan.Absences = append(h.Plan.Absences, roster.Absence{Member: rostertest.Anna, From: tt.from, To: tt.to, Kind: tt.kind})
			fs := ofRuleSev(checkWeek(h, tMon), RuleAbsent, SevError)
			wantMessages(t, fs, tt.want...)
		})
	}
}

func TestRoleAndFlags(t *testing.T) {
	yes, no := true, false
	tests := []struct {
		name  string
		setup func(h *roster.House)
		want  []string // "error: …" or "warning: …"
	}{
		{"opvoeder on group shifts", func(h *roster.House) {
			rostertest.Assign(h, rostertest.Anna, tMon, "V")
			rostertest.Assign(h, rostertest.Bart, tMon, "L")
		}, nil},
		{"huishoudelijk on counting shifts: one warning per week", func(h *roster.House) {
			rostertest.Assign(h, rostertest.Huub, tMon, "V")
			rostertest.Assign(h, rostertest.Huub, tMon+2, "L")
		}, []string{"warning: Huub (huishoudelijk) staat 2026-W48 2× op een dienst die meetelt (V, L): mag meewerken, maar telt nooit mee als opvoeder"}},
		{"stagiair off the group is fine", func(h *roster.House) {
			rostertest.Assign(h, rostertest.Sam, tMon, "O")
		}, nil},
		{"stagiair on a sleep shift", func(h *roster.House) {
			h.Members[3].Nights = true
			rostertest.Assign(h, rostertest.Sam, tMon, "S")
		}, []string{"warning: Sam (stagiair) staat 2026-W48 1× op een dienst die meetelt (S)"}},
		{"stagiair in two weeks", func(h *roster.House) {
			rostertest.Assign(h, rostertest.Sam, tMon, "D")
			rostertest.Assign(h, rostertest.Sam, tMon+7, "D")
		}, []string{"warning: Sam (stagiair) staat 2026-W48", "warning: Sam (stagiair) staat 2026-W49"}},
		{"counts override on huishoudelijk", func(h *roster.House) {
			h.Members[2].Counts = &yes
		}, []string{"error: Huub (huishoudelijk) staat op 'telt mee als opvoeder', maar een huishoudelijk telt nooit mee"}},
		{"counts override false on huishoudelijk", func(h *roster.House) {
			h.Members[2].Counts = &no
		}, nil},
		{"counts override on an opvoeder", func(h *roster.House) {
			h.Members[1].Counts = &yes
		}, nil},
		{"awake night without the night flag", func(h *roster.House) {
			rostertest.Assign(h, rostertest.Bart, tMon, "W")
		}, []string{"error: Bart doet geen nachtdiensten, maar staat ma 23 nov op W"}},
		{"awake night with the night flag", func(h *roster.House) {
			rostertest.Assign(h, rostertest.Anna, tMon, "W")
		}, nil},
		{"sleep shift needs no night flag", func(h *roster.House) {
			rostertest.Assign(h, rostertest.Bart, tMon, "S")
		}, nil},
		{"live-in duty by a member who does not live in", func(h *roster.House) {
			rostertest.Assign(h, rostertest.Anna, tMon, "I")
		}, []string{"error: Anna woont niet in, maar staat ma 23 nov op inwonende nachtdienst I"}},
		{"live-in duty by a live-in member", func(h *roster.House) {
			h.Members[0].LiveIn = true
			rostertest.Assign(h, rostertest.Anna, tMon, "I")
		}, nil},
		{"live-in duty without nights and not living in", func(h *roster.House) {
			rostertest.Assign(h, rostertest.Bart, tMon, "I")
		}, []string{"error: Bart doet geen nachtdiensten", "error: Bart woont niet in"}},
		{"sleep shift with the no-sleep-shift flag", func(h *roster.House) {
			h.Members[0].NoSleepShifts = true
			rostertest.Assign(h, rostertest.Anna, tMon, "S")
		}, []string{"error: Anna doet geen slaapdiensten, maar staat ma 23 nov op S"}},
		{"pregnant on an awake night", func(h *roster.House) {
			h.Members[0].Pregnant = true
			rostertest.Assign(h, rostertest.Anna, tMon, "W")
		}, []string{"error: Anna hoeft geen nachtdiensten te doen (zwangerschap)"}},
		{"pregnant on a late shift", func(h *roster.House) {
			h.Members[0].Pregnant = true
			rostertest.Assign(h, rostertest.Anna, tMon, "L")
		}, nil},
		{"pregnant until 01:00: exactly an hour of night work", func(h *roster.House) {
			h.Members[0].Pregnant = true
			custom(h, rostertest.Anna, tMon, "L", roster.NewClock(18, 0), roster.NewClock(1, 0))
		}, nil},
		{"pregnant until 01:01: night work", func(h *roster.House) {
			h.Members[0].Pregnant = true
			custom(h, rostertest.Anna, tMon, "L", roster.NewClock(18, 0), roster.NewClock(1, 1))
		}, []string{"error: Anna hoeft geen nachtdiensten"}},
		{"flags do not apply to a vacated shift", func(h *roster.House) {
			rostertest.Assign(h, rostertest.Bart, tMon, "W").State = roster.StateSick
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := rostertest.House()
			tt.setup(h)
			fs := ofRule(CheckAt(h, roster.Window{From: tMon, To: tMon + 13}, 0), RuleRole)
			wantSevMessages(t, fs, tt.want)
		})
	}
}

// wantSevMessages is wantMessages with a "severity: " prefix on each want.
func wantSevMessages(t *testing.T, fs []Finding, want []string) {
	t.Helper()
	var msgs []string
	for i, w := range want {
		sev, msg, _ := strings.Cut(w, ": ")
		msgs = append(msgs, msg)
		if i < len(fs) && fs[i].Severity.String() != sev {
			t.Errorf("finding %d %q is %s, want %s", i, fs[i].NL, fs[i].Severity, sev)
		}
	}
	wantMessages(t, fs, msgs...)
}

func TestInactive(t *testing.T) {
	tests := []struct {
		name  string
		setup func(h *roster.House)
		want  []string
	}{
		{"active", func(h *roster.House) { rostertest.Assign(h, rostertest.Anna, tMon, "V") }, nil},
		{"left the day before", func(h *roster.House) {
			left := tMon - 1
			h.Members[0].ActiveTo = &left
			rostertest.Assign(h, rostertest.Anna, tMon, "V")
		}, []string{"Anna is ma 23 nov geen teamlid (actief … – 2026-11-22), maar staat op dienst V"}},
		{"last day is still active", func(h *roster.House) {
			left := tMon
			h.Members[0].ActiveTo = &left
			rostertest.Assign(h, rostertest.Anna, tMon, "V")
		}, nil},
		{"starts the day after", func(h *roster.House) {
			from := tMon + 1
			h.Members[0].ActiveFrom = &from
			rostertest.Assign(h, rostertest.Anna, tMon, "V")
		}, []string{"(actief 2026-11-24 – …)"}},
		{"unknown member", func(h *roster.House) { rostertest.Assign(h, 99, tMon, "V") }, []string{"onbekend teamlid #99 staat ma 23 nov op V"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := rostertest.House()
			tt.setup(h)
			fs := ofRuleSev(checkWeek(h, tMon), RuleInactive, SevError)
			wantMessages(t, fs, tt.want...)
		})
	}
}

func TestWish(t *testing.T) {
	tests := []struct {
		name string
		wish roster.Wish
		sick bool
		want []string
	}{
		{"cannot, whole day", roster.Wish{Member: rostertest.Anna, Date: tMon, Kind: roster.WishCannot},
			false, []string{"error: Anna: wens 'kan niet' (de hele dag) op ma 23 nov niet gehonoreerd: staat op V"}},
		{"cannot, that shift", roster.Wish{Member: rostertest.Anna, Date: tMon, Shift: "V", Kind: roster.WishCannot},
			false, []string{"error: wens 'kan niet' (dienst V)"}},
		{"cannot, another shift", roster.Wish{Member: rostertest.Anna, Date: tMon, Shift: "L", Kind: roster.WishCannot}, false, nil},
		{"cannot, another day", roster.Wish{Member: rostertest.Anna, Date: tMon + 1, Kind: roster.WishCannot}, false, nil},
		{"cannot, another member", roster.Wish{Member: rostertest.Bart, Date: tMon, Kind: roster.WishCannot}, false, nil},
		{"rather not", roster.Wish{Member: rostertest.Anna, Date: tMon, Kind: roster.WishRatherNot},
			false, []string{"warning: wens 'liever niet' (de hele dag)"}},
		{"prefer is no finding", roster.Wish{Member: rostertest.Anna, Date: tMon, Kind: roster.WishPrefer}, false, nil},
		{"the shift was vacated", roster.Wish{Member: rostertest.Anna, Date: tMon, Kind: roster.WishCannot}, true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := rostertest.House()
			rostertest.Assign(h, rostertest.Anna, tMon, "V").State = map[bool]roster.AssignState{true: roster.StateSick}[tt.sick]
			h.Plan.Wishes = append(h.Plan.Wishes, tt.wish)
			wantSevMessages(t, ofRule(checkWeek(h, tMon), RuleWish), tt.want)
		})
	}
}

func TestPublish(t *testing.T) {
	fixed := func(from, to roster.Date) func(h *roster.House) {
		return func(h *roster.House) {
			h.Plan.Periods = append(h.Plan.Periods, roster.Period{From: from, To: to, State: roster.PeriodFixed})
		}
	}
	tests := []struct {
		name  string
		win   roster.Window
		today roster.Date
		setup func(h *roster.House)
		want  []string
	}{
		{"28 days ahead is outside", roster.Week(tMon), tMon - 28, nil, nil},
		{"27 days ahead is inside", roster.Week(tMon), tMon - 27, nil,
			[]string{"2026-W48 is nog niet vastgesteld en begint over 27 dagen; het rooster moet 28 dagen vooraf bekend zijn"}},
		{"one day ahead", roster.Week(tMon), tMon - 1, nil, []string{"begint over 1 dag;"}},
		{"two weeks in the window", roster.Window{From: tMon, To: tMon + 13}, tMon - 10, nil, []string{"2026-W48", "2026-W49"}},
		{"a fixed week is fine", roster.Window{From: tMon, To: tMon + 13}, tMon - 10, fixed(tMon, tMon+6), []string{"2026-W49"}},
		{"fixed but for the Sunday", roster.Week(tMon), tMon - 10, fixed(tMon, tMon+5), []string{"2026-W48"}},
		{"a week that has begun", roster.Week(tMon), tMon + 2, nil, []string{"2026-W48 is al begonnen en nog niet vastgesteld"}},
		{"a week that has ended", roster.Week(tMon), tMon + 7, nil, nil},
		{"publish days 7", roster.Week(tMon), tMon - 8, func(h *roster.House) { h.Settings.PublishDays = 7 }, nil},
		{"publish days 0 means 28", roster.Week(tMon), tMon - 20, func(h *roster.House) { h.Settings.PublishDays = 0 }, []string{"28 dagen vooraf"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := rostertest.House()
			if tt.setup != nil {
				tt.setup(h)
			}
			fs := ofRuleSev(CheckAt(h, tt.win, tt.today), RuleATWPublish, SevWarning)
			wantMessages(t, fs, tt.want...)
		})
	}
}

// TestDoubleMatchesNaive compares DOUBLE with a plain pairwise comparison of
// every two worked shifts on random plans with custom times.
func TestDoubleMatchesNaive(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	codes := []string{"V", "L", "D", "S", "W", "O"}
	total := 0
	for iter := range 300 {
		h := rostertest.House()
		for range r.IntN(25) {
			a := rostertest.Assign(h, rostertest.Anna, tMon-3+roster.Date(r.IntN(14)), codes[r.IntN(len(codes))])
			if r.IntN(3) == 0 {
				s, e := roster.Clock(r.IntN(96)*15), roster.Clock(r.IntN(96)*15)
				a.Start, a.End = &s, &e
			}
			if r.IntN(8) == 0 {
				a.State = roster.StateSick
			}
		}
		w := roster.Week(tMon)
		want := 0
		as := h.Plan.Assignments
		for i := range as {
			for j := i + 1; j < len(as); j++ {
				a, _ := h.ResolveAssignment(&as[i])
				b, _ := h.ResolveAssignment(&as[j])
				if !a.Worked() || !b.Worked() || !a.Start.Before(b.End) || !b.Start.Before(a.End) {
					continue
				}
				s, e := a.Start, a.End
				if b.Start.After(s) {
					s = b.Start
				}
				if b.End.Before(e) {
					e = b.End
				}
				if s.Before(w.To.AddDays(1).Start()) && e.After(w.From.Start()) {
					want++
				}
			}
		}
		got := len(ofRule(CheckAt(h, w, 0), RuleDouble))
		if got != want {
			t.Fatalf("iteration %d: %d DOUBLE findings, want %d", iter, got, want)
		}
		total += want
	}
	if total < 100 {
		t.Errorf("only %d overlaps in 300 random plans", total)
	}
}
