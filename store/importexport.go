package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/huisrooster/huisrooster/roster"
)

// Export writes the whole house as the versioned JSON house file.
func (s *Store) Export(w io.Writer) error {
	h, err := s.Load()
	if err != nil {
		return err
	}
	return roster.EncodeHouseFile(w, h)
}

// Import reads a JSON house file and replaces the stored house with it.
// It validates everything first and returns an *InvalidError (matching
// ErrInvalid) listing every problem found, saving nothing; otherwise it
// makes a backup and saves the house in one transaction with an audit
// record whose edit is the difference with the house before.
//
// A house file without pay data of its own (exported without the PIN)
// keeps the stored pay data and sick reports of the members it still has:
// see ImportPay.
func (s *Store) Import(r io.Reader, who string) error {
	_, err := s.ImportPay(r, who, nil)
	return err
}

// ImportPay is Import; key (nil when the PIN was not given) opens the
// stored pay data. When the file has no pay data of its own, the stored
// ones are carried over for the members (by ID) the file still has and
// dropped for those it no longer has (roster.CarryPay); without key they
// are carried over sealed as they are. So are the sick reports such a file
// leaves out (roster.CarrySick). The report says what happened (nil
// when nothing was carried). A key that does not open the stored pay data
// fails the import before anything is written.
func (s *Store) ImportPay(r io.Reader, who string, key *roster.PayKey) (*roster.PayCarry, error) {
	h, probs := ReadHouseFile(r)
	probs = append(checkWho(who), probs...)
	if len(probs) > 0 {
		return nil, &InvalidError{Problems: probs}
	}
	old, err := s.Load()
	if err != nil {
		return nil, err
	}
	// Nor are the sick reports a file without the PIN leaves out lost
	// (before CarryPay, which gives h the roster's vault).
	sick := roster.CarrySick(old, h)
	carry, err := roster.CarryPay(old, h, key, roster.PINOptions{})
	if err != nil {
		return nil, fmt.Errorf("loongegevens overnemen, niets geïmporteerd / carry the pay data over, nothing imported: %w", err)
	}
	if sick != nil {
		if carry == nil {
			carry = &roster.PayCarry{}
		}
		carry.Sick = sick
	}
	if _, err := s.backup("voor-import"); err != nil {
		return nil, err
	}
	return carry, s.replace(h, who, "Huisbestand geïmporteerd", "House file imported")
}

// ReadHouseFile decodes and validates a house file for import and returns
// the house, or every problem found: the house file decoder's and
// roster.Validate's, and what the store cannot save (ValidateHouse).
func ReadHouseFile(r io.Reader) (*roster.House, []roster.Problem) {
	data, err := io.ReadAll(io.LimitReader(r, roster.MaxHouseFileBytes+1))
	if err != nil {
		return nil, []roster.Problem{problemf("file", "bestand lezen: %v", "read file: %v", err)}
	}
	h, err := roster.DecodeHouseFile(bytes.NewReader(data))
	if err == nil {
		return h, checkStorable(h)
	}
	var ve roster.ValidationError
	if !errors.As(err, &ve) {
		return nil, []roster.Problem{{Field: "file", NL: err.Error(), EN: err.Error()}}
	}
	probs := []roster.Problem(ve)
	// The file is well-formed but invalid: also list what the store
	// would refuse, so the user sees every problem at once.
	var lenient struct {
		House *roster.House `json:"house"`
	}
	if json.Unmarshal(data, &lenient) == nil && lenient.House != nil {
		probs = append(probs, checkStorable(lenient.House)...)
	}
	return nil, probs
}

// ValidateHouse lists every problem that keeps h from being imported:
// roster.Validate's and what the store cannot save (dates without a
// sortable key, free text on sick reports).
func ValidateHouse(h *roster.House) []roster.Problem {
	if h == nil {
		return roster.Validate(nil)
	}
	return append(roster.Validate(h), checkStorable(h)...)
}
