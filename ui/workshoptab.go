package ui

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/verkostokartta/verkostokartta/graph"
	"github.com/verkostokartta/verkostokartta/workshop"
)

// workshopTab is the workshop's own panel: the goal, the agenda with a
// timer, quick notes under a perspective, actions, snapshots and saved
// views.
type workshopTab struct {
	w       *MainWindow
	goal    *widget.Entry
	date    *widget.Entry
	step    *widget.Label
	clock   *widget.Label
	persp   *widget.Select
	note    *keyEntry
	notes   *fyne.Container
	actions *fyne.Container
	snaps   *fyne.Container
	people  *fyne.Container
	views   *fyne.Container
	object  fyne.CanvasObject

	// The timer of the current step.
	mu      sync.Mutex
	started time.Time     // when the clock was (re)started; zero while stopped
	elapsed time.Duration // time counted before started
	stop    chan struct{}
}

func newWorkshopTab(w *MainWindow) *workshopTab {
	t := &workshopTab{w: w, notes: container.NewVBox(), actions: container.NewVBox(), snaps: container.NewVBox(), views: container.NewVBox(), people: container.NewVBox()}
	t.goal = widget.NewMultiLineEntry()
	t.goal.Wrapping = fyne.TextWrapWord
	t.goal.SetMinRowsVisible(2)
	t.goal.SetPlaceHolder(lang.L("What is the network's common goal?"))
	t.date = widget.NewEntry()
	t.date.SetPlaceHolder(lang.L("D.M.YYYY"))
	t.date.OnSubmitted = func(s string) { t.SetDate(s) }
	saveGoal := widget.NewButtonWithIcon(lang.L("Apply"), theme.ConfirmIcon(), func() {
		t.setGoal(t.goal.Text)
		t.SetDate(t.date.Text)
	})
	t.step = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	t.step.Wrapping = fyne.TextWrapWord
	t.clock = widget.NewLabel("0:00")
	prev := widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { t.moveStep(-1) })
	next := widget.NewButtonWithIcon(lang.L("Next step"), theme.NavigateNextIcon(), func() { t.moveStep(1) })
	timer := widget.NewButtonWithIcon(lang.L("Start / pause"), theme.MediaPlayIcon(), t.toggleClock)
	t.persp = widget.NewSelect(nil, nil)
	t.note = newKeyEntry(w)
	t.note.SetPlaceHolder(lang.L("Type a note and press Enter"))
	t.note.OnSubmitted = func(s string) {
		if t.AddNote(s) {
			t.note.SetText("")
		}
	}
	addAction := widget.NewButtonWithIcon(lang.L("Add action"), theme.ContentAddIcon(), t.actionDialog)
	snap := widget.NewButtonWithIcon(lang.L("Take a snapshot"), theme.MediaPhotoIcon(), t.snapshotDialog)
	saveView := widget.NewButtonWithIcon(lang.L("Save the view"), theme.DocumentSaveIcon(), t.viewDialog)
	addPerson := widget.NewButtonWithIcon(lang.L("Add participant"), theme.ContentAddIcon(), t.participantDialog)
	present := widget.NewButtonWithIcon(lang.L("Workshop mode"), theme.ViewFullScreenIcon(), w.ToggleWorkshopMode)
	present.Importance = widget.HighImportance
	heading := func(s string) fyne.CanvasObject {
		return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	t.object = container.NewVScroll(container.NewVBox(
		present,
		heading(lang.L("Common goal")), container.NewBorder(nil, nil, nil, saveGoal, container.NewVBox(t.goal,
			container.NewBorder(nil, nil, widget.NewLabel(lang.L("Date")), nil, t.date))),
		heading(lang.L("Agenda")), t.step, container.NewHBox(prev, next, timer, t.clock),
		heading(lang.L("Notes")), container.NewBorder(nil, nil, t.persp, nil, t.note), t.notes,
		heading(lang.L("Actions")), container.NewHBox(addAction), t.actions,
		heading(lang.L("Snapshots")), container.NewHBox(snap), t.snaps,
		heading(lang.L("Saved views")), container.NewHBox(saveView), t.views,
		heading(lang.L("Participants")), container.NewHBox(addPerson), t.people,
	))
	t.update()
	return t
}

// session returns the workspace's workshop, starting one with the default
// agenda when there is none.
func (t *workshopTab) session() *workshop.Session {
	if t.w.ws.Workshop == nil {
		t.w.ws.Workshop = workshop.NewSession(t.w.lang)
	}
	return t.w.ws.Workshop
}

// update shows the workspace's workshop.
func (t *workshopTab) update() {
	ws := t.w.ws
	s := ws.Workshop
	if s == nil {
		s = workshop.NewSession(t.w.lang)
	}
	if t.goal.Text != s.Goal {
		t.goal.SetText(s.Goal)
	}
	if d := finnishDate(s.Date); t.date.Text != d {
		t.date.SetText(d)
	}
	if len(s.Agenda) > 0 && s.Current < len(s.Agenda) {
		st := s.Agenda[s.Current]
		t.step.SetText(fmt.Sprintf("%d/%d %s (%d min)", s.Current+1, len(s.Agenda), st.Title, st.Minutes))
	} else {
		t.step.SetText("")
	}
	persp := terms(ws.Vocab.Perspectives, t.w.lang)
	selected := t.persp.Selected
	t.persp.SetOptions(persp.labels)
	if selected == "" && len(persp.labels) > 0 {
		selected = persp.labels[0]
	}
	t.persp.SetSelected(selected)

	t.notes.RemoveAll()
	for _, p := range ws.Vocab.Perspectives {
		notes := s.NotesBy(p.Code)
		if len(notes) == 0 {
			continue
		}
		var lines []string
		for _, n := range notes {
			lines = append(lines, "• "+n.Text)
		}
		l := widget.NewLabel(p.Label(t.w.lang) + "\n" + strings.Join(lines, "\n"))
		l.Wrapping = fyne.TextWrapWord
		t.notes.Add(l)
	}
	t.actions.RemoveAll()
	for i := range s.Actions {
		t.actions.Add(t.actionRow(i))
	}
	t.snaps.RemoveAll()
	for i := range ws.Snapshots {
		sn := ws.Snapshots[i]
		compare := widget.NewButtonWithIcon(lang.L("Compare with now"), theme.ViewRefreshIcon(), func() { t.w.CompareWindow(sn.ID, "") })
		compare.Importance = widget.LowImportance
		buttons := container.NewHBox()
		if i > 0 {
			// Two snapshots on one map: the one before and this one.
			prev := ws.Snapshots[i-1].ID
			withPrev := widget.NewButtonWithIcon(lang.L("Compare with the previous"), theme.HistoryIcon(), func() { t.w.CompareWindow(prev, sn.ID) })
			withPrev.Importance = widget.LowImportance
			buttons.Add(withPrev)
		}
		buttons.Add(compare)
		t.snaps.Add(container.NewBorder(nil, nil, nil, buttons,
			truncated(fmt.Sprintf("%s · %s", sn.Name, sn.Taken.Local().Format("2.1.2006 15.04")))))
	}
	t.people.RemoveAll()
	for i, p := range s.Participants {
		org := p.Organisation
		if a := ws.Actor(org); a != nil {
			org = a.Label()
		}
		k := i
		remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { t.removeParticipant(k) })
		remove.Importance = widget.LowImportance
		t.people.Add(container.NewBorder(nil, nil, nil, remove, truncated(strings.Join(nonEmpty(p.Name, p.Role, org), ", "))))
	}
	t.views.RemoveAll()
	for i := range ws.Views {
		v := ws.Views[i]
		show := widget.NewButtonWithIcon(lang.L("Show"), theme.VisibilityIcon(), func() { t.w.ShowSavedView(v.ID) })
		show.Importance = widget.LowImportance
		t.views.Add(container.NewBorder(nil, nil, nil, show, truncated(fmt.Sprintf("%d. %s", i+1, v.Name))))
	}
}

// truncated is a one-line label that ends in an ellipsis rather than
// widen the side panel and squeeze the map.
func truncated(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

func (t *workshopTab) actionRow(i int) fyne.CanvasObject {
	s := t.w.ws.Workshop
	a := s.Actions[i]
	who := a.Who
	if x := t.w.ws.Actor(a.Who); x != nil {
		who = x.Label()
	}
	text := a.What
	if extra := strings.Join(nonEmpty(who, finnishDate(a.Due)), ", "); extra != "" {
		text += " (" + extra + ")"
	}
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	statuses := codeChoice("action", workshop.ActionStatuses)
	sel := widget.NewSelect(statuses.labels, nil)
	sel.SetSelected(statuses.label(cmpOr(a.Status, workshop.ActionOpen)))
	id := a.ID
	sel.OnChanged = func(label string) {
		for k := range s.Actions {
			if s.Actions[k].ID == id && s.Actions[k].Status != statuses.code(label) {
				s.Actions[k].Status = statuses.code(label)
				t.w.changed(false)
			}
		}
	}
	return container.NewBorder(nil, nil, nil, sel, l)
}

func nonEmpty(xs ...string) []string {
	var out []string
	for _, x := range xs {
		if strings.TrimSpace(x) != "" {
			out = append(out, x)
		}
	}
	return out
}

func (t *workshopTab) setGoal(goal string) {
	s := t.session()
	if strings.TrimSpace(goal) == s.Goal {
		return
	}
	s.Goal = strings.TrimSpace(goal)
	t.w.changed(false)
}

// SetDate sets the workshop's date (D.M.YYYY or ISO; empty clears it),
// which is also the day the membership review looks at. A text that is
// no date is refused with a message and changes nothing.
func (t *workshopTab) SetDate(text string) error {
	d, err := graph.ParseDate(strings.TrimSpace(text))
	if err != nil {
		t.w.showError(lang.L("not a date: write e.g. 31.12.2025"), err)
		return err
	}
	s := t.session()
	if d == s.Date {
		return nil
	}
	s.Date = d
	t.w.changed(false)
	t.w.review.update()
	return nil
}

// AddNote records a note under the chosen perspective in the current step;
// it reports whether there was anything to record.
func (t *workshopTab) AddNote(text string) bool {
	if strings.TrimSpace(text) == "" {
		return false
	}
	code := terms(t.w.ws.Vocab.Perspectives, t.w.lang).code(t.persp.Selected)
	if code == "" {
		return false
	}
	t.session().AddNote(code, text, time.Now())
	t.w.changed(false)
	t.update()
	return true
}

// moveStep goes to the previous or next step of the agenda and restarts
// the clock.
func (t *workshopTab) moveStep(by int) {
	s := t.session()
	next := s.Current + by
	if next < 0 || next >= len(s.Agenda) {
		return
	}
	if by > 0 {
		s.Agenda[s.Current].Done = true
	}
	s.Current = next
	t.resetClock()
	t.w.changed(false)
	t.update()
}

// toggleClock starts or pauses the step's clock.
func (t *workshopTab) toggleClock() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if !t.started.IsZero() {
		t.elapsed += time.Since(t.started)
		t.started = time.Time{}
		close(t.stop)
		return
	}
	t.started = time.Now()
	t.stop = make(chan struct{})
	stop := t.stop
	go func() {
		tick := time.NewTicker(time.Second)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				fyne.Do(t.showClock)
			}
		}
	}()
}

func (t *workshopTab) resetClock() {
	t.mu.Lock()
	running := !t.started.IsZero()
	t.elapsed = 0
	if running {
		t.started = time.Now()
	}
	t.mu.Unlock()
	t.showClock()
}

// Elapsed is the time on the step's clock.
func (t *workshopTab) Elapsed() time.Duration {
	t.mu.Lock()
	defer t.mu.Unlock()
	d := t.elapsed
	if !t.started.IsZero() {
		d += time.Since(t.started)
	}
	return d
}

// showClock shows the elapsed time against the step's length; past it,
// the clock says so.
func (t *workshopTab) showClock() {
	d := t.Elapsed().Truncate(time.Second)
	text := fmt.Sprintf("%d:%02d", int(d.Minutes()), int(d.Seconds())%60)
	if s := t.w.ws.Workshop; s != nil && s.Current < len(s.Agenda) && s.Agenda[s.Current].Minutes > 0 {
		limit := time.Duration(s.Agenda[s.Current].Minutes) * time.Minute
		text += fmt.Sprintf(" / %d:00", s.Agenda[s.Current].Minutes)
		if d > limit {
			text += " · " + lang.L("time is up")
		}
	}
	t.clock.SetText(text)
	if t.w.presenter != nil {
		t.w.presenter.clock.SetText(text)
	}
}

// actionDialog asks for an action: what, who, by when.
func (t *workshopTab) actionDialog() {
	var a workshop.Action
	f := &editForm{}
	f.required(lang.L("What"), &a.What)
	f.text(lang.L("Who"), &a.Who)
	f.date(lang.L("By when"), &a.Due)
	t.addDialog(lang.L("Add action"), lang.L("The action was not added."), f, func() {
		who := a.Who
		if id := actorByName(t.w.ws.Actors, who); id != "" {
			who = id
		}
		t.session().AddAction(a.What, who, a.Due)
	})
}

// addDialog shows a form that adds something to the workshop: when its
// fields read without error, add runs as one undo step.
func (t *workshopTab) addDialog(title, failed string, f *editForm, add func()) {
	t.w.showForm(title, lang.L("Add"), f.items, func(ok bool) {
		if !ok {
			return
		}
		if err := f.read(); err != nil {
			t.w.showError(failed, err)
			return
		}
		add()
		t.w.changed(false)
		t.update()
	})
}

// participantDialog asks for a participant: name, organisation, role.
// Participants are personal data: kept in the workspace, left out of
// every export without personal data.
func (t *workshopTab) participantDialog() {
	var p workshop.Participant
	f := &editForm{}
	f.required(lang.L("Name"), &p.Name)
	f.text(lang.L("Organisation"), &p.Organisation)
	f.text(lang.L("Role"), &p.Role)
	t.addDialog(lang.L("Add participant"), lang.L("The participant was not added."), f, func() {
		if id := actorByName(t.w.ws.Actors, p.Organisation); id != "" {
			p.Organisation = id
		}
		s := t.session()
		s.Participants = append(s.Participants, p)
	})
}

// removeParticipant takes the i-th participant off the list.
func (t *workshopTab) removeParticipant(i int) {
	s := t.session()
	if i < 0 || i >= len(s.Participants) {
		return
	}
	s.Participants = append(s.Participants[:i], s.Participants[i+1:]...)
	t.w.changed(false)
	t.update()
}

// actorByName finds an actor by its name or short name, ignoring case.
func actorByName(actors []*graph.Actor, name string) string {
	for _, a := range actors {
		if name != "" && (strings.EqualFold(a.Name, name) || strings.EqualFold(a.ShortName, name)) {
			return a.ID
		}
	}
	return ""
}

// snapshotDialog asks for a name and freezes the network under it.
func (t *workshopTab) snapshotDialog() {
	name := newField()
	name.SetText(lang.L("Situation on {{.D}}", map[string]any{"D": time.Now().Format("2.1.2006")}))
	t.w.showForm(lang.L("Take a snapshot"), lang.L("Take"), []*widget.FormItem{widget.NewFormItem(lang.L("Name"), name)}, func(ok bool) {
		if ok {
			t.w.TakeSnapshot(name.Text)
		}
	})
}

// TakeSnapshot freezes the network under a name.
func (w *MainWindow) TakeSnapshot(name string) {
	if strings.TrimSpace(name) == "" {
		name = time.Now().Format("2.1.2006 15.04")
	}
	if _, err := w.ws.TakeSnapshot(name, time.Now()); err != nil {
		w.showError(lang.L("The snapshot was not taken."), err)
		return
	}
	w.changed(false)
	w.workshop.update()
}

// viewDialog asks for a name and keeps the current view under it.
func (t *workshopTab) viewDialog() {
	name := newField()
	name.SetText(lang.L("View {{.N}}", map[string]any{"N": len(t.w.ws.Views) + 1}))
	t.w.showForm(lang.L("Save the view"), lang.L("Save"), []*widget.FormItem{widget.NewFormItem(lang.L("Name"), name)}, func(ok bool) {
		if ok {
			t.w.SaveView(name.Text)
		}
	})
}

// SaveView keeps the current view under a name.
func (w *MainWindow) SaveView(name string) {
	v := w.view
	sv := workshop.SavedView{
		ID:   graph.UniqueID("nakyma", func(id string) bool { return w.savedView(id) != nil }),
		Name: strings.TrimSpace(name), Kinds: v.Kinds, Statuses: v.Statuses, Sectors: v.Sectors, Members: v.Members, At: v.At,
		ColourBy: v.ColourBy, SizeBy: v.SizeBy, Focus: v.Focus, Steps: v.Steps, Cuts: v.MarkCuts, Overlaps: v.MarkOverlaps,
		Layout: map[string][2]float64{},
	}
	for _, a := range w.ws.Actors {
		sv.Layout[a.ID] = [2]float64{a.X, a.Y}
	}
	w.ws.Views = append(w.ws.Views, sv)
	w.changed(false)
	w.workshop.update()
}

func (w *MainWindow) savedView(id string) *workshop.SavedView {
	for i := range w.ws.Views {
		if w.ws.Views[i].ID == id {
			return &w.ws.Views[i]
		}
	}
	return nil
}

// ShowSavedView shows a saved view: its filters, colours, sizes, ego
// network, marks and layout.
func (w *MainWindow) ShowSavedView(id string) {
	sv := w.savedView(id)
	if sv == nil {
		return
	}
	w.setView(viewState{Kinds: sv.Kinds, Statuses: sv.Statuses, Sectors: sv.Sectors, Members: sv.Members, At: sv.At,
		ColourBy: cmpOr(sv.ColourBy, "sector"), SizeBy: sv.SizeBy, Focus: sv.Focus, Steps: sv.Steps,
		MarkCuts: sv.Cuts, MarkOverlaps: sv.Overlaps})
	if sv.Focus != "" {
		w.Map.Select(sv.Focus)
	}
	// The actors go where they stood in the view: one undo step, and only
	// when something moves.
	moved := false
	for _, a := range w.ws.Actors {
		if p, ok := sv.Layout[a.ID]; ok && (a.X != p[0] || a.Y != p[1]) {
			a.X, a.Y, moved = p[0], p[1], true
		}
	}
	if moved {
		w.changed(false)
	}
	w.Map.Fit()
	w.status.SetText(sv.Name)
}
