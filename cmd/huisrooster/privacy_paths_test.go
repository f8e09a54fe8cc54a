package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/pay"
	"github.com/huisrooster/huisrooster/store"
	"github.com/huisrooster/huisrooster/ui"
)

// TestPrivacyRuleEveryPath runs every output path of personal data, locked
// and unlocked, through the app and the command line on one house: the
// realisation figures (screen and fte --json), the realisation CSV (app
// export and fte --csv), fte as text, the house-file export, the payroll
// export and the log. Where both have the path they must give the same
// bytes; locked, no path may show a member's figures, a wage, a small
// role's sickness, the sealed pay data or a sick report; unlocked, the
// figures are there.
func TestPrivacyRuleEveryPath(t *testing.T) {
	test.NewTempApp(t)
	if err := ui.SetLanguage("nl"); err != nil {
		t.Fatal(err)
	}
	h, opv := pinnedHouse(t)
	opvName := h.Member(opv).Name
	tl := teamleiderOf(h)
	var tlID int
	for _, m := range h.Members {
		if m.Name == tl {
			tlID = m.ID
		}
	}
	win := pay.PeriodOf(pay.PeriodFour, exportWeek)
	// The teamleider, alone in her role, is sick one day: her health data.
	sick := roster.Absence{Member: tlID, From: win.From + 2, To: win.From + 2, Kind: roster.AbsSick, HoursPerDay: 7.25}
	h.Plan.Absences = append(h.Plan.Absences, sick)

	dir := t.TempDir()
	file := filepath.Join(dir, "huis.json")
	if err := writeHouseFile(file, h); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "rooster.db")
	s, err := store.Open(db, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Replace(h, "test"); err != nil {
		t.Fatal(err)
	}
	s.Close()

	from, to := win.From.String(), win.To.String()
	cli := func(unlocked bool, args ...string) (int, string, string) {
		t.Helper()
		if unlocked {
			t.Setenv(pinEnv, testPIN)
		} else {
			t.Setenv(pinEnv, "")
		}
		return runCmd(args...)
	}
	view := func(unlocked bool) *ui.RealisationView {
		t.Helper()
		v := ui.NewRealisationView(h, ui.RealisationOptions{Today: exportWeek, Lang: "nl", PINIterations: 1000})
		if unlocked {
			if ok, _ := v.TryPIN(testPIN); !ok {
				t.Fatal("the app does not unlock with the PIN")
			}
		}
		return v
	}
	csvFile := filepath.Join(dir, "fte.csv")

	type output struct {
		text string
		ok   bool // the path wrote something (false: refused)
	}
	cases := []struct {
		name string
		app  func(unlocked bool) output // nil: the app has no such path
		cli  func(unlocked bool) output
		// secrets must not show locked and must show unlocked.
		secrets []string
		// never must not show in either state.
		never []string
	}{
		{
			name: "realisation figures (screen, fte --json)",
			app: func(u bool) output {
				b, _ := json.Marshal(view(u).Realisation())
				return output{string(b), true}
			},
			cli: func(u bool) output {
				code, out, _ := cli(u, "fte", "--file", file, "--from", from, "--to", to, "--today", exportWeek.String(), "--json")
				var r struct {
					*pay.Realisation
					Fairness json.RawMessage `json:"fairness"`
				}
				if err := json.Unmarshal([]byte(out), &r); err != nil {
					t.Fatalf("fte --json: %v", err)
				}
				b, _ := json.Marshal(r.Realisation)
				return output{string(b), code == 0}
			},
			secrets: []string{`"wage":47.13`, `"name":"` + opvName + `"`},
		},
		{
			name: "realisation screen",
			app: func(u bool) output {
				return output{view(u).Text(), true}
			},
			secrets: []string{"47,13", opvName},
		},
		{
			name: "realisation CSV (app export, fte --csv)",
			app: func(u bool) output {
				var b bytes.Buffer
				err := view(u).WriteCSV(&b)
				return output{b.String(), err == nil}
			},
			cli: func(u bool) output {
				code, _, _ := cli(u, "fte", "--file", file, "--from", from, "--to", to, "--today", exportWeek.String(), "--csv", csvFile)
				b, _ := os.ReadFile(csvFile)
				return output{string(b), code == 0}
			},
			secrets: []string{opvName + ";"},
		},
		{
			name: "fte text",
			cli: func(u bool) output {
				code, out, _ := cli(u, "fte", "--file", file, "--from", from, "--to", to)
				return output{out, code == 0}
			},
			secrets: []string{"47,13", opvName},
		},
		{
			name: "export house file",
			cli: func(u bool) output {
				code, out, _ := cli(u, "export", "--db", db, "-o", "-")
				return output{out, code == 0}
			},
			secrets: []string{`"vault"`, `"kind": "ziek"`},
			never:   []string{"47.13", `"hash"`, `"salary"`},
		},
		{
			name: "export payroll",
			app: func(u bool) output {
				var b bytes.Buffer
				v := view(u)
				v.SetPeriod(pay.PeriodCustom, win)
				err := v.WritePayrollCSV(&b)
				return output{b.String(), err == nil}
			},
			cli: func(u bool) output {
				code, out, _ := cli(u, "export", "payroll", "--db", db, "--from", from, "--to", to, "-o", "-")
				return output{out, code == 0}
			},
			secrets: []string{opvName},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, unlocked := range []bool{false, true} {
				var outs []output
				var who []string
				if c.app != nil {
					outs, who = append(outs, c.app(unlocked)), append(who, "app")
				}
				if c.cli != nil {
					outs, who = append(outs, c.cli(unlocked)), append(who, "cli")
				}
				if len(outs) == 2 && (outs[0].ok != outs[1].ok || outs[0].text != outs[1].text) {
					t.Errorf("unlocked %v: app and command line differ:\napp (ok %v): %.600s\ncli (ok %v): %.600s",
						unlocked, outs[0].ok, outs[0].text, outs[1].ok, outs[1].text)
				}
				for i, o := range outs {
					for _, s := range c.never {
						if strings.Contains(o.text, s) {
							t.Errorf("%s, unlocked %v: shows %q", who[i], unlocked, s)
						}
					}
					for _, s := range c.secrets {
						if got := strings.Contains(o.text, s); got != unlocked {
							t.Errorf("%s, unlocked %v: shows %q: %v", who[i], unlocked, s, got)
						}
					}
				}
			}
		})
	}

	// The log: the app's log dialog has no PIN; the command line without
	// it hides the same records (the sick report, the pay data), with it
	// shows them.
	s, err = store.Open(db, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Apply(roster.Edit{NL: tl + " ziek gemeld", EN: tl + " reported sick",
		Absences: []roster.AbsenceEdit{{After: &roster.Absence{Member: tlID, From: win.From + 9, To: win.From + 9, Kind: roster.AbsSick}}}}, "test"); err != nil {
		t.Fatal(err)
	}
	recs, err := s.Log(0)
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	appLines := ui.LogLines(recs, roster.Dutch)
	_, locked, _ := cli(false, "log", "--db", db, "--json", "--limit", "0")
	_, open, _ := cli(true, "log", "--db", db, "--json", "--limit", "0")
	var lockedRecs, openRecs []roster.AuditRecord
	if err := json.Unmarshal([]byte(locked), &lockedRecs); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(open), &openRecs); err != nil {
		t.Fatal(err)
	}
	if len(appLines) != len(recs) || len(lockedRecs) != len(recs) || len(openRecs) != len(recs) {
		t.Fatalf("log lengths: app %d, locked %d, open %d, store %d", len(appLines), len(lockedRecs), len(openRecs), len(recs))
	}
	hidden := 0
	for i, r := range recs {
		personal := roster.PersonalEdit(r.Edit)
		appHides := !strings.Contains(appLines[i], r.NL)
		cliHides := lockedRecs[i].NL != r.NL || len(lockedRecs[i].Edit.Absences) != 0
		if appHides != personal || cliHides != personal {
			t.Errorf("record %d (%s): personal %v, app hides %v, command line hides %v", r.Seq, r.NL, personal, appHides, cliHides)
		}
		if openRecs[i].NL != r.NL {
			t.Errorf("record %d: hidden with the PIN", r.Seq)
		}
		if personal {
			hidden++
		}
	}
	if hidden < 2 || strings.Contains(strings.Join(appLines, "\n"), "ziek gemeld") || strings.Contains(locked, "ziek gemeld") {
		t.Errorf("%d records hidden; the sick report shows:\n%s", hidden, strings.Join(appLines, "\n"))
	}
}
