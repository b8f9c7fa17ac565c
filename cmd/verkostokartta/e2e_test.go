//go:build e2e

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/verkostokartta/verkostokartta/graph"
	"github.com/verkostokartta/verkostokartta/workshop"
)

// TestE2EWindowOnSample starts the real app under Xvfb, waits for its
// window and checks that a screenshot of it shows the map, not an empty
// window. The screenshot is kept in bin/e2e-window.png for a person to
// look at.
func TestE2EWindowOnSample(t *testing.T) {
	d := newDesk(t, 1600, 1000)
	a := d.start()
	if got := a.title(); !strings.HasPrefix(got, "Verkostokartta — Etelä-Savon") {
		t.Errorf("window title %q, want `Verkostokartta — <sample name>`", got)
	}
	img := a.screenshot("e2e-window.png")
	colours, dominant := colourStats(img)
	b := img.Bounds()
	t.Logf("window %dx%d, %d distinct colours, most common colour covers %.0f%%", b.Dx(), b.Dy(), colours, dominant*100)
	if b.Dx() < 640 || b.Dy() < 400 {
		t.Errorf("window is only %dx%d", b.Dx(), b.Dy())
	}
	// A blank or black window has a handful of colours; the map has sector
	// colours, anti-aliased lines and text.
	if colours < 200 || dominant > 0.95 {
		t.Errorf("the window looks blank: %d colours, dominant colour %.0f%%", colours, dominant*100)
	}
	// The map paints actors in their sector colours: the sample has sote
	// (#1f77b4), NGO (#ff7f0e) and parish (#9467bd) actors.
	for name, c := range map[string][3]uint32{"sote": {0x1f, 0x77, 0xb4}, "ngo": {0xff, 0x7f, 0x0e}, "parish": {0x94, 0x67, 0xbd}} {
		if n := countColour(img, c); n < 500 {
			t.Errorf("only %d pixels of the %s colour: the map is not drawn", n, name)
		}
	}
	a.quit()
}

// recoveryFiles lists the recovery folder of a desktop.
func (d *desk) recoveryFiles() []string {
	recs, _ := filepath.Glob(filepath.Join(d.home, "cache", "verkostokartta", "recovery", "*"))
	return recs
}

// TestE2EAutosaveSurvivesKill: a facilitator adds an actor, the app is
// killed before anyone saves, and the next start restores the actor.
func TestE2EAutosaveSurvivesKill(t *testing.T) {
	d := newDesk(t, 1600, 1000, "VERKOSTOKARTTA_AUTOSAVE=1")
	file := filepath.Join(d.home, "kartta.verkosto")
	d.run(d.bin, "sample", "-o", file)

	a := d.start(file)
	a.key("ctrl+n")
	a.typ("Kuvitteellinen yhdistys")
	a.key("Return")
	a.waitTitle("unsaved changes", func(s string) bool { return strings.HasSuffix(s, " *") })
	d.waitFor("a recovery file with the new actor", func() bool {
		recs := d.recoveryFiles()
		if len(recs) != 1 {
			return false
		}
		data, _ := os.ReadFile(recs[0])
		return strings.Contains(string(data), "Kuvitteellinen yhdistys")
	}, func() string { return fmt.Sprint(d.recoveryFiles()) })
	a.kill()

	// The restart offers the changes; "Palauta" sits at the centre of the
	// 1600×960 window's dialog.
	a = d.start(file)
	a.screenshot("e2e-restore.png")
	d.run("xdotool", "mousemove", "--window", a.win, "848", "545", "click", "1")
	a.waitTitle("the restored changes", func(s string) bool { return strings.HasSuffix(s, " *") })
	a.key("ctrl+s")
	d.waitFile("the restored actor saved", file, func(data string) bool { return strings.Contains(data, "Kuvitteellinen yhdistys") })
	d.waitFor("no recovery file after saving", func() bool { return len(d.recoveryFiles()) == 0 }, func() string { return fmt.Sprint(d.recoveryFiles()) })
}

// TestE2EDrawFiveActorsAndFiveTies is a facilitator's first minutes, by
// keyboard only: five actors (sector picked by its first letter), five ties
// between them, Ctrl+S; the app is closed, started again on the file, and
// the screenshot bin/e2e-drawn.png shows the five.
func TestE2EDrawFiveActorsAndFiveTies(t *testing.T) {
	d := newDesk(t, 1600, 1000)
	file := filepath.Join(d.home, "tyopaja.verkosto")
	if err := workshop.New("Työpaja").Save(file); err != nil {
		t.Fatal(err)
	}
	actors := []struct{ name, letter, sector string }{
		{"Alfa perhekeskus", "", "sote"}, // the first sector is preselected
		{"Beeta ry", "j", "ngo"},
		{"Gamma seurakunta", "s", "parish"},
		{"Delta koulu", "k", "education"},
		{"Epsilon Kela", "ke", "kela"}, // letters in quick succession: "ke" is Kela
	}
	a := d.start(file)
	for _, x := range actors {
		a.key("ctrl+n")
		if x.letter != "" {
			a.key("Tab") // to the sector
			a.typ(x.letter)
			a.key("shift+Tab") // back to the name
		}
		a.typ(x.name)
		a.key("Return")
	}
	ties := [][2]string{{"Alfa", "Beeta"}, {"Beeta", "Gamma"}, {"Gamma", "Delta"}, {"Delta", "Epsilon"}, {"Epsilon", "Alfa"}}
	for _, tie := range ties {
		a.key("ctrl+f")
		a.typ(tie[0])
		a.key("Return")
		a.key("ctrl+t") // from = the actor found; the focus is on "to"
		a.typ(tie[1])
		a.key("Return")
	}
	a.key("ctrl+s")
	var ws *workshop.Workspace
	d.waitFor("five actors and five ties saved", func() bool {
		var err error
		ws, err = workshop.Load(file)
		return err == nil && len(ws.Actors) == 5 && len(ws.Ties) == 5
	}, func() string {
		if ws == nil {
			return "nothing saved"
		}
		return fmt.Sprintf("%d actors and %d ties saved", len(ws.Actors), len(ws.Ties))
	})
	for i, x := range actors {
		if got := ws.Actors[i]; got.Name != x.name || got.Sector != x.sector {
			t.Errorf("actor %d: %q in %q, want %q in %q", i, got.Name, got.Sector, x.name, x.sector)
		}
	}
	for i, tie := range ties {
		from, to := ws.Actor(ws.Ties[i].From), ws.Actor(ws.Ties[i].To)
		if from == nil || to == nil || !strings.HasPrefix(from.Name, tie[0]) || !strings.HasPrefix(to.Name, tie[1]) {
			t.Errorf("tie %d: %+v, want %s – %s", i, ws.Ties[i], tie[0], tie[1])
		}
	}
	a.quit()

	a = d.start(file)
	if got := a.title(); got != "Verkostokartta — Työpaja" {
		t.Errorf("reopened window title %q", got)
	}
	img := a.screenshot("e2e-drawn.png")
	// The five are drawn in their sectors' colours.
	for _, x := range actors {
		term, _ := graph.Find(ws.Vocab.Sectors, x.sector)
		var c [3]uint32
		fmt.Sscanf(term.Colour, "#%02x%02x%02x", &c[0], &c[1], &c[2])
		if n := countColour(img, c); n < 300 {
			t.Errorf("%s: only %d pixels of %s (%s)", x.name, n, x.sector, term.Colour)
		}
	}
}

// TestE2EWorkshopOnSample runs a situational-picture workshop on the
// sample from start to finish by keyboard, as a facilitator at a
// projector would: the goal and date, a snapshot of the starting point,
// the agenda's steps, drawing (a new actor and tie, one actor gone), a
// saved view, workshop mode with notes under two perspectives and the
// view revealed, an action; saved. The memo written from the file then
// holds the goal, the notes, the action, the before/after map and the
// steering group's review tables. Screenshots: bin/e2e-workshop.png
// (workshop mode); the memo: bin/e2e-memo.pdf.
func TestE2EWorkshopOnSample(t *testing.T) {
	d := newDesk(t, 1600, 1000)
	file := filepath.Join(d.home, "etela-savo.verkosto")
	if err := workshop.Sample().Save(file); err != nil {
		t.Fatal(err)
	}
	// A Finnish keyboard, so that ä and ö are typed as a person types them.
	// (setxkbmap alone leaves Xvfb's keymap as it was; its compiled map,
	// loaded with xkbcomp, takes.)
	d.run("sh", "-c", `setxkbmap -layout fi -print | xkbcomp - "$DISPLAY"`)
	a := d.start(file)
	key, typ := a.key, a.typ

	// 1. The common goal and the day.
	key("ctrl+g")
	typ("Perhe saa avun omasta kunnastaan")
	key("Tab")
	typ("20.5.2021")
	key("Return")
	// The starting point, frozen.
	key("ctrl+shift+k")
	key("ctrl+a")
	typ("Aloitus")
	key("Return")
	// 2.–3. Who belongs; draw: a new NGO meeting place tied to Essote, and
	// Terveystalo, which left the agreement, off the map.
	key("ctrl+Right")
	key("ctrl+Right")
	key("ctrl+n")
	key("Tab")
	typ("j") // Järjestö
	key("shift+Tab")
	typ("Enonkosken perhetupa")
	key("Return")
	key("ctrl+f")
	typ("Enonkosken perhetupa")
	key("Return")
	key("ctrl+t")
	typ("Essote")
	key("Return")
	key("ctrl+f")
	typ("Terveystalo")
	key("Return")
	key("Delete")
	// A view to show in the room.
	key("ctrl+shift+n")
	key("ctrl+a")
	typ("Koko verkosto")
	key("Return")
	// 4. Workshop mode: notes from two perspectives, the view revealed.
	key("F11")
	key("ctrl+Right")
	key("ctrl+1")
	key("ctrl+m")
	typ("Perhe ei tunne palveluja")
	key("Return")
	key("ctrl+2")
	typ("Avoin toiminta puuttuu kolmesta kunnasta")
	key("Return")
	key("Next")                                  // PgDn, as a presentation clicker sends
	d.run("xdotool", "mousemove", "1599", "999") // no tooltip in the picture
	a.settle()
	img := a.screenshot("e2e-workshop.png")
	if distinct, dominant := colourStats(img); distinct < 200 || dominant > 0.95 {
		t.Errorf("workshop mode looks empty: %d colours, %.0f%% one colour", distinct, 100*dominant)
	}
	key("Escape")
	// 6. An action.
	key("ctrl+shift+a")
	typ("Kutsutaan Enonkoski, Hirvensalmi ja Sulkava mukaan")
	key("Tab")
	typ("Essote")
	key("Tab")
	typ("30.6.2021")
	key("Return")
	key("ctrl+s")
	d.waitFile("the workshop saved", file, func(data string) bool { return strings.Contains(data, "Kutsutaan Enonkoski") })
	a.quit()

	ws, err := workshop.Load(file)
	if err != nil {
		t.Fatal(err)
	}
	s := ws.Workshop
	if s == nil {
		t.Fatal("no workshop was saved")
	}
	if s.Goal != "Perhe saa avun omasta kunnastaan" || s.Date != "2021-05-20" || s.Current != 3 {
		t.Errorf("goal %q, date %q, step %d", s.Goal, s.Date, s.Current)
	}
	if len(s.Notes) != 2 || s.Notes[0].Perspective != "client" || s.Notes[1].Perspective != "services" {
		t.Errorf("notes %+v", s.Notes)
	}
	if len(s.Actions) != 1 || s.Actions[0].Who != "essote" || s.Actions[0].Due != "2021-06-30" {
		t.Errorf("actions %+v", s.Actions)
	}
	if len(ws.Snapshots) != 1 || ws.Snapshots[0].Name != "Aloitus" || len(ws.Views) != 1 || ws.Views[0].Name != "Koko verkosto" {
		t.Fatalf("snapshots %d, views %+v", len(ws.Snapshots), ws.Views)
	}
	if ws.Actor("terveystalo") != nil || len(ws.Actors) != len(ws.Snapshots[0].Network.Actors) {
		t.Errorf("%d actors now, %d in the snapshot; Terveystalo %v", len(ws.Actors), len(ws.Snapshots[0].Network.Actors), ws.Actor("terveystalo") != nil)
	}

	// The memo.
	memo, err := filepath.Abs(filepath.Join("..", "..", "bin", "e2e-memo.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	d.run(d.bin, "report", "-o", memo, file)
	text := strings.Join(strings.Fields(d.run("pdftotext", "-layout", memo, "-")), " ")
	for _, want := range []string{
		"Tavoite", "Perhe saa avun omasta kunnastaan",
		"Havainnot näkökulmittain", "Perhe ei tunne palveluja", "Avoin toiminta puuttuu kolmesta kunnasta",
		"Sovitut toimenpiteet", "Kutsutaan Enonkoski, Hirvensalmi ja Sulkava mukaan (Essote, 30.6.2021)",
		"Ennen ja jälkeen: Aloitus ja nyt", "+ Enonkosken perhetupa", "− Terveystalo",
		"Jäsenyyskatselmus", "Tilanne 20.5.2021", "Jäsenyydet ryhmissä", "Sopijaosapuolet: Yhteistyösopimus",
		"Edustuksen aukot", "Kutsuttavia", "Yhteyshenkilöt",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the memo lacks %q", want)
		}
	}
	t.Logf("memo: %s", memo)
}

// TestE2EExportFromTheMenu walks the path that once ended the program
// (File → Export map or memo… → the file): the memo is written to a full
// path typed in the dialog, an edit made just before survives, and the app
// prints no panic.
func TestE2EExportFromTheMenu(t *testing.T) {
	d := newDesk(t, 1600, 1000)
	file := filepath.Join(d.home, "kartta.verkosto")
	d.run(d.bin, "sample", "-o", file)
	outDir := filepath.Join(d.home, "muistiot")
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		t.Fatal(err)
	}
	memo := filepath.Join(outDir, "muistio.pdf")

	a := d.start(file)
	a.key("ctrl+n")
	a.typ("Juuri lisatty")
	a.key("Return")
	a.waitTitle("unsaved changes", func(s string) bool { return strings.HasSuffix(s, " *") })
	// Tiedosto, then its item "Vie kartta tai muistio…".
	d.run("xdotool", "mousemove", "--window", a.win, "45", "14", "click", "1")
	a.settle()
	d.run("xdotool", "mousemove", "--window", a.win, "88", "368", "click", "1")
	a.settle()
	a.screenshot("e2e-export-dialog.png")
	a.key("ctrl+a")
	a.typ(memo)
	a.key("Return")
	d.waitFile("the memo written to the typed path", memo, func(data string) bool { return strings.HasPrefix(data, "%PDF") })
	if !strings.HasSuffix(a.title(), " *") {
		t.Errorf("the edit was lost: title %q", a.title())
	}
	if strings.Contains(a.out.String(), "panic") {
		t.Errorf("the app panicked:\n%s", a.out.String())
	}
	text := strings.Join(strings.Fields(d.run("pdftotext", memo, "-")), " ")
	if !strings.Contains(text, "Juuri lisatty") {
		t.Error("the memo lacks the actor added just before")
	}
}
