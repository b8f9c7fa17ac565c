package mapview

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

var (
	_ fyne.Tappable      = (*MapView)(nil)
	_ fyne.Draggable     = (*MapView)(nil)
	_ fyne.Scrollable    = (*MapView)(nil)
	_ desktop.Cursorable = (*MapView)(nil)
)

// Tapped selects the actor under the pointer, or clears the selection; in
// connect mode it picks the two ends of a new tie.
func (m *MapView) Tapped(ev *fyne.PointEvent) {
	id := m.ActorAt(ev.Position)
	if m.connecting {
		m.pick(id)
		return
	}
	m.selected = id
	m.Refresh()
	if m.OnSelect != nil {
		m.OnSelect(id)
	}
}

// pick is a tap in connect mode: the first actor is remembered and
// highlighted, the second calls OnConnect; tapping empty space starts over.
func (m *MapView) pick(id string) {
	switch {
	case id == "":
		m.connectFrom = ""
	case m.connectFrom == "":
		m.connectFrom = id
	case id != m.connectFrom:
		from := m.connectFrom
		m.connectFrom = ""
		if m.OnConnect != nil {
			m.OnConnect(from, id)
		}
	}
	m.selected = m.connectFrom
	m.Refresh()
}

// Dragged moves the actor the drag started on, or pans the map. GLFW
// reports the current position and Fyne's test driver the start, so the
// start is looked for at Position−Dragged first and at Position second.
func (m *MapView) Dragged(ev *fyne.DragEvent) {
	if !m.dragging {
		m.dragging, m.autoFit = true, false
		m.dragActor = m.ActorAt(ev.Position.Subtract(ev.Dragged))
		if m.dragActor == "" {
			m.dragActor = m.ActorAt(ev.Position)
		}
	}
	if a := m.net.Actor(m.dragActor); m.dragActor != "" && a != nil {
		a.X += float64(ev.Dragged.DX / m.scale)
		a.Y += float64(ev.Dragged.DY / m.scale)
	} else {
		m.offX += ev.Dragged.DX
		m.offY += ev.Dragged.DY
	}
	m.Refresh()
}

// DragEnd finishes a move or a pan.
func (m *MapView) DragEnd() {
	moved := m.dragActor
	m.dragging, m.dragActor = false, ""
	if moved != "" && m.OnMoved != nil {
		m.OnMoved(moved)
	}
}

// Scrolled zooms around the pointer: a wheel notch (25 units from GLFW on
// Linux and Windows) zooms by about 16 %.
func (m *MapView) Scrolled(ev *fyne.ScrollEvent) {
	factor := float32(math.Pow(1.006, float64(ev.Scrolled.DY)))
	m.ZoomAt(ev.Position, factor)
}

// Cursor shows a crosshair in connect mode.
func (m *MapView) Cursor() desktop.Cursor {
	if m.connecting {
		return desktop.CrosshairCursor
	}
	return desktop.DefaultCursor
}
