package ui

import (
	"testing"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func legendTexts(w *MainWindow) map[string]bool {
	out := map[string]bool{}
	for _, o := range test.LaidOutObjects(w.legend.content) {
		if l, ok := o.(*widget.Label); ok {
			out[l.Text] = true
		}
	}
	return out
}

func TestLegendListsWhatTheMapUses(t *testing.T) {
	w := open(t, chain())
	got := legendTexts(w)
	for _, want := range []string{"Sektorit", "Kunta, muu", "Järjestö", "Hyvinvointialue, sosiaali- ja terveyspalvelut",
		"Yhteydet", "Yhteinen toiminta", "Asiakasohjaus", "Merkinnät", "Kohtaamispaikka"} {
		if !got[want] {
			t.Errorf("the legend lacks %q: %v", want, got)
		}
	}
	if got["Seurakunta"] || got["Ostopalvelu"] {
		t.Error("the legend lists a sector or kind the map does not use")
	}
	w.AddActor("Juvan seurakunta", "parish")
	if !legendTexts(w)["Seurakunta"] {
		t.Error("the legend did not follow a new sector")
	}
}

func TestSideTabsAreFinnish(t *testing.T) {
	w := open(t, chain())
	var tabs *container.AppTabs
	for _, o := range test.LaidOutObjects(w.Window.Content()) {
		if at, ok := o.(*container.AppTabs); ok {
			tabs = at
		}
	}
	want := []string{"Valinta", "Työpaja", "Toimijat", "Yhteydet", "Ryhmät", "Katselmus", "Palvelut", "Analyysi", "Kattavuus", "Selite"}
	if tabs == nil || len(tabs.Items) != len(want) {
		t.Fatalf("side tabs %v", tabs)
	}
	for i, w := range want {
		if tabs.Items[i].Text != w {
			t.Errorf("tab %d is %q, want %q", i, tabs.Items[i].Text, w)
		}
	}
}
