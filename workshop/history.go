package workshop

// History is the undo/redo history of a workspace: the committed states
// after each edit, with a cursor. States are the encoded document, so an
// undo restores exactly what was (positions, vocabularies, everything) and
// the history cannot share memory with the workspace being edited.
type History struct {
	states [][]byte
	cursor int // index of the current state
	// Budget bounds the bytes the history keeps; the oldest states go
	// first. Zero means 64 MiB.
	Budget int
}

// Reset starts the history at ws, forgetting everything before.
func (h *History) Reset(ws *Workspace) error {
	data, err := ws.Encode()
	if err != nil {
		return err
	}
	h.states, h.cursor = [][]byte{data}, 0
	return nil
}

// Commit records ws as the state after an edit; anything undone before is
// no longer redoable.
func (h *History) Commit(ws *Workspace) error {
	data, err := ws.Encode()
	if err != nil {
		return err
	}
	if len(h.states) > 0 && string(h.states[h.cursor]) == string(data) {
		return nil // nothing changed
	}
	h.states = append(h.states[:h.cursor+1], data)
	h.cursor = len(h.states) - 1
	budget := h.Budget
	if budget == 0 {
		budget = 64 << 20
	}
	total := 0
	for _, s := range h.states {
		total += len(s)
	}
	for total > budget && len(h.states) > 1 {
		total -= len(h.states[0])
		h.states = h.states[1:]
		h.cursor--
	}
	return nil
}

// CanUndo and CanRedo report whether there is a state to go back or
// forward to.
func (h *History) CanUndo() bool { return h.cursor > 0 }
func (h *History) CanRedo() bool { return h.cursor < len(h.states)-1 }

// Undo returns the state before the current one.
func (h *History) Undo() (*Workspace, bool) {
	if !h.CanUndo() {
		return nil, false
	}
	h.cursor--
	return h.current()
}

// Redo returns the state undone last.
func (h *History) Redo() (*Workspace, bool) {
	if !h.CanRedo() {
		return nil, false
	}
	h.cursor++
	return h.current()
}

func (h *History) current() (*Workspace, bool) {
	ws, err := Decode(h.states[h.cursor], "history")
	return ws, err == nil
}
