package graph

import (
	"slices"

	gg "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/simple"
)

// ViewOptions choose which part of the network an analysis looks at.
// The zero value is the default view of DESIGN.md: all existing ties of
// every kind, undirected, unweighted, dates ignored.
type ViewOptions struct {
	// Kinds restricts the view to these tie kinds; empty means all.
	Kinds []string
	// Directed keeps the direction of directed ties; undirected ties then
	// count in both directions.
	Directed bool
	// Weighted weighs each pair of actors by the sum of the strengths (1–3)
	// of the ties between them. Path measures then take 1/weight as the
	// length of a step, so that strong ties make short paths.
	Weighted bool
	// At is the day the network is looked at: ties and memberships whose
	// since/until do not cover it are left out. Empty ignores dates.
	At Date
	// Statuses of ties that count; empty means only "existing" (and ties
	// with no status, which are taken as existing).
	Statuses []string
}

// Counts reports whether tie t is part of a view with these options.
func (o ViewOptions) Counts(t *Tie) bool {
	status := t.Status
	if status == "" {
		status = TieExisting
	}
	statuses := o.Statuses
	if len(statuses) == 0 {
		statuses = []string{TieExisting}
	}
	if !contains(statuses, status) {
		return false
	}
	if len(o.Kinds) > 0 && !contains(o.Kinds, t.Kind) {
		return false
	}
	return Within(o.At, t.Since, t.Until)
}
func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// View is the network seen as a simple gonum graph: one node per actor
// (node ID = index into Actors), at most one edge per ordered pair. Several
// ties between a pair collapse into one edge whose Ties lists them all and
// whose weight is the sum of their strengths.
type View struct {
	Options ViewOptions
	Actors  []*Actor
	// Graph is a simple.(Weighted)UndirectedGraph or DirectedGraph; weighted
	// when Options.Weighted.
	Graph gg.Graph
	index map[string]int64
	// Ties maps an edge (from, to node IDs; from < to when undirected) to
	// the ties that make it.
	Ties map[[2]int64][]*Tie
	// counted lists the ties in the view in network order.
	counted []*Tie
	// succ and pred are sorted adjacency lists by node index (the same
	// slices when undirected), succW and predW the matching edge weights
	// (all 1 when unweighted). The measures walk these rather than gonum's
	// iterators.
	succ, pred   [][]int32
	succW, predW [][]float64
}

// NewView builds the view of n with the given options. Every actor is a
// node, including isolated ones; ties to unknown actors and self-loops are
// skipped (Validate reports them).
func NewView(n *Network, opt ViewOptions) *View {
	v := &View{Options: opt, Actors: n.Actors, index: make(map[string]int64, len(n.Actors)), Ties: map[[2]int64][]*Tie{}}
	for i, a := range n.Actors {
		v.index[a.ID] = int64(i)
	}
	weight := map[[2]int64]float64{}
	addEdge := func(a, b int64, t *Tie) {
		e := [2]int64{a, b}
		v.Ties[e] = append(v.Ties[e], t)
		weight[e] += float64(t.Strength)
	}
	for _, t := range n.Ties {
		if !opt.Counts(t) {
			continue
		}
		from, ok1 := v.index[t.From]
		to, ok2 := v.index[t.To]
		if !ok1 || !ok2 || from == to {
			continue
		}
		v.counted = append(v.counted, t)
		switch {
		case opt.Directed:
			addEdge(from, to, t)
			if !t.Directed {
				addEdge(to, from, t)
			}
		case from < to:
			addEdge(from, to, t)
		default:
			addEdge(to, from, t)
		}
	}
	if !opt.Weighted {
		for e := range weight {
			weight[e] = 1
		}
	}
	v.Graph = gonumGraph(len(n.Actors), weight, opt)
	v.buildAdjacency(weight)
	return v
}

func gonumGraph(nodes int, weight map[[2]int64]float64, opt ViewOptions) gg.Graph {
	type builder interface {
		AddNode(gg.Node)
	}
	var g builder
	var set func(a, b int64, w float64)
	switch {
	case opt.Directed && opt.Weighted:
		d := simple.NewWeightedDirectedGraph(0, 0)
		g, set = d, func(a, b int64, w float64) { d.SetWeightedEdge(d.NewWeightedEdge(simple.Node(a), simple.Node(b), w)) }
	case opt.Directed:
		d := simple.NewDirectedGraph()
		g, set = d, func(a, b int64, _ float64) { d.SetEdge(d.NewEdge(simple.Node(a), simple.Node(b))) }
	case opt.Weighted:
		u := simple.NewWeightedUndirectedGraph(0, 0)
		g, set = u, func(a, b int64, w float64) { u.SetWeightedEdge(u.NewWeightedEdge(simple.Node(a), simple.Node(b), w)) }
	default:
		u := simple.NewUndirectedGraph()
		g, set = u, func(a, b int64, _ float64) { u.SetEdge(u.NewEdge(simple.Node(a), simple.Node(b))) }
	}
	for i := 0; i < nodes; i++ {
		g.AddNode(simple.Node(int64(i)))
	}
	for e, w := range weight {
		set(e[0], e[1], w)
	}
	return g.(gg.Graph)
}

func (v *View) buildAdjacency(weight map[[2]int64]float64) {
	n := v.Len()
	v.succ = make([][]int32, n)
	if v.Directed() {
		v.pred = make([][]int32, n)
	} else {
		v.pred = v.succ
	}
	for e := range weight {
		a, b := int32(e[0]), int32(e[1])
		v.succ[a] = append(v.succ[a], b)
		if v.Directed() {
			v.pred[b] = append(v.pred[b], a)
		} else {
			v.succ[b] = append(v.succ[b], a)
		}
	}
	v.succW = make([][]float64, n)
	v.predW = v.succW
	if v.Directed() {
		v.predW = make([][]float64, n)
	}
	for i := 0; i < n; i++ {
		slices.Sort(v.succ[i])
		v.succW[i] = make([]float64, len(v.succ[i]))
		for j, w := range v.succ[i] {
			v.succW[i][j] = v.weight(weight, int32(i), w)
		}
		if v.Directed() {
			slices.Sort(v.pred[i])
			v.predW[i] = make([]float64, len(v.pred[i]))
			for j, p := range v.pred[i] {
				v.predW[i][j] = v.weight(weight, p, int32(i))
			}
		}
	}
}

func (v *View) weight(weight map[[2]int64]float64, a, b int32) float64 {
	if !v.Directed() && a > b {
		a, b = b, a
	}
	return weight[[2]int64{int64(a), int64(b)}]
}

// Weighted reports whether the view weighs ties by strength.
func (v *View) Weighted() bool { return v.Options.Weighted }

// Node returns the node ID of the actor with the given ID, and whether it
// is in the view.
func (v *View) Node(actorID string) (int64, bool) {
	id, ok := v.index[actorID]
	return id, ok
}

// Directed reports whether the view keeps tie directions.
func (v *View) Directed() bool { return v.Options.Directed }

// Len is the number of nodes (actors) in the view.
func (v *View) Len() int { return len(v.Actors) }

// Successors returns the nodes one step from u (neighbours when
// undirected), sorted. The slice must not be modified.
func (v *View) Successors(u int) []int32 { return v.succ[u] }

// Predecessors returns the nodes with an edge into u (neighbours when
// undirected), sorted. The slice must not be modified.
func (v *View) Predecessors(u int) []int32 { return v.pred[u] }

// Neighbours returns the nodes adjacent to u in either direction, each
// once, sorted.
func (v *View) Neighbours(u int) []int32 {
	if !v.Directed() {
		return v.succ[u]
	}
	out := make([]int32, 0, len(v.succ[u])+len(v.pred[u]))
	i, j := 0, 0
	s, p := v.succ[u], v.pred[u]
	for i < len(s) || j < len(p) {
		switch {
		case j == len(p) || (i < len(s) && s[i] < p[j]):
			out = append(out, s[i])
			i++
		case i == len(s) || p[j] < s[i]:
			out = append(out, p[j])
			j++
		default:
			out = append(out, s[i])
			i, j = i+1, j+1
		}
	}
	return out
}

// CountedTies returns the ties the view includes, in network order. The
// slice must not be modified.
func (v *View) CountedTies() []*Tie { return v.counted }

// EdgeCount is the number of edges of the view's simple graph.
func (v *View) EdgeCount() int { return len(v.Ties) }
