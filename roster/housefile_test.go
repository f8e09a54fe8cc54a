package roster

import (
	"bytes"
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"
)

func TestHouseFileRoundTrip(t *testing.T) {
	for name, h := range map[string]*House{"full": fullHouse(), "empty plan": testHouse()} {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := EncodeHouseFile(&buf, h); err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(buf.String(), "{\n  \"format\": \"huisrooster\",\n  \"version\": 2,\n  \"house\": {") {
				t.Errorf("file starts %q", buf.String()[:60])
			}
			got, err := DecodeHouseFile(&buf)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, h) {
				t.Errorf("round trip changed the house:\n got %+v\nwant %+v", got, h)
			}
		})
	}
}

func TestDecodeHouseFileRejects(t *testing.T) {
	valid := encoded(t, testHouse())
	tests := []struct {
		name string
		in   string
		want string // fragment of the error
	}{
		{"empty", "", "huisbestand is leeg / house file is empty"},
		{"not JSON", "hallo", "huisbestand is geen geldige JSON: fout op regel 1, teken 1 / house file is not valid JSON: error at line 1, character 1"},
		{"not JSON further on", "{\n  \"format\": \"huisrooster\",\n  \"versión\": 2,\n  \"house\": {x}\n}", "fout op regel 4, teken 13 / house file is not valid JSON: error at line 4, character 13"},
		{"cut off", `{"format":"huisrooster","version":2,"house":{"name":"x"`, "huisbestand houdt midden in op"},
		{"version as text", `{"format":"huisrooster","version":"2","house":{}}`, `veld "version" heeft een waarde van de verkeerde soort (string) / house file: field "version" has a value of the wrong kind (string)`},
		{"an array", "[]", `geen huisbestand: een JSON-array in plaats van een object met "format", "version" en "house" / not a house file: a JSON array instead`},
		{"no format", `{"version":1,"house":{}}`, `veld "format" ontbreekt`},
		{"other format", `{"format":"rooster","version":1,"house":{}}`, `geen huisbestand: format "rooster", verwacht "huisrooster"`},
		{"no version", `{"format":"huisrooster","house":{}}`, `zonder "version"`},
		{"version 0", `{"format":"huisrooster","version":0,"house":{}}`, "ongeldige versie 0"},
		{"newer version", `{"format":"huisrooster","version":3,"house":{"newField":true}}`,
			"gemaakt met een nieuwere versie van Huisrooster (deze leest t/m 2); werk de app bij / house file version 3 was made by a newer version"},
		{"no house", `{"format":"huisrooster","version":1}`, `zonder "house"`},
		{"null house", `{"format":"huisrooster","version":1,"house":null}`, `zonder "house"`},
		{"unknown field in the house", strings.Replace(valid, `"children": 6,`, `"children": 6, "kinderen": 6,`, 1),
			`kinderen: onbekend veld "kinderen" / unknown field "kinderen"`},
		{"unknown field in the envelope", strings.Replace(valid, `"version": 2,`, `"version": 2, "extra": 1,`, 1), `onbekend veld "extra"`},
		{"trailing garbage", valid + "x", "gegevens na het einde"},
		{"a second value", valid + valid, "gegevens na het einde"},
		{"bad date", strings.Replace(valid, `"from": "2020-01-01"`, `"from": "2020-13-01"`, 1), `members[0].contract[0].from: ongeldige datum "2020-13-01" (verwacht JJJJ-MM-DD, bv. 2026-12-07) / invalid date "2020-13-01"`},
		{"bad clock", strings.Replace(valid, `"start": "07:00"`, `"start": "7u"`, 1), `coverage[0].start: ongeldige tijd "7u" (verwacht UU:MM, bv. 07:00) / invalid time "7u"`},
		{"invalid house", strings.Replace(valid, `"children": 6`, `"children": 8`, 1),
			"huisbestand / house file: huis ongeldig, 1 probleem / invalid house, 1 problem\n  children: aantal kinderen 8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, err := DecodeHouseFile(strings.NewReader(tt.in))
			if err == nil {
				t.Fatalf("decoded %+v, want error %q", h, tt.want)
			}
			if h != nil {
				t.Errorf("returned a house with the error")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
		})
	}
}

func TestDecodeHouseFileAllProblems(t *testing.T) {
	h := testHouse()
	h.Name = ""
	assign(h, tAnna, tMon, "X")
	h.Plan.Absences = []Absence{{Member: tAnna, From: tMon, To: tMon - 3, Kind: AbsLeave}}
	_, err := DecodeHouseFile(strings.NewReader(encoded(t, h)))
	var ve ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("error %v does not wrap a ValidationError", err)
	}
	var fields []string
	for _, p := range ve {
		fields = append(fields, p.Field)
	}
	want := []string{"name", "plan.assignments[0].shift", "plan.absences[0].to"}
	if !reflect.DeepEqual(fields, want) {
		t.Errorf("problems at %v, want %v", fields, want)
	}
}

func TestDecodeHouseFileTooLarge(t *testing.T) {
	r := strings.NewReader(`{"format":"huisrooster","version":1,"house":{"name":"` + strings.Repeat("a", MaxHouseFileBytes) + `"}}`)
	if _, err := DecodeHouseFile(r); err == nil || !strings.Contains(err.Error(), "groter dan 64 MB") {
		t.Errorf("error %v, want too large", err)
	}
}

func TestEncodeHouseFileNil(t *testing.T) {
	if err := EncodeHouseFile(&bytes.Buffer{}, nil); err == nil {
		t.Error("encoded a nil house")
	}
}

func BenchmarkDecodeHouseFile(b *testing.B) {
	data := []byte(encoded(b, fullHouse()))
	for b.Loop() {
		if _, err := DecodeHouseFile(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkValidate(b *testing.B) {
	h := fullHouse()
	for b.Loop() {
		if ps := Validate(h); ps != nil {
			b.Fatal(ps)
		}
	}
}

// TestHouseFileDocExample decodes the example in docs/housefile.md, so the
// documentation stays true.
func TestHouseFileDocExample(t *testing.T) {
	doc, err := os.ReadFile("../docs/housefile.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(doc), "```json\n")
	example, _, ok2 := strings.Cut(rest, "```")
	if !ok || !ok2 {
		t.Fatal("no ```json example in docs/housefile.md")
	}
	h, err := DecodeHouseFile(strings.NewReader(example))
	if err != nil {
		t.Fatalf("the documented example does not decode: %v", err)
	}
	if h.Name != "De Linde" || len(h.Members) != 3 || len(h.Plan.Assignments) != 4 || h.Settings.ORT[1].End != 1440 {
		t.Errorf("decoded example %+v", h)
	}
}

// TestDecodeHouseFileEveryFieldProblem: a bad clock time, date, number or
// field name does not stop reading; every problem comes back with its field
// path, together with what validation finds in the rest of the file.
func TestDecodeHouseFileEveryFieldProblem(t *testing.T) {
	h := testHouse()
	assign(h, tAnna, tMon, "D")
	h.Plan.Absences = []Absence{{Member: tBart, From: tMon, To: tMon + 2, Kind: AbsLeave}}
	valid := encoded(t, h)
	tests := []struct {
		name  string
		edits [][2]string // replace the first of each
		want  []string    // problem fields, in order
	}{
		{"clock 25:00", [][2]string{{`"nightStart": "23:00"`, `"nightStart": "25:00"`}}, []string{"settings.nightStart"}},
		{"clock 07:60 in a list", [][2]string{{`"start": "19:00"`, `"start": "07:60"`}}, []string{"settings.ort[0].start"}},
		{"date 2026-02-30", [][2]string{{`"from": "2020-01-01"`, `"from": "2026-02-30"`}}, []string{"members[0].contract[0].from"}},
		{"date as a number", [][2]string{{`"date": "2026-11-23"`, `"date": 20261123`}}, []string{"plan.assignments[0].date"}},
		{"number as text", [][2]string{{`"children": 6`, `"children": "zes"`}}, []string{"children"}},
		{"id out of range", [][2]string{{`"children": 6`, `"children": 1e400`}}, []string{"children"}},
		{"every problem at once, with validation", [][2]string{
			{`"name": "Test"`, `"name": ""`},
			{`"nightStart": "23:00"`, `"nightStart": "25:00"`},
			{`"from": "2020-01-01"`, `"from": "2020-1-1"`},
			{`"children": 6,`, `"children": 6, "kids": 6,`},
			{`"to": "2026-11-25"`, `"to": "2026-11-20"`},
		}, []string{"settings.nightStart", "members[0].contract[0].from", "kids", "name", "plan.absences[0].to"}},
		{"a replaced value hides the noise of its own object", [][2]string{
			{`"from": "2026-11-23"`, `"from": "23-11-2026"`},
		}, []string{"plan.absences[0].from"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := valid
			for _, e := range tt.edits {
				if !strings.Contains(in, e[0]) {
					t.Fatalf("fixture has no %s", e[0])
				}
				in = strings.Replace(in, e[0], e[1], 1)
			}
			got, err := DecodeHouseFile(strings.NewReader(in))
			if got != nil {
				t.Fatalf("decoded a house from a bad file")
			}
			var ve ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("error %v does not wrap a ValidationError", err)
			}
			var fields []string
			for _, p := range ve {
				fields = append(fields, p.Field)
				if p.NL == "" || p.EN == "" || p.NL == p.EN || strings.Contains(p.NL, " / ") {
					t.Errorf("problem %+v: want one Dutch and one English message", p)
				}
			}
			if !reflect.DeepEqual(fields, tt.want) {
				t.Errorf("problems at %v, want %v\n%v", fields, tt.want, err)
			}
		})
	}
}

// fullHouse returns the test house with every optional field set, so a
// round trip exercises the whole format.
func fullHouse() *House {
	h := testHouse()
	yes := true
	from, to := tMon-365, tMon+365
	h.Settings.ExtraHolidays = []Date{NewDate(2026, 12, 31)}
	h.Members[0].Photo = []byte{0x89, 'P', 'N', 'G'}
	h.Members[0].Counts = &yes
	h.Members[0].LiveIn = true
	h.Members[0].ActiveFrom, h.Members[0].ActiveTo = &from, &to
	h.Members[1].NoSleepShifts = true
	h.Members[1].Pregnant = true
	h.Members[1].Contract = append(h.Members[1].Contract, Contract{From: tMon, HoursPerWeek: 28.8})
	h.ShiftTypes[0].Colour = "#ffcc00"
	a := assign(h, tAnna, tMon, "V")
	s, e := NewClock(7, 30), NewClock(15, 0)
	a.Start, a.End, a.Note = &s, &e, "later in verband met tandarts"
	assign(h, tBart, tMon, "S").State = StateSick
	h.Plan.Absences = []Absence{{Member: tBart, From: tMon, To: tMon + 4, Kind: AbsSick, HoursPerDay: 5.4}}
	h.Plan.Wishes = []Wish{{Member: tAnna, Date: tMon + 1, Shift: "L", Kind: WishCannot, Note: "sport"}}
	h.Plan.Periods = []Period{{From: tMon, To: tMon + 27, State: PeriodFixed}}
	return h
}

// encoded returns the house file of the test house as a string.
func encoded(t testing.TB, h *House) string {
	t.Helper()
	var buf bytes.Buffer
	if err := EncodeHouseFile(&buf, h); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}
