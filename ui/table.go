package ui

import (
	"fmt"
	"sort"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/verkostokartta/verkostokartta/graph"
)

// actorRow is one line of the actor table.
type actorRow struct {
	ID, Name, Sector string
	Degree           int
	Betweenness      float64
}

// actorTable lists the actors with their degree and betweenness, the most
// brokering first.
type actorTable struct {
	w     *MainWindow
	rows  []actorRow
	table *widget.Table
	title *widget.Label
	// generation drops results of analyses overtaken by a later edit.
	generation atomic.Uint64
	// OnUpdated is called on the UI thread after new rows are shown (tests
	// wait on it).
	OnUpdated func()
}

func newActorTable(w *MainWindow) *actorTable {
	t := &actorTable{w: w, title: widget.NewLabelWithStyle(lang.L("Actors by brokerage"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})}
	t.table = widget.NewTableWithHeaders(
		func() (int, int) { return len(t.rows), 4 },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) { o.(*widget.Label).SetText(t.cell(id.Row, id.Col)) },
	)
	t.table.ShowHeaderColumn = false
	t.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		headers := []string{lang.L("Actor"), lang.L("Ties"), lang.L("Betweenness"), lang.L("Sector")}
		if id.Col >= 0 && id.Col < len(headers) {
			o.(*widget.Label).SetText(headers[id.Col])
		}
	}
	for col, width := range []float32{210, 90, 110, 200} {
		t.table.SetColumnWidth(col, width)
	}
	t.table.OnSelected = func(id widget.TableCellID) {
		if id.Row >= 0 && id.Row < len(t.rows) {
			actor := t.rows[id.Row].ID
			t.w.Map.Select(actor)
			t.w.selectActor(actor)
		}
	}
	return t
}

func (t *actorTable) panel() fyne.CanvasObject {
	return container.NewBorder(t.title, nil, nil, nil, t.table)
}

func (t *actorTable) cell(row, col int) string {
	if row < 0 || row >= len(t.rows) {
		return ""
	}
	r := t.rows[row]
	switch col {
	case 0:
		return r.Name
	case 1:
		return fmt.Sprint(r.Degree)
	case 2:
		return fmt.Sprintf("%.3f", r.Betweenness)
	case 3:
		return r.Sector
	}
	return ""
}

// Rows returns the rows shown.
func (t *actorTable) Rows() []actorRow { return t.rows }

func (t *actorTable) selectActor(id string) {
	for i, r := range t.rows {
		if r.ID == id {
			t.table.ScrollTo(widget.TableCellID{Row: i, Col: 0})
			return
		}
	}
}

// background runs analysis work off the UI thread. Fyne's test driver runs
// fyne.Do inline on the calling goroutine, so tests replace this with a
// synchronous call to keep widget access on one goroutine.
var background = func(f func()) { go f() }

// refreshAnalysis recomputes the table's measures off the UI thread, on a
// copy of the actor and tie lists so that edits can go on meanwhile.
func (w *MainWindow) refreshAnalysis() {
	t := w.table
	gen := t.generation.Add(1)
	snapshot := &graph.Network{
		Actors: append([]*graph.Actor(nil), w.ws.Actors...),
		Ties:   append([]*graph.Tie(nil), w.ws.Ties...),
		Vocab:  w.ws.Vocab,
	}
	lang := w.lang
	background(func() {
		v := graph.NewView(snapshot, graph.ViewOptions{})
		deg, bc := graph.Degree(v), graph.Betweenness(v)
		rows := make([]actorRow, len(snapshot.Actors))
		for i, a := range snapshot.Actors {
			sector, _ := graph.Find(snapshot.Vocab.Sectors, a.Sector)
			rows[i] = actorRow{ID: a.ID, Name: a.Label(), Sector: sector.Label(lang), Degree: deg[i], Betweenness: bc[i]}
		}
		sort.SliceStable(rows, func(i, j int) bool {
			if rows[i].Betweenness != rows[j].Betweenness {
				return rows[i].Betweenness > rows[j].Betweenness
			}
			return rows[i].Degree > rows[j].Degree
		})
		fyne.Do(func() {
			if t.generation.Load() != gen {
				return
			}
			t.rows = rows
			t.table.Refresh()
			if t.OnUpdated != nil {
				t.OnUpdated()
			}
		})
	})
}
