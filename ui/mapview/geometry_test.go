package mapview

import (
	"math"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/verkostokartta/verkostokartta/graph"
)

func TestFitShowsEveryActor(t *testing.T) {
	n := network()
	n.Actors[1].X = 2000 // wide, so that the width limits the zoom
	m, _ := show(t, n)
	var left, right float32 = 800, 0
	for _, id := range []string{"a", "b", "c"} {
		b := m.boxes[id]
		if b.x < fitPad-0.01 || b.y < fitPad-0.01 || b.x+b.w > 800-fitPad+0.01 || b.y+b.h > 600-fitPad+0.01 {
			t.Errorf("%s's box %v is not inside the 800×600 view less %v px", id, b, fitPad)
		}
		left, right = min(left, b.x), max(right, b.x+b.w)
	}
	// Tight: the widest label's half and the padding on each side.
	if left > fitPad+m.label(n.Actors[0]).w/2 || right < 800-fitPad-m.label(n.Actors[0]).w/2 {
		t.Errorf("the boxes span %v–%v of 800 px: not fitted", left, right)
	}
	// Centred: the middle of the bounding box is the middle of the view.
	if p := m.ToScreen(1000, 150); math.Abs(float64(p.X-400)) > 0.01 || math.Abs(float64(p.Y-300)) > 0.01 {
		t.Errorf("the network's middle is drawn at %v", p)
	}
}

func TestFitDoesNotBlowUpOneActor(t *testing.T) {
	m, _ := show(t, &graph.Network{Actors: []*graph.Actor{{ID: "x", Name: "Kela", X: 50, Y: 70}}})
	if m.Zoom() != fitZoom {
		t.Errorf("zoom %v, want %v", m.Zoom(), fitZoom)
	}
	if p, _ := m.CentreOf("x"); p != fyne.NewPos(400, 300) {
		t.Errorf("the only actor is drawn at %v, not in the middle", p)
	}
	m.SetNetwork(nil)
	if m.ActorAt(fyne.NewPos(400, 300)) != "" {
		t.Error("an empty map has an actor")
	}
}

func TestVisibleCentre(t *testing.T) {
	m, _ := show(t, network())
	if x, y := m.VisibleCentre(); math.Abs(x-200) > 1e-3 || math.Abs(y-150) > 1e-3 {
		t.Errorf("visible centre (%v, %v), want (200, 150)", x, y)
	}
}
