package main

import (
	"math"

	"github.com/verkostokartta/verkostokartta/graph"
	"github.com/verkostokartta/verkostokartta/workshop"
)

// The document `analyze --json` prints; keys as in DESIGN.md. Values that
// are undefined (Burt's measures of an actor without ties, reciprocity of
// an undirected view) are null, never NaN.

type analysisDoc struct {
	Network         networkJSON       `json:"network"`
	Actors          []actorJSON       `json:"actors"`
	Bridges         [][2]string       `json:"bridges"`
	CutPoints       []string          `json:"cut_points"`
	Departures      []departureJSON   `json:"departures"`
	Brokerage       []graph.SectorMix `json:"brokerage"`
	Fragility       fragilityJSON     `json:"fragility"`
	Overlaps        []overlapJSON     `json:"overlaps"`
	DuplicateForums []forumJSON       `json:"duplicate_forums"`
	Gaps            []gapJSON         `json:"gaps"`
	Coverage        *graph.Coverage   `json:"coverage"`
	Rules           []ruleJSON        `json:"rules"`
}

type networkJSON struct {
	Name             string   `json:"name"`
	Actors           int      `json:"actors"`
	Ties             int      `json:"ties"`
	Edges            int      `json:"edges"`
	Directed         bool     `json:"directed"`
	Weighted         bool     `json:"weighted"`
	Kinds            []string `json:"kinds,omitempty"`
	At               string   `json:"at,omitempty"`
	Density          float64  `json:"density"`
	Transitivity     float64  `json:"transitivity"`
	Components       int      `json:"components"`
	StrongComponents int      `json:"strong_components"`
	Reciprocity      *float64 `json:"reciprocity"`
	Modularity       float64  `json:"modularity"`
	Communities      int      `json:"communities"`
}

type actorJSON struct {
	ID            string                `json:"id"`
	Name          string                `json:"name"`
	Sector        string                `json:"sector"`
	Degree        int                   `json:"degree"`
	InDegree      int                   `json:"in_degree"`
	OutDegree     int                   `json:"out_degree"`
	Strength      float64               `json:"strength"`
	Betweenness   float64               `json:"betweenness"`
	Closeness     float64               `json:"closeness"`
	Harmonic      float64               `json:"harmonic"`
	Eigenvector   float64               `json:"eigenvector"`
	PageRank      float64               `json:"pagerank"`
	Constraint    *float64              `json:"constraint"`
	EffectiveSize *float64              `json:"effective_size"`
	Core          int                   `json:"core"`
	Community     int                   `json:"community"`
	CutPoint      bool                  `json:"cut_point"`
	Brokerage     graph.BrokerageCounts `json:"brokerage"`
}

type departureJSON struct {
	Actor            string   `json:"actor"`
	ComponentsBefore int      `json:"components_before"`
	ComponentsAfter  int      `json:"components_after"`
	LargestAfter     int      `json:"largest_component_after"`
	PairsCut         int      `json:"pairs_cut"`
	Separated        []string `json:"separated"`
}

type fragilityJSON struct {
	SinglePersonTies []singleTieJSON  `json:"single_person_ties"`
	SectorLinks      []sectorLinkJSON `json:"sector_links"`
}

type singleTieJSON struct {
	Tie     string `json:"tie"`
	From    string `json:"from"`
	To      string `json:"to"`
	Kind    string `json:"kind"`
	Contact string `json:"contact"` // a contact ID, never a name
}

type sectorLinkJSON struct {
	From     string   `json:"from"`
	To       string   `json:"to"`
	Ties     []string `json:"ties"`
	Contacts []string `json:"contacts"`
}

type overlapJSON struct {
	graph.Overlap
}

type forumJSON struct {
	A       string  `json:"a"`
	B       string  `json:"b"`
	Jaccard float64 `json:"jaccard"`
	Shared  int     `json:"shared_members"`
}

type gapJSON struct {
	Type         string   `json:"type"` // coverage_empty, coverage_single, isolated, sector_missing
	Task         string   `json:"task,omitempty"`
	Municipality string   `json:"municipality,omitempty"`
	Actor        string   `json:"actor,omitempty"`
	Sector       string   `json:"sector,omitempty"`
	Providers    []string `json:"providers,omitempty"`
}

type ruleJSON struct {
	ID       string        `json:"id"`
	Title    string        `json:"title"`
	Status   string        `json:"status"`
	Passed   bool          `json:"passed"`
	Findings []findingJSON `json:"findings"`
}

type findingJSON struct {
	Subject  string `json:"subject"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
}

func num(x float64) *float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return nil
	}
	return &x
}

func (c *cli) analysisJSON(ws *workshop.Workspace, a *graph.Analysis) analysisDoc {
	v := a.View
	id := func(i int) string { return v.Actors[i].ID }
	communities := 0
	for _, x := range a.Community {
		communities = max(communities, x+1)
	}
	doc := analysisDoc{
		Network: networkJSON{Name: ws.Name, Actors: v.Len(), Ties: len(v.CountedTies()), Edges: v.EdgeCount(),
			Directed: v.Directed(), Weighted: v.Weighted(), Kinds: v.Options.Kinds, At: string(v.Options.At),
			Density: a.Density, Transitivity: a.Transitivity, Components: len(a.Components), StrongComponents: a.StrongComponents,
			Reciprocity: num(a.Reciprocity), Modularity: a.Modularity, Communities: communities},
		Actors: []actorJSON{}, Bridges: [][2]string{}, CutPoints: []string{}, Departures: []departureJSON{},
		Brokerage: a.SectorMix, Overlaps: []overlapJSON{}, DuplicateForums: []forumJSON{}, Gaps: []gapJSON{},
		Coverage: a.Coverage, Rules: c.rulesJSON(a.Rules),
		Fragility: fragilityJSON{SinglePersonTies: []singleTieJSON{}, SectorLinks: []sectorLinkJSON{}},
	}
	cut := map[int]bool{}
	for _, u := range a.CutPoints {
		cut[u] = true
		doc.CutPoints = append(doc.CutPoints, id(u))
	}
	for i, x := range v.Actors {
		doc.Actors = append(doc.Actors, actorJSON{ID: x.ID, Name: x.Name, Sector: x.Sector,
			Degree: a.Degree[i], InDegree: a.InDegree[i], OutDegree: a.OutDegree[i], Strength: a.Strength[i],
			Betweenness: a.Betweenness[i], Closeness: a.Closeness[i], Harmonic: a.Harmonic[i],
			Eigenvector: a.Eigenvector[i], PageRank: a.PageRank[i],
			Constraint: num(a.Constraint[i]), EffectiveSize: num(a.EffectiveSize[i]),
			Core: a.Core[i], Community: a.Community[i], CutPoint: cut[i], Brokerage: a.Brokerage[i]})
	}
	for _, b := range a.Bridges {
		doc.Bridges = append(doc.Bridges, [2]string{id(b[0]), id(b[1])})
	}
	for _, d := range a.Departures {
		dj := departureJSON{Actor: id(d.Actor), ComponentsBefore: d.ComponentsBefore, ComponentsAfter: d.Components,
			LargestAfter: d.LargestComponent, PairsCut: d.PairsCut, Separated: []string{}}
		for _, s := range d.Separated {
			dj.Separated = append(dj.Separated, id(s))
		}
		doc.Departures = append(doc.Departures, dj)
	}
	for _, s := range a.SinglePersonTies {
		doc.Fragility.SinglePersonTies = append(doc.Fragility.SinglePersonTies,
			singleTieJSON{Tie: s.Tie.ID, From: s.Tie.From, To: s.Tie.To, Kind: s.Tie.Kind, Contact: s.Contact})
	}
	for _, l := range a.FragileSectorLinks {
		lj := sectorLinkJSON{From: l.From, To: l.To, Contacts: append([]string{}, l.Contacts...)}
		for _, t := range l.Ties {
			lj.Ties = append(lj.Ties, t.ID)
		}
		doc.Fragility.SectorLinks = append(doc.Fragility.SectorLinks, lj)
	}
	for _, o := range a.Overlaps {
		doc.Overlaps = append(doc.Overlaps, overlapJSON{o})
	}
	for _, f := range a.DuplicateForums {
		doc.DuplicateForums = append(doc.DuplicateForums, forumJSON{f.A, f.B, f.Jaccard, f.Shared})
	}
	for _, g := range a.EmptyCells {
		doc.Gaps = append(doc.Gaps, gapJSON{Type: "coverage_empty", Task: g.Task, Municipality: g.Municipality})
	}
	for _, g := range a.SingleCells {
		doc.Gaps = append(doc.Gaps, gapJSON{Type: "coverage_single", Task: g.Task, Municipality: g.Municipality, Providers: g.Providers})
	}
	for _, u := range a.Isolated {
		doc.Gaps = append(doc.Gaps, gapJSON{Type: "isolated", Actor: id(u)})
	}
	for _, s := range a.MissingSectors {
		doc.Gaps = append(doc.Gaps, gapJSON{Type: "sector_missing", Sector: s})
	}
	return doc
}

func (c *cli) rulesJSON(results []graph.RuleResult) []ruleJSON {
	out := []ruleJSON{}
	for _, r := range results {
		rj := ruleJSON{ID: r.Rule.ID, Title: r.Rule.Title.In(c.lang), Status: r.Status(), Passed: r.Passed(), Findings: []findingJSON{}}
		for _, f := range r.Findings {
			rj.Findings = append(rj.Findings, findingJSON{Subject: f.Subject, Severity: f.Severity, Message: f.Message.In(c.lang)})
		}
		out = append(out, rj)
	}
	return out
}
