package mapview

import (
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/verkostokartta/verkostokartta/graph"
)

func network() *graph.Network {
	n := &graph.Network{Vocab: graph.DefaultVocabularies()}
	n.Actors = []*graph.Actor{
		{ID: "a", Name: "Mäntyharjun kunta", Sector: "municipality", X: 0, Y: 0},
		{ID: "b", Name: "Essote", Sector: "sote", X: 400, Y: 0},
		{ID: "c", Name: "Viola ry", Sector: "ngo", X: 200, Y: 300, MeetingPlace: true},
	}
	n.Ties = []*graph.Tie{
		{ID: "t1", From: "a", To: "b", Kind: "joint", Strength: 2},
		{ID: "t2", From: "a", To: "b", Kind: "referral", Directed: true, Strength: 1},
		{ID: "t3", From: "b", To: "c", Kind: "funding", Directed: true, Strength: 3, Status: graph.TiePlanned},
	}
	return n
}

// show puts a map in an unpadded 800×600 test window.
func show(t *testing.T) (*MapView, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	m := New(network())
	w := test.NewTempWindow(t, m)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(800, 600))
	return m, w
}

func TestFitShowsEveryActor(t *testing.T) {
	m, _ := show(t)
	for _, id := range []string{"a", "b", "c"} {
		p, ok := m.CentreOf(id)
		if !ok || p.X < 0 || p.Y < 0 || p.X > 800 || p.Y > 600 {
			t.Errorf("%s drawn at %v (%v), outside the 800×600 view", id, p, ok)
		}
	}
	// The bounding box 400×300 fits 800−220 wide and 600−100 high: scale
	// min(580/400, 500/300) = 1.45.
	if z := m.Zoom(); math.Abs(float64(z)-1.45) > 1e-3 {
		t.Errorf("zoom %v, want 1.45", z)
	}
}

func TestTapSelects(t *testing.T) {
	m, w := show(t)
	var got []string
	m.OnSelect = func(id string) { got = append(got, id) }
	p, _ := m.CentreOf("b")
	test.TapCanvas(w.Canvas(), p)
	test.TapCanvas(w.Canvas(), fyne.NewPos(5, 590))
	if len(got) != 2 || got[0] != "b" || got[1] != "" {
		t.Errorf("selections %q, want b then none", got)
	}
	if m.Selected() != "" {
		t.Errorf("selected %q after tapping empty space", m.Selected())
	}
}

func TestDragMovesActorByDistanceOverZoom(t *testing.T) {
	m, w := show(t)
	moved := ""
	m.OnMoved = func(id string) { moved = id }
	p, _ := m.CentreOf("c")
	zoom := m.Zoom()
	test.Drag(w.Canvas(), p, 58, -29)
	c := m.Network().Actor("c")
	if math.Abs(c.X-(200+58/float64(zoom))) > 1e-3 || math.Abs(c.Y-(300-29/float64(zoom))) > 1e-3 {
		t.Errorf("c moved to (%.3f, %.3f), want (%.3f, %.3f)", c.X, c.Y, 200+58/float64(zoom), 300-29/float64(zoom))
	}
	if moved != "c" {
		t.Errorf("OnMoved got %q", moved)
	}
	if q, _ := m.CentreOf("c"); math.Abs(float64(q.X-p.X-58)) > 0.5 || math.Abs(float64(q.Y-p.Y+29)) > 0.5 {
		t.Errorf("c drawn at %v, want %v + (58, −29)", q, p)
	}
}

func TestDragOnEmptySpacePans(t *testing.T) {
	m, w := show(t)
	before, _ := m.CentreOf("a")
	test.Drag(w.Canvas(), fyne.NewPos(5, 590), 40, -20)
	after, _ := m.CentreOf("a")
	if after.X-before.X != 40 || after.Y-before.Y != -20 {
		t.Errorf("panning moved a by %v", after.Subtract(before))
	}
	if a := m.Network().Actor("a"); a.X != 0 || a.Y != 0 {
		t.Error("panning moved an actor in the network")
	}
}

func TestConnectMode(t *testing.T) {
	m, w := show(t)
	var tie [2]string
	m.OnConnect = func(from, to string) { tie = [2]string{from, to} }
	m.SetConnectMode(true)
	pa, _ := m.CentreOf("a")
	pc, _ := m.CentreOf("c")
	test.TapCanvas(w.Canvas(), pa)
	if m.Selected() != "a" {
		t.Errorf("the first pick is not highlighted: %q", m.Selected())
	}
	test.TapCanvas(w.Canvas(), pc)
	if tie != [2]string{"a", "c"} {
		t.Errorf("connected %v, want a → c", tie)
	}
}

func TestZoomKeepsPointStill(t *testing.T) {
	m, w := show(t)
	p, _ := m.CentreOf("b")
	x, y := m.ToWorld(p)
	m.ZoomAt(p, 2)
	if q := m.ToScreen(x, y); math.Abs(float64(q.X-p.X)) > 0.01 || math.Abs(float64(q.Y-p.Y)) > 0.01 {
		t.Errorf("the point under the pointer moved from %v to %v", p, q)
	}
	test.Scroll(w.Canvas(), p, 0, 100)
	if m.Zoom() <= 2*1.45 {
		t.Errorf("scrolling up did not zoom in: %v", m.Zoom())
	}
}
