package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/verkostokartta/verkostokartta/workshop"
)

func TestWorkshopTab(t *testing.T) {
	w := open(t, chain())
	tab := w.workshop
	tab.goal.SetText("Perheet löytävät avun omasta kunnastaan")
	test.Tap(buttonIn(t, tab.object, "Käytä"))
	s := w.Workspace().Workshop
	if s == nil || s.Goal != "Perheet löytävät avun omasta kunnastaan" || len(s.Agenda) != 6 || !w.Dirty() {
		t.Fatalf("session %+v", s)
	}
	tab.moveStep(1)
	tab.moveStep(1)
	if s.Current != 2 || !s.Agenda[0].Done || !strings.HasPrefix(tab.step.Text, "3/6 Piirretään verkosto") {
		t.Errorf("current %d, step %q", s.Current, tab.step.Text)
	}
	tab.persp.SetSelected("Unelmat")
	test.Type(tab.note, "Yksi ovi kaikkiin palveluihin")
	tab.note.OnSubmitted(tab.note.Text)
	if len(s.Notes) != 1 || s.Notes[0].Perspective != "dreams" || s.Notes[0].Step != "vaihe3" || tab.note.Text != "" {
		t.Errorf("notes %+v", s.Notes)
	}
	w.Undo()
	if len(w.Workspace().Workshop.Notes) != 0 {
		t.Error("undo kept the note")
	}
	w.Redo()
	if len(w.Workspace().Workshop.Notes) != 1 {
		t.Error("redo lost the note")
	}
}

func TestSnapshotCompareAndSavedViews(t *testing.T) {
	w := open(t, chain())
	w.TakeSnapshot("Lähtötilanne")
	if len(w.Workspace().Snapshots) != 1 {
		t.Fatal("no snapshot")
	}
	before := w.Workspace().Snapshots[0].ID
	kela, _ := w.AddActor("Kela", "kela")
	w.AddTie("essote", kela.ID, "joint")
	w.AddTie("viola", kela.ID, "joint") // a triangle: Essote no longer between anyone
	w.DeleteRecord(recActor, "juva")
	n, st, c := comparisonNetwork(&w.Workspace().Snapshot(before).Network, &w.Workspace().Network)
	if len(c.ActorsAdded) != 1 || c.ActorsAdded[0].ID != "kela" || len(c.ActorsRemoved) != 1 || c.ActorsRemoved[0].ID != "juva" ||
		len(c.TiesAdded) != 2 || len(c.TiesRemoved) != 1 || c.TiesRemoved[0].ID != "t1" {
		t.Fatalf("comparison %+v", c)
	}
	// The removed actor and tie are drawn where they stood, faded and red.
	if n.Actor("juva") == nil || st.Marked["juva"] != removedMark || !st.Dimmed["juva"] || st.Marked["kela"] != addedMark || !st.Highlight[c.TiesAdded[0].ID] {
		t.Errorf("style %+v", st)
	}
	// A second snapshot compares with the first on one map.
	w.TakeSnapshot("Jälkeen")
	w.workshop.update()
	if b := buttonIn(t, w.workshop.snaps, "Vertaa edelliseen"); b == nil {
		t.Fatal("no button to compare two snapshots")
	} else {
		test.Tap(b)
		if !strings.Contains(strings.Join(w.compareLines, "\n"), "+ Kela") {
			t.Errorf("snapshot to snapshot: %q", w.compareLines)
		}
	}
	win := w.CompareWindow(before, "")
	if win == nil {
		t.Fatal("no comparison window")
	}
	defer win.Close()
	joined := strings.Join(w.compareLines, "\n")
	for _, want := range []string{"+ Kela", "− Juvan kunta", "+ Essote – Kela", "− Juvan kunta – Essote", "Essote: kumppaneita 2 → 2, välittäjyys 1,000 → 0,000"} {
		if !strings.Contains(joined, want) {
			t.Errorf("the comparison lacks %q:\n%s", want, joined)
		}
	}

	// Two saved views revealed one by one in workshop mode.
	v := w.view
	v.MarkCuts = true
	w.setView(v)
	w.SaveView("Katkoskohdat")
	v = w.view
	v.MarkCuts, v.ColourBy = false, "community"
	w.setView(v)
	w.SaveView("Yhteisöt")
	w.ClearFilters()
	w.setView(viewState{ColourBy: "sector"})
	// The views keep the layout: Essote moved after they were saved goes
	// back when one is shown, and Ctrl+Z brings the move back.
	essote := w.ws.Actor("essote")
	x0, y0 := essote.X, essote.Y
	essote.X, essote.Y = x0+300, y0-200
	w.changed(false)
	w.ShowSavedView(w.ws.Views[0].ID)
	if essote = w.ws.Actor("essote"); essote.X != x0 || essote.Y != y0 {
		t.Errorf("Essote at %v,%v after showing the view, want %v,%v", essote.X, essote.Y, x0, y0)
	}
	w.Undo()
	if essote = w.ws.Actor("essote"); essote.X != x0+300 {
		t.Errorf("undo left Essote at %v", essote.X)
	}
	w.setView(viewState{ColourBy: "sector"})
	w.ToggleWorkshopMode()
	if !w.InWorkshopMode() || w.Map.TextSize() != WorkshopTextSize || WorkshopTextSize < 24 {
		t.Fatalf("workshop mode %v, text %v", w.InWorkshopMode(), w.Map.TextSize())
	}
	if !w.RevealNextView() || !w.view.MarkCuts || w.presenter.view.Text != "1/2 Katkoskohdat" {
		t.Errorf("first view: cuts %v, label %q", w.view.MarkCuts, w.presenter.view.Text)
	}
	if !w.RevealNextView() || w.view.ColourBy != "community" || w.view.MarkCuts {
		t.Errorf("second view %+v", w.view)
	}
	if w.RevealNextView() {
		t.Error("a third view was revealed")
	}
	w.presenter.persp.SetSelected("Asiakas")
	w.presenter.note.SetText("Perheet eivät löydä palveluja")
	w.presenter.note.OnSubmitted(w.presenter.note.Text)
	if notes := w.Workspace().Workshop.NotesBy("client"); len(notes) != 1 {
		t.Errorf("notes in workshop mode %+v", notes)
	}
	w.ToggleWorkshopMode()
	if w.InWorkshopMode() || w.Map.TextSize() != 16 {
		t.Error("leaving workshop mode")
	}
}

// TestReviewPanel: the sample's review as of the workshop's date, 20 May
// 2021, in the agreement's second year; then as of a typed day after the
// agreement ended; a typed non-date is refused.
func TestReviewPanel(t *testing.T) {
	w := open(t, workshop.Sample())
	if err := w.workshop.SetDate("20.5.2021"); err != nil {
		t.Fatal(err)
	}
	if w.ws.Workshop.Date != "2021-05-20" {
		t.Fatalf("workshop date %q", w.ws.Workshop.Date)
	}
	p := w.review
	text := func() string {
		var lines []string
		for _, b := range p.blocks {
			lines = append(lines, b.Title, b.Note)
			for _, r := range b.Rows {
				lines = append(lines, strings.Join(r, " | "))
			}
			lines = append(lines, b.Items...)
		}
		return strings.Join(lines, "\n")
	}
	got := text()
	for _, want := range []string{
		"Jäsenyydet ryhmissä", "Sopijaosapuolet: Yhteistyösopimus Etelä-Savon",
		"Osapuolia: 15 voimassa, 1 päättynyt.", "Terveystalo | 1.1.2020 | päättyi 31.12.2020 | – | 1",
		"Pertunmaa | 1.1.2020 | voimassa, 31.12.2021 asti | ei | 0",
		"kunnat ilman edustusta: Pertunmaa, Enonkoski, Hirvensalmi, Sulkava.",
		"Kela — yhteyksiä 2 toimijaan, joilla on paikka ryhmissä",
		// Who holds the seat, and the contact persons per actor.
		"Essote | sopijaosapuoli (31.12.2021 asti) | puheenjohtaja: ",
		"Yhteyshenkilöt",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the review lacks %q:\n%s", want, got)
		}
	}
	// However long its names, the review does not widen the side panel.
	if wd := p.object.MinSize().Width; wd > 400 {
		t.Errorf("the review is %.0f wide at least", wd)
	}
	p.day.SetText("1.1.2022")
	p.update()
	if got := text(); !strings.Contains(got, "Osapuolia: 16 päättynyttä. Sopimus on päättynyt kaikkien osapuolten osalta.") {
		t.Errorf("after the agreement: %s", got)
	}
	p.day.SetText("kesäkuu")
	p.update()
	if !p.err.Visible() {
		t.Error("a non-date was not refused")
	}
	if err := w.workshop.SetDate("31.2.2021"); err == nil || w.ws.Workshop.Date != "2021-05-20" {
		t.Errorf("an impossible date: %v, date now %q", err, w.ws.Workshop.Date)
	}
}

// TestWorkshopKeys: the workshop runs from the keyboard, also while the
// cursor is in the note field.
// TestWorkshopTabStaysNarrow: however long the names of snapshots, views
// and participants, the tab does not widen the side panel.
func TestWorkshopTabStaysNarrow(t *testing.T) {
	w := open(t, chain())
	long := strings.Repeat("Hyvin pitkä nimi ", 8)
	w.TakeSnapshot(long)
	w.TakeSnapshot(long)
	w.SaveView(long)
	w.workshop.session().Participants = []workshop.Participant{{Name: long, Organisation: long}}
	w.workshop.update()
	if wd := w.workshop.object.MinSize().Width; wd > 450 {
		t.Errorf("the workshop tab is %.0f wide at least", wd)
	}
}

func TestParticipants(t *testing.T) {
	w := open(t, chain())
	w.workshop.participantDialog()
	name, ok := inner(w.Window.Canvas().Focused().(fyne.CanvasObject)).(*widget.Entry)
	if !ok {
		t.Fatalf("focus on %T", w.Window.Canvas().Focused())
	}
	first := w.Window.Canvas().Focused()
	test.Type(name, "Maija")
	w.Window.Canvas().FocusNext()
	test.Type(inner(w.Window.Canvas().Focused().(fyne.CanvasObject)).(*widget.Entry), "Viola ry")
	first.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	s := w.ws.Workshop
	if s == nil || len(s.Participants) != 1 || s.Participants[0].Name != "Maija" || s.Participants[0].Organisation != "viola" {
		t.Fatalf("participants %+v", s)
	}
	w.workshop.removeParticipant(0)
	if len(s.Participants) != 0 {
		t.Error("the participant was not removed")
	}
}

func TestWorkshopKeys(t *testing.T) {
	w := open(t, chain())
	w.ToggleWorkshopMode()
	note := w.presenter.note
	w.Window.Canvas().Focus(note)
	ctrl := fyne.KeyModifierShortcutDefault
	note.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.Key2, Modifier: ctrl})
	note.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyRight, Modifier: ctrl})
	test.Type(note, "Palvelut hajallaan")
	note.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	s := w.ws.Workshop
	if s.Current != 1 || len(s.Notes) != 1 || s.Notes[0].Perspective != w.ws.Vocab.Perspectives[1].Code || s.Notes[0].Text != "Palvelut hajallaan" {
		t.Fatalf("step %d, notes %+v", s.Current, s.Notes)
	}
	// Ctrl+C stays the entry's own; Esc in the field leaves workshop mode.
	note.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if w.InWorkshopMode() {
		t.Error("Esc in the note field did not leave workshop mode")
	}
	// Ctrl+G: the goal and date, submitted with Enter.
	if !w.runShortcut(fyne.KeyG, ctrl) {
		t.Fatal("no Ctrl+G")
	}
	goal, ok := inner(w.Window.Canvas().Focused().(fyne.CanvasObject)).(*widget.Entry)
	if !ok {
		t.Fatalf("focus on %T", w.Window.Canvas().Focused())
	}
	test.Type(goal, "Yksi ovi perheille")
	w.Window.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if s.Goal != "Yksi ovi perheille" {
		t.Errorf("goal %q", s.Goal)
	}
}

// TestColumnsLayout: columns keep their natural widths when they fit; the
// first gives way first, down to a third of the width; then the widest.
func TestColumnsLayout(t *testing.T) {
	l := &columnsLayout{natural: []float32{100, 50, 50}}
	cells := []fyne.CanvasObject{widget.NewLabel("a"), widget.NewLabel("b"), widget.NewLabel("c")}
	for _, c := range []struct {
		width float32
		want  [3]float32 // the cells' widths
	}{
		{300, [3]float32{100, 50, 50}},
		{150, [3]float32{50, 50, 50}},
		{90, [3]float32{30, 30, 30}},
		{60, [3]float32{20, 20, 20}},
		{0, [3]float32{0, 0, 0}},
	} {
		l.Layout(cells, fyne.NewSize(c.width, 40))
		for i, o := range cells {
			if d := o.Size().Width - c.want[i]; d > 0.01 || d < -0.01 {
				t.Errorf("width %v: column %d is %v, want %v", c.width, i, o.Size().Width, c.want[i])
			}
		}
		if d := cells[2].Position().X - c.want[0] - c.want[1]; d > 0.01 || d < -0.01 {
			t.Errorf("width %v: third column at %v", c.width, cells[2].Position().X)
		}
	}
}
