// Package mapview is the network map widget: actors as rounded boxes in
// their sector's colour (as in the exported images), ties as lines in
// their kind's style, with selecting, moving, panning, zooming and
// connecting. It knows nothing of files, dialogs or analysis; the window
// tells it what to show and listens to its callbacks.
package mapview

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
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
	// selection holds the actors selected besides (and including) the
	// primary one, selected; selectedTie is a selected tie.
	selection   map[string]bool
	selectedTie string
	style       Style
	textSize    float32

	scale      float32
	offX, offY float32
	// autoFit keeps the whole network in view as the widget is resized,
	// until the user pans, zooms or moves an actor.
	autoFit  bool
	fittedTo fyne.Size
	size     fyne.Size // from the last layout

	// Drag state: the actors being moved (none while panning), the
	// actor a connecting drag starts from, the corner of a rubber band.
	dragging   bool
	dragActors []string
	dragFrom   string
	band       bool
	dragStart  fyne.Position
	dragAt     fyne.Position
	// The mouse button and modifiers of the last press.
	button   desktop.MouseButton
	modifier fyne.KeyModifier

	// Hover state: the actor or tie under the pointer and where it is.
	hoverText string
	hoverAt   fyne.Position
	tieLines  []tieLine

	// connectFrom is the first actor picked in connect mode.
	connecting  bool
	connectFrom string

	boxes  map[string]box       // screen rectangles of the actors, from the last layout
	labels map[string]labelText // measured labels by text, so a drag frame measures nothing

	// OnSelect is called when the user selects an actor ("" for none).
	OnSelect func(actorID string)
	// OnSelectionChanged is called when the user changes a selection of
	// several actors (Shift or Ctrl + click, a rubber band, Select all).
	OnSelectionChanged func(actorIDs []string)
	// OnSelectTie is called when the user picks a tie.
	OnSelectTie func(tieID string)
	// OnMoved is called when the user has finished moving actors, whose X
	// and Y have changed.
	OnMoved func(actorIDs []string)
	// OnConnect is called when the user has picked two actors in connect
	// mode or dragged from one to another with the right button (or Alt);
	// the widget adds nothing itself.
	OnConnect func(fromID, toID string)
	// HoverText and TieHoverText give the tooltip of an actor or a tie
	// under the pointer; nil or "" shows none.
	HoverText    func(actorID string) string
	TieHoverText func(tieID string) string
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
	m.net, m.selected, m.connectFrom, m.selectedTie = n, "", "", ""
	m.selection, m.style, m.hoverText = nil, Style{}, ""
	m.labels = map[string]labelText{}
	m.Fit()
}

// Network returns the network shown.
func (m *MapView) Network() *graph.Network { return m.net }

// Select highlights an actor ("" for none) without calling OnSelect, and
// brings it into view if it is outside.
func (m *MapView) Select(actorID string) {
	if !m.selection[actorID] || actorID == "" {
		m.selection = nil
	}
	m.selected, m.selectedTie = actorID, ""
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
