package ui

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"fyne.io/fyne/v2"
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
// between the two others, betweenness 1.
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

func open(t *testing.T, ws *workshop.Workspace) *MainWindow {
	t.Helper()
	for _, v := range []string{"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"} {
		t.Setenv(v, "")
	}
	a := test.NewTempApp(t)
	w := NewMainWindow(a, ws, "")
	w.Window.Resize(fyne.NewSize(1200, 800))
	t.Cleanup(w.Window.Close)
	waitForTable(t, w, len(ws.Actors))
	return w
}

// waitForTable waits for the analysis running off the UI thread.
func waitForTable(t *testing.T, w *MainWindow, rows int) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		done := false
		fyne.DoAndWait(func() { done = len(w.table.Rows()) == rows })
		if done {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("the actor table did not reach %d rows", rows)
}

func TestTitleAndFinnishByDefault(t *testing.T) {
	w := open(t, chain())
	if got := w.Window.Title(); got != "Verkostokartta — Testiverkosto" {
		t.Errorf("title %q", got)
	}
	buttons := map[string]bool{}
	for _, o := range test.LaidOutObjects(w.Window.Content()) {
		if b, ok := o.(*widget.Button); ok {
			buttons[b.Text] = true
		}
	}
	for _, want := range []string{"Avaa", "Tallenna", "Tallenna nimellä", "Lisää toimija", "Lisää yhteys", "Yhdistä", "Sovita näkymään"} {
		if !buttons[want] {
			t.Errorf("no button %q among %v", want, buttons)
		}
	}
}

func TestActorTable(t *testing.T) {
	w := open(t, chain())
	rows := w.table.Rows()
	if rows[0].Name != "Essote" || rows[0].Degree != 2 || rows[0].Betweenness != 1 || rows[0].Sector != "Hyvinvointialue, sosiaali- ja terveyspalvelut" {
		t.Errorf("first row %+v", rows[0])
	}
	if rows[1].Betweenness != 0 || rows[1].Degree != 1 {
		t.Errorf("second row %+v", rows[1])
	}
	if got := w.table.cell(0, 2); got != "1.000" {
		t.Errorf("betweenness cell %q", got)
	}
	w.table.table.Select(widget.TableCellID{Row: 0, Col: 0})
	if w.Map.Selected() != "essote" {
		t.Errorf("selecting a row selects %q on the map", w.Map.Selected())
	}
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
}

func TestAddActorAndTie(t *testing.T) {
	w := open(t, chain())
	a, err := w.AddActor("Mikkelin tuomiokirkkoseurakunta", "parish")
	if err != nil {
		t.Fatal(err)
	}
	if a.ID != "mikkelin-tuomiokirkkoseurakunta" || len(w.Workspace().Actors) != 4 || !w.Dirty() {
		t.Errorf("added %+v; %d actors", a, len(w.Workspace().Actors))
	}
	if w.Window.Title() != "Verkostokartta — Testiverkosto *" {
		t.Errorf("title after an edit %q", w.Window.Title())
	}
	waitForTable(t, w, 4)
	tie, err := w.AddTie("viola", a.ID, "joint")
	if err != nil || tie.Directed || tie.Strength != 2 {
		t.Fatalf("tie %+v, %v", tie, err)
	}
	// Now Viola brokers between the parish and the rest: the path is
	// Juva – Essote – Viola – parish; Essote and Viola each lie on 2 of 3
	// pairs not involving them.
	deadline := time.Now().Add(5 * time.Second)
	for {
		var bc float64
		fyne.DoAndWait(func() {
			for _, r := range w.table.Rows() {
				if r.ID == "viola" {
					bc = r.Betweenness
				}
			}
		})
		if math.Abs(bc-2.0/3) < 1e-12 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("viola's betweenness %v, want 2/3", bc)
		}
		time.Sleep(10 * time.Millisecond)
	}
	if _, err := w.AddActor("  ", "ngo"); err == nil {
		t.Error("an actor without a name was added")
	}
	if _, err := w.AddTie("viola", "viola", "joint"); err == nil {
		t.Error("a self-loop was added")
	}
	if _, err := w.AddTie("viola", "juva", "gossip"); err == nil {
		t.Error("a tie of an unknown kind was added")
	}
}

func TestDragMovesActor(t *testing.T) {
	w := open(t, chain())
	p, _ := w.Map.CentreOf("juva")
	origin := fyne.CurrentApp().Driver().AbsolutePositionForObject(w.Map)
	zoom := w.Map.Zoom()
	test.Drag(w.Window.Canvas(), origin.Add(p), 30, 40)
	a := w.Workspace().Actor("juva")
	if math.Abs(a.X-float64(30/zoom)) > 1e-3 || math.Abs(a.Y-float64(40/zoom)) > 1e-3 || !w.Dirty() {
		t.Errorf("juva at (%v, %v), want (%v, %v)", a.X, a.Y, 30/zoom, 40/zoom)
	}
}

func TestSaveAndOpen(t *testing.T) {
	w := open(t, chain())
	w.AddActor("Kangasniemen kunta", "municipality")
	path := filepath.Join(t.TempDir(), "kartta")
	if err := w.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	if w.Path() != path+".verkosto" || w.Dirty() || w.Window.Title() != "Verkostokartta — Testiverkosto" {
		t.Errorf("after saving: path %q dirty %v title %q", w.Path(), w.Dirty(), w.Window.Title())
	}
	ws, err := workshop.Load(path + ".verkosto")
	if err != nil || len(ws.Actors) != 4 || ws.Actors[3].Name != "Kangasniemen kunta" {
		t.Fatalf("saved file: %v %+v", err, ws)
	}
	w.SetWorkspace(chain(), "")
	if err := w.Open(path + ".verkosto"); err != nil || len(w.Workspace().Actors) != 4 {
		t.Errorf("open: %v, %d actors", err, len(w.Workspace().Actors))
	}
	bad := filepath.Join(t.TempDir(), "rikki.verkosto")
	os.WriteFile(bad, []byte(`{"format": "verkostokartta-workspace", "version": 1, "actors": [`), 0o644)
	if err := w.Open(bad); err == nil || len(w.Workspace().Actors) != 4 {
		t.Errorf("a broken file: %v; the open workspace must stay", err)
	}
}

// Every user-visible string has a Finnish, Swedish and English entry.
func TestTranslationsAreComplete(t *testing.T) {
	load := func(name string) map[string]any {
		data, err := translations.ReadFile("translations/" + name + ".json")
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]any{}
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatalf("%s.json: %v", name, err)
		}
		return m
	}
	fi, sv, en := load("fi"), load("sv"), load("en")
	for k := range fi {
		if _, ok := sv[k]; !ok {
			t.Errorf("sv.json lacks %q", k)
		}
		if _, ok := en[k]; !ok {
			t.Errorf("en.json lacks %q", k)
		}
	}
	if len(sv) != len(fi) || len(en) != len(fi) {
		t.Errorf("fi %d, sv %d, en %d keys", len(fi), len(sv), len(en))
	}
	re := regexp.MustCompile(`lang\.L\("([^"]+)"`)
	files, _ := filepath.Glob("*.go")
	for _, f := range files {
		src, _ := os.ReadFile(f)
		for _, m := range re.FindAllStringSubmatch(string(src), -1) {
			if _, ok := fi[m[1]]; !ok {
				t.Errorf("%s: %q has no Finnish translation", f, m[1])
			}
		}
	}
	for _, key := range []string{"Cancel", "Save", "Open", "Create Folder", "Show Hidden Files", "Yes", "No", "Error"} {
		if fi[key] == key {
			t.Errorf("Fyne's %q is not translated into Finnish", key)
		}
	}
}
