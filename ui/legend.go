package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"github.com/verkostokartta/verkostokartta/graph"
	"github.com/verkostokartta/verkostokartta/ui/mapview"
)

// legend explains the map: the colours of the sectors and the lines of
// the tie kinds that occur in the workspace, and the marks for direction,
// plans and meeting places.
type legend struct {
	w       *MainWindow
	content *fyne.Container
	scroll  *container.Scroll
}

func newLegend(w *MainWindow) *legend {
	l := &legend{w: w, content: container.NewVBox()}
	l.scroll = container.NewVScroll(l.content)
	l.update()
	return l
}

// update rebuilds the legend for the workspace's current actors and ties.
func (l *legend) update() {
	ws, code := l.w.ws, l.w.lang
	sectors, kinds := map[string]bool{}, map[string]bool{}
	for _, a := range ws.Actors {
		sectors[a.Sector] = true
	}
	for _, t := range ws.Ties {
		kinds[t.Kind] = true
	}
	rows := func(title string, items ...fyne.CanvasObject) {
		l.content.Add(widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		l.content.Add(container.New(layout.NewFormLayout(), items...))
	}
	label := func(text string) *widget.Label {
		lb := widget.NewLabel(text)
		lb.Wrapping = fyne.TextWrapWord
		return lb
	}
	l.content.RemoveAll()

	var items []fyne.CanvasObject
	for _, s := range ws.Vocab.Sectors {
		if sectors[s.Code] {
			items = append(items, mapview.SectorSample(ws.Vocab.SectorColour(s.Code), false), label(s.Label(code)))
		}
	}
	rows(lang.L("Sectors"), items...)

	items = nil
	for _, k := range ws.Vocab.TieKinds {
		if kinds[k.Code] {
			items = append(items, mapview.TieSample(k.Code, graph.TieExisting, k.Direction == "directed"), label(k.Label(code)))
		}
	}
	rows(lang.L("Ties"), items...)

	rows(lang.L("Marks"),
		mapview.TieSample("", graph.TieExisting, true), label(lang.L("Directed tie (arrow)")),
		mapview.TieSample("", graph.TiePlanned, false), label(lang.L("Planned or wished tie")),
		mapview.SectorSample("#ffffff", true), label(lang.L("Meeting place")),
	)
	l.content.Refresh()
}
