package ui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/verkostokartta/verkostokartta/graph"
	"github.com/verkostokartta/verkostokartta/workshop"
)

// inner is the Fyne widget a dialog's field extends, for the tests to set.
func inner(o fyne.CanvasObject) fyne.CanvasObject {
	switch f := o.(type) {
	case *field:
		return &f.Entry
	case *letterSelect:
		return &f.Select
	case *pickField:
		return &f.SelectEntry
	}
	return o
}

// entryOf finds the editor's field by its form label.
func entryOf(t *testing.T, e *recordEditor, label string) fyne.CanvasObject {
	t.Helper()
	for _, it := range e.form.items {
		if it.Text == label {
			return inner(it.Widget)
		}
	}
	t.Fatalf("no field %q", label)
	return nil
}

func TestInspectorEditsAnActor(t *testing.T) {
	w := open(t, chain())
	test.Tap(w.Map) // nothing under the pointer at the top left
	w.Map.OnSelect("viola")
	if kind, id := w.Inspected(); kind != recActor || id != "viola" {
		t.Fatalf("inspected %s %s", kind, id)
	}
	e := w.inspector.editor
	entryOf(t, e, "Nimi").(*widget.Entry).SetText("Viola – väkivallasta vapaaksi ry")
	entryOf(t, e, "Lyhyt nimi").(*widget.Entry).SetText("Viola")
	entryOf(t, e, "Asema").(*widget.Select).SetSelected("Ydin")
	entryOf(t, e, "Verkostossa alkaen").(*widget.Entry).SetText("1.3.2021")
	if err := w.ApplyEditor(); err != nil {
		t.Fatal(err)
	}
	a := w.Workspace().Actor("viola")
	if a.Name != "Viola – väkivallasta vapaaksi ry" || a.ShortName != "Viola" || a.Status != "core" || a.Since != "2021-03-01" {
		t.Errorf("actor after Apply: %+v", a)
	}
	if !w.Dirty() {
		t.Error("an applied edit left the workspace clean")
	}
	// One Apply is one undo step.
	w.Undo()
	if a := w.Workspace().Actor("viola"); a.Name != "Viola ry" || a.Status != "" {
		t.Errorf("after undo: %+v", a)
	}
	w.Redo()
	if a := w.Workspace().Actor("viola"); a.ShortName != "Viola" {
		t.Errorf("after redo: %+v", a)
	}
}

func TestInspectorRefusesBadInput(t *testing.T) {
	w := open(t, chain())
	w.showRecord(recActor, "juva")
	e := w.inspector.editor
	entryOf(t, e, "Verkostossa alkaen").(*widget.Entry).SetText("31.2.2021")
	err := w.ApplyEditor()
	if err == nil || !strings.Contains(err.Error(), "Verkostossa alkaen") || !strings.Contains(err.Error(), "päivämäärä") {
		t.Errorf("bad date: %v", err)
	}
	w.showRecord(recActor, "juva")
	e = w.inspector.editor
	entryOf(t, e, "Nimi").(*widget.Entry).SetText("   ")
	if err := w.ApplyEditor(); err == nil || !strings.Contains(err.Error(), "Nimi") {
		t.Errorf("empty name: %v", err)
	}
	// Ending before starting is a problem Validate finds; nothing changes.
	w.showRecord(recActor, "juva")
	e = w.inspector.editor
	entryOf(t, e, "Verkostossa alkaen").(*widget.Entry).SetText("1.1.2024")
	entryOf(t, e, "Päättyen").(*widget.Entry).SetText("1.1.2020")
	if err := w.ApplyEditor(); err == nil {
		t.Error("until before since was accepted")
	}
	if a := w.Workspace().Actor("juva"); a.Name != "Juvan kunta" || a.Since != "" || a.Until != "" || w.Dirty() {
		t.Errorf("a refused edit changed the actor: %+v (dirty %v)", a, w.Dirty())
	}
}

func TestInspectorEditsATie(t *testing.T) {
	w := open(t, chain())
	w.showRecord(recTie, "t1")
	e := w.inspector.editor
	entryOf(t, e, "Vahvuus").(*widget.Select).SetSelected("3 vahva")
	entryOf(t, e, "Yhteyden tila").(*widget.Select).SetSelected("Suunniteltu")
	if err := w.ApplyEditor(); err != nil {
		t.Fatal(err)
	}
	if tie := w.tie("t1"); tie.Strength != 3 || tie.Status != "planned" {
		t.Errorf("tie %+v", tie)
	}
	// A planned tie no longer counts: Essote is no longer between anyone.
	for _, r := range w.table.Rows() {
		if r.ID == "essote" && (r.Degree != 1 || r.Betweenness != 0) {
			t.Errorf("Essote after planning t1: %+v", r)
		}
	}
}

func TestGroupWithMembers(t *testing.T) {
	ws := chain()
	ws.Actor("juva").Contacts = []graph.Contact{{ID: "juva-1", Name: "Jaana Kekkilä", Role: "perhekeskuskoordinaattori"}}
	w := open(t, ws)
	test.Tap(buttonIn(t, w.groups.panel, "Lisää"))
	if len(w.Workspace().Groups) != 1 {
		t.Fatalf("%d groups", len(w.Workspace().Groups))
	}
	g := w.Workspace().Groups[0]
	e := w.editorFor(recGroup, g.ID)
	entryOf(t, e, "Nimi").(*widget.Entry).SetText("Perhekeskuksen johtoryhmä")
	entryOf(t, e, "Tyyppi").(*widget.Select).SetSelected("Johtoryhmä")
	entryOf(t, e, "Kokouksia vuodessa").(*widget.Entry).SetText("4")
	members := entryOf(t, e, "Jäsenet").(*fyne.Container)
	add := buttonIn(t, members, "Lisää jäsen")
	test.Tap(add)
	test.Tap(add)
	rows := members.Objects[0].(*fyne.Container).Objects
	if len(rows) != 2 {
		t.Fatalf("%d member rows", len(rows))
	}
	for i, id := range []string{"Juvan kunta", "Essote"} {
		form := rows[i].(*fyne.Container).Objects[0].(*widget.Form)
		test.Type(form.Items[0].Widget.(fyne.Focusable), id)
		inner(form.Items[1].Widget).(*widget.Entry).SetText("jäsen")
	}
	first := rows[0].(*fyne.Container).Objects[0].(*widget.Form)
	inner(first.Items[2].Widget).(*widget.Entry).SetText("2021-01-01")
	inner(first.Items[5].Widget).(*widget.Select).SetSelected("Jaana Kekkilä — Juvan kunta")                        // who holds the seat
	inner(rows[1].(*fyne.Container).Objects[0].(*widget.Form).Items[4].Widget).(*widget.Entry).SetText("15.8.2021") // notice given
	if err := w.applyEditor(e); err != nil {
		t.Fatal(err)
	}
	g = w.Workspace().Groups[0]
	if g.Name != "Perhekeskuksen johtoryhmä" || g.Kind != "leadership" || g.MeetingsPerYear != 4 || len(g.Members) != 2 ||
		g.Members[0].Actor != "juva" || g.Members[0].Since != "2021-01-01" || g.Members[1].Actor != "essote" || g.Members[1].Role != "jäsen" ||
		g.Members[0].Representative != "juva-1" || g.Members[1].Notice != "2021-08-15" {
		t.Errorf("group %+v", g)
	}
	if len(w.groups.rows) != 1 || !strings.Contains(w.groups.rows[0].detail, "2 jäsentä") {
		t.Errorf("group list %+v", w.groups.rows)
	}
	w.DeleteRecord(recGroup, g.ID)
	if len(w.Workspace().Groups) != 0 || len(w.groups.rows) != 0 {
		t.Error("the group was not deleted")
	}
}

func TestServiceTable(t *testing.T) {
	w := open(t, chain())
	w.Map.Select("viola")
	test.Tap(buttonIn(t, w.services.panel, "Lisää"))
	s := w.Workspace().Services[0]
	if len(s.Providers) != 1 || s.Providers[0] != "viola" {
		t.Fatalf("service %+v", s)
	}
	e := w.editorFor(recService, s.ID)
	entryOf(t, e, "Nimi").(*widget.Entry).SetText("Eron ensiapupiste")
	entryOf(t, e, "Tehtävät").(*widget.CheckGroup).SetSelected([]string{termLabel(w.ws.Vocab.Tasks, w.ws.Vocab.Tasks[0].Code, "fi")})
	if err := w.applyEditor(e); err != nil {
		t.Fatal(err)
	}
	if s := w.Workspace().Services[0]; s.Name != "Eron ensiapupiste" || !slices.Equal(s.Tasks, []string{w.ws.Vocab.Tasks[0].Code}) {
		t.Errorf("service %+v", s)
	}
	w.services.filter.SetText("ensiapu")
	if len(w.services.rows) != 1 {
		t.Errorf("filter ensiapu: %d rows", len(w.services.rows))
	}
	w.services.filter.SetText("neuvola")
	if len(w.services.rows) != 0 {
		t.Errorf("filter neuvola: %d rows", len(w.services.rows))
	}
}

func TestTieListShowsEveryTie(t *testing.T) {
	w := open(t, chain())
	if len(w.ties.rows) != 2 || w.ties.rows[0].title != "Juvan kunta — Essote · Yhteistyö" && !strings.HasPrefix(w.ties.rows[0].title, "Juvan kunta — Essote · ") {
		t.Errorf("tie rows %+v", w.ties.rows)
	}
	if !strings.Contains(w.ties.rows[1].title, "Essote » Viola ry") {
		t.Errorf("a directed tie is shown as %q", w.ties.rows[1].title)
	}
	w.AddTie("juva", "viola", "joint")
	if len(w.ties.rows) != 3 {
		t.Errorf("%d tie rows after adding one", len(w.ties.rows))
	}
	w.DeleteRecord(recTie, "t1")
	if len(w.ties.rows) != 2 || len(w.Workspace().Ties) != 2 {
		t.Errorf("after deleting t1: %d rows", len(w.ties.rows))
	}
}

func TestAnalysisPanel(t *testing.T) {
	w := open(t, chain())
	p := w.panel
	if len(p.ranked) != 3 || !strings.HasPrefix(p.ranked[0].text, "1. Essote — 1") {
		t.Fatalf("ranking %+v", p.ranked)
	}
	p.measure.SetSelected("yhteyksiä")
	if p.ranked[0].id != "essote" || !strings.HasSuffix(p.ranked[0].text, "— 2") || !strings.HasSuffix(p.ranked[2].text, "— 1") {
		t.Errorf("by degree %+v", p.ranked)
	}
	// Essote is the cut point of the chain; the finding names it and a
	// click selects it with the two it separates.
	var fragile []string
	for _, g := range p.groups {
		if g.Key == "fragile" {
			for _, f := range g.Items {
				if strings.HasPrefix(f.Text, "Jos Essote lähtee") {
					fragile = f.Actors
				}
			}
		}
	}
	if len(fragile) != 2 || fragile[0] != "essote" {
		t.Fatalf("cut point finding %v in %+v", fragile, p.groups)
	}
	w.focusActors(fragile)
	if got := w.Map.Selection(); !slices.Equal(got, []string{"essote", "viola"}) && !slices.Equal(got, []string{"essote", "juva"}) {
		t.Errorf("selection after the click %v", got)
	}
	p.ranking.Select(2)
	if w.Map.Selected() != p.ranked[2].id {
		t.Errorf("tapping a ranked actor selected %q", w.Map.Selected())
	}
}

func TestCoverageMatrix(t *testing.T) {
	ws := workshop.Sample()
	w := open(t, ws)
	c := w.coverage
	if c.matrix == nil || len(c.matrix.Tasks) != len(ws.Vocab.Tasks) || len(c.matrix.Municipalities) != len(ws.Vocab.Municipalities) {
		t.Fatalf("matrix %+v", c.matrix)
	}
	// Every cell equals graph's coverage of the same network.
	want := graph.CoverageMatrix(&ws.Network, "", "")
	for i := range want.Tasks {
		for j := range want.Municipalities {
			if got := c.count(i, j); got != len(want.Cells[i][j].Providers) {
				t.Fatalf("cell %d,%d: %d, want %d", i, j, got, len(want.Cells[i][j].Providers))
			}
		}
	}
	// A tapped cell is explained in plain Finnish: a gap, and an overlap
	// from the analysis.
	gap, overlap := false, false
	for i := range want.Tasks {
		for j := range want.Municipalities {
			c.table.Select(widget.TableCellID{Row: i, Col: j})
			joined := strings.Join(c.explained, "\n")
			if len(want.Cells[i][j].Providers) == 0 && strings.HasPrefix(joined, "Aukko: kukaan ei tarjoa kunnassa ") {
				gap = true
			}
			if strings.Contains(joined, "Päällekkäistä työtä: ") {
				overlap = true
			}
		}
	}
	if !gap || !overlap {
		t.Errorf("explanations: a gap %v, an overlap %v", gap, overlap)
	}
	// A tap lists the providers and selects them on the map.
	for i := range want.Tasks {
		for j := range want.Municipalities {
			if len(want.Cells[i][j].Providers) >= 2 {
				c.table.Select(widget.TableCellID{Row: i, Col: j})
				if got := w.Map.Selection(); !slices.Equal(got, want.Cells[i][j].Providers) && len(got) != len(want.Cells[i][j].Providers) {
					t.Errorf("selection %v, want %v", got, want.Cells[i][j].Providers)
				}
				if len(c.providers.Objects) < 1+len(want.Cells[i][j].Providers) {
					t.Errorf("%d objects listed", len(c.providers.Objects))
				}
				return
			}
		}
	}
	t.Fatal("the sample has no cell with two providers")
}

func TestViewFiltersAndStyles(t *testing.T) {
	w := open(t, chain())
	// Only NGOs and sote: Juva is hidden and out of the analysis.
	v := w.view
	v.Sectors = []string{"sote", "ngo"}
	w.setView(v)
	s := w.Map.Style()
	if !s.Hidden["juva"] || s.Hidden["essote"] || len(w.table.Rows()) != 2 {
		t.Errorf("sector filter: hidden %v, %d rows", s.Hidden, len(w.table.Rows()))
	}
	// Only joint ties: the referral Essote → Viola is hidden.
	w.ClearFilters()
	v = w.view
	v.Kinds = []string{"joint"}
	w.setView(v)
	s = w.Map.Style()
	if s.HideTie == nil || !s.HideTie(w.tie("t2")) || s.HideTie(w.tie("t1")) {
		t.Error("kind filter does not hide the referral")
	}
	w.ClearFilters()
	// Cut points marked red; size by betweenness makes Essote the largest.
	v = w.view
	v.MarkCuts, v.SizeBy = true, "betweenness"
	w.setView(v)
	s = w.Map.Style()
	if s.Marked["essote"] != cutPointMark || len(s.Marked) != 1 {
		t.Errorf("marks %v", s.Marked)
	}
	if s.Scale["essote"] <= s.Scale["juva"] || s.Scale["juva"] != 1 {
		t.Errorf("scales %v", s.Scale)
	}
	// The ego network of Juva one step out leaves Viola dimmed.
	w.Map.Select("juva")
	w.viewBar.steps.SetSelected("1")
	s = w.Map.Style()
	if !s.Dimmed["viola"] || s.Dimmed["juva"] || s.Dimmed["essote"] {
		t.Errorf("ego network dims %v", s.Dimmed)
	}
	// Colour by community gives every actor a palette colour.
	w.viewBar.colour.SetSelected("Yhteisö")
	if s = w.Map.Style(); len(s.Fill) != 3 {
		t.Errorf("fills %v", s.Fill)
	}
}

func TestExportFromTheWindow(t *testing.T) {
	w := open(t, workshop.Sample())
	dir := t.TempDir()
	for _, name := range []string{"kartta.svg", "muistio.html", "verkosto.gexf"} {
		path := filepath.Join(dir, name)
		var got error = errNotCalled
		w.Export(path, true, false, func(err error) { got = err })
		if got != nil {
			t.Fatalf("%s: %v", name, got)
		}
		data, err := os.ReadFile(path)
		if err != nil || len(data) < 1000 {
			t.Fatalf("%s: %d bytes, %v", name, len(data), err)
		}
		for _, a := range w.Workspace().Actors {
			for _, c := range a.Contacts {
				if c.Name != "" && strings.Contains(string(data), c.Name) {
					t.Errorf("%s names %s", name, c.Name)
				}
			}
		}
		if !strings.Contains(string(data), "Mäntyharju") {
			t.Errorf("%s lacks Mäntyharju", name)
		}
	}
}

var errNotCalled = os.ErrInvalid

func TestDuplicateAndRecent(t *testing.T) {
	w := open(t, chain())
	copies := w.DuplicateActors([]string{"juva", "essote"})
	if len(copies) != 2 || len(w.Workspace().Actors) != 5 || len(w.Workspace().Ties) != 3 {
		t.Errorf("copies %v: %d actors, %d ties", copies, len(w.Workspace().Actors), len(w.Workspace().Ties))
	}
	w.Undo()
	if len(w.Workspace().Actors) != 3 {
		t.Errorf("undo of duplicate left %d actors", len(w.Workspace().Actors))
	}
	dir := t.TempDir()
	for _, name := range []string{"a.verkosto", "b.verkosto", "a.verkosto"} {
		if err := w.SaveAs(filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	if got := w.Recent(); len(got) != 2 || filepath.Base(got[0]) != "a.verkosto" || filepath.Base(got[1]) != "b.verkosto" {
		t.Errorf("recent %v", got)
	}
}

// buttonIn finds a button by its text inside o.
func buttonIn(t *testing.T, o fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	var found *widget.Button
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *widget.Button:
			if x.Text == text && found == nil {
				found = x
			}
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c)
			}
		case *container.Split:
			walk(x.Leading)
			walk(x.Trailing)
		}
	}
	walk(o)
	if found == nil {
		for _, c := range test.LaidOutObjects(o) {
			if b, ok := c.(*widget.Button); ok && b.Text == text {
				return b
			}
		}
		t.Fatalf("no button %q", text)
	}
	return found
}

func TestContactPersons(t *testing.T) {
	w := open(t, chain())
	w.showRecord(recActor, "viola")
	e := w.inspector.editor
	box := entryOf(t, e, "Yhteyshenkilöt").(*fyne.Container)
	add := buttonIn(t, box, "Lisää yhteyshenkilö")
	test.Tap(add)
	test.Tap(add)
	rows := box.Objects[0].(*fyne.Container).Objects
	for i, name := range []string{"Maija Meikäläinen", "Matti Virtanen"} {
		form := rows[i].(*fyne.Container).Objects[0].(*widget.Form)
		inner(form.Items[0].Widget).(*widget.Entry).SetText(name)
		inner(form.Items[1].Widget).(*widget.Entry).SetText("toiminnanjohtaja")
	}
	if err := w.ApplyEditor(); err != nil {
		t.Fatal(err)
	}
	cs := w.Workspace().Actor("viola").Contacts
	if len(cs) != 2 || cs[0].Name != "Maija Meikäläinen" || cs[1].Role != "toiminnanjohtaja" || cs[0].ID == cs[1].ID {
		t.Errorf("contacts %+v", cs)
	}
}

func TestMemoHoldsTheWorkshop(t *testing.T) {
	ws := chain()
	s := workshop.NewSession("fi")
	s.Goal = "Perheet löytävät avun"
	s.AddNote("dreams", "Yksi ovi kaikkeen", time.Time{})
	s.AddNote("client", "Perheet eivät tiedä mihin soittaa", time.Time{})
	a := s.AddAction("Kutsutaan seurakunta", "viola", "2026-05-31")
	s.Actions[0].Status = workshop.ActionDoing
	s.Participants = []workshop.Participant{{Name: "Maija Meikäläinen", Organisation: "viola", Role: "toiminnanjohtaja"}}
	ws.Workshop = s
	if p := MemoReport(ws, &ws.Network, "fi", true, time.Time{}).Workshop.Participants; len(p) != 0 {
		t.Errorf("a memo without personal data lists participants %q", p)
	}
	r := MemoReport(ws, &ws.Network, "fi", false, time.Time{}).Workshop
	if len(r.Participants) != 1 || r.Participants[0] != "Maija Meikäläinen, toiminnanjohtaja, Viola ry" {
		t.Errorf("participants %q", r.Participants)
	}
	if r == nil || r.Goal != "Perheet löytävät avun" || len(r.Notes) != 2 || r.Notes[0].Perspective != "client" || r.Notes[1].Perspective != "dreams" {
		t.Fatalf("memo workshop %+v", r)
	}
	if got := r.Actions[0]; got.Text != a.What+" — käynnissä" || got.Owner != "Viola ry" || got.Due != "31.5.2026" {
		t.Errorf("action %+v", got)
	}
	if MemoReport(chain(), &ws.Network, "fi", false, time.Time{}).Workshop != nil {
		t.Error("a workspace without a workshop has one in the memo")
	}
}
