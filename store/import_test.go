package store

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
)

// validHouse returns a small house that passes roster.Validate, with weeks
// of roster starting on 2026-03-02 for members team members.
func validHouse(members, weeks int) *roster.House {
	h := &roster.House{Name: "De Eik", Children: 6,
		Settings: roster.Settings{SlackPct: 10, BalanceWeeks: 4, HoursPerFTE: 36, SickPct: 5, PublishDays: 28,
			NightStart: roster.NewClock(23, 0), NightEnd: roster.NewClock(7, 0),
			NightMode: roster.NightSleep, SleepRegime: roster.RegimeRegular,
			Budget: map[roster.Role]float64{roster.RoleOpvoeder: 8.9, roster.RoleTeamleider: 0.8},
			ORT:    []roster.ORTBand{{Days: []roster.DayType{roster.DaySaturday}, Start: roster.NewClock(6, 0), End: roster.NewClock(22, 0), Percent: 30}}},
		Coverage: []roster.Band{{Day: roster.DayWeekday, Start: roster.NewClock(7, 0), End: roster.NewClock(23, 0), Min: 3}},
		ShiftTypes: []roster.ShiftType{
			{Code: "V", Name: "Vroeg", Start: roster.NewClock(7, 0), End: roster.NewClock(15, 0), BreakMin: 30, Kind: roster.KindGroup},
			{Code: "L", Name: "Laat", Start: roster.NewClock(15, 0), End: roster.NewClock(23, 0), BreakMin: 30, Kind: roster.KindGroup},
			{Code: "S", Name: "Slaap", Start: roster.NewClock(23, 0), End: roster.NewClock(7, 0), Kind: roster.KindSleep},
		}}
	start := roster.NewDate(2026, 3, 2)
	for i := 1; i <= members; i++ {
		h.Members = append(h.Members, roster.Member{ID: i, Name: fmt.Sprintf("Teamlid %d", i), Initials: fmt.Sprintf("T%d", i),
			Role: roster.RoleOpvoeder, Contract: []roster.Contract{{From: start - 365, HoursPerWeek: 32}}, Nights: true})
	}
	codes := []string{"V", "L", "S"}
	for d := start; d < start+roster.Date(7*weeks); d++ {
		for i := 1; i <= members; i++ {
			if (int(d)+i)%3 != 0 {
				h.Plan.Assignments = append(h.Plan.Assignments, roster.Assignment{Member: i, Date: d, Shift: codes[(int(d)+i)%3]})
			}
		}
	}
	h.Plan.Absences = []roster.Absence{{Member: 1, From: start + 3, To: start + 5, Kind: roster.AbsSick}}
	h.Plan.Wishes = []roster.Wish{{Member: 2, Date: start + 1, Kind: roster.WishCannot, Note: "tandarts"}}
	h.Plan.Periods = []roster.Period{{From: start, To: start + 27, State: roster.PeriodFixed}}
	return h
}

func houseFile(t testing.TB, h *roster.House) []byte {
	var b bytes.Buffer
	if err := roster.EncodeHouseFile(&b, h); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestValidHouseIsValid(t *testing.T) {
	if ps := ValidateHouse(validHouse(6, 2)); len(ps) > 0 {
		t.Fatalf("validHouse is invalid: %v", ps)
	}
}

func TestImportExport(t *testing.T) {
	s := mustOpen(t)
	h := validHouse(6, 4)
	if err := s.Import(bytes.NewReader(houseFile(t, h)), "Teamleider"); err != nil {
		t.Fatal(err)
	}
	got, err := s.Load()
	if err != nil || !sameHouse(got, h) {
		t.Fatalf("after import: %v, differs in %s", err, firstDiff(got, h))
	}
	log, _ := s.Log(1)
	if len(log) != 1 || log[0].Who != "Teamleider" || !strings.Contains(log[0].NL, "geïmporteerd") {
		t.Fatalf("audit record %+v", log)
	}
	if len(log[0].Edit.Members) != 6 || len(log[0].Edit.Cells) == 0 {
		t.Errorf("import's audit edit does not hold the difference: %d members, %d cells", len(log[0].Edit.Members), len(log[0].Edit.Cells))
	}
	list, _ := ListBackups(s.Path())
	if len(list) != 1 || list[0].Reason != "voor-import" {
		t.Errorf("backups %+v, want one made before the import", list)
	}
	var out bytes.Buffer
	if err := s.Export(&out); err != nil {
		t.Fatal(err)
	}
	back, err := roster.DecodeHouseFile(&out)
	if err != nil || !sameHouse(back, h) {
		t.Fatalf("export does not read back: %v", err)
	}
}

// TestImportAllOrNothing: a file with several problems is refused whole,
// every problem is listed, and the store is unchanged.
func TestImportAllOrNothing(t *testing.T) {
	s := mustOpen(t)
	h := validHouse(6, 2)
	if err := s.Replace(h, "tester"); err != nil {
		t.Fatal(err)
	}
	bad := validHouse(6, 3)
	bad.Plan.Assignments[0].Member = 99                                     // unknown member
	bad.Plan.Assignments[1].Shift = "XX"                                    // unknown shift
	bad.Plan.Assignments[2].State = roster.StateSick                        // sick ...
	bad.Plan.Assignments[2].Note = "griep"                                  // ... with a reason
	bad.Plan.Absences[0].To = bad.Plan.Absences[0].From - 1                 // ends before it starts
	bad.Members = append(bad.Members, roster.Member{ID: 3, Name: "dubbel"}) // duplicate ID
	err := s.Import(bytes.NewReader(houseFile(t, bad)), "Anna")
	var ie *InvalidError
	if !errors.As(err, &ie) || !errors.Is(err, ErrInvalid) {
		t.Fatalf("Import: %v, want an InvalidError", err)
	}
	msg := err.Error()
	for _, want := range []string{"99", `"XX"`, "ziekmelding", "sick report", "plan.absences[0].to", "members[6].id"} {
		if !strings.Contains(msg, want) {
			t.Errorf("problem list lacks %q:\n%s", want, msg)
		}
	}
	got, _ := s.Load()
	if !sameHouse(got, h) {
		t.Error("refused import changed the store")
	}
	if log, _ := s.Log(0); len(log) != 1 {
		t.Errorf("refused import logged: %d records", len(log))
	}
	for _, junk := range []string{"", "{", "null", `{"format":"iets","version":1,"house":{}}`, `{"format":"huisrooster","version":99,"house":{}}`} {
		if err := s.Import(strings.NewReader(junk), "Anna"); !errors.Is(err, ErrInvalid) {
			t.Errorf("Import(%q): %v, want ErrInvalid", junk, err)
		}
	}
	if err := s.Import(bytes.NewReader(houseFile(t, h)), ""); !errors.Is(err, ErrInvalid) {
		t.Errorf("Import without a name: %v", err)
	}
}

// FuzzImport: any input is either refused with a problem list, or stored
// so that it loads back as the same house; it never panics.
func FuzzImport(f *testing.F) {
	good := houseFile(f, validHouse(2, 0))
	f.Add(good)
	f.Add([]byte(`{"format":"huisrooster","version":1,"house":{"name":"x","children":5}}`))
	f.Add([]byte(`{"format":"huisrooster","version":1,"house":{"plan":{"assignments":[{"member":1,"date":"9999-12-31","shift":"V"}]}}}`))
	f.Add([]byte(`{"format":"huisrooster","version":1,"house":{"plan":{"assignments":[{"member":1,"date":"0999-12-31","shift":"V","state":"sick","note":"x"}]}}}`))
	f.Add(bytes.Replace(good, []byte(`"V"`), []byte(`"Q"`), 1))
	s := mustOpen(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		h, probs := ReadHouseFile(bytes.NewReader(data))
		if len(probs) > 0 {
			if h != nil {
				t.Fatal("problems and a house")
			}
			for _, p := range probs {
				if p.NL == "" || p.EN == "" {
					t.Fatalf("problem without text: %+v", p)
				}
			}
			return
		}
		if err := s.replace(h, "fuzz", "import", "import"); err != nil {
			t.Fatalf("valid house not stored: %v", err)
		}
		got, err := s.Load()
		if err != nil {
			t.Fatalf("Load: %v", err)
		}
		if !sameHouse(got, h) {
			t.Fatalf("stored house differs in %s", firstDiff(got, h))
		}
	})
}
