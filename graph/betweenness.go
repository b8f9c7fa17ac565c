package graph

import "gonum.org/v1/gonum/graph/network"

// Betweenness returns normalized shortest-path betweenness centrality, equal
// to networkx `betweenness_centrality(G, normalized=True)`:
//
//	C_B(v) = 1/((n-1)(n-2)) · Σ_{s≠v≠t} σ(s,t|v)/σ(s,t)
//
// summed over ordered pairs (s, t). gonum's Brandes implementation also sums
// over ordered pairs, so for an undirected view its value is twice the
// networkx raw value — which is exactly what the ordered-pair normalisation
// above expects. With fewer than three nodes every value is 0.
func Betweenness(v *View) []float64 {
	n := v.Len()
	out := make([]float64, n)
	if n < 3 {
		return out
	}
	scale := 1 / float64((n-1)*(n-2))
	for id, b := range network.Betweenness(v.Graph) {
		out[id] = b * scale
	}
	return out
}
