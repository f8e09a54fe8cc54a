package team

import (
	"slices"
	"sort"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// Splits: when nobody can take a whole vacancy, two colleagues may take a
// part each. The vacancy is cut on whole hours; both parts together keep the
// vacancy's interval, so the coverage profile is kept exactly as the whole
// shift would have kept it.

// Split limits.
const (
	splitMinPart = 120 // minutes: a part shorter than two hours is no real help
	maxSplits    = 5   // proposals returned, best first
)

// partTry is one member's result for one part of a split.
type partTry struct {
	member  int
	part    Vacancy
	fig     CoverFigures
	strains []rules.Finding
}

// splits proposes up to maxSplits splits of v over two members. excluded
// are the members that cannot take the whole vacancy: a member who is absent
// or inactive that day cannot take a part either and is not tried again.
func (r *coverRun) splits(v Vacancy, excluded []Excluded) []Split {
	st := r.h.ShiftType(v.Shift)
	if st == nil || st.Kind.NightCover() {
		return nil
	}
	dur := int(v.End) - int(v.Start)
	if dur <= 0 {
		dur += 1440
	}
	var tryMembers []*roster.Member
	for _, ex := range excluded {
		if !slices.ContainsFunc(ex.Reasons, func(f rules.Finding) bool { return f.Rule == rules.RuleAbsent || f.Rule == rules.RuleInactive }) {
			tryMembers = append(tryMembers, r.h.Member(ex.Member))
		}
	}
	type proposal struct {
		split Split
		key   splitKey
	}
	var props []proposal
	for k := splitMinPart; k <= dur-splitMinPart; k++ {
		at := roster.Clock((int(v.Start) + k) % 1440)
		if at%60 != 0 {
			continue
		}
		first, second := v, v
		first.End, second.Start = at, at
		as := r.tryPart(first, tryMembers)
		bs := r.tryPart(second, tryMembers)
		for _, a := range as {
			for _, b := range bs {
				if a.member == b.member {
					continue
				}
				sp := Split{At: at, Parts: [2]SplitPart{
					{Vacancy: a.part, Member: a.member, CoverFigures: a.fig, Strains: a.strains},
					{Vacancy: b.part, Member: b.member, CoverFigures: b.fig, Strains: b.strains},
				}}
				props = append(props, proposal{sp, keyOf(&sp, dur, k)})
			}
		}
	}
	sort.SliceStable(props, func(i, j int) bool { return props[i].key.less(props[j].key) })
	var out []Split
	seen := map[[2]int]bool{}
	for _, p := range props {
		pair := [2]int{p.split.Parts[0].Member, p.split.Parts[1].Member}
		if seen[pair] {
			continue // the best cut for this pair is already in
		}
		seen[pair] = true
		a := p.split.Parts[0].Vacancy.Assignment(r.h, pair[0])
		b := p.split.Parts[1].Vacancy.Assignment(r.h, pair[1])
		news := r.try(a, b)
		ra, _ := r.classify(r.h.Member(pair[0]), p.split.Parts[0].Vacancy, news)
		rb, _ := r.classify(r.h.Member(pair[1]), p.split.Parts[1].Vacancy, news)
		if len(ra)+len(rb) > 0 {
			continue
		}
		out = append(out, p.split)
		if len(out) == maxSplits {
			break
		}
	}
	return out
}

// tryPart returns the members who can take part, with their figures.
func (r *coverRun) tryPart(part Vacancy, members []*roster.Member) []partTry {
	var out []partTry
	for _, m := range members {
		reasons, strains := r.classify(m, part, r.try(part.Assignment(r.h, m.ID)))
		if len(reasons) == 0 {
			out = append(out, partTry{member: m.ID, part: part, fig: r.figures(m, part), strains: strains})
		}
	}
	return out
}

// splitKey orders split proposals: fewest strains, then the most slack left
// for the one who has least, then the fewest cover-ins, then the most even
// cut, then earliest cut and member IDs for determinism.
type splitKey struct {
	strains  int
	minSlack float64
	coverIns int
	uneven   int
	k        int
	a, b     int
}

func keyOf(sp *Split, dur, k int) splitKey {
	p, q := &sp.Parts[0], &sp.Parts[1]
	uneven := 2*k - dur
	if uneven < 0 {
		uneven = -uneven
	}
	return splitKey{
		strains:  len(p.Strains) + len(q.Strains),
		minSlack: min(p.SlackLeft, q.SlackLeft),
		coverIns: p.CoverIns + q.CoverIns,
		uneven:   uneven,
		k:        k,
		a:        p.Member,
		b:        q.Member,
	}
}

func (x splitKey) less(y splitKey) bool {
	switch {
	case x.strains != y.strains:
		return x.strains < y.strains
	case x.minSlack != y.minSlack:
		return x.minSlack > y.minSlack
	case x.coverIns != y.coverIns:
		return x.coverIns < y.coverIns
	case x.uneven != y.uneven:
		return x.uneven < y.uneven
	case x.k != y.k:
		return x.k < y.k
	case x.a != y.a:
		return x.a < y.a
	}
	return x.b < y.b
}
