package main

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/assets"
	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
	"github.com/huisrooster/huisrooster/store"
	"github.com/huisrooster/huisrooster/ui"
)

// runGUI starts the desktop app: "huisrooster [--db PAD] [--lang nl|en]
// [--demo] [--who NAAM] [--size BxH]".
func runGUI(args []string, stdout, stderr io.Writer) int {
	return errCommand(guiCommand)(args, stdout, stderr)
}

// guiCommand is runGUI returning an error (errCommand decides the exit
// status; an error shown in a window is also printed before it).
func guiCommand(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("huisrooster", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", "", "roosterbestand (standaard in je gebruikersmap) / roster file (default in your user folder)")
	lng := fs.String("lang", "", "taal: nl of en (standaard: systeemtaal) / language: nl or en (default: system language)")
	inMemory := fs.Bool("demo", false, "demohuis in het geheugen, niets wordt opgeslagen / demo house in memory, nothing is saved")
	who := fs.String("who", "", "start als dit teamlid (slaat \"Wie ben jij?\" over) / start as this team member (skips \"Who are you?\")")
	size := fs.String("size", "", "vensterformaat, bv. 1366x768 / window size, e.g. 1366x768")
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if _, err := roster.ParseLang(*lng); err != nil {
		return inputError(err)
	}
	// The metadata of FyneApp.toml, so a plain "go build" runs like "fyne
	// build": every callback on one goroutine (the fyneDo migration).
	app.SetMetadata(fyne.AppMetadata{ID: ui.AppID, Name: "Huisrooster", Version: version, Build: 1,
		Icon: assets.Icon(), Migrations: map[string]bool{"fyneDo": true}})
	var win fyne.Size
	if *size != "" {
		if _, err := fmt.Sscanf(*size, "%fx%f", &win.Width, &win.Height); err != nil || win.Width < 400 || win.Height < 300 {
			return inputErrorf("ongeldig formaat %q (bv. 1366x768) / invalid size %q (e.g. 1366x768)", *size, *size)
		}
	}
	fa := app.NewWithID(ui.AppID)
	fa.SetIcon(assets.Icon())
	trimAfterStart(fa) // memtrim.go
	code := ui.ChooseLanguage(*lng, ui.SystemLocale())
	if !*inMemory {
		// The roster files: the house used last, or the welcome screen on a first start.
		return runHouses(fa, *db, ui.Options{Lang: *lng, Who: *who, Size: win, About: aboutInfo}, code, stdout, stderr)
	}
	st, err := openRoster(*db, *inMemory)
	if err != nil {
		fmt.Fprintln(stderr, err)
		showFatal(fa, err, code)
		return reportedError(err)
	}
	defer st.Close()
	a, err := ui.NewApp(fa, st, ui.Options{Lang: *lng, Who: *who, Size: win, About: aboutInfo})
	if err != nil {
		fmt.Fprintln(stderr, err)
		showFatal(fa, err, code)
		return reportedError(err)
	}
	a.Window().SetMaster()
	a.Window().ShowAndRun()
	return nil
}

// openRoster opens the roster file (creating it with the demo house when it
// is new), or an in-memory demo house.
func openRoster(db string, inMemory bool) (roster.Store, error) {
	if inMemory {
		return ui.NewMemStore(demo.House(roster.Today())), nil
	}
	st, err := store.Open(db, nil)
	if err != nil {
		return nil, err
	}
	empty, err := st.IsEmpty()
	if err != nil {
		st.Close()
		return nil, err
	}
	if empty {
		// A new roster file starts with the demo house, until the welcome
		// screen lets the team start with its own.
		if err := st.Replace(demo.House(roster.Today()), "huisrooster"); err != nil {
			st.Close()
			return nil, fmt.Errorf("demohuis opslaan / save demo house: %w", err)
		}
	}
	return st, nil
}

// showFatal shows err in a small window, in language code, and waits until
// it is closed.
func showFatal(fa fyne.App, err error, code string) {
	title := "Huisrooster kan niet starten / Huisrooster cannot start"
	if errors.Is(err, store.ErrLocked) {
		title = "Huisrooster is al open / Huisrooster is already open"
	}
	title = ui.PickLang(title, code)
	w := fa.NewWindow("Huisrooster")
	msg := widget.NewLabel(ui.PickLang(err.Error(), code))
	msg.Wrapping = fyne.TextWrapWord
	head := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	w.SetContent(container.NewBorder(head, widget.NewButton("OK", fa.Quit), nil, nil, msg))
	w.Resize(fyne.NewSize(520, 200))
	w.ShowAndRun()
}
