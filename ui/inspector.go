package ui

import (
	"cmp"
	"errors"
	"fmt"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/verkostokartta/verkostokartta/graph"
)

// Kinds of record the inspector edits.
const (
	recActor   = "actor"
	recTie     = "tie"
	recGroup   = "group"
	recService = "service"
)

// recordEditor is the form of one record with Apply, and Delete and
// Duplicate where they make sense. Apply reads the form into a copy,
// checks the network with it and keeps it only when no new problem
// appears; one Apply is one step of undo.
type recordEditor struct {
	kind, id string
	form     *editForm
	// commit swaps the edited copy in and returns a function that swaps
	// the old record back.
	commit func() (revert func())
	object fyne.CanvasObject
}

// editorFor builds the editor of a record, or nil when it does not exist.
func (w *MainWindow) editorFor(kind, id string) *recordEditor {
	e := &recordEditor{kind: kind, id: id, form: &editForm{}}
	var title string
	var extra []fyne.CanvasObject
	switch kind {
	case recActor:
		a := w.ws.Actor(id)
		if a == nil {
			return nil
		}
		edited := *a
		w.actorFields(e.form, &edited)
		e.commit = func() func() { old := *a; *a = edited; return func() { *a = old } }
		title = a.Name
		extra = append(extra, w.button(lang.L("Duplicate"), theme.ContentCopyIcon(), func() { w.DuplicateActors([]string{id}) }))
	case recTie:
		t := w.tie(id)
		if t == nil {
			return nil
		}
		edited := *t
		w.tieFields(e.form, &edited)
		e.commit = func() func() { old := *t; *t = edited; return func() { *t = old } }
		title = w.tieTitle(t)
	case recGroup:
		g := w.group(id)
		if g == nil {
			return nil
		}
		edited := *g
		w.groupFields(e.form, &edited)
		e.commit = func() func() { old := *g; *g = edited; return func() { *g = old } }
		title = g.Name
	case recService:
		s := w.service(id)
		if s == nil {
			return nil
		}
		edited := *s
		w.serviceFields(e.form, &edited)
		e.commit = func() func() { old := *s; *s = edited; return func() { *s = old } }
		title = s.Name
	default:
		return nil
	}
	apply := widget.NewButtonWithIcon(lang.L("Apply"), theme.ConfirmIcon(), func() {
		if err := w.applyEditor(e); err != nil {
			w.showError(lang.L("The change was not made."), err)
		}
	})
	apply.Importance = widget.HighImportance
	del := w.button(lang.L("Delete"), theme.DeleteIcon(), func() { w.DeleteRecord(kind, id) })
	heading := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	heading.Wrapping = fyne.TextWrapWord
	buttons := container.NewHBox(append([]fyne.CanvasObject{apply, del}, extra...)...)
	e.object = container.NewBorder(container.NewVBox(heading, widget.NewSeparator()), buttons, nil, nil,
		container.NewVScroll(widget.NewForm(e.form.items...)))
	return e
}

func (w *MainWindow) button(label string, icon fyne.Resource, fn func()) *widget.Button {
	b := widget.NewButtonWithIcon(label, icon, fn)
	b.Importance = widget.LowImportance
	return b
}

// applyEditor reads the form into the record, keeping the change only if
// the network stays sound.
func (w *MainWindow) applyEditor(e *recordEditor) error {
	if err := e.form.read(); err != nil {
		return err
	}
	before := map[string]bool{}
	for _, err := range w.ws.Validate() {
		before[err.Error()] = true
	}
	revert := e.commit()
	for _, err := range w.ws.Validate() {
		if !before[err.Error()] {
			revert()
			return err
		}
	}
	w.changed(true)
	return nil
}

// ApplyEditor applies the inspector's form as if Apply were tapped.
func (w *MainWindow) ApplyEditor() error {
	if w.inspector.editor == nil {
		return errors.New("nothing selected")
	}
	return w.applyEditor(w.inspector.editor)
}

func (w *MainWindow) actorFields(f *editForm, a *graph.Actor) {
	f.required(lang.L("Name"), &a.Name)
	f.text(lang.L("Short name"), &a.ShortName)
	f.pick(lang.L("Sector"), terms(w.ws.Vocab.Sectors, w.lang), &a.Sector, false)
	f.pick(lang.L("Status"), statusChoice(), &a.Status, true)
	f.actor(lang.L("Unit of"), actorChoice(w.ws.Actors), &a.Parent, true)
	if len(w.ws.Vocab.Municipalities) > 0 {
		f.codes(lang.L("Municipalities"), terms(w.ws.Vocab.Municipalities, w.lang), &a.Municipalities)
	}
	f.flag(lang.L("Meeting place"), lang.L("open meeting place for families"), &a.MeetingPlace)
	f.flag(lang.L("Project"), lang.L("fixed-term project"), &a.Project)
	f.date(lang.L("Project start"), &a.ProjectStart)
	f.date(lang.L("Project end"), &a.ProjectEnd)
	f.codes(lang.L("Tasks"), terms(w.ws.Vocab.Tasks, w.lang), &a.Tasks)
	f.codes(lang.L("Life stages"), terms(w.ws.Vocab.LifeStages, w.lang), &a.LifeStages)
	f.date(lang.L("In the network since"), &a.Since)
	f.date(lang.L("Until"), &a.Until)
	assigned := map[string]bool{} // IDs given to rows of this form
	newRows(f, lang.L("Contact persons"), lang.L("Add contact person"), &a.Contacts, func(c *graph.Contact, rf *editForm) fyne.CanvasObject {
		if c.ID == "" {
			c.ID = newContactID(&w.ws.Network, a, assigned)
		}
		assigned[c.ID] = true
		rf.text(lang.L("Name"), &c.Name)
		rf.text(lang.L("Role"), &c.Role)
		rf.text(lang.L("Email"), &c.Email)
		rf.text(lang.L("Phone"), &c.Phone)
		return widget.NewForm(rf.items...)
	})
	f.multiline(lang.L("Notes"), &a.Notes)
}

// newContactID is a contact ID used by no one in the network (contact IDs
// are unique across actors); the edited actor's own list counts too.
func newContactID(n *graph.Network, a *graph.Actor, assigned map[string]bool) string {
	return graph.UniqueID(a.ID+"-yh", func(id string) bool {
		if assigned[id] {
			return true
		}
		for _, x := range append(n.Actors, a) {
			for _, c := range x.Contacts {
				if c.ID == id {
					return true
				}
			}
		}
		return false
	})
}

func (w *MainWindow) tieFields(f *editForm, t *graph.Tie) {
	actors := actorChoice(w.ws.Actors)
	f.actor(lang.L("From"), actors, &t.From, false)
	f.actor(lang.L("To"), actors, &t.To, false)
	f.pick(lang.L("Kind"), terms(w.ws.Vocab.TieKinds, w.lang), &t.Kind, false)
	f.flag(lang.L("Direction"), lang.L("Directed tie (arrow)"), &t.Directed)
	strength := strconv.Itoa(t.Strength)
	f.pick(lang.L("Strength"), strengthChoice(), &strength, false)
	f.reads = append(f.reads, func() error { t.Strength, _ = strconv.Atoi(strength); return nil })
	f.pick(lang.L("Tie status"), tieStatusChoice(), &t.Status, false)
	f.date(lang.L("Since"), &t.Since)
	f.date(lang.L("Until"), &t.Until)
	f.codes(lang.L("Tasks"), terms(w.ws.Vocab.Tasks, w.lang), &t.Tasks)
	f.multiline(lang.L("Notes"), &t.Notes)
}

func (w *MainWindow) groupFields(f *editForm, g *graph.Group) {
	actors := actorChoice(w.ws.Actors)
	f.required(lang.L("Name"), &g.Name)
	f.pick(lang.L("Kind"), groupKindChoice(), &g.Kind, false)
	f.text(lang.L("Level"), &g.Level)
	f.multiline(lang.L("Purpose"), &g.Purpose)
	f.number(lang.L("Meetings a year"), &g.MeetingsPerYear, 0, 365)
	f.actor(lang.L("Coordinator"), actors, &g.Coordinator, true)
	newRows(f, lang.L("Members"), lang.L("Add member"), &g.Members, func(m *graph.Membership, rf *editForm) fyne.CanvasObject {
		rf.actor(lang.L("Actor"), actors, &m.Actor, false)
		rf.text(lang.L("Role"), &m.Role)
		rf.date(lang.L("Since"), &m.Since)
		rf.date(lang.L("Until"), &m.Until)
		rf.date(lang.L("Notice given"), &m.Notice)
		rf.pick(lang.L("Representative"), contactChoice(w.ws.Actors), &m.Representative, true)
		return widget.NewForm(rf.items...)
	})
}

// contactChoice lists every actor's contact persons as "name — actor"
// (the role when the name was removed), meant by the contact's ID.
func contactChoice(actors []*graph.Actor) choice {
	var c choice
	for _, a := range actors {
		for _, p := range a.Contacts {
			c.labels = append(c.labels, cmp.Or(p.Name, p.Role, p.ID)+" — "+a.Label())
			c.codes = append(c.codes, p.ID)
		}
	}
	return c
}

func (w *MainWindow) serviceFields(f *editForm, s *graph.Service) {
	actors := actorChoice(w.ws.Actors)
	f.required(lang.L("Name"), &s.Name)
	newRows(f, lang.L("Providers"), lang.L("Add provider"), &s.Providers, func(id *string, rf *editForm) fyne.CanvasObject {
		return rf.actor(lang.L("Provider"), actors, id, false).entry
	})
	f.codes(lang.L("Tasks"), terms(w.ws.Vocab.Tasks, w.lang), &s.Tasks)
	f.codes(lang.L("Life stages"), terms(w.ws.Vocab.LifeStages, w.lang), &s.LifeStages)
	if len(w.ws.Vocab.Municipalities) > 0 {
		f.codes(lang.L("Municipalities"), terms(w.ws.Vocab.Municipalities, w.lang), &s.Municipalities)
	}
	f.pick(lang.L("Mode"), codeChoice("mode", graph.ServiceModes), &s.Mode, true)
	f.multiline(lang.L("Notes"), &s.Notes)
}

func (w *MainWindow) tie(id string) *graph.Tie {
	for _, t := range w.ws.Ties {
		if t.ID == id {
			return t
		}
	}
	return nil
}

func (w *MainWindow) group(id string) *graph.Group {
	for _, g := range w.ws.Groups {
		if g.ID == id {
			return g
		}
	}
	return nil
}

func (w *MainWindow) service(id string) *graph.Service {
	for _, s := range w.ws.Services {
		if s.ID == id {
			return s
		}
	}
	return nil
}

// tieTitle is "A — B · kind".
func (w *MainWindow) tieTitle(t *graph.Tie) string {
	name := func(id string) string {
		if a := w.ws.Actor(id); a != nil {
			return a.Label()
		}
		return id
	}
	arrow := " — "
	if t.Directed {
		arrow = " » "
	}
	kind := t.Kind
	if k, ok := graph.Find(w.ws.Vocab.TieKinds, t.Kind); ok {
		kind = k.Label(w.lang)
	}
	return fmt.Sprintf("%s%s%s · %s", name(t.From), arrow, name(t.To), kind)
}

// inspector shows the editor of the selection.
type inspector struct {
	box    *fyne.Container
	editor *recordEditor
	empty  fyne.CanvasObject
}

func newInspector() *inspector {
	hint := widget.NewLabel(lang.L("Select an actor or a tie on the map, or a row in a table, to see and edit it here."))
	hint.Wrapping = fyne.TextWrapWord
	i := &inspector{empty: hint}
	i.box = container.NewStack(hint)
	return i
}

// showRecord puts a record in the inspector ("" kind or a missing record
// empties it).
func (w *MainWindow) showRecord(kind, id string) {
	i := w.inspector
	i.editor = nil
	if kind != "" {
		i.editor = w.editorFor(kind, id)
	}
	if i.editor == nil {
		i.box.Objects = []fyne.CanvasObject{i.empty}
	} else {
		i.box.Objects = []fyne.CanvasObject{i.editor.object}
	}
	i.box.Refresh()
}

// Inspected returns the kind and ID of the record in the inspector.
func (w *MainWindow) Inspected() (kind, id string) {
	if e := w.inspector.editor; e != nil {
		return e.kind, e.id
	}
	return "", ""
}
