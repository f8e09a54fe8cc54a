package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// summer, leave, cover, plan, bench and the desktop start return their
// errors through the one exit-status table (errCommand): bad input 2, a
// missing file 3, the message once, bilingual.
func TestErrCommandsExitStatus(t *testing.T) {
	db := yearDB(t)
	missing := filepath.Join(t.TempDir(), "geen.db")
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"summer"}, exitUsage, "gebruik / usage"},
		{[]string{"summer", "bogus"}, exitUsage, "onbekende actie \"bogus\" / unknown action"},
		{[]string{"summer", "open", "--db", db, "--year", "2027", "--from", "19-07-2027"}, exitUsage, "--from: "},
		{[]string{"summer", "open", "--db", db, "--year", "2027", "--to", "2027-07-19"}, exitUsage, "geef --from / give --from"},
		{[]string{"summer", "open", "--db", db, "--year", "2027", "--from", "2027-07-21", "--to", "2027-07-19"}, exitUsage, "--to ligt voor --from / --to is before --from"},
		{[]string{"summer", "open", "--db", db, "--year", "2027", "--deadline", "2027-02-30"}, exitUsage, "--deadline: "},
		{[]string{"summer", "open", "--db", missing, "--year", "2027"}, exitNotFound, "geen.db"},
		{[]string{"leave"}, exitUsage, "gebruik / usage"},
		{[]string{"leave", "agree", "--db", db, "--by", "Fatima"}, exitUsage, "geef --id N / give --id N"},
		{[]string{"leave", "request", "--db", missing, "--member", "Fatima", "--from", "2027-03-01"}, exitNotFound, "geen.db"},
		{[]string{"leave", "list", "--demo", "--year", "abc"}, exitUsage, "--year"},
		{[]string{"cover", "--demo", "--member", "Niemand", "--date", "2027-03-01"}, exitUsage, ""},
		{[]string{"plan", "--file", filepath.Join(t.TempDir(), "geen.json"), "--from", "2027-03-01", "--to", "2027-03-07"}, exitNotFound, "geen.json"},
		{[]string{"bench", "house", "--houses", "0"}, exitUsage, "--houses moet ≥ 1"},
		{[]string{"bench", "curtois"}, exitUsage, "Gebruik / usage: huisrooster bench curtois"},
		{[]string{"--lang", "de"}, exitUsage, "onbekende taal \"de\" (nl of en) / unknown language"},
		{[]string{"--size", "10x10"}, exitUsage, "ongeldig formaat \"10x10\""},
	} {
		rc, _, errs := runOut(t, c.args...)
		if rc != c.code || !strings.Contains(errs, c.want) {
			t.Errorf("%s: exit %d, want %d; stderr %q, want %q", strings.Join(c.args, " "), rc, c.code, errs, c.want)
		}
		if c.want != "" && !strings.Contains(c.want, "usage") && c.args[len(c.args)-1] != "bogus" && strings.Count(strings.TrimSpace(errs), "\n") != 0 {
			t.Errorf("%s: want the message once, on one line:\n%s", strings.Join(c.args, " "), errs)
		}
	}
}
