package ui

import (
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/verkostokartta/verkostokartta/graph"
	"github.com/verkostokartta/verkostokartta/workshop"
)

// choice is a vocabulary or actor list as a Select's options and codes.
type choice struct {
	labels []string
	codes  []string
}

func (c choice) code(label string) string {
	for i, l := range c.labels {
		if l == label {
			return c.codes[i]
		}
	}
	return ""
}

func (c choice) label(code string) string {
	for i, x := range c.codes {
		if x == code {
			return c.labels[i]
		}
	}
	return ""
}

func (w *MainWindow) terms(list []graph.Term) choice {
	var c choice
	for _, t := range list {
		c.labels = append(c.labels, t.Label(w.lang))
		c.codes = append(c.codes, t.Code)
	}
	return c
}

func (w *MainWindow) actors() choice {
	var c choice
	as := append([]*graph.Actor(nil), w.ws.Actors...)
	sort.SliceStable(as, func(i, j int) bool { return as[i].Name < as[j].Name })
	for _, a := range as {
		c.labels = append(c.labels, a.Name)
		c.codes = append(c.codes, a.ID)
	}
	return c
}

func (w *MainWindow) addActorDialog() {
	sectors := w.terms(w.ws.Vocab.Sectors)
	name := widget.NewEntry()
	name.SetPlaceHolder(lang.L("e.g. Juvan seurakunta"))
	sector := widget.NewSelect(sectors.labels, nil)
	sector.PlaceHolder = lang.L("(choose)")
	if a := w.ws.Actor(w.Map.Selected()); a != nil {
		sector.SetSelected(sectors.label(a.Sector))
	}
	d := dialog.NewForm(lang.L("Add actor"), lang.L("Add"), lang.L("Cancel"), []*widget.FormItem{
		widget.NewFormItem(lang.L("Name"), name),
		widget.NewFormItem(lang.L("Sector"), sector),
	}, func(ok bool) {
		if !ok {
			return
		}
		if _, err := w.AddActor(name.Text, sectors.code(sector.Selected)); err != nil {
			w.showError(lang.L("The actor was not added."), err)
		}
	}, w.Window)
	d.Resize(fyne.NewSize(520, 260))
	d.Show()
	w.Window.Canvas().Focus(name)
}

func (w *MainWindow) addTieDialog() {
	actors := w.actors()
	kinds := w.terms(w.ws.Vocab.TieKinds)
	from := widget.NewSelect(actors.labels, nil)
	to := widget.NewSelect(actors.labels, nil)
	kind := widget.NewSelect(kinds.labels, nil)
	from.PlaceHolder, to.PlaceHolder, kind.PlaceHolder = lang.L("(choose)"), lang.L("(choose)"), lang.L("(choose)")
	if sel := w.Map.Selected(); sel != "" {
		from.SetSelected(actors.label(sel))
	}
	kind.SetSelected(kinds.label("joint"))
	d := dialog.NewForm(lang.L("Add tie"), lang.L("Add"), lang.L("Cancel"), []*widget.FormItem{
		widget.NewFormItem(lang.L("From"), from),
		widget.NewFormItem(lang.L("To"), to),
		widget.NewFormItem(lang.L("Kind"), kind),
	}, func(ok bool) {
		if !ok {
			return
		}
		if _, err := w.AddTie(actors.code(from.Selected), actors.code(to.Selected), kinds.code(kind.Selected)); err != nil {
			w.showError(lang.L("The tie was not added."), err)
		}
	}, w.Window)
	d.Resize(fyne.NewSize(560, 300))
	d.Show()
}

// chooseTieKind asks for the kind of a tie drawn in connect mode.
func (w *MainWindow) chooseTieKind(from, to string) {
	kinds := w.terms(w.ws.Vocab.TieKinds)
	kind := widget.NewSelect(kinds.labels, nil)
	kind.SetSelected(kinds.label("joint"))
	title := w.ws.Actor(from).Name + " → " + w.ws.Actor(to).Name
	dialog.ShowForm(title, lang.L("Add"), lang.L("Cancel"), []*widget.FormItem{
		widget.NewFormItem(lang.L("Kind"), kind),
	}, func(ok bool) {
		if !ok {
			return
		}
		if _, err := w.AddTie(from, to, kinds.code(kind.Selected)); err != nil {
			w.showError(lang.L("The tie was not added."), err)
		}
	}, w.Window)
}

func (w *MainWindow) openDialog() {
	open := func() {
		d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
			if err != nil {
				w.showError(lang.L("Could not open the file."), err)
				return
			}
			if r == nil {
				return
			}
			path := r.URI().Path()
			r.Close()
			if err := w.Open(path); err != nil {
				w.showError(lang.L("Could not open the file."), err)
			}
		}, w.Window)
		d.SetFilter(storage.NewExtensionFileFilter([]string{workshop.Extension, ".csv"}))
		d.Resize(fyne.NewSize(900, 600))
		d.Show()
	}
	if !w.dirty {
		open()
		return
	}
	dialog.ShowConfirm(lang.L("Unsaved changes"), lang.L("Open another file without saving the changes?"), func(ok bool) {
		if ok {
			open()
		}
	}, w.Window)
}

// saveAsDialog asks for a file name. Fyne's dialog hands over an opened
// file; it is closed at once and the workspace written atomically by
// workshop.Save instead.
func (w *MainWindow) saveAsDialog() {
	d := dialog.NewFileSave(func(wr fyne.URIWriteCloser, err error) {
		if err != nil {
			w.showError(lang.L("Could not save the file."), err)
			return
		}
		if wr == nil {
			return
		}
		path := wr.URI().Path()
		wr.Close()
		if err := w.SaveAs(path); err != nil {
			w.showError(lang.L("Could not save the file."), err)
		}
	}, w.Window)
	d.SetFilter(storage.NewExtensionFileFilter([]string{workshop.Extension}))
	d.SetFileName(graph.Slug(w.ws.Name) + workshop.Extension)
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}
