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
	// At is the day the network is looked at: ties and memberships whose
	// since/until do not cover it are left out. Empty ignores dates.
	At Date
	// Statuses of ties that count; empty means only "existing" (and ties
	// with no status, which are taken as existing).
	Statuses []string
}

// View is the network seen as a simple gonum graph: one node per actor
// (node ID = index into Actors), at most one edge per ordered pair. Several
// ties between a pair collapse into one edge whose Ties lists them all.
type View struct {
	Options ViewOptions
	Actors  []*Actor
	// Graph is a *simple.UndirectedGraph or a *simple.DirectedGraph.
	Graph gg.Graph
	index map[string]int64
	// Ties maps an edge (from, to node IDs; from < to when undirected) to
	// the ties that make it.
	Ties map[[2]int64][]*Tie
	// succ and pred are sorted adjacency lists by node index (equal when
	// undirected); the measures walk these instead of gonum's iterators.
	succ, pred [][]int32
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

// NewView builds the view of n with the given options. Every actor is a
// node, including isolated ones; ties to unknown actors and self-loops are
// skipped (Validate reports them).
func NewView(n *Network, opt ViewOptions) *View {
	v := &View{Options: opt, Actors: n.Actors, index: make(map[string]int64, len(n.Actors)), Ties: map[[2]int64][]*Tie{}}
	var add func(a, b int64)
	if opt.Directed {
		g := simple.NewDirectedGraph()
		v.Graph = g
		add = func(a, b int64) {
			if !g.HasEdgeFromTo(a, b) {
				g.SetEdge(g.NewEdge(simple.Node(a), simple.Node(b)))
			}
		}
		for i := range n.Actors {
			g.AddNode(simple.Node(int64(i)))
		}
	} else {
		g := simple.NewUndirectedGraph()
		v.Graph = g
		add = func(a, b int64) {
			if !g.HasEdgeBetween(a, b) {
				g.SetEdge(g.NewEdge(simple.Node(a), simple.Node(b)))
			}
		}
		for i := range n.Actors {
			g.AddNode(simple.Node(int64(i)))
		}
	}
	for i, a := range n.Actors {
		v.index[a.ID] = int64(i)
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
		if opt.Directed {
			add(from, to)
			v.Ties[[2]int64{from, to}] = append(v.Ties[[2]int64{from, to}], t)
			if !t.Directed {
				add(to, from)
				v.Ties[[2]int64{to, from}] = append(v.Ties[[2]int64{to, from}], t)
			}
			continue
		}
		if from > to {
			from, to = to, from
		}
		add(from, to)
		v.Ties[[2]int64{from, to}] = append(v.Ties[[2]int64{from, to}], t)
	}
	v.buildAdjacency()
	return v
}

func (v *View) buildAdjacency() {
	n := v.Len()
	v.succ = make([][]int32, n)
	if v.Directed() {
		v.pred = make([][]int32, n)
	} else {
		v.pred = v.succ
	}
	for e := range v.Ties {
		a, b := int32(e[0]), int32(e[1])
		v.succ[a] = append(v.succ[a], b)
		if v.Directed() {
			v.pred[b] = append(v.pred[b], a)
		} else {
			v.succ[b] = append(v.succ[b], a)
		}
	}
	for i := 0; i < n; i++ {
		sortInt32(v.succ[i])
		if v.Directed() {
			sortInt32(v.pred[i])
		}
	}
}

func sortInt32(xs []int32) { slices.Sort(xs) }

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

// EdgeCount is the number of edges of the view's simple graph.
func (v *View) EdgeCount() int { return len(v.Ties) }
