package house

import "math"

// The shortfall of every roster the bound speaks about is a whole multiple
// of the grain: the segments (lpSeg) cut the short demand at every presence
// and every candidate shift boundary, so within a segment the presence is
// the same at every instant for every roster that only adds plannable
// shifts to open cells, and the roster's shortfall is the sum over the
// segments of its length times a whole number of missing opvoeders (demand
// that is not short now stays covered). A lower bound may therefore be
// rounded up to the next multiple of the greatest common divisor of the
// segments' lengths: no roster lies in between. With the profiles' bands on
// the half hour and the shift types on the half hour this is 30 minutes.

// grain returns the greatest common divisor of the segments' lengths in
// whole minutes (1 when a length is not a whole number of minutes, or
// there are no segments).
func (b *lpBuild) grain() int {
	g := 0
	for _, sg := range b.segs {
		m := math.Round(sg.mins)
		if math.Abs(sg.mins-m) > 1e-9 || m < 1 {
			return 1
		}
		g = gcd(g, int(m))
	}
	return max(g, 1)
}

// gcd is the greatest common divisor of a and b (gcd(0, b) = b).
func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// roundUpTo rounds v ≥ 0 up to the next multiple of g ≥ 1.
func roundUpTo(v, g int) int {
	if g <= 1 || v%g == 0 {
		return v
	}
	return (v/g + 1) * g
}
