package pay

import (
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// ortShift returns a shift of kind k on d from start to end (clock times).
func ortShift(d roster.Date, start, end roster.Clock, breakMin int, k roster.ShiftKind) roster.Shift {
	s, e := roster.Span(d, start, end)
	return roster.Shift{Date: d, Kind: k, Start: s, End: e, BreakMin: breakMin}
}

// ortByPct returns the hours of s per percentage.
func ortByPct(t *testing.T, c *ORTCalc, s roster.Shift) (map[float64]float64, float64) {
	t.Helper()
	dst := make([]float64, len(c.Percents()))
	sleep := c.AddShift(dst, &s)
	out := map[float64]float64{}
	for i, h := range dst {
		if h != 0 {
			out[c.Percents()[i]] = h
		}
	}
	return out, sleep
}

func TestORTHandComputed(t *testing.T) {
	set := roster.DefaultSettings(6)
	c := NewORTCalc(&set, roster.Window{From: roster.NewDate(2026, 1, 1), To: roster.NewDate(2026, 12, 31)})
	cl := roster.NewClock
	tests := []struct {
		name  string
		s     roster.Shift
		want  map[float64]float64
		sleep float64
	}{
		{"tuesday late 15-23", ortShift(roster.NewDate(2026, 11, 24), cl(15, 0), cl(23, 0), 0, roster.KindGroup),
			map[float64]float64{0: 4, 25: 3, 45: 1}, 0},
		{"tuesday late with 30 min break from the 0% part", ortShift(roster.NewDate(2026, 11, 24), cl(15, 0), cl(23, 0), 30, roster.KindGroup),
			map[float64]float64{0: 3.5, 25: 3, 45: 1}, 0},
		{"saturday late 15-23", ortShift(roster.NewDate(2026, 11, 28), cl(15, 0), cl(23, 0), 0, roster.KindGroup),
			map[float64]float64{30: 7, 45: 1}, 0},
		{"saturday late with break: no 0% hours, so from 30%", ortShift(roster.NewDate(2026, 11, 28), cl(15, 0), cl(23, 0), 30, roster.KindGroup),
			map[float64]float64{30: 6.5, 45: 1}, 0},
		{"koningsdag (monday 27 april 2026) 15-23", ortShift(roster.NewDate(2026, 4, 27), cl(15, 0), cl(23, 0), 0, roster.KindGroup),
			map[float64]float64{45: 8}, 0},
		{"goede vrijdag 2026-04-03 is no holiday", ortShift(roster.NewDate(2026, 4, 3), cl(15, 0), cl(23, 0), 0, roster.KindGroup),
			map[float64]float64{0: 4, 25: 3, 45: 1}, 0},
		{"eerste kerstdag (friday) early", ortShift(roster.NewDate(2026, 12, 25), cl(7, 0), cl(15, 0), 0, roster.KindGroup),
			map[float64]float64{45: 8}, 0},
		{"weekday early 06-14", ortShift(roster.NewDate(2026, 11, 25), cl(6, 0), cl(14, 0), 0, roster.KindGroup),
			map[float64]float64{0: 7, 25: 1}, 0},
		{"sunday day shift", ortShift(roster.NewDate(2026, 11, 29), cl(9, 0), cl(17, 30), 30, roster.KindGroup),
			map[float64]float64{45: 8}, 0},
		{"sleep shift: no ORT", ortShift(roster.NewDate(2026, 11, 24), cl(23, 0), cl(7, 0), 0, roster.KindSleep),
			map[float64]float64{}, 8},
		{"live-in night: no ORT", ortShift(roster.NewDate(2026, 11, 28), cl(23, 0), cl(7, 0), 0, roster.KindLiveIn),
			map[float64]float64{}, 8},
		{"awake night friday into saturday", ortShift(roster.NewDate(2026, 11, 27), cl(23, 0), cl(7, 0), 0, roster.KindAwakeNight),
			map[float64]float64{45: 7, 30: 1}, 0},
		{"awake night, DST end 2026-10-24: 9 real hours", ortShift(roster.NewDate(2026, 10, 24), cl(23, 0), cl(7, 0), 0, roster.KindAwakeNight),
			map[float64]float64{45: 9}, 0},
		{"awake night, DST start 2026-03-28: 7 real hours", ortShift(roster.NewDate(2026, 3, 28), cl(23, 0), cl(7, 0), 0, roster.KindAwakeNight),
			map[float64]float64{45: 7}, 0},
		{"awake night tuesday into wednesday: break from the lowest band, 25%", ortShift(roster.NewDate(2026, 11, 24), cl(23, 0), cl(7, 0), 30, roster.KindAwakeNight),
			map[float64]float64{45: 7, 25: 0.5}, 0},
		{"sleep shift over DST end: 9 sleep hours", ortShift(roster.NewDate(2026, 10, 24), cl(23, 0), cl(7, 0), 0, roster.KindSleep),
			map[float64]float64{}, 9},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, sleep := ortByPct(t, c, tt.s)
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for p, h := range tt.want {
				if math.Abs(got[p]-h) > 1e-9 {
					t.Errorf("%v%%: %v h, want %v h (all: %v)", p, got[p], h, got)
				}
			}
			if math.Abs(sleep-tt.sleep) > 1e-9 {
				t.Errorf("sleep hours %v, want %v", sleep, tt.sleep)
			}
		})
	}
}

func TestORTSickShiftNotWorked(t *testing.T) {
	set := roster.DefaultSettings(6)
	c := NewORTCalc(&set, roster.Window{From: roster.NewDate(2026, 11, 1), To: roster.NewDate(2026, 11, 30)})
	s := ortShift(roster.NewDate(2026, 11, 24), roster.NewClock(15, 0), roster.NewClock(23, 0), 0, roster.KindGroup)
	s.State = roster.StateSick
	got, sleep := ortByPct(t, c, s)
	if len(got) != 0 || sleep != 0 {
		t.Errorf("sick shift gave %v and %v sleep hours", got, sleep)
	}
}

func TestORTWeighted(t *testing.T) {
	// 3 h at 25% and 1 h at 45% are 1.2 hours of pay.
	if got := ORTWeighted([]float64{4, 3, 1}, []float64{0, 25, 45}); math.Abs(got-1.2) > 1e-12 {
		t.Errorf("weighted = %v, want 1.2", got)
	}
}

// refORT is the reference: walk the shift minute by minute on real instants,
// look up the local date and clock of each minute and the highest band that
// holds it, then take the break from the lowest percentages first.
func refORT(set *roster.Settings, hol roster.HolidaySet, percents []float64, s roster.Shift) []float64 {
	out := make([]float64, len(percents))
	for t := s.Start; t.Before(s.End); t = t.Add(time.Minute) {
		lt := t.In(roster.Amsterdam)
		d := roster.DateOf(lt)
		clk := roster.Clock(lt.Hour()*60 + lt.Minute())
		dt := hol.DayTypeOf(d)
		best := 0.0
		for _, b := range set.ORT {
			for _, x := range b.Days {
				if x == dt && clk >= b.Start && clk < b.End && b.Percent > best {
					best = b.Percent
				}
			}
		}
		for i, p := range percents {
			if p == best {
				out[i] += 1.0 / 60
			}
		}
	}
	brk := float64(s.BreakMin) / 60
	for i := range out {
		take := min(brk, out[i])
		out[i] -= take
		brk -= take
	}
	return out
}

// TestORTProperty compares AddShift with the minute-by-minute reference on
// random shifts over two years, DST nights and holidays included, with the
// demo table and with a table of odd, overlapping bands.
func TestORTProperty(t *testing.T) {
	w := roster.Window{From: roster.NewDate(2026, 1, 1), To: roster.NewDate(2027, 12, 31)}
	odd := roster.DefaultSettings(6)
	odd.ORT = append(odd.ORT,
		roster.ORTBand{Days: []roster.DayType{roster.DayWeekday}, Start: roster.NewClock(12, 15), End: roster.NewClock(13, 45), Percent: 10},
		roster.ORTBand{Days: []roster.DayType{roster.DaySaturday, roster.DaySunday}, Start: roster.NewClock(21, 0), End: roster.NewClock(23, 30), Percent: 60},
	)
	for _, set := range []roster.Settings{roster.DefaultSettings(6), odd} {
		c := NewORTCalc(&set, w)
		r := rand.New(rand.NewPCG(7, 11))
		for range 400 {
			d := w.From + roster.Date(r.IntN(w.Days()))
			if r.IntN(8) == 0 { // nights around the DST switches
				d = []roster.Date{roster.NewDate(2026, 3, 28), roster.NewDate(2026, 10, 24), roster.NewDate(2027, 3, 27), roster.NewDate(2027, 10, 30)}[r.IntN(4)]
			}
			start := roster.Clock(r.IntN(96) * 15)
			end := roster.Clock(r.IntN(96) * 15)
			s := ortShift(d, start, end, []int{0, 15, 30, 45}[r.IntN(4)], roster.KindGroup)
			if float64(s.BreakMin)/60 > s.Duration().Hours() {
				continue
			}
			got := make([]float64, len(c.Percents()))
			c.AddShift(got, &s)
			want := refORT(&set, c.Holidays(), c.Percents(), s)
			sum := 0.0
			for i := range got {
				sum += got[i]
				if math.Abs(got[i]-want[i]) > 1e-6 {
					t.Fatalf("%s %s–%s break %d: got %v, reference %v", d, start, end, s.BreakMin, got, want)
				}
			}
			if math.Abs(sum-s.WorkHours()) > 1e-6 {
				t.Fatalf("%s %s–%s: ORT hours sum to %v, work hours %v", d, start, end, sum, s.WorkHours())
			}
		}
	}
}
