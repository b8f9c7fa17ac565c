package mapview

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"github.com/verkostokartta/verkostokartta/export"
	"github.com/verkostokartta/verkostokartta/graph"
)

func linesIn(m *MapView, hex string) []*canvas.Line {
	want := parseColour(hex)
	var out []*canvas.Line
	for _, o := range test.WidgetRenderer(m).Objects() {
		if l, ok := o.(*canvas.Line); ok {
			if c := l.StrokeColor.(color.NRGBA); c.R == want.R && c.G == want.G && c.B == want.B {
				out = append(out, l)
			}
		}
	}
	return out
}

func arrows(m *MapView) []*canvas.ArbitraryPolygon {
	var out []*canvas.ArbitraryPolygon
	for _, o := range test.WidgetRenderer(m).Objects() {
		if p, ok := o.(*canvas.ArbitraryPolygon); ok {
			out = append(out, p)
		}
	}
	return out
}

// Two ties between a and b (joint and referral) are two parallel lines
// multiplexGap apart, each in its kind's colour.
func TestMultiplexTiesStayApart(t *testing.T) {
	m, _ := show(t, network())
	joint := linesIn(m, export.StyleOfTie("joint").Colour)
	referral := linesIn(m, export.StyleOfTie("referral").Colour)
	if len(joint) != 1 || len(referral) != 1 {
		t.Fatalf("%d joint and %d referral lines, want one each (solid)", len(joint), len(referral))
	}
	j, r := joint[0], referral[0]
	if j.Position1.Y != j.Position2.Y || r.Position1.Y != r.Position2.Y {
		t.Errorf("a and b are level, their ties are not: %v %v", j, r)
	}
	if gap := math.Abs(float64(j.Position1.Y - r.Position1.Y)); math.Abs(gap-multiplexGap) > 0.01 {
		t.Errorf("the two ties are %v px apart, want %v", gap, multiplexGap)
	}
	if j.StrokeWidth <= r.StrokeWidth {
		t.Errorf("strength 2 (%v px) is not wider than strength 1 (%v px)", j.StrokeWidth, r.StrokeWidth)
	}
}

// Ties a→b and b→a are drawn on different sides, not on top of each other.
func TestOppositeTiesDoNotOverlap(t *testing.T) {
	n := network()
	n.Ties = []*graph.Tie{
		{ID: "x", From: "a", To: "b", Kind: "referral", Directed: true, Strength: 1},
		{ID: "y", From: "b", To: "a", Kind: "referral", Directed: true, Strength: 1},
	}
	m, _ := show(t, n)
	lines := linesIn(m, export.StyleOfTie("referral").Colour)
	if len(lines) != 2 || lines[0].Position1.Y == lines[1].Position1.Y {
		t.Errorf("opposite ties overlap: %v", lines)
	}
	if len(arrows(m)) != 2 {
		t.Errorf("%d arrowheads, want 2", len(arrows(m)))
	}
}

// Directed ties end in an arrowhead filled in the tie's colour at the
// target's border; undirected ones have none.
func TestArrowheads(t *testing.T) {
	n := network()
	n.Ties = n.Ties[1:2] // the referral a → b
	m, w := show(t, n)
	heads := arrows(m)
	if len(heads) != 1 {
		t.Fatalf("%d arrowheads, want 1", len(heads))
	}
	h, b := heads[0], m.boxes["b"]
	tipX := h.Position().X + h.Size().Width
	if math.Abs(float64(tipX-(b.x-2))) > 0.5 {
		t.Errorf("the arrowhead's tip is at x=%v, want b's left border %v", tipX, b.x-2)
	}
	// The software painter must fill it: its middle is in the tie's colour.
	img := w.Canvas().Capture()
	mid := h.Position().Add(fyne.NewPos(h.Size().Width*2/3, h.Size().Height/2))
	scale := float32(img.Bounds().Dx()) / w.Canvas().Size().Width
	got := color.NRGBAModel.Convert(img.At(int(mid.X*scale), int(mid.Y*scale))).(color.NRGBA)
	want := parseColour(export.StyleOfTie("referral").Colour)
	if absDiff(got.R, want.R) > 30 || absDiff(got.G, want.G) > 30 || absDiff(got.B, want.B) > 30 {
		t.Errorf("arrowhead painted %v, want about %v", got, want)
	}

	n.Ties[0].Directed = false
	m.Refresh()
	if len(arrows(m)) != 0 {
		t.Error("an undirected tie has an arrowhead")
	}
}

func absDiff(a, b uint8) int {
	if a > b {
		return int(a - b)
	}
	return int(b - a)
}

func TestTieStatuses(t *testing.T) {
	n := network()
	m, _ := show(t, n)
	// The planned funding tie b → c is dashed and faded.
	funding := linesIn(m, export.StyleOfTie("funding").Colour)
	if len(funding) < 5 {
		t.Errorf("the planned tie is drawn in %d pieces, want dashes", len(funding))
	}
	if c := funding[0].StrokeColor.(color.NRGBA); c.A == 0xff {
		t.Error("the planned tie is not faded")
	}
	n.Ties[2].Status = graph.TieEnded
	m.Refresh()
	if got := linesIn(m, export.StyleOfTie("funding").Colour); len(got) != 0 {
		t.Errorf("an ended tie is drawn (%d pieces)", len(got))
	}
}
