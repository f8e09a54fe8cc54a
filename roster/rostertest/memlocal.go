package rostertest

import "encoding/json"

// MemLocal is a roster.LocalStore in a map, as the store keeps its local
// records (through JSON): for the tests of what an installation remembers
// (the fridge's last print, what a user last saw, the publish state).
type MemLocal map[string][]byte

// GetLocal reads the record key into v; false when there is none.
func (m MemLocal) GetLocal(key string, v any) (bool, error) {
	data, ok := m[key]
	if !ok {
		return false, nil
	}
	return true, json.Unmarshal(data, v)
}

// PutLocal stores v as the record key; nil deletes it.
func (m MemLocal) PutLocal(key string, v any) error {
	if v == nil {
		delete(m, key)
		return nil
	}
	data, err := json.Marshal(v)
	m[key] = data
	return err
}
