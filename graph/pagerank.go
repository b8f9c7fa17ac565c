package graph

import "math"

// PageRank returns PageRank with damping alpha, equal to networkx
// `pagerank(G, alpha)`: an undirected tie is followed both ways, a node
// without outgoing ties (dangling) spreads its rank evenly over all nodes,
//
//	x'(v) = α·(Σ_{u→v} x(u)/out(u) + Σ_{dangling d} x(d)/n) + (1−α)/n
//
// iterated from 1/n until Σ|x'−x| < n·10⁻⁶ (at most 1000 rounds). In a
// weighted view rank flows in proportion to the pair weights.
func PageRank(v *View, alpha float64) []float64 {
	const tol, maxIter = 1e-6, 1000
	n := v.Len()
	x := make([]float64, n)
	if n == 0 {
		return x
	}
	for i := range x {
		x[i] = 1 / float64(n)
	}
	outW := make([]float64, n)
	for u := range outW {
		for _, w := range v.succW[u] {
			outW[u] += w
		}
	}
	next := make([]float64, n)
	for iter := 0; iter < maxIter; iter++ {
		dangling := 0.0
		for u := 0; u < n; u++ {
			if outW[u] == 0 {
				dangling += x[u]
			}
		}
		base := alpha*dangling/float64(n) + (1-alpha)/float64(n)
		diff := 0.0
		for u := 0; u < n; u++ {
			in := 0.0
			for j, w := range v.pred[u] {
				in += x[w] * v.predW[u][j] / outW[w]
			}
			next[u] = alpha*in + base
			diff += math.Abs(next[u] - x[u])
		}
		x, next = next, x
		if diff < float64(n)*tol {
			break
		}
	}
	return x
}
