package mapview

import (
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

func TestTapSelects(t *testing.T) {
	m, w := show(t, network())
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
	m, w := show(t, network())
	moved := ""
	m.OnMoved = func(ids []string) { moved = ids[0] }
	p, _ := m.CentreOf("c")
	zoom := float64(m.Zoom())
	test.Drag(w.Canvas(), p, 58, -29)
	c := m.Network().Actor("c")
	if math.Abs(c.X-(200+58/zoom)) > 1e-3 || math.Abs(c.Y-(300-29/zoom)) > 1e-3 {
		t.Errorf("c moved to (%.3f, %.3f), want (%.3f, %.3f)", c.X, c.Y, 200+58/zoom, 300-29/zoom)
	}
	if moved != "c" {
		t.Errorf("OnMoved got %q", moved)
	}
	if q, _ := m.CentreOf("c"); math.Abs(float64(q.X-p.X-58)) > 0.5 || math.Abs(float64(q.Y-p.Y+29)) > 0.5 {
		t.Errorf("c drawn at %v, want %v + (58, −29)", q, p)
	}
}

// GLFW reports the pointer's current position with each drag step; the
// actor under the start of the drag must still be the one that moves.
func TestDragAsGLFWReportsIt(t *testing.T) {
	m, _ := show(t, network())
	p, _ := m.CentreOf("a")
	zoom := float64(m.Zoom())
	for i := 1; i <= 3; i++ {
		m.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: p.Add(fyne.NewDelta(float32(30*i), 0))}, Dragged: fyne.NewDelta(30, 0)})
	}
	m.DragEnd()
	if a := m.Network().Actor("a"); math.Abs(a.X-90/zoom) > 1e-3 || a.Y != 0 {
		t.Errorf("a at (%v, %v), want (%v, 0)", a.X, a.Y, 90/zoom)
	}
}

func TestDragOnEmptySpacePans(t *testing.T) {
	m, w := show(t, network())
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
	m, w := show(t, network())
	var tie [2]string
	selected := false
	m.OnConnect = func(from, to string) { tie = [2]string{from, to} }
	m.OnSelect = func(string) { selected = true }
	m.SetConnectMode(true)
	if m.Cursor() != desktop.CrosshairCursor {
		t.Error("no crosshair in connect mode")
	}
	pa, _ := m.CentreOf("a")
	pc, _ := m.CentreOf("c")
	test.TapCanvas(w.Canvas(), pa)
	if m.Selected() != "a" {
		t.Errorf("the first pick is not highlighted: %q", m.Selected())
	}
	test.TapCanvas(w.Canvas(), pa) // the same actor again changes nothing
	test.TapCanvas(w.Canvas(), pc)
	if tie != [2]string{"a", "c"} {
		t.Errorf("connected %v, want a → c", tie)
	}
	if selected {
		t.Error("connect mode called OnSelect")
	}
	if m.Selected() != "" {
		t.Errorf("after connecting, %q is still highlighted", m.Selected())
	}
	m.SetConnectMode(false)
	if m.Connecting() || m.Cursor() != desktop.DefaultCursor {
		t.Error("connect mode did not end")
	}
}

func TestZoomKeepsPointStill(t *testing.T) {
	m, w := show(t, network())
	p, _ := m.CentreOf("b")
	x, y := m.ToWorld(p)
	m.ZoomAt(p, 2)
	if q := m.ToScreen(x, y); math.Abs(float64(q.X-p.X)) > 0.01 || math.Abs(float64(q.Y-p.Y)) > 0.01 {
		t.Errorf("the point under the pointer moved from %v to %v", p, q)
	}
	before := m.Zoom()
	test.Scroll(w.Canvas(), p, 0, 25) // one wheel notch up
	if got := m.Zoom() / before; math.Abs(float64(got)-1.161) > 0.01 {
		t.Errorf("a notch zoomed by %v, want about 1.16", got)
	}
	m.ZoomAt(p, 1000)
	if m.Zoom() > maxZoom {
		t.Errorf("zoom %v beyond the limit", m.Zoom())
	}
}
