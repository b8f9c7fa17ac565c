package ui

import (
	"errors"
	"sort"
	"strings"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/verkostokartta/verkostokartta/graph"
)

// choice is a list of options shown by label and meant by code: a
// vocabulary, or the actors.
type choice struct {
	labels []string
	codes  []string
	// search is what each option is found by, lower case; the label when
	// empty.
	search []string
	// short are the actors' short names ("Essote"): typed in full, one
	// means its actor even when longer names contain it.
	short []string
}

func (c choice) code(label string) string {
	for i, l := range c.labels {
		if l == label {
			return c.codes[i]
		}
	}
	return ""
}

func (c choice) label(code string) string {
	for i, x := range c.codes {
		if x == code {
			return c.labels[i]
		}
	}
	return ""
}

// terms lists a vocabulary in the UI language.
func terms(list []graph.Term, code string) choice {
	var c choice
	for _, t := range list {
		c.labels = append(c.labels, t.Label(code))
		c.codes = append(c.codes, t.Code)
	}
	return c
}

// actorChoice lists the actors by name in alphabetical order; a name that
// two actors share gets the ID added, so that every label means one actor.
// Actors are found by their short names too, as the map shows those.
func actorChoice(actors []*graph.Actor) choice {
	as := append([]*graph.Actor(nil), actors...)
	sort.SliceStable(as, func(i, j int) bool { return strings.ToLower(as[i].Name) < strings.ToLower(as[j].Name) })
	count := map[string]int{}
	for _, a := range as {
		count[a.Name]++
	}
	var c choice
	for _, a := range as {
		label := a.Name
		if count[a.Name] > 1 || label == "" {
			label += " (" + a.ID + ")"
		}
		c.labels = append(c.labels, label)
		c.codes = append(c.codes, a.ID)
		c.search = append(c.search, strings.ToLower(label+" "+a.ShortName))
		c.short = append(c.short, a.ShortName)
	}
	return c
}

// actorPicker is an entry with a drop-down of actors that narrows to the
// names containing what has been typed, so that one actor among hundreds
// is found with a few letters and without the mouse.
type actorPicker struct {
	entry *widget.SelectEntry
	all   choice
	// onChanged is called after each change of the text.
	onChanged func()
}

func newActorPicker(actors choice) *actorPicker {
	p := &actorPicker{entry: widget.NewSelectEntry(actors.labels), all: actors}
	p.entry.SetPlaceHolder(lang.L("Type a few letters"))
	p.entry.OnChanged = func(s string) {
		p.entry.SetOptions(p.matches(s))
		if p.onChanged != nil {
			p.onChanged()
		}
	}
	p.entry.Validator = func(string) error {
		if p.ID() == "" {
			return errors.New(lang.L("Choose an actor from the list."))
		}
		return nil
	}
	return p
}

// matches are the labels of the options found by text, ignoring case.
func (p *actorPicker) matches(text string) []string {
	text = strings.ToLower(strings.TrimSpace(text))
	var out []string
	for i, l := range p.all.labels {
		key := strings.ToLower(l)
		if i < len(p.all.search) {
			key = p.all.search[i]
		}
		if strings.Contains(key, text) {
			out = append(out, l)
		}
	}
	return out
}

// ID returns the actor meant: the one whose label or, failing that, short
// name was typed in full, or the only one whose label contains the text;
// "" if none or several.
func (p *actorPicker) ID() string {
	text := strings.TrimSpace(p.entry.Text)
	if text == "" {
		return ""
	}
	for i, l := range p.all.labels {
		if strings.EqualFold(l, text) {
			return p.all.codes[i]
		}
	}
	var short []string
	for i, sn := range p.all.short {
		if sn != "" && strings.EqualFold(sn, text) {
			short = append(short, p.all.codes[i])
		}
	}
	if len(short) == 1 {
		return short[0]
	}
	if m := p.matches(text); len(m) == 1 {
		return p.all.code(m[0])
	}
	return ""
}

// Set shows an actor as chosen.
func (p *actorPicker) Set(id string) { p.entry.SetText(p.all.label(id)) }

// letterSelect is a drop-down that picks with the keyboard too: a letter
// jumps to the next option starting with it (Fyne's Select ignores typed
// letters), Left and Right step through the options.
type letterSelect struct {
	widget.Select
}

func newLetterSelect(options []string, changed func(string)) *letterSelect {
	s := &letterSelect{}
	s.Options, s.OnChanged = options, changed
	s.ExtendBaseWidget(s)
	return s
}

// TypedRune selects the first option that starts with the letter typed,
// ignoring case; when the selected option already starts with it, the next
// such option (as list boxes do: "k", "k" steps through the k's).
func (s *letterSelect) TypedRune(r rune) {
	letter := strings.ToLower(string(r))
	starts := func(i int) bool { return strings.HasPrefix(strings.ToLower(s.Options[i]), letter) }
	cur, n := s.SelectedIndex(), len(s.Options)
	if cur < 0 || !starts(cur) {
		for i := 0; i < n; i++ {
			if starts(i) {
				s.SetSelectedIndex(i)
				return
			}
		}
		return
	}
	for k := 1; k < n; k++ {
		if i := (cur + k) % n; starts(i) {
			s.SetSelectedIndex(i)
			return
		}
	}
}
