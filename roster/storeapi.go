package roster

import (
	"time"
)

// AuditRecord is one entry of the append-only audit log: when, who (the team
// member using the app), what, and the state before and after.
type AuditRecord struct {
	Seq  uint64    `json:"seq"`
	When time.Time `json:"when"`
	Who  string    `json:"who"`
	NL   string    `json:"nl"`
	EN   string    `json:"en"`
	Edit Edit      `json:"edit"`
}

// Store keeps a house. The store package implements it with bbolt; tests and
// the UI's previews may use an in-memory one.
type Store interface {
	// Load returns the whole house with its plan.
	Load() (*House, error)
	// Apply saves one edit made by who in one transaction, with its audit
	// record. After it returns nil the change is durable.
	Apply(e Edit, who string) error
	// Replace saves a whole house in one transaction (import), with an audit
	// record.
	Replace(h *House, who string) error
	// Log returns audit records newest first, at most limit (0: all).
	Log(limit int) ([]AuditRecord, error)
	// Close releases the store.
	Close() error
}
