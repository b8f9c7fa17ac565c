package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// searchDialog finds an actor by a few letters of its name or short name
// and shows it on the map (Ctrl+F): in a room of thirty, "where is Kela?"
// is asked often.
func (w *MainWindow) searchDialog() *formDialog {
	p := newActorPicker(actorChoice(w.ws.Actors))
	var d *formDialog
	d = w.newFormDialog(lang.L("Find actor"), []*widget.FormItem{
		widget.NewFormItem(lang.L("Actor"), p.entry),
	}, func() bool { return p.ID() != "" }, func() { w.ShowActor(p.ID()) })
	d.add.SetText(lang.L("Show"))
	p.onChanged = d.Check
	p.entry.OnSubmitted = func(string) { d.Submit() }
	d.Resize(fyne.NewSize(560, 200))
	d.Show()
	w.Window.Canvas().Focus(p.entry)
	return d
}

// ShowActor selects an actor on the map and in the table, bringing it into
// view.
func (w *MainWindow) ShowActor(id string) {
	if w.ws.Actor(id) == nil {
		return
	}
	w.Map.Select(id)
	w.selectActor(id)
}
