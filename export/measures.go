package export

import (
	"fmt"

	"github.com/verkostokartta/verkostokartta/graph"
)

// Measure is a per-actor measure of the analysis by which actors can be
// sized and ranked; Key is the key of analyze --json.
type Measure struct {
	Key   string
	Label graph.Text
	Value func(a *graph.Analysis, i int) float64
}

// Measures are the measures maps can be sized by and panels ranked by.
var Measures = []Measure{
	{"degree", graph.Text{FI: "yhteyksiä", SV: "relationer", EN: "degree"}, func(a *graph.Analysis, i int) float64 { return float64(a.Degree[i]) }},
	{"in_degree", graph.Text{FI: "saapuvia yhteyksiä", SV: "inkommande relationer", EN: "in-degree"}, func(a *graph.Analysis, i int) float64 { return float64(a.InDegree[i]) }},
	{"out_degree", graph.Text{FI: "lähteviä yhteyksiä", SV: "utgående relationer", EN: "out-degree"}, func(a *graph.Analysis, i int) float64 { return float64(a.OutDegree[i]) }},
	{"strength", graph.Text{FI: "yhteyksien vahvuus", SV: "relationernas styrka", EN: "strength"}, func(a *graph.Analysis, i int) float64 { return a.Strength[i] }},
	{"betweenness", graph.Text{FI: "välittäjyys", SV: "mellanhet", EN: "betweenness"}, func(a *graph.Analysis, i int) float64 { return a.Betweenness[i] }},
	{"closeness", graph.Text{FI: "läheisyys", SV: "närhet", EN: "closeness"}, func(a *graph.Analysis, i int) float64 { return a.Closeness[i] }},
	{"harmonic", graph.Text{FI: "harmoninen läheisyys", SV: "harmonisk närhet", EN: "harmonic centrality"}, func(a *graph.Analysis, i int) float64 { return a.Harmonic[i] }},
	{"eigenvector", graph.Text{FI: "ominaisvektorikeskeisyys", SV: "egenvektorcentralitet", EN: "eigenvector centrality"}, func(a *graph.Analysis, i int) float64 { return a.Eigenvector[i] }},
	{"pagerank", graph.Text{FI: "satunnaiskulkukeskeisyys", SV: "slumpvandringscentralitet", EN: "PageRank"}, func(a *graph.Analysis, i int) float64 { return a.PageRank[i] }},
	{"constraint", graph.Text{FI: "Burtin rajoite", SV: "Burts begränsning", EN: "Burt's constraint"}, func(a *graph.Analysis, i int) float64 { return a.Constraint[i] }},
	{"effective_size", graph.Text{FI: "Burtin tehokas koko", SV: "Burts effektiva storlek", EN: "Burt's effective size"}, func(a *graph.Analysis, i int) float64 { return a.EffectiveSize[i] }},
	{"core", graph.Text{FI: "ydinluku", SV: "kärnnummer", EN: "core number"}, func(a *graph.Analysis, i int) float64 { return float64(a.Core[i]) }},
}

// MeasureByKey finds a measure by its key.
func MeasureByKey(key string) (Measure, bool) {
	for _, m := range Measures {
		if m.Key == key {
			return m, true
		}
	}
	return Measure{}, false
}

// MeasureKeys lists the keys of Measures.
func MeasureKeys() []string {
	keys := make([]string, len(Measures))
	for i, m := range Measures {
		keys[i] = m.Key
	}
	return keys
}

// ByAnalysis sizes the style's actors by a measure (sizeBy, a key of
// Measures, or "") and colours them by "community", "core" or, for any
// other colourBy, by sector, from the analysis a.
func (st *Style) ByAnalysis(a *graph.Analysis, sizeBy, colourBy string) {
	lang := st.lang()
	st.SizeOf, st.GroupOf, st.GroupName = nil, nil, nil
	if m, ok := MeasureByKey(sizeBy); ok {
		st.SizeOf, st.SizeTitle = map[string]float64{}, m.Label.In(lang)
		for i, x := range a.View.Actors {
			st.SizeOf[x.ID] = m.Value(a, i)
		}
	}
	var groups []int
	switch colourBy {
	case "community":
		groups = a.Community
		st.GroupTitle = reportWords["colour-community"].In(lang)
		st.GroupName = func(g int) string { return fmt.Sprintf(reportWords["community"].In(lang), g+1) }
	case "core":
		groups = a.Core
		st.GroupTitle = reportWords["colour-core"].In(lang)
		st.GroupName = func(g int) string { return fmt.Sprintf(reportWords["core"].In(lang), g) }
	default:
		return
	}
	st.GroupOf = map[string]int{}
	for i, x := range a.View.Actors {
		st.GroupOf[x.ID] = groups[i]
	}
}

// Fills returns the fill colour ("#rrggbb") of each actor under the
// style, as the images draw it: by group when GroupOf is set, else by
// sector.
func (st Style) Fills(n *graph.Network) map[string]string {
	out := make(map[string]string, len(n.Actors))
	if st.GroupOf == nil {
		for _, a := range n.Actors {
			out[a.ID] = n.Vocab.SectorColour(a.Sector)
		}
		return out
	}
	p := groupColours(st.GroupOf, n.Actors)
	for _, a := range n.Actors {
		out[a.ID] = p.colour(st.GroupOf, a.ID)
	}
	return out
}

// GroupLegend lists the coloured groups with their colours and names, in
// the order of the images' legend.
func (st Style) GroupLegend(n *graph.Network) (names, colours []string) {
	if st.GroupOf == nil {
		return nil, nil
	}
	p := groupColours(st.GroupOf, n.Actors)
	for _, g := range p.order {
		names = append(names, groupName(st, g))
		colours = append(colours, p.colours[g])
	}
	return names, colours
}

// Scales returns each actor's size factor under the style (1 when not
// sized), as the images draw it.
func (st Style) Scales(n *graph.Network) map[string]float64 {
	out := make(map[string]float64, len(n.Actors))
	s := actorScales(st.SizeOf, n.Actors)
	for i, a := range n.Actors {
		out[a.ID] = 1
		if s != nil {
			out[a.ID] = s[i]
		}
	}
	return out
}
