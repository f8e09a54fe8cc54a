package roster

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// HouseFileFormat is the value of the "format" field of every house file.
const HouseFileFormat = "huisrooster"

// HouseFileVersion is the version of the house file format this build writes.
// Files of an older version are migrated when read; files of a newer version
// are refused. See docs/housefile.md. Version 2 added the year plan ("year":
// leave requests, summer rounds, balances carried over) and the settings
// "region" and "leaveHoursPerFte".
const HouseFileVersion = 2

// MaxHouseFileBytes bounds what DecodeHouseFile reads: a house with photos
// stays far below it.
const MaxHouseFileBytes = 64 << 20

// houseFile is the envelope of the JSON house file.
type houseFile struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
	House   *House `json:"house"`
}

// houseFileHead is the envelope read first, leniently, so that a file of a
// newer version is refused for its version and not for a field this build
// does not know.
type houseFileHead struct {
	Format  *string         `json:"format"`
	Version *int            `json:"version"`
	House   json.RawMessage `json:"house"`
}

// EncodeHouseFile writes h as a versioned JSON house file.
func EncodeHouseFile(w io.Writer, h *House) error {
	if h == nil {
		return errors.New("huisbestand schrijven: geen huis / write house file: no house")
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(houseFile{Format: HouseFileFormat, Version: HouseFileVersion, House: h}); err != nil {
		return fmt.Errorf("huisbestand schrijven / write house file: %w", err)
	}
	return nil
}

// DecodeHouseFile reads a versioned JSON house file. It refuses another
// format, a newer version, unknown fields, anything after the JSON value and
// a missing house, and validates the house: every problem (a bad clock time
// or date, a value of the wrong kind or an unknown field in the house as
// well as what Validate finds) comes back with its field path in one error
// that wraps a ValidationError (use errors.As).
func DecodeHouseFile(r io.Reader) (*House, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxHouseFileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("huisbestand lezen / read house file: %w", err)
	}
	if len(data) > MaxHouseFileBytes {
		return nil, fmt.Errorf("huisbestand groter dan %d MB / house file larger than %d MB", MaxHouseFileBytes>>20, MaxHouseFileBytes>>20)
	}
	// A UTF-8 byte order mark (Windows Notepad writes one) is no part of
	// the JSON.
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	var head houseFileHead
	if err := decodeOne(data, &head, false); err != nil {
		return nil, err
	}
	switch {
	case head.Format == nil:
		return nil, errors.New(`geen huisbestand: veld "format" ontbreekt / not a house file: field "format" is missing`)
	case *head.Format != HouseFileFormat:
		return nil, fmt.Errorf("geen huisbestand: format %q, verwacht %q / not a house file: format %q, expected %q",
			*head.Format, HouseFileFormat, *head.Format, HouseFileFormat)
	case head.Version == nil:
		return nil, errors.New(`huisbestand zonder "version" / house file without "version"`)
	case *head.Version > HouseFileVersion:
		return nil, fmt.Errorf("huisbestand versie %d is gemaakt met een nieuwere versie van Huisrooster (deze leest t/m %d); werk de app bij / house file version %d was made by a newer version of Huisrooster (this one reads up to %d); update the app",
			*head.Version, HouseFileVersion, *head.Version, HouseFileVersion)
	case *head.Version < 1:
		return nil, fmt.Errorf("ongeldige versie %d van het huisbestand / invalid house file version %d", *head.Version, *head.Version)
	case len(head.House) == 0 || bytes.Equal(head.House, []byte("null")):
		return nil, errors.New(`huisbestand zonder "house" / house file without "house"`)
	}
	// Version 1 → 2 only added optional parts (the year plan, the region, the
	// leave hours per fte) whose absence means "none yet" and "144 h": a
	// version-1 house reads as it is. A future version 3 migrates the raw
	// older house here, step by step.
	var f houseFile
	if err := decodeOne(data, &f, true); err != nil {
		// A bad value stops the decoder at the first problem and without
		// its place: find every such value with its field path, then
		// decode and validate the rest so that all problems come at once.
		ps, clean, _ := fieldProblems(head.House)
		if len(ps) == 0 {
			return nil, err
		}
		var h House
		if decodeOne(clean, &h, true) != nil {
			return nil, err
		}
		return nil, fmt.Errorf("huisbestand / house file: %w", ValidationError(mergeProblems(ps, Validate(&h))))
	}
	trimNames(f.House)
	if ps := Validate(f.House); len(ps) > 0 {
		return nil, fmt.Errorf("huisbestand / house file: %w", ValidationError(ps))
	}
	return f.House, nil
}

// decodeOne decodes exactly one JSON value from data into v, refusing
// trailing data and, when strict, unknown fields.
func decodeOne(data []byte, v any, strict bool) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	if strict {
		dec.DisallowUnknownFields()
	}
	if err := dec.Decode(v); err != nil {
		if errors.Is(err, io.EOF) {
			return errors.New("huisbestand is leeg / house file is empty")
		}
		if field, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
			return fmt.Errorf("huisbestand: onbekend veld %s / house file: unknown field %s: %w", field, field, err)
		}
		return jsonError(data, err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return fmt.Errorf("huisbestand: gegevens na het einde (byte %d) / house file: data after the end (byte %d)", dec.InputOffset(), dec.InputOffset())
	}
	return nil
}

// jsonError words a JSON decoding error of a house file for the user: where
// the file stops being JSON (line and character), that it ends in the
// middle, or which field has a value of the wrong kind.
func jsonError(data []byte, err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF):
		return errors.New("huisbestand houdt midden in op (afgebroken of niet helemaal gekopieerd?) / house file ends in the middle (cut off or not copied completely?)")
	case errors.As(err, &se):
		line, col := textPosition(data, se.Offset)
		return fmt.Errorf("huisbestand is geen geldige JSON: fout op regel %d, teken %d / house file is not valid JSON: error at line %d, character %d",
			line, col, line, col)
	case errors.As(err, &te):
		if te.Field == "" {
			return fmt.Errorf("geen huisbestand: een JSON-%s in plaats van een object met \"format\", \"version\" en \"house\" / not a house file: a JSON %s instead of an object with \"format\", \"version\" and \"house\"",
				te.Value, te.Value)
		}
		return fmt.Errorf("huisbestand: veld %q heeft een waarde van de verkeerde soort (%s) / house file: field %q has a value of the wrong kind (%s)",
			te.Field, te.Value, te.Field, te.Value)
	}
	return fmt.Errorf("huisbestand lezen / read house file: %w", err)
}

// textPosition returns the line and character (both from 1) of the byte at
// offset in data; offset counts as json.SyntaxError's does (the bytes read
// before the error).
func textPosition(data []byte, offset int64) (line, col int) {
	offset = min(max(offset, 1), int64(len(data)))
	before := data[:offset-1]
	line = 1 + bytes.Count(before, []byte("\n"))
	if i := bytes.LastIndexByte(before, '\n'); i >= 0 {
		before = before[i+1:]
	}
	return line, utf8.RuneCount(before) + 1
}
