package main

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"time"
)

// numericDay matches a day written "zo 06-12" or "Sun 06-12".
var numericDay = regexp.MustCompile(`\b(ma|di|wo|do|vr|za|zo|Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{2}-\d{2}\b`)

// check names days and weeks in words, as the app does ("ma 7 dec",
// "week 50 (7 dec – 13 dec)"); the JSON keeps its machine-readable start
// and end.
func TestCheckDatesInWords(t *testing.T) {
	rc, out, errs := runOut(t, "check", "--demo", "--week", "2026-W50")
	if rc != exitFindings {
		t.Fatalf("exit %d, want findings; %s", rc, errs)
	}
	if m := numericDay.FindString(out); m != "" {
		t.Errorf("check prints %q, want the day in words:\n%s", m, out)
	}
	if !strings.Contains(out, "ma 7 dec 07:00–15:00") || !strings.Contains(out, "Teamreserve week 50 (") {
		t.Errorf("check does not say the days and weeks in words:\n%s", out)
	}
	rc, out, _ = runOut(t, "check", "--demo", "--week", "2026-W50", "--json")
	if rc != exitFindings {
		t.Fatalf("--json exit %d", rc)
	}
	var fs []findingJSON
	if err := json.Unmarshal([]byte(out), &fs); err != nil || len(fs) == 0 {
		t.Fatalf("json: %v\n%s", err, out)
	}
	for _, f := range fs {
		if _, err := time.Parse(time.RFC3339, f.Start); err != nil {
			t.Errorf("start %q is no longer RFC 3339: %v", f.Start, err)
		}
		if numericDay.MatchString(f.Message) || numericDay.MatchString(f.English) {
			t.Errorf("json message %q / %q names a day in numbers", f.Message, f.English)
		}
	}
}
