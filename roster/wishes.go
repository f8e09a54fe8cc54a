package roster

// This file holds what a wish itself knows: whether it repeats, on which
// dates it applies. Setting, clearing and counting wishes is in roster/team.

// Repeats reports whether w is a repeating wish.
func (w *Wish) Repeats() bool { return w.Until > w.Date }

// On reports whether w applies on d: on its date, or for a repeating wish on
// every 7th day after it up to and including Until.
func (w *Wish) On(d Date) bool {
	if d == w.Date {
		return true
	}
	return w.Until != 0 && d > w.Date && d <= w.Until && (d-w.Date)%7 == 0
}

// Last returns the last date w applies on.
func (w *Wish) Last() Date { return max(w.Date, w.Until) }

// Touches reports whether w applies on some date of win.
func (w *Wish) Touches(win Window) bool {
	lo, hi := max(win.From, w.Date), min(win.To, w.Last())
	if lo > hi {
		return false
	}
	if !w.Repeats() || hi-lo >= 6 {
		return true // seven days in a row hold every weekday
	}
	for d := lo; d <= hi; d++ {
		if w.On(d) {
			return true
		}
	}
	return false
}

// Covers reports whether w concerns a shift of code on its dates: a wish
// without a shift covers the whole day.
func (w *Wish) Covers(code string) bool { return w.Shift == "" || w.Shift == code }
