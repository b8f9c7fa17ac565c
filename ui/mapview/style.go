package mapview

import (
	"fmt"
	"image/color"
	"math"

	"fyne.io/fyne/v2"

	"github.com/verkostokartta/verkostokartta/graph"
)

// Style says how actors and ties are drawn beyond their defaults: the
// window sets it from the view the user chose (colours by community, sizes
// by a measure, filters, an ego network, marked findings).
type Style struct {
	// Fill colours actors (actor ID → fill); missing actors keep their
	// sector's colour. Labels stay black or white, whichever contrasts.
	Fill map[string]color.Color
	// Scale sizes actors and their labels (0.6–2.5); missing means 1.
	Scale map[string]float32
	// Hidden actors are not drawn, nor their ties, and cannot be picked.
	Hidden map[string]bool
	// HideTie hides ties (filters by kind, status or date); nil shows all.
	HideTie func(t *graph.Tie) bool
	// Marked actors get a thick ring in the colour given ("#rrggbb").
	Marked map[string]string
	// Dimmed actors, and the ties touching them, are drawn faded.
	Dimmed map[string]bool
	// Highlight draws these ties thick.
	Highlight map[string]bool
}

// SetStyle changes how the map is drawn; the view stays where it is.
func (m *MapView) SetStyle(s Style) {
	m.style = s
	for id := range m.selection {
		if s.Hidden[id] {
			delete(m.selection, id)
		}
	}
	if s.Hidden[m.selected] {
		m.selected = ""
	}
	m.Refresh()
}

// Style returns the style set last.
func (m *MapView) Style() Style { return m.style }

// scaleOf is an actor's size factor, kept within 0.6–2.5.
func (m *MapView) scaleOf(id string) float32 {
	s, ok := m.style.Scale[id]
	if !ok || math.IsNaN(float64(s)) {
		return 1
	}
	return max(0.6, min(2.5, s))
}

// hexOf writes a colour as "#rrggbb".
func hexOf(c color.Color) string {
	r, g, b, _ := c.RGBA()
	return fmt.Sprintf("#%02x%02x%02x", r>>8, g>>8, b>>8)
}

// faded is c at a quarter of its opacity.
func faded(c color.NRGBA) color.NRGBA {
	c.A = uint8(int(c.A) / 4)
	return c
}

// Selection returns the selected actors in network order.
func (m *MapView) Selection() []string {
	if m.net == nil {
		return nil
	}
	var out []string
	for _, a := range m.net.Actors {
		if m.selection[a.ID] {
			out = append(out, a.ID)
		}
	}
	return out
}

// SetSelection selects these actors (the first is the one Selected
// returns) without calling the callbacks, and brings the first into view.
func (m *MapView) SetSelection(ids []string) {
	m.selection = map[string]bool{}
	for _, id := range ids {
		if m.net != nil && m.net.Actor(id) != nil && !m.style.Hidden[id] {
			m.selection[id] = true
		}
	}
	first := ""
	if len(ids) > 0 && m.selection[ids[0]] {
		first = ids[0]
	}
	m.Select(first)
}

// SelectAll selects every actor shown and tells OnSelectionChanged.
func (m *MapView) SelectAll() {
	if m.net == nil {
		return
	}
	m.selection = map[string]bool{}
	for _, a := range m.net.Actors {
		if !m.style.Hidden[a.ID] {
			m.selection[a.ID] = true
		}
	}
	m.Refresh()
	m.selectionChanged()
}

func (m *MapView) selectionChanged() {
	if m.OnSelectionChanged != nil {
		m.OnSelectionChanged(m.Selection())
	}
}

// isSelected reports whether an actor is selected.
func (m *MapView) isSelected(id string) bool {
	return id != "" && (id == m.selected || m.selection[id])
}

// SelectedTie returns the selected tie's ID, or "".
func (m *MapView) SelectedTie() string { return m.selectedTie }

// SelectTie selects a tie ("" for none) without calling OnSelectTie.
func (m *MapView) SelectTie(id string) {
	m.selectedTie = id
	m.Refresh()
}

// tieLine is where a tie was drawn, for picking it with the pointer.
type tieLine struct {
	id   string
	a, b fyne.Position
}

// TieAt returns the tie drawn within 6 pixels of p, the nearest first, or
// "".
func (m *MapView) TieAt(p fyne.Position) string {
	best, id := float32(6), ""
	for _, l := range m.tieLines {
		if d := distanceToSegment(p, l.a, l.b); d <= best {
			best, id = d, l.id
		}
	}
	return id
}

func distanceToSegment(p, a, b fyne.Position) float32 {
	dx, dy := b.X-a.X, b.Y-a.Y
	l2 := dx*dx + dy*dy
	t := float32(0)
	if l2 > 0 {
		t = max(0, min(1, ((p.X-a.X)*dx+(p.Y-a.Y)*dy)/l2))
	}
	x, y := a.X+t*dx-p.X, a.Y+t*dy-p.Y
	return float32(math.Hypot(float64(x), float64(y)))
}

// inRect lists the shown actors whose centres lie in the rectangle spanned
// by p and q.
func (m *MapView) inRect(p, q fyne.Position) []string {
	x0, x1 := min(p.X, q.X), max(p.X, q.X)
	y0, y1 := min(p.Y, q.Y), max(p.Y, q.Y)
	var out []string
	for _, a := range m.net.Actors {
		if b, ok := m.boxes[a.ID]; ok {
			c := b.centre()
			if c.X >= x0 && c.X <= x1 && c.Y >= y0 && c.Y <= y1 {
				out = append(out, a.ID)
			}
		}
	}
	return out
}

// toggle adds an actor to the selection or takes it out.
func (m *MapView) toggle(id string) {
	if m.selection == nil {
		m.selection = map[string]bool{}
	}
	if m.selected != "" {
		m.selection[m.selected] = true
	}
	if m.selection[id] {
		delete(m.selection, id)
		if m.selected == id {
			m.selected = ""
			if sel := m.Selection(); len(sel) > 0 {
				m.selected = sel[0]
			}
		}
	} else {
		m.selection[id] = true
		m.selected = id
	}
	m.Refresh()
	m.selectionChanged()
}

// moving is the set of actors a drag moves: the selection when the drag
// starts on a selected actor, else that actor alone.
func (m *MapView) moving(start string) []string {
	if m.selection[start] && len(m.selection) > 1 {
		return m.Selection()
	}
	return []string{start}
}
