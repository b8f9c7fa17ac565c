package mapview

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"github.com/verkostokartta/verkostokartta/graph"
)

func count(o fyne.CanvasObject) (lines, arrows int) {
	for _, x := range test.LaidOutObjects(o) {
		switch x.(type) {
		case *canvas.Line:
			lines++
		case *canvas.ArbitraryPolygon:
			arrows++
		}
	}
	return
}

func TestTieSample(t *testing.T) {
	test.NewTempApp(t)
	if l, a := count(TieSample("joint", graph.TieExisting, false)); l != 1 || a != 0 {
		t.Errorf("a joint sample has %d lines, %d arrowheads; want one solid line", l, a)
	}
	if l, a := count(TieSample("referral", graph.TieExisting, true)); l != 1 || a != 1 {
		t.Errorf("a directed sample has %d lines, %d arrowheads", l, a)
	}
	if l, _ := count(TieSample("joint", graph.TiePlanned, false)); l < 3 {
		t.Errorf("a planned sample is not dashed: %d pieces", l)
	}
	if s := TieSample("joint", "", false).MinSize(); s.Width < 40 || s.Height < 10 {
		t.Errorf("sample size %v", s)
	}
}

func TestSectorSample(t *testing.T) {
	test.NewTempApp(t)
	var fills []*canvas.Rectangle
	for _, o := range test.LaidOutObjects(SectorSample("#ff7f0e", true)) {
		if r, ok := o.(*canvas.Rectangle); ok {
			fills = append(fills, r)
		}
	}
	if len(fills) != 2 || fills[0].FillColor != parseColour("#ff7f0e") {
		t.Errorf("sector sample %v", fills)
	}
}
