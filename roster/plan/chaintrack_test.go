package plan

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// referenceLinks lists employee e's links of the chain graph the simple
// way: every candidate row is written out and judged by rowEval (a pass
// over the whole row each), in the order build lists them.
func referenceLinks(g *chainGraph, e int) []chainLink {
	s := g.c.s
	m := s.m
	row := slices.Clone(s.row(e))
	h0, s0 := s.rowHard[e], s.rowSoft[e]
	var ls []chainLink
	releases := func(l chainLink) {
		for d2 := max(0, l.d-g.relWin); d2 < min(m.D, l.d+g.relWin+1); d2++ {
			w := row[d2]
			if d2 == l.d || (l.pv != 0 && d2 == l.pd) || w == 0 || m.mask[e*m.D+d2]&1 == 0 {
				continue
			}
			row[d2] = 0
			if h, so := m.rowEval(e, row); h <= h0 {
				r := l
				r.rel, r.w, r.cost = d2, w, int64(so-s0)
				ls = append(ls, r)
			}
			row[d2] = w
		}
	}
	for d, u := range slices.Clone(row) {
		if !m.free(e*m.D + d) {
			continue
		}
		for _, v := range m.domain[e*m.D+d] {
			if v == 0 || v == u {
				continue
			}
			row[d] = v
			if h, so := m.rowEval(e, row); h <= h0 {
				ls = append(ls, chainLink{e: e, d: d, rel: -1, u: u, v: v, cost: int64(so - s0)})
			}
			if u == 0 {
				releases(chainLink{e: e, d: d, rel: -1, v: v})
				if wk := m.weekendOf[d]; wk >= 0 {
					for _, pd := range [2]int{d - 1, d + 1} {
						if pd < 0 || pd >= m.D || m.weekendOf[pd] != wk || row[pd] != 0 || !m.free(e*m.D+pd) {
							continue
						}
						for _, pv := range m.domain[e*m.D+pd] {
							if pv == 0 || s.cnt[pd*m.V+int(pv)] >= m.req[pd*m.V+int(pv)] {
								continue
							}
							row[pd] = pv
							h, so := m.rowEval(e, row)
							l := chainLink{e: e, d: d, rel: -1, v: v, pd: pd, pv: pv, cost: int64(so - s0)}
							if h <= h0 {
								ls = append(ls, l)
							}
							releases(l)
							row[pd] = 0
						}
					}
				}
			}
			row[d] = u
		}
	}
	return ls
}

// TestChainLinksAgainstRowEval: the links the chain graph and the chain
// search evaluate with the row tracker are exactly those (and cost exactly
// what) a pass of rowEval over each candidate row gives, on random states
// of random long shapes with weekend maxima, block rules, minute targets
// and release windows narrower than the horizon; the rows are left as
// they were.
func TestChainLinksAgainstRowEval(t *testing.T) {
	total := 0
	for seed := uint64(1); seed <= 16; seed++ {
		p := longProblem(seed, 2+int(seed%4), 4+int(seed%5), 1+int(seed%3), seed%2 == 0)
		if seed%3 == 0 {
			for e := range p.Employees {
				p.Employees[e].TargetMinutes, p.Employees[e].MinutesWeight = 480*p.Days/2, 1+int(seed%3)
			}
		}
		m := compile(p)
		s := randomState(m, rand.New(rand.NewPCG(seed, 17)))
		x := slices.Clone(s.x)
		c := newChainSearch(s, seed)
		if seed%2 == 1 {
			c.relWin = 3 + int(seed%5)
		}
		g := newChainGraph(c, func() bool { return false })
		if g == nil {
			t.Fatalf("seed %d: no graph", seed)
		}
		for e := range m.E {
			want := referenceLinks(g, e)
			if !slices.Equal(g.byEmp[e], want) {
				t.Fatalf("seed %d employee %d: %d links with the tracker, %d by rowEval\n%v\n%v", seed, e, len(g.byEmp[e]), len(want), g.byEmp[e], want)
			}
			total += len(want)
		}
		// The chain search's links for every short or open cell.
		for d := range m.D {
			for v := 1; v < m.V; v++ {
				_, _ = c.links(d, uint8(v), 0, 0)
				for _, l := range c.cands[0] {
					y := slices.Clone(s.row(l.e))
					y[l.d] = l.v
					take := coverChange(s, l.d, l.u, l.v)
					rel := int64(0)
					if l.rel >= 0 {
						y[l.rel] = 0
						rel = coverChange(s, l.rel, l.w, 0)
					}
					h, so := m.rowEval(l.e, y)
					if h > s.rowHard[l.e] || l.cost != take+rel+int64(so-s.rowSoft[l.e]) {
						t.Fatalf("seed %d: link %+v: rowEval hard %d (row %d), cost %d", seed, l, h, s.rowHard[l.e], take+rel+int64(so-s.rowSoft[l.e]))
					}
				}
			}
		}
		if !slices.Equal(s.x, x) {
			t.Fatalf("seed %d: evaluating the links changed the roster", seed)
		}
		checkBookkeeping(t, "links", s)
		// The trackers follow the chains the graph applies (put), so the
		// rebuilt links are still those of rowEval.
		for range 3 {
			if !g.improve() {
				break
			}
		}
		for e := range m.E {
			if tr := c.trs[e]; tr != nil {
				h, so := m.rowEval(e, s.row(e))
				if th, ts := tr.eval(); th != h || ts != so {
					t.Fatalf("seed %d employee %d: tracker %d, %d after the chains; rowEval %d, %d", seed, e, th, ts, h, so)
				}
			}
			g.build(e)
			if want := referenceLinks(g, e); !slices.Equal(g.byEmp[e], want) {
				t.Fatalf("seed %d employee %d: after the chains %d links with the tracker, %d by rowEval", seed, e, len(g.byEmp[e]), len(want))
			}
		}
		checkBookkeeping(t, "chains", s)
	}
	t.Logf("%d links", total)
	if total < 1000 {
		t.Errorf("only %d links over all seeds: the shapes do not exercise the graph", total)
	}
}

// BenchmarkChainLinks compares building every employee's chain-graph links
// with the row tracker against the reference (rowEval per candidate) on a
// long shape (26 weeks, 20 staff, 3 types): the ratio is the gain.
func BenchmarkChainLinks(b *testing.B) {
	m := compile(longProblem(5, 26, 20, 3, false))
	s := randomState(m, rand.New(rand.NewPCG(5, 17)))
	g := newChainGraph(newChainSearch(s, 5), func() bool { return false })
	b.Run("tracked", func(b *testing.B) {
		for b.Loop() {
			for e := range m.E {
				g.build(e)
			}
		}
	})
	b.Run("rowEval", func(b *testing.B) {
		for b.Loop() {
			for e := range m.E {
				referenceLinks(g, e)
			}
		}
	})
}

// TestReleaseWindowBySize pins the chain graph's release window (0: no
// graph) per shape (days, staff, shift types) of the public instances and
// of generated 4-week shapes: at least as wide as the former cap in
// evaluations × days allowed on 4-week shapes, and on the long ones as
// wide as the link evaluations allow.
func TestReleaseWindowBySize(t *testing.T) {
	for _, c := range []struct{ days, staff, types, win int }{
		{28, 120, 18, 28}, // Instance13
		{28, 150, 32, 28}, // t32-w4-s150
		{84, 40, 5, 84},   // Instance19
		{182, 50, 6, 91},  // Instance20 (before: 11)
		{182, 100, 8, 22}, // Instance21 (before: 5)
		{364, 50, 10, 22}, // Instance22 (before: no graph)
		{364, 100, 16, 5}, // Instance23 (before: no graph)
		{364, 150, 32, 0}, // Instance24
	} {
		m := &model{D: c.days, E: c.staff, V: c.types + 1}
		win := releaseWindow(m)
		if chainWork(m, win) > chainGraphWork {
			win = 0
		}
		if win != c.win {
			t.Errorf("%d days, %d staff, %d types: window %d, want %d", c.days, c.staff, c.types, win, c.win)
		}
	}
}
