package roster

// This file is the one rule for what is personal. Salary data (scales,
// steps, hourly wages and amounts per member, or per role of fewer than
// MinGroupSize members) and sickness per member or per such a small role are
// shown or written only after the teamleider's PIN. The app's screens, every
// command (fte as text, JSON and CSV, export, export payroll, log) and every
// export ask this file, so they cannot disagree:
//
//   - Disclose: the realisation as it may be shown; locked, it has no
//     members, no sickness of small roles and no amounts (those come from
//     the sealed wages, so without the PIN they are not known).
//   - PayrollAllowed: the payroll export (hours and sickness per member per
//     day) needs the PIN.
//   - DiscloseRecord: an audit record about sickness or pay shows, locked,
//     as who and when only.
//   - PlainHouse: a house file written without the PIN leaves out the pay
//     data, the PIN and every sick report.
//   - AuditSafe: what the log stores of an edit, never a PIN hash or a key.
//
// A house without a PIN shows nothing personal either: the teamleider sets
// one first.

// MinGroupSize is the smallest role whose totals show without the PIN: the
// total of a smaller role is one or two persons' data.
const MinGroupSize = 3

// SmallGroup reports whether a role of members people is too small to show
// its sickness or pay without the PIN.
func SmallGroup(members int) bool { return members > 0 && members < MinGroupSize }

// PersonalEdit reports whether e is about someone's sickness or pay: a sick
// report (an assignment in the sick state, a sick absence), salaries, the
// pay data or the PIN.
func PersonalEdit(e Edit) bool {
	for _, c := range e.Cells {
		for _, as := range [][]Assignment{c.Before, c.After} {
			for _, a := range as {
				if a.State == StateSick {
					return true
				}
			}
		}
	}
	for _, a := range e.Absences {
		if (a.Before != nil && a.Before.Kind == AbsSick) || (a.After != nil && a.After.Kind == AbsSick) {
			return true
		}
	}
	for _, m := range e.Members {
		if (m.Before != nil && m.Before.Salary != nil) || (m.After != nil && m.After.Salary != nil) {
			return true
		}
	}
	if s := e.Settings; s != nil {
		b, a := s.Before.Settings, s.After.Settings
		if b.PIN != nil || a.PIN != nil || !sameVault(b.Vault, a.Vault) {
			return true
		}
	}
	return false
}

// sameVault reports whether two vaults are the same one (pointer or
// contents of the data and keys).
func sameVault(a, b *PayVault) bool {
	if a == b {
		return true
	}
	if a == nil || b == nil {
		return false
	}
	return string(a.Data) == string(b.Data) && string(a.PINKey) == string(b.PINKey) &&
		string(a.RecoveryKey) == string(b.RecoveryKey) && string(a.OpenKey) == string(b.OpenKey) && (a.Notice == nil) == (b.Notice == nil)
}

// DiscloseRecord returns the audit record as it may be shown: itself when
// unlocked or not personal, else who and when with a neutral text and an
// empty edit. An undo or redo keeps its mark ("Ongedaan gemaakt: …").
func DiscloseRecord(r AuditRecord, unlocked bool) AuditRecord {
	if unlocked || !PersonalEdit(r.Edit) {
		return r
	}
	nl, en := undoPrefix(r.NL, r.EN)
	return AuditRecord{Seq: r.Seq, When: r.When, Who: r.Who,
		NL: nl + "ziekmelding of loongegevens (details na de pincode van de teamleider)",
		EN: en + "sickness or pay record (details after the teamleider's PIN)"}
}

// PlainHouse returns a copy of h for a house file written without the
// PIN: no pay data (vault, salaries), no PIN and no sick reports (sick
// absences and assignments in the sick state are left out; a cover-in
// stays, without saying whom it covers for). h is not changed.
func PlainHouse(h *House) *House {
	c := *h
	c.Settings.Vault, c.Settings.PIN = nil, nil
	c.Members = make([]Member, len(h.Members))
	for i, m := range h.Members {
		m.Salary = nil
		c.Members[i] = m
	}
	c.Plan.Assignments = nil
	for _, a := range h.Plan.Assignments {
		if a.State == StateSick {
			continue
		}
		a.CoverFor = 0
		c.Plan.Assignments = append(c.Plan.Assignments, a)
	}
	c.Plan.Absences = nil
	for _, a := range h.Plan.Absences {
		if a.Kind != AbsSick {
			c.Plan.Absences = append(c.Plan.Absences, a)
		}
	}
	return &c
}

// AuditSafe returns what the audit log keeps of e: no PIN hash, no key of
// the vault (only its sealed data and notice) and no salary in clear, so
// old PINs cannot be searched for in the log. The log's text says what
// happened ("Pincode teamleider gewijzigd door …").
func AuditSafe(e Edit) Edit {
	if s := e.Settings; s != nil {
		se := *s
		se.Before.Settings = auditSettings(se.Before.Settings)
		se.After.Settings = auditSettings(se.After.Settings)
		e.Settings = &se
	}
	if len(e.Members) > 0 {
		ms := make([]MemberEdit, len(e.Members))
		for i, m := range e.Members {
			ms[i] = MemberEdit{Before: memberNoSalary(m.Before), After: memberNoSalary(m.After)}
		}
		e.Members = ms
	}
	return e
}

// auditSettings drops the PIN hash and the vault's keys from s.
func auditSettings(s Settings) Settings {
	s.PIN = nil
	if v := s.Vault; v != nil {
		s.Vault = &PayVault{Data: v.Data, Notice: v.Notice}
	}
	return s
}

// memberNoSalary returns m without its salary (m itself when it has none).
func memberNoSalary(m *Member) *Member {
	if m == nil || m.Salary == nil {
		return m
	}
	c := *m
	c.Salary = nil
	return &c
}
