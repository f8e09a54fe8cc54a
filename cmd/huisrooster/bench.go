package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/huisrooster/huisrooster/roster/plan"
	"github.com/huisrooster/huisrooster/roster/plan/curtois"
)

// runBench implements
// "huisrooster bench curtois FILE --seconds N [--seed S] [--workers W] -o SOLUTION.csv".
// It solves a Curtois & Qu instance with the planner core, verifies the
// result with the independent evaluator and writes the solution CSV.
func runBench(args []string, stdout, stderr io.Writer) int {
	return errCommand(benchCommand)(args, stdout, stderr)
}

// benchCommand is runBench returning an error (errCommand decides the exit status).
func benchCommand(args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "house" {
		return benchHouse(args[1:], stdout, stderr)
	}
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	seconds := fs.Float64("seconds", 10, "rekentijd in seconden / time limit in seconds")
	seed := fs.Uint64("seed", 1, "startwaarde van de zoektocht / search seed")
	workers := fs.Int("workers", 1, "zoekketens (1 of 2) / search chains (1 or 2)")
	out := fs.String("o", "", "schrijf de oplossing als CSV / write the solution as CSV")
	verbose := fs.Bool("v", false, "toon voortgang op stderr / show progress on stderr")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Gebruik / usage: huisrooster bench curtois BESTAND/FILE|gen:VORM/SHAPE[:ZAAD/SEED] --seconds N [--seed S] [--workers W] -o OPLOSSING.csv")
		fs.PrintDefaults()
	}
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return flagError(err)
	}
	if len(pos) != 2 || pos[0] != "curtois" {
		fs.Usage()
		return errUsageShown
	}
	if *seconds <= 0 {
		return inputErrorf("--seconds moet > 0 zijn / --seconds must be > 0")
	}
	in, planted, err := loadBenchInstance(pos[1])
	if err != nil {
		return inputError(err)
	}
	var progress func(plan.Progress)
	var stopBeat func()
	if *verbose {
		progress, stopBeat = progressPrinter(stderr, time.Second)
	}
	opts := plan.Options{Seed: *seed, Workers: *workers, TimeLimit: time.Duration(*seconds * float64(time.Second))}
	r, res, err := in.Solve(context.Background(), opts, progress)
	if stopBeat != nil {
		stopBeat()
	}
	if err != nil {
		return exitWith(err, exitFailure)
	}
	rep, err := curtois.Evaluate(in, r)
	if err != nil {
		return exitWith(err, exitFailure)
	}
	fmt.Fprintf(stdout, "objective %d\n", rep.Objective)
	if planted != nil {
		// A generated instance's reference: the roster planted in it (its
		// objective by the same evaluator; no best known value exists).
		if pr, err := curtois.Evaluate(in, planted); err == nil && pr.Feasible() {
			fmt.Fprintf(stdout, "geplant rooster / planted roster %d\n", pr.Objective)
		}
	}
	fmt.Fprintf(stdout, "tijd tot beste / time to best %.3fs; %d zetten/moves, %d aanvaard/accepted\n",
		res.TimeToBest.Seconds(), res.Iterations, res.Accepted)
	switch {
	case res.Bound == math.MinInt64:
		fmt.Fprintln(stdout, "ondergrens / lower bound: geen / none")
	case res.Bound >= res.Objective:
		fmt.Fprintf(stdout, "ondergrens / lower bound %d: bewezen optimaal / proven optimal\n", res.Bound)
	default:
		fmt.Fprintf(stdout, "ondergrens / lower bound %d (verschil / gap %d)\n", res.Bound, res.Objective-res.Bound)
	}
	if !rep.Feasible() || int64(rep.Objective) != res.Objective {
		return exitWith(fmt.Errorf("controle mislukt / verification failed: planner %d, evaluator %d, overtredingen/violations %q",
			res.Objective, rep.Objective, rep.Violations), exitFailure)
	}
	if *out != "" {
		if err := writeSolutionFile(*out, in, r); err != nil {
			return exitWith(err, exitFailure)
		}
	}
	return nil
}

// parseInterleaved parses flags that may come before, between or after the
// positional arguments, and returns the positional ones.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

// loadBenchInstance reads the instance file, or generates the instance for
// "gen:SHAPE" or "gen:SHAPE:SEED" (SHAPE as curtois.Shape.String names it,
// e.g. gen:t8-w4-s30-tight:1; seed 1 if omitted) and returns the roster
// planted in it as well (nil for a file).
func loadBenchInstance(arg string) (*curtois.Instance, curtois.Roster, error) {
	spec, ok := strings.CutPrefix(arg, "gen:")
	if !ok {
		in, err := readInstance(arg)
		return in, nil, err
	}
	var sh curtois.Shape
	var kind string
	seed := uint64(1)
	name, seedText, hasSeed := strings.Cut(spec, ":")
	if _, err := fmt.Sscanf(strings.ReplaceAll(name, "-", " "), "t%d w%d s%d %s", &sh.Types, &sh.Weeks, &sh.Staff, &kind); err != nil ||
		(kind != "tight" && kind != "loose") || sh.Types < 1 || sh.Types > 63 || sh.Weeks < 1 || sh.Weeks > 520 || sh.Staff < 1 || sh.Staff > 1000 {
		return nil, nil, fmt.Errorf("onbekende vorm %q (bijv. gen:t8-w4-s30-tight:1) / unknown shape %q (e.g. gen:t8-w4-s30-tight:1)", spec, spec)
	}
	sh.Tight = kind == "tight"
	if hasSeed {
		n, err := strconv.ParseUint(seedText, 10, 64)
		if err != nil {
			return nil, nil, fmt.Errorf("ongeldig zaadgetal %q / invalid seed %q", seedText, seedText)
		}
		seed = n
	}
	return curtois.Generate(sh, seed)
}

func readInstance(path string) (*curtois.Instance, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, openError(path, err)
	}
	defer f.Close()
	in, err := curtois.Parse(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return in, nil
}

func writeSolutionFile(path string, in *curtois.Instance, r curtois.Roster) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("kan %s niet schrijven / cannot write %s: %w", path, path, err)
	}
	if err := curtois.WriteSolution(f, in, r); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("kan %s niet schrijven / cannot write %s: %w", path, path, err)
	}
	return nil
}
