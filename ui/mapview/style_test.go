package mapview

import (
	"image/color"
	"math"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/verkostokartta/verkostokartta/graph"
)

// drawn returns the renderer's rectangles and lines.
func drawn(m *MapView) (rects []*canvas.Rectangle, lines []*canvas.Line) {
	for _, o := range test.WidgetRenderer(m).Objects() {
		switch x := o.(type) {
		case *canvas.Rectangle:
			rects = append(rects, x)
		case *canvas.Line:
			lines = append(lines, x)
		}
	}
	return rects, lines
}

// boxOf returns the rectangle drawn at an actor's box.
func boxOf(t *testing.T, m *MapView, id string) *canvas.Rectangle {
	t.Helper()
	b, ok := m.boxes[id]
	if !ok {
		t.Fatalf("%s has no box", id)
	}
	rects, _ := drawn(m)
	for _, r := range rects {
		if r.Position() == fyne.NewPos(b.x, b.y) && r.Size() == fyne.NewSize(b.w, b.h) {
			return r
		}
	}
	t.Fatalf("no rectangle at %s's box", id)
	return nil
}

func TestStyleHidesFillsScalesMarksDims(t *testing.T) {
	m, _ := show(t, network())
	rects, lines := drawn(m)
	plainRects, plainLines := len(rects), len(lines)
	plain := m.boxes["b"]

	m.SetStyle(Style{Hidden: map[string]bool{"c": true}})
	if _, ok := m.boxes["c"]; ok || m.ActorAt(fyne.NewPos(0, 0)) == "c" {
		t.Error("a hidden actor has a box")
	}
	rects, lines = drawn(m)
	// c's box and meeting-place frame go, and the planned tie b→c (dashed).
	if len(rects) != plainRects-2 || len(lines) >= plainLines {
		t.Errorf("hidden c: %d rects (was %d), %d lines (was %d)", len(rects), plainRects, len(lines), plainLines)
	}

	m.SetStyle(Style{HideTie: func(t *graph.Tie) bool { return t.Kind == "referral" }})
	if _, lines = drawn(m); len(lines) != plainLines-1 {
		t.Errorf("hiding the referral (one solid line): %d lines, want %d", len(lines), plainLines-1)
	}

	red := color.NRGBA{R: 0xff, A: 0xff}
	m.SetStyle(Style{Fill: map[string]color.Color{"a": red}, Scale: map[string]float32{"b": 2}})
	if got := boxOf(t, m, "a").FillColor; got != red {
		t.Errorf("fill of a %v", got)
	}
	if b := m.boxes["b"]; math.Abs(float64(b.w-2*plain.w)) > 0.01 || math.Abs(float64(b.h-2*plain.h)) > 0.01 {
		t.Errorf("b scaled 2: %v×%v, plain %v×%v", b.w, b.h, plain.w, plain.h)
	}

	m.SetStyle(Style{Marked: map[string]string{"b": "#d62728"}, Dimmed: map[string]bool{"c": true}})
	b := m.boxes["b"]
	ring := false
	rects, _ = drawn(m)
	for _, r := range rects {
		if r.Position() == fyne.NewPos(b.x-6, b.y-6) && r.StrokeColor == (color.NRGBA{R: 0xd6, G: 0x27, B: 0x28, A: 0xff}) && r.StrokeWidth == 4 {
			ring = true
		}
	}
	if !ring {
		t.Error("no red ring around the marked actor")
	}
	if a := boxOf(t, m, "c").FillColor.(color.NRGBA).A; a != 0xff/4 {
		t.Errorf("dimmed c has alpha %d", a)
	}
}

func TestShiftClickAndRubberBandSelect(t *testing.T) {
	m, w := show(t, network())
	var changes [][]string
	m.OnSelectionChanged = func(ids []string) { changes = append(changes, ids) }
	pa, _ := m.CentreOf("a")
	pc, _ := m.CentreOf("c")
	test.TapCanvas(w.Canvas(), pa)
	m.MouseDown(&desktop.MouseEvent{Modifier: fyne.KeyModifierShift})
	test.TapCanvas(w.Canvas(), pc)
	if got := m.Selection(); !slices.Equal(got, []string{"a", "c"}) {
		t.Errorf("after shift-click %v", got)
	}
	m.MouseDown(&desktop.MouseEvent{Modifier: fyne.KeyModifierControl})
	test.TapCanvas(w.Canvas(), pa)
	if got := m.Selection(); !slices.Equal(got, []string{"c"}) || m.Selected() != "c" {
		t.Errorf("after ctrl-click on a: %v (primary %q)", got, m.Selected())
	}
	// A band from the top left corner to just past b's box catches a and b.
	b := m.boxes["b"]
	end := fyne.NewPos(b.x+b.w+3, b.y+b.h+3)
	m.MouseDown(&desktop.MouseEvent{Modifier: fyne.KeyModifierShift})
	m.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: end}, Dragged: fyne.NewDelta(end.X-1, end.Y-1)})
	m.DragEnd()
	if got := m.Selection(); !slices.Equal(got, []string{"a", "b"}) {
		t.Errorf("rubber band selected %v", got)
	}
	if len(changes) != 3 || !slices.Equal(changes[2], []string{"a", "b"}) {
		t.Errorf("OnSelectionChanged calls %v", changes)
	}
}

func TestDragMovesTheSelection(t *testing.T) {
	m, w := show(t, network())
	m.SetSelection([]string{"a", "c"})
	var moved []string
	m.OnMoved = func(ids []string) { moved = ids }
	pa, _ := m.CentreOf("a")
	zoom := float64(m.Zoom())
	test.Drag(w.Canvas(), pa, 40, 20)
	a, b, c := m.Network().Actor("a"), m.Network().Actor("b"), m.Network().Actor("c")
	if math.Abs(a.X-40/zoom) > 1e-3 || math.Abs(c.X-(200+40/zoom)) > 1e-3 || math.Abs(c.Y-(300+20/zoom)) > 1e-3 || b.X != 400 {
		t.Errorf("a (%v,%v) b (%v,%v) c (%v,%v)", a.X, a.Y, b.X, b.Y, c.X, c.Y)
	}
	if !slices.Equal(moved, []string{"a", "c"}) {
		t.Errorf("OnMoved %v", moved)
	}
}

func TestTapPicksTheNearestOfParallelTies(t *testing.T) {
	m, w := show(t, network())
	var picked []string
	m.OnSelectTie = func(id string) { picked = append(picked, id) }
	// t1 and t2 (a–b) are drawn 8 px apart; tap each line's middle.
	for _, want := range []string{"t1", "t2"} {
		var l tieLine
		for _, x := range m.tieLines {
			if x.id == want {
				l = x
			}
		}
		mid := fyne.NewPos((l.a.X+l.b.X)/2, (l.a.Y+l.b.Y)/2)
		test.TapCanvas(w.Canvas(), mid)
		if m.SelectedTie() != want {
			t.Errorf("tap on %s's line picked %q", want, m.SelectedTie())
		}
	}
	if !slices.Equal(picked, []string{"t1", "t2"}) {
		t.Errorf("OnSelectTie %v", picked)
	}
	test.TapCanvas(w.Canvas(), fyne.NewPos(790, 590))
	if m.SelectedTie() != "" {
		t.Error("a tap in empty space kept the tie")
	}
}

func TestRightDragConnects(t *testing.T) {
	m, _ := show(t, network())
	var got [2]string
	m.OnConnect = func(from, to string) { got = [2]string{from, to} }
	pa, _ := m.CentreOf("a")
	pc, _ := m.CentreOf("c")
	m.MouseDown(&desktop.MouseEvent{Button: desktop.MouseButtonSecondary})
	d := pc.Subtract(pa)
	m.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: pa.Add(fyne.NewDelta(d.X/2, d.Y/2))}, Dragged: fyne.NewDelta(d.X/2, d.Y/2)})
	m.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: pc}, Dragged: fyne.NewDelta(d.X/2, d.Y/2)})
	m.DragEnd()
	if got != [2]string{"a", "c"} {
		t.Errorf("OnConnect %v", got)
	}
	if a := m.Network().Actor("a"); a.X != 0 || a.Y != 0 {
		t.Error("a connecting drag moved the actor")
	}
}

func TestHoverTooltip(t *testing.T) {
	m, _ := show(t, network())
	m.HoverText = func(id string) string { return "Toimija " + id + "\nrivi 2" }
	m.TieHoverText = func(id string) string { return "Yhteys " + id }
	pb, _ := m.CentreOf("b")
	m.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: pb}})
	if m.Tooltip() != "Toimija b\nrivi 2" {
		t.Errorf("tooltip %q", m.Tooltip())
	}
	texts := 0
	for _, o := range test.WidgetRenderer(m).Objects() {
		if x, ok := o.(*canvas.Text); ok && (x.Text == "Toimija b" || x.Text == "rivi 2") {
			texts++
		}
	}
	if texts != 2 {
		t.Errorf("%d tooltip lines drawn", texts)
	}
	m.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(790, 590)}})
	if m.Tooltip() != "" {
		t.Errorf("tooltip over empty space %q", m.Tooltip())
	}
	m.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: pb}})
	m.MouseOut()
	if m.Tooltip() != "" {
		t.Error("the tooltip stayed after the pointer left")
	}
}
