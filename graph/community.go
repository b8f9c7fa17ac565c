package graph

import (
	"math/rand/v2"

	gg "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/simple"
)

// CommunitySeed fixes Louvain's random order so that the same network gives
// the same communities in every run and on every machine.
const CommunitySeed = 20201231

// Communities finds communities with the Louvain method (resolution 1,
// fixed seed) and returns each node's community number — 0 for the largest
// community, 1 for the next — and the modularity Q of that partition.
// Undirected views use our array-based Louvain (louvain.go); directed views
// gonum's `community.Modularize`, which optimises directed modularity.
func Communities(v *View) (membership []int, q float64) {
	n := v.Len()
	membership = make([]int, n)
	if v.EdgeCount() == 0 {
		for i := range membership {
			membership[i] = i
		}
		return membership, 0
	}
	var groups [][]gg.Node
	if v.Directed() {
		groups = community.Modularize(v.Graph, 1, rand.NewPCG(CommunitySeed, 0)).Communities()
	} else {
		byLabel := map[int][]gg.Node{}
		for u, c := range louvain(v, CommunitySeed) {
			byLabel[c] = append(byLabel[c], simple.Node(int64(u)))
		}
		for _, members := range byLabel {
			groups = append(groups, members)
		}
	}
	stableSortBy(groups, func(a, b []gg.Node) bool {
		if len(a) != len(b) {
			return len(a) > len(b)
		}
		return minID(a) < minID(b)
	})
	for c, members := range groups {
		for _, node := range members {
			membership[node.ID()] = c
		}
	}
	return membership, Modularity(v, membership)
}

func minID(nodes []gg.Node) int64 {
	m := nodes[0].ID()
	for _, x := range nodes[1:] {
		m = min(m, x.ID())
	}
	return m
}

// Modularity returns Newman's modularity Q of a partition (node index →
// community label), equal to networkx `community.modularity` (directed
// form for a directed view).
func Modularity(v *View, membership []int) float64 {
	byLabel := map[int][]gg.Node{}
	var labels []int
	for u, c := range membership {
		if _, ok := byLabel[c]; !ok {
			labels = append(labels, c)
		}
		byLabel[c] = append(byLabel[c], simple.Node(int64(u)))
	}
	sortInts(labels)
	groups := make([][]gg.Node, 0, len(labels))
	for _, c := range labels {
		groups = append(groups, byLabel[c])
	}
	return community.Q(v.Graph, groups, 1)
}
