package ui

import (
	"fmt"
	"image/color"
	"sort"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// Columns of the actor table.
const (
	colName = iota
	colSector
	colDegree
	colBetweenness
	columns
)

// actorRow is one line of the actor table.
type actorRow struct {
	ID, Name, Sector string
	Colour           string // the sector's "#rrggbb"
	Degree           int
	Betweenness      float64
}

// actorTable lists the actors with their sector, degree and betweenness,
// the strongest brokers first; tapping a header sorts by that column.
type actorTable struct {
	w     *MainWindow
	rows  []actorRow
	table *widget.Table

	sortCol int
	sortAsc bool
	// selected is the selected row, or -1.
	selected int
	// syncing is set while the table follows a selection made on the map,
	// so that selecting the row does not select on the map again.
	syncing bool
}

func newActorTable(w *MainWindow) *actorTable {
	t := &actorTable{w: w, sortCol: colBetweenness, selected: -1}
	t.table = widget.NewTableWithHeaders(
		func() (int, int) { return len(t.rows), columns },
		newCell,
		func(id widget.TableCellID, o fyne.CanvasObject) { t.updateCell(id, o) },
	)
	t.table.ShowHeaderColumn = false
	t.table.CreateHeader = func() fyne.CanvasObject {
		b := widget.NewButton("", nil)
		b.Importance = widget.LowImportance
		return b
	}
	t.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		b := o.(*widget.Button)
		b.SetText(t.header(id.Col))
		col := id.Col
		b.OnTapped = func() { t.sortBy(col) }
	}
	t.table.OnUnselected = func(widget.TableCellID) { t.selected = -1 }
	t.table.OnSelected = func(id widget.TableCellID) {
		t.selected = id.Row
		if t.syncing || id.Row < 0 || id.Row >= len(t.rows) {
			return
		}
		actor := t.rows[id.Row].ID
		t.w.Map.Select(actor)
		t.w.selectActor(actor)
	}
	t.setColumnWidths()
	return t
}

// headers are the column titles; the sorted column shows its direction.
func (t *actorTable) header(col int) string {
	titles := [columns]string{lang.L("Actor"), lang.L("Sector"), lang.L("Partners"), lang.L("Betweenness")}
	if col < 0 || col >= columns {
		return ""
	}
	if col == t.sortCol {
		if t.sortAsc {
			return titles[col] + " ▲"
		}
		return titles[col] + " ▼"
	}
	return titles[col]
}

// setColumnWidths makes every header button fit, with its sort arrow;
// names and sectors get room for about 20 and 14 characters.
func (t *actorTable) setColumnWidths() {
	minimum := [columns]float32{180, 130, 0, 0}
	for col := 0; col < columns; col++ {
		title := t.header(col)
		if col != t.sortCol {
			title += " ▼"
		}
		b := widget.NewButton(title, nil)
		t.table.SetColumnWidth(col, max(minimum[col], b.MinSize().Width))
	}
}

// newCell is a label with a colour swatch, shown in the sector column.
func newCell() fyne.CanvasObject {
	swatch := canvas.NewRectangle(color.Transparent)
	swatch.SetMinSize(fyne.NewSize(14, 14))
	swatch.CornerRadius = 3
	l := widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	return container.NewBorder(nil, nil, container.NewCenter(swatch), nil, l)
}

func (t *actorTable) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	c := o.(*fyne.Container)
	l := c.Objects[0].(*widget.Label)
	centre := c.Objects[1].(*fyne.Container)
	l.Alignment = fyne.TextAlignLeading
	if id.Col == colDegree || id.Col == colBetweenness {
		l.Alignment = fyne.TextAlignTrailing
	}
	l.SetText(t.cell(id.Row, id.Col))
	if id.Col == colSector && id.Row < len(t.rows) {
		swatch := centre.Objects[0].(*canvas.Rectangle)
		swatch.FillColor = hexColour(t.rows[id.Row].Colour)
		swatch.Refresh()
		centre.Show()
	} else {
		centre.Hide()
	}
}

func (t *actorTable) cell(row, col int) string {
	if row < 0 || row >= len(t.rows) {
		return ""
	}
	r := t.rows[row]
	switch col {
	case colName:
		return r.Name
	case colSector:
		return r.Sector
	case colDegree:
		return strconv.Itoa(r.Degree)
	case colBetweenness:
		return fmt.Sprintf("%.3f", r.Betweenness)
	}
	return ""
}

// setRows shows new rows in the current order, keeping the selection.
func (t *actorTable) setRows(rows []actorRow) {
	t.rows = rows
	t.sort()
	t.table.Refresh()
	t.selectActor(t.w.Map.Selected())
}

// Rows returns the rows shown, in the order shown.
func (t *actorTable) Rows() []actorRow { return t.rows }

// sortBy sorts by a column; tapping the sorted column again reverses it.
// Numbers start from the largest, text from A.
func (t *actorTable) sortBy(col int) {
	if col == t.sortCol {
		t.sortAsc = !t.sortAsc
	} else {
		t.sortCol, t.sortAsc = col, col == colName || col == colSector
	}
	t.sort()
	t.table.Refresh()
	t.selectActor(t.w.Map.Selected())
}

func (t *actorTable) sort() {
	compare := func(a, b actorRow) int {
		switch t.sortCol {
		case colName:
			return strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name))
		case colSector:
			return strings.Compare(a.Sector, b.Sector)
		case colDegree:
			return a.Degree - b.Degree
		}
		switch {
		case a.Betweenness < b.Betweenness:
			return -1
		case a.Betweenness > b.Betweenness:
			return 1
		}
		return a.Degree - b.Degree
	}
	sort.SliceStable(t.rows, func(i, j int) bool {
		c := compare(t.rows[i], t.rows[j])
		if c == 0 {
			return strings.ToLower(t.rows[i].Name) < strings.ToLower(t.rows[j].Name)
		}
		return (c < 0) == t.sortAsc
	})
}

// selectActor highlights the actor's row ("" clears it) without selecting
// on the map again.
func (t *actorTable) selectActor(id string) {
	t.syncing = true
	defer func() { t.syncing = false }()
	if row := t.rowOf(id); row >= 0 {
		t.table.Select(widget.TableCellID{Row: row, Col: colName})
		return
	}
	t.table.UnselectAll()
	t.selected = -1
}

// rowOf returns the row of an actor, or -1.
func (t *actorTable) rowOf(id string) int {
	for i, r := range t.rows {
		if r.ID == id && id != "" {
			return i
		}
	}
	return -1
}

// hexColour parses "#rrggbb"; anything else is grey.
func hexColour(hex string) color.Color {
	if v, err := strconv.ParseUint(strings.TrimPrefix(hex, "#"), 16, 32); err == nil && len(hex) == 7 {
		return color.NRGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 0xff}
	}
	return color.NRGBA{R: 0x9e, G: 0x9e, B: 0x9e, A: 0xff}
}
