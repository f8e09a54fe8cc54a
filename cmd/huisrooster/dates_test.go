package main

import (
	"strings"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
)

func TestCheckRange(t *testing.T) {
	d := roster.NewDate(2026, 1, 1)
	for _, c := range []struct {
		w       roster.Window
		max     int
		wantErr string
	}{
		{roster.Window{From: d, To: d}, 366, ""},
		{roster.Window{From: d, To: d + 365}, 366, ""},
		{roster.Window{From: d, To: d + 366}, 366, "longer than a year"},
		{roster.Window{From: d, To: d + 366}, 367, ""},
		{roster.Window{From: d, To: d + 367}, 367, "longer than a year"},
		{roster.Window{From: d, To: d + 733}, 733, "longer than two years"},
		{roster.Window{From: d, To: d - 1}, 366, "before --from"},
	} {
		err := checkRange(c.w, c.max)
		if c.wantErr == "" && err != nil || c.wantErr != "" && (err == nil || !strings.Contains(err.Error(), c.wantErr)) {
			t.Errorf("checkRange(%s, %d) = %v, want %q", c.w, c.max, err, c.wantErr)
		}
	}
}
