package graph

import (
	"math"
	"strings"
	"testing"
)

// build makes a network from "a-b" (undirected) and "a>b" (directed) ties;
// every named actor exists, plus the extra isolated ones.
func build(ties []string, isolated ...string) *Network {
	n := &Network{Vocab: DefaultVocabularies()}
	seen := map[string]bool{}
	addActor := func(id string) {
		if !seen[id] {
			seen[id] = true
			n.Actors = append(n.Actors, &Actor{ID: id, Name: id, Sector: "sote"})
		}
	}
	for i, s := range ties {
		sep := strings.IndexAny(s, "->")
		from, to, directed := s[:sep], s[sep+1:], s[sep] == '>'
		addActor(from)
		addActor(to)
		n.Ties = append(n.Ties, &Tie{ID: "t" + string(rune('a'+i)), From: from, To: to, Kind: "joint", Directed: directed, Strength: 1})
	}
	for _, id := range isolated {
		addActor(id)
	}
	return n
}

func byID(v *View, xs []float64) map[string]float64 {
	out := map[string]float64{}
	for i, a := range v.Actors {
		out[a.ID] = xs[i]
	}
	return out
}

func assertValues(t *testing.T, what string, got, want map[string]float64) {
	t.Helper()
	for id, w := range want {
		if math.Abs(got[id]-w) > 1e-12 {
			t.Errorf("%s(%s) = %v, want %v", what, id, got[id], w)
		}
	}
}

func TestStar(t *testing.T) {
	// A star with centre c and four leaves: every one of the 4·3/2 leaf
	// pairs has its only shortest path through c.
	v := NewView(build([]string{"c-a", "c-b", "c-d", "c-e"}), ViewOptions{})
	assertValues(t, "betweenness", byID(v, Betweenness(v)), map[string]float64{
		"c": 6.0 / (4 * 3 / 2), "a": 0, "b": 0,
	})
	assertValues(t, "closeness", byID(v, Closeness(v)), map[string]float64{
		"c": 4.0 / (1 + 1 + 1 + 1),
		"a": 4.0 / (1 + 2 + 2 + 2),
	})
	assertValues(t, "degree", byID(v, ints(Degree(v))), map[string]float64{"c": 4, "a": 1})
}

func TestPathWithIsolate(t *testing.T) {
	// Path a-b-c-d and an isolated e (n = 5). b lies on a–c, a–d: 2 of the
	// (n-1)(n-2)/2 = 6 unordered pairs.
	v := NewView(build([]string{"a-b", "b-c", "c-d"}, "e"), ViewOptions{})
	assertValues(t, "betweenness", byID(v, Betweenness(v)), map[string]float64{
		"a": 0, "b": 2.0 / 6, "c": 2.0 / 6, "e": 0,
	})
	// Wasserman–Faust: a reaches 3 of the 4 others at total distance 1+2+3.
	assertValues(t, "closeness", byID(v, Closeness(v)), map[string]float64{
		"a": 3.0 / (1 + 2 + 3) * 3.0 / 4,
		"b": 3.0 / (1 + 1 + 2) * 3.0 / 4,
		"e": 0,
	})
}

func TestDirectedChain(t *testing.T) {
	// a→b→c: b is on the only a→c path, 1 of (n-1)(n-2) = 2 ordered pairs.
	v := NewView(build([]string{"a>b", "b>c"}), ViewOptions{Directed: true})
	assertValues(t, "betweenness", byID(v, Betweenness(v)), map[string]float64{"a": 0, "b": 1.0 / 2, "c": 0})
	// Incoming distance: c is reached by b (1) and a (2); a by nobody.
	assertValues(t, "closeness", byID(v, Closeness(v)), map[string]float64{
		"a": 0,
		"b": 1.0 / 1 * 1.0 / 2,
		"c": 2.0 / (1 + 2) * 2.0 / 2,
	})
	assertValues(t, "in_degree", byID(v, ints(InDegree(v))), map[string]float64{"a": 0, "b": 1, "c": 1})
	assertValues(t, "out_degree", byID(v, ints(OutDegree(v))), map[string]float64{"a": 1, "b": 1, "c": 0})
	assertValues(t, "degree", byID(v, ints(Degree(v))), map[string]float64{"a": 1, "b": 2, "c": 1})
}

func TestTinyNetworks(t *testing.T) {
	for _, n := range []*Network{build(nil), build(nil, "a"), build([]string{"a-b"})} {
		v := NewView(n, ViewOptions{})
		for _, x := range append(Betweenness(v), Closeness(v)...) {
			if x != 0 && !(len(n.Actors) == 2 && x == 1) {
				t.Errorf("%d actors: unexpected value %v", len(n.Actors), x)
			}
		}
	}
}
