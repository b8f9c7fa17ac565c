package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/verkostokartta/verkostokartta/graph"
)

func TestActorPicker(t *testing.T) {
	test.NewTempApp(t)
	actors := actorChoice([]*graph.Actor{
		{ID: "mikkeli", Name: "Mikkelin kaupunki"},
		{ID: "mvk", Name: "Mikkelin varhaiskasvatus"},
		{ID: "kela", Name: "Kela"},
		{ID: "kela2", Name: "Kela"},
		{ID: "essote", Name: "Etelä-Savon sosiaali- ja terveyspalvelujen kuntayhtymä", ShortName: "Essote"},
		{ID: "neuvola", Name: "Essoten neuvolat"},
	})
	if got := actors.labels; len(got) != 6 || got[2] != "Kela (kela)" || got[3] != "Kela (kela2)" || got[4] != "Mikkelin kaupunki" {
		t.Errorf("labels %q: alphabetical, shared names told apart", got)
	}
	p := newActorPicker(actors)
	for text, want := range map[string]string{
		"":                         "",
		"mikkelin":                 "", // two match
		"varhais":                  "mvk",
		"MIKKELIN KAUPUNKI":        "mikkeli",
		"Kela (kela2)":             "kela2",
		"Mikkelin varhaiskasvatus": "mvk",
		"Lahti":                    "",
		"essote":                   "essote", // the short name in full, though "Essoten neuvolat" contains it too
		"essoten":                  "neuvola",
		"kuntayhtymä":              "essote",
	} {
		p.entry.SetText(text)
		if got := p.ID(); got != want {
			t.Errorf("%q means %q, want %q", text, got, want)
		}
		if (p.entry.Validate() == nil) != (want != "") {
			t.Errorf("%q: validation %v", text, p.entry.Validate())
		}
	}
	p.entry.SetText("mikkelin")
	if got := p.matches("mikkelin"); len(got) != 2 {
		t.Errorf("matches %q", got)
	}
	p.Set("kela")
	if p.entry.Text != "Kela (kela)" || p.ID() != "kela" {
		t.Errorf("Set shows %q", p.entry.Text)
	}
}

func TestLetterSelect(t *testing.T) {
	s := newLetterSelect([]string{"Hyvinvointialue", "Kunta, sivistys", "Kunta, muu", "Järjestö", "Kela", "Hanke"}, nil)
	s.SetSelectedIndex(0)
	steps := []struct {
		r    rune
		want string
	}{{'k', "Kunta, sivistys"}, {'K', "Kunta, muu"}, {'k', "Kela"}, {'k', "Kunta, sivistys"}, {'j', "Järjestö"}, {'h', "Hyvinvointialue"}, {'h', "Hanke"}, {'x', "Hanke"}}
	for i, st := range steps {
		s.TypedRune(st.r)
		if s.Selected != st.want {
			t.Errorf("step %d (%c): %q, want %q", i, st.r, s.Selected, st.want)
		}
	}
}
