package curtois

import (
	"testing"

	"github.com/huisrooster/huisrooster/roster/plan"
)

// BenchmarkMoves reports the planner's move evaluation rate (moves/s) on
// benchmark instances: each op is a fixed budget of move attempts,
// including the occasional exact row re-optimisation.
func BenchmarkMoves(b *testing.B) {
	for _, name := range []string{"Instance1", "Instance5", "Instance11"} {
		for _, mode := range []struct {
			name  string
			every int64
		}{{"local", -1}, {"with-rowdp", 0}} {
			b.Run(name+"/"+mode.name, func(b *testing.B) {
				in := loadInstance(b, name)
				p := in.Problem()
				const budget = 200_000
				var moves int64
				for b.Loop() {
					res, _ := plan.Solve(b.Context(), p, plan.Options{Seed: 1, MaxIterations: budget, RecreateEvery: mode.every, LNSEvery: mode.every, NoColumns: true}, nil)
					moves += res.Iterations
				}
				b.ReportMetric(float64(moves)/b.Elapsed().Seconds(), "moves/s")
			})
		}
	}
}
