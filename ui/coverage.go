package ui

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/verkostokartta/verkostokartta/export"
	"github.com/verkostokartta/verkostokartta/graph"
)

// coveragePanel is the matrix family-centre task × municipality: how many
// providers offer each task in each municipality, for one life stage or
// all, coloured as in the memo (red a gap, amber one provider). Tapping a
// cell lists its providers and shows them on the map.
type coveragePanel struct {
	w         *MainWindow
	stage     *widget.Select
	stages    choice
	table     *widget.Table
	matrix    *graph.Coverage
	providers *fyne.Container
	object    fyne.CanvasObject
	explained []string // the plain-language lines of the cell shown
}

func newCoveragePanel(w *MainWindow) *coveragePanel {
	p := &coveragePanel{w: w, providers: container.NewVBox()}
	p.stages = terms(w.ws.Vocab.LifeStages, w.lang)
	p.stage = widget.NewSelect(append([]string{lang.L("all life stages")}, p.stages.labels...), func(string) { p.update() })
	p.table = widget.NewTableWithHeaders(
		func() (int, int) {
			if p.matrix == nil {
				return 0, 0
			}
			return len(p.matrix.Tasks), len(p.matrix.Municipalities)
		},
		func() fyne.CanvasObject {
			bg := canvas.NewRectangle(nil)
			t := canvas.NewText("", nil)
			t.Alignment = fyne.TextAlignCenter
			return container.NewStack(bg, t)
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			c := o.(*fyne.Container)
			bg, t := c.Objects[0].(*canvas.Rectangle), c.Objects[1].(*canvas.Text)
			k := p.count(id.Row, id.Col)
			if k < 0 {
				t.Text = ""
				bg.FillColor = nil
			} else {
				t.Text = strconv.Itoa(k)
				bg.FillColor = hexColour(export.CoverageColour(k))
				t.Color = hexColour(export.TextColour(export.CoverageColour(k)))
			}
			bg.Refresh()
			t.Refresh()
		})
	p.table.CreateHeader = func() fyne.CanvasObject {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}
	p.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		o.(*widget.Label).SetText(p.header(id))
	}
	p.table.OnSelected = func(id widget.TableCellID) { p.showCell(id.Row, id.Col) }
	p.table.SetColumnWidth(-1, 200)
	hint := widget.NewLabel(lang.L("Providers per task and municipality: red no provider, amber one. Tap a cell to see who."))
	hint.Wrapping = fyne.TextWrapWord
	top := container.NewVBox(container.NewBorder(nil, nil, widget.NewLabel(lang.L("Life stage")), nil, p.stage), hint)
	split := container.NewVSplit(container.NewBorder(top, nil, nil, nil, p.table), container.NewVScroll(p.providers))
	split.Offset = 0.7
	p.object = split
	p.stage.SetSelectedIndex(0)
	return p
}

// update recomputes the matrix for the life stage chosen, on the network
// of the latest analysis (the filtered view).
func (p *coveragePanel) update() {
	n := p.w.analysed
	if n == nil {
		n = &p.w.ws.Network
	}
	p.matrix = graph.CoverageMatrix(n, p.w.view.At, p.stageCode())
	for j := range p.matrix.Municipalities {
		p.table.SetColumnWidth(j, 110)
	}
	p.table.UnselectAll()
	p.table.Refresh()
	p.providers.RemoveAll()
}

// stageCode is the life stage chosen, "" for all.
func (p *coveragePanel) stageCode() string {
	if i := p.stage.SelectedIndex(); i > 0 {
		return p.stages.codes[i-1]
	}
	return ""
}

func (p *coveragePanel) count(row, col int) int {
	if p.matrix == nil || row < 0 || col < 0 || row >= len(p.matrix.Cells) || col >= len(p.matrix.Cells[row]) {
		return -1
	}
	return len(p.matrix.Cells[row][col].Providers)
}

func (p *coveragePanel) header(id widget.TableCellID) string {
	v := p.w.ws.Vocab
	switch {
	case p.matrix == nil:
		return ""
	case id.Col < 0 && id.Row >= 0 && id.Row < len(p.matrix.Tasks):
		return termLabel(v.Tasks, p.matrix.Tasks[id.Row], p.w.lang)
	case id.Row < 0 && id.Col >= 0 && id.Col < len(p.matrix.Municipalities):
		return termLabel(v.Municipalities, p.matrix.Municipalities[id.Col], p.w.lang)
	}
	return ""
}

// showCell lists a cell's providers and offers and selects them on the map.
func (p *coveragePanel) showCell(row, col int) {
	if p.count(row, col) < 0 {
		return
	}
	cell := p.matrix.Cells[row][col]
	v := p.w.ws.Vocab
	title := termLabel(v.Tasks, p.matrix.Tasks[row], p.w.lang) + " · " + termLabel(v.Municipalities, p.matrix.Municipalities[col], p.w.lang)
	p.providers.RemoveAll()
	p.providers.Add(widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	n := p.w.analysed
	if n == nil {
		n = &p.w.ws.Network
	}
	p.explained = nil
	for _, f := range export.ExplainCell(n, p.w.analysis, p.matrix, row, col, p.stageCode(), p.w.lang) {
		l := widget.NewLabel(f.Text)
		l.Wrapping = fyne.TextWrapWord
		p.providers.Add(l)
		p.explained = append(p.explained, f.Text)
	}
	for _, id := range cell.Providers {
		name := id
		if a := p.w.ws.Actor(id); a != nil {
			name = a.Name
		}
		actor := id
		p.providers.Add(widget.NewHyperlink(name, nil))
		p.providers.Objects[len(p.providers.Objects)-1].(*widget.Hyperlink).OnTapped = func() { p.w.focusActors([]string{actor}) }
	}
	if len(cell.Offers) > 0 {
		l := widget.NewLabel(lang.L("Offers: {{.O}}", map[string]any{"O": strings.Join(cell.Offers, ", ")}))
		l.Wrapping = fyne.TextWrapWord
		p.providers.Add(l)
	}
	p.providers.Refresh()
	p.w.focusActors(cell.Providers)
}

// Cell returns the providers of a cell, for tests.
func (p *coveragePanel) Cell(task, municipality string) []string {
	for i, t := range p.matrix.Tasks {
		for j, m := range p.matrix.Municipalities {
			if t == task && m == municipality {
				return p.matrix.Cells[i][j].Providers
			}
		}
	}
	return nil
}

func termLabel(list []graph.Term, code, lang string) string {
	if t, ok := graph.Find(list, code); ok {
		return t.Label(lang)
	}
	return code
}
