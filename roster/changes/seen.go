package changes

import (
	"fmt"
	"strings"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// Seen is what a member has seen: the newest audit record when she last
// dismissed the changes, and when.
type Seen struct {
	Seq  uint64    `json:"seq"`
	When time.Time `json:"when"`
}

// FirstLook is how far back the changes go for a member who never looked:
// the last week.
const FirstLook = 7 * 24 * time.Hour

// seenKey is the local record of name ("seen/anna de vries").
func seenKey(name string) string {
	return "changes/seen/" + strings.ToLower(strings.Join(strings.Fields(name), " "))
}

// LastSeen returns what name has seen; false when she never looked.
func LastSeen(ls roster.LocalStore, name string) (Seen, bool, error) {
	var s Seen
	ok, err := ls.GetLocal(seenKey(name), &s)
	if err != nil {
		return Seen{}, false, fmt.Errorf("laatst gezien / last seen: %w", err)
	}
	return s, ok, nil
}

// MarkSeen records that name has seen everything up to record seq.
func MarkSeen(ls roster.LocalStore, name string, seq uint64, now time.Time) error {
	if err := ls.PutLocal(seenKey(name), Seen{Seq: seq, When: now.UTC()}); err != nil {
		return fmt.Errorf("laatst gezien / last seen: %w", err)
	}
	return nil
}

// Unseen returns the records of log (newest first, as Store.Log returns
// them) that name has not seen: newer than her last look, or from the last
// FirstLook when she never looked. It stops reading at the first seen one.
func Unseen(log []roster.AuditRecord, seen Seen, looked bool, now time.Time) []roster.AuditRecord {
	var out []roster.AuditRecord
	for _, r := range log {
		if looked && r.Seq <= seen.Seq || !looked && r.When.Before(now.Add(-FirstLook)) {
			break
		}
		out = append(out, r)
	}
	return out
}

// Newest returns the sequence number of the newest record of log (newest
// first), 0 for an empty log.
func Newest(log []roster.AuditRecord) uint64 {
	if len(log) == 0 {
		return 0
	}
	return log[0].Seq
}
