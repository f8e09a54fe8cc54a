package ui

import (
	"errors"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
)

// errBroken stands for the store's ErrDamaged.
var errBroken = errors.New("het roosterbestand is beschadigd / the roster file is damaged")

// damagedHouses are fake roster files whose own house is damaged until
// restore is called; restoreErr makes the restore fail.
func damagedHouses(f *fakeHouses, withBackup bool, restoreErr error) (Houses, *int) {
	h := f.houses()
	broken, restores := true, 0
	open := h.OpenOwn
	h.OpenOwn = func() (roster.Store, error) {
		if broken {
			return nil, errBroken
		}
		return open()
	}
	h.Damaged = func(err error) (Damage, bool) {
		if !errors.Is(err, errBroken) {
			return Damage{}, false
		}
		if !withBackup {
			return Damage{}, true
		}
		return Damage{BackupTime: time.Date(2026, 11, 22, 17, 30, 0, 0, roster.Amsterdam), Restore: func() error {
			restores++
			if restoreErr != nil {
				return restoreErr
			}
			broken = false
			return nil
		}}, true
	}
	return h, &restores
}

// TestDamagedRosterRestore: a damaged own roster shows one button that
// names the newest good backup; tapping it restores and opens the house.
func TestDamagedRosterRestore(t *testing.T) {
	f := &fakeHouses{own: &closingStore{MemStore: NewMemStore(demo.House(monday))}}
	houses, restores := damagedHouses(f, true, nil)
	fa := test.NewTempApp(t)
	fa.Preferences().SetString(PrefHouse, StartOwn)
	l, err := Launch(fa, houses, Options{Lang: "nl", Today: monday, Size: fyne.NewSize(1366, 768)})
	if err != nil {
		t.Fatalf("Launch of a damaged roster: %v (want the damaged screen, not an error)", err)
	}
	d := l.Damaged()
	if d == nil || d.Restore == nil {
		t.Fatal("no damaged screen with a restore button")
	}
	if want := "Zet de nieuwste goede reservekopie terug (van zo 22 nov 2026, 17:30)"; d.Restore.Text != want {
		t.Errorf("button %q, want %q", d.Restore.Text, want)
	}
	if strings.Contains(d.Message.Text, " / ") || strings.Contains(d.Message.Text, "damaged") {
		t.Errorf("message not in Dutch only: %q", d.Message.Text)
	}
	test.Tap(d.Restore)
	if *restores != 1 {
		t.Fatalf("restore ran %d times", *restores)
	}
	if l.App() == nil || l.Current() != StartOwn || l.Damaged() != nil {
		t.Fatalf("after the restore: app %v, current %q", l.App() != nil, l.Current())
	}
}

// TestDamagedRosterFailedRestore: a restore that fails keeps the screen,
// says why in one language, and the button can be tried again.
func TestDamagedRosterFailedRestore(t *testing.T) {
	f := &fakeHouses{own: &closingStore{MemStore: NewMemStore(demo.House(monday))}}
	houses, restores := damagedHouses(f, true, errors.New("schijf vol / disk full"))
	fa := test.NewTempApp(t)
	fa.Preferences().SetString(PrefHouse, StartOwn)
	l, err := Launch(fa, houses, Options{Lang: "en", Today: monday, Size: fyne.NewSize(1366, 768)})
	if err != nil {
		t.Fatal(err)
	}
	d := l.Damaged()
	if !strings.HasPrefix(d.Restore.Text, "Restore the newest good backup (from Sun 22 Nov 2026, 17:30)") {
		t.Errorf("English button %q", d.Restore.Text)
	}
	test.Tap(d.Restore)
	if *restores != 1 || l.App() != nil || l.Damaged() == nil || d.Restore.Disabled() {
		t.Fatalf("after a failed restore: restores %d, app %v, screen %v, button disabled %v",
			*restores, l.App() != nil, l.Damaged() != nil, d.Restore.Disabled())
	}
	over := l.Window().Canvas().Overlays().Top()
	if over == nil {
		t.Fatal("no message after a failed restore")
	}
	if msg := strings.ToLower(texts(over)); !strings.Contains(msg, "disk full") || strings.Contains(msg, "schijf vol") {
		t.Errorf("failure message %q, want the English half only", msg)
	}
}

// TestDamagedRosterNoBackup: without a good backup the screen says so and
// offers no restore.
func TestDamagedRosterNoBackup(t *testing.T) {
	f := &fakeHouses{own: &closingStore{MemStore: NewMemStore(demo.House(monday))}}
	houses, _ := damagedHouses(f, false, nil)
	fa := test.NewTempApp(t)
	fa.Preferences().SetString(PrefHouse, StartOwn)
	l, err := Launch(fa, houses, Options{Lang: "nl", Today: monday, Size: fyne.NewSize(1366, 768)})
	if err != nil {
		t.Fatal(err)
	}
	d := l.Damaged()
	if d == nil || d.Restore != nil || !strings.Contains(d.Message.Text, "geen goede reservekopie") {
		t.Fatalf("no-backup screen: %+v", d)
	}
}
