package curtois

import (
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster/plan"
)

func TestProfCG(t *testing.T) {
	name := os.Getenv("HR_PROF")
	if name == "" {
		t.Skip()
	}
	secs, _ := strconv.Atoi(os.Getenv("HR_SECS"))
	in := loadInstance(t, name)
	res, err := plan.Solve(t.Context(), in.Problem(), plan.Options{Seed: 1, TimeLimit: time.Duration(secs) * time.Second}, func(p plan.Progress) { t.Log(p.Elapsed, p.Best) })
	t.Log(res.Objective, res.Bound, res.TimeToBest, err)
}
