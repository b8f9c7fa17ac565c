package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/verkostokartta/verkostokartta/export"
	"github.com/verkostokartta/verkostokartta/graph"
	"github.com/verkostokartta/verkostokartta/ui/mapview"
)

// WorkshopTextSize is the label size in workshop mode: 24 units, about
// 18 pt on a 1920×1080 projector, readable from the back of a room.
const WorkshopTextSize = 24

// presenter is workshop mode: the map full screen with large labels, the
// agenda step and its clock above it, quick notes, and the saved views
// revealed one by one.
type presenter struct {
	title, clock *widget.Label
	view         *widget.Label
	persp        *widget.Select
	note         *keyEntry
	// shown is how many saved views have been revealed.
	shown   int
	content fyne.CanvasObject // the desk's content, restored on leaving
	menu    *fyne.MainMenu
}

// InWorkshopMode reports whether workshop mode is on.
func (w *MainWindow) InWorkshopMode() bool { return w.presenter != nil }

// ToggleWorkshopMode enters or leaves workshop mode (F11).
func (w *MainWindow) ToggleWorkshopMode() {
	if p := w.presenter; p != nil {
		w.presenter = nil
		w.Map.SetTextSize(mapview.DefaultTextSize)
		w.Window.SetContent(p.content)
		w.Window.SetMainMenu(p.menu)
		w.Window.SetFullScreen(false)
		w.Map.Fit()
		return
	}
	p := &presenter{content: w.Window.Content(), menu: w.Window.MainMenu()}
	w.presenter = p
	big := func(l *widget.Label) *widget.Label {
		l.SizeName = theme.SizeNameSubHeadingText
		l.TextStyle.Bold = true
		return l
	}
	p.title = big(widget.NewLabel(""))
	p.clock = big(widget.NewLabel(w.workshop.clock.Text))
	p.view = widget.NewLabel("")
	p.persp = widget.NewSelect(terms(w.ws.Vocab.Perspectives, w.lang).labels, func(s string) { w.workshop.persp.SetSelected(s) })
	p.persp.SetSelected(w.workshop.persp.Selected)
	p.note = newKeyEntry(w)
	p.note.SetPlaceHolder(lang.L("Type a note and press Enter"))
	p.note.OnSubmitted = func(s string) {
		if w.workshop.AddNote(s) {
			p.note.SetText("")
			w.status.SetText(lang.L("Note recorded."))
		}
	}
	btn := func(label string, icon fyne.Resource, fn func()) *widget.Button {
		return widget.NewButtonWithIcon(label, icon, fn)
	}
	bar := container.NewBorder(nil, nil,
		container.NewHBox(btn("", theme.NavigateBackIcon(), func() { w.workshop.moveStep(-1); w.showStep() }), p.title),
		container.NewHBox(p.clock,
			btn(lang.L("Start / pause"), theme.MediaPlayIcon(), w.workshop.toggleClock),
			btn(lang.L("Next step"), theme.NavigateNextIcon(), func() { w.workshop.moveStep(1); w.showStep() }),
			btn(lang.L("Next view"), theme.MediaSkipNextIcon(), func() { w.RevealNextView() }),
			btn(lang.L("Leave workshop mode"), theme.ViewRestoreIcon(), w.ToggleWorkshopMode)),
	)
	notes := container.NewBorder(nil, nil, container.NewHBox(widget.NewLabel(lang.L("Note")), p.persp), p.view, p.note)
	w.Window.SetMainMenu(nil)
	w.Window.SetContent(container.NewBorder(container.NewVBox(bar, notes), w.status, nil, nil, w.Map))
	w.Map.SetTextSize(WorkshopTextSize)
	w.Window.SetFullScreen(true)
	w.showStep()
	w.Map.Fit()
}

// showStep shows the current agenda step in workshop mode.
func (w *MainWindow) showStep() {
	p := w.presenter
	if p == nil {
		return
	}
	p.title.SetText(w.workshop.step.Text)
	p.clock.SetText(w.workshop.clock.Text)
}

// RevealNextView shows the next saved view in workshop mode (or on the
// desk) and reports which one, or false after the last.
func (w *MainWindow) RevealNextView() bool {
	shown := 0
	if w.presenter != nil {
		shown = w.presenter.shown
	}
	if shown >= len(w.ws.Views) {
		w.status.SetText(lang.L("All saved views have been shown."))
		return false
	}
	v := w.ws.Views[shown]
	w.ShowSavedView(v.ID)
	if p := w.presenter; p != nil {
		p.shown++
		p.view.SetText(fmt.Sprintf("%d/%d %s", p.shown, len(w.ws.Views), v.Name))
	}
	return true
}

// Comparison colours: added green, removed red (as dashed, faded ties).
const (
	addedMark   = "#2ca02c"
	removedMark = "#d62728"
)

// comparisonNetwork is the network after, with what was removed since
// before put back where it stood (graph.Overlay), and the style that shows
// the change.
func comparisonNetwork(before, after *graph.Network) (*graph.Network, mapview.Style, *graph.Change) {
	n, c := graph.Overlay(before, after)
	st := mapview.Style{Marked: map[string]string{}, Dimmed: map[string]bool{}, Highlight: map[string]bool{}}
	for _, a := range c.ActorsAdded {
		st.Marked[a.ID] = addedMark
	}
	for _, t := range c.TiesAdded {
		st.Highlight[t.ID] = true
	}
	for _, a := range c.ActorsRemoved {
		st.Marked[a.ID], st.Dimmed[a.ID] = removedMark, true
	}
	// The removed ties are the overlay's last ones: drawn dashed and faded.
	for _, t := range n.Ties[len(n.Ties)-len(c.TiesRemoved):] {
		t.Status = graph.TieWished
	}
	return n, st, c
}

// CompareWindow opens a window comparing a snapshot with another (afterID)
// or with the network now (""), on the same positions: added actors ringed
// green, added ties thick, removed actors ringed red and faded, removed
// ties dashed; the changes and the metric changes listed beside.
func (w *MainWindow) CompareWindow(beforeID, afterID string) fyne.Window {
	before := w.ws.Snapshot(beforeID)
	if before == nil {
		return nil
	}
	after, afterName := &w.ws.Network, lang.L("now")
	if s := w.ws.Snapshot(afterID); s != nil {
		after, afterName = &s.Network, s.Name
	}
	n, st, c := comparisonNetwork(&before.Network, after)
	m := mapview.New(n)
	m.SetStyle(st)
	lines := export.ChangeLines(&before.Network, n, c, w.lang)
	list := widget.NewLabel(strings.Join(lines, "\n"))
	list.Wrapping = fyne.TextWrapWord
	key := container.NewHBox(swatch(addedMark), widget.NewLabel(lang.L("added")), swatch(removedMark), widget.NewLabel(lang.L("removed")))
	title := before.Name + " – " + afterName
	win := w.app.NewWindow(title)
	split := container.NewHSplit(m, container.NewBorder(key, nil, nil, nil, container.NewVScroll(list)))
	split.Offset = 0.7
	win.SetContent(split)
	win.Resize(fyne.NewSize(1400, 860))
	win.Show()
	w.compareLines = lines
	return win
}

func swatch(hex string) fyne.CanvasObject {
	r := canvas.NewRectangle(hexColour(hex))
	r.SetMinSize(fyne.NewSize(18, 18))
	r.CornerRadius = 4
	return container.NewCenter(r)
}
