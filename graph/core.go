package graph

// CoreNumber returns each node's k-core number, equal to networkx
// `core_number(G)`: the largest k such that the node belongs to a subgraph
// in which every node has degree ≥ k. In a directed view degree is
// in + out, so a reciprocated pair counts twice, as in networkx.
// Computed by peeling nodes in order of degree (Batagelj and Zaversnik).
func CoreNumber(v *View) []int {
	n := v.Len()
	deg := make([]int, n)
	nbrs := make([][]int32, n)
	maxDeg := 0
	for u := 0; u < n; u++ {
		if v.Directed() {
			nbrs[u] = append(append([]int32(nil), v.succ[u]...), v.pred[u]...)
		} else {
			nbrs[u] = v.succ[u]
		}
		deg[u] = len(nbrs[u])
		maxDeg = max(maxDeg, deg[u])
	}
	// Bucket sort nodes by degree; pos/vert/bin as in the paper.
	bin := make([]int, maxDeg+2)
	for _, d := range deg {
		bin[d]++
	}
	start := 0
	for d := range bin {
		bin[d], start = start, start+bin[d]
	}
	pos, vert := make([]int, n), make([]int, n)
	for u := 0; u < n; u++ {
		pos[u] = bin[deg[u]]
		vert[pos[u]] = u
		bin[deg[u]]++
	}
	for d := len(bin) - 1; d > 0; d-- {
		bin[d] = bin[d-1]
	}
	bin[0] = 0
	for i := 0; i < n; i++ {
		u := vert[i]
		for _, w32 := range nbrs[u] {
			w := int(w32)
			if deg[w] > deg[u] {
				dw, pw := deg[w], pos[w]
				first := bin[dw]
				if fw := vert[first]; fw != w {
					pos[w], pos[fw] = first, pw
					vert[pw], vert[first] = fw, w
				}
				bin[dw]++
				deg[w]--
			}
		}
	}
	return deg
}
