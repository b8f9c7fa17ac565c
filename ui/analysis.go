package ui

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/verkostokartta/verkostokartta/export"
	"github.com/verkostokartta/verkostokartta/graph"
)

// background runs analysis work off the UI thread. Fyne's test driver runs
// fyne.Do inline on the calling goroutine, so the tests replace this with
// a synchronous call to keep widget access on one goroutine.
var background = func(f func()) { go f() }

// refreshAnalysis recomputes the analysis of the view off the UI thread, on
// a copy of the network so that edits can go on meanwhile, and shows it in
// the table, the analysis panel, the coverage matrix and the map's style
// with fyne.Do, unless a later edit has started another run.
func (w *MainWindow) refreshAnalysis() {
	gen := w.generation.Add(1)
	n := w.view.visibleNetwork(&w.ws.Network)
	opt := graph.AnalysisOptions{View: w.view.options(), Rules: w.ws.Rules}
	code := w.lang
	w.busy(true)
	background(func() {
		a := graph.Analyze(n, opt)
		groups := export.Findings(n, a, code)
		rows := tableRows(n, a, code)
		fyne.Do(func() {
			if w.generation.Load() != gen {
				return
			}
			w.busy(false)
			w.analysis, w.analysed = a, n
			w.table.setRows(rows)
			w.panel.update(a, n, groups)
			w.coverage.update()
			w.applyStyle()
		})
	})
}

// busy shows that an analysis is running.
func (w *MainWindow) busy(on bool) {
	if w.progress == nil {
		return
	}
	if on {
		w.progress.Show()
		w.progress.Start()
	} else {
		w.progress.Stop()
		w.progress.Hide()
	}
}

// tableRows are the actor table's rows from the analysis.
func tableRows(n *graph.Network, a *graph.Analysis, code string) []actorRow {
	rows := make([]actorRow, len(a.View.Actors))
	for i, x := range a.View.Actors {
		sector := x.Sector
		if term, ok := graph.Find(n.Vocab.Sectors, x.Sector); ok {
			sector = term.Label(code)
		}
		rows[i] = actorRow{ID: x.ID, Name: x.Label(), Sector: sector,
			Colour: n.Vocab.SectorColour(x.Sector), Degree: a.Degree[i], Betweenness: a.Betweenness[i]}
	}
	return rows
}

// analysisPanel shows the analysis: actors ranked by a chosen measure, the
// key figures, and the findings (fragile points, overlaps, gaps, rules).
// Tapping an actor or a finding shows it on the map.
type analysisPanel struct {
	w        *MainWindow
	measure  *widget.Select
	ranking  *widget.List
	ranked   []rankRow
	figures  *widget.Label
	findings *fyne.Container
	object   fyne.CanvasObject
	// Groups shown, for tests.
	groups []export.FindingGroup
}

type rankRow struct {
	id, text string
}

func newAnalysisPanel(w *MainWindow) *analysisPanel {
	p := &analysisPanel{w: w, findings: container.NewVBox()}
	var labels []string
	for _, m := range export.Measures {
		labels = append(labels, m.Label.In(w.lang))
	}
	p.measure = widget.NewSelect(labels, func(string) { p.rank() })
	p.ranking = widget.NewList(func() int { return len(p.ranked) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i < len(p.ranked) {
				o.(*widget.Label).SetText(p.ranked[i].text)
			}
		})
	p.ranking.OnSelected = func(i widget.ListItemID) {
		if i < len(p.ranked) {
			w.focusActors([]string{p.ranked[i].id})
		}
	}
	p.figures = widget.NewLabel("")
	p.figures.Wrapping = fyne.TextWrapWord
	top := container.NewBorder(nil, nil, widget.NewLabel(lang.L("Rank by")), nil, p.measure)
	split := container.NewVSplit(container.NewBorder(top, nil, nil, nil, p.ranking),
		container.NewVScroll(container.NewVBox(p.figures, p.findings)))
	split.Offset = 0.35
	p.object = split
	p.measure.SetSelectedIndex(4) // betweenness
	return p
}

// rank lists the actors by the chosen measure, largest first.
func (p *analysisPanel) rank() {
	a := p.w.analysis
	p.ranked = p.ranked[:0]
	i := p.measure.SelectedIndex()
	if a == nil || i < 0 {
		p.ranking.Refresh()
		return
	}
	m := export.Measures[i]
	order := make([]int, len(a.View.Actors))
	for k := range order {
		order[k] = k
	}
	value := func(k int) float64 {
		v := m.Value(a, k)
		if math.IsNaN(v) {
			return math.Inf(-1)
		}
		return v
	}
	sort.SliceStable(order, func(x, y int) bool { return value(order[x]) > value(order[y]) })
	for rank, k := range order {
		v := m.Value(a, k)
		text := "–"
		if !math.IsNaN(v) {
			text = strings.TrimRight(strings.TrimRight(export.FormatNumber(v, 3, p.w.lang), "0"), ".,")
		}
		p.ranked = append(p.ranked, rankRow{a.View.Actors[k].ID, fmt.Sprintf("%d. %s — %s", rank+1, a.View.Actors[k].Label(), text)})
	}
	p.ranking.UnselectAll()
	p.ranking.Refresh()
}

// update shows a new analysis.
func (p *analysisPanel) update(a *graph.Analysis, n *graph.Network, groups []export.FindingGroup) {
	p.groups = groups
	p.rank()
	communities := 0
	for _, c := range a.Community {
		communities = max(communities, c+1)
	}
	p.figures.SetText(lang.L("Density {{.D}} · components {{.C}} · communities {{.K}} (modularity {{.Q}}) · transitivity {{.T}}",
		map[string]any{"D": export.FormatNumber(a.Density, 3, p.w.lang), "C": len(a.Components), "K": communities,
			"Q": export.FormatNumber(a.Modularity, 3, p.w.lang), "T": export.FormatNumber(a.Transitivity, 3, p.w.lang)}))
	p.findings.RemoveAll()
	for _, g := range groups {
		p.findings.Add(widget.NewLabelWithStyle(fmt.Sprintf("%s (%d)", g.Title, countShown(g)), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		if len(g.Items) == 0 {
			l := widget.NewLabel(export.Word("none", p.w.lang))
			p.findings.Add(l)
		}
		for _, f := range g.Items {
			if g.Key == "rules" && (f.Status == "pass" || f.Status == "not_applicable" || f.Status == "disabled") {
				continue
			}
			p.findings.Add(p.findingLink(f))
		}
	}
	p.findings.Refresh()
}

// countShown is the number of findings listed: passing rules are not.
func countShown(g export.FindingGroup) int {
	k := 0
	for _, f := range g.Items {
		if g.Key != "rules" || f.Status == "fail" || f.Status == "warn" {
			k++
		}
	}
	return k
}

func (p *analysisPanel) findingLink(f export.Finding) fyne.CanvasObject {
	text := f.Text
	if f.Status == "fail" {
		text = "✗ " + text
	} else if f.Status == "warn" {
		text = "! " + text
	}
	if len(f.Actors) == 0 {
		l := widget.NewLabel(text)
		l.Wrapping = fyne.TextWrapWord
		return l
	}
	h := widget.NewHyperlink(text, nil)
	h.Wrapping = fyne.TextWrapWord
	ids := f.Actors
	h.OnTapped = func() { p.w.focusActors(ids) }
	return h
}

// focusActors selects actors on the map and brings the first into view.
func (w *MainWindow) focusActors(ids []string) {
	if len(ids) == 0 {
		return
	}
	w.ShowActor(ids[0])
	w.Map.SetSelection(ids)
}

// Arrange lays the map out again with a layout of the images (off the UI
// thread, with progress); one step of undo.
func (w *MainWindow) Arrange(layout string) {
	n := cloneNetwork(&w.ws.Network)
	ctx, cancel := context.WithCancel(context.Background())
	bar := widget.NewProgressBarInfinite()
	d := dialog.NewCustom(lang.L("Arranging the map…"), lang.L("Cancel"), bar, w.Window)
	d.SetOnClosed(cancel)
	d.Show()
	background(func() {
		arr, err := export.Arrange(ctx, n, layout, float64(w.Map.TextSize()))
		fyne.Do(func() {
			cancelled := ctx.Err() != nil
			d.Hide()
			cancel()
			if cancelled {
				return
			}
			if err != nil {
				w.showError(lang.L("The map was not arranged."), err)
				return
			}
			for _, a := range w.ws.Actors {
				if p, ok := arr.Positions[a.ID]; ok {
					a.X, a.Y = p.X, p.Y
				}
			}
			w.changed(false)
			w.Map.Fit()
		})
	})
}

// layoutChoice lists the layouts in the UI language.
func layoutChoice() choice {
	return codeChoice("layout", export.Layouts[1:]) // all but "pinned"
}
