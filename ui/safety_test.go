package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/verkostokartta/verkostokartta/graph"
	"github.com/verkostokartta/verkostokartta/workshop"
)

func TestSaveAsksBeforeOverwritingAChangedFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "jaettu.verkosto")
	ws := chain()
	ws.Save(path)
	w := open(t, ws)
	w.SetWorkspace(ws, path)
	w.AddActor("Oma lisäys", "ngo")
	// A colleague saves the shared file meanwhile.
	other := chain()
	other.Name = "Kollegan versio"
	other.Save(path)
	w.save()
	if got, _ := workshop.Load(path); got.Name != "Kollegan versio" {
		t.Fatalf("the colleague's version was overwritten")
	}
	if !w.Dirty() {
		t.Error("the edit is no longer marked unsaved")
	}
	overlays := w.Window.Canvas().Overlays().List()
	if len(overlays) == 0 {
		t.Fatal("no question shown")
	}
	found := false
	for _, o := range test.LaidOutObjects(overlays[len(overlays)-1]) {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, "Joku on muuttanut tiedostoa jaettu.verkosto") {
			found = true
		}
	}
	if !found {
		t.Error("the question does not name the file in Finnish")
	}
}

func TestAnonymisedCopy(t *testing.T) {
	ws := chain()
	ws.Actors[0].Contacts = []graph.Contact{{ID: "p", Name: "Maija Esimerkki", Role: "koordinaattori", Email: "maija@example.org", Phone: "+358 40 000 0001"}}
	w := open(t, ws)
	path := filepath.Join(t.TempDir(), "anonyymi")
	if err := w.SaveAnonymisedCopy(path); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path + ".verkosto")
	if strings.Contains(string(data), "Maija") || strings.Contains(string(data), "example.org") || strings.Contains(string(data), "000 0001") || !strings.Contains(string(data), "koordinaattori") {
		t.Errorf("anonymised copy:\n%s", data)
	}
	if w.Workspace().Actors[0].Contacts[0].Name != "Maija Esimerkki" || w.Path() != "" {
		t.Error("the open workspace changed")
	}
}

func TestRecoveryIsOfferedAndDiscardedOnSave(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	path := filepath.Join(t.TempDir(), "kartta.verkosto")
	ws := chain()
	ws.Save(path)
	edited := chain()
	edited.Actors = append(edited.Actors, &graph.Actor{ID: "uusi", Name: "Autosaved", Sector: "ngo"})
	if err := edited.Autosave(path); err != nil {
		t.Fatal(err)
	}
	w := open(t, ws)
	w.SetWorkspace(ws, path)
	w.offerRecovery()
	if len(w.Window.Canvas().Overlays().List()) == 0 {
		t.Fatal("no offer to restore")
	}
	w.AddActor("Tallennettu", "ngo")
	if err := w.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	if _, _, ok := workshop.Recovery(path); ok {
		t.Error("the recovery file is still there after saving")
	}
}
