package ui

import (
	"fyne.io/fyne/v2"

	"github.com/verkostokartta/verkostokartta/graph"
)

// background runs analysis work off the UI thread. Fyne's test driver runs
// fyne.Do inline on the calling goroutine, so the tests replace this with
// a synchronous call to keep widget access on one goroutine.
var background = func(f func()) { go f() }

// refreshAnalysis recomputes the table's measures off the UI thread, on a
// copy of the actor and tie lists so that edits can go on meanwhile, and
// shows them with fyne.Do unless a later edit has started another run.
func (w *MainWindow) refreshAnalysis() {
	t := w.table
	gen := t.generation.Add(1)
	snapshot := &graph.Network{
		Actors: append([]*graph.Actor(nil), w.ws.Actors...),
		Ties:   append([]*graph.Tie(nil), w.ws.Ties...),
		Vocab:  w.ws.Vocab,
	}
	code := w.lang
	background(func() {
		rows := analyse(snapshot, code)
		fyne.Do(func() {
			if t.generation.Load() != gen {
				return
			}
			t.rows = rows
			t.sort()
			t.table.Refresh()
			t.selectActor(w.Map.Selected())
		})
	})
}

// analyse computes the table rows in the default view (all current ties,
// undirected, unweighted).
func analyse(n *graph.Network, code string) []actorRow {
	v := graph.NewView(n, graph.ViewOptions{})
	deg, bc := graph.Degree(v), graph.Betweenness(v)
	rows := make([]actorRow, len(n.Actors))
	for i, a := range n.Actors {
		sector := a.Sector
		if term, ok := graph.Find(n.Vocab.Sectors, a.Sector); ok {
			sector = term.Label(code)
		}
		rows[i] = actorRow{ID: a.ID, Name: a.Label(), Sector: sector,
			Colour: n.Vocab.SectorColour(a.Sector), Degree: deg[i], Betweenness: bc[i]}
	}
	return rows
}
