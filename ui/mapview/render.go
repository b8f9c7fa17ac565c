package mapview

import (
	"image/color"
	"math"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"github.com/verkostokartta/verkostokartta/export"
	"github.com/verkostokartta/verkostokartta/graph"
)

// Labels keep their size at every zoom: a projector needs them large.
const (
	LabelSize    = 15
	labelWidth   = 18 // characters per line, as in the images
	padX, padY   = 8, 5
	multiplexGap = 7 // pixels between parallel ties of one pair
)

type renderer struct {
	m       *MapView
	bg      *canvas.Rectangle
	objects []fyne.CanvasObject
	size    fyne.Size
}

func newRenderer(m *MapView) *renderer {
	r := &renderer{m: m, bg: canvas.NewRectangle(color.White)}
	r.rebuild()
	return r
}

func (r *renderer) Layout(size fyne.Size) {
	r.size = size
	r.bg.Resize(size)
	r.rebuild()
}

func (r *renderer) MinSize() fyne.Size { return fyne.NewSize(320, 240) }

func (r *renderer) Refresh() {
	r.rebuild()
	canvas.Refresh(r.m)
}

func (r *renderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *renderer) Destroy() {}

// rebuild lays out every actor and tie for the current scale and offset.
func (r *renderer) rebuild() {
	m := r.m
	if m.autoFit && r.size.Width > 0 && r.size != m.fittedTo {
		m.fit(r.size)
	}
	r.objects = append(r.objects[:0], r.bg)
	if m.net == nil {
		return
	}
	boxes := make(map[string]box, len(m.net.Actors))
	type label struct {
		lines []string
		w, h  float32
	}
	labels := make(map[string]label, len(m.net.Actors))
	lineH := fyne.MeasureText("Äg", LabelSize, fyne.TextStyle{}).Height
	for _, a := range m.net.Actors {
		l := label{lines: export.Wrap(a.Label(), labelWidth)}
		if len(l.lines) == 0 {
			l.lines = []string{a.ID}
		}
		for _, line := range l.lines {
			l.w = max(l.w, fyne.MeasureText(line, LabelSize, fyne.TextStyle{}).Width)
		}
		l.w += 2 * padX
		l.h = float32(len(l.lines))*lineH + 2*padY
		labels[a.ID] = l
		c := m.ToScreen(a.X, a.Y)
		boxes[a.ID] = box{c.X - l.w/2, c.Y - l.h/2, l.w, l.h}
	}
	m.boxes = boxes

	// Ties first, so that boxes cover their ends.
	pairs := map[[2]string][]*graph.Tie{}
	var order [][2]string
	for _, t := range m.net.Ties {
		if t.Status == graph.TieEnded || t.From == t.To {
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
			offset := (float32(i) - float32(len(ties)-1)/2) * multiplexGap
			r.tie(t, boxes[t.From], boxes[t.To], offset)
		}
	}

	for _, a := range m.net.Actors {
		b, l := boxes[a.ID], labels[a.ID]
		fill := parseColour(m.net.Vocab.SectorColour(a.Sector))
		rect := canvas.NewRectangle(fill)
		rect.CornerRadius = 6
		rect.StrokeColor = parseColour(darker(m.net.Vocab.SectorColour(a.Sector)))
		rect.StrokeWidth = 1
		if a.ID == m.selected {
			rect.StrokeColor, rect.StrokeWidth = color.NRGBA{R: 0xff, G: 0xc1, A: 0xff}, 4
		}
		rect.Move(fyne.NewPos(b.x, b.y))
		rect.Resize(fyne.NewSize(b.w, b.h))
		r.objects = append(r.objects, rect)
		if a.MeetingPlace {
			inner := canvas.NewRectangle(color.Transparent)
			inner.CornerRadius, inner.StrokeWidth = 4, 1.5
			inner.StrokeColor = parseColour(export.TextColour(m.net.Vocab.SectorColour(a.Sector)))
			inner.Move(fyne.NewPos(b.x+3, b.y+3))
			inner.Resize(fyne.NewSize(b.w-6, b.h-6))
			r.objects = append(r.objects, inner)
		}
		textColour := parseColour(export.TextColour(m.net.Vocab.SectorColour(a.Sector)))
		for j, line := range l.lines {
			txt := canvas.NewText(line, textColour)
			txt.TextSize = LabelSize
			txt.Alignment = fyne.TextAlignCenter
			txt.Move(fyne.NewPos(b.x, b.y+padY+float32(j)*lineH))
			txt.Resize(fyne.NewSize(b.w, lineH))
			r.objects = append(r.objects, txt)
		}
	}
}

// tie draws one tie between two boxes, shifted sideways by offset pixels
// so that several ties of one pair stay apart, with the kind's colour and
// dash, the strength's width, and an arrowhead when directed.
func (r *renderer) tie(t *graph.Tie, from, to box, offset float32) {
	a, b := from.centre(), to.centre()
	dx, dy := b.X-a.X, b.Y-a.Y
	length := float32(math.Hypot(float64(dx), float64(dy)))
	if length < 1 {
		return
	}
	nx, ny := -dy/length*offset, dx/length*offset
	a, b = fyne.NewPos(a.X+nx, a.Y+ny), fyne.NewPos(b.X+nx, b.Y+ny)
	// Start and end at the boxes' borders.
	a = border(a, b, from)
	b = border(b, a, to)

	style := export.StyleOfTie(t.Kind)
	col := parseColour(style.Colour)
	dash := style.Dash
	if t.Status == graph.TiePlanned || t.Status == graph.TieWished {
		col.A, dash = 0x80, "dashed"
	}
	width := float32(export.PenWidth(t.Strength)) * 1.2
	if dash == "bold" {
		width += 1.5
	}
	r.segments(a, b, col, width, dash)
	if t.Directed {
		r.arrow(a, b, col, width)
	}
}

// segments draws a line, broken into dashes or dots as the style asks
// (canvas.Line has no dash pattern).
func (r *renderer) segments(a, b fyne.Position, col color.Color, width float32, dash string) {
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
	ux, uy := dx/length, dy/length
	for s := float32(0); s < length; s += on + off {
		e := min(s+on, length)
		r.line(fyne.NewPos(a.X+ux*s, a.Y+uy*s), fyne.NewPos(a.X+ux*e, a.Y+uy*e), col, width)
	}
}

func (r *renderer) line(a, b fyne.Position, col color.Color, width float32) {
	l := canvas.NewLine(col)
	l.StrokeWidth = width
	l.Position1, l.Position2 = a, b
	r.objects = append(r.objects, l)
}

// arrow draws an arrowhead at b pointing away from a.
func (r *renderer) arrow(a, b fyne.Position, col color.Color, width float32) {
	dx, dy := float64(b.X-a.X), float64(b.Y-a.Y)
	angle := math.Atan2(dy, dx)
	size := float64(9 + width)
	for _, side := range []float64{-0.45, 0.45} {
		tip := fyne.NewPos(b.X-float32(size*math.Cos(angle+side)), b.Y-float32(size*math.Sin(angle+side)))
		r.line(b, tip, col, max(width, 1.5))
	}
}

// border returns where the segment from c towards other leaves box b.
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

func parseColour(hex string) color.NRGBA {
	if len(hex) == 7 && hex[0] == '#' {
		if v, err := strconv.ParseUint(hex[1:], 16, 32); err == nil {
			return color.NRGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 0xff}
		}
	}
	return color.NRGBA{R: 0x9e, G: 0x9e, B: 0x9e, A: 0xff}
}

func darker(hex string) string {
	c := parseColour(hex)
	return "#" + strconv.FormatUint(uint64(c.R)*7/10<<16|uint64(c.G)*7/10<<8|uint64(c.B)*7/10|1<<24, 16)[1:]
}
