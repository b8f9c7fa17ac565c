package graph

// CutPoints returns the articulation points of the view's undirected
// version in increasing order, equal to networkx `articulation_points`: the
// actors whose departure splits a part of the network in two.
func CutPoints(v *View) []int {
	cut, _ := cutsAndBridges(v)
	return cut
}

// Bridges returns the pairs of nodes (smaller index first, in increasing
// order) whose connection is the only link between two parts of the
// network, equal to networkx `bridges` on the undirected version.
func Bridges(v *View) [][2]int {
	_, bridges := cutsAndBridges(v)
	return bridges
}

// cutsAndBridges is Tarjan's lowpoint depth-first search, written with an
// explicit stack so that long chains cannot exhaust the call stack.
func cutsAndBridges(v *View) ([]int, [][2]int) {
	n := v.Len()
	nbrs := make([][]int32, n)
	for u := range nbrs {
		nbrs[u] = v.Neighbours(u)
	}
	disc, low, parent := make([]int, n), make([]int, n), make([]int, n)
	isCut := make([]bool, n)
	for i := range disc {
		disc[i], parent[i] = -1, -1
	}
	var bridges [][2]int
	type frame struct{ u, next int }
	time := 0
	for root := 0; root < n; root++ {
		if disc[root] >= 0 {
			continue
		}
		disc[root], low[root] = time, time
		time++
		children := 0
		stack := []frame{{root, 0}}
		for len(stack) > 0 {
			top := &stack[len(stack)-1]
			u := top.u
			if top.next < len(nbrs[u]) {
				w := int(nbrs[u][top.next])
				top.next++
				switch {
				case disc[w] < 0:
					parent[w] = u
					disc[w], low[w] = time, time
					time++
					if u == root {
						children++
					}
					stack = append(stack, frame{w, 0})
				case w != parent[u]:
					low[u] = min(low[u], disc[w])
				}
				continue
			}
			stack = stack[:len(stack)-1]
			if p := parent[u]; p >= 0 {
				low[p] = min(low[p], low[u])
				if low[u] > disc[p] {
					bridges = append(bridges, [2]int{min(p, u), max(p, u)})
				}
				if p != root && low[u] >= disc[p] {
					isCut[p] = true
				}
			}
		}
		if children > 1 {
			isCut[root] = true
		}
	}
	var cut []int
	for u, c := range isCut {
		if c {
			cut = append(cut, u)
		}
	}
	stableSortBy(bridges, func(a, b [2]int) bool { return a[0] < b[0] || (a[0] == b[0] && a[1] < b[1]) })
	return cut, bridges
}
