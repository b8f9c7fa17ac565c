package graph

import (
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
	return v
}

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

// neighbours returns the node IDs reachable in one step from u: successors
// in a directed view.
func (v *View) successors(u int64) []int64 {
	return ids(v.Graph.From(u))
}

// predecessors returns the node IDs with an edge into u.
func (v *View) predecessors(u int64) []int64 {
	if d, ok := v.Graph.(gg.Directed); ok {
		return ids(d.To(u))
	}
	return ids(v.Graph.From(u))
}

func ids(it gg.Nodes) []int64 {
	var out []int64
	for it.Next() {
		out = append(out, it.Node().ID())
	}
	return out
}

// EdgeCount is the number of edges of the view's simple graph.
func (v *View) EdgeCount() int { return len(v.Ties) }
