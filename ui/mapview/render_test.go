package mapview

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"github.com/verkostokartta/verkostokartta/export"
)

// boxAt returns the rectangle drawn as the actor's box.
func boxAt(t *testing.T, m *MapView, id string) *canvas.Rectangle {
	t.Helper()
	b := m.boxes[id]
	for _, o := range test.WidgetRenderer(m).Objects() {
		if r, ok := o.(*canvas.Rectangle); ok && r.Position() == fyne.NewPos(b.x, b.y) && r.Size() == fyne.NewSize(b.w, b.h) {
			return r
		}
	}
	t.Fatalf("no box drawn for %s", id)
	return nil
}

func texts(m *MapView) map[string]*canvas.Text {
	out := map[string]*canvas.Text{}
	for _, o := range test.WidgetRenderer(m).Objects() {
		if txt, ok := o.(*canvas.Text); ok {
			out[txt.Text] = txt
		}
	}
	return out
}

func TestActorsInSectorColours(t *testing.T) {
	m, _ := show(t, network())
	for id, hex := range map[string]string{"a": "#98df8a", "b": "#1f77b4", "c": "#ff7f0e"} {
		if got := boxAt(t, m, id).FillColor; got != parseColour(hex) {
			t.Errorf("%s filled with %v, want %s", id, got, hex)
		}
	}
	m.Select("b")
	if r := boxAt(t, m, "b"); r.StrokeColor != selectionColour || r.StrokeWidth < 3 {
		t.Errorf("the selected box is outlined %v, %v", r.StrokeColor, r.StrokeWidth)
	}
}

func TestLabelsReadable(t *testing.T) {
	m, _ := show(t, network())
	all := texts(m)
	// "Mäntyharjun kunta" fits 18 characters; labels are wrapped like the images.
	for text, fill := range map[string]string{"Mäntyharjun kunta": "#98df8a", "Essote": "#1f77b4", "Viola ry": "#ff7f0e"} {
		txt := all[text]
		if txt == nil {
			t.Fatalf("no label %q among %v", text, all)
		}
		if txt.TextSize < 14 {
			t.Errorf("%q at %v pt, too small for a projector", text, txt.TextSize)
		}
		if txt.Color != parseColour(export.TextColour(fill)) {
			t.Errorf("%q in %v on %s: not the contrasting colour", text, txt.Color, fill)
		}
	}
	before := m.boxes["a"]
	m.SetTextSize(24)
	if after := m.boxes["a"]; after.w <= before.w || after.h <= before.h || texts(m)["Essote"].TextSize != 24 {
		t.Errorf("larger text did not grow the box: %v → %v", before, after)
	}
}

func TestLongLabelsWrap(t *testing.T) {
	n := network()
	n.Actors[0].Name = "Mikkelin tuomiokirkkoseurakunnan perhetyö"
	m, _ := show(t, n)
	all := texts(m)
	if all["Mikkelin"] == nil || all["tuomiokirkkoseurakunnan"] == nil || all["perhetyö"] == nil {
		t.Errorf("long label not wrapped: %v", all)
	}
}

func TestMeetingPlaceHasInnerFrame(t *testing.T) {
	m, _ := show(t, network())
	b := m.boxes["c"]
	found := false
	for _, o := range test.WidgetRenderer(m).Objects() {
		if r, ok := o.(*canvas.Rectangle); ok && r.FillColor == color.Transparent && r.Position() == fyne.NewPos(b.x+3, b.y+3) {
			found = true
		}
	}
	if !found {
		t.Error("the meeting place has no inner frame")
	}
}
