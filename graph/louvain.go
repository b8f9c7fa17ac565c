package graph

import "math/rand/v2"

// louvain is Blondel et al.'s method (2008) for undirected, weighted
// graphs on flat arrays: local moving of single nodes until no move raises
// modularity, then each community becomes one node, repeated while the
// partition coarsens. gonum's implementation computes the same thing
// through graph interfaces and maps, 30× slower on 10,000 actors.
//
// The node order of every local-moving pass is a shuffle from a seeded
// generator, so results are reproducible.
func louvain(v *View, seed uint64) []int {
	n := v.Len()
	// Level 0: the view's undirected version with its weights.
	lv := &level{n: n, start: make([]int, n+1)}
	for u := 0; u < n; u++ {
		nb := v.Neighbours(u)
		lv.start[u+1] = lv.start[u] + len(nb)
		for _, w := range nb {
			lv.adj = append(lv.adj, w)
			lv.w = append(lv.w, undirectedWeight(v, u, int(w)))
		}
	}
	lv.self = make([]float64, n)
	membership := make([]int, n)
	for i := range membership {
		membership[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, 0))
	for {
		comm, moved := lv.localMoving(rng)
		if !moved {
			break
		}
		for i := range membership {
			membership[i] = comm[membership[i]]
		}
		lv = lv.aggregate(comm)
		if lv.n == 1 {
			break
		}
	}
	return membership
}

// undirectedWeight is the weight of the pair u, w in the undirected
// version of the view: in a directed view the weights of u→w and w→u add
// up, as gonum and networkx do for modularity.
func undirectedWeight(v *View, u, w int) float64 {
	total := 0.0
	for j, x := range v.succ[u] {
		if int(x) == w {
			total += v.succW[u][j]
		}
	}
	if v.Directed() {
		for j, x := range v.succ[w] {
			if int(x) == u {
				total += v.succW[w][j]
			}
		}
	}
	return total
}

// level is one graph of the hierarchy in compressed sparse rows; self
// holds the weight inside each (aggregated) node.
type level struct {
	n     int
	start []int
	adj   []int32
	w     []float64
	self  []float64
}

func (l *level) degree(u int) float64 {
	k := 2 * l.self[u]
	for e := l.start[u]; e < l.start[u+1]; e++ {
		k += l.w[e]
	}
	return k
}

// localMoving moves nodes between communities while modularity rises and
// returns communities numbered 0..c-1 and whether any node moved.
func (l *level) localMoving(rng *rand.Rand) ([]int, bool) {
	k := make([]float64, l.n)
	m2 := 0.0
	for u := range k {
		k[u] = l.degree(u)
		m2 += k[u]
	}
	comm := make([]int, l.n)
	tot := make([]float64, l.n)
	for u := range comm {
		comm[u], tot[u] = u, k[u]
	}
	if m2 == 0 {
		return comm, false
	}
	order := rng.Perm(l.n)
	weightTo := make([]float64, l.n)
	touched := make([]int, 0, 16)
	movedAny := false
	for {
		moved := false
		for _, u := range order {
			cu := comm[u]
			touched = touched[:0]
			for e := l.start[u]; e < l.start[u+1]; e++ {
				c := comm[l.adj[e]]
				if weightTo[c] == 0 {
					touched = append(touched, c)
				}
				weightTo[c] += l.w[e]
			}
			tot[cu] -= k[u]
			best, bestGain := cu, weightTo[cu]-tot[cu]*k[u]/m2
			for _, c := range touched {
				if gain := weightTo[c] - tot[c]*k[u]/m2; gain > bestGain+1e-12 {
					best, bestGain = c, gain
				}
			}
			tot[best] += k[u]
			if best != cu {
				comm[u] = best
				moved, movedAny = true, true
			}
			for _, c := range touched {
				weightTo[c] = 0
			}
		}
		if !moved {
			break
		}
	}
	// Renumber communities densely in order of first appearance.
	id := make([]int, l.n)
	for i := range id {
		id[i] = -1
	}
	next := 0
	for u := range comm {
		if id[comm[u]] < 0 {
			id[comm[u]] = next
			next++
		}
		comm[u] = id[comm[u]]
	}
	return comm, movedAny && next < l.n
}

// aggregate makes each community one node.
func (l *level) aggregate(comm []int) *level {
	c := 0
	for _, x := range comm {
		c = max(c, x+1)
	}
	out := &level{n: c, start: make([]int, c+1), self: make([]float64, c)}
	members := make([][]int, c)
	for u, x := range comm {
		members[x] = append(members[x], u)
		out.self[x] += l.self[u]
	}
	weightTo := make([]float64, c)
	var touched []int
	for x := 0; x < c; x++ {
		touched = touched[:0]
		for _, u := range members[x] {
			for e := l.start[u]; e < l.start[u+1]; e++ {
				y := comm[l.adj[e]]
				if y == x {
					out.self[x] += l.w[e] / 2 // each inner pair is seen from both ends
					continue
				}
				if weightTo[y] == 0 {
					touched = append(touched, y)
				}
				weightTo[y] += l.w[e]
			}
		}
		for _, y := range touched {
			out.adj = append(out.adj, int32(y))
			out.w = append(out.w, weightTo[y])
			weightTo[y] = 0
		}
		out.start[x+1] = len(out.adj)
	}
	return out
}
