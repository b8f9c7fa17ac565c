package ui

import (
	"image/color"
	"slices"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/verkostokartta/verkostokartta/export"
	"github.com/verkostokartta/verkostokartta/graph"
	"github.com/verkostokartta/verkostokartta/ui/mapview"
)

// Marks on the map: red for cut points as in the images, purple for the
// providers of overlapping services.
const (
	cutPointMark = "#d62728"
	overlapMark  = "#8e44ad"
)

// viewState is what the map shows: which ties and actors (filters), how
// they are coloured and sized, whose ego network, and which findings are
// marked. The analysis runs on the same view, so the numbers describe
// what is on the screen.
type viewState struct {
	Kinds    []string // tie kinds shown; empty = all
	Statuses []string // tie statuses shown; empty = existing only
	Sectors  []string // actor sectors shown; empty = all
	Members  []string // actor statuses shown; empty = all
	At       graph.Date

	ColourBy string // "sector", "community" or "core"
	SizeBy   string // a key of export.Measures, or ""

	Focus string // the actor whose ego network is shown, or ""
	Steps int    // how many steps out; 0 = no ego network

	MarkCuts, MarkOverlaps bool
}

// options is the analysis view of the filters.
func (v viewState) options() graph.ViewOptions {
	return graph.ViewOptions{Kinds: v.Kinds, Statuses: v.Statuses, At: v.At}
}

// shows reports whether an actor passes the actor filters.
func (v viewState) shows(a *graph.Actor) bool {
	if len(v.Sectors) > 0 && !slices.Contains(v.Sectors, a.Sector) {
		return false
	}
	status := a.Status
	if status == "" {
		status = graph.StatusMember
	}
	if len(v.Members) > 0 && !slices.Contains(v.Members, status) {
		return false
	}
	return graph.Within(v.At, a.Since, a.Until)
}

// filtered reports whether any filter is on.
func (v viewState) filtered() bool {
	return len(v.Kinds)+len(v.Statuses)+len(v.Sectors)+len(v.Members) > 0 || v.At != ""
}

// visibleNetwork is a copy of the network without the actors the filters
// hide (ties and seats with them), for the analysis.
func (v viewState) visibleNetwork(n *graph.Network) *graph.Network {
	c := cloneNetwork(n)
	for _, a := range n.Actors {
		if !v.shows(a) {
			c.RemoveActor(a.ID)
		}
	}
	return c
}

// cloneNetwork copies the records the analysis reads, so that edits can go
// on while it runs.
func cloneNetwork(n *graph.Network) *graph.Network { return n.Clone() }

// mapStyle turns the view and the latest analysis into what the map
// draws.
func (w *MainWindow) mapStyle() mapview.Style {
	v := w.view
	opt := v.options()
	s := mapview.Style{Hidden: map[string]bool{}}
	for _, a := range w.ws.Actors {
		if !v.shows(a) {
			s.Hidden[a.ID] = true
		}
	}
	// The map draws the ties the analysis counts: current ones unless the
	// filter asks for planned or wished ones too.
	s.HideTie = func(t *graph.Tie) bool { return !opt.Counts(t) }
	a := w.analysis
	if a == nil {
		return s
	}
	st := w.imageStyle()
	if v.ColourBy == "community" || v.ColourBy == "core" {
		s.Fill = map[string]color.Color{}
		for id, hex := range st.Fills(w.analysed) {
			s.Fill[id] = hexColour(hex)
		}
	}
	if v.SizeBy != "" {
		s.Scale = map[string]float32{}
		for id, f := range st.Scales(w.analysed) {
			s.Scale[id] = float32(f)
		}
	}
	s.Marked = map[string]string{}
	if v.MarkOverlaps {
		for _, o := range a.Overlaps {
			for _, p := range o.Providers {
				s.Marked[p] = overlapMark
			}
		}
	}
	if v.MarkCuts {
		for _, i := range a.CutPoints {
			s.Marked[a.View.Actors[i].ID] = cutPointMark
		}
	}
	if v.Focus != "" && v.Steps > 0 {
		near := map[string]bool{}
		for _, id := range graph.Ego(a.View, v.Focus, v.Steps) {
			near[id] = true
		}
		if len(near) > 0 {
			s.Dimmed = map[string]bool{}
			for _, x := range w.ws.Actors {
				if !near[x.ID] {
					s.Dimmed[x.ID] = true
				}
			}
		}
	}
	return s
}

// imageStyle is the export style of the current view, for colours, sizes
// and the legend.
func (w *MainWindow) imageStyle() export.Style {
	st := export.Style{Lang: w.lang, Legend: true}
	if w.analysis != nil {
		st.ByAnalysis(w.analysis, w.view.SizeBy, w.view.ColourBy)
	}
	return st
}

// applyStyle redraws the map and the legend for the view.
func (w *MainWindow) applyStyle() {
	w.Map.SetStyle(w.mapStyle())
	w.legend.update()
}

// setView changes the view; filters rerun the analysis, the rest only
// restyles.
func (w *MainWindow) setView(v viewState) {
	refilter := !slices.Equal(v.Kinds, w.view.Kinds) || !slices.Equal(v.Statuses, w.view.Statuses) ||
		!slices.Equal(v.Sectors, w.view.Sectors) || !slices.Equal(v.Members, w.view.Members) || v.At != w.view.At
	w.view = v
	w.viewBar.sync()
	if refilter {
		w.refreshAnalysis()
	} else {
		w.applyStyle()
	}
}

// viewBar is the row of view controls above the map.
type viewBar struct {
	w                    *MainWindow
	colour, size, layout *widget.Select
	steps                *widget.Select
	cuts, overlaps       *widget.Check
	filter               *widget.Button
	box                  fyne.CanvasObject
	syncing              bool
}

func newViewBar(w *MainWindow) *viewBar {
	b := &viewBar{w: w}
	colours := b.colourChoice()
	b.colour = widget.NewSelect(colours.labels, func(s string) {
		if !b.syncing {
			v := w.view
			v.ColourBy = colours.code(s)
			w.setView(v)
		}
	})
	sizes := b.sizeChoice()
	b.size = widget.NewSelect(sizes.labels, func(s string) {
		if !b.syncing {
			v := w.view
			v.SizeBy = sizes.code(s)
			w.setView(v)
		}
	})
	steps := []string{lang.L("off"), "1", "2", "3"}
	b.steps = widget.NewSelect(steps, func(s string) {
		if b.syncing {
			return
		}
		v := w.view
		v.Steps, _ = strconv.Atoi(s)
		v.Focus = ""
		if v.Steps > 0 {
			v.Focus = w.Map.Selected()
			if v.Focus == "" {
				w.status.SetText(lang.L("Select an actor first: its ego network is shown."))
				v.Steps = 0
			}
		}
		w.setView(v)
	})
	b.cuts = widget.NewCheck(lang.L("Cut points"), func(on bool) {
		if !b.syncing {
			v := w.view
			v.MarkCuts = on
			w.setView(v)
		}
	})
	b.overlaps = widget.NewCheck(lang.L("Overlaps"), func(on bool) {
		if !b.syncing {
			v := w.view
			v.MarkOverlaps = on
			w.setView(v)
		}
	})
	b.filter = widget.NewButtonWithIcon(lang.L("Filter…"), theme.SearchIcon(), func() { w.filterDialog() })
	layouts := layoutChoice()
	b.layout = widget.NewSelect(layouts.labels, nil)
	b.layout.PlaceHolder = lang.L("Arrange…")
	b.layout.OnChanged = func(s string) {
		if b.syncing || s == "" {
			return
		}
		w.Arrange(layouts.code(s))
		b.syncing = true
		b.layout.ClearSelected()
		b.syncing = false
	}
	// Selects are as wide as their longest option, not their current one.
	wide := func(s *widget.Select) fyne.CanvasObject {
		w := s.MinSize().Width
		for _, o := range s.Options {
			w = max(w, fyne.MeasureText(o, theme.TextSize(), fyne.TextStyle{}).Width+3*theme.IconInlineSize())
		}
		return container.NewGridWrap(fyne.NewSize(min(w, 170), s.MinSize().Height), s)
	}
	b.box = container.NewHScroll(container.NewHBox(
		widget.NewLabel(lang.L("Colour")), wide(b.colour),
		widget.NewLabel(lang.L("Size")), wide(b.size),
		widget.NewLabel(lang.L("Ego network")), wide(b.steps),
		b.cuts, b.overlaps, b.filter, wide(b.layout),
	))
	b.sync()
	return b
}

func (b *viewBar) colourChoice() choice {
	return choice{codes: []string{"sector", "community", "core"},
		labels: []string{lang.L("Sector"), lang.L("Community"), lang.L("Core number")}}
}

func (b *viewBar) sizeChoice() choice {
	c := choice{codes: []string{""}, labels: []string{"–"}}
	for _, m := range export.Measures {
		c.codes = append(c.codes, m.Key)
		c.labels = append(c.labels, m.Label.In(b.w.lang))
	}
	return c
}

// sync shows the window's view in the controls.
func (b *viewBar) sync() {
	b.syncing = true
	defer func() { b.syncing = false }()
	v := b.w.view
	b.colour.SetSelected(b.colourChoice().label(cmpOr(v.ColourBy, "sector")))
	b.size.SetSelected(b.sizeChoice().label(v.SizeBy))
	if v.Steps > 0 {
		b.steps.SetSelected(strconv.Itoa(v.Steps))
	} else {
		b.steps.SetSelectedIndex(0)
	}
	b.cuts.SetChecked(v.MarkCuts)
	b.overlaps.SetChecked(v.MarkOverlaps)
	b.filter.Importance = widget.MediumImportance
	if v.filtered() {
		b.filter.Importance = widget.WarningImportance
	}
	b.filter.Refresh()
}

func cmpOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// filterDialog chooses the tie kinds, tie statuses, sectors and actor
// statuses shown, and the day looked at.
func (w *MainWindow) filterDialog() {
	v := w.view
	f := &editForm{}
	kinds := terms(w.ws.Vocab.TieKinds, w.lang)
	sectors := terms(w.ws.Vocab.Sectors, w.lang)
	// Empty lists mean "all"; the dialog shows them as all ticked.
	all := func(list []string, c choice) []string {
		if len(list) == 0 {
			return append([]string(nil), c.codes...)
		}
		return list
	}
	shownKinds, shownSectors, shownMembers := all(v.Kinds, kinds), all(v.Sectors, sectors), all(v.Members, statusChoice())
	shownStatuses := v.Statuses
	if len(shownStatuses) == 0 {
		shownStatuses = []string{graph.TieExisting}
	}
	f.codes(lang.L("Tie kinds"), kinds, &shownKinds)
	f.codes(lang.L("Tie status"), tieStatusChoice(), &shownStatuses)
	f.codes(lang.L("Sectors"), sectors, &shownSectors)
	f.codes(lang.L("Actors' status"), statusChoice(), &shownMembers)
	f.date(lang.L("Network on the day"), &v.At)
	none := func(list []string, c choice) []string {
		if len(list) == len(c.codes) {
			return nil
		}
		return list
	}
	d := w.newFormDialogAs(lang.L("Filter the map"), lang.L("Apply"), f.items, func() bool { return true }, func() {
		if err := f.read(); err != nil {
			w.showError(lang.L("The filter was not changed."), err)
			return
		}
		v.Kinds, v.Sectors, v.Members = none(shownKinds, kinds), none(shownSectors, sectors), none(shownMembers, statusChoice())
		v.Statuses = shownStatuses
		if slices.Equal(shownStatuses, []string{graph.TieExisting}) {
			v.Statuses = nil
		}
		w.setView(v)
	})
	d.Resize(fyne.NewSize(640, 720))
	d.Show()
}

// ClearFilters shows every actor and every current tie again.
func (w *MainWindow) ClearFilters() {
	v := w.view
	v.Kinds, v.Statuses, v.Sectors, v.Members, v.At = nil, nil, nil, nil, ""
	w.setView(v)
}
