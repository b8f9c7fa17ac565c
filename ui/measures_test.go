package ui

import (
	"math"
	"testing"
)

func TestTableFollowsEdits(t *testing.T) {
	w := open(t, chain())
	parish, _ := w.AddActor("Juvan seurakunta", "parish")
	w.AddTie("viola", parish.ID, "joint")
	// Now the path is Juva – Essote – Viola – parish: Essote and Viola each
	// lie on 2 of the 3 pairs not involving them, 2/3.
	for _, r := range w.table.Rows() {
		want := 0.0
		if r.ID == "essote" || r.ID == "viola" {
			want = 2.0 / 3
		}
		if math.Abs(r.Betweenness-want) > 1e-12 {
			t.Errorf("%s betweenness %v, want %v", r.ID, r.Betweenness, want)
		}
	}
	if got := w.table.cell(0, colBetweenness); got != "0.667" {
		t.Errorf("three decimals: %q", got)
	}
}

// An analysis overtaken by a later edit must not overwrite the later
// result, whichever finishes first.
func TestStaleAnalysisIsDropped(t *testing.T) {
	w := open(t, chain())
	var queue []func()
	background = func(f func()) { queue = append(queue, f) }
	defer func() { background = func(f func()) { f() } }()
	w.AddActor("Kela", "kela")               // analysis 1: 4 actors
	w.AddActor("Juvan seurakunta", "parish") // analysis 2: 5 actors
	if len(queue) != 2 {
		t.Fatalf("%d analyses queued", len(queue))
	}
	queue[1]()
	queue[0]() // finishes last, but is stale
	if got := len(w.table.Rows()); got != 5 {
		t.Errorf("the table shows %d rows, want the later 5", got)
	}
}
