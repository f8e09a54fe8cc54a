package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/container"
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
