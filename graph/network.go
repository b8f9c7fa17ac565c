package graph

import (
	"math"

	gg "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/topo"
)

// Density is the share of possible ties present, equal to networkx
// `density(G)`: 2m/(n(n−1)) undirected, m/(n(n−1)) directed; 0 when n < 2.
func Density(v *View) float64 {
	n := float64(v.Len())
	if n < 2 {
		return 0
	}
	m := float64(v.EdgeCount())
	if v.Directed() {
		return m / (n * (n - 1))
	}
	return 2 * m / (n * (n - 1))
}

// Transitivity is the share of connected triples that close into
// triangles, equal to networkx `transitivity(G)`: 3·triangles/triads. A
// directed view is measured on its undirected version (networkx defines
// transitivity for undirected graphs only).
func Transitivity(v *View) float64 {
	n := v.Len()
	nbrs := make([][]int32, n)
	for u := range nbrs {
		nbrs[u] = v.Neighbours(u)
	}
	mark := make([]int32, n)
	for i := range mark {
		mark[i] = -1
	}
	var closed, triads float64
	for u := 0; u < n; u++ {
		d := float64(len(nbrs[u]))
		triads += d * (d - 1)
		for _, w := range nbrs[u] {
			mark[w] = int32(u)
		}
		for _, w := range nbrs[u] {
			for _, x := range nbrs[w] {
				if mark[x] == int32(u) {
					closed++ // ordered pair (w, x) of u's neighbours that are tied
				}
			}
		}
	}
	if closed == 0 {
		return 0
	}
	return closed / triads
}

// Components returns the connected components of the view's undirected
// version (weakly connected components when directed), each a list of node
// indices in increasing order, largest component first.
func Components(v *View) [][]int {
	n := v.Len()
	comp := make([]int, n)
	for i := range comp {
		comp[i] = -1
	}
	var out [][]int
	for s := 0; s < n; s++ {
		if comp[s] >= 0 {
			continue
		}
		c := len(out)
		comp[s] = c
		members := []int{s}
		for head := 0; head < len(members); head++ {
			u := members[head]
			for _, list := range [][]int32{v.succ[u], v.pred[u]} {
				for _, w := range list {
					if comp[w] < 0 {
						comp[w] = c
						members = append(members, int(w))
					}
				}
			}
		}
		sortInts(members)
		out = append(out, members)
	}
	stableSortBy(out, func(a, b []int) bool { return len(a) > len(b) })
	return out
}

// StrongComponents counts the strongly connected components of a directed
// view (networkx `number_strongly_connected_components`); for an undirected
// view it equals the number of components.
func StrongComponents(v *View) int {
	if !v.Directed() {
		return len(Components(v))
	}
	return len(topo.TarjanSCC(v.Graph.(gg.Directed)))
}

// Reciprocity is the share of directed ties that are returned, equal to
// networkx `overall_reciprocity(G)`. It is undefined (NaN) for an
// undirected view and for a view without ties.
func Reciprocity(v *View) float64 {
	if !v.Directed() || v.EdgeCount() == 0 {
		return math.NaN()
	}
	mutual := 0
	for e := range v.Ties {
		if _, ok := v.Ties[[2]int64{e[1], e[0]}]; ok {
			mutual++
		}
	}
	return float64(mutual) / float64(v.EdgeCount())
}
