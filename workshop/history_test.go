package workshop

import (
	"testing"

	"github.com/verkostokartta/verkostokartta/graph"
)

func TestHistory(t *testing.T) {
	ws := tiny()
	var h History
	if err := h.Reset(ws); err != nil {
		t.Fatal(err)
	}
	if h.CanUndo() || h.CanRedo() {
		t.Fatal("a fresh history can undo or redo")
	}
	// Edit 1: add an actor; edit 2: move it; edit 3: rename.
	ws.Actors = append(ws.Actors, &graph.Actor{ID: "c", Name: "Uusi", Sector: "ngo"})
	h.Commit(ws)
	ws.Actors[2].X = 300
	h.Commit(ws)
	h.Commit(ws) // no change: no new state
	ws.Actors[2].Name = "Uudempi"
	h.Commit(ws)

	back, _ := h.Undo()
	if back.Actors[2].Name != "Uusi" || back.Actors[2].X != 300 {
		t.Errorf("undo 1: %+v", back.Actors[2])
	}
	back, _ = h.Undo()
	if back.Actors[2].X != 0 {
		t.Errorf("undo 2: %+v", back.Actors[2])
	}
	back, _ = h.Undo()
	if len(back.Actors) != 2 {
		t.Errorf("undo 3: %d actors", len(back.Actors))
	}
	if _, ok := h.Undo(); ok {
		t.Error("undo past the start")
	}
	fwd, _ := h.Redo()
	if len(fwd.Actors) != 3 {
		t.Errorf("redo: %d actors", len(fwd.Actors))
	}
	// A new edit after undoing drops the redo branch.
	fwd.Actors[2].Sector = "sote"
	h.Commit(fwd)
	if h.CanRedo() {
		t.Error("redo still possible after a new edit")
	}
	// The budget drops the oldest states.
	one, _ := tiny().Encode()
	small := History{Budget: 5*len(one) + len(one)/2} // room for five states
	small.Reset(tiny())
	w := tiny()
	for i := 0; i < 20; i++ {
		w.Actors[0].X = float64(i)
		small.Commit(w)
	}
	steps := 0
	for small.CanUndo() {
		small.Undo()
		steps++
	}
	if steps != 4 {
		t.Errorf("%d undo steps within a five-state budget, want 4", steps)
	}
}
