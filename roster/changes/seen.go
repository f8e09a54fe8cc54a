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

// seenKey is the local record of name ("seen/anna de vries").
func seenKey(name string) string { return "changes/seen/" + normName(name) }

// normName is name in lower case with single spaces.
func normName(name string) string { return strings.ToLower(strings.Join(strings.Fields(name), " ")) }

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
// them) that name has not seen: newer than her last look, and not made by
// herself (she knows what she did). It stops reading at the first seen
// one. A member who never looked has seen everything so far: her first
// look only sets the mark (looked false returns nothing).
func Unseen(log []roster.AuditRecord, seen Seen, looked bool, name string) []roster.AuditRecord {
	if !looked {
		return nil
	}
	me := normName(name)
	var out []roster.AuditRecord
	for _, r := range log {
		if r.Seq <= seen.Seq {
			break
		}
		if normName(r.Who) != me {
			out = append(out, r)
		}
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
