package ui

import (
	"encoding/json"
	"fmt"
)

// GetLocal reads the local record key into v (roster.LocalStore).
func (s *MemStore) GetLocal(key string, v any) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	data, ok := s.local[key]
	if !ok {
		return false, nil
	}
	if err := json.Unmarshal(data, v); err != nil {
		return false, fmt.Errorf("lokale gegevens %q lezen / read local record %q: %w", key, key, err)
	}
	return true, nil
}

// PutLocal saves v as the local record key; nil deletes it.
func (s *MemStore) PutLocal(key string, v any) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if v == nil {
		delete(s.local, key)
		return nil
	}
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("lokale gegevens %q opslaan / save local record %q: %w", key, key, err)
	}
	if s.local == nil {
		s.local = map[string][]byte{}
	}
	s.local[key] = data
	return nil
}
