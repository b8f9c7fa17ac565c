package ui

import (
	"errors"
	"sort"
	"strings"
	"time"

	"fyne.io/fyne/v2"
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
	entry *pickField
	all   choice
	// onChanged is called after each change of the text.
	onChanged func()
}

func newActorPicker(actors choice) *actorPicker {
	p := &actorPicker{entry: newPickField(actors.labels), all: actors}
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

// letterSelect is a drop-down that picks with the keyboard too (Fyne's
// Select ignores typed letters): letters typed in quick succession find
// the first option that starts with them, counted from the top whatever is
// selected ("ke" is Kela), and the same letter again steps to the next
// option starting with it ("k", "k" is the second k). Enter and Esc answer
// the dialog.
type letterSelect struct {
	widget.Select
	dialogKeys
	typed string
	at    time.Time
}

// typeAheadPause is how long a pause starts a new search.
const typeAheadPause = time.Second

func newLetterSelect(options []string, changed func(string)) *letterSelect {
	s := &letterSelect{}
	s.Options, s.OnChanged = options, changed
	s.ExtendBaseWidget(s)
	return s
}

// TypedRune extends the search by a letter.
func (s *letterSelect) TypedRune(r rune) {
	now := time.Now()
	if now.Sub(s.at) > typeAheadPause {
		s.typed = ""
	}
	s.at = now
	letter := strings.ToLower(string(r))
	starts := func(i int, prefix string) bool { return strings.HasPrefix(strings.ToLower(s.Options[i]), prefix) }
	if len(s.typed) > 1 && strings.Trim(s.typed, s.typed[:1]) == "" && letter != s.typed[:1] {
		s.typed = "" // after stepping through one letter's options, another letter starts anew
	}
	if s.typed != "" && strings.Trim(s.typed, letter) == "" {
		// The same letter again: the next option starting with it.
		s.typed += letter
		cur, n := s.SelectedIndex(), len(s.Options)
		for k := 1; k <= n; k++ {
			if i := (cur + k) % n; starts(i, letter) {
				s.SetSelectedIndex(i)
				return
			}
		}
		return
	}
	s.typed += letter
	for i := range s.Options {
		if starts(i, s.typed) {
			s.SetSelectedIndex(i)
			return
		}
	}
}

// TypedKey handles Enter and Esc for the dialog, the rest as a drop-down.
func (s *letterSelect) TypedKey(ev *fyne.KeyEvent) {
	if !s.handle(ev, false) {
		s.Select.TypedKey(ev)
	}
}
