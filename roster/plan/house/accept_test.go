package house

import (
	"context"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
)

// cutAfter is a context that ends once its judge has run the engine n
// times: it cuts accept at every point of its work in turn.
type cutAfter struct {
	context.Context
	j *judge
	n int
}

func (c cutAfter) Err() error {
	if c.j.checks >= c.n {
		return context.Canceled
	}
	return nil
}

// junk proposes a random plannable shift for a member on one open day in
// density (1: every open day, far more than any legal roster holds).
func junk(h *roster.House, w roster.Window, seed uint64, density int) []roster.Assignment {
	r := rand.New(rand.NewPCG(seed, 7))
	ix := newIndex(h, w)
	types := plannable(h)
	var out []roster.Assignment
	for i := range h.Members {
		m := &h.Members[i]
		for d := w.From; d <= w.To; d++ {
			if ix.open(m, d) && r.IntN(density) == 0 {
				out = append(out, roster.Assignment{Member: m.ID, Date: d, Shift: types[r.IntN(len(types))].Code})
			}
		}
	}
	return out
}

// TestAcceptCutShortStaysLegal cuts accept after every number of engine
// runs: what it returns is part of what it got, adds no hard finding, and
// once cut it only drops (each further engine run drops a proposal or
// ends): its last resort, one engine run per proposal, no longer runs on
// past a deadline.
func TestAcceptCutShortStaysLegal(t *testing.T) {
	for seed := uint64(1); seed <= 12; seed++ {
		h, w := Generate(seed)
		props := junk(h, w, seed, 1+int(seed%4)*2)
		full := newJudge(h, w, roster.Today())
		full.accept(context.Background(), props)
		total := full.checks
		t.Logf("seed %d: %d proposals, %d engine runs uncut", seed, len(props), total)
		for n := 1; n <= total; n += max(1, total/40) {
			j := newJudge(h, w, roster.Today())
			got, _ := j.accept(cutAfter{context.Background(), j, n}, props)
			for _, a := range got {
				if !slices.Contains(props, a) {
					t.Fatalf("seed %d cut at %d: %v was not proposed", seed, n, a)
				}
			}
			if after, dropped := j.checks-n, len(props)-len(got); after > dropped+1 {
				t.Errorf("seed %d cut at %d: %d engine runs after the cut for %d dropped proposals", seed, n, after, dropped)
			}
			if hard, _ := j.fresh(j.check(got)); len(hard) > 0 {
				t.Errorf("seed %d cut at %d: the accepted part adds %s", seed, n, hard[0].Rule)
			}
		}
	}
}
