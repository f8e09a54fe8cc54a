package store

import (
	"cmp"
	"reflect"
	"slices"

	"github.com/huisrooster/huisrooster/roster"
)

// Diff returns the edit that turns house a into house b: the cells whose
// assignments differ, the absences, wishes and periods only one of them has,
// the members (by ID) and shift types (by code) added, removed or changed,
// and the settings when they differ. Applying it to a gives b up to the
// order of lists (SortPlan; new members and shift types come last); its
// Inverse turns b back into a. Replace records it as the import's audit
// record.
func Diff(a, b *roster.House) roster.Edit {
	var e roster.Edit
	e.Cells = diffCells(a.Plan.Assignments, b.Plan.Assignments)
	for _, x := range diffMulti(a.Plan.Absences, b.Plan.Absences) {
		e.Absences = append(e.Absences, roster.AbsenceEdit{Before: x.before, After: x.after})
	}
	for _, x := range diffMulti(a.Plan.Wishes, b.Plan.Wishes) {
		e.Wishes = append(e.Wishes, roster.WishEdit{Before: x.before, After: x.after})
	}
	for _, x := range diffMulti(a.Plan.Periods, b.Plan.Periods) {
		e.Periods = append(e.Periods, roster.PeriodEdit{Before: x.before, After: x.after})
	}
	for _, x := range diffKeyed(a.Members, b.Members, func(m *roster.Member) int { return m.ID }) {
		e.Members = append(e.Members, roster.MemberEdit{Before: x.before, After: x.after})
	}
	for _, x := range diffKeyed(a.ShiftTypes, b.ShiftTypes, func(s *roster.ShiftType) string { return s.Code }) {
		e.Shifts = append(e.Shifts, roster.ShiftTypeEdit{Before: x.before, After: x.after})
	}
	sa, sb := roster.SettingsOf(a), roster.SettingsOf(b)
	if !same(sa, sb) {
		e.Settings = &roster.SettingsEdit{Before: sa, After: sb}
	}
	if !same(a.Year, b.Year) {
		e.Year = &roster.YearEdit{Before: a.Year.Clone(), After: b.Year.Clone()}
	}
	return e
}

// change is one removed, added or changed element.
type change[T any] struct{ before, after *T }

// same reports whether a and b are deeply equal, treating empty and nil
// slices and maps alike.
func same[T any](a, b T) bool {
	return equalValue(reflect.ValueOf(a), reflect.ValueOf(b))
}

func equalValue(a, b reflect.Value) bool {
	switch a.Kind() {
	case reflect.Slice:
		if a.Len() != b.Len() {
			return false
		}
		for i := 0; i < a.Len(); i++ {
			if !equalValue(a.Index(i), b.Index(i)) {
				return false
			}
		}
		return true
	case reflect.Map:
		if a.Len() != b.Len() {
			return false
		}
		it := a.MapRange()
		for it.Next() {
			bv := b.MapIndex(it.Key())
			if !bv.IsValid() || !equalValue(it.Value(), bv) {
				return false
			}
		}
		return true
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			if !equalValue(a.Field(i), b.Field(i)) {
				return false
			}
		}
		return true
	case reflect.Pointer:
		if a.IsNil() || b.IsNil() {
			return a.IsNil() == b.IsNil()
		}
		return equalValue(a.Elem(), b.Elem())
	case reflect.Float32, reflect.Float64:
		return a.Float() == b.Float()
	}
	return a.Equal(b)
}

// diffCells compares two assignment lists cell by cell.
func diffCells(a, b []roster.Assignment) []roster.CellEdit {
	type key struct {
		d roster.Date
		m int
	}
	cells := func(as []roster.Assignment) map[key][]roster.Assignment {
		out := map[key][]roster.Assignment{}
		for _, x := range as {
			k := key{x.Date, x.Member}
			out[k] = append(out[k], x)
		}
		return out
	}
	ca, cb := cells(a), cells(b)
	var keys []key
	for k := range ca {
		keys = append(keys, k)
	}
	for k := range cb {
		if _, ok := ca[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.SortFunc(keys, func(x, y key) int { return cmp.Or(cmp.Compare(x.d, y.d), cmp.Compare(x.m, y.m)) })
	var out []roster.CellEdit
	for _, k := range keys {
		if !same(ca[k], cb[k]) {
			out = append(out, roster.CellEdit{Member: k.m, Date: k.d, Before: ca[k], After: cb[k]})
		}
	}
	return out
}

// diffMulti compares two lists as multisets: removals first, then additions.
func diffMulti[T comparable](a, b []T) []change[T] {
	count := map[T]int{}
	for _, x := range b {
		count[x]++
	}
	var out []change[T]
	for i := range a {
		if count[a[i]] > 0 {
			count[a[i]]--
			continue
		}
		out = append(out, change[T]{before: &a[i]})
	}
	left := map[T]int{}
	for _, x := range a {
		left[x]++
	}
	for i := range b {
		if left[b[i]] > 0 {
			left[b[i]]--
			continue
		}
		out = append(out, change[T]{after: &b[i]})
	}
	return out
}

// diffKeyed compares two lists of keyed elements: removed, changed, added.
func diffKeyed[T any, K comparable](a, b []T, key func(*T) K) []change[T] {
	inB := map[K]*T{}
	for i := range b {
		inB[key(&b[i])] = &b[i]
	}
	inA := map[K]bool{}
	var out []change[T]
	for i := range a {
		k := key(&a[i])
		inA[k] = true
		switch nb := inB[k]; {
		case nb == nil:
			out = append(out, change[T]{before: &a[i]})
		case !same(a[i], *nb):
			out = append(out, change[T]{before: &a[i], after: nb})
		}
	}
	for i := range b {
		if !inA[key(&b[i])] {
			out = append(out, change[T]{after: &b[i]})
		}
	}
	return out
}
