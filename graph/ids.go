package graph

import (
	"fmt"
	"strings"
	"unicode"
)

// Slug makes a readable ASCII identifier from a name: "Mäntyharjun kunta"
// → "mantyharjun-kunta"; "actor" when nothing of the name is left.
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch r {
		case 'ä', 'å', 'á', 'à', 'â':
			r = 'a'
		case 'ö', 'ø', 'ó', 'ô':
			r = 'o'
		case 'é', 'è', 'ê':
			r = 'e'
		case 'ü', 'ú':
			r = 'u'
		}
		if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	out := strings.TrimSuffix(b.String(), "-")
	if out == "" {
		out = "actor"
	}
	return out
}

// UniqueID returns base, or base-2, base-3 … whichever is not taken.
func UniqueID(base string, taken func(string) bool) string {
	id := base
	for i := 2; taken(id); i++ {
		id = fmt.Sprintf("%s-%d", base, i)
	}
	return id
}

// NewActorID returns an unused actor ID made from name.
func (n *Network) NewActorID(name string) string {
	return UniqueID(Slug(name), func(id string) bool { return n.Actor(id) != nil })
}

// NewTieID returns an unused tie ID of the form t1, t2, ….
func (n *Network) NewTieID() string {
	taken := make(map[string]bool, len(n.Ties))
	for _, t := range n.Ties {
		taken[t.ID] = true
	}
	for i := len(n.Ties) + 1; ; i++ {
		if id := fmt.Sprintf("t%d", i); !taken[id] {
			return id
		}
	}
}
