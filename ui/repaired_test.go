package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
)

// repairedStore is a roster whose opening repaired names (store.Store
// reports them through Repairs).
type repairedStore struct {
	*closingStore
	repairs []roster.Problem
}

func (s *repairedStore) Repairs() []roster.Problem { return s.repairs }

// TestOpenTellsRepairs: when opening repaired the house, the app says so
// in one dialog, in the user's language only, and opens the house as usual.
func TestOpenTellsRepairs(t *testing.T) {
	for _, c := range []struct{ code, want, not string }{
		{"nl", "Rooster gerepareerd", "repaired"},
		{"en", "Roster repaired", "gerepareerd"},
	} {
		t.Run(c.code, func(t *testing.T) {
			f := &fakeHouses{own: &closingStore{MemStore: NewMemStore(demo.House(monday))}}
			h := f.houses()
			h.OpenOwn = func() (roster.Store, error) {
				return &repairedStore{closingStore: f.own, repairs: []roster.Problem{{Field: "members[0].name",
					NL: `naam "Anna de Vries": stuurtekens weggehaald`, EN: `name "Anna de Vries": control characters removed`}}}, nil
			}
			fa := test.NewTempApp(t)
			fa.Preferences().SetString(PrefHouse, StartOwn)
			l, err := Launch(fa, h, Options{Lang: c.code, Who: "Anna de Vries", Today: monday, Size: fyne.NewSize(1366, 768)})
			if err != nil {
				t.Fatal(err)
			}
			if l.App() == nil || l.Current() != StartOwn {
				t.Fatal("the repaired house did not open")
			}
			text, _ := overlayTexts(t, l.Window())
			if !strings.Contains(text, c.want) || !strings.Contains(text, "Anna de Vries") || strings.Contains(text, c.not) {
				t.Errorf("dialog = %q, want %q with the repaired name, not %q", text, c.want, c.not)
			}
		})
	}
}

// TestOpenWithoutRepairsNoDialog: a roster that needed no repair opens
// without that dialog.
func TestOpenWithoutRepairsNoDialog(t *testing.T) {
	f := &fakeHouses{own: &closingStore{MemStore: NewMemStore(demo.House(monday))}}
	fa := test.NewTempApp(t)
	fa.Preferences().SetString(PrefHouse, StartOwn)
	l, err := Launch(fa, f.houses(), Options{Lang: "nl", Who: "Anna de Vries", Today: monday, Size: fyne.NewSize(1366, 768)})
	if err != nil {
		t.Fatal(err)
	}
	if text, _ := overlayTexts(t, l.Window()); strings.Contains(text, "gerepareerd") {
		t.Errorf("a repair dialog without repairs: %q", text)
	}
}
