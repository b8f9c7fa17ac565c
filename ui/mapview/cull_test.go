package mapview

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
)

func TestLongDottedLinesStayFewObjects(t *testing.T) {
	var d drawing
	d.segments(fyne.NewPos(0, 0), fyne.NewPos(5000, 0), color.Black, 1, "dotted")
	if n := len(d.objects); n > maxSegments+1 || n < maxSegments-1 {
		t.Errorf("a 5000 px dotted line is %d objects, want about %d", n, maxSegments)
	}
	d = drawing{}
	d.segments(fyne.NewPos(0, 0), fyne.NewPos(75, 0), color.Black, 1, "dotted")
	if n := len(d.objects); n != 10 {
		t.Errorf("a 75 px dotted line is %d dots, want 10 (every 7.5 px)", n)
	}
}

func TestTiesOutsideTheViewAreNotBuilt(t *testing.T) {
	r := &renderer{m: &MapView{}}
	r.m.size = fyne.NewSize(800, 600)
	for _, c := range []struct {
		a, b fyne.Position
		out  bool
	}{
		{fyne.NewPos(-50, 10), fyne.NewPos(-10, 500), true},
		{fyne.NewPos(900, 10), fyne.NewPos(1000, 500), true},
		{fyne.NewPos(-50, 10), fyne.NewPos(900, 500), false}, // crosses the view
		{fyne.NewPos(100, 100), fyne.NewPos(200, 200), false},
	} {
		if got := r.outside(c.a, c.b); got != c.out {
			t.Errorf("outside(%v, %v) = %v", c.a, c.b, got)
		}
	}
}
