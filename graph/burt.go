package graph

import (
	"math"
	"slices"
)

// Burt's structural-hole measures, equal to networkx `constraint(G)` and
// `effective_size(G)` (with `weight` in a weighted view). With a_uv the
// weight of the tie u→v (1 when unweighted), the mutual weight is
// m(u,v) = a_uv + a_vu and the proportional weight p(u,v) = m(u,v) /
// Σ_w m(u,w) over u's neighbours in either direction.
//
//	constraint(u)     = Σ_v (p(u,v) + Σ_w p(u,w)·p(w,v))²
//	effective_size(u) = Σ_v (1 − Σ_w p(u,w)·m(v,w)/max_x m(v,x))
//
// Both are undefined (NaN) for a node without ties — in a directed view,
// without outgoing ties, as in networkx.

// Constraint returns Burt's constraint of every node; see above.
func Constraint(v *View) []float64 {
	b := newBurt(v)
	out := make([]float64, v.Len())
	for u := range out {
		if len(v.succ[u]) == 0 {
			out[u] = math.NaN()
			continue
		}
		for _, x := range b.nbrs[u] {
			local := b.p(u, int(x))
			for _, w := range b.nbrs[u] {
				local += b.p(u, int(w)) * b.p(int(w), int(x))
			}
			out[u] += local * local
		}
	}
	return out
}

// EffectiveSize returns Burt's effective size of every node; see above.
func EffectiveSize(v *View) []float64 {
	b := newBurt(v)
	out := make([]float64, v.Len())
	for u := range out {
		if len(v.succ[u]) == 0 {
			out[u] = math.NaN()
			continue
		}
		for _, x := range b.nbrs[u] {
			redundancy := 0.0
			if b.max[x] > 0 {
				for _, w := range b.nbrs[u] {
					redundancy += b.p(u, int(w)) * b.mutual(int(x), int(w)) / b.max[x]
				}
			}
			out[u] += 1 - redundancy
		}
	}
	return out
}

type burt struct {
	v        *View
	nbrs     [][]int32
	sum, max []float64
}

func newBurt(v *View) *burt {
	n := v.Len()
	b := &burt{v: v, nbrs: make([][]int32, n), sum: make([]float64, n), max: make([]float64, n)}
	for u := 0; u < n; u++ {
		b.nbrs[u] = v.Neighbours(u)
		for _, w := range b.nbrs[u] {
			m := b.mutual(u, int(w))
			b.sum[u] += m
			b.max[u] = math.Max(b.max[u], m)
		}
	}
	return b
}

func (b *burt) mutual(u, w int) float64 {
	m := 0.0
	if j, ok := slices.BinarySearch(b.v.succ[u], int32(w)); ok {
		m += b.v.succW[u][j]
	}
	if j, ok := slices.BinarySearch(b.v.succ[w], int32(u)); ok {
		m += b.v.succW[w][j]
	}
	return m
}

func (b *burt) p(u, w int) float64 {
	if b.sum[u] == 0 {
		return 0
	}
	return b.mutual(u, w) / b.sum[u]
}
