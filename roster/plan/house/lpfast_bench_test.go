package house

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// fastSeeds returns the seeds of HR_LPFAST_SEEDS ("206,209,610" or
// "200-205"), default the six houses the session-10 work was measured on.
func fastSeeds() []uint64 {
	s := os.Getenv("HR_LPFAST_SEEDS")
	if s == "" {
		return []uint64{206, 209, 210, 610, 612, 624}
	}
	var out []uint64
	for _, part := range strings.Split(s, ",") {
		a, c, _ := strings.Cut(part, "-")
		lo, _ := strconv.ParseUint(a, 10, 64)
		hi := lo
		if c != "" {
			hi, _ = strconv.ParseUint(c, 10, 64)
		}
		for x := lo; x <= hi; x++ {
			out = append(out, x)
		}
	}
	return out
}

// BenchmarkLPConverge measures the LP bound's column generation to
// convergence, no clock (model only): CPU seconds, rounds, the bound.
// HR_LPFAST_SEEDS picks the houses. Run with -benchtime=1x.
func BenchmarkLPConverge(b *testing.B) {
	for _, seed := range fastSeeds() {
		h, w := Generate(seed)
		b.Run(fmt.Sprint(seed), func(b *testing.B) {
			var r lpRun
			var cpu float64
			for b.Loop() {
				c0 := cpuSeconds()
				r = lpBoundRun(context.Background(), h, w, 0, time.Time{})
				cpu = cpuSeconds() - c0
			}
			b.ReportMetric(float64(r.bound)/60, "bound_h")
			b.ReportMetric(float64(r.rounds), "rounds")
			b.ReportMetric(cpu, "cpu_s")
			conv := 0.0
			if r.converged {
				conv = 1
			}
			b.ReportMetric(conv, "converged")
		})
	}
}

// BenchmarkLPDive measures the dive after the converged LP, no clock:
// HR_LPFAST_NODES node evaluations (default 30) with the batch of a time
// limit, CPU seconds per node and the leaf's model value.
func BenchmarkLPDive(b *testing.B) {
	nodes := 30
	if s := os.Getenv("HR_LPFAST_NODES"); s != "" {
		nodes, _ = strconv.Atoi(s)
	}
	for _, seed := range fastSeeds() {
		h, w := Generate(seed)
		b.Run(fmt.Sprint(seed), func(b *testing.B) {
			var cpu, leafH float64
			var n, first, rounds int
			var pivots int64
			var pruned int
			var firstCPU float64
			for b.Loop() {
				lb := newLPBuild(h, w)
				lb.addWeekly()
				lb.smoothing = lpSmoothing
				lb.extra = lpExtraRows
				lb.solve(context.Background(), lpBoundRounds, time.Time{})
				jd := newJudge(h, w, roster.Today())
				c0 := cpuSeconds()
				dv := newDiver(context.Background(), lb, time.Time{}, nodes, false)
				dv.batch = diveBatch
				if v := os.Getenv("HR_LPFAST_WARM"); v != "" {
					dv.warmCols, _ = strconv.Atoi(v)
				}
				dv.quick = true
				dv.admit = lb.engineAdmit(jd)
				// As under a time limit (diveRows with leafOnly): the
				// rounded rows do not prune the dive.
				first = -1
				dv.onLeaf = func() {
					if first < 0 {
						first, firstCPU = dv.nodes, cpuSeconds()-c0
					}
					b.Logf("house %d: leaf %.1f h at node %d, %.2f s CPU (root bound %.1f h)",
						seed, dv.inc/60, dv.nodes, cpuSeconds()-c0, float64(dv.rootBound())/60)
				}
				dv.run(diveDiscrepancies)
				cpu = cpuSeconds() - c0
				n = dv.nodes
				rounds = dv.cgRounds
				pivots = dv.pivots
				pruned = dv.pruned
				leafH = -1
				if dv.incRows != nil {
					leafH = dv.inc / 60
				}
			}
			b.ReportMetric(cpu/float64(max(n, 1)), "cpu_s/node")
			b.ReportMetric(float64(n), "nodes")
			b.ReportMetric(float64(rounds)/float64(max(n, 1)), "rounds/node")
			b.ReportMetric(leafH, "leaf_h")
			b.ReportMetric(float64(pivots)/float64(max(n, 1)), "pivots/node")
			b.ReportMetric(float64(pruned), "cut_short")
			b.ReportMetric(float64(first), "first_leaf_node")
			b.ReportMetric(firstCPU, "first_leaf_cpu_s")
		})
	}
}

// BenchmarkPriceDP measures the row programme without the weekly rules: one
// op prices every member of each house once at fixed duals (half of every
// segment's length, a little on the hours rows).
func BenchmarkPriceDP(b *testing.B) {
	type job struct {
		lb *lpBuild
		y  []float64
	}
	var jobs []job
	for _, seed := range fastSeeds() {
		h, w := Generate(seed)
		lb := newLPBuild(h, w)
		y := make([]float64, len(lb.rhs))
		for i := range lb.segs {
			y[i] = lb.segs[i].mins / 2
		}
		for r := lb.hrBase; r < len(y); r++ {
			y[r] = -30
		}
		jobs = append(jobs, job{lb, y})
	}
	for b.Loop() {
		for _, j := range jobs {
			for mi := range j.lb.mem {
				j.lb.mem[mi].last = nil
				j.lb.priceDP(&j.lb.mem[mi], j.y, false, nil)
			}
		}
	}
}
