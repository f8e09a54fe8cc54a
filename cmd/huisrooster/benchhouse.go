package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/plan"
	"github.com/huisrooster/huisrooster/roster/plan/house"
	"github.com/huisrooster/huisrooster/roster/rules"
	"github.com/huisrooster/huisrooster/roster/team"
)

// runBenchHouse implements
// "huisrooster bench house [--houses N] [--seed S] [--seconds N] [--why] [--varied]": it
// generates N houses (house.Generate, seeds S…S+N−1; with --varied
// house.GenerateVaried), lets "vul aan" fill each one's window and reports per house the new findings after
// accepting the whole proposal (recomputed here with the engine; must be
// 0), the uncovered hours against the proven bound, the wishes honoured,
// the spread of nights and weekends over the team, the time taken, the
// hours with nobody present under a band and the most opvoeders missing at
// once (house.MeasureDepth); with --why, indented under each house, why its gaps stay open (house.Diagnose). Exit
// status 1 when a proposal adds a finding.
func benchHouse(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("bench house", flag.ContinueOnError)
	fs.SetOutput(stderr)
	houses := fs.Int("houses", 10, "aantal huizen / number of houses")
	seed := fs.Uint64("seed", 1, "eerste huis / first house seed")
	seconds := fs.Float64("seconds", 10, "rekentijd per huis in seconden / time limit per house in seconds")
	why := fs.Bool("why", false, "per huis: waarom de gaten open blijven / per house: why the gaps stay open")
	varied := fs.Bool("varied", false, "huizen van de bredere generator (andere vensters, diensten, profielen, geschiedenis) / houses from the wider generator (other windows, shift types, profiles, history)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Gebruik / usage: huisrooster bench house [--houses N] [--seed S] [--seconds N] [--why] [--varied]")
		fs.PrintDefaults()
	}
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return flagError(err)
	}
	if len(pos) != 0 || *houses < 1 || *seconds <= 0 {
		return inputErrorf("--houses moet ≥ 1 en --seconds > 0 zijn / --houses must be ≥ 1 and --seconds > 0")
	}
	header := "huis/house leden/members voorstel/proposals nieuw/new open_u/open_h over_u/left_h grens_u/bound_h verschil_u/gap_h wensen/wishes nachten±/nights± weekenden±/weekends± s leeg_u/empty_h diepst/deepest"
	if *varied {
		header += " dagen/days"
	}
	fmt.Fprintln(stdout, header)
	bad := 0
	for k := range *houses {
		s := *seed + uint64(k)
		generate := house.Generate
		if *varied {
			generate = house.GenerateVaried
		}
		h, w := generate(s)
		opts := plan.Options{Seed: s, TimeLimit: time.Duration(*seconds * float64(time.Second))}
		res, err := house.Propose(context.Background(), h, w, opts, nil)
		if err != nil {
			return exitWith(fmt.Errorf("huis/house %d: %v", s, err), exitFailure)
		}
		news := newFindings(h, w, res.Proposals)
		if len(news) > 0 {
			bad++
			for _, f := range news {
				fmt.Fprintf(stderr, "huis/house %d: nieuw/new %s %s: %s\n", s, f.Rule, f.Severity, f.EN)
			}
		}
		with := *h
		with.Plan.Assignments = append(slices.Clone(h.Plan.Assignments), res.Proposals...)
		var wc team.WishCount
		for _, m := range h.Members {
			c := team.WishesHonoured(&with, m.ID, w)
			wc.Wishes += c.Wishes
			wc.Honoured += c.Honoured
		}
		ft := team.Fairness(&with, w)
		depth := house.MeasureDepth(&with, w)
		hrs := func(m int) float64 { return float64(m) / 60 }
		fmt.Fprintf(stdout, "%d %d %d %d %.1f %.1f %.1f %.1f %d/%d %.1f %.1f %.1f %.1f %d", s, len(h.Members), len(res.Proposals), len(news),
			hrs(res.OpenMinutes), hrs(res.UncoveredMinutes), hrs(res.BoundMinutes), hrs(res.UncoveredMinutes-res.BoundMinutes),
			wc.Honoured, wc.Wishes, spread(ft, func(r team.FairnessRow) team.FairCount { return r.Nights }),
			spread(ft, func(r team.FairnessRow) team.FairCount { return r.Weekends }), res.Seconds,
			hrs(depth.EmptyMinutes), depth.MaxMissing)
		if *varied {
			fmt.Fprintf(stdout, " %d", w.Days())
		}
		fmt.Fprintln(stdout)
		if *why {
			for _, l := range strings.Split(strings.TrimRight(house.Diagnose(context.Background(), h, w, res.Proposals), "\n"), "\n") {
				fmt.Fprintln(stdout, "  "+l)
			}
		}
	}
	if bad > 0 {
		return exitWith(fmt.Errorf("%d huizen met nieuwe bevindingen / houses with new findings", bad), exitFindings)
	}
	return nil
}

// spread is the largest minus the smallest difference between count and
// fair share over the eligible members.
func spread(ft team.FairnessTable, of func(team.FairnessRow) team.FairCount) float64 {
	lo, hi, any := 0.0, 0.0, false
	for _, r := range ft.Rows {
		c := of(r)
		if !c.Eligible {
			continue
		}
		d := c.Diff()
		if !any {
			lo, hi, any = d, d, true
		}
		lo, hi = min(lo, d), max(hi, d)
	}
	return hi - lo
}

// newFindings returns the errors and warnings that accepting props adds to
// h on w and a week around it, apart from the soft ones the planner reports
// (house.Soft); coverage gaps count only where they grow.
func newFindings(h *roster.House, w roster.Window, props []roster.Assignment) []rules.Finding {
	win := roster.Window{From: w.From - 7, To: w.To + 7}
	today := roster.Today()
	before := rules.CheckAt(h, win, today)
	with := *h
	with.Plan.Assignments = append(slices.Clone(h.Plan.Assignments), props...)
	var out []rules.Finding
	for _, f := range rules.CheckAt(&with, win, today) {
		if f.Severity == rules.SevInfo || house.Soft(f) || known(before, f) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// known reports whether before holds f, or (a coverage gap) a gap of the
// same rule and day that contains it.
func known(before []rules.Finding, f rules.Finding) bool {
	gap := f.Severity == rules.SevError && (f.Rule == rules.RuleCovDay || f.Rule == rules.RuleCovNight)
	for _, b := range before {
		if b.Rule != f.Rule || b.Severity != f.Severity {
			continue
		}
		if gap {
			if !f.Start.Before(b.Start) && !f.End.After(b.End) && slices.Equal(f.Dates, b.Dates) {
				return true
			}
			continue
		}
		if b.Start.Equal(f.Start) && b.End.Equal(f.End) && b.NL == f.NL && slices.Equal(b.Members, f.Members) && slices.Equal(b.Dates, f.Dates) {
			return true
		}
	}
	return false
}
