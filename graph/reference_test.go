package graph

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"testing"
)

// reference is one file written by testdata/networkx/generate.py.
type reference struct {
	Name     string                        `json:"name"`
	Directed bool                          `json:"directed"`
	Nodes    []string                      `json:"nodes"`
	Edges    [][2]string                   `json:"edges"`
	Measures map[string]map[string]float64 `json:"measures"`
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
		n.Ties = append(n.Ties, &Tie{ID: fmt.Sprint("t", i), From: e[0], To: e[1], Kind: "joint", Directed: r.Directed, Strength: 1})
	}
	return n
}

func TestMeasuresEqualNetworkx(t *testing.T) {
	for _, r := range loadReferences(t) {
		t.Run(r.Name, func(t *testing.T) {
			n := networkOf(r)
			v := NewView(n, ViewOptions{Directed: r.Directed})
			deg, in, out := Degree(v), InDegree(v), OutDegree(v)
			computed := map[string][]float64{
				"degree":      ints(deg),
				"betweenness": Betweenness(v),
				"closeness":   Closeness(v),
			}
			if r.Directed {
				computed["in_degree"] = ints(in)
				computed["out_degree"] = ints(out)
			}
			for key, want := range r.Measures {
				got, ok := computed[key]
				if !ok {
					t.Errorf("measure %s in the reference is not computed", key)
					continue
				}
				if len(want) != len(n.Actors) {
					t.Fatalf("%s: %d reference values for %d actors", key, len(want), len(n.Actors))
				}
				for i, a := range n.Actors {
					if math.Abs(got[i]-want[a.ID]) > 1e-9 {
						t.Errorf("%s(%s) = %.12g, networkx %.12g", key, a.ID, got[i], want[a.ID])
					}
				}
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
