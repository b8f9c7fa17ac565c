package ui

import (
	"fmt"
	"math/rand"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/verkostokartta/verkostokartta/graph"
	"github.com/verkostokartta/verkostokartta/workshop"
)

// workshop300 is a random workspace of 300 actors and 1,500 ties, the
// size DESIGN.md asks the window to stay responsive on.
func workshop300() *workshop.Workspace {
	rng := rand.New(rand.NewSource(1))
	ws := workshop.New("300")
	v := ws.Vocab
	for i := 0; i < 300; i++ {
		ws.Actors = append(ws.Actors, &graph.Actor{ID: fmt.Sprint("a", i), Name: fmt.Sprintf("Toimija numero %d ry", i),
			Sector: v.Sectors[i%len(v.Sectors)].Code, X: rng.Float64() * 3000, Y: rng.Float64() * 2000})
	}
	for i := 0; i < 1500; i++ {
		k := v.TieKinds[i%len(v.TieKinds)]
		from, to := rng.Intn(300), rng.Intn(300)
		if from == to {
			to = (to + 1) % 300
		}
		ws.Ties = append(ws.Ties, &graph.Tie{ID: fmt.Sprint("t", i), From: fmt.Sprint("a", from), To: fmt.Sprint("a", to),
			Kind: k.Code, Directed: k.Direction == "directed", Strength: 1 + i%3})
	}
	return ws
}

// BenchmarkEditUIThread is the work an edit leaves on the UI thread of a
// 300-actor window: record the undo step, refresh the tables and the map,
// copy the network for the analysis. The analysis itself runs in the
// background (here: not at all) and its result is shown by
// BenchmarkShowAnalysis.
func BenchmarkEditUIThread(b *testing.B) {
	clearLocale(b)
	a := test.NewTempApp(b)
	w := NewMainWindow(a, workshop300(), "")
	w.Window.Resize(fyne.NewSize(1600, 960))
	background = func(func()) {}
	defer func() { background = func(f func()) { f() } }()
	actor := w.ws.Actors[0]
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		actor.X++
		w.changed(true)
	}
}

// BenchmarkShowAnalysis is the analysis of the 300-actor window, in the
// background, and showing its result on the UI thread.
func BenchmarkShowAnalysis(b *testing.B) {
	clearLocale(b)
	a := test.NewTempApp(b)
	w := NewMainWindow(a, workshop300(), "")
	w.Window.Resize(fyne.NewSize(1600, 960))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		w.refreshAnalysis()
	}
}
