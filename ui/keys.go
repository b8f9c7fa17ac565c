package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Every dialog is complete from the keyboard: Enter in any one-line field
// or choice submits it, Esc cancels it, and Tab and Shift+Tab move through
// its fields (Fyne's focus order). Fyne's own fields let Esc pass without
// a word, so the dialogs' fields are these, which know their dialog.

// dialogKeys are the Enter and Esc of the dialog a field is in.
type dialogKeys struct {
	submit, cancel func()
}

// setKeys tells the field what Enter and Esc do.
func (k *dialogKeys) setKeys(submit, cancel func()) { k.submit, k.cancel = submit, cancel }

// handle does what Enter (unless multiLine) or Esc asks and reports
// whether it did.
func (k *dialogKeys) handle(ev *fyne.KeyEvent, multiLine bool) bool {
	switch ev.Name {
	case fyne.KeyEscape:
		if k.cancel != nil {
			k.cancel()
			return true
		}
	case fyne.KeyReturn, fyne.KeyEnter:
		if k.submit != nil && !multiLine {
			k.submit()
			return true
		}
	}
	return false
}

// keyed is a field that answers a dialog's Enter and Esc.
type keyed interface {
	setKeys(submit, cancel func())
}

// field is a text field of a dialog or a form.
type field struct {
	widget.Entry
	dialogKeys
}

func newField() *field {
	f := &field{}
	f.ExtendBaseWidget(f)
	return f
}

func newMultiLineField() *field {
	f := newField()
	f.MultiLine = true
	f.Wrapping = fyne.TextWrapWord
	return f
}

// TypedKey handles Enter and Esc for the dialog, the rest as a text field.
func (f *field) TypedKey(ev *fyne.KeyEvent) {
	if f.Disabled() || !f.handle(ev, f.MultiLine) {
		f.Entry.TypedKey(ev)
	}
}

// pickField is a text field with a drop-down of matching options.
type pickField struct {
	widget.SelectEntry
	dialogKeys
}

func newPickField(options []string) *pickField {
	f := &pickField{}
	f.ExtendBaseWidget(f)
	f.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	f.SetOptions(options)
	return f
}

// TypedKey handles Enter and Esc for the dialog, the rest as a text field.
func (f *pickField) TypedKey(ev *fyne.KeyEvent) {
	if f.Disabled() || !f.handle(ev, false) {
		f.SelectEntry.TypedKey(ev)
	}
}

// connectKeys gives every field among objects the dialog's Enter and Esc.
func connectKeys(objects []fyne.CanvasObject, submit, cancel func()) {
	for _, o := range objects {
		if k, ok := o.(keyed); ok {
			k.setKeys(submit, cancel)
		}
	}
}
