package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
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
	// The first letter counts from the top whatever is selected: "k" on
	// "Kunta, muu" is the first k, not the one after it.
	s.SetSelected("Kunta, muu")
	steps := []struct {
		r     rune
		pause bool
		want  string
	}{
		{'k', false, "Kunta, sivistys"}, {'K', false, "Kunta, muu"}, {'k', false, "Kela"}, {'k', false, "Kunta, sivistys"},
		{'j', false, "Järjestö"}, // another letter after stepping starts anew
		{'h', true, "Hyvinvointialue"}, {'h', false, "Hanke"}, {'x', false, "Hanke"},
		{'k', true, "Kunta, sivistys"}, {'e', false, "Kela"}, // letters in quick succession: "ke"
		{'k', true, "Kunta, sivistys"},
	}
	for i, st := range steps {
		if st.pause {
			s.at = s.at.Add(-2 * typeAheadPause)
		}
		s.TypedRune(st.r)
		if s.Selected != st.want {
			t.Errorf("step %d (%c): %q, want %q", i, st.r, s.Selected, st.want)
		}
	}
}

// TestDialogFieldsAnswerEnterAndEsc: Enter in any one-line field or choice
// of a dialog submits it, Esc cancels it.
func TestDialogFieldsAnswerEnterAndEsc(t *testing.T) {
	submitted, cancelled := 0, 0
	f, s, m := newField(), newLetterSelect([]string{"a"}, nil), newMultiLineField()
	test.NewTempApp(t)
	test.NewTempWindow(t, container.NewVBox(f, s, m))
	connectKeys([]fyne.CanvasObject{f, s, m}, func() { submitted++ }, func() { cancelled++ })
	for _, k := range []fyne.Focusable{f, s, m} {
		k.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		k.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	}
	if submitted != 2 || cancelled != 3 {
		t.Errorf("Enter submitted %d times (want 2: not from the text area), Esc cancelled %d (want 3)", submitted, cancelled)
	}
}
