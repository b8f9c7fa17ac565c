package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

func TestAddActorDialog(t *testing.T) {
	w := open(t, chain())
	w.lastSector = "parish"
	w.addActorDialog()
	add := buttons2(w.Window)["Lisää"]
	if add == nil || !add.Disabled() {
		t.Fatal("the form's Add is not disabled while the name is empty")
	}
	if buttons2(w.Window)["Peruuta"] == nil {
		t.Error("no Finnish Cancel (Peruuta)")
	}
	test.Type(w.Window.Canvas().Focused(), "Juvan seurakunta")
	if add.Disabled() {
		t.Fatal("Add stays disabled with a name")
	}
	test.Tap(add)
	a := w.Workspace().Actors[len(w.Workspace().Actors)-1]
	if a.Name != "Juvan seurakunta" || a.Sector != "parish" {
		t.Errorf("added %+v; want the last used sector, parish", a)
	}
}

func TestAddTieDialog(t *testing.T) {
	w := open(t, chain())
	w.Map.Select("juva")
	w.addTieDialog()
	add := buttons2(w.Window)["Lisää"]
	if add == nil || !add.Disabled() {
		t.Fatal("Add is not disabled before the second actor is chosen")
	}
	// The map's selection is the first end; the focus is on the second.
	test.Type(w.Window.Canvas().Focused(), "viol")
	if add.Disabled() {
		t.Fatal("\"viol\" does not pick Viola ry")
	}
	test.Tap(add)
	tie := w.Workspace().Ties[len(w.Workspace().Ties)-1]
	if len(w.Workspace().Ties) != 3 || tie.From != "juva" || tie.To != "viola" || tie.Kind != "joint" || tie.Strength != 2 {
		t.Errorf("added %+v", tie)
	}
}
