package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
	"github.com/huisrooster/huisrooster/roster/rostertest"
)

func TestChooseStart(t *testing.T) {
	tests := []struct {
		last            string
		hasOwn, hasDemo bool
		want            string
	}{
		{"", false, false, StartWelcome},
		{"", true, false, StartOwn},
		{"", false, true, StartDemo},
		{"", true, true, StartOwn},
		{StartDemo, true, true, StartDemo},
		{StartDemo, true, false, StartOwn}, // the demo file was removed
		{StartOwn, false, true, StartDemo},
		{StartDemo, false, false, StartWelcome},
	}
	for _, tt := range tests {
		if got := ChooseStart(tt.last, tt.hasOwn, tt.hasDemo); got != tt.want {
			t.Errorf("ChooseStart(%q, %v, %v) = %q, want %q", tt.last, tt.hasOwn, tt.hasDemo, got, tt.want)
		}
	}
}

// closingStore records whether it was closed.
type closingStore struct {
	*MemStore
	closed bool
}

func (s *closingStore) Close() error { s.closed = true; return nil }

// fakeHouses are the two roster files in memory.
type fakeHouses struct {
	own, demo *closingStore
	created   *roster.House
}

func (f *fakeHouses) houses() Houses {
	return Houses{
		HasOwn:  func() bool { return f.own != nil },
		HasDemo: func() bool { return f.demo != nil },
		OpenOwn: func() (roster.Store, error) { f.own.closed = false; return f.own, nil },
		CreateOwn: func(h *roster.House) (roster.Store, error) {
			f.created = cloneHouse(h)
			f.own = &closingStore{MemStore: NewMemStore(h)}
			return f.own, nil
		},
		OpenDemo: func() (roster.Store, error) {
			if f.demo == nil {
				f.demo = &closingStore{MemStore: NewMemStore(demo.House(monday))}
			}
			f.demo.closed = false
			return f.demo, nil
		},
	}
}

// launch starts a launcher over f in a test app.
func launch(t *testing.T, f *fakeHouses) (*Launcher, fyne.App) {
	t.Helper()
	fa := test.NewTempApp(t)
	l, err := Launch(fa, f.houses(), Options{Lang: "nl", Today: monday, Size: fyne.NewSize(1366, 768)})
	if err != nil {
		t.Fatal(err)
	}
	return l, fa
}

func TestWelcomeDemo(t *testing.T) {
	f := &fakeHouses{}
	l, fa := launch(t, f)
	if l.Welcome() == nil || l.App() != nil || l.Welcome().Demo.Text != "Open het demohuis" || l.Welcome().Setup.Text != "Ons huis inrichten" {
		t.Fatalf("first start: welcome %v, app %v", l.Welcome(), l.App())
	}
	test.Tap(l.Welcome().Demo)
	if l.App() == nil || l.Current() != StartDemo || f.demo == nil || l.App().Editor().House().Name != "De Linde" {
		t.Fatalf("after the demo choice: app %v, current %q", l.App(), l.Current())
	}
	if p := fa.Preferences().String(PrefHouse); p != StartDemo {
		t.Errorf("preference %q, want demo", p)
	}
	// The settings menu offers to set up the own house.
	items := l.houseMenu()
	if len(items) != 1 || items[0].Label != "Ons huis inrichten…" {
		t.Errorf("house menu in the demo: %v", items)
	}
}

func TestWelcomeSetUp(t *testing.T) {
	f := &fakeHouses{}
	l, _ := launch(t, f)
	test.Tap(l.Welcome().Setup)
	wiz := l.Wizard()
	if wiz == nil {
		t.Fatal("no wizard after Set up our house")
	}
	wiz.rules.name.SetText("Het Anker")
	next(t, wiz)
	if err := addMember(wiz, "Anna de Vries", roster.RoleOpvoeder, "36", true); err != nil {
		t.Fatal(err)
	}
	for wiz.Step() < 5 {
		next(t, wiz)
	}
	next(t, wiz) // create
	if f.created == nil || f.created.Name != "Het Anker" || len(f.created.Members) != 1 {
		t.Fatalf("created %v", f.created)
	}
	if l.Current() != StartOwn || l.App() == nil || l.App().Editor().House().Name != "Het Anker" {
		t.Fatalf("after set-up: current %q", l.Current())
	}
}

func TestLaunchSwitchesHouses(t *testing.T) {
	f := &fakeHouses{own: &closingStore{MemStore: NewMemStore(rostertest.SmallHouse())}}
	l, fa := launch(t, f)
	if l.Current() != StartOwn || l.Welcome() != nil {
		t.Fatalf("with an own house: current %q", l.Current())
	}
	items := l.houseMenu()
	if len(items) != 1 || items[0].Label != "Demohuis openen" {
		t.Fatalf("house menu: %v", items)
	}
	items[0].Action()
	// The window's own menu offers the way back.
	l.App().ChooseUser("Marieke van Leeuwen")
	if it := houseMenuItem(l.App().Window().MainMenu(), "Ons eigen huis openen"); it == nil {
		t.Error("the demo's settings menu has no Ons eigen huis openen")
	}
	l.OpenDemo() // already open: nothing happens
	if f.demo.closed || l.Current() != StartDemo {
		t.Error("opening the open demo again closed it")
	}
	if l.Current() != StartDemo || !f.own.closed || f.demo.closed {
		t.Fatalf("after switching to the demo: current %q, own closed %v, demo closed %v", l.Current(), f.own.closed, f.demo.closed)
	}
	if items := l.houseMenu(); items[0].Label != "Ons eigen huis openen" {
		t.Errorf("house menu in the demo with an own house: %q", items[0].Label)
	}
	// The next start opens the demo again: it was used last.
	l2, err := Launch(fa, f.houses(), Options{Lang: "nl", Today: monday})
	if err != nil || l2.Current() != StartDemo {
		t.Fatalf("next start: %q, %v", l2.Current(), err)
	}
	l.OpenOwn()
	if l.Current() != StartOwn || !f.demo.closed || l.App().Editor().House().Name != "Het Testhuis" {
		t.Errorf("back to the own house: current %q, demo closed %v", l.Current(), f.demo.closed)
	}
}

// TestLaunchOwnEmpty: an own file without a house (a set-up that did not
// finish) shows the welcome screen.
func TestLaunchOwnEmpty(t *testing.T) {
	fa := test.NewTempApp(t)
	h := (&fakeHouses{}).houses()
	h.HasOwn = func() bool { return true }
	h.OpenOwn = func() (roster.Store, error) { return nil, ErrNoHouse }
	l, err := Launch(fa, h, Options{Lang: "nl", Today: monday})
	if err != nil || l.Welcome() == nil {
		t.Fatalf("empty own file: welcome %v, err %v", l.Welcome(), err)
	}
}

// houseMenuItem returns the item labelled label in any menu of mm, or nil.
func houseMenuItem(mm *fyne.MainMenu, label string) *fyne.MenuItem {
	if mm == nil {
		return nil
	}
	for _, m := range mm.Items {
		for _, it := range m.Items {
			if it.Label == label {
				return it
			}
		}
	}
	return nil
}

// TestSetUpFromDemo: in the demo, "Set up our house" runs the wizard in its
// own window; the new house replaces the demo.
func TestSetUpFromDemo(t *testing.T) {
	f := &fakeHouses{}
	l, _ := launch(t, f)
	test.Tap(l.Welcome().Demo)
	l.OpenOwn()
	wiz := l.Wizard()
	if wiz == nil || l.Current() != StartDemo {
		t.Fatalf("wizard %v, current %q", wiz, l.Current())
	}
	wiz.rules.name.SetText("Het Anker")
	next(t, wiz)
	if err := addMember(wiz, "Anna de Vries", roster.RoleOpvoeder, "36", false); err != nil {
		t.Fatal(err)
	}
	for wiz.Step() < 5 {
		next(t, wiz)
	}
	next(t, wiz)
	if l.Current() != StartOwn || !f.demo.closed || f.created == nil || l.Wizard() != nil {
		t.Errorf("after set-up from the demo: current %q, demo closed %v", l.Current(), f.demo.closed)
	}
}
