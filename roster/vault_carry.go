package roster

import (
	"encoding/json"
	"fmt"
)

// A house file exported without the PIN (PlainHouse) holds no pay data.
// Importing it over a roster that has them must not wipe them: CarryPay
// takes the sealed pay data of the roster over for the members the file
// still has (same member ID); a member new in the file gets none; the pay
// data of a member the file no longer has go.

// PayCarry says what CarryPay did, for the user.
type PayCarry struct {
	// Carried are the names of the members whose pay data were taken over.
	Carried []string
	// Dropped are the names of members who are not in the file: their pay
	// data go.
	Dropped []string
	// Pending is true when the pay data could not be opened (the PIN was
	// not given): they are carried over sealed, as they were, and the
	// removed members' part goes at the next save of the pay data;
	// Carried and Dropped then name the members matched and removed, not
	// knowing who had pay data.
	Pending bool
	// Sick is what CarrySick did with the sick reports (nil: nothing).
	Sick *SickCarry
}

// Text returns the report in Dutch or English ("" when nothing was
// carried over).
func (c *PayCarry) Text(l Lang) string {
	if c == nil {
		return ""
	}
	pay, sick := c.payText(l), c.Sick.Text(l)
	if pay != "" && sick != "" {
		return pay + " " + sick
	}
	return pay + sick
}

// payText is Text's part about the pay data.
func (c *PayCarry) payText(l Lang) string {
	if !c.Pending && len(c.Carried) == 0 && len(c.Dropped) == 0 {
		return ""
	}
	if c.Pending {
		return fmt.Sprintf(l.Pick("Het huisbestand heeft geen loongegevens: de versleutelde loongegevens van het rooster zijn bewaard voor de %d teamleden die in beide staan. "+
			"Die van %d verwijderde teamleden vervallen bij de volgende keer opslaan met de pincode (geef de pincode bij het importeren om ze nu te wissen).",
			"The house file holds no pay data: the roster's sealed pay data were kept for the %d members in both. "+
				"Those of %d removed members go when the pay data are next saved with the PIN (give the PIN with the import to remove them now)."),
			len(c.Carried), len(c.Dropped))
	}
	return fmt.Sprintf(l.Pick("Het huisbestand heeft geen loongegevens: die van %d teamleden zijn bewaard; die van %d verwijderde teamleden zijn gewist.",
		"The house file holds no pay data: those of %d members were kept; those of %d removed members were removed."),
		len(c.Carried), len(c.Dropped))
}

// CarryPay gives imported (a house read from a file) the pay data of old
// (the roster it replaces) when the file has none of its own: no vault and
// no PIN hash. key opens old's pay data (nil: not unlocked; a roster
// without a PIN opens with its own open key). It returns nil when there is
// nothing to carry. With the data opened, the removed members' part is
// dropped and the rest sealed again under the same key; without, the
// sealed data are kept as they are (Pending). A key that does not open
// old's pay data is an error, and imported is left unchanged.
func CarryPay(old, imported *House, key *PayKey, o PINOptions) (*PayCarry, error) {
	if old == nil || imported == nil || imported.Settings.Vault != nil || imported.Settings.PIN != nil {
		return nil, nil
	}
	ov := old.Settings.Vault
	if ov == nil {
		return nil, nil
	}
	c := &PayCarry{}
	keep := map[int]bool{}
	for _, m := range imported.Members {
		keep[m.ID] = true
	}
	if key == nil || len(key.key) == 0 {
		key = openKey(old)
	}
	v := *ov
	switch {
	case len(ov.Data) == 0:
		// No pay data entered yet: only the PIN (and its recovery code)
		// come along.
	case key != nil && len(key.key) > 0:
		sal, err := key.Salaries(old)
		if err != nil {
			return nil, err
		}
		plain := map[int]Salary{}
		for _, m := range old.Members {
			if _, ok := sal[m.ID]; !ok {
				continue
			}
			if keep[m.ID] {
				plain[m.ID] = sal[m.ID]
				c.Carried = append(c.Carried, m.Name)
			} else {
				c.Dropped = append(c.Dropped, m.Name)
			}
		}
		b, err := json.Marshal(plain)
		if err != nil {
			return nil, fmt.Errorf("loongegevens / pay data: %w", err)
		}
		if v.Data, err = seal(key.key, b, aadData, o.random()); err != nil {
			return nil, err
		}
	default:
		c.Pending = true
		for _, m := range old.Members {
			if keep[m.ID] {
				c.Carried = append(c.Carried, m.Name)
			} else {
				c.Dropped = append(c.Dropped, m.Name)
			}
		}
	}
	imported.Settings.Vault = &v
	return c, nil
}
