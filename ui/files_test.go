package ui

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/verkostokartta/verkostokartta/workshop"
)

func TestSaveAndOpen(t *testing.T) {
	w := open(t, chain())
	w.AddActor("Kangasniemen kunta", "municipality")
	w.Workspace().Actor("juva").X = 123.5
	path := filepath.Join(t.TempDir(), "kartta")
	if err := w.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	if w.Path() != path+".verkosto" || w.Dirty() || w.Window.Title() != "Verkostokartta — Testiverkosto" {
		t.Errorf("after saving: path %q dirty %v title %q", w.Path(), w.Dirty(), w.Window.Title())
	}
	if !strings.HasSuffix(w.status.Text, "kartta.verkosto") {
		t.Errorf("the status does not name the file: %q", w.status.Text)
	}
	ws, err := workshop.Load(path + ".verkosto")
	if err != nil {
		t.Fatal(err)
	}
	saved := w.Workspace()
	if len(ws.Actors) != len(saved.Actors) || len(ws.Ties) != len(saved.Ties) {
		t.Fatalf("read back %d actors, %d ties; saved %d, %d", len(ws.Actors), len(ws.Ties), len(saved.Actors), len(saved.Ties))
	}
	for i, a := range saved.Actors {
		b := ws.Actors[i]
		if a.ID != b.ID || a.Name != b.Name || a.Sector != b.Sector || a.X != b.X || a.Y != b.Y {
			t.Errorf("actor %d saved as %+v, read back as %+v", i, a, b)
		}
	}

	w.SetWorkspace(chain(), "")
	if err := w.Open(path + ".verkosto"); err != nil || len(w.Workspace().Actors) != 4 || w.Path() != path+".verkosto" {
		t.Errorf("open: %v, %d actors, path %q", err, len(w.Workspace().Actors), w.Path())
	}
	if len(w.table.Rows()) != 4 {
		t.Errorf("the table shows %d rows after opening", len(w.table.Rows()))
	}
}

func TestOpenBrokenFileKeepsWorkspace(t *testing.T) {
	w := open(t, chain())
	bad := filepath.Join(t.TempDir(), "rikki.verkosto")
	os.WriteFile(bad, []byte(`{"format": "verkostokartta-workspace", "version": 1, "actors": [`), 0o644)
	err := w.Open(bad)
	var fe *workshop.FileError
	if err == nil || !errors.As(err, &fe) || !strings.Contains(err.Error(), "rikki.verkosto") {
		t.Errorf("a broken file: %v; want a FileError naming it", err)
	}
	if len(w.Workspace().Actors) != 3 || w.Workspace().Name != "Testiverkosto" {
		t.Error("the open workspace did not stay")
	}
}

// A ties table has no positions: its actors are spread on a circle.
func TestOpenTiesTable(t *testing.T) {
	w := open(t, chain())
	path := filepath.Join(t.TempDir(), "yhteydet.csv")
	os.WriteFile(path, []byte("mistä,mihin\nEssote,Kela\nKela,Viola\nViola,Essote\n"), 0o644)
	if err := w.Open(path); err != nil {
		t.Fatal(err)
	}
	ws := w.Workspace()
	if ws.Name != "yhteydet" || len(ws.Actors) != 3 || len(ws.Ties) != 3 || !w.Dirty() || w.Path() != "" {
		t.Errorf("opened %q: %d actors, %d ties, dirty %v, path %q", ws.Name, len(ws.Actors), len(ws.Ties), w.Dirty(), w.Path())
	}
	seen := map[[2]float64]bool{}
	for _, a := range ws.Actors {
		seen[[2]float64{a.X, a.Y}] = true
	}
	if len(seen) != 3 {
		t.Errorf("actors share positions: %v", seen)
	}
}

// overlayTexts lists the labels and buttons of the dialogs over the window.
func overlayTexts(w *MainWindow) map[string]bool {
	out := map[string]bool{}
	for _, layer := range w.Window.Canvas().Overlays().List() {
		for _, o := range test.LaidOutObjects(layer) {
			switch x := o.(type) {
			case *widget.Label:
				out[x.Text] = true
			case *widget.Button:
				out[x.Text] = true
			case *widget.Check:
				out[x.Text] = true
			case *widget.Entry:
				out["entry:"+x.Text] = true
			case *field:
				out["entry:"+filepath.Base(x.Text)] = true
			}
		}
	}
	return out
}

func TestFileDialogsAreFinnish(t *testing.T) {
	w := open(t, chain())
	w.openDialog()
	got := overlayTexts(w)
	for _, want := range []string{"Avaa tiedosto", "Avaa", "Peruuta"} {
		if !got[want] {
			t.Errorf("the open dialog lacks %q: %v", want, got)
		}
	}
	w.Window.Canvas().Overlays().Remove(w.Window.Canvas().Overlays().Top())

	w.saveAsDialog()
	got = overlayTexts(w)
	for _, want := range []string{"Tallenna nimellä", "Tallenna", "Peruuta", "Valitse kansio…", "entry:testiverkosto.verkosto"} {
		if !got[want] {
			t.Errorf("the save dialog lacks %q: %v", want, got)
		}
	}
}
