package graph

import "math"

// Eigenvector returns eigenvector centrality equal to networkx
// `eigenvector_centrality(G)`: power iteration with A+I from the uniform
// vector, x ← (A+I)ᵀx / ‖(A+I)ᵀx‖₂, so in a directed view a node is
// central when central nodes point to it. It stops when Σ|x−x'| < n·10⁻⁶,
// as networkx does (which keeps results comparable), after at most 1000
// rounds; the vector has unit Euclidean norm. A weighted view uses the
// pair weights as the entries of A.
func Eigenvector(v *View) []float64 {
	const tol, maxIter = 1e-6, 1000
	n := v.Len()
	x := make([]float64, n)
	if n == 0 {
		return x
	}
	for i := range x {
		x[i] = 1 / float64(n)
	}
	next := make([]float64, n)
	for iter := 0; iter < maxIter; iter++ {
		copy(next, x)
		for u := 0; u < n; u++ {
			for j, w := range v.pred[u] {
				next[u] += x[w] * v.predW[u][j]
			}
		}
		norm := 0.0
		for _, z := range next {
			norm += z * z
		}
		norm = math.Sqrt(norm)
		if norm == 0 {
			norm = 1
		}
		diff := 0.0
		for i := range next {
			next[i] /= norm
			diff += math.Abs(next[i] - x[i])
		}
		x, next = next, x
		if diff < float64(n)*tol {
			break
		}
	}
	return x
}
