package store

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/huisrooster/huisrooster/roster"
	bolt "go.etcd.io/bbolt"
)

// Apply saves one edit made by who in one transaction together with its
// audit record; after it returns nil the change is on disk. Parts whose
// Before does not match the stored house (a removed absence that is not
// there) make the whole edit fail and nothing is saved. An empty edit saves
// nothing. The note of an assignment in the sick state is dropped: a sick
// report records only that and when, never why.
func (s *Store) Apply(e roster.Edit, who string) error {
	if e.Empty() {
		return nil
	}
	e = scrubEdit(e)
	if probs := append(checkEdit(e, who), checkSealed(e)...); len(probs) > 0 {
		return &InvalidError{Problems: probs}
	}
	err := s.db.Update(func(tx *bolt.Tx) error {
		if err := applyTx(tx, e); err != nil {
			return err
		}
		if err := refreshDigests(tx); err != nil {
			return err
		}
		if wipesPay(e) { // rewritten at close (scrub.go)
			if err := tx.Bucket(bucketMeta).Put(keyCompact, []byte{1}); err != nil {
				return err
			}
		}
		return appendAudit(tx, s.now, who, e)
	})
	if err != nil {
		return fmt.Errorf("wijziging opslaan / save change: %w", readOnlyErr(err))
	}
	return nil
}

// Replace saves the whole house h in one transaction, with an audit record
// whose edit is the difference between the stored house and h (see Diff).
// Like Apply, it drops the notes of assignments in the sick state.
func (s *Store) Replace(h *roster.House, who string) error {
	return s.replace(h, who, "Huis vervangen", "House replaced")
}

func (s *Store) replace(h *roster.House, who, nl, en string) error {
	if h != nil {
		h = scrubHouse(h)
		sealed, err := sealHouse(h)
		if err != nil {
			return fmt.Errorf("huis opslaan / save house: %w", err)
		}
		h = sealed
	}
	probs := checkWho(who)
	probs = append(probs, checkHouse(h)...)
	if len(probs) > 0 {
		return &InvalidError{Problems: probs}
	}
	err := s.db.Update(func(tx *bolt.Tx) error {
		old, err := loadTx(tx, nil)
		if err != nil {
			return err
		}
		diff := Diff(old, h)
		if en == "House replaced" && (old == nil || old.Name == "" && len(old.Members) == 0 && len(old.ShiftTypes) == 0) {
			nl, en = "Huis aangemaakt", "House created"
		}
		diff.NL = fmt.Sprintf("%s (%d wijzigingen)", nl, changes(diff))
		diff.EN = fmt.Sprintf("%s (%d changes)", en, changes(diff))
		if err := writeHouse(tx, h); err != nil {
			return err
		}
		if err := refreshDigests(tx); err != nil {
			return err
		}
		return appendAudit(tx, s.now, who, diff)
	})
	if err != nil {
		return fmt.Errorf("huis opslaan / save house: %w", readOnlyErr(err))
	}
	return nil
}

// changes counts the parts of e.
func changes(e roster.Edit) int {
	n := len(e.Cells) + len(e.Absences) + len(e.Wishes) + len(e.Periods) + len(e.Members) + len(e.Shifts)
	if e.Settings != nil {
		n++
	}
	if e.Year != nil {
		n++
	}
	return n
}

// writeHouse empties the data buckets and writes h.
func writeHouse(tx *bolt.Tx, h *roster.House) error {
	for _, name := range dataBuckets {
		if err := tx.DeleteBucket(name); err != nil {
			return err
		}
		if _, err := tx.CreateBucket(name); err != nil {
			return err
		}
	}
	hs := roster.SettingsOf(h)
	if err := put(tx.Bucket(bucketHouse), keySettings, settingsRecord(hs)); err != nil {
		return err
	}
	if err := put(tx.Bucket(bucketYear), keyYear, h.Year); err != nil {
		return err
	}
	mb := tx.Bucket(bucketMembers)
	for i, m := range h.Members {
		if err := put(mb, memberKey(m.ID), memberRecord{Pos: uint64(i), Member: m}); err != nil {
			return err
		}
	}
	if err := mb.SetSequence(uint64(len(h.Members))); err != nil {
		return err
	}
	sb := tx.Bucket(bucketShifts)
	for i, st := range h.ShiftTypes {
		if err := put(sb, []byte(st.Code), shiftRecord{Pos: uint64(i), Shift: st}); err != nil {
			return err
		}
	}
	if err := sb.SetSequence(uint64(len(h.ShiftTypes))); err != nil {
		return err
	}
	cells := map[string][]roster.Assignment{}
	var order []string
	for _, a := range h.Plan.Assignments {
		k, err := cellKey(a.Date, a.Member)
		if err != nil {
			return err
		}
		if _, ok := cells[string(k)]; !ok {
			order = append(order, string(k))
		}
		cells[string(k)] = append(cells[string(k)], a)
	}
	cb := tx.Bucket(bucketCells)
	for _, k := range order {
		if err := put(cb, []byte(k), cells[k]); err != nil {
			return err
		}
	}
	for i := range h.Plan.Absences {
		if err := addAbsence(tx, &h.Plan.Absences[i]); err != nil {
			return err
		}
	}
	for i := range h.Plan.Wishes {
		if err := addWish(tx, &h.Plan.Wishes[i]); err != nil {
			return err
		}
	}
	for i := range h.Plan.Periods {
		if err := addPeriod(tx, &h.Plan.Periods[i]); err != nil {
			return err
		}
	}
	return nil
}

// applyTx applies e to the stored house in tx.
func applyTx(tx *bolt.Tx, e roster.Edit) error {
	cb := tx.Bucket(bucketCells)
	for _, c := range e.Cells {
		k, err := cellKey(c.Date, c.Member)
		if err != nil {
			return err
		}
		if len(c.After) == 0 {
			err = cb.Delete(k)
		} else {
			err = put(cb, k, c.After)
		}
		if err != nil {
			return err
		}
	}
	for _, a := range e.Absences {
		if err := replaceRecord(tx, bucketAbsences, a.Before, a.After, absencePrefix, addAbsence); err != nil {
			return fmt.Errorf("afwezigheid / absence: %w", err)
		}
	}
	for _, w := range e.Wishes {
		if err := replaceRecord(tx, bucketWishes, w.Before, w.After, wishPrefix, addWish); err != nil {
			return fmt.Errorf("wens / wish: %w", err)
		}
	}
	for _, p := range e.Periods {
		if err := replaceRecord(tx, bucketPeriods, p.Before, p.After, periodPrefix, addPeriod); err != nil {
			return fmt.Errorf("periode / period: %w", err)
		}
	}
	for _, m := range e.Members {
		if err := replaceMember(tx, m); err != nil {
			return fmt.Errorf("teamlid / member: %w", err)
		}
	}
	for _, st := range e.Shifts {
		if err := replaceShift(tx, st); err != nil {
			return fmt.Errorf("dienst / shift type: %w", err)
		}
	}
	if e.Settings != nil {
		if err := put(tx.Bucket(bucketHouse), keySettings, settingsRecord(e.Settings.After)); err != nil {
			return fmt.Errorf("instellingen / settings: %w", err)
		}
	}
	if e.Year != nil {
		if err := put(tx.Bucket(bucketYear), keyYear, e.Year.After); err != nil {
			return fmt.Errorf("jaarplan / year plan: %w", err)
		}
	}
	return nil
}

// Key prefixes of the plan records; a sequence number makes each key unique.
func absencePrefix(a *roster.Absence) ([]byte, error) { return cellKey(a.From, a.Member) }
func wishPrefix(w *roster.Wish) ([]byte, error)       { return cellKey(w.Date, w.Member) }
func periodPrefix(p *roster.Period) ([]byte, error)   { return dateKey(p.From) }

func addAbsence(tx *bolt.Tx, a *roster.Absence) error {
	return addRecord(tx, bucketAbsences, a, absencePrefix)
}
func addWish(tx *bolt.Tx, w *roster.Wish) error { return addRecord(tx, bucketWishes, w, wishPrefix) }
func addPeriod(tx *bolt.Tx, p *roster.Period) error {
	return addRecord(tx, bucketPeriods, p, periodPrefix)
}

// addRecord stores v under its prefix plus the bucket's next sequence.
func addRecord[T any](tx *bolt.Tx, name []byte, v *T, prefix func(*T) ([]byte, error)) error {
	b := tx.Bucket(name)
	p, err := prefix(v)
	if err != nil {
		return err
	}
	for {
		seq, err := b.NextSequence()
		if err != nil {
			return err
		}
		// A damaged sequence must not make a new record replace an old one.
		if k := cat(p, u64(seq)); b.Get(k) == nil {
			return put(b, k, *v)
		}
	}
}

// replaceRecord removes one record equal to before (when set) and adds after
// (when set), like roster's replaceOne.
func replaceRecord[T comparable](tx *bolt.Tx, name []byte, before, after *T,
	prefix func(*T) ([]byte, error), add func(*bolt.Tx, *T) error) error {
	if before != nil {
		p, err := prefix(before)
		if err != nil {
			return err
		}
		c := tx.Bucket(name).Cursor()
		found := false
		for k, v := c.Seek(p); k != nil && bytes.HasPrefix(k, p); k, v = c.Next() {
			x, err := decode[T](name, k, v)
			if err != nil {
				return err
			}
			if x == *before {
				if err := c.Delete(); err != nil {
					return err
				}
				found = true
				break
			}
		}
		if !found {
			return errors.New("niet gevonden / not found")
		}
	}
	if after != nil {
		return add(tx, after)
	}
	return nil
}

// replaceMember applies one member edit, keeping the member's position.
func replaceMember(tx *bolt.Tx, e roster.MemberEdit) error {
	b := tx.Bucket(bucketMembers)
	pos, err := removeKeyed[memberRecord](b, bucketMembers, e.Before, func(m *roster.Member) []byte { return memberKey(m.ID) },
		func(r memberRecord) uint64 { return r.Pos })
	if err != nil || e.After == nil {
		return err
	}
	k := memberKey(e.After.ID)
	if b.Get(k) != nil {
		return fmt.Errorf("teamlid %d bestaat al / member %d already exists", e.After.ID, e.After.ID)
	}
	if e.Before == nil {
		if pos, err = b.NextSequence(); err != nil {
			return err
		}
	}
	return put(b, k, memberRecord{Pos: pos, Member: *e.After})
}

// replaceShift applies one shift type edit, keeping its position.
func replaceShift(tx *bolt.Tx, e roster.ShiftTypeEdit) error {
	b := tx.Bucket(bucketShifts)
	pos, err := removeKeyed[shiftRecord](b, bucketShifts, e.Before, func(s *roster.ShiftType) []byte { return []byte(s.Code) },
		func(r shiftRecord) uint64 { return r.Pos })
	if err != nil || e.After == nil {
		return err
	}
	k := []byte(e.After.Code)
	if b.Get(k) != nil {
		return fmt.Errorf("dienst %q bestaat al / shift type %q already exists", e.After.Code, e.After.Code)
	}
	if e.Before == nil {
		if pos, err = b.NextSequence(); err != nil {
			return err
		}
	}
	return put(b, k, shiftRecord{Pos: pos, Shift: *e.After})
}

// removeKeyed deletes the record keyed by before (when set) and returns its
// position.
func removeKeyed[R any, T any](b *bolt.Bucket, name []byte, before *T, key func(*T) []byte, pos func(R) uint64) (uint64, error) {
	if before == nil {
		return 0, nil
	}
	k := key(before)
	v := b.Get(k)
	if v == nil {
		return 0, errors.New("niet gevonden / not found")
	}
	r, err := decode[R](name, k, v)
	if err != nil {
		return 0, err
	}
	return pos(r), b.Delete(k)
}

// checkWho refuses an edit without a name.
func checkWho(who string) []roster.Problem {
	if strings.TrimSpace(who) == "" {
		return []roster.Problem{problemf("who", "wie maakt de wijziging? Naam ontbreekt", "who makes the change? Name missing")}
	}
	if nl, en, ok := roster.NameProblem(strings.TrimSpace(who)); !ok {
		return []roster.Problem{{Field: "who", NL: "wie maakt de wijziging? " + nl, EN: "who makes the change? " + en}}
	}
	return nil
}

// checkEdit lists what makes e unsavable: a missing name, assignments in the
// wrong cell.
func checkEdit(e roster.Edit, who string) []roster.Problem {
	probs := checkWho(who)
	for i, c := range e.Cells {
		for _, as := range [][]roster.Assignment{c.Before, c.After} {
			for _, a := range as {
				f := fmt.Sprintf("cells[%d]", i)
				if a.Member != c.Member || a.Date != c.Date {
					probs = append(probs, problemf(f, "dienst van %d op %s staat in cel %d/%s",
						"assignment of %d on %s is in cell %d/%s", a.Member, a.Date, c.Member, c.Date))
				}
			}
		}
	}
	return probs
}

// scrubbed returns as without the notes of sick assignments, copying the
// slice only when something changes.
func scrubbed(as []roster.Assignment) []roster.Assignment {
	for i := range as {
		if as[i].State == roster.StateSick && as[i].Note != "" {
			out := append([]roster.Assignment(nil), as...)
			for j := range out {
				if out[j].State == roster.StateSick {
					out[j].Note = ""
				}
			}
			return out
		}
	}
	return as
}

// scrubEdit returns e without notes on sick assignments (privacy); the
// caller's edit is not changed.
func scrubEdit(e roster.Edit) roster.Edit {
	cells := e.Cells
	for i, c := range cells {
		b, a := scrubbed(c.Before), scrubbed(c.After)
		if len(b) > 0 && &b[0] != &c.Before[0] || len(a) > 0 && &a[0] != &c.After[0] {
			if &cells[0] == &e.Cells[0] {
				cells = append([]roster.CellEdit(nil), e.Cells...)
			}
			cells[i].Before, cells[i].After = b, a
		}
	}
	e.Cells = cells
	return e
}

// scrubHouse returns h without notes on sick assignments (privacy); h is
// not changed.
func scrubHouse(h *roster.House) *roster.House {
	as := scrubbed(h.Plan.Assignments)
	if len(as) == 0 || &as[0] == &h.Plan.Assignments[0] {
		return h
	}
	c := *h
	c.Plan.Assignments = as
	return &c
}

// checkSick enforces privacy on import: a sick report records only that and
// when, so a house file with a note on a sick assignment is refused.
func checkSick(field string, a roster.Assignment) []roster.Problem {
	if a.State == roster.StateSick && a.Note != "" {
		return []roster.Problem{problemf(field+".note",
			"ziekmelding van %d op %s heeft een notitie: een ziekmelding slaat alleen op dát en wanneer iemand ziek is, nooit waarom",
			"sick report of %d on %s has a note: a sick report stores only that and when someone is sick, never why",
			a.Member, a.Date)}
	}
	return nil
}

// checkHouse lists what makes h unsavable: duplicate IDs and codes (they
// are keys) and what checkStorable finds.
func checkHouse(h *roster.House) []roster.Problem {
	if h == nil {
		return []roster.Problem{problemf("house", "geen huis", "no house")}
	}
	var probs []roster.Problem
	ids := map[int]bool{}
	for i, m := range h.Members {
		if ids[m.ID] {
			probs = append(probs, problemf(fmt.Sprintf("members[%d].id", i), "teamlid-id %d komt twee keer voor", "member ID %d occurs twice", m.ID))
		}
		ids[m.ID] = true
	}
	codes := map[string]bool{}
	for i, st := range h.ShiftTypes {
		if codes[st.Code] {
			probs = append(probs, problemf(fmt.Sprintf("shiftTypes[%d].code", i), "dienstcode %q komt twee keer voor", "shift code %q occurs twice", st.Code))
		}
		codes[st.Code] = true
	}
	return append(probs, checkStorable(h)...)
}

// checkStorable lists what only the store refuses: dates without a sortable
// key, free text on sick reports, values that do not encode.
func checkStorable(h *roster.House) []roster.Problem {
	var probs []roster.Problem
	date := func(field string, d roster.Date) {
		if _, err := dateKey(d); err != nil {
			probs = append(probs, problemf(field, "datum %s buiten bereik (jaar 1000–9999)",
				"date %s out of range (year 1000–9999)", d))
		}
	}
	for i, a := range h.Plan.Assignments {
		f := fmt.Sprintf("plan.assignments[%d]", i)
		date(f+".date", a.Date)
		probs = append(probs, checkSick(f, a)...)
	}
	for i, a := range h.Plan.Absences {
		date(fmt.Sprintf("plan.absences[%d].from", i), a.From)
	}
	for i, w := range h.Plan.Wishes {
		date(fmt.Sprintf("plan.wishes[%d].date", i), w.Date)
	}
	for i, p := range h.Plan.Periods {
		date(fmt.Sprintf("plan.periods[%d].from", i), p.From)
	}
	if _, err := encode(h); err != nil {
		probs = append(probs, problemf("house", "huis is niet op te slaan: %v", "house cannot be stored: %v", err))
	}
	return probs
}
