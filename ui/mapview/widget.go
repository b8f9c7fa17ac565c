// Package mapview is the network map widget: actors as rounded boxes in
// their sector's colour (as in the exported images), ties as lines in
// their kind's style, with selecting, moving, panning, zooming and
// connecting. It knows nothing of files, dialogs or analysis; the window
// tells it what to show and listens to its callbacks.
package mapview

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/verkostokartta/verkostokartta/graph"
)

// DefaultTextSize is the label size in points. Labels keep their size at
// every zoom, because the map is read from the back of a room.
const DefaultTextSize = 16

// MapView shows a network and lets the user move, select and connect
// actors. Actor positions (Actor.X, Actor.Y) are world coordinates; the
// view maps them to the screen with a scale and an offset.
//
// All methods must be called on the UI thread (inside fyne.Do from other
// goroutines).
type MapView struct {
	widget.BaseWidget

	net      *graph.Network
	selected string
	textSize float32

	scale      float32
	offX, offY float32
	// autoFit keeps the whole network in view as the widget is resized,
	// until the user pans, zooms or moves an actor.
	autoFit  bool
	fittedTo fyne.Size
	size     fyne.Size // from the last layout

	// Drag state: the actor being moved, or "" while panning.
	dragging  bool
	dragActor string

	// connectFrom is the first actor picked in connect mode.
	connecting  bool
	connectFrom string

	boxes  map[string]box       // screen rectangles of the actors, from the last layout
	labels map[string]labelText // measured labels by text, so a drag frame measures nothing

	// OnSelect is called when the user selects an actor ("" for none).
	OnSelect func(actorID string)
	// OnMoved is called when the user has finished moving an actor, whose
	// X and Y have changed.
	OnMoved func(actorID string)
	// OnConnect is called in connect mode when the user has picked two
	// actors; the widget adds nothing itself.
	OnConnect func(fromID, toID string)
}

// New returns a map of the network; n may be nil.
func New(n *graph.Network) *MapView {
	m := &MapView{net: n, scale: 1, autoFit: true, textSize: DefaultTextSize,
		boxes: map[string]box{}, labels: map[string]labelText{}}
	m.ExtendBaseWidget(m)
	return m
}

// SetNetwork shows another network and fits it to the view.
func (m *MapView) SetNetwork(n *graph.Network) {
	m.net, m.selected, m.connectFrom = n, "", ""
	m.labels = map[string]labelText{}
	m.Fit()
}

// Network returns the network shown.
func (m *MapView) Network() *graph.Network { return m.net }

// Select highlights an actor ("" for none) without calling OnSelect, and
// brings it into view if it is outside.
func (m *MapView) Select(actorID string) {
	m.selected = actorID
	if b, ok := m.boxes[actorID]; ok && m.size.Width > 0 {
		c := b.centre()
		if c.X < 0 || c.Y < 0 || c.X > m.size.Width || c.Y > m.size.Height {
			m.autoFit = false
			m.offX += m.size.Width/2 - c.X
			m.offY += m.size.Height/2 - c.Y
		}
	}
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

// SetTextSize sets the label size in points (workshop mode uses larger
// labels than the desk).
func (m *MapView) SetTextSize(size float32) {
	if size < 8 {
		size = 8
	}
	m.textSize = size
	m.labels = map[string]labelText{}
	m.fittedTo = fyne.Size{} // margins depend on label size
	m.Refresh()
}

// TextSize returns the label size in points.
func (m *MapView) TextSize() float32 { return m.textSize }

// CreateRenderer implements fyne.Widget.
func (m *MapView) CreateRenderer() fyne.WidgetRenderer {
	return newRenderer(m)
}
