//go:build measure

package ui

import (
	"os"
	"runtime"
	"runtime/pprof"
	"strconv"
	"testing"

	"fyne.io/fyne/v2/widget"
)

// TestMeasureEditing is the headless half of scripts/measure-edit.sh (make
// measure): it edits the demo roster the way the xdotool loop does, through
// the grid's own keyboard handlers, for MEASURE_CYCLES cycles (default
// 2,000: 6,000 edits, undos and redos and 4,000 week changes), and prints
// the Go heap after a collection before and along the way. Not a timed or
// thresholded test: it reports; MEASURE_HEAPPROFILE=FILE writes the heap
// profiles after the warm-up (FILE.start) and at the end (FILE).
//
//	go test -tags measure -run TestMeasureEditing -v ./ui/
func TestMeasureEditing(t *testing.T) {
	cycles := 2000
	if s := os.Getenv("MEASURE_CYCLES"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			t.Fatalf("MEASURE_CYCLES=%q: want a positive number", s)
		}
		cycles = n
	}
	ws, st := newDemoScreen(t)
	ws.SetWeek(gapWeek) // a draft week
	g := ws.grid
	g.moveTo(widget.TableCellID{Row: 2, Col: 3})
	heap := func() float64 {
		runtime.GC()
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return float64(m.HeapAlloc) / (1 << 20)
	}
	cycle := func() { editCycle(ws) }
	for range 20 { // warm the caches the first edits fill
		cycle()
	}
	h0 := heap()
	writeHeapProfile(t, os.Getenv("MEASURE_HEAPPROFILE"), ".start")
	undo0 := len(ws.ed.undo)
	t.Logf("%-18s %8s %8s", "cycles", "heap MB", "undo")
	t.Logf("%-18d %8.1f %8d", 0, h0, undo0)
	step := max(1, cycles/5)
	for i := 1; i <= cycles; i++ {
		cycle()
		if i%step == 0 || i == cycles {
			t.Logf("%-18d %8.1f %8d", i, heap(), len(ws.ed.undo))
		}
	}
	writeHeapProfile(t, os.Getenv("MEASURE_HEAPPROFILE"), "")
	_ = st
}

// writeHeapProfile writes the heap profile to name+suffix when name is set
// (compare two with go tool pprof -diff_base).
func writeHeapProfile(t *testing.T, name, suffix string) {
	if name == "" {
		return
	}
	w, err := os.Create(name + suffix)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	runtime.GC()
	if err := pprof.WriteHeapProfile(w); err != nil {
		t.Fatal(err)
	}
}
