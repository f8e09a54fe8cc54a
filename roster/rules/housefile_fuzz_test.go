package rules

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rostertest"
)

// FuzzDecodeHouseFile feeds the decoder arbitrary bytes: it must never
// panic, must return either a house or an error, and a house it accepts must
// be valid and survive another round trip unchanged.
func FuzzDecodeHouseFile(f *testing.F) {
	small := encoded(f, rostertest.House())
	f.Add([]byte(small))
	f.Add([]byte(encoded(f, rostertest.FullHouse())))
	f.Add([]byte(`{"format":"huisrooster","version":1,"house":{}}`))
	f.Add([]byte(`{"format":"huisrooster","version":2,"house":{}}`))
	f.Add([]byte(`{"format":"huisrooster","version":2,"house":{"members":[{"id":1,"name":"A","role":"opvoeder","contract":[{"from":"2027-01-01","hoursPerWeek":36}]}],"year":{"requests":[{"id":1,"member":1,"from":"2027-07-19","to":"2027-07-25","kind":"verlof","asked":"2027-03-01T09:00:00Z","status":"gevraagd"}],"summers":[{"year":2027,"from":"2027-07-05","to":"2027-08-29","maxWeeks":3,"state":"open","wishes":[{"member":1,"weeks":["2027-07-19"]}]}],"starts":[{"member":1,"year":2027,"leaveHours":8,"plusMin":-2}]}}}`))
	f.Add([]byte(`{"format":"huisrooster","version":1,"house":null}`))
	f.Add([]byte(strings.Replace(small, `"children": 6`, `"children": -1`, 1)))
	f.Add([]byte(small + "garbage"))
	f.Add([]byte(`[1,2,3]`))
	f.Add([]byte(`{"format":"huisrooster","version":1e400}`))
	f.Add([]byte(`{"format":"huisrooster","version":1,"house":{"members":[{"id":1,"contract":[{"from":"0000-01-01","hoursPerWeek":1e308}]}]}}`))
	f.Add([]byte(""))
	f.Add([]byte(strings.Replace(small, `"nightStart": "23:00"`, `"nightStart": "25:00"`, 1)))
	f.Add([]byte(strings.Replace(small, `"from": "2020-01-01"`, `"from": "2020-1-1", "x": [1]`, 1)))
	f.Add([]byte(`{"format":"huisrooster","version":1,"house":{"members":{"id":"a"},"coverage":[{"start":7}],"plan":[1]}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		h, err := roster.DecodeHouseFile(bytes.NewReader(data))
		if (h == nil) == (err == nil) {
			t.Fatalf("house %v and error %v: want exactly one", h, err)
		}
		if err != nil {
			// A house-level problem names its field path.
			var ve roster.ValidationError
			if errors.As(err, &ve) {
				for _, p := range ve {
					if p.NL == "" || p.EN == "" {
						t.Fatalf("problem without a message: %+v", p)
					}
				}
			}
			return
		}
		if ps := roster.Validate(h); ps != nil {
			t.Fatalf("accepted an invalid house: %v", ps)
		}
		// Empty lists may come back as absent ones, so compare encodings.
		first := encoded(t, h)
		h2, err := roster.DecodeHouseFile(strings.NewReader(first))
		if err != nil {
			t.Fatalf("re-decode: %v", err)
		}
		if second := encoded(t, h2); second != first {
			t.Fatalf("second round trip changed the file:\n%s\n%s", first, second)
		}
		// The engine must not panic on any house the decoder accepts.
		CheckAt(h, roster.Week(tMon), tMon)
	})
}

// encoded returns the house file of the test house as a string.
func encoded(t testing.TB, h *roster.House) string {
	t.Helper()
	var buf bytes.Buffer
	if err := roster.EncodeHouseFile(&buf, h); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}
