package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
)

// problemStore is a roster whose house breaks rules opening did not repair
// (store.Store reports them through Problems).
type problemStore struct {
	*closingStore
	problems []roster.Problem
}

func (s *problemStore) Problems() []roster.Problem { return s.problems }

// TestOpenTellsProblems: a house that breaks a rule opening cannot repair
// opens as usual (no damage screen); one dialog, in the user's language
// only, lists each problem with its path and where to fix it.
func TestOpenTellsProblems(t *testing.T) {
	probs := []roster.Problem{{Field: "children", NL: "aantal kinderen 7 ligt niet tussen 4 en 6", EN: "7 children is not between 4 and 6"},
		{Field: "shiftTypes[1].breakMin", NL: "pauze 500 min moet korter dan de dienst", EN: "break 500 min must be shorter than the shift"}}
	for _, c := range []struct {
		code string
		want []string
		not  string
	}{
		{"nl", []string{"houdt zich niet aan alle regels", "children: aantal kinderen 7", "Instellingen > Huis en regels",
			"shiftTypes[1].breakMin", "Instellingen > Diensten", "niets veranderd"}, "Settings"},
		{"en", []string{"breaks some rules", "children: 7 children", "Settings > House and rules",
			"shiftTypes[1].breakMin", "Settings > Shift types", "nothing was changed"}, "Instellingen"},
	} {
		t.Run(c.code, func(t *testing.T) {
			f := &fakeHouses{own: &closingStore{MemStore: NewMemStore(demo.House(monday))}}
			h := f.houses()
			h.OpenOwn = func() (roster.Store, error) {
				return &problemStore{closingStore: f.own, problems: probs}, nil
			}
			fa := test.NewTempApp(t)
			fa.Preferences().SetString(PrefHouse, StartOwn)
			l, err := Launch(fa, h, Options{Lang: c.code, Who: "Anna de Vries", Today: monday, Size: fyne.NewSize(1366, 768)})
			if err != nil {
				t.Fatal(err)
			}
			if l.App() == nil || l.Current() != StartOwn {
				t.Fatal("the house with reported problems did not open")
			}
			text, _ := overlayTexts(t, l.Window())
			for _, w := range c.want {
				if !strings.Contains(text, w) {
					t.Errorf("dialog lacks %q: %q", w, text)
				}
			}
			if strings.Contains(text, c.not) {
				t.Errorf("dialog mixes languages (%q): %q", c.not, text)
			}
		})
	}
}
