package ui

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/verkostokartta/verkostokartta/graph"
)

// editForm builds the form of one record (an actor, a tie, a group, a
// service). Every field reads its widget into the record when the form is
// applied; a field that cannot be read returns an error naming the field,
// and nothing is changed.
type editForm struct {
	items []*widget.FormItem
	reads []func() error
}

func (f *editForm) add(label string, o fyne.CanvasObject, read func() error) {
	f.items = append(f.items, widget.NewFormItem(label, o))
	if read != nil {
		f.reads = append(f.reads, read)
	}
}

// read applies every field; the first error stops it.
func (f *editForm) read() error {
	for _, r := range f.reads {
		if err := r(); err != nil {
			return err
		}
	}
	return nil
}

func fieldError(label, msg string) error { return fmt.Errorf("%s: %s", label, msg) }

// text is a one-line text field.
func (f *editForm) text(label string, s *string) *widget.Entry {
	e := newField()
	e.SetText(*s)
	f.add(label, e, func() error { *s = strings.TrimSpace(e.Text); return nil })
	return &e.Entry
}

// required is a text field that must not be empty.
func (f *editForm) required(label string, s *string) *widget.Entry {
	e := newField()
	e.SetText(*s)
	f.add(label, e, func() error {
		v := strings.TrimSpace(e.Text)
		if v == "" {
			return fieldError(label, lang.L("must not be empty"))
		}
		*s = v
		return nil
	})
	return &e.Entry
}

// multiline is a text area.
func (f *editForm) multiline(label string, s *string) *widget.Entry {
	e := newMultiLineField()
	e.SetMinRowsVisible(3)
	e.SetText(*s)
	f.add(label, e, func() error { *s = strings.TrimSpace(e.Text); return nil })
	return &e.Entry
}

// date is a day in ISO or Finnish form; empty is an open end.
func (f *editForm) date(label string, d *graph.Date) *widget.Entry {
	e := newField()
	e.SetPlaceHolder(lang.L("D.M.YYYY"))
	e.SetText(finnishDate(*d))
	f.add(label, e, func() error {
		v, err := graph.ParseDate(strings.TrimSpace(e.Text))
		if err != nil {
			return fieldError(label, lang.L("not a date: write e.g. 31.12.2025"))
		}
		*d = v
		return nil
	})
	return &e.Entry
}

// finnishDate shows an ISO date as D.M.YYYY.
func finnishDate(d graph.Date) string {
	var y, m, day int
	if _, err := fmt.Sscanf(string(d), "%d-%d-%d", &y, &m, &day); err != nil {
		return string(d)
	}
	return fmt.Sprintf("%d.%d.%d", day, m, y)
}

// number is a whole number between lo and hi; empty is 0.
func (f *editForm) number(label string, v *int, lo, hi int) *widget.Entry {
	e := newField()
	if *v != 0 {
		e.SetText(strconv.Itoa(*v))
	}
	f.add(label, e, func() error {
		s := strings.TrimSpace(e.Text)
		if s == "" {
			*v = 0
			return nil
		}
		n, err := strconv.Atoi(s)
		if err != nil || n < lo || n > hi {
			return fieldError(label, lang.L("write a whole number from {{.Lo}} to {{.Hi}}", map[string]any{"Lo": lo, "Hi": hi}))
		}
		*v = n
		return nil
	})
	return &e.Entry
}

// pick is one code of a list shown by label; allowEmpty adds "–".
func (f *editForm) pick(label string, c choice, code *string, allowEmpty bool) *widget.Select {
	options := c.labels
	if allowEmpty {
		options = append([]string{"–"}, options...)
	}
	s := newLetterSelect(options, nil)
	if l := c.label(*code); l != "" {
		s.SetSelected(l)
	} else if allowEmpty {
		s.SetSelected("–")
	}
	f.add(label, s, func() error {
		v := c.code(s.Selected)
		if v == "" && !allowEmpty {
			return fieldError(label, lang.L("choose one"))
		}
		*code = v
		return nil
	})
	return &s.Select
}

// flag is a check box.
func (f *editForm) flag(label, text string, b *bool) *widget.Check {
	c := widget.NewCheck(text, nil)
	c.SetChecked(*b)
	f.add(label, c, func() error { *b = c.Checked; return nil })
	return c
}

// codes is a set of codes as check boxes, in columns.
func (f *editForm) codes(label string, c choice, list *[]string) *widget.CheckGroup {
	g := widget.NewCheckGroup(c.labels, nil)
	var sel []string
	for _, code := range *list {
		if l := c.label(code); l != "" {
			sel = append(sel, l)
		}
	}
	g.SetSelected(sel)
	f.add(label, g, func() error {
		var out []string
		for i, l := range c.labels { // vocabulary order
			for _, s := range g.Selected {
				if s == l {
					out = append(out, c.codes[i])
				}
			}
		}
		*list = out
		return nil
	})
	return g
}

// actor is one actor found by typing; allowEmpty lets it be none.
func (f *editForm) actor(label string, actors choice, id *string, allowEmpty bool) *actorPicker {
	p := newActorPicker(actors)
	p.Set(*id)
	f.add(label, p.entry, func() error {
		v := p.ID()
		if v == "" && (!allowEmpty || strings.TrimSpace(p.entry.Text) != "") {
			return fieldError(label, lang.L("Choose an actor from the list."))
		}
		*id = v
		return nil
	})
	return p
}

// rows edits a list of records as rows of fields with a remove button and
// an add button below. newRow builds one row's fields into a form of its
// own and returns the record it reads into.
type rowsEditor[T any] struct {
	box   *fyne.Container
	rows  []*rowOf[T]
	build func(rec *T, f *editForm) fyne.CanvasObject
}

type rowOf[T any] struct {
	rec  T
	form editForm
	obj  fyne.CanvasObject
}

func newRows[T any](f *editForm, label, addText string, list *[]T, build func(rec *T, f *editForm) fyne.CanvasObject) *rowsEditor[T] {
	r := &rowsEditor[T]{box: container.NewVBox(), build: build}
	for _, rec := range *list {
		r.append(rec)
	}
	add := widget.NewButtonWithIcon(addText, theme.ContentAddIcon(), func() {
		var zero T
		r.append(zero)
	})
	add.Importance = widget.LowImportance
	f.add(label, container.NewVBox(r.box, container.NewHBox(add)), func() error {
		out := make([]T, 0, len(r.rows))
		for _, row := range r.rows {
			if err := row.form.read(); err != nil {
				return fieldError(label, err.Error())
			}
			out = append(out, row.rec)
		}
		*list = out
		return nil
	})
	return r
}

func (r *rowsEditor[T]) append(rec T) {
	row := &rowOf[T]{rec: rec}
	fields := r.build(&row.rec, &row.form)
	remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), nil)
	remove.Importance = widget.LowImportance
	row.obj = container.NewBorder(nil, widget.NewSeparator(), nil, remove, fields)
	remove.OnTapped = func() {
		for i, x := range r.rows {
			if x == row {
				r.rows = append(r.rows[:i], r.rows[i+1:]...)
			}
		}
		r.box.Remove(row.obj)
	}
	r.rows = append(r.rows, row)
	r.box.Add(row.obj)
}

// Len is the number of rows shown.
func (r *rowsEditor[T]) Len() int { return len(r.rows) }

// codeChoice lists the codes of a fixed list by their words (see word).
func codeChoice(kind string, codes []string) choice {
	c := choice{codes: codes}
	for _, code := range codes {
		c.labels = append(c.labels, word(kind, code))
	}
	return c
}

// statusChoice lists membership statuses in the UI language.
func statusChoice() choice { return codeChoice("status", graph.MembershipStatuses) }

// tieStatusChoice lists tie statuses in the UI language.
func tieStatusChoice() choice { return codeChoice("tie", graph.TieStatuses) }

// groupKindChoice lists group kinds in the UI language.
func groupKindChoice() choice { return codeChoice("group", graph.GroupKinds) }

// strengthChoice lists tie strengths 1–3.
func strengthChoice() choice {
	return choice{codes: []string{"1", "2", "3"}, labels: []string{lang.L("1 weak"), lang.L("2 medium"), lang.L("3 strong")}}
}

// word is the UI's label of a code of a fixed list (kind is "status",
// "tie", "group", "mode" or "layout"); TestCodeWordsTranslated checks that
// every code has one.
func word(kind, code string) string {
	key := kind + "." + code
	return lang.L(key)
}
