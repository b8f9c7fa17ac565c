package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
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
	win := w.CompareWindow(before, "")
	if win == nil {
		t.Fatal("no comparison window")
	}
	defer win.Close()
	joined := strings.Join(w.compareLines, "\n")
	for _, want := range []string{"+ Kela", "− Juvan kunta", "+ Essote – Kela", "− Juvan kunta – Essote", "Essote: kumppaneita oli 2, nyt 2; välittäjyys oli 1.000, nyt 0.000"} {
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
