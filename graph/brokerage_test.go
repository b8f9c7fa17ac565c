package graph

import (
	"math"
	"strings"
	"testing"
)

// sectored builds a directed network whose actor IDs start with their
// sector's letter: m = municipality, s = sote, n = ngo, p = parish.
func sectored(ties ...string) *Network {
	n := build(ties)
	for _, a := range n.Actors {
		a.Sector = map[byte]string{'m': "municipality", 's': "sote", 'n': "ngo", 'p': "parish"}[a.ID[0]]
	}
	return n
}

func TestBrokerageRolesDirected(t *testing.T) {
	cases := []struct {
		name string
		ties []string
		want BrokerageCounts
	}{
		{"coordinator", []string{"m1>m2", "m2>m3"}, BrokerageCounts{Coordinator: 1}},
		{"consultant", []string{"m1>s2", "s2>m3"}, BrokerageCounts{Consultant: 1}},
		{"representative", []string{"m1>m2", "m2>s3"}, BrokerageCounts{Representative: 1}},
		{"gatekeeper", []string{"s1>m2", "m2>m3"}, BrokerageCounts{Gatekeeper: 1}},
		{"liaison", []string{"s1>m2", "m2>n3"}, BrokerageCounts{Liaison: 1}},
		{"closed triad brokers nothing", []string{"s1>m2", "m2>n3", "s1>n3"}, BrokerageCounts{}},
	}
	for _, c := range cases {
		v := NewView(sectored(c.ties...), ViewOptions{Directed: true})
		b, _ := v.Node(strings.Split(c.ties[0], ">")[1])
		got := Brokerage(v)[b]
		if got != c.want {
			t.Errorf("%s: broker %s has %+v, want %+v", c.name, v.Actors[b].ID, got, c.want)
		}
	}
}

func TestBrokerageUndirectedStar(t *testing.T) {
	// An NGO in the middle of two municipalities and a parish, no other ties.
	// Ordered paths through n: m1-m2 both ways (consultant ×2), m–p pairs
	// both ways (liaison ×4).
	v := NewView(sectored("m1-n0", "m2-n0", "p1-n0"), ViewOptions{})
	b, _ := v.Node("n0")
	if got := Brokerage(v)[b]; got != (BrokerageCounts{Consultant: 2, Liaison: 4}) || got.Total() != 6 {
		t.Errorf("star centre %+v", got)
	}
}

func TestSectorMixing(t *testing.T) {
	// Municipalities m1, m2 tied to each other and each to sote s1; s1 tied
	// to ngo n1 twice (two kinds: still one pair).
	n := sectored("m1-m2", "m1-s1", "m2-s1", "s1-n1")
	n.Ties = append(n.Ties, &Tie{ID: "extra", From: "n1", To: "s1", Kind: "referral", Strength: 1})
	mix := SectorMixing(NewView(n, ViewOptions{}), DefaultVocabularies().Sectors)
	want := map[string]SectorMix{
		"municipality": {Actors: 2, Internal: 1, External: 2, CrossShare: 2.0 / 3, EI: (2.0 - 1) / 3},
		"sote":         {Actors: 1, Internal: 0, External: 3, CrossShare: 1, EI: 1},
		"ngo":          {Actors: 1, Internal: 0, External: 1, CrossShare: 1, EI: 1},
	}
	if len(mix) != 3 || mix[0].Sector != "sote" {
		t.Fatalf("sectors in vocabulary order expected, got %+v", mix)
	}
	for _, m := range mix {
		w := want[m.Sector]
		if m.Actors != w.Actors || m.Internal != w.Internal || m.External != w.External ||
			math.Abs(m.CrossShare-w.CrossShare) > 1e-12 || math.Abs(m.EI-w.EI) > 1e-12 {
			t.Errorf("%s: %+v, want %+v", m.Sector, m, w)
		}
	}
}
