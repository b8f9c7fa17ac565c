package graph

import (
	"slices"
	"sort"
)

// Departure is what the network loses if one actor leaves: seed 000 warns
// that one uncommitted party can break in a short time what took years to
// build.
type Departure struct {
	Actor int `json:"-"`
	// Components is the number of connected components after the actor
	// leaves (of the undirected version), against ComponentsBefore.
	Components       int `json:"components_after"`
	ComponentsBefore int `json:"components_before"`
	// LargestComponent is the size of the largest remaining component.
	LargestComponent int `json:"largest_component_after"`
	// PairsCut is the number of pairs of the other actors that could reach
	// each other before and no longer can.
	PairsCut int `json:"pairs_cut"`
	// Separated lists the node indices cut off from the largest remaining
	// component.
	Separated []int `json:"-"`
}

// Departures returns the effect of removing each cut point, the actors
// whose departure splits the network (for any other actor the remaining
// network stays connected as it was). Most damaging first.
func Departures(v *View) []Departure {
	var out []Departure
	before := Components(v)
	compOf := make([]int, v.Len())
	for c, members := range before {
		for _, u := range members {
			compOf[u] = c
		}
	}
	for _, cut := range CutPoints(v) {
		parts := componentsWithout(v, cut)
		d := Departure{Actor: cut, Components: len(parts), ComponentsBefore: len(before)}
		// Pairs that were connected before: within the cut point's own
		// component, minus those still connected within each new part.
		own := len(before[compOf[cut]]) - 1
		d.PairsCut = own * (own - 1) / 2
		for i, p := range parts {
			if compOf[p[0]] == compOf[cut] {
				d.PairsCut -= len(p) * (len(p) - 1) / 2
			}
			if i == 0 {
				d.LargestComponent = len(p)
			} else if compOf[p[0]] == compOf[cut] {
				d.Separated = append(d.Separated, p...)
			}
		}
		sort.Ints(d.Separated)
		out = append(out, d)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].PairsCut > out[j].PairsCut })
	return out
}

// componentsWithout returns the components of the undirected version with
// node x removed, largest first.
func componentsWithout(v *View, x int) [][]int {
	seen := make([]bool, v.Len())
	seen[x] = true
	var out [][]int
	for s := range seen {
		if seen[s] {
			continue
		}
		seen[s] = true
		members := []int{s}
		for head := 0; head < len(members); head++ {
			u := members[head]
			for _, w := range v.Neighbours(u) {
				if !seen[w] {
					seen[w] = true
					members = append(members, int(w))
				}
			}
		}
		out = append(out, members)
	}
	stableSortBy(out, func(a, b []int) bool { return len(a) > len(b) })
	return out
}

// SinglePersonTie is a tie that rests on exactly one named contact person.
type SinglePersonTie struct {
	Tie     *Tie   `json:"-"`
	Contact string `json:"contact"`
}

// SinglePersonTies lists the view's ties that rest on one contact person
// ("ettei se jää yksilöiden varaan", seed 000). Ties without any named
// contact are not listed: nothing is known of them.
func SinglePersonTies(v *View) []SinglePersonTie {
	var out []SinglePersonTie
	for _, t := range v.CountedTies() {
		if len(t.Contacts) == 1 {
			out = append(out, SinglePersonTie{Tie: t, Contact: t.Contacts[0]})
		}
	}
	return out
}

// SectorLink is the set of ties between two sectors.
type SectorLink struct {
	From, To string // sector codes, From < To
	Ties     []*Tie
	// Contacts are the distinct contact persons the ties rest on.
	Contacts []string
}

// FragileSectorLinks returns the sector-to-sector links that hang on one
// thread: carried by a single tie, or by ties that all rest on the same one
// contact person.
func FragileSectorLinks(v *View) []SectorLink {
	links := map[[2]string]*SectorLink{}
	var keys [][2]string
	for _, t := range v.CountedTies() {
		a, b := v.index[t.From], v.index[t.To]
		sa, sb := v.Actors[a].Sector, v.Actors[b].Sector
		if sa == sb {
			continue
		}
		if sb < sa {
			sa, sb = sb, sa
		}
		k := [2]string{sa, sb}
		l, ok := links[k]
		if !ok {
			l = &SectorLink{From: sa, To: sb}
			links[k] = l
			keys = append(keys, k)
		}
		l.Ties = append(l.Ties, t)
	}
	var out []SectorLink
	for _, k := range keys {
		l := links[k]
		allNamed := true
		for _, t := range l.Ties {
			if len(t.Contacts) == 0 {
				allNamed = false
			}
			for _, c := range t.Contacts {
				if !slices.Contains(l.Contacts, c) {
					l.Contacts = append(l.Contacts, c)
				}
			}
		}
		if len(l.Ties) == 1 || (allNamed && len(l.Contacts) == 1) {
			out = append(out, *l)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		return out[i].From < out[j].From || out[i].From == out[j].From && out[i].To < out[j].To
	})
	return out
}
