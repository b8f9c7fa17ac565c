package graph

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// reference is one file written by testdata/networkx/generate.py.
type reference struct {
	Name      string                         `json:"name"`
	Directed  bool                           `json:"directed"`
	Weighted  bool                           `json:"weighted"`
	Nodes     []string                       `json:"nodes"`
	Edges     [][3]any                       `json:"edges"`
	Measures  map[string]map[string]*float64 `json:"measures"`
	Network   map[string]float64             `json:"network"`
	CutPoints []string                       `json:"cut_points"`
	Bridges   [][2]string                    `json:"bridges"`
	Partition map[string]string              `json:"partition"`
}

func loadReferences(t *testing.T) []reference {
	t.Helper()
	files, err := filepath.Glob("../testdata/networkx/*.json")
	if err != nil || len(files) < 6 {
		t.Fatalf("reference files missing: %v %v", files, err)
	}
	var refs []reference
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var r reference
		if err := json.Unmarshal(data, &r); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		refs = append(refs, r)
	}
	return refs
}

// networkOf turns a reference graph into a Network: one actor per node, one
// tie per edge, directed ties when the reference graph is directed.
func networkOf(r reference) *Network {
	n := &Network{Vocab: DefaultVocabularies()}
	for _, id := range r.Nodes {
		n.Actors = append(n.Actors, &Actor{ID: id, Name: id, Sector: "ngo"})
	}
	for i, e := range r.Edges {
		n.Ties = append(n.Ties, &Tie{ID: fmt.Sprint("t", i), From: e[0].(string), To: e[1].(string), Kind: "joint", Directed: r.Directed, Strength: int(e[2].(float64))})
	}
	return n
}

// Iterative measures stop at networkx's tolerance, so they agree to 1e-4
// (DESIGN.md); the exact ones to 1e-9.
var tolerance = map[string]float64{"eigenvector": 1e-4, "pagerank": 1e-4}

func TestMeasuresEqualNetworkx(t *testing.T) {
	for _, r := range loadReferences(t) {
		t.Run(r.Name, func(t *testing.T) {
			n := networkOf(r)
			v := NewView(n, ViewOptions{Directed: r.Directed, Weighted: r.Weighted})
			bc, cc, hc := PathMeasures(v)
			computed := map[string][]float64{
				"degree":         ints(Degree(v)),
				"strength":       Strength(v),
				"betweenness":    bc,
				"closeness":      cc,
				"harmonic":       hc,
				"eigenvector":    Eigenvector(v),
				"pagerank":       PageRank(v, 0.85),
				"constraint":     Constraint(v),
				"effective_size": EffectiveSize(v),
				"core":           ints(CoreNumber(v)),
			}
			if r.Directed {
				computed["in_degree"] = ints(InDegree(v))
				computed["out_degree"] = ints(OutDegree(v))
			}
			if len(r.Measures) != len(computed) {
				t.Errorf("reference has %d measures, computed %d", len(r.Measures), len(computed))
			}
			for key, want := range r.Measures {
				got, ok := computed[key]
				if !ok {
					t.Errorf("measure %s in the reference is not computed", key)
					continue
				}
				tol := 1e-9
				if x, ok := tolerance[key]; ok {
					tol = x
				}
				for i, a := range n.Actors {
					w := want[a.ID]
					switch {
					case w == nil && !math.IsNaN(got[i]):
						t.Errorf("%s(%s) = %v, networkx undefined", key, a.ID, got[i])
					case w != nil && !(math.Abs(got[i]-*w) <= tol):
						t.Errorf("%s(%s) = %.12g, networkx %.12g", key, a.ID, got[i], *w)
					}
				}
			}

			network := map[string]float64{
				"density":      Density(v),
				"transitivity": Transitivity(v),
				"components":   float64(len(Components(v))),
			}
			if r.Directed {
				network["reciprocity"] = Reciprocity(v)
				network["strong_components"] = float64(StrongComponents(v))
			}
			if r.Partition != nil {
				membership := make([]int, len(n.Actors))
				labels := map[string]int{}
				for i, a := range n.Actors {
					c, ok := labels[r.Partition[a.ID]]
					if !ok {
						c = len(labels)
						labels[r.Partition[a.ID]] = c
					}
					membership[i] = c
				}
				network["modularity_of_partition"] = Modularity(v, membership)
			}
			for key, want := range r.Network {
				if got, ok := network[key]; !ok || math.Abs(got-want) > 1e-9 {
					t.Errorf("network %s = %v (computed: %v), networkx %v", key, got, ok, want)
				}
			}

			var cuts []string
			for _, u := range CutPoints(v) {
				cuts = append(cuts, n.Actors[u].ID)
			}
			sort.Strings(cuts)
			if fmt.Sprint(cuts) != fmt.Sprint(r.CutPoints) {
				t.Errorf("cut points %v, networkx %v", cuts, r.CutPoints)
			}
			var bridges [][2]string
			for _, b := range Bridges(v) {
				x, y := n.Actors[b[0]].ID, n.Actors[b[1]].ID
				if y < x {
					x, y = y, x
				}
				bridges = append(bridges, [2]string{x, y})
			}
			sort.Slice(bridges, func(i, j int) bool {
				return bridges[i][0] < bridges[j][0] || bridges[i][0] == bridges[j][0] && bridges[i][1] < bridges[j][1]
			})
			if fmt.Sprint(bridges) != fmt.Sprint(r.Bridges) {
				t.Errorf("bridges %v, networkx %v", bridges, r.Bridges)
			}
		})
	}
}

func ints(xs []int) []float64 {
	out := make([]float64, len(xs))
	for i, x := range xs {
		out[i] = float64(x)
	}
	return out
}
