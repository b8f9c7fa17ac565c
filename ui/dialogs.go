package ui

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// formDialog is a form with Cancel and a confirming button (Add unless
// told otherwise) that is enabled only while valid() holds. (Fyne's
// dialog.NewForm can enable its button while a later field is still
// invalid, once an earlier valid field revalidates.) Enter in any field
// submits, Esc cancels; a long form scrolls inside the window.
type formDialog struct {
	*dialog.CustomDialog
	add   *widget.Button
	valid func() bool
	w     *MainWindow
	// natural is the size that shows the whole form; size the size asked.
	natural, size fyne.Size
}

func (w *MainWindow) newFormDialog(title string, items []*widget.FormItem, valid func() bool, submit func()) *formDialog {
	return w.newFormDialogAs(title, lang.L("Add"), items, valid, submit)
}

// newFormDialogAs is newFormDialog whose confirming button says confirm.
func (w *MainWindow) newFormDialogAs(title, confirm string, items []*widget.FormItem, valid func() bool, submit func()) *formDialog {
	f := &formDialog{valid: valid, w: w}
	form := widget.NewForm(items...)
	f.CustomDialog = dialog.NewCustomWithoutButtons(title, container.NewVScroll(form), w.Window)
	cancel := widget.NewButtonWithIcon(lang.L("Cancel"), theme.CancelIcon(), f.Hide)
	f.add = widget.NewButtonWithIcon(confirm, theme.ConfirmIcon(), w.guard(func() {
		if f.valid() {
			f.Hide()
			submit()
		}
	}))
	f.add.Importance = widget.HighImportance
	f.SetButtons([]fyne.CanvasObject{cancel, f.add})
	var fields []fyne.CanvasObject
	for _, it := range items {
		fields = append(fields, it.Widget)
	}
	connectKeys(fields, f.Submit, f.Hide)
	f.natural = form.MinSize().Add(fyne.NewSize(2*theme.Padding()+40, 140))
	f.size = f.natural
	f.Check()
	return f
}

// Resize sets the size the dialog would like, never less than the whole
// form; Show fits it in the window, where the form scrolls.
func (f *formDialog) Resize(s fyne.Size) { f.size = s.Max(f.natural) }

// Show shows the dialog as the window's dialog, fitted to the window.
func (f *formDialog) Show() { f.w.showDialog(f.CustomDialog, f.size) }

// Check enables Add when the form is valid.
func (f *formDialog) Check() {
	if f.valid() {
		f.add.Enable()
	} else {
		f.add.Disable()
	}
}

// Submit adds if the form is valid, as if Add were tapped (Enter).
func (f *formDialog) Submit() { f.add.OnTapped() }

// showDialog shows d sized want, but never larger than the window: on a
// 1280×720 projector a tall dialog scrolls instead of running off the
// screen.
func (w *MainWindow) showDialog(d dialog.Dialog, want ...fyne.Size) {
	if _, ok := d.(*dialog.FileDialog); ok {
		// Fyne's file dialog has no size before it is shown (sizing it
		// first ended the program).
		d.Show()
		if len(want) > 0 {
			d.Resize(w.fit(want[0]))
		}
		return
	}
	if len(want) > 0 {
		d.Resize(w.fit(want[0]))
	}
	d.Show()
}

// fit bounds a dialog's size by the window's.
func (w *MainWindow) fit(s fyne.Size) fyne.Size {
	c := w.Window.Canvas().Size()
	if c.Width <= 0 || c.Height <= 0 {
		return s
	}
	return fyne.NewSize(min(s.Width, c.Width-2*theme.Padding()), min(s.Height, c.Height-2*theme.Padding()))
}

// dialogOpen reports whether a dialog or a menu is over the window: the
// window's shortcuts wait until it is answered, so a key pressed twice
// never stacks a second dialog.
func (w *MainWindow) dialogOpen() bool { return w.Window.Canvas().Overlays().Top() != nil }

// addActorDialog asks for a name and a sector. The sector starts at the
// one used last, because a workshop adds actors sector by sector, else at
// the selected actor's; Enter in the name adds.
func (w *MainWindow) addActorDialog() *formDialog {
	sectors := terms(w.ws.Vocab.Sectors, w.lang)
	name := newField()
	name.SetPlaceHolder(lang.L("e.g. Juvan seurakunta"))
	name.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New(lang.L("The actor needs a name."))
		}
		return nil
	}
	sector := newLetterSelect(sectors.labels, nil)
	start := w.lastSector
	if a := w.ws.Actor(w.Map.Selected()); start == "" && a != nil {
		start = a.Sector
	}
	if label := sectors.label(start); label != "" {
		sector.SetSelected(label)
	} else if len(sectors.labels) > 0 {
		sector.SetSelectedIndex(0)
	}
	var d *formDialog
	d = w.newFormDialog(lang.L("Add actor"), []*widget.FormItem{
		widget.NewFormItem(lang.L("Name"), name),
		widget.NewFormItem(lang.L("Sector"), sector),
	}, func() bool {
		return strings.TrimSpace(name.Text) != "" && sector.Selected != ""
	}, func() {
		if _, err := w.AddActor(name.Text, sectors.code(sector.Selected)); err != nil {
			w.showError(lang.L("The actor was not added."), err)
		}
	})
	name.OnChanged = func(string) { d.Check() }
	sector.OnChanged = func(string) { d.Check() }
	name.OnSubmitted = func(string) { d.Submit() }
	d.Resize(fyne.NewSize(560, 240))
	d.Show()
	w.Window.Canvas().Focus(name)
	return d
}

// addTieDialog asks for the two actors, found by typing, and the kind. The
// actor selected on the map is the first end; the kind starts at the one
// used last. Enter in the second actor adds.
func (w *MainWindow) addTieDialog() *formDialog {
	actors := actorChoice(w.ws.Actors)
	kinds := terms(w.ws.Vocab.TieKinds, w.lang)
	from, to := newActorPicker(actors), newActorPicker(actors)
	from.Set(w.Map.Selected())
	kind := newLetterSelect(kinds.labels, nil)
	kind.SetSelected(kinds.label(w.lastKind))
	var d *formDialog
	d = w.newFormDialog(lang.L("Add tie"), []*widget.FormItem{
		widget.NewFormItem(lang.L("From"), from.entry),
		widget.NewFormItem(lang.L("To"), to.entry),
		widget.NewFormItem(lang.L("Kind"), kind),
	}, func() bool {
		return from.ID() != "" && to.ID() != "" && from.ID() != to.ID() && kind.Selected != ""
	}, func() {
		if _, err := w.AddTie(from.ID(), to.ID(), kinds.code(kind.Selected)); err != nil {
			w.showError(lang.L("The tie was not added."), err)
		}
	})
	from.onChanged = d.Check
	to.onChanged = d.Check
	kind.OnChanged = func(string) { d.Check() }
	to.entry.OnSubmitted = func(string) { d.Submit() }
	d.Resize(fyne.NewSize(600, 300))
	d.Show()
	if from.ID() == "" {
		w.Window.Canvas().Focus(from.entry)
	} else {
		w.Window.Canvas().Focus(to.entry)
	}
	return d
}

// chooseTieKind asks for the kind of a tie drawn in connect mode.
func (w *MainWindow) chooseTieKind(from, to string) {
	kinds := terms(w.ws.Vocab.TieKinds, w.lang)
	kind := newLetterSelect(kinds.labels, nil)
	kind.SetSelected(kinds.label(w.lastKind))
	title := w.ws.Actor(from).Label() + " » " + w.ws.Actor(to).Label()
	d := w.newFormDialog(title, []*widget.FormItem{widget.NewFormItem(lang.L("Kind"), kind)},
		func() bool { return kind.Selected != "" },
		func() {
			if _, err := w.AddTie(from, to, kinds.code(kind.Selected)); err != nil {
				w.showError(lang.L("The tie was not added."), err)
			}
		})
	d.Show()
}
