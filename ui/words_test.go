package ui

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"github.com/verkostokartta/verkostokartta/export"
	"github.com/verkostokartta/verkostokartta/workshop"
)

// TestProviderIsTarjoaja: the window calls a provider "tarjoaja", as the
// coverage cells, the memo and rule R8 do, not "järjestäjä" (the body
// responsible for organising a service, which is another thing).
func TestProviderIsTarjoaja(t *testing.T) {
	open(t, chain())
	if got, want := lang.L("Providers per task and municipality: red no provider, amber one. Tap a cell to see who."),
		"Tarjoajia tehtävittäin ja kunnittain: punainen = ei tarjoajaa, keltainen = yksi. Napauta solua nähdäksesi, keitä."; got != want {
		t.Errorf("coverage header %q, want %q", got, want)
	}
	for k, v := range loadTranslations(t, "fi") {
		if s, ok := v.(string); ok && strings.Contains(strings.ToLower(s), "järjestäjä") {
			t.Errorf("%q is %q", k, s)
		}
	}
}

// TestFindingsWordedForPeople: the analysis panel on the sample says "1
// yhteys, 1 henkilö" in the singular, tells the two single-person ties
// between Viola and Koppa apart by their kind while a lone one has none,
// and writes decimals with a comma.
func TestFindingsWordedForPeople(t *testing.T) {
	w := open(t, workshop.Sample())
	var texts []string
	for _, g := range w.panel.groups {
		for _, f := range g.Items {
			texts = append(texts, f.Text)
		}
	}
	all := strings.Join(texts, "\n") + "\n"
	for _, want := range []string{
		"Yhden henkilön varassa: Viola – Koppa (yhteinen toiminta)\n",
		"Yhden henkilön varassa: Viola – Koppa (yhteiset tilat)\n",
		"Yhden henkilön varassa: Essote – Kangasniemi\n",
		"Sektoreiden Kunta, sivistyspalvelut ja Kunta, muu yhteys on ohut: 1 yhteys, 1 henkilö\n",
		"Sektoreiden Kunta, muu ja Yksityinen palveluntuottaja yhteys on ohut: 1 yhteys, 2 henkilöä\n",
		"lähes samat: 6 yhteistä jäsentä (Jaccard 0,86)\n",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("the findings lack %q:\n%s", want, all)
		}
	}
	if got, want := w.panel.figures.Text, "Tiheys 0,106 · erillisiä osia 2 · yhteisöjä 5 (modulaarisuus 0,445) · transitiivisuus "; !strings.HasPrefix(got, want) {
		t.Errorf("figures %q, want them to start %q", got, want)
	}
	w.panel.measure.SetSelectedIndex(4) // betweenness
	if got := w.panel.ranked[0].text; got != "1. Essote — 0,488" {
		t.Errorf("first in the ranking: %q", got)
	}
}

// TestFinnishMenusSpeakFinnish: the layout and measure menus name their
// choices in Finnish, without Graphviz's engine names or English terms, and
// the memo explains betweenness without the English word.
func TestFinnishMenusSpeakFinnish(t *testing.T) {
	w := open(t, chain())
	want := []string{"Voimamalli suurille verkostoille", "Jousimalli", "Kerroksittain", "Säteittäin", "Ympyrä", "Voimamalli", "Perhe keskellä (sektorikehät)"}
	if got := layoutChoice().labels; !slices.Equal(got, want) {
		t.Errorf("layouts %q, want %q", got, want)
	}
	if got := w.panel.measure.Options[8]; got != "satunnaiskulkukeskeisyys" {
		t.Errorf("PageRank is offered as %q", got)
	}
	for _, s := range append(w.panel.measure.Options, export.Word("brokers-note", "fi")) {
		for _, english := range []string{"PageRank", "betweenness", "sfdp"} {
			if strings.Contains(s, english) {
				t.Errorf("%q says %q", s, english)
			}
		}
	}
}

// TestNewWorkspaceUntitledInExports: a new workspace is named once, when
// it is started, and its memo carries that name; one nobody has named
// (an old file called "Uusi työtila") is not titled so: the memo says what
// it is instead. The name a new workspace had in each language is the one
// exports know to leave out.
func TestNewWorkspaceUntitledInExports(t *testing.T) {
	w := open(t, chain())
	w.newWorkspace()
	name := w.Window.Canvas().Focused()
	test.Type(name, "Juvan perhekeskus")
	name.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if w.ws.Name != "Juvan perhekeskus" || len(w.ws.Actors) != 0 {
		t.Fatalf("new workspace %q with %d actors", w.ws.Name, len(w.ws.Actors))
	}
	w.ws.Name = "Uusi työtila"
	w.AddActor("Juvan seurakunta", "parish")
	r := MemoReport(w.ws, &w.ws.Network, "fi", false, time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC))
	html, err := export.ReportHTML(context.Background(), r)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(html), "<title>Työpajamuistio</title>") || strings.Contains(string(html), "Uusi työtila") {
		t.Errorf("the memo of an unnamed workspace is titled %q", w.ws.Name)
	}
	st := w.imageStyle()
	st.Title = w.ws.Name
	if dot := string(export.DOT(&w.ws.Network, st)); strings.Contains(dot, "Uusi työtila") {
		t.Error("the map of a new workspace is titled Uusi työtila")
	}
	for _, code := range []string{"fi", "sv", "en"} {
		if name := loadTranslations(t, code)["New workspace"].(string); !export.Untitled(name) {
			t.Errorf("%s: exports would title a new workspace %q", code, name)
		}
	}
}
