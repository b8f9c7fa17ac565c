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
	_ desktop.Mouseable  = (*MapView)(nil)
	_ desktop.Hoverable  = (*MapView)(nil)
)

// MouseDown remembers the button and the modifiers of a press: a tap or a
// drag that follows reads them (Fyne's tap and drag events carry neither).
func (m *MapView) MouseDown(ev *desktop.MouseEvent) {
	m.button, m.modifier = ev.Button, ev.Modifier
}

// MouseUp implements desktop.Mouseable.
func (m *MapView) MouseUp(*desktop.MouseEvent) {}

// adding reports whether the press adds to the selection (Shift or Ctrl).
func (m *MapView) adding() bool {
	return m.modifier&(fyne.KeyModifierShift|fyne.KeyModifierControl|fyne.KeyModifierSuper) != 0
}

// Tapped selects the actor under the pointer, or with Shift or Ctrl adds
// it to the selection or takes it out; off the actors it picks a tie, or
// clears the selection. In connect mode it picks the ends of a new tie.
func (m *MapView) Tapped(ev *fyne.PointEvent) {
	id := m.ActorAt(ev.Position)
	defer func() { m.modifier = 0 }()
	if m.connecting {
		m.pick(id)
		return
	}
	if id != "" && m.adding() {
		m.toggle(id)
		return
	}
	m.selection, m.selected, m.selectedTie = nil, id, ""
	if id == "" {
		m.selectedTie = m.TieAt(ev.Position)
	}
	m.Refresh()
	if m.selectedTie != "" {
		if m.OnSelectTie != nil {
			m.OnSelectTie(m.selectedTie)
		}
		return
	}
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
	m.selected, m.selection = m.connectFrom, nil
	m.Refresh()
}

// Dragged moves actors, pans the map, draws a rubber band (Shift on empty
// space) or a rubber line to connect (the right button or Alt, or any drag
// in connect mode, from an actor). GLFW reports the current position and
// Fyne's test driver the start, so the start is looked for at
// Position−Dragged first and at Position second.
func (m *MapView) Dragged(ev *fyne.DragEvent) {
	if !m.dragging {
		m.dragging, m.autoFit = true, false
		m.dragStart = ev.Position.Subtract(ev.Dragged)
		start := m.ActorAt(m.dragStart)
		if start == "" {
			if start = m.ActorAt(ev.Position); start != "" {
				m.dragStart = ev.Position
			}
		}
		m.dragAt = m.dragStart
		switch {
		case start != "" && (m.connecting || m.button == desktop.MouseButtonSecondary || m.modifier&fyne.KeyModifierAlt != 0):
			m.dragFrom = start
		case start == "" && m.adding():
			m.band = true
		case start != "":
			m.dragActors = m.moving(start)
		}
	}
	m.dragAt = m.dragAt.Add(ev.Dragged)
	switch {
	case m.dragFrom != "" || m.band:
	case len(m.dragActors) > 0:
		for _, id := range m.dragActors {
			if a := m.net.Actor(id); a != nil {
				a.X += float64(ev.Dragged.DX / m.scale)
				a.Y += float64(ev.Dragged.DY / m.scale)
			}
		}
	default:
		m.offX += ev.Dragged.DX
		m.offY += ev.Dragged.DY
	}
	m.Refresh()
}

// DragEnd finishes a move, a pan, a rubber band or a connecting drag.
func (m *MapView) DragEnd() {
	moved, from, band, start, end := m.dragActors, m.dragFrom, m.band, m.dragStart, m.dragAt
	m.dragging, m.dragActors, m.dragFrom, m.band, m.modifier, m.button = false, nil, "", false, 0, 0
	switch {
	case from != "":
		m.Refresh()
		if to := m.ActorAt(end); to != "" && to != from && m.OnConnect != nil {
			m.OnConnect(from, to)
		}
	case band:
		ids := m.inRect(start, end)
		m.selection = map[string]bool{}
		for _, id := range ids {
			m.selection[id] = true
		}
		m.selected = ""
		if len(ids) > 0 {
			m.selected = ids[0]
		}
		m.Refresh()
		m.selectionChanged()
	case len(moved) > 0 && m.OnMoved != nil:
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

// MouseIn implements desktop.Hoverable.
func (m *MapView) MouseIn(ev *desktop.MouseEvent) { m.MouseMoved(ev) }

// MouseMoved shows the tooltip of the actor or tie under the pointer.
func (m *MapView) MouseMoved(ev *desktop.MouseEvent) {
	text := ""
	if id := m.ActorAt(ev.Position); id != "" {
		if m.HoverText != nil {
			text = m.HoverText(id)
		}
	} else if id := m.TieAt(ev.Position); id != "" && m.TieHoverText != nil {
		text = m.TieHoverText(id)
	}
	if text == m.hoverText && (text == "" || m.hoverAt == ev.Position) {
		return
	}
	m.hoverText, m.hoverAt = text, ev.Position
	m.Refresh()
}

// MouseOut hides the tooltip.
func (m *MapView) MouseOut() {
	if m.hoverText != "" {
		m.hoverText = ""
		m.Refresh()
	}
}

// Tooltip returns the tooltip shown, or "".
func (m *MapView) Tooltip() string { return m.hoverText }
