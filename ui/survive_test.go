package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/verkostokartta/verkostokartta/graph"
	"github.com/verkostokartta/verkostokartta/workshop"
)

// The window survives a workshop (issue 14): each test here failed on the
// window as it was.

// overlayTexts' sibling: the texts of the top dialog's labels.
func topLabels(w *MainWindow) string {
	var texts []string
	if top := w.Window.Canvas().Overlays().Top(); top != nil {
		for _, o := range test.LaidOutObjects(top) {
			if l, ok := o.(*widget.Label); ok {
				texts = append(texts, l.Text)
			}
		}
	}
	return strings.Join(texts, "\n")
}

// A panic in an action writes the recovery file and tells the user in
// Finnish instead of ending the program.
func TestPanicInAnActionKeepsTheWork(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	w := open(t, chain())
	w.AddActor("Juuri lisätty", "ngo")
	w.guard(func() {
		var d *MainWindow
		d.save() // a nil pointer, as Fyne's file dialog had
	})()
	rec, _, ok := workshop.Recovery("")
	if !ok {
		t.Fatal("no recovery file after the panic")
	}
	if data, _ := os.ReadFile(rec); !strings.Contains(string(data), "Juuri lisätty") {
		t.Error("the recovery file lacks the edit made before the panic")
	}
	if got := topLabels(w); !strings.Contains(got, "Sisäinen virhe keskeytti toiminnon") || !strings.Contains(got, "Työsi on tallessa") {
		t.Errorf("the error shown: %q", got)
	}
}

// Export map or memo… → the file field: no crash, and the export dialog
// takes a full path.
func TestExportDialogTakesAFullPath(t *testing.T) {
	w := open(t, chain())
	w.exportDialog()
	top := w.Window.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no export dialog")
	}
	var file *field
	for _, o := range test.LaidOutObjects(top) {
		if f, ok := o.(*field); ok && file == nil {
			file = f
		}
	}
	if file == nil || !strings.HasSuffix(file.Text, "testiverkosto.pdf") {
		t.Fatalf("the file field: %+v", file)
	}
}

// A full path typed where a file is asked for is taken as it is; a name
// alone goes to the default folder; the extension is added.
func TestTypedPaths(t *testing.T) {
	w := open(t, chain())
	dir := t.TempDir()
	w.path = filepath.Join(dir, "oma.verkosto")
	ext := []string{workshop.Extension}
	for typed, want := range map[string]string{
		"/tmp/x/oma.verkosto":    "/tmp/x/oma.verkosto",
		"/tmp/x/oma":             "/tmp/x/oma.verkosto",
		"toinen":                 filepath.Join(dir, "toinen.verkosto"),
		"  sub/kolmas.verkosto ": filepath.Join(dir, "sub", "kolmas.verkosto"),
	} {
		if got := w.resolvePath(typed, ext); got != want {
			t.Errorf("%q → %q, want %q", typed, got, want)
		}
	}
	home, _ := os.UserHomeDir()
	if got := w.resolvePath("~/k.verkosto", ext); got != filepath.Join(home, "k.verkosto") {
		t.Errorf("~/k.verkosto → %q", got)
	}
}

// Save as with a full path writes there; a missing folder is named in
// Finnish and nothing is written.
func TestSaveAsToATypedPath(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	w := open(t, chain())
	target := filepath.Join(t.TempDir(), "x", "oma.verkosto")
	os.MkdirAll(filepath.Dir(target), 0o755)
	submitTyped := func(path string) {
		w.saveAsDialog()
		f := w.Window.Canvas().Focused().(*field)
		f.SetText(path)
		f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	}
	submitTyped(target)
	if w.Path() != target {
		t.Fatalf("saved to %q, want %q", w.Path(), target)
	}
	if _, err := workshop.Load(target); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(workshop.BackupPath(target)); err == nil {
		t.Error("a backup of a file that did not exist")
	}
	missing := filepath.Join(t.TempDir(), "ei", "ole.verkosto")
	submitTyped(missing)
	if got := topLabels(w); !strings.Contains(got, "Kansiota "+filepath.Dir(missing)+" ei ole.") {
		t.Errorf("the error shown: %q", got)
	}
}

// The first save over an empty file (as a file dialog leaves) keeps no
// empty FILE.verkosto~.
func TestNoEmptyBackup(t *testing.T) {
	path := filepath.Join(t.TempDir(), "uusi.verkosto")
	os.WriteFile(path, nil, 0o644)
	if err := chain().Save(path); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(workshop.BackupPath(path)); err == nil {
		t.Error("an empty backup was kept")
	}
}

// A workspace opened from the menu or the recent files, edited and lost,
// is offered back on a plain start on the sample, and when it is opened
// again.
func TestRecoveryOfTheLastWorkspace(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	path := filepath.Join(t.TempDir(), "kartta.verkosto")
	chain().Save(path)
	w := open(t, workshop.Sample())
	if err := w.Open(path); err != nil { // from the menu
		t.Fatal(err)
	}
	w.AddActor("Menetetty muutos", "ngo")
	w.autosave()
	// The process dies here. A plain start on the sample:
	again := NewMainWindow(w.app, workshop.Sample(), "")
	again.Window.Resize(fyne.NewSize(1200, 800))
	again.offerRecovery()
	if got := topLabels(again); !strings.Contains(got, "kartta.verkosto") {
		t.Fatalf("no offer on a plain start: %q", got)
	}
	// Opening the file again (from the recent files) offers it too.
	third := NewMainWindow(w.app, workshop.Sample(), "")
	third.Window.Resize(fyne.NewSize(1200, 800))
	if err := third.Open(path); err != nil {
		t.Fatal(err)
	}
	if got := topLabels(third); !strings.Contains(got, "Palautetaanko") {
		t.Fatalf("no offer when the file was opened again: %q", got)
	}
}

// Opening another file without saving discards the recovery file: the
// next start does not offer what the user chose to leave.
func TestDiscardedWorkStaysDiscarded(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	dir := t.TempDir()
	first, second := filepath.Join(dir, "eka.verkosto"), filepath.Join(dir, "toka.verkosto")
	chain().Save(first)
	chain().Save(second)
	w := open(t, chain())
	w.Open(first)
	w.AddActor("Hylätty", "ngo")
	w.autosave()
	if _, _, ok := workshop.Recovery(first); !ok {
		t.Fatal("no recovery file to begin with")
	}
	if err := w.Open(second); err != nil { // "Kyllä" to opening without saving
		t.Fatal(err)
	}
	if _, _, ok := workshop.Recovery(first); ok {
		t.Error("the discarded changes are still offered")
	}
}

// Planned and wished ties are not drawn while the filter shows current
// ones, and the status bar counts what the analysis counts (53 of the
// sample's 57).
func TestMapDrawsWhatTheAnalysisCounts(t *testing.T) {
	ws := workshop.Sample()
	w := open(t, ws)
	st := w.mapStyle()
	drawn := 0
	for _, tie := range ws.Ties {
		if st.HideTie == nil || !st.HideTie(tie) {
			drawn++
		}
	}
	if drawn != 53 || len(ws.Ties) != 57 {
		t.Errorf("%d of %d ties drawn, want 53 of 57", drawn, len(ws.Ties))
	}
	if got := w.status.Text; !strings.Contains(got, "yhteyksiä 53 (+4 piilossa rajauksen vuoksi)") {
		t.Errorf("status %q", got)
	}
}

// The filter dialog fits a 1280×720 window and scrolls.
func TestDialogsFitASmallWindow(t *testing.T) {
	w := open(t, workshop.Sample())
	w.Window.Resize(fyne.NewSize(1280, 720))
	for name, show := range map[string]func(){
		"filter": w.filterDialog, "export": w.exportDialog, "add actor": func() { w.addActorDialog() },
		"add tie": func() { w.addTieDialog() }, "save as": w.saveAsDialog,
	} {
		show()
		top := w.Window.Canvas().Overlays().Top()
		if top == nil {
			t.Fatalf("%s: no dialog", name)
		}
		c := w.Window.Canvas().Size()
		var box fyne.CanvasObject
		for _, o := range test.LaidOutObjects(top) {
			if pop, ok := o.(*widget.PopUp); ok && box == nil {
				box = pop.Content
			}
		}
		p, s := box.Position(), box.Size()
		if p.X < 0 || p.Y < 0 || p.X+s.Width > c.Width+1 || p.Y+s.Height > c.Height+1 {
			t.Errorf("%s: the dialog of %v at %v runs off the %v window", name, s, p, c)
		}
		w.Window.Canvas().Overlays().Remove(top)
	}
}

// A shortcut pressed while a dialog is open stacks no second dialog.
func TestOneDialogAtATime(t *testing.T) {
	w := open(t, chain())
	press(t, w, fyne.KeyT, fyne.KeyModifierShortcutDefault)
	press(t, w, fyne.KeyT, fyne.KeyModifierShortcutDefault)
	press(t, w, fyne.KeyN, fyne.KeyModifierShortcutDefault)
	if n := len(w.Window.Canvas().Overlays().List()); n != 1 {
		t.Errorf("%d dialogs open", n)
	}
	// Esc in the dialog cancels it.
	w.Window.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if n := len(w.Window.Canvas().Overlays().List()); n != 0 {
		t.Errorf("%d dialogs open after Esc", n)
	}
}

// The window can be as narrow as a 1280×720 or 1366×768 projector (it
// could not be narrower than 1262 px, and snapped back when a dialog
// opened).
func TestWindowFitsASmallScreen(t *testing.T) {
	w := open(t, workshop.Sample())
	if m := w.Window.Content().MinSize(); m.Width > 1000 || m.Height > 700 {
		t.Errorf("the window needs at least %v", m)
	}
}

// A dialog asked to be wide keeps the height of its whole form: the
// export dialog shows its options, not one squeezed row.
func TestExportDialogShowsItsOptions(t *testing.T) {
	w := open(t, chain())
	w.exportDialog()
	for _, o := range test.LaidOutObjects(w.Window.Canvas().Overlays().Top()) {
		if sc, ok := o.(*container.Scroll); ok {
			if h, want := sc.Size().Height, sc.Content.MinSize().Height; h < want {
				t.Errorf("the form shows %.0f px of its %.0f", h, want)
			}
			return
		}
	}
	t.Error("no form in the export dialog")
}

// The tooltip of an actor speaks Finnish: the singular for one partner
// and a decimal comma.
func TestActorHoverWords(t *testing.T) {
	ws := chain()
	ws.Ties = append(ws.Ties, &graph.Tie{ID: "t3", From: "juva", To: "viola", Kind: "joint", Strength: 1},
		&graph.Tie{ID: "t4", From: "viola", To: "pieksamaki", Kind: "joint", Strength: 1})
	ws.Actors = append(ws.Actors, &graph.Actor{ID: "pieksamaki", Name: "Pieksämäki", Sector: "municipality"})
	w := open(t, ws)
	if got := w.actorHover("pieksamaki"); !strings.Contains(got, "1 kumppani · välittäjyys 0") {
		t.Errorf("hover of an actor with one partner: %q", got)
	}
	if got := w.actorHover("viola"); !strings.Contains(got, "3 kumppania · välittäjyys 0,667") {
		t.Errorf("hover of Viola: %q", got)
	}
}
