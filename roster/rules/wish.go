package rules

import (
	"fmt"

	"github.com/huisrooster/huisrooster/roster"
)

// WISH: a member's wish the plan does not honour (house norm of
// self-rostering).

// checkWishes reports WISH: a "kan niet" wish not honoured is an error, a
// "liever niet" wish a warning. A wish without a shift code covers the whole
// day; one with a code only shifts of that code.
func (c *checker) checkWishes() {
	for wi := range c.h.Plan.Wishes {
		w := &c.h.Plan.Wishes[wi]
		var sev Severity
		switch w.Kind {
		case roster.WishCannot:
			sev = SevError
		case roster.WishRatherNot:
			sev = SevWarning
		default:
			continue
		}
		if !w.Touches(c.w) {
			continue
		}
		m := c.h.Member(w.Member)
		if m == nil {
			continue
		}
		for _, s := range c.byMember[w.Member] {
			if !w.On(s.Date) || !c.w.Contains(s.Date) || !s.Worked() || (w.Shift != "" && w.Shift != s.Code) {
				continue
			}
			what, whatEN := "de hele dag", "the whole day"
			if w.Shift != "" {
				what, whatEN = "dienst "+w.Shift, "shift "+w.Shift
			}
			c.shiftFinding(RuleWish, sev, m, &s,
				fmt.Sprintf("%s: wens '%s' (%s) op %s niet gehonoreerd: staat op %s", m.Name, w.Kind, what, roster.DayLabel(s.Date, roster.Dutch), s.Code),
				fmt.Sprintf("%s: wish '%s' (%s) on %s not honoured: rostered on %s", m.Name, roster.WishKindEN(w.Kind), whatEN, roster.DayLabel(s.Date, roster.English), s.Code))
		}
	}
}
