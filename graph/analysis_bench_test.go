package graph

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// generated returns a network of n actors and m distinct ties: a
// preferential-attachment backbone (so it is connected and has hubs, like
// a real regional network) topped up with random ties, sectors assigned
// round-robin, a fixed seed.
func generated(n, m int) *Network {
	rng := rand.New(rand.NewPCG(uint64(n), uint64(m)))
	net := &Network{Vocab: DefaultVocabularies()}
	sectors := net.Vocab.Sectors
	for i := 0; i < n; i++ {
		net.Actors = append(net.Actors, &Actor{ID: fmt.Sprint("a", i), Name: fmt.Sprint("Toimija ", i), Sector: sectors[i%len(sectors)].Code})
	}
	seen := map[[2]int]bool{}
	var ends []int
	add := func(a, b int) bool {
		if a == b {
			return false
		}
		k := [2]int{min(a, b), max(a, b)}
		if seen[k] {
			return false
		}
		seen[k] = true
		net.Ties = append(net.Ties, &Tie{ID: fmt.Sprint("t", len(net.Ties)), From: net.Actors[a].ID, To: net.Actors[b].ID,
			Kind: net.Vocab.TieKinds[len(net.Ties)%len(net.Vocab.TieKinds)].Code, Strength: 1 + len(net.Ties)%3})
		ends = append(ends, a, b)
		return true
	}
	for i := 1; i < n; i++ {
		target := rng.IntN(i)
		if len(ends) > 0 && rng.IntN(2) == 0 {
			target = ends[rng.IntN(len(ends))]
		}
		add(i, target)
	}
	for len(net.Ties) < m {
		add(rng.IntN(n), rng.IntN(n))
	}
	return net
}

func benchmarkAnalyze(b *testing.B, n, m int, opt AnalysisOptions) {
	net := generated(n, m)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Analyze(net, opt)
	}
}

// The target of DESIGN.md: a 300-actor, 1,500-tie workspace in ≤ 50 ms.
func BenchmarkAnalyze300(b *testing.B)   { benchmarkAnalyze(b, 300, 1500, AnalysisOptions{}) }
func BenchmarkAnalyze2000(b *testing.B)  { benchmarkAnalyze(b, 2000, 10000, AnalysisOptions{}) }
func BenchmarkAnalyze10000(b *testing.B) { benchmarkAnalyze(b, 10000, 50000, AnalysisOptions{}) }
func BenchmarkAnalyze300Weighted(b *testing.B) {
	benchmarkAnalyze(b, 300, 1500, AnalysisOptions{View: ViewOptions{Weighted: true}})
}
func BenchmarkPathMeasures10000(b *testing.B) {
	v := NewView(generated(10000, 50000), ViewOptions{})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		PathMeasures(v)
	}
}
