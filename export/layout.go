package export

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/verkostokartta/verkostokartta/graph"
)

// Layouts lists the layouts Arrange computes. "pinned" keeps the positions
// of the map canvas; the Graphviz engines compute new ones; "rings" is the
// "family at the centre" layout: sectors as slices, closeness as rings.
var Layouts = []string{"pinned", "sfdp", "neato", "dot", "twopi", "circo", "fdp", "rings"}

// engineLimits guard the slow Graphviz engines by the number of actors
// (TECH-NOTES: 500 nodes took circo 9 min 41 s and fdp 30 s; 50 nodes
// 0.3 s each, and they grow with the cube and the square).
var engineLimits = map[string]int{"circo": 60, "fdp": 150, "neato": 1000}

// Arrangement is where a layout puts the actors.
type Arrangement struct {
	// Positions are canvas positions (pixels, y downwards) by actor ID.
	Positions map[string]Point
	// Rings are the guides of the "rings" layout; nil for the others.
	Rings *Rings
}

// Rings are the guides of the "family at the centre" layout: the family in
// the middle, a circle per ring and a spoke between sectors.
type Rings struct {
	Centre Point
	Radii  []float64 // of the rings the actors stand on, innermost first
	// Spokes are the angles (radians, clockwise from the right, as on a
	// canvas whose y grows downwards) where one sector's slice ends and
	// the next begins.
	Spokes []float64
}

// Apply returns a copy of n whose actors stand where the arrangement puts
// them; n is not changed.
func (a *Arrangement) Apply(n *graph.Network) *graph.Network {
	out := *n
	out.Actors = make([]*graph.Actor, len(n.Actors))
	for i, x := range n.Actors {
		c := *x
		if p, ok := a.Positions[x.ID]; ok {
			c.X, c.Y = p.X, p.Y
		}
		out.Actors[i] = &c
	}
	return &out
}

// Arrange computes the named layout of n's actors (Layouts). The Graphviz
// engines run through the one shared Graphviz; circo, fdp and neato refuse
// networks above their size guard, since they would run for minutes.
// Labels take the size they have on the map (fontSize points; 0 means 14),
// and actors do not overlap.
func Arrange(ctx context.Context, n *graph.Network, layout string, fontSize float64) (*Arrangement, error) {
	fs := Style{FontSize: fontSize}.fontSize()
	switch layout {
	case "pinned", "":
		pos := positions(n.Actors)
		a := &Arrangement{Positions: make(map[string]Point, len(n.Actors))}
		for i, x := range n.Actors {
			a.Positions[x.ID] = Point{pos[i][0], pos[i][1]}
		}
		return a, nil
	case "rings":
		return ringLayout(n, fs), nil
	case "sfdp", "neato", "dot", "twopi", "circo", "fdp":
		return engineLayout(ctx, n, layout, fs)
	}
	return nil, fmt.Errorf("unknown layout %q (known: %s)", layout, strings.Join(Layouts, ", "))
}

// engineLayout lays the actors out with a Graphviz engine. Each pair of
// tied actors is one edge (several ties of a pair pull no harder), ended
// ties are left out, and labels are sized as on the map so that Graphviz
// can keep them apart.
func engineLayout(ctx context.Context, n *graph.Network, engine string, fs float64) (*Arrangement, error) {
	if limit, ok := engineLimits[engine]; ok && len(n.Actors) > limit {
		return nil, fmt.Errorf("the %s layout is limited to %d actors (this network has %d; it would take minutes): use sfdp or twopi", engine, limit, len(n.Actors))
	}
	a := &Arrangement{Positions: map[string]Point{}}
	if len(n.Actors) == 0 {
		return a, nil
	}
	kind, arrow := "graph", "--"
	if engine == "dot" {
		kind, arrow = "digraph", "->"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s layout {\n", kind)
	fmt.Fprintf(&b, "  graph [layout=%s, overlap=false, sep=\"+12\", splines=false, pack=true, ranksep=1.2, nodesep=0.3, mindist=1.5];\n", engine)
	fmt.Fprintf(&b, "  node [shape=box, fontname=%s, fontsize=%s, margin=\"%s,%s\"];\n", quote(FontName), num(fs), num(padX/72), num(padY/72))
	for _, x := range n.Actors {
		fmt.Fprintf(&b, "  %s [label=%s];\n", quote(actorNode(x.ID)), quote(strings.Join(actorLines(x), "\n")))
	}
	seen := map[[2]string]bool{}
	for _, t := range n.Ties {
		if t.Status == graph.TieEnded || t.From == t.To || n.Actor(t.From) == nil || n.Actor(t.To) == nil {
			continue
		}
		pair := [2]string{t.From, t.To}
		if engine != "dot" && pair[0] > pair[1] {
			pair[0], pair[1] = pair[1], pair[0]
		}
		if seen[pair] {
			continue
		}
		seen[pair] = true
		fmt.Fprintf(&b, "  %s %s %s;\n", quote(actorNode(pair[0])), arrow, quote(actorNode(pair[1])))
	}
	b.WriteString("}\n")
	out, err := Layout(ctx, []byte(b.String()), "json")
	if err != nil {
		return nil, fmt.Errorf("%s layout: %w", engine, err)
	}
	var doc struct {
		Objects []struct{ Name, Pos string }
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		return nil, fmt.Errorf("%s layout: %w", engine, err)
	}
	for _, o := range doc.Objects {
		id, ok := strings.CutPrefix(o.Name, "a:")
		if xy, err := parseFloats(o.Pos); ok && err == nil && len(xy) == 2 {
			a.Positions[id] = Point{xy[0], -xy[1]} // Graphviz's y grows upwards
		}
	}
	if len(a.Positions) != len(n.Actors) {
		return nil, fmt.Errorf("%s layout placed %d of %d actors", engine, len(a.Positions), len(n.Actors))
	}
	a.shift(canvasMargin)
	return a, nil
}

// canvasMargin is where computed layouts start on the canvas.
const canvasMargin = 100

// shift moves every position (and the rings) so that the top-left actor
// centre is at (m, m).
func (a *Arrangement) shift(m float64) {
	minX, minY := math.Inf(1), math.Inf(1)
	for _, p := range a.Positions {
		minX, minY = math.Min(minX, p.X), math.Min(minY, p.Y)
	}
	if a.Rings != nil && len(a.Rings.Radii) > 0 {
		outer := a.Rings.Radii[len(a.Rings.Radii)-1]
		minX, minY = math.Min(minX, a.Rings.Centre.X-outer), math.Min(minY, a.Rings.Centre.Y-outer)
	}
	if math.IsInf(minX, 0) {
		return
	}
	dx, dy := m-minX, m-minY
	for id, p := range a.Positions {
		a.Positions[id] = Point{p.X + dx, p.Y + dy}
	}
	if a.Rings != nil {
		a.Rings.Centre = Point{a.Rings.Centre.X + dx, a.Rings.Centre.Y + dy}
	}
}

// ringLayout places the family at the centre and the actors around it:
// each sector gets a slice of the circle as large as its share of the
// actors (in vocabulary order, clockwise from the top), and each actor a
// ring by its closeness centrality (networkx closeness_centrality of the
// default view): the most central innermost. Outer rings hold more actors,
// as they are longer. Each ring is pushed out until no label box touches
// another.
func ringLayout(n *graph.Network, fs float64) *Arrangement {
	a := &Arrangement{Positions: map[string]Point{}, Rings: &Rings{}}
	count := len(n.Actors)
	if count == 0 {
		return a
	}
	_, closeness, _ := graph.PathMeasures(graph.NewView(n, graph.ViewOptions{}))

	// Sectors in vocabulary order, then unknown ones by code.
	rank := map[string]int{}
	for i, t := range n.Vocab.Sectors {
		rank[t.Code] = i
	}
	var sectors []string
	members := map[string]int{}
	for _, x := range n.Actors {
		if members[x.Sector] == 0 {
			sectors = append(sectors, x.Sector)
		}
		members[x.Sector]++
	}
	slices.SortFunc(sectors, func(p, q string) int {
		rp, okp := rank[p]
		rq, okq := rank[q]
		switch {
		case okp && okq:
			return rp - rq
		case okp:
			return -1
		case okq:
			return 1
		}
		return strings.Compare(p, q)
	})

	// Rings by closeness rank; ring k holds a share k+1 of the actors.
	rings := min(max(int(math.Round(math.Sqrt(float64(count))/2)), 1), 5)
	order := make([]int, count)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(p, q int) bool { return closeness[order[p]] > closeness[order[q]] })
	ringOf := make([]int, count)
	total := rings * (rings + 1) / 2
	for r, i := range order {
		share := (float64(r) + 0.5) / float64(count) * float64(total)
		k, cum := 0, 1.0
		for share > cum && k < rings-1 {
			k++
			cum += float64(k + 1)
		}
		ringOf[i] = k
	}

	// Slices: a gap between sectors, the rest shared by actor count.
	gap := 0.0
	if len(sectors) > 1 {
		gap = math.Min(0.08, math.Pi/float64(len(sectors))/3)
	}
	usable := 2*math.Pi - gap*float64(len(sectors))
	from := map[string]float64{}
	span := map[string]float64{}
	angle := -math.Pi / 2
	for _, s := range sectors {
		from[s] = angle + gap/2
		span[s] = usable * float64(members[s]) / float64(count)
		angle += span[s] + gap
		a.Rings.Spokes = append(a.Rings.Spokes, angle)
	}
	if len(sectors) == 1 {
		a.Rings.Spokes = nil
	}

	// The actors of each slice and ring, most central first.
	type slot struct {
		actor int
		angle float64
		w, h  float64
	}
	byRing := make([][]slot, rings)
	for _, s := range sectors {
		for k := range rings {
			var in []int
			for _, i := range order {
				if n.Actors[i].Sector == s && ringOf[i] == k {
					in = append(in, i)
				}
			}
			for j, i := range in {
				w, h := nodeSize(actorLines(n.Actors[i]), fs)
				byRing[k] = append(byRing[k], slot{i, from[s] + (float64(j)+0.5)/float64(len(in))*span[s], w, h})
			}
		}
	}

	// Radii: out from the family in the middle until nothing overlaps.
	const space = 12.0 // points between boxes
	fw, fh := nodeSize(Wrap(legendWords["family"].In("fi"), 10), fs*1.15)
	placed := []Point{{0, 0}}
	sizes := [][2]float64{{fw * 1.5, fh * 1.5}} // the family's ellipse
	overlaps := func(p Point, w, h float64, q Point, qw, qh float64) bool {
		return math.Abs(p.X-q.X) < (w+qw)/2+space && math.Abs(p.Y-q.Y) < (h+qh)/2+space
	}
	radius := math.Max(fw, fh) * 0.75
	for _, ring := range byRing {
		if len(ring) == 0 {
			continue
		}
		radius += 2 * fs
		at := func(s slot, r float64) Point { return Point{r * math.Cos(s.angle), r * math.Sin(s.angle)} }
		for tries := 0; tries < 5000; tries++ {
			clash := false
			for i, s := range ring {
				p := at(s, radius)
				for j := range placed {
					if overlaps(p, s.w, s.h, placed[j], sizes[j][0], sizes[j][1]) {
						clash = true
						break
					}
				}
				for _, o := range ring[i+1:] {
					if clash || overlaps(p, s.w, s.h, at(o, radius), o.w, o.h) {
						clash = true
						break
					}
				}
				if clash {
					break
				}
			}
			if !clash {
				break
			}
			radius += 6
		}
		for _, s := range ring {
			p := at(s, radius)
			a.Positions[n.Actors[s.actor].ID] = p
			placed = append(placed, p)
			sizes = append(sizes, [2]float64{s.w, s.h})
		}
		a.Rings.Radii = append(a.Rings.Radii, radius)
	}
	a.shift(canvasMargin)
	return a
}

// ringLabelSpace is how far the guides reach beyond the outer ring: the
// half height of a label box and a little air.
func ringLabelSpace(fs float64) float64 { return 2.5 * fs }

// writeRings draws the guides of the rings layout as pinned nodes and
// edges: the family as an ellipse in the middle, a faint dashed circle per
// ring and a spoke between neighbouring sectors' slices. Edges come first
// in the drawing, then these nodes, then the actors on top.
func writeRings(b *strings.Builder, r *Rings, lang string, fs float64) {
	if len(r.Radii) == 0 {
		return
	}
	c := r.Centre
	outer := r.Radii[len(r.Radii)-1] + ringLabelSpace(fs)
	inner := r.Radii[0] - ringLabelSpace(fs)
	for i, a := range r.Spokes {
		for j, rad := range []float64{math.Max(inner, 0), outer} {
			fmt.Fprintf(b, "  \"rings:spoke:%d:%d\" [class=rings, shape=point, style=invis, width=0.01, label=\"\", pos=\"%s,%s!\"];\n",
				i, j, num(c.X+rad*math.Cos(a)), num(-(c.Y + rad*math.Sin(a))))
		}
		fmt.Fprintf(b, "  \"rings:spoke:%d:0\" -> \"rings:spoke:%d:1\" [class=rings, color=\"#b0b0b0\", style=dashed, penwidth=1, dir=none];\n", i, i)
	}
	for i, rad := range r.Radii {
		fmt.Fprintf(b, "  \"rings:%d\" [class=rings, shape=circle, fixedsize=true, width=%s, label=\"\", style=dashed, color=\"#c8c8c8\", pos=\"%s,%s!\"];\n",
			i, num(2*rad/72), num(c.X), num(-c.Y))
	}
	label := strings.Join(Wrap(legendWords["family"].In(lang), 10), "\n")
	fmt.Fprintf(b, "  \"rings:family\" [class=rings, shape=ellipse, style=filled, fillcolor=\"#fff3c4\", color=\"#c9a227\", fontcolor=\"#000000\", fontsize=%s, label=%s, pos=\"%s,%s!\"];\n",
		num(fs*1.15), quote(label), num(c.X), num(-c.Y))
}
