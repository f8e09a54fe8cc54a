package main

import (
	"encoding/json"
	"fmt"
	"io"
)

// writeJSON writes v to w as indented JSON, the form every command's --json
// output takes; a failed write comes back with a bilingual context.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("JSON schrijven / write JSON: %w", err)
	}
	return nil
}
