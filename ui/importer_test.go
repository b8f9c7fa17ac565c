package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestImportPreviewAndApply(t *testing.T) {
	w := open(t, chain())
	// A ties table from a facilitator: Essote is already on the map, Kela
	// and Koppa are new, one tie is already there.
	path := filepath.Join(t.TempDir(), "uudet.csv")
	os.WriteFile(path, []byte("mistä;mihin;tyyppi\nEssote;Kela;Tiedonkulku\nKela;Koppa;joint\nJuvan kunta;Essote;joint\n"), 0o644)
	merged, rep, err := w.PreviewImport(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(w.Workspace().Actors) != 3 {
		t.Fatal("the preview changed the open workspace")
	}
	if rep.ActorsAdded != 2 || rep.TiesAdded != 2 || len(rep.Matched) != 2 || len(rep.Skipped) != 1 {
		t.Errorf("report %+v", rep)
	}
	lines := ImportSummary(rep)
	if !strings.HasPrefix(lines[0], "Lisätään: 2 toimijaa, 2 yhteyttä") || !strings.Contains(strings.Join(lines, "\n"), "Ohitetaan: Juvan kunta – Essote (joint): yhteys on jo kartalla") {
		t.Errorf("summary %q", lines)
	}
	// New actors stand beside the map, not on top of each other.
	kela := merged.Actor("kela")
	if kela == nil || kela.X <= 600 {
		t.Errorf("Kela placed at %+v", kela)
	}
	w.ApplyImport(merged)
	if len(w.Workspace().Actors) != 5 || len(w.Workspace().Ties) != 4 || !w.Dirty() {
		t.Errorf("after import: %d actors, %d ties", len(w.Workspace().Actors), len(w.Workspace().Ties))
	}
	if errs := w.Workspace().Validate(); len(errs) > 0 {
		t.Errorf("imported workspace invalid: %v", errs)
	}
	if _, _, err := w.PreviewImport(filepath.Join(t.TempDir(), "puuttuu.xlsx")); err == nil {
		t.Error("a missing file imported")
	}
}

func TestTemplateDialogOpens(t *testing.T) {
	w := open(t, chain())
	w.templateDialog() // a Fyne file dialog resized before Show crashes; this one must not
	if len(w.Window.Canvas().Overlays().List()) == 0 {
		t.Error("no dialog shown")
	}
}
