package roster

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// FormatDateEntry formats d the way every date field of the app shows and
// reads it: "08-03-2027".
func FormatDateEntry(d Date) string {
	y, m, day := d.YMD()
	return fmt.Sprintf("%02d-%02d-%04d", day, int(m), y)
}

// ParseDateEntry reads a date typed into a date field: "8-3-2027",
// "08-03-2027", "8/3/2027", "8.3.2027", "2027-03-08", "2027-3-8", or "8-3"
// (in year). Text that is not a date, or a date that does not exist
// ("31-02-2027"), is refused with a bilingual message.
func ParseDateEntry(s string, year int) (Date, error) {
	s = strings.TrimSpace(s)
	parts := strings.Split(strings.NewReplacer("/", "-", ".", "-").Replace(s), "-")
	nums := make([]int, len(parts))
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || p == "" || p[0] == '+' {
			return 0, badDateEntry(s)
		}
		nums[i] = n
	}
	var y, m, d int
	switch {
	case len(parts) == 3 && len(parts[0]) == 4:
		y, m, d = nums[0], nums[1], nums[2]
	case len(parts) == 3 && len(parts[2]) == 4:
		d, m, y = nums[0], nums[1], nums[2]
	case len(parts) == 2 && year > 0:
		d, m, y = nums[0], nums[1], year
	default:
		return 0, badDateEntry(s)
	}
	if y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, badDateEntry(s)
	}
	v := NewDate(y, time.Month(m), d)
	if yy, mm, dd := v.YMD(); yy != y || int(mm) != m || dd != d {
		return 0, badDateEntry(s)
	}
	return v, nil
}

// ShortDayLabel formats d in plain words, as people say it: "ma 7 dec"
// (nl) or "Mon 7 Dec" (en).
func ShortDayLabel(d Date, l Lang) string {
	_, m, day := d.YMD()
	if l == English {
		return fmt.Sprintf("%s %d %s", DayNameEN(d), day, m.String()[:3])
	}
	return fmt.Sprintf("%s %d %s", DayNameNL(d), day, monthsNL[m-1])
}

// monthsNL are the short Dutch month names.
var monthsNL = [12]string{"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"}

// badDateEntry is the error for text s that is not a date.
func badDateEntry(s string) error {
	return fmt.Errorf("ongeldige datum %q (dd-mm-jjjj, bv. 07-12-2026) / invalid date %q (dd-mm-yyyy, e.g. 07-12-2026)", s, s)
}
