package ui

import "testing"

func TestUndoRedoAndDelete(t *testing.T) {
	w := open(t, chain())
	w.AddActor("Kela", "kela")
	w.AddTie("kela", "essote", "information")
	w.Map.Select("essote")
	w.DeleteSelected()
	if len(w.Workspace().Actors) != 3 || len(w.Workspace().Ties) != 0 {
		t.Fatalf("after delete: %d actors, %d ties", len(w.Workspace().Actors), len(w.Workspace().Ties))
	}
	w.Undo() // the delete
	if w.Workspace().Actor("essote") == nil || len(w.Workspace().Ties) != 3 {
		t.Errorf("undo delete: %d ties", len(w.Workspace().Ties))
	}
	w.Undo() // the tie
	w.Undo() // the actor
	if len(w.Workspace().Actors) != 3 || w.Workspace().Actor("kela") != nil {
		t.Errorf("after three undos: %d actors", len(w.Workspace().Actors))
	}
	w.Undo() // nothing more
	w.Redo()
	if w.Workspace().Actor("kela") == nil {
		t.Error("redo did not bring Kela back")
	}
	// (Ctrl+Z arrives from the driver as fyne.ShortcutUndo; Fyne's test
	// canvas cannot send it, so the real app was driven with xdotool.)
	before := len(w.Workspace().Actors)
	w.Undo()
	if len(w.Workspace().Actors) != before-1 {
		t.Errorf("undo after redo: %d actors", len(w.Workspace().Actors))
	}
}
