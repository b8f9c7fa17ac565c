package mapview

import (
	"image/color"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"github.com/verkostokartta/verkostokartta/export"
	"github.com/verkostokartta/verkostokartta/graph"
)

const (
	labelWidth = 18 // characters per line, as in the exported images
	// Padding inside an actor's box, in multiples of the text size.
	padXEm, padYEm = 0.5, 0.3
)

// selectionColour outlines the selected actor: amber reads on white and
// on every sector colour.
var selectionColour = color.NRGBA{R: 0xff, G: 0xa0, B: 0x00, A: 0xff}

// labelText is an actor's label broken into lines and measured.
type labelText struct {
	lines []string
	w, h  float32
}

type renderer struct {
	drawing
	m  *MapView
	bg *canvas.Rectangle
}

func newRenderer(m *MapView) *renderer {
	r := &renderer{m: m, bg: canvas.NewRectangle(color.White)}
	r.rebuild()
	return r
}

func (r *renderer) Layout(size fyne.Size) {
	r.m.size = size
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

// rebuild draws every tie and actor for the current scale and offset.
// Drawing anew is simpler than updating objects in place and fast enough:
// a drag frame of a 300-actor, 1,500-tie map takes a few milliseconds
// (BenchmarkDragFrame), and Fyne caches text textures by content.
func (r *renderer) rebuild() {
	m := r.m
	if m.autoFit && m.size.Width > 0 && m.size != m.fittedTo {
		m.fit(m.size)
	}
	r.objects = append(r.objects[:0], r.bg)
	if m.net == nil {
		m.boxes = map[string]box{}
		return
	}
	boxes := make(map[string]box, len(m.net.Actors))
	for _, a := range m.net.Actors {
		if m.style.Hidden[a.ID] {
			continue
		}
		l := m.label(a)
		s := m.scaleOf(a.ID)
		c := m.ToScreen(a.X, a.Y)
		boxes[a.ID] = box{c.X - l.w*s/2, c.Y - l.h*s/2, l.w * s, l.h * s}
	}
	m.boxes = boxes
	m.tieLines = m.tieLines[:0]
	r.ties(boxes) // first, so that the boxes cover their ends
	for _, a := range m.net.Actors {
		b, ok := boxes[a.ID]
		if !ok || r.outside(fyne.NewPos(b.x-8, b.y-8), fyne.NewPos(b.x+b.w+8, b.y+b.h+8)) {
			continue // hidden or off screen: nothing to build
		}
		r.actor(a, b, m.label(a))
	}
	r.gesture()
	r.tooltip()
}

// gesture draws the rubber band of a selection or the rubber line of a
// connecting drag.
func (r *renderer) gesture() {
	m := r.m
	switch {
	case m.band:
		band := canvas.NewRectangle(color.NRGBA{R: 0xff, G: 0xa0, A: 0x22})
		band.StrokeColor, band.StrokeWidth = selectionColour, 1.5
		band.Move(fyne.NewPos(min(m.dragStart.X, m.dragAt.X), min(m.dragStart.Y, m.dragAt.Y)))
		band.Resize(fyne.NewSize(abs32(m.dragAt.X-m.dragStart.X), abs32(m.dragAt.Y-m.dragStart.Y)))
		r.objects = append(r.objects, band)
	case m.dragFrom != "":
		if b, ok := m.boxes[m.dragFrom]; ok {
			r.segments(b.centre(), m.dragAt, selectionColour, 3, "dashed")
		}
	}
}

// tooltip draws the hover text in a white box near the pointer, inside
// the widget.
func (r *renderer) tooltip() {
	m := r.m
	if m.hoverText == "" || m.dragging {
		return
	}
	size := m.textSize * 0.8
	lines := strings.Split(m.hoverText, "\n")
	var w, lineH float32
	for _, l := range lines {
		s := fyne.MeasureText(l, size, fyne.TextStyle{})
		w, lineH = max(w, s.Width), max(lineH, s.Height)
	}
	pad := size * 0.5
	bw, bh := w+2*pad, float32(len(lines))*lineH+2*pad
	x, y := m.hoverAt.X+16, m.hoverAt.Y+16
	if x+bw > m.size.Width {
		x = max(0, m.hoverAt.X-16-bw)
	}
	if y+bh > m.size.Height {
		y = max(0, m.hoverAt.Y-16-bh)
	}
	bg := canvas.NewRectangle(color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xf4})
	bg.StrokeColor, bg.StrokeWidth, bg.CornerRadius = color.NRGBA{R: 0x88, G: 0x88, B: 0x88, A: 0xff}, 1, 4
	bg.Move(fyne.NewPos(x, y))
	bg.Resize(fyne.NewSize(bw, bh))
	r.objects = append(r.objects, bg)
	for i, l := range lines {
		t := canvas.NewText(l, color.Black)
		t.TextSize = size
		t.TextStyle.Bold = i == 0
		t.Move(fyne.NewPos(x+pad, y+pad+float32(i)*lineH))
		r.objects = append(r.objects, t)
	}
}

func abs32(x float32) float32 {
	if x < 0 {
		return -x
	}
	return x
}

// label returns the actor's label wrapped and measured, from the cache.
func (m *MapView) label(a *graph.Actor) labelText {
	text := a.Label()
	if text == "" {
		text = a.ID
	}
	if l, ok := m.labels[text]; ok {
		return l
	}
	style := fyne.TextStyle{}
	l := labelText{lines: export.Wrap(text, labelWidth)}
	lineH := fyne.MeasureText("Äg", m.textSize, style).Height
	for _, line := range l.lines {
		l.w = max(l.w, fyne.MeasureText(line, m.textSize, style).Width)
	}
	l.w += 2 * padXEm * m.textSize
	l.h = float32(len(l.lines))*lineH + 2*padYEm*m.textSize
	m.labels[text] = l
	return l
}

// actor draws a box in the sector's colour with the label inside in black
// or white, whichever contrasts more; a meeting place gets an inner
// frame, the selected actor a thick amber outline.
func (r *renderer) actor(a *graph.Actor, b box, l labelText) {
	m := r.m
	hex := m.net.Vocab.SectorColour(a.Sector)
	if c, ok := m.style.Fill[a.ID]; ok && c != nil {
		hex = hexOf(c)
	}
	fill := parseColour(hex)
	textColour := parseColour(export.TextColour(hex))
	stroke := darker(fill)
	if m.style.Dimmed[a.ID] {
		fill, textColour, stroke = faded(fill), faded(textColour), faded(stroke)
	}
	scale := m.scaleOf(a.ID)
	textSize := m.textSize * scale
	if mark, ok := m.style.Marked[a.ID]; ok {
		ring := canvas.NewRectangle(color.Transparent)
		ring.CornerRadius = 0.4*textSize + 5
		ring.StrokeColor, ring.StrokeWidth = parseColour(mark), 4
		ring.Move(fyne.NewPos(b.x-6, b.y-6))
		ring.Resize(fyne.NewSize(b.w+12, b.h+12))
		r.objects = append(r.objects, ring)
	}
	rect := canvas.NewRectangle(fill)
	rect.CornerRadius = 0.4 * textSize
	rect.StrokeColor, rect.StrokeWidth = stroke, 1
	if m.isSelected(a.ID) {
		rect.StrokeColor, rect.StrokeWidth = selectionColour, 4
	}
	rect.Move(fyne.NewPos(b.x, b.y))
	rect.Resize(fyne.NewSize(b.w, b.h))
	r.objects = append(r.objects, rect)

	if a.MeetingPlace {
		inner := canvas.NewRectangle(color.Transparent)
		inner.CornerRadius, inner.StrokeWidth, inner.StrokeColor = 0.3*textSize, 1.5, textColour
		inner.Move(fyne.NewPos(b.x+3, b.y+3))
		inner.Resize(fyne.NewSize(b.w-6, b.h-6))
		r.objects = append(r.objects, inner)
	}
	lineH := (b.h - 2*padYEm*textSize) / float32(len(l.lines))
	for j, line := range l.lines {
		txt := canvas.NewText(line, textColour)
		txt.TextSize = textSize
		txt.Alignment = fyne.TextAlignCenter
		txt.Move(fyne.NewPos(b.x, b.y+padYEm*textSize+float32(j)*lineH))
		txt.Resize(fyne.NewSize(b.w, lineH))
		r.objects = append(r.objects, txt)
	}
}

func parseColour(hex string) color.NRGBA {
	if len(hex) == 7 && hex[0] == '#' {
		if v, err := strconv.ParseUint(hex[1:], 16, 32); err == nil {
			return color.NRGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 0xff}
		}
	}
	return color.NRGBA{R: 0x9e, G: 0x9e, B: 0x9e, A: 0xff}
}

// darker is the outline of a box: the fill at 70 % brightness.
func darker(c color.NRGBA) color.NRGBA {
	return color.NRGBA{R: uint8(int(c.R) * 7 / 10), G: uint8(int(c.G) * 7 / 10), B: uint8(int(c.B) * 7 / 10), A: c.A}
}
