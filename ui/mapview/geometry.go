package mapview

import (
	"math"

	"fyne.io/fyne/v2"

	"github.com/verkostokartta/verkostokartta/graph"
)

// Zoom limits: screen pixels per world unit.
const (
	minZoom = 0.05
	maxZoom = 8
	// fitZoom is the largest zoom Fit uses, so that a small network does
	// not blow up to fill a projector.
	fitZoom = 1.5
	// fitPad is the room in pixels between the outermost labels and the
	// widget's edge after Fit.
	fitPad = 12
)

// box is an actor's rectangle on screen.
type box struct{ x, y, w, h float32 }

func (b box) contains(p fyne.Position) bool {
	return p.X >= b.x && p.X <= b.x+b.w && p.Y >= b.y && p.Y <= b.y+b.h
}

func (b box) centre() fyne.Position { return fyne.NewPos(b.x+b.w/2, b.y+b.h/2) }

// Zoom returns the current scale: screen pixels per world unit.
func (m *MapView) Zoom() float32 { return m.scale }

// Fit scales and centres the map so that every actor is visible.
func (m *MapView) Fit() {
	m.autoFit, m.fittedTo = true, fyne.Size{}
	m.Refresh()
}

// fit computes scale and offset for size. Labels keep their size while
// positions scale, so the margins leave room for half the widest and
// tallest label around the outermost actors.
func (m *MapView) fit(size fyne.Size) {
	m.fittedTo = size
	if m.net == nil || len(m.net.Actors) == 0 || size.Width < 10 || size.Height < 10 {
		m.scale, m.offX, m.offY = 1, size.Width/2, size.Height/2
		return
	}
	minX, minY := math.Inf(1), math.Inf(1)
	maxX, maxY := math.Inf(-1), math.Inf(-1)
	var labelW, labelH float32
	for _, a := range m.net.Actors {
		if math.IsNaN(a.X+a.Y) || math.IsInf(a.X+a.Y, 0) || m.style.Hidden[a.ID] {
			continue
		}
		minX, maxX = math.Min(minX, a.X), math.Max(maxX, a.X)
		minY, maxY = math.Min(minY, a.Y), math.Max(maxY, a.Y)
		l := m.label(a)
		labelW, labelH = max(labelW, l.w), max(labelH, l.h)
	}
	if minX > maxX { // no finite position
		minX, maxX, minY, maxY = 0, 0, 0, 0
	}
	marginX, marginY := labelW/2+fitPad, labelH/2+fitPad
	w, h := float32(maxX-minX), float32(maxY-minY)
	sx, sy := float32(fitZoom), float32(fitZoom)
	if w > 0 {
		sx = (size.Width - 2*marginX) / w
	}
	if h > 0 {
		sy = (size.Height - 2*marginY) / h
	}
	m.scale = max(minZoom, min(fitZoom, sx, sy))
	m.offX = size.Width/2 - float32(minX+maxX)/2*m.scale
	m.offY = size.Height/2 - float32(minY+maxY)/2*m.scale
}

// ToScreen maps world coordinates to widget coordinates.
func (m *MapView) ToScreen(x, y float64) fyne.Position {
	return fyne.NewPos(float32(x)*m.scale+m.offX, float32(y)*m.scale+m.offY)
}

// ToWorld maps widget coordinates to world coordinates.
func (m *MapView) ToWorld(p fyne.Position) (float64, float64) {
	return float64((p.X - m.offX) / m.scale), float64((p.Y - m.offY) / m.scale)
}

// Footprint is the size of an actor's box in world units at the current
// zoom and text size (labels keep their size on screen, so a box covers
// more of the world when zoomed out and in workshop mode).
func (m *MapView) Footprint(a *graph.Actor) (w, h float64) {
	l := m.label(a)
	s, z := m.scaleOf(a.ID), m.scale
	if z <= 0 {
		z = 1
	}
	return float64(l.w * s / z), float64(l.h * s / z)
}

// VisibleCentre returns the world coordinates at the middle of the widget,
// where new actors go.
func (m *MapView) VisibleCentre() (float64, float64) {
	return m.ToWorld(fyne.NewPos(m.size.Width/2, m.size.Height/2))
}

// ZoomAt multiplies the scale by factor keeping the point p still.
func (m *MapView) ZoomAt(p fyne.Position, factor float32) {
	next := m.scale * factor
	if factor <= 0 || next < minZoom || next > maxZoom {
		return
	}
	m.autoFit = false
	m.offX = p.X - (p.X-m.offX)*factor
	m.offY = p.Y - (p.Y-m.offY)*factor
	m.scale = next
	m.Refresh()
}

// ActorAt returns the ID of the actor drawn at p, or "". Later actors are
// drawn on top, so they win.
func (m *MapView) ActorAt(p fyne.Position) string {
	if m.net == nil {
		return ""
	}
	for i := len(m.net.Actors) - 1; i >= 0; i-- {
		a := m.net.Actors[i]
		if b, ok := m.boxes[a.ID]; ok && b.contains(p) {
			return a.ID
		}
	}
	return ""
}

// CentreOf returns where an actor is drawn, and whether it is.
func (m *MapView) CentreOf(actorID string) (fyne.Position, bool) {
	b, ok := m.boxes[actorID]
	return b.centre(), ok
}
