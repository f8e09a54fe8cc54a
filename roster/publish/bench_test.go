package publish

import (
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rostertest"
)

// BenchmarkPublishFirst is a publish into an empty folder: every file
// rendered and written.
func BenchmarkPublishFirst(b *testing.B) {
	h := rostertest.PrivateHouse()
	for b.Loop() {
		if _, err := Publish(b.TempDir(), h, rostertest.MemLocal{}, today, at(9, 0), roster.Dutch); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPublishUnchanged is the publish after a change elsewhere: every
// file rendered, none written (the ratio to BenchmarkPublishFirst is what
// skipping unchanged files saves).
func BenchmarkPublishUnchanged(b *testing.B) {
	h := rostertest.PrivateHouse()
	dir, ls := b.TempDir(), rostertest.MemLocal{}
	if _, err := Publish(dir, h, ls, today, at(9, 0), roster.Dutch); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		res, err := Publish(dir, h, ls, today, at(9, 5), roster.Dutch)
		if err != nil || len(res.Written) != 0 {
			b.Fatal(err, res.Written)
		}
	}
}
