package ui

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"github.com/huisrooster/huisrooster/assets"
	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
)

func loadLang(t *testing.T, code string) map[string]any {
	t.Helper()
	b, err := assets.Translations().ReadFile(assets.TranslationsDir + "/" + code + ".json")
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("%s.json: %v", code, err)
	}
	return m
}

// TestTranslationsComplete checks that every key the code uses, and every
// Fyne string, is in both nl.json and en.json.
func TestTranslationsComplete(t *testing.T) {
	nl, en := loadLang(t, "nl"), loadLang(t, "en")
	files, _ := filepath.Glob("*.go")
	re := regexp.MustCompile(`(?:lang\.X|item)\("([^"]+)", "`)
	var keys []string
	for _, f := range files {
		if filepath.Ext(f) != ".go" || regexp.MustCompile(`_test\.go$`).MatchString(f) {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(src), -1) {
			keys = append(keys, m[1])
		}
	}
	for _, k := range roster.AbsenceKinds {
		keys = append(keys, "absence."+string(k))
	}
	for _, r := range roster.Roles {
		keys = append(keys, "role."+string(r))
	}
	for _, w := range []roster.WishKind{roster.WishCannot, roster.WishRatherNot, roster.WishPrefer} {
		keys = append(keys, "wish."+string(w))
	}
	for _, r := range []string{rules.RuleCovDay, rules.RuleCovNight, rules.RuleATWRest, rules.RuleSlack, rules.RuleWish} {
		keys = append(keys, "rule."+r)
	}
	keys = append(keys, "Cancel", "Save", "Yes", "No", "OK", "Open", "Confirm", "Error", "Quit", "Copy", "Paste", "Cut", "Select all")
	if len(keys) < 80 {
		t.Fatalf("found only %d keys: the scan is broken", len(keys))
	}
	for _, k := range keys {
		if _, ok := nl[k]; !ok {
			t.Errorf("assets/lang/nl.json lacks key %q used by lang.X in ui/: add its Dutch text", k)
		}
		if _, ok := en[k]; !ok {
			t.Errorf("assets/lang/en.json lacks key %q used by lang.X in ui/: add its English text", k)
		}
	}
	var kn, ke []string
	for k := range nl {
		kn = append(kn, k)
	}
	for k := range en {
		ke = append(ke, k)
	}
	slices.Sort(kn)
	slices.Sort(ke)
	if !slices.Equal(kn, ke) {
		t.Error("nl.json and en.json have different keys")
	}
}

func TestSetLanguage(t *testing.T) {
	test.NewTempApp(t)
	for _, tt := range []struct{ code, cancel, title string }{
		{"nl", "Annuleren", "Wie ben jij?"}, {"en", "Cancel", "Who are you?"}, {"nl", "Annuleren", "Wie ben jij?"},
	} {
		if err := SetLanguage(tt.code); err != nil {
			t.Fatal(err)
		}
		if got := lang.L("Cancel"); got != tt.cancel {
			t.Errorf("%s: Cancel = %q, want %q", tt.code, got, tt.cancel)
		}
		if got := lang.X("who.title", "?"); got != tt.title {
			t.Errorf("%s: who.title = %q, want %q", tt.code, got, tt.title)
		}
	}
	if err := SetLanguage("fr"); err == nil {
		t.Error("SetLanguage accepted fr")
	}
}

func TestChooseLanguage(t *testing.T) {
	for _, tt := range []struct {
		override string
		system   fyne.Locale
		want     string
	}{
		{"", "nl-NL", "nl"}, {"", "en-GB", "en"}, {"", "de-DE", "nl"}, {"en", "nl-NL", "en"},
		{"NL", "en-US", "nl"}, {"fr", "en-US", "en"}, {"", "", "nl"},
	} {
		if got := ChooseLanguage(tt.override, tt.system); got != tt.want {
			t.Errorf("ChooseLanguage(%q, %q) = %q, want %q", tt.override, tt.system, got, tt.want)
		}
	}
}

func TestSystemLocaleC(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" {
		t.Skip("the environment does not name the language here")
	}
	for _, k := range []string{"LANGUAGE", "LC_ALL", "LC_MESSAGES"} {
		t.Setenv(k, "")
	}
	t.Setenv("LANG", "C")
	if got := SystemLocale(); got != "" {
		t.Errorf("LANG=C: SystemLocale = %q, want none", got)
	}
	if got := ChooseLanguage("", SystemLocale()); got != "nl" {
		t.Errorf("LANG=C chooses %q, want nl", got)
	}
	t.Setenv("LANG", "en_GB.UTF-8")
	if got := ChooseLanguage("", SystemLocale()); got != "en" {
		t.Errorf("LANG=en_GB chooses %q, want en", got)
	}
}
