package roster

import "testing"

func TestParseLang(t *testing.T) {
	for _, c := range []struct {
		code string
		want Lang
		ok   bool
	}{
		{"nl", Dutch, true}, {"en", English, true}, {"", Dutch, true},
		{"EN", Dutch, false}, {"de", Dutch, false}, {" en", Dutch, false},
	} {
		got, err := ParseLang(c.code)
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("ParseLang(%q) = %v, %v; want %v, ok %v", c.code, got, err, c.want, c.ok)
		}
		if err != nil && err.Error() != `onbekende taal "`+c.code+`" (nl of en) / unknown language "`+c.code+`" (nl or en)` {
			t.Errorf("ParseLang(%q) error %q is not the bilingual message", c.code, err)
		}
	}
	for _, l := range []Lang{Dutch, English} {
		if back, err := ParseLang(l.String()); err != nil || back != l {
			t.Errorf("ParseLang(%q) = %v, %v; want %v", l.String(), back, err, l)
		}
	}
}

func TestLangOfAndPick(t *testing.T) {
	if LangOf("en") != English || LangOf("nl") != Dutch || LangOf("") != Dutch || LangOf("fr") != Dutch {
		t.Error("LangOf: only \"en\" is English")
	}
	if got := Dutch.Pick("ja", "yes"); got != "ja" {
		t.Errorf("Dutch.Pick = %q", got)
	}
	if got := English.Pick("ja", "yes"); got != "yes" {
		t.Errorf("English.Pick = %q", got)
	}
	var zero Lang
	if zero != Dutch {
		t.Error("the zero Lang must be Dutch, the default")
	}
	d := NewDate(2026, 11, 24)
	if Dutch.DayName(d) != "di" || English.DayName(d) != "Tue" {
		t.Errorf("DayName: %q, %q", Dutch.DayName(d), English.DayName(d))
	}
}
