package ui

import (
	"encoding/json"
	"fmt"
	"sync"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// MemStore is a roster.Store in memory: for tests, previews and a demo
// session that must not touch the roster file. It keeps its own copy of the
// house, so the UI's house and the store's can be compared.
type MemStore struct {
	mu    sync.Mutex
	house *roster.House
	log   []roster.AuditRecord
	local map[string][]byte // roster.LocalStore records (memstore_local.go)
	// Fail, when set, makes Apply and Replace return it (to test error paths).
	Fail error
}

// NewMemStore returns a store holding a copy of h.
func NewMemStore(h *roster.House) *MemStore {
	return &MemStore{house: cloneHouse(h)}
}

// cloneHouse deep-copies h through its JSON form.
func cloneHouse(h *roster.House) *roster.House {
	b, err := json.Marshal(h)
	if err != nil {
		return &roster.House{}
	}
	var out roster.House
	if err := json.Unmarshal(b, &out); err != nil {
		return &roster.House{}
	}
	return &out
}

// Load returns a copy of the house.
func (s *MemStore) Load() (*roster.House, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return cloneHouse(s.house), nil
}

// Apply applies e to the stored house and logs it.
func (s *MemStore) Apply(e roster.Edit, who string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.Fail != nil {
		return s.Fail
	}
	if err := s.house.Apply(e); err != nil {
		return fmt.Errorf("opslaan mislukt / save failed: %w", err)
	}
	s.log = append(s.log, roster.AuditRecord{Seq: uint64(len(s.log) + 1), When: time.Now(), Who: who, NL: e.NL, EN: e.EN, Edit: e})
	return nil
}

// Replace replaces the stored house.
func (s *MemStore) Replace(h *roster.House, who string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.Fail != nil {
		return s.Fail
	}
	s.house = cloneHouse(h)
	s.log = append(s.log, roster.AuditRecord{Seq: uint64(len(s.log) + 1), When: time.Now(), Who: who,
		NL: "Huis vervangen", EN: "House replaced"})
	return nil
}

// Log returns the audit records newest first, at most limit (0: all).
func (s *MemStore) Log(limit int) ([]roster.AuditRecord, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]roster.AuditRecord, 0, len(s.log))
	for i := len(s.log) - 1; i >= 0; i-- {
		out = append(out, s.log[i])
		if limit > 0 && len(out) == limit {
			break
		}
	}
	return out, nil
}

// Close does nothing.
func (s *MemStore) Close() error { return nil }
