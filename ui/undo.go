package ui

import "github.com/verkostokartta/verkostokartta/workshop"

// Undo goes back to the state before the last edit (Ctrl+Z).
func (w *MainWindow) Undo() {
	if ws, ok := w.history.Undo(); ok {
		w.restore(ws)
	}
}

// Redo goes forward to the state undone last (Ctrl+Y, Ctrl+Shift+Z).
func (w *MainWindow) Redo() {
	if ws, ok := w.history.Redo(); ok {
		w.restore(ws)
	}
}

// restore shows a state from the history in place: the workspace keeps
// its address, so the map keeps its view and selection where it can.
func (w *MainWindow) restore(ws *workshop.Workspace) {
	*w.ws = *ws
	if w.ws.Actor(w.Map.Selected()) == nil {
		w.Map.Select("")
		w.selectActor("")
	}
	w.dirty = true
	w.edits++
	w.updateTitle()
	w.Map.Refresh()
	w.structureChanged()
}

// DeleteSelected removes the actor selected on the map, with its ties,
// group seats and service roles (Delete key); Undo brings it back.
func (w *MainWindow) DeleteSelected() {
	id := w.Map.Selected()
	if id == "" || !w.ws.RemoveActor(id) {
		return
	}
	w.Map.Select("")
	w.selectActor("")
	w.changed(true)
}
