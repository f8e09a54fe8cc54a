package plan

import (
	"cmp"
	"math"
	"slices"
)

// The chain graph: the best ejection chains of up to chainGraphLen links
// over all employees at once. Its nodes are the (day, shift) cells of the
// cover; a link (chainLink) of employee e goes from the cell it takes to
// the cell it gives up (the same day's former shift, or the shift of the
// day it releases), or ends the chain when e takes the cell from a day off
// without giving anything up. A weekend link also takes a cell short of
// cover on the other day of the weekend (its coverage change counted with
// the link). Taken by one link and given up by the next,
// a cell's count does not change, so a chain a → … → b costs exactly the
// coverage change of adding one at a, the links' row cost changes, and
// the coverage change of removing one at b: a shortest path of bounded
// length, which a dynamic programme over (links so far, open cell) finds
// for all starts together. The programme does not see that two links of
// one path may be the same employee's or touch the same cell; every path
// is therefore applied to the roster and kept only when the roster really
// got cheaper and no row more infeasible, the next best otherwise.

const (
	// chainGraphLen is the most links of one chain.
	chainGraphLen = 8
	// chainGraphTries is how many of the best closing paths are applied
	// and checked before the graph gives up on the roster.
	chainGraphTries = 24
	// chainGraphWork caps the link evaluations of one full build of the
	// links, or of a chain search's links (beyond it the release days are
	// limited to a window around the day taken, halved until it fits or is
	// a week; beyond that the graph does not apply). It also caps the
	// links kept (48 bytes each). An evaluation costs a few days of the
	// row tracker's work, not a pass over the row (before session 14 the
	// cap was 150 M evaluations × days: no graph on 22–24, a 5-day window
	// on 21); 12 M keeps every 28-day shape's window as wide as before.
	chainGraphWork = 12_000_000
)

// chainGraph holds every employee's admissible links of the current
// roster.
type chainGraph struct {
	c      *chainSearch
	byEmp  [][]chainLink // links of each employee; cost is the row's change
	relWin int           // release days within relWin of the day taken
	out    [][]int32     // [node]: indexes into refs of the links leaving it
	refs   [][2]int32    // (employee, index in byEmp)
	dist   [][]int64     // [k][node]: cheapest open path of k+1 links ending there
	pred   [][]int32     // [k][node]: its last link (index into refs)
}

// newChainGraph returns the graph for c's state, or nil when building it
// would cost too much for the shape or late reports the time up first.
func newChainGraph(c *chainSearch, late func() bool) *chainGraph {
	m := c.s.m
	if chainWork(m, c.relWin) > chainGraphWork {
		return nil
	}
	nodes := m.D * m.V
	g := &chainGraph{c: c, byEmp: make([][]chainLink, m.E), relWin: c.relWin, out: make([][]int32, nodes)}
	for k := 0; k < chainGraphLen; k++ {
		g.dist = append(g.dist, make([]int64, nodes))
		g.pred = append(g.pred, make([]int32, nodes))
	}
	for e := range m.E {
		if late() {
			return nil
		}
		g.build(e)
	}
	return g
}

// chainWork estimates the link evaluations of building every employee's
// links with release days within win of the day taken (either side).
func chainWork(m *model, win int) int64 {
	return int64(m.D) * int64(m.E) * int64(m.V-1) * int64(2*win+1)
}

// releaseWindow is the widest release window (the horizon, halved down to
// a week) whose links fit in chainGraphWork.
func releaseWindow(m *model) int {
	win := m.D
	for win > 7 && chainWork(m, win) > chainGraphWork {
		win /= 2
	}
	return win
}

// build lists employee e's admissible links.
func (g *chainGraph) build(e int) {
	s := g.c.s
	m := s.m
	ls := g.byEmp[e][:0]
	row := s.row(e)
	tr := g.c.track(e)
	h0, s0 := s.rowHard[e], s.rowSoft[e]
	for d, u := range row {
		i := e*m.D + d
		if !m.free(i) {
			continue
		}
		for _, v := range m.domain[i] {
			if v == 0 || v == u {
				continue
			}
			h, so := tr.evalIf(d, v)
			g.c.evals++
			if h <= h0 {
				ls = append(ls, chainLink{e: e, d: d, rel: -1, u: u, v: v, cost: int64(so - s0)})
			}
			if u == 0 {
				tr.set(d, v)
				ls = g.releases(e, chainLink{e: e, d: d, rel: -1, v: v}, h0, s0, ls)
				ls = g.weekendPairs(e, d, v, h0, s0, ls)
				tr.set(d, u)
			}
		}
	}
	g.byEmp[e] = ls
}

// releases appends the admissible links that add to l (already in e's
// row and in its tracker) giving up one shift within relWin days.
func (g *chainGraph) releases(e int, l chainLink, h0, s0 int32, ls []chainLink) []chainLink {
	s := g.c.s
	m := s.m
	row := s.row(e)
	tr := g.c.track(e)
	for d2 := max(0, l.d-g.relWin); d2 < min(m.D, l.d+g.relWin+1); d2++ {
		w := row[d2]
		if d2 == l.d || (l.pv != 0 && d2 == l.pd) || w == 0 || m.mask[e*m.D+d2]&1 == 0 {
			continue
		}
		h, so := tr.evalIf(d2, 0)
		g.c.evals++
		if h <= h0 {
			r := l
			r.rel, r.w, r.cost = d2, w, int64(so-s0)
			ls = append(ls, r)
		}
	}
	return ls
}

// weekendPairs appends the links in which e, off on both days of d's
// weekend, takes (d, v) and a (day, shift) short of cover on the other
// day, alone or giving up one shift: where every employee works her most
// weekends, a weekend gap is filled only by someone who makes a weekend
// whole or gives one up.
func (g *chainGraph) weekendPairs(e, d int, v uint8, h0, s0 int32, ls []chainLink) []chainLink {
	s := g.c.s
	m := s.m
	wk := m.weekendOf[d]
	if wk < 0 {
		return ls
	}
	row := s.row(e)
	for _, pd := range [2]int{d - 1, d + 1} {
		if pd < 0 || pd >= m.D || m.weekendOf[pd] != wk || row[pd] != 0 || !m.free(e*m.D+pd) {
			continue
		}
		for _, pv := range m.domain[e*m.D+pd] {
			if pv == 0 || s.cnt[pd*m.V+int(pv)] >= m.req[pd*m.V+int(pv)] {
				continue
			}
			tr := g.c.track(e)
			tr.set(pd, pv)
			h, so := tr.eval()
			g.c.evals++
			l := chainLink{e: e, d: d, rel: -1, v: v, pd: pd, pv: pv, cost: int64(so - s0)}
			if h <= h0 {
				ls = append(ls, l)
			}
			ls = g.releases(e, l, h0, s0, ls)
			tr.set(pd, 0)
		}
	}
	return ls
}

// index rebuilds the adjacency from the per-employee links.
func (g *chainGraph) index() {
	V := g.c.s.m.V
	for n := range g.out {
		g.out[n] = g.out[n][:0]
	}
	g.refs = g.refs[:0]
	for e, ls := range g.byEmp {
		for k, l := range ls {
			n := l.d*V + int(l.v)
			g.out[n] = append(g.out[n], int32(len(g.refs)))
			g.refs = append(g.refs, [2]int32{int32(e), int32(k)})
		}
	}
}

// chainEnd is a closing path: it ends at step k in node n, either leaving
// n given up (link < 0) or with the terminal link.
type chainEnd struct {
	cost int64
	k, n int
	link int32
}

// best runs the programme and returns the closing paths of negative cost,
// cheapest first.
func (g *chainGraph) best() []chainEnd {
	s := g.c.s
	m := s.m
	V := m.V
	g.index()
	var ends []chainEnd
	for k := range g.dist {
		for n := range g.dist[k] {
			g.dist[k][n] = math.MaxInt64
		}
	}
	// relax takes link r after a path of cost base ending with step k-1
	// (k = 0: the first link).
	relax := func(k int, base int64, r int32) {
		ref := g.refs[r]
		l := g.byEmp[ref[0]][ref[1]]
		c := base + l.cost
		if l.pv != 0 {
			c += int64(m.coverAdd(l.pd*V+int(l.pv), s.cnt[l.pd*V+int(l.pv)]))
		}
		if l.rel < 0 && l.u == 0 {
			if c < 0 && (k == 0 || g.fresh(k-1, l.d*V+int(l.v), l.e, -1)) {
				ends = append(ends, chainEnd{cost: c, k: k, n: -1, link: r})
			}
			return
		}
		gd, gv := l.gap()
		b := gd*V + int(gv)
		if c < g.dist[k][b] && (k == 0 || g.fresh(k-1, l.d*V+int(l.v), l.e, b)) {
			g.dist[k][b], g.pred[k][b] = c, r
		}
	}
	for n := range g.out {
		if n%V == 0 || len(g.out[n]) == 0 {
			continue
		}
		base := int64(m.coverAdd(n, s.cnt[n]))
		for _, r := range g.out[n] {
			relax(0, base, r)
		}
	}
	for k := range g.dist {
		for b, c := range g.dist[k] {
			if c == math.MaxInt64 {
				continue
			}
			if end := c + int64(m.coverRemove(b, s.cnt[b])); end < 0 {
				ends = append(ends, chainEnd{cost: end, k: k, n: b, link: -1})
			}
			if k+1 < len(g.dist) {
				for _, r := range g.out[b] {
					relax(k+1, c, r)
				}
			}
		}
	}
	slices.SortStableFunc(ends, func(a, b chainEnd) int { return cmp.Compare(a.cost, b.cost) })
	return ends
}

// fresh reports whether the open path of step k ending at node n uses
// neither employee e nor node b (as a cell taken): the programme keeps one
// path per (step, node), and without this check its cheapest paths would
// be cycles through one employee's request.
func (g *chainGraph) fresh(k, n, e, b int) bool {
	V := g.c.s.m.V
	for ; k >= 0; k-- {
		ref := g.refs[g.pred[k][n]]
		if int(ref[0]) == e {
			return false
		}
		l := g.byEmp[ref[0]][ref[1]]
		n = l.d*V + int(l.v)
		if n == b {
			return false
		}
	}
	return true
}

// path reconstructs an end's links in order.
func (g *chainGraph) path(end chainEnd) []chainLink {
	V := g.c.s.m.V
	var rev []chainLink
	k, n := end.k, end.n
	if end.link >= 0 {
		ref := g.refs[end.link]
		l := g.byEmp[ref[0]][ref[1]]
		rev = append(rev, l)
		k, n = end.k-1, l.d*V+int(l.v)
	}
	for ; k >= 0; k-- {
		ref := g.refs[g.pred[k][n]]
		l := g.byEmp[ref[0]][ref[1]]
		rev = append(rev, l)
		n = l.d*V + int(l.v)
	}
	slices.Reverse(rev)
	return rev
}

// improve applies the cheapest closing path that really lowers the soft
// cost without making a row more infeasible; it reports whether one did.
func (g *chainGraph) improve() bool {
	s := g.c.s
	ends := g.best()
	for t, end := range ends {
		if t >= chainGraphTries {
			break
		}
		p := g.path(end)
		before := s.soft
		hard := make([]int32, len(p))
		for j, l := range p {
			hard[j] = s.rowHard[l.e]
		}
		ok := true
		for j, l := range p {
			// a link's cells must still hold what it was built on
			if s.x[l.e*s.m.D+l.d] != l.u || (l.rel >= 0 && s.x[l.e*s.m.D+l.rel] != l.w) ||
				(l.pv != 0 && s.x[l.e*s.m.D+l.pd] != 0) {
				p = p[:j]
				ok = false
				break
			}
			g.c.apply(l)
			g.c.used[l.e] = false
		}
		if ok {
			for j, l := range p {
				if s.rowHard[l.e] > hard[j] {
					ok = false
				}
			}
			ok = ok && s.soft < before
		}
		if ok {
			for _, l := range p {
				g.build(l.e)
			}
			return true
		}
		for j := len(p) - 1; j >= 0; j-- {
			g.c.undo(p[j])
		}
	}
	return false
}
