// Package mapview is the network map widget: actors as boxes in their
// sector's colour, ties as lines in their kind's style, dragging, panning,
// zooming and selecting. It knows nothing of files, dialogs or analysis;
// the window tells it what to show and listens to its callbacks.
package mapview

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/verkostokartta/verkostokartta/graph"
)

// MapView shows a network and lets the user move, select and connect
// actors. Actor positions (Actor.X, Actor.Y) are world coordinates; the
// view maps them to the screen with a scale and an offset.
type MapView struct {
	widget.BaseWidget

	net      *graph.Network
	selected string

	scale      float32
	offX, offY float32
	// autoFit keeps the whole network in view as the widget is resized,
	// until the user pans, zooms or moves an actor.
	autoFit  bool
	fittedTo fyne.Size

	// Drag state: the actor being moved, or "" while panning.
	dragging  bool
	dragActor string

	// connectFrom is the first actor picked in connect mode.
	connecting  bool
	connectFrom string

	boxes map[string]box // screen rectangles of the actors, from the last layout

	// OnSelect is called when the user selects an actor ("" for none).
	OnSelect func(actorID string)
	// OnMoved is called when the user has finished moving an actor.
	OnMoved func(actorID string)
	// OnConnect is called in connect mode when the user has picked two
	// actors.
	OnConnect func(fromID, toID string)
}

// box is an actor's rectangle on screen.
type box struct{ x, y, w, h float32 }

func (b box) contains(p fyne.Position) bool {
	return p.X >= b.x && p.X <= b.x+b.w && p.Y >= b.y && p.Y <= b.y+b.h
}

func (b box) centre() fyne.Position { return fyne.NewPos(b.x+b.w/2, b.y+b.h/2) }

// New returns a map of the network.
func New(n *graph.Network) *MapView {
	m := &MapView{net: n, scale: 1, autoFit: true, boxes: map[string]box{}}
	m.ExtendBaseWidget(m)
	return m
}

// SetNetwork shows another network and fits it to the view.
func (m *MapView) SetNetwork(n *graph.Network) {
	m.net, m.selected, m.connectFrom = n, "", ""
	m.Fit()
	m.Refresh()
}

// Network returns the network shown.
func (m *MapView) Network() *graph.Network { return m.net }

// Select highlights an actor ("" for none) without calling OnSelect.
func (m *MapView) Select(actorID string) {
	m.selected = actorID
	m.Refresh()
}

// Selected returns the selected actor's ID, or "".
func (m *MapView) Selected() string { return m.selected }

// SetConnectMode turns connect mode on or off: in it, tapping two actors
// calls OnConnect instead of selecting.
func (m *MapView) SetConnectMode(on bool) {
	m.connecting, m.connectFrom = on, ""
	m.Refresh()
}

// Connecting reports whether connect mode is on.
func (m *MapView) Connecting() bool { return m.connecting }

// Zoom returns the current scale: screen pixels per world unit.
func (m *MapView) Zoom() float32 { return m.scale }

// Fit scales and centres the map so that every actor is visible.
func (m *MapView) Fit() {
	m.autoFit, m.fittedTo = true, fyne.Size{}
	m.Refresh()
}

// fit computes scale and offset for size; labels keep their size, so the
// margin leaves room for half a label box around the outermost actors.
func (m *MapView) fit(size fyne.Size) {
	m.fittedTo = size
	if m.net == nil || len(m.net.Actors) == 0 || size.Width < 10 || size.Height < 10 {
		m.scale, m.offX, m.offY = 1, size.Width/2, size.Height/2
		return
	}
	minX, minY := math.Inf(1), math.Inf(1)
	maxX, maxY := math.Inf(-1), math.Inf(-1)
	for _, a := range m.net.Actors {
		minX, maxX = math.Min(minX, a.X), math.Max(maxX, a.X)
		minY, maxY = math.Min(minY, a.Y), math.Max(maxY, a.Y)
	}
	const marginX, marginY = 110, 50
	w, h := float32(maxX-minX), float32(maxY-minY)
	sx, sy := float32(1.5), float32(1.5)
	if w > 0 {
		sx = (size.Width - 2*marginX) / w
	}
	if h > 0 {
		sy = (size.Height - 2*marginY) / h
	}
	m.scale = float32(math.Max(0.05, math.Min(1.5, float64(min(sx, sy)))))
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

// CreateRenderer implements fyne.Widget.
func (m *MapView) CreateRenderer() fyne.WidgetRenderer {
	return newRenderer(m)
}
