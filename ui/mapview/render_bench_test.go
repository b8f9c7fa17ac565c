package mapview

import (
	"fmt"
	"math/rand"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/verkostokartta/verkostokartta/graph"
)

// big is a random 300-actor, 1,500-tie network, the size DESIGN.md asks
// dragging to stay smooth on.
func big() *graph.Network {
	rng := rand.New(rand.NewSource(1))
	v := graph.DefaultVocabularies()
	n := &graph.Network{Vocab: v}
	for i := 0; i < 300; i++ {
		n.Actors = append(n.Actors, &graph.Actor{ID: fmt.Sprint("a", i), Name: fmt.Sprintf("Toimija numero %d ry", i),
			Sector: v.Sectors[i%len(v.Sectors)].Code, X: rng.Float64() * 3000, Y: rng.Float64() * 2000})
	}
	for i := 0; i < 1500; i++ {
		k := v.TieKinds[i%len(v.TieKinds)]
		n.Ties = append(n.Ties, &graph.Tie{ID: fmt.Sprint("t", i), From: fmt.Sprint("a", rng.Intn(300)), To: fmt.Sprint("a", rng.Intn(300)),
			Kind: k.Code, Directed: k.Direction == "directed", Strength: 1 + i%3})
	}
	return n
}

// BenchmarkDragFrame is one drag step on the 300-actor map: move an actor
// and rebuild the drawing. A 60 Hz drag has about 16 ms a frame in all.
func BenchmarkDragFrame(b *testing.B) {
	test.NewTempApp(b)
	m := New(big())
	w := test.NewTempWindow(b, m)
	w.Resize(fyne.NewSize(1400, 900))
	p, _ := m.CentreOf("a0")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: p}, Dragged: fyne.NewDelta(1, 0)})
	}
	m.DragEnd()
}
