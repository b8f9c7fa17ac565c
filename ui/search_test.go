package ui

import "testing"

func TestSearchShowsTheActor(t *testing.T) {
	w := open(t, chain())
	d := w.searchDialog()
	if d.valid() {
		t.Error("an empty search is valid")
	}
	d.Hide()
	w.Map.ZoomAt(w.Map.Position(), 6) // Viola is now far outside the view
	w.ShowActor("viola")
	p, ok := w.Map.CentreOf("viola")
	size := w.Map.Size()
	if w.Map.Selected() != "viola" || !ok || p.X < 0 || p.Y < 0 || p.X > size.Width || p.Y > size.Height {
		t.Errorf("viola selected %q at %v in %v", w.Map.Selected(), p, size)
	}
}
