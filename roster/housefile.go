package roster

import (
	"encoding/json"
	"fmt"
	"io"
)

// HouseFileVersion is the version of the house file format this build writes.
const HouseFileVersion = 1

// houseFile is the envelope of the JSON house file.
type houseFile struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
	House   *House `json:"house"`
}

// EncodeHouseFile writes h as a versioned JSON house file.
func EncodeHouseFile(w io.Writer, h *House) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(houseFile{Format: "huisrooster", Version: HouseFileVersion, House: h}); err != nil {
		return fmt.Errorf("huisbestand schrijven / write house file: %w", err)
	}
	return nil
}

// DecodeHouseFile reads a versioned JSON house file.
func DecodeHouseFile(r io.Reader) (*House, error) {
	var f houseFile
	if err := json.NewDecoder(r).Decode(&f); err != nil {
		return nil, fmt.Errorf("huisbestand lezen / read house file: %w", err)
	}
	return f.House, nil
}
