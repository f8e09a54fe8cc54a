package store

// Schema version 4 seals the pay data (roster/vault.go): the members'
// salaries and the teamleider's PIN hash of version 3 move into the
// settings' vault, and the audit log keeps no PIN hash, key or salary in
// clear (roster.AuditSafe). From version 4 on, the store refuses to write
// either in clear (checkSealed) and scrubs every new audit record.

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/huisrooster/huisrooster/roster"
	bolt "go.etcd.io/bbolt"
)

// migrateSealPay upgrades version 3 to 4 inside tx. Records of these
// versions are plain JSON (decodePlain, putPlain); version 5 seals them.
func migrateSealPay(tx *bolt.Tx) error {
	hb, err := bucket(tx, bucketHouse)
	if err != nil {
		return err
	}
	var sr settingsRecord
	if v := hb.Get(keySettings); v != nil {
		if sr, err = decodePlain[settingsRecord](bucketHouse, keySettings, v); err != nil {
			return err
		}
	}
	mb, err := bucket(tx, bucketMembers)
	if err != nil {
		return err
	}
	type keyed struct {
		k   []byte
		rec memberRecord
	}
	var members []keyed
	h := &roster.House{Settings: sr.Settings}
	err = mb.ForEach(func(k, v []byte) error {
		r, err := decodePlain[memberRecord](bucketMembers, k, v)
		if err != nil {
			return err
		}
		members = append(members, keyed{append([]byte(nil), k...), r})
		h.Members = append(h.Members, r.Member)
		return nil
	})
	if err != nil {
		return err
	}
	if err := roster.SealLegacyPay(h, nil); err != nil {
		return fmt.Errorf("loongegevens versleutelen / seal pay data: %w", err)
	}
	sr.Settings = h.Settings
	if err := putPlain(hb, keySettings, sr); err != nil {
		return err
	}
	for i, m := range members {
		if m.rec.Member.Salary == nil {
			continue
		}
		m.rec.Member = h.Members[i]
		if err := putPlain(mb, m.k, m.rec); err != nil {
			return err
		}
	}
	return scrubAuditLog(tx)
}

// scrubAuditLog rewrites the audit records that hold a PIN hash, a key or
// a salary in clear, keeping everything else of them.
func scrubAuditLog(tx *bolt.Tx) error {
	ab, err := bucket(tx, bucketAudit)
	if err != nil {
		return err
	}
	type change struct{ k, v []byte }
	var changes []change
	err = ab.ForEach(func(k, v []byte) error {
		if !bytes.Contains(v, []byte(`"pin"`)) && !bytes.Contains(v, []byte(`"salary"`)) && !bytes.Contains(v, []byte(`"vault"`)) {
			return nil
		}
		r, err := decodePlain[roster.AuditRecord](bucketAudit, k, v)
		if err != nil {
			return err
		}
		r.Edit = roster.AuditSafe(r.Edit)
		nv, err := encode(r)
		if err != nil {
			return err
		}
		if !bytes.Equal(nv, v) {
			changes = append(changes, change{append([]byte(nil), k...), nv})
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, c := range changes {
		if err := ab.Put(c.k, c.v); err != nil {
			return err
		}
	}
	return nil
}

// checkSealed refuses an edit that would store pay data or a PIN in clear:
// salaries live only in the vault (roster.SealPay), the PIN only as the
// vault's sealed key.
func checkSealed(e roster.Edit) []roster.Problem {
	var probs []roster.Problem
	for i, m := range e.Members {
		if m.After != nil && m.After.Salary != nil {
			probs = append(probs, problemf(fmt.Sprintf("members[%d].salary", i),
				"loongegevens onversleuteld: sla ze op met de pincode", "pay data not sealed: save them with the PIN"))
		}
	}
	if s := e.Settings; s != nil && s.After.Settings.PIN != nil {
		probs = append(probs, problemf("settings.pin", "pincode-hash wordt niet meer bewaard", "a PIN hash is no longer stored"))
	}
	return probs
}

// sealHouse returns h with its pay data sealed (a house file of an older
// version with salaries or a PIN hash in clear); h is not changed.
func sealHouse(h *roster.House) (*roster.House, error) {
	legacy := h.Settings.PIN != nil
	for _, m := range h.Members {
		legacy = legacy || m.Salary != nil
	}
	if !legacy {
		return h, nil
	}
	// Deep enough a copy: SealLegacyPay changes the settings and the
	// members' Salary pointers only.
	b, err := json.Marshal(h)
	if err != nil {
		return nil, fmt.Errorf("huis kopiëren / copy house: %w", err)
	}
	var c roster.House
	if err := json.Unmarshal(b, &c); err != nil {
		return nil, fmt.Errorf("huis kopiëren / copy house: %w", err)
	}
	if err := roster.SealLegacyPay(&c, nil); err != nil {
		return nil, err
	}
	return &c, nil
}
