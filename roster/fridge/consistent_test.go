package fridge

import (
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
)

// Issue 19, bug 10: on the demo week every member without a photo has a
// letter badge or none does, and the names of one row (the night pills
// among them) are set in one size.
func TestLayoutConsistentBadgesAndSizes(t *testing.T) {
	m := testMeasure(t)
	for _, monday := range []roster.Date{roster.NewDate(2026, 11, 30), week48} {
		wk := BuildWeek(demo.House(monday), monday)
		pg := layout(wk, nil, m)
		badges := map[bool][]string{}
		sizes := map[int]map[float64]string{}
		for _, tg := range pg.tags {
			if tg.more > 0 {
				continue
			}
			badges[tg.avatar] = append(badges[tg.avatar], tg.person.Name)
			if sizes[tg.slot] == nil {
				sizes[tg.slot] = map[float64]string{}
			}
			sizes[tg.slot][tg.size] = tg.person.Name
		}
		if len(badges[true]) > 0 && len(badges[false]) > 0 {
			t.Errorf("week of %v: badges for %v but not for %v", monday, badges[true], badges[false])
		}
		for slot, s := range sizes {
			if len(s) > 1 {
				t.Errorf("week of %v, row %d: names in %d sizes: %v", monday, slot, len(s), s)
			}
		}
	}
}

// Issue 19, bug 10: the sheet marks today, only today, only when it falls
// in the week.
func TestLayoutMarksToday(t *testing.T) {
	m := testMeasure(t)
	wk := BuildWeek(demo.House(week48), week48)
	count := func(pg *page) int {
		n := 0
		for _, o := range pg.ops {
			if o.text == "vandaag" {
				n++
			}
		}
		return n
	}
	if n := count(layoutOn(wk, nil, m, week48+2)); n != 1 {
		t.Errorf("today in the week: %d marks, want 1", n)
	}
	if n := count(layoutOn(wk, nil, m, week48+9)); n != 0 {
		t.Errorf("today outside the week: %d marks", n)
	}
}
