package roster

// LocalStore keeps small records of one installation that are not part of
// the house: when each member last saw the changes, what was last published
// to a folder, which version of a week was last printed. Records are JSON
// values under string keys; they are not exported, not audited and survive
// an import. The store package implements it next to [Store]; the UI's
// in-memory store does too.
type LocalStore interface {
	// GetLocal reads the record key into v; false when there is none.
	GetLocal(key string, v any) (bool, error)
	// PutLocal saves v as the record key durably; nil deletes it.
	PutLocal(key string, v any) error
}
