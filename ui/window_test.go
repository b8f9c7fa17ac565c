package ui

import (
	"os"
	"reflect"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/verkostokartta/verkostokartta/graph"
	"github.com/verkostokartta/verkostokartta/workshop"
)

func TestMain(m *testing.M) {
	background = func(f func()) { f() }
	os.Exit(m.Run())
}

// chain is the path Juva – Essote – Viola: Essote lies on the only path
// between the two others.
func chain() *workshop.Workspace {
	ws := workshop.New("Testiverkosto")
	ws.Actors = []*graph.Actor{
		{ID: "juva", Name: "Juvan kunta", Sector: "municipality", X: 0, Y: 0},
		{ID: "essote", Name: "Essote", Sector: "sote", X: 300, Y: 0},
		{ID: "viola", Name: "Viola ry", Sector: "ngo", X: 600, Y: 100},
	}
	ws.Ties = []*graph.Tie{
		{ID: "t1", From: "juva", To: "essote", Kind: "joint", Strength: 2},
		{ID: "t2", From: "essote", To: "viola", Kind: "referral", Directed: true, Strength: 1},
	}
	return ws
}

// clearLocale empties the locale variables, as on a desktop without them.
func clearLocale(t testing.TB) {
	for _, v := range localeVars {
		t.Setenv(v, "")
	}
}

// open shows ws in a Finnish 1200×800 test window.
func open(t *testing.T, ws *workshop.Workspace) *MainWindow {
	t.Helper()
	clearLocale(t)
	a := test.NewTempApp(t)
	w := NewMainWindow(a, ws, "")
	w.Window.Resize(fyne.NewSize(1200, 800))
	t.Cleanup(w.Window.Close)
	return w
}

func buttons(w *MainWindow) map[string]*widget.Button {
	out := map[string]*widget.Button{}
	for _, o := range test.LaidOutObjects(w.Window.Content()) {
		if b, ok := o.(*widget.Button); ok && b.Visible() {
			out[b.Text] = b
		}
	}
	return out
}

func TestTitle(t *testing.T) {
	w := open(t, chain())
	if got := w.Window.Title(); got != "Verkostokartta — Testiverkosto" {
		t.Errorf("title %q", got)
	}
	w.AddActor("Kela", "kela")
	if got := w.Window.Title(); got != "Verkostokartta — Testiverkosto *" {
		t.Errorf("title after an edit %q", got)
	}
}

func TestToolbarIsFinnishByDefault(t *testing.T) {
	w := open(t, chain())
	if w.Language() != "fi" {
		t.Errorf("language %q", w.Language())
	}
	all := buttons(w)
	for _, want := range []string{"Avaa", "Tallenna", "Tallenna nimellä", "Lisää toimija", "Lisää yhteys", "Yhdistä", "Sovita näkymään"} {
		if all[want] == nil {
			t.Errorf("no button %q among %v", want, all)
		}
	}
	if got := w.status.Text; got != "Toimijoita 3 · yhteyksiä 2" {
		t.Errorf("status %q", got)
	}
}

func TestConnectButton(t *testing.T) {
	w := open(t, chain())
	test.Tap(buttons(w)["Yhdistä"])
	if !w.Map.Connecting() || w.connect.Importance != widget.HighImportance {
		t.Fatal("the button did not start connect mode")
	}
	pj, _ := w.Map.CentreOf("juva")
	pv, _ := w.Map.CentreOf("viola")
	origin := fyne.CurrentApp().Driver().AbsolutePositionForObject(w.Map)
	test.TapCanvas(w.Window.Canvas(), origin.Add(pj))
	test.TapCanvas(w.Window.Canvas(), origin.Add(pv))
	// The kind dialog is up; its Add button adds a tie of the last kind.
	test.Tap(buttons2(w.Window)["Lisää"])
	last := w.Workspace().Ties[len(w.Workspace().Ties)-1]
	if len(w.Workspace().Ties) != 3 || last.From != "juva" || last.To != "viola" || last.Kind != "joint" {
		t.Errorf("ties %d, last %+v", len(w.Workspace().Ties), last)
	}
	test.Tap(w.connect)
	if w.Map.Connecting() {
		t.Error("the button did not end connect mode")
	}
}

// buttons2 finds the buttons of the window's overlays (dialogs).
func buttons2(win fyne.Window) map[string]*widget.Button {
	out := map[string]*widget.Button{}
	for _, layer := range win.Canvas().Overlays().List() {
		for _, o := range test.LaidOutObjects(layer) {
			if b, ok := o.(*widget.Button); ok && b.Visible() {
				out[b.Text] = b
			}
		}
	}
	return out
}

func TestTapOnMapSelects(t *testing.T) {
	w := open(t, chain())
	p, ok := w.Map.CentreOf("viola")
	if !ok {
		t.Fatal("viola is not drawn")
	}
	origin := fyne.CurrentApp().Driver().AbsolutePositionForObject(w.Map)
	test.TapCanvas(w.Window.Canvas(), origin.Add(p))
	if w.Map.Selected() != "viola" {
		t.Errorf("selected %q", w.Map.Selected())
	}
	if w.status.Text != "Viola ry · Järjestö" {
		t.Errorf("status %q", w.status.Text)
	}
}

func TestDragMovesActor(t *testing.T) {
	w := open(t, chain())
	p, _ := w.Map.CentreOf("juva")
	origin := fyne.CurrentApp().Driver().AbsolutePositionForObject(w.Map)
	zoom := float64(w.Map.Zoom())
	test.Drag(w.Window.Canvas(), origin.Add(p), 30, 40)
	a := w.Workspace().Actor("juva")
	if d := (a.X-30/zoom)*(a.X-30/zoom) + (a.Y-40/zoom)*(a.Y-40/zoom); d > 1e-6 || !w.Dirty() {
		t.Errorf("juva at (%v, %v), want (%v, %v); dirty %v", a.X, a.Y, 30/zoom, 40/zoom, w.Dirty())
	}
}

// press types a shortcut on the window's canvas. Fyne's test canvas wraps
// a software canvas, whose shortcut handler is reached through the
// embedded (exported) field.
func press(t *testing.T, w *MainWindow, key fyne.KeyName, mod fyne.KeyModifier) {
	t.Helper()
	type shortcuts interface{ TypedShortcut(fyne.Shortcut) }
	var c any = w.Window.Canvas()
	if _, ok := c.(shortcuts); !ok {
		if v := reflect.ValueOf(c); v.Kind() == reflect.Pointer && v.Elem().Kind() == reflect.Struct && v.Elem().NumField() > 0 {
			c = v.Elem().Field(0).Interface()
		}
	}
	s, ok := c.(shortcuts)
	if !ok {
		t.Fatal("the test canvas takes no shortcuts")
	}
	s.TypedShortcut(&desktop.CustomShortcut{KeyName: key, Modifier: mod})
}

func TestShortcuts(t *testing.T) {
	w := open(t, chain())
	press(t, w, fyne.KeyN, fyne.KeyModifierShortcutDefault)
	if _, ok := inner(w.Window.Canvas().Focused().(fyne.CanvasObject)).(*widget.Entry); !ok || buttons2(w.Window)["Lisää"] == nil {
		t.Fatal("Ctrl+N did not open the add-actor form with the name focused")
	}
	test.Type(w.Window.Canvas().Focused(), "Kela")
	w.Window.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if len(w.Workspace().Actors) != 4 || w.Workspace().Actors[3].Name != "Kela" {
		t.Errorf("Enter in the form did not add the actor: %d actors", len(w.Workspace().Actors))
	}
	press(t, w, fyne.KeyE, fyne.KeyModifierShortcutDefault)
	if !w.Map.Connecting() {
		t.Error("Ctrl+E did not start connect mode")
	}
	w.Map.ZoomAt(fyne.NewPos(0, 0), 3)
	press(t, w, fyne.Key0, fyne.KeyModifierShortcutDefault)
	for _, id := range []string{"juva", "viola"} {
		if p, _ := w.Map.CentreOf(id); p.X < 0 || p.X > w.Map.Size().Width {
			t.Errorf("Ctrl+0 did not fit the map: %s at %v", id, p)
		}
	}
}

// tapAt is a tap on an actor of the map, in the map's coordinates.
func tapAt(w *MainWindow, id string) *fyne.PointEvent {
	p, _ := w.Map.CentreOf(id)
	return &fyne.PointEvent{Position: p}
}
