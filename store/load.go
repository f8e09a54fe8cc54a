package store

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"

	"github.com/huisrooster/huisrooster/roster"
	bolt "go.etcd.io/bbolt"
)

// Load returns the whole house. Members and shift types come in the team's
// order; the plan's lists come in the order of SortPlan. A new, empty store
// returns a zero house (see IsEmpty).
func (s *Store) Load() (*roster.House, error) {
	var h *roster.House
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		h, err = loadTx(tx, nil)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("rooster laden / load roster: %w", err)
	}
	return s.repairedView(h), nil
}

// LoadWindow returns the house with only the part of the plan that touches
// w: assignments and wishes dated in w, absences and periods overlapping w.
// Settings, members and shift types are complete. Reading a few weeks out of
// a year of roster this way reads only those weeks' records.
func (s *Store) LoadWindow(w roster.Window) (*roster.House, error) {
	var h *roster.House
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		h, err = loadTx(tx, &w)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("rooster laden / load roster: %w", err)
	}
	return s.repairedView(h), nil
}

// IsEmpty reports whether the store holds no house yet.
func (s *Store) IsEmpty() (bool, error) {
	empty := true
	err := s.db.View(func(tx *bolt.Tx) error {
		for _, name := range dataBuckets {
			b, err := bucket(tx, name)
			if err != nil {
				return err
			}
			if k, _ := b.Cursor().First(); k != nil {
				empty = false
			}
		}
		return nil
	})
	return empty, err
}

// SortPlan puts the plan's lists in the store's order: assignments by date,
// then member, keeping the order within a cell; absences by start, member,
// end, kind, hours; wishes by date, member, shift, kind, note; periods by
// start, end, state. The order within these lists carries no meaning, so
// two plans are the same when they are equal after SortPlan.
func SortPlan(p *roster.Plan) {
	slices.SortStableFunc(p.Assignments, func(a, b roster.Assignment) int {
		return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.Member, b.Member))
	})
	slices.SortStableFunc(p.Absences, func(a, b roster.Absence) int {
		return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.Member, b.Member), cmp.Compare(a.To, b.To),
			cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.HoursPerDay, b.HoursPerDay))
	})
	slices.SortStableFunc(p.Wishes, func(a, b roster.Wish) int {
		return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.Member, b.Member), cmp.Compare(a.Shift, b.Shift),
			cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Note, b.Note))
	})
	slices.SortStableFunc(p.Periods, func(a, b roster.Period) int {
		return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To), cmp.Compare(a.State, b.State))
	})
}

// loadTx reads the house in tx; with w, only the plan touching w.
func loadTx(tx *bolt.Tx, w *roster.Window) (*roster.House, error) {
	h := &roster.House{}
	hb, err := bucket(tx, bucketHouse)
	if err != nil {
		return nil, err
	}
	if v := hb.Get(keySettings); v != nil {
		r, err := decode[settingsRecord](bucketHouse, keySettings, v)
		if err != nil {
			return nil, err
		}
		h.Name, h.Children, h.Settings, h.Coverage = r.Name, r.Children, r.Settings, r.Coverage
	}
	if err := loadMembers(tx, h); err != nil {
		return nil, err
	}
	if err := loadShifts(tx, h); err != nil {
		return nil, err
	}
	if err := loadPlan(tx, h, w); err != nil {
		return nil, err
	}
	if err := loadYear(tx, h); err != nil {
		return nil, err
	}
	SortPlan(&h.Plan)
	return h, nil
}

func loadMembers(tx *bolt.Tx, h *roster.House) error {
	b, err := bucket(tx, bucketMembers)
	if err != nil {
		return err
	}
	var recs []memberRecord
	err = b.ForEach(func(k, v []byte) error {
		r, err := decode[memberRecord](bucketMembers, k, v)
		if err != nil {
			return err
		}
		if !bytes.Equal(k, memberKey(r.Member.ID)) {
			return fmt.Errorf("teamlid %d onder verkeerde sleutel / member %d under the wrong key", r.Member.ID, r.Member.ID)
		}
		recs = append(recs, r)
		return nil
	})
	if err != nil {
		return err
	}
	slices.SortStableFunc(recs, func(a, b memberRecord) int { return cmp.Compare(a.Pos, b.Pos) })
	for _, r := range recs {
		h.Members = append(h.Members, r.Member)
	}
	return nil
}

func loadShifts(tx *bolt.Tx, h *roster.House) error {
	b, err := bucket(tx, bucketShifts)
	if err != nil {
		return err
	}
	var recs []shiftRecord
	err = b.ForEach(func(k, v []byte) error {
		r, err := decode[shiftRecord](bucketShifts, k, v)
		if err != nil {
			return err
		}
		if string(k) != r.Shift.Code {
			return fmt.Errorf("dienst %q onder verkeerde sleutel / shift type %q under the wrong key", r.Shift.Code, r.Shift.Code)
		}
		recs = append(recs, r)
		return nil
	})
	if err != nil {
		return err
	}
	slices.SortStableFunc(recs, func(a, b shiftRecord) int { return cmp.Compare(a.Pos, b.Pos) })
	for _, r := range recs {
		h.ShiftTypes = append(h.ShiftTypes, r.Shift)
	}
	return nil
}

// scanDates calls fn for every record of bucket name; every key starts with
// a date key. With w, it stops after w.To and, when seek is set, starts at
// w.From (records that may reach into w from before, such as absences, are
// scanned from the first).
func scanDates(tx *bolt.Tx, name []byte, w *roster.Window, seek bool, fn func(k, v []byte) error) error {
	b, err := bucket(tx, name)
	if err != nil {
		return err
	}
	c := b.Cursor()
	var last []byte
	k, v := c.First()
	if w != nil {
		if last, err = dateKey(w.To); err != nil {
			return err
		}
		if seek {
			fk, err := dateKey(w.From)
			if err != nil {
				return err
			}
			k, v = c.Seek(fk)
		}
	}
	for ; k != nil; k, v = c.Next() {
		if len(k) < dateKeyLen {
			return fmt.Errorf("ongeldige sleutel %x in %s / invalid key %x in %s", k, name, k, name)
		}
		if last != nil && string(k[:dateKeyLen]) > string(last) {
			break
		}
		if err := fn(k, v); err != nil {
			return err
		}
	}
	return nil
}

func loadPlan(tx *bolt.Tx, h *roster.House, w *roster.Window) error {
	err := scanDates(tx, bucketCells, w, true, func(k, v []byte) error {
		as, err := decode[[]roster.Assignment](bucketCells, k, v)
		if err != nil {
			return err
		}
		if len(k) != dateKeyLen+8 || len(as) == 0 {
			return fmt.Errorf("ongeldige cel %x / invalid cell %x", k, k)
		}
		d, err := parseDateKey(k)
		if err != nil {
			return err
		}
		for _, a := range as {
			if a.Date != d || !bytes.Equal(memberKey(a.Member), k[dateKeyLen:]) {
				return fmt.Errorf("dienst in verkeerde cel %x / assignment in the wrong cell %x", k, k)
			}
		}
		h.Plan.Assignments = append(h.Plan.Assignments, as...)
		return nil
	})
	if err != nil {
		return err
	}
	err = scanDates(tx, bucketAbsences, w, false, func(k, v []byte) error {
		a, err := decode[roster.Absence](bucketAbsences, k, v)
		if err != nil {
			return err
		}
		if w == nil || a.To >= w.From {
			h.Plan.Absences = append(h.Plan.Absences, a)
		}
		return nil
	})
	if err != nil {
		return err
	}
	err = scanDates(tx, bucketWishes, w, true, func(k, v []byte) error {
		x, err := decode[roster.Wish](bucketWishes, k, v)
		if err != nil {
			return err
		}
		h.Plan.Wishes = append(h.Plan.Wishes, x)
		return nil
	})
	if err != nil {
		return err
	}
	return scanDates(tx, bucketPeriods, w, false, func(k, v []byte) error {
		p, err := decode[roster.Period](bucketPeriods, k, v)
		if err != nil {
			return err
		}
		if w == nil || p.To >= w.From {
			h.Plan.Periods = append(h.Plan.Periods, p)
		}
		return nil
	})
}

// loadYear reads the year plan (schema 2).
func loadYear(tx *bolt.Tx, h *roster.House) error {
	if version, _ := schemaOf(tx); version < 2 && tx.Bucket(bucketYear) == nil {
		return nil // a schema-1 file (a backup from before the migration) has no year yet
	}
	b, err := bucket(tx, bucketYear)
	if err != nil {
		return err
	}
	if v := b.Get(keyYear); v != nil {
		y, err := decode[roster.YearPlan](bucketYear, keyYear, v)
		if err != nil {
			return err
		}
		h.Year = y
	}
	return nil
}
