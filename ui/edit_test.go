package ui

import (
	"math"
	"testing"

	"github.com/verkostokartta/verkostokartta/graph"
	"github.com/verkostokartta/verkostokartta/workshop"
)

func TestAddActor(t *testing.T) {
	w := open(t, chain())
	a, err := w.AddActor("  Mikkelin tuomiokirkkoseurakunta ", "parish")
	if err != nil {
		t.Fatal(err)
	}
	if a.ID != "mikkelin-tuomiokirkkoseurakunta" || a.Name != "Mikkelin tuomiokirkkoseurakunta" || len(w.Workspace().Actors) != 4 || !w.Dirty() {
		t.Errorf("added %+v; %d actors", a, len(w.Workspace().Actors))
	}
	if len(w.table.Rows()) != 4 {
		t.Errorf("the table has %d rows, want 4", len(w.table.Rows()))
	}
	if w.Map.Selected() != a.ID {
		t.Errorf("the new actor is not selected: %q", w.Map.Selected())
	}
	// It stands in the middle of the map, clear of the others.
	p, ok := w.Map.CentreOf(a.ID)
	size := w.Map.Size()
	if !ok || p.X < size.Width/4 || p.X > size.Width*3/4 || p.Y < size.Height/4 || p.Y > size.Height*3/4 {
		t.Errorf("drawn at %v in a map of %v", p, size)
	}
	again, _ := w.AddActor("Mikkelin tuomiokirkkoseurakunta", "parish")
	if again.ID == a.ID || again.X == a.X && again.Y == a.Y {
		t.Errorf("a second actor of the same name got ID %q at (%v, %v)", again.ID, again.X, again.Y)
	}
	if _, err := w.AddActor("  ", "ngo"); err == nil {
		t.Error("an actor without a name was added")
	}
	if _, err := w.AddActor("Kela", "bank"); err == nil {
		t.Error("an actor of an unknown sector was added")
	}
}

func TestAddTie(t *testing.T) {
	w := open(t, chain())
	parish, _ := w.AddActor("Juvan seurakunta", "parish")
	tie, err := w.AddTie("viola", parish.ID, "joint")
	if err != nil || tie.Directed || tie.Strength != 2 || tie.Status != "existing" {
		t.Fatalf("tie %+v, %v", tie, err)
	}
	if tie, _ := w.AddTie(parish.ID, "juva", "referral"); !tie.Directed {
		t.Error("a referral (directed kind) is undirected")
	}
	if len(w.Workspace().Ties) != 4 {
		t.Errorf("%d ties, want 4", len(w.Workspace().Ties))
	}
	for _, bad := range [][3]string{{"viola", "viola", "joint"}, {"viola", "juva", "gossip"}, {"viola", "nobody", "joint"}} {
		if _, err := w.AddTie(bad[0], bad[1], bad[2]); err == nil {
			t.Errorf("tie %v was added", bad)
		}
	}
}

// TestNewActorsDoNotCoverOthers: in workshop mode, with large labels, on
// the crowded sample, actors added one after another stand clear of every
// box the map draws.
func TestNewActorsDoNotCoverOthers(t *testing.T) {
	w := open(t, workshop.Sample())
	w.ToggleWorkshopMode()
	var added []*graph.Actor
	for _, name := range []string{"Enonkosken perhetupa", "Sulkavan kirjasto", "Hirvensalmen nuorisotila", "Perheneuvola", "Kelan palvelupiste"} {
		a, err := w.AddActor(name, "ngo")
		if err != nil {
			t.Fatal(err)
		}
		added = append(added, a)
	}
	for _, a := range added {
		aw, ah := w.Map.Footprint(a)
		for _, b := range w.ws.Actors {
			if a == b {
				continue
			}
			bw, bh := w.Map.Footprint(b)
			if math.Abs(a.X-b.X) < (aw+bw)/2 && math.Abs(a.Y-b.Y) < (ah+bh)/2 {
				t.Errorf("%s at (%.0f, %.0f) covers %s at (%.0f, %.0f)", a.Name, a.X, a.Y, b.Name, b.X, b.Y)
			}
		}
	}
}
