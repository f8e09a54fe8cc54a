package house

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

// BenchmarkLPBoundGenerated measures the LP bound alone on generated houses
// (house.Generate): per house the bound in hours, the rounds, whether it
// converged and the seconds. HR_LPBOUND_SEEDS picks the seeds ("200-229",
// default 200-202), HR_LPBOUND_SECONDS the time limit (default 8.5, the
// bound's share of Propose's 10 s), HR_LPBOUND_SMOOTHING the smoothing
// weight (0: none) and HR_LPBOUND_WEEKLY=0 leaves the weekly rules out.
// Run with -benchtime=1x.
func BenchmarkLPBoundGenerated(b *testing.B) {
	lo, hi := uint64(200), uint64(202)
	if s := os.Getenv("HR_LPBOUND_SEEDS"); s != "" {
		a, c, _ := strings.Cut(s, "-")
		lo, _ = strconv.ParseUint(a, 10, 64)
		hi = lo
		if c != "" {
			hi, _ = strconv.ParseUint(c, 10, 64)
		}
	}
	limit := 8.5
	if s := os.Getenv("HR_LPBOUND_SECONDS"); s != "" {
		limit, _ = strconv.ParseFloat(s, 64)
	}
	smoothing, weekly := lpSmoothing, true
	if s := os.Getenv("HR_LPBOUND_SMOOTHING"); s != "" {
		smoothing, _ = strconv.ParseFloat(s, 64)
	}
	if os.Getenv("HR_LPBOUND_WEEKLY") == "0" {
		weekly = false
	}
	for seed := lo; seed <= hi; seed++ {
		h, w := Generate(seed)
		b.Run(fmt.Sprint(seed), func(b *testing.B) {
			var r lpRun
			var secs float64
			for b.Loop() {
				t0 := time.Now()
				r = lpBoundRunWith(context.Background(), h, w, 100000, t0.Add(time.Duration(limit*float64(time.Second))), smoothing, weekly)
				secs = time.Since(t0).Seconds()
			}
			conv := 0.0
			if r.converged {
				conv = 1
			}
			b.ReportMetric(float64(r.bound)/60, "bound_h")
			b.ReportMetric(float64(Bound(h, w))/60, "simple_h")
			b.ReportMetric(r.master/60, "master_h")
			b.ReportMetric(float64(r.rounds), "rounds")
			b.ReportMetric(conv, "converged")
			b.ReportMetric(secs, "s")
		})
	}
}
