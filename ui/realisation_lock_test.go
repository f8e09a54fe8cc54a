package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
	"github.com/huisrooster/huisrooster/roster/pay"
)

// Issue 19, bug 9: after "Vergrendel" the per-member tab says why it is
// empty, in view, even when the unlocked table had been scrolled away from
// its top-left corner.
func TestSnagLockedMemberTabSaysWhy(t *testing.T) {
	v, _, now, _ := realisationFixture(t)
	*now = now.Add(time.Minute)
	if ok, _ := v.TryPIN("2580"); !ok {
		t.Fatal("the right PIN was refused")
	}
	v.tabs.SelectIndex(1)
	sc, ok := v.tabs.Items[1].Content.(*container.Scroll)
	if !ok {
		t.Fatalf("the per-member tab is a %T, not a scroll", v.tabs.Items[1].Content)
	}
	sc.ScrollToBottom()
	sc.Offset.X = 400 // the teamleider looked at the right-hand columns
	sc.Refresh()
	v.Lock()
	if got := texts(v.members); !strings.Contains(got, "pincode") {
		t.Fatalf("the locked tab does not say why it is empty:\n%s", got)
	}
	first := v.members.Objects[0]
	if sc.Offset.Y >= first.Position().Y+first.Size().Height || sc.Offset.X >= first.Position().X+first.Size().Width {
		t.Errorf("the explanation (%v at %v) is scrolled out of view: offset %v, view %v",
			first.Size(), first.Position(), sc.Offset, sc.Size())
	}
}

// Issue 19, bug 9: for a period still to come "Gerealiseerd" says "nog
// niet" instead of repeating "Gepland"; halfway it says up to which day.
func TestSnagRealisedNotInTheFuture(t *testing.T) {
	test.NewTempApp(t)
	if err := SetLanguage("nl"); err != nil {
		t.Fatal(err)
	}
	h := demo.House(monday)
	for _, tc := range []struct {
		today roster.Date
		want  string
	}{
		{monday - 30, "nog niet"},
		{monday + 14, "Gerealiseerd tot en met"},
	} {
		v := NewRealisationView(h, RealisationOptions{Today: tc.today, Lang: "nl"})
		v.SetPeriod(pay.PeriodCustom, roster.Window{From: monday, To: monday + 27})
		test.NewTempWindow(t, v.Content()).Resize(fyne.NewSize(1340, 720))
		if got := texts(v.overview); !strings.Contains(got, tc.want) {
			t.Errorf("today %v: the overview lacks %q:\n%s", tc.today, tc.want, got)
		}
	}
}

// Issue 19, bug 9: the last balance period of a 53-week year says plainly
// that it holds 5 weeks, not "4 weken … (5,0 weken)".
func TestSnagFiveWeekPeriodLabel(t *testing.T) {
	test.NewTempApp(t)
	if err := SetLanguage("nl"); err != nil {
		t.Fatal(err)
	}
	today := roster.NewDate(2026, 12, 21) // ISO 2026 has 53 weeks
	v := NewRealisationView(demo.House(monday), RealisationOptions{Today: today, Lang: "nl"})
	if w := v.win; w.Days() != 35 {
		t.Fatalf("the period around %v holds %d days, want the 5-week last period", today, w.Days())
	}
	got := v.label.Text
	if !strings.Contains(got, "periode van 5 weken (week 49–53)") || strings.Contains(got, "5,0") {
		t.Errorf("label %q", got)
	}
	v.SetPeriod(pay.PeriodFour, pay.PeriodOf(pay.PeriodFour, monday))
	if got := v.label.Text; !strings.Contains(got, "periode van 4 weken") {
		t.Errorf("a normal period reads %q", got)
	}
}
