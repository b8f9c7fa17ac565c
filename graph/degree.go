package graph

// Degree returns, for every node of the view, the number of distinct
// neighbours. In a directed view it is in_degree + out_degree, as networkx
// `DiGraph.degree` counts it (a reciprocated pair counts twice).
func Degree(v *View) []int {
	out := make([]int, v.Len())
	in, outd := InDegree(v), OutDegree(v)
	for i := range out {
		if v.Directed() {
			out[i] = in[i] + outd[i]
		} else {
			out[i] = outd[i]
		}
	}
	return out
}

// OutDegree counts the successors of each node (neighbours when undirected).
func OutDegree(v *View) []int {
	out := make([]int, v.Len())
	for i := range out {
		out[i] = len(v.succ[i])
	}
	return out
}

// InDegree counts the predecessors of each node (neighbours when undirected).
func InDegree(v *View) []int {
	out := make([]int, v.Len())
	for i := range out {
		out[i] = len(v.pred[i])
	}
	return out
}

// Strength returns the sum of the strengths of each node's ties in the
// view, equal to networkx `degree(weight=…)` on a weighted view (in + out
// when directed). In an unweighted view it equals Degree.
func Strength(v *View) []float64 {
	out := make([]float64, v.Len())
	for i := range out {
		for _, w := range v.succW[i] {
			out[i] += w
		}
		if v.Directed() {
			for _, w := range v.predW[i] {
				out[i] += w
			}
		}
	}
	return out
}
