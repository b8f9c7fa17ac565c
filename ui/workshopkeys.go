package ui

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// The workshop runs from the keyboard, so that a facilitator at a
// projector never hunts for a button: the Workshop menu lists the keys.
//
//	F11            workshop mode on/off (Esc leaves it)
//	Ctrl+G         goal and date
//	Ctrl+M         write a note (Ctrl+1 … Ctrl+7 pick the perspective)
//	Ctrl+→, Ctrl+← next and previous step of the agenda
//	Ctrl+↓, PgDn   reveal the next saved view (a presentation clicker
//	               sends PgDn)
//	Ctrl+Shift+A   add an action
//	Ctrl+Shift+K   take a snapshot
//	Ctrl+Shift+N   save the view
func (w *MainWindow) workshopShortcuts() []shortcut {
	ctrl := fyne.KeyModifierShortcutDefault
	list := []shortcut{
		{fyne.KeyG, ctrl, w.workshop.goalDialog},
		{fyne.KeyM, ctrl, w.focusNote},
		{fyne.KeyRight, ctrl, func() { w.workshop.moveStep(1); w.showStep() }},
		{fyne.KeyLeft, ctrl, func() { w.workshop.moveStep(-1); w.showStep() }},
		{fyne.KeyDown, ctrl, func() { w.RevealNextView() }},
		{fyne.KeyA, ctrl | fyne.KeyModifierShift, w.workshop.actionDialog},
		{fyne.KeyK, ctrl | fyne.KeyModifierShift, w.workshop.snapshotDialog},
		{fyne.KeyN, ctrl | fyne.KeyModifierShift, w.workshop.viewDialog},
	}
	for i := range 9 {
		k := i
		list = append(list, shortcut{fyne.KeyName(strconv.Itoa(k + 1)), ctrl, func() { w.pickPerspective(k) }})
	}
	return list
}

// workshopMenu is the Workshop menu: every workshop action with its key.
func (w *MainWindow) workshopMenu() *fyne.Menu {
	keys := w.workshopShortcuts()
	item := func(label string, k int) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, keys[k].action)
		it.Shortcut = &desktop.CustomShortcut{KeyName: keys[k].key, Modifier: keys[k].mod}
		return it
	}
	return fyne.NewMenu(lang.L("Workshop"),
		fyne.NewMenuItem(lang.L("Workshop mode (F11)"), w.ToggleWorkshopMode),
		fyne.NewMenuItemSeparator(),
		item(lang.L("Goal and date…"), 0),
		item(lang.L("Write a note"), 1),
		item(lang.L("Next step"), 2),
		item(lang.L("Previous step"), 3),
		item(lang.L("Next view"), 4),
		fyne.NewMenuItemSeparator(),
		item(lang.L("Add action…"), 5),
		item(lang.L("Take a snapshot…"), 6),
		item(lang.L("Save the view…"), 7),
	)
}

// runShortcut runs the window's or the workshop's action for a key
// combination; it reports whether there was one.
func (w *MainWindow) runShortcut(key fyne.KeyName, mod fyne.KeyModifier) bool {
	for _, s := range append(w.shortcutList(), w.workshopShortcuts()...) {
		if s.key == key && s.mod == mod {
			s.action()
			return true
		}
	}
	return false
}

// pickPerspective chooses the k-th perspective for the next notes.
func (w *MainWindow) pickPerspective(k int) {
	labels := terms(w.ws.Vocab.Perspectives, w.lang).labels
	if k < 0 || k >= len(labels) {
		return
	}
	w.workshop.persp.SetSelected(labels[k])
	if p := w.presenter; p != nil {
		p.persp.SetSelected(labels[k])
	}
	w.status.SetText(lang.L("Notes now go under: {{.P}}", map[string]any{"P": labels[k]}))
}

// focusNote puts the cursor in the note field: the workshop bar's in
// workshop mode, else the Workshop tab's.
func (w *MainWindow) focusNote() {
	if p := w.presenter; p != nil {
		w.Window.Canvas().Focus(p.note)
		return
	}
	for _, tab := range w.side.Items {
		if tab.Content == w.workshop.object {
			w.side.Select(tab)
		}
	}
	w.Window.Canvas().Focus(w.workshop.note)
}

// keyEntry is a one-line entry that lets the window's shortcuts and the
// workshop keys (F11, Esc, PgDn) through, so that they work while the
// cursor is in it: a facilitator types a note and goes on without the
// mouse.
type keyEntry struct {
	widget.Entry
	w *MainWindow
}

func newKeyEntry(w *MainWindow) *keyEntry {
	e := &keyEntry{w: w}
	e.ExtendBaseWidget(e)
	return e
}

// TypedShortcut runs the window's shortcut, or the entry's own.
func (e *keyEntry) TypedShortcut(s fyne.Shortcut) {
	if c, ok := s.(*desktop.CustomShortcut); ok && e.w.runShortcut(c.KeyName, c.Modifier) {
		return
	}
	e.Entry.TypedShortcut(s)
}

// TypedKey handles the workshop keys, and passes the rest to the entry.
func (e *keyEntry) TypedKey(k *fyne.KeyEvent) {
	switch {
	case k.Name == fyne.KeyF11:
		e.w.ToggleWorkshopMode()
	case k.Name == fyne.KeyEscape && e.w.presenter != nil:
		e.w.ToggleWorkshopMode()
	case k.Name == fyne.KeyPageDown && e.w.presenter != nil:
		e.w.RevealNextView()
	default:
		e.Entry.TypedKey(k)
	}
}

// showForm shows a form dialog in which Enter in a one-line field submits
// the form, as the confirm button does; the cursor starts in the first
// field.
func (w *MainWindow) showForm(title, confirm string, items []*widget.FormItem, done func(bool)) *dialog.FormDialog {
	d := dialog.NewForm(title, confirm, lang.L("Cancel"), items, w.guardBool(done), w.Window)
	var first fyne.Focusable
	var fields []fyne.CanvasObject
	for _, it := range items {
		fields = append(fields, it.Widget)
		if e, ok := it.Widget.(fyne.Focusable); ok && first == nil {
			first = e
		}
	}
	connectKeys(fields, d.Submit, d.Hide)
	w.showDialog(d, fyne.NewSize(520, 0))
	if first != nil {
		w.Window.Canvas().Focus(first)
	}
	return d
}

// goalDialog asks for the workshop's common goal and date.
func (t *workshopTab) goalDialog() {
	s := t.session()
	goal := newField()
	goal.SetText(s.Goal)
	date := newField()
	date.SetPlaceHolder(lang.L("D.M.YYYY"))
	date.SetText(finnishDate(s.Date))
	t.w.showForm(lang.L("Goal and date"), lang.L("Apply"), []*widget.FormItem{
		widget.NewFormItem(lang.L("Common goal"), goal),
		widget.NewFormItem(lang.L("Date"), date),
	}, func(ok bool) {
		if !ok {
			return
		}
		if t.SetDate(date.Text) != nil {
			return
		}
		t.setGoal(goal.Text)
		t.update()
	})
}
