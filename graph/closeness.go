package graph

// Closeness returns closeness centrality equal to networkx
// `closeness_centrality(G, wf_improved=True)`. For node u with r other
// nodes reachable at total distance D (in a directed view: nodes that
// reach u, since networkx uses incoming distance),
//
//	C(u) = (r/D) · (r/(n-1))
//
// The second factor is Wasserman and Faust's correction for disconnected
// networks; an isolated node scores 0.
func Closeness(v *View) []float64 {
	n := v.Len()
	out := make([]float64, n)
	if n < 2 {
		return out
	}
	dist := make([]int, n)
	queue := make([]int64, 0, n)
	for u := 0; u < n; u++ {
		for i := range dist {
			dist[i] = -1
		}
		dist[u] = 0
		queue = append(queue[:0], int64(u))
		total, reached := 0, 0
		for len(queue) > 0 {
			x := queue[0]
			queue = queue[1:]
			// Walking predecessors measures the distance to u.
			for _, y := range v.predecessors(x) {
				if dist[y] < 0 {
					dist[y] = dist[x] + 1
					total += dist[y]
					reached++
					queue = append(queue, y)
				}
			}
		}
		if total > 0 {
			r := float64(reached)
			out[u] = r / float64(total) * r / float64(n-1)
		}
	}
	return out
}
