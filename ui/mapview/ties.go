package mapview

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"github.com/verkostokartta/verkostokartta/export"
	"github.com/verkostokartta/verkostokartta/graph"
)

// multiplexGap is the distance in pixels between parallel ties of one pair
// of actors, so that a pair tied in several ways shows every kind.
const multiplexGap = 8

// maxSegments bounds the dashes or dots of one drawn tie.
const maxSegments = 24

// ties draws the ties between actors that have boxes, grouped by pair.
// Ended ties are left out, as in the images.
func (r *renderer) ties(boxes map[string]box) {
	pairs := map[[2]string][]*graph.Tie{}
	var order [][2]string
	for _, t := range r.m.net.Ties {
		if t.Status == graph.TieEnded || t.From == t.To || (r.m.style.HideTie != nil && r.m.style.HideTie(t)) {
			continue
		}
		if _, ok := boxes[t.From]; !ok {
			continue
		}
		if _, ok := boxes[t.To]; !ok {
			continue
		}
		k := [2]string{min(t.From, t.To), max(t.From, t.To)}
		if _, ok := pairs[k]; !ok {
			order = append(order, k)
		}
		pairs[k] = append(pairs[k], t)
	}
	for _, k := range order {
		ties := pairs[k]
		for i, t := range ties {
			// Offsets are measured across the pair's own direction (k[0] to
			// k[1]), so a tie A→B and a tie B→A land on different sides.
			offset := (float32(i) - float32(len(ties)-1)/2) * multiplexGap
			if t.From != k[0] {
				offset = -offset
			}
			r.tie(t, boxes[t.From], boxes[t.To], offset)
		}
	}
}

// tie draws one tie between two boxes, shifted sideways by offset pixels,
// with the kind's colour and dash (export.StyleOfTie, shared with the
// images), the strength's width, and an arrowhead when directed. Planned
// and wished ties are dashed and faded.
func (r *renderer) tie(t *graph.Tie, from, to box, offset float32) {
	a, b := from.centre(), to.centre()
	dx, dy := b.X-a.X, b.Y-a.Y
	length := float32(math.Hypot(float64(dx), float64(dy)))
	if length < 1 {
		return
	}
	nx, ny := -dy/length*offset, dx/length*offset
	a, b = fyne.NewPos(a.X+nx, a.Y+ny), fyne.NewPos(b.X+nx, b.Y+ny)
	if r.outside(a, b) {
		return
	}
	a, b = border(a, b, from), border(b, a, to)
	r.m.tieLines = append(r.m.tieLines, tieLine{t.ID, a, b})
	st := r.m.style
	switch {
	case t.ID == r.m.selectedTie:
		r.segments(a, b, selectionColour, float32(export.PenWidth(t.Strength))*1.2+5, "")
	case st.Highlight[t.ID]:
		r.segments(a, b, color.NRGBA{R: 0x2c, G: 0xa0, B: 0x2c, A: 0x70}, float32(export.PenWidth(t.Strength))*1.2+8, "")
	}
	r.styledLine(a, b, t, st.Dimmed[t.From] || st.Dimmed[t.To])
}

// styledLine draws a tie from a to b in its style.
func (r *drawing) styledLine(a, b fyne.Position, t *graph.Tie, dim bool) {
	style := export.StyleOfTie(t.Kind)
	col := parseColour(style.Colour)
	dash := style.Dash
	if t.Status == graph.TiePlanned || t.Status == graph.TieWished {
		col.A, dash = 0x90, "dashed"
	}
	if dim {
		col = faded(col)
	}
	width := float32(export.PenWidth(t.Strength)) * 1.2
	if dash == "bold" {
		width += 1.5
	}
	if t.Directed {
		head := r.arrow(a, b, col, width)
		b = head // the line stops where the arrowhead begins
	}
	r.segments(a, b, col, width, dash)
}

// drawing collects canvas objects; the map's renderer and the legend's
// samples draw with it, so that both look the same.
type drawing struct {
	objects []fyne.CanvasObject
}

// segments draws a line, broken into dashes or dots as the style asks
// (canvas.Line has no dash pattern).
func (r *drawing) segments(a, b fyne.Position, col color.Color, width float32, dash string) {
	on, off := float32(0), float32(0)
	switch dash {
	case "dashed":
		on, off = 10, 6
	case "dotted":
		on, off = 2.5, 5
	}
	dx, dy := b.X-a.X, b.Y-a.Y
	length := float32(math.Hypot(float64(dx), float64(dy)))
	if on == 0 || length < 1 {
		r.line(a, b, col, width)
		return
	}
	// A long dotted line would be hundreds of objects; past maxSegments the
	// pattern stretches instead, which keeps a 50,000-tie map in memory.
	if n := length / (on + off); n > maxSegments {
		on, off = on*n/maxSegments, off*n/maxSegments
	}
	ux, uy := dx/length, dy/length
	for s := float32(0); s < length; s += on + off {
		e := min(s+on, length)
		r.line(fyne.NewPos(a.X+ux*s, a.Y+uy*s), fyne.NewPos(a.X+ux*e, a.Y+uy*e), col, width)
	}
}

func (r *drawing) line(a, b fyne.Position, col color.Color, width float32) {
	l := canvas.NewLine(col)
	l.StrokeWidth = width
	l.Position1, l.Position2 = a, b
	r.objects = append(r.objects, l)
}

// arrow draws a filled arrowhead with its tip at b, pointing away from a,
// and returns the middle of its base, where the line should end.
func (r *drawing) arrow(a, b fyne.Position, col color.NRGBA, width float32) fyne.Position {
	dx, dy := float64(b.X-a.X), float64(b.Y-a.Y)
	length := math.Hypot(dx, dy)
	if length < 1 {
		return b
	}
	ux, uy := dx/length, dy/length
	long := math.Min(10+2*float64(width), length/2)
	half := long * 0.5
	base := fyne.NewPos(b.X-float32(ux*long), b.Y-float32(uy*long))
	left := fyne.NewPos(base.X-float32(uy*half), base.Y+float32(ux*half))
	right := fyne.NewPos(base.X+float32(uy*half), base.Y-float32(ux*half))
	r.objects = append(r.objects, triangle(b, left, right, col))
	return base
}

// triangle is a filled polygon placed at the corners' bounding box, with
// the corners in the clockwise order canvas.ArbitraryPolygon expects.
func triangle(p1, p2, p3 fyne.Position, col color.Color) *canvas.ArbitraryPolygon {
	// On screen (y down) clockwise corners have a positive shoelace sum.
	if (p2.X-p1.X)*(p3.Y-p1.Y)-(p2.Y-p1.Y)*(p3.X-p1.X) < 0 {
		p2, p3 = p3, p2
	}
	x0, y0 := min(p1.X, p2.X, p3.X), min(p1.Y, p2.Y, p3.Y)
	x1, y1 := max(p1.X, p2.X, p3.X), max(p1.Y, p2.Y, p3.Y)
	origin := fyne.NewPos(x0, y0)
	poly := canvas.NewArbitraryPolygon([]fyne.Position{p1.Subtract(origin), p2.Subtract(origin), p3.Subtract(origin)}, col)
	poly.Move(origin)
	poly.Resize(fyne.NewSize(max(x1-x0, 1), max(y1-y0, 1)))
	return poly
}

// border returns where the segment from c towards other leaves box b,
// two pixels outside it.
func border(c, other fyne.Position, b box) fyne.Position {
	dx, dy := other.X-c.X, other.Y-c.Y
	if dx == 0 && dy == 0 {
		return c
	}
	sx, sy := float32(math.Inf(1)), float32(math.Inf(1))
	if dx != 0 {
		sx = (b.w/2 + 2) / float32(math.Abs(float64(dx)))
	}
	if dy != 0 {
		sy = (b.h/2 + 2) / float32(math.Abs(float64(dy)))
	}
	s := min(sx, sy, 1)
	return fyne.NewPos(c.X+dx*s, c.Y+dy*s)
}

// outside reports whether the segment a–b lies wholly on one side of the
// view, so that it need not be built at all.
func (r *renderer) outside(a, b fyne.Position) bool {
	w, h := r.m.size.Width, r.m.size.Height
	if w <= 0 || h <= 0 {
		return false
	}
	return (a.X < 0 && b.X < 0) || (a.X > w && b.X > w) || (a.Y < 0 && b.Y < 0) || (a.Y > h && b.Y > h)
}
