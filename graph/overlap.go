package graph

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Overlap is the same task offered to the same life stage in the same
// municipality by different providers — "different organisations offering
// the same service to the same client group" (uotta.fi). It is
// uncoordinated when some of those providers have no tie to each other.
type Overlap struct {
	Task           string   `json:"task"`
	LifeStages     []string `json:"life_stages"`
	Municipalities []string `json:"municipalities"`
	Offers         []string `json:"offers"`    // names
	Providers      []string `json:"providers"` // actor IDs, sorted
	// UntiedPairs are provider pairs (of different offers) without any tie
	// in the view.
	UntiedPairs   [][2]string `json:"untied_pairs"`
	Uncoordinated bool        `json:"uncoordinated"`
}

// Overlaps finds the overlaps among the network's offers. Two offers
// overlap when they share a task, a life stage and a municipality and their
// providers belong to different organisations: a joint service of two
// providers is one offer, and an organisation's units (Actor.Parent) are
// the organisation, not its competitors. Overlaps of the same offers on one task are merged, listing
// every life stage and municipality where they meet.
func Overlaps(v *View, n *Network, day Date) []Overlap {
	offers := Offers(n, day)
	root := rootOrganisations(n)
	orgs := func(o Offer) []string {
		var out []string
		for _, p := range o.Providers {
			out = union(out, []string{root[p]})
		}
		return out
	}
	type key struct {
		task string
		a, b int
	}
	type where struct{ stages, municipalities []string }
	found := map[key]*where{}
	var keys []key
	for i := range offers {
		for j := i + 1; j < len(offers); j++ {
			a, b := offers[i], offers[j]
			if sameSet(orgs(a), orgs(b)) {
				continue
			}
			for _, task := range a.Tasks {
				if !slices.Contains(b.Tasks, task) {
					continue
				}
				stages := intersect(a.LifeStages, b.LifeStages)
				places := intersect(a.Municipalities, b.Municipalities)
				if len(stages) == 0 || len(places) == 0 {
					continue
				}
				k := key{task, i, j}
				if _, ok := found[k]; !ok {
					keys = append(keys, k)
				}
				found[k] = &where{stages, places}
			}
		}
	}
	// Merge pairs of offers into groups per task and place: three providers
	// of the same thing in one municipality are one overlap, not three.
	type groupKey struct{ task, stages, places string }
	groups := map[groupKey]*Overlap{}
	members := map[groupKey][]int{}
	var order []groupKey
	for _, k := range keys {
		w := found[k]
		gk := groupKey{k.task, strings.Join(w.stages, ","), strings.Join(w.municipalities, ",")}
		g, ok := groups[gk]
		if !ok {
			g = &Overlap{Task: k.task, LifeStages: w.stages, Municipalities: w.municipalities}
			groups[gk] = g
			order = append(order, gk)
		}
		for _, o := range []int{k.a, k.b} {
			if !slices.Contains(members[gk], o) {
				members[gk] = append(members[gk], o)
			}
		}
	}
	var out []Overlap
	for _, gk := range order {
		g := groups[gk]
		ms := members[gk]
		sort.Ints(ms)
		for _, o := range ms {
			g.Offers = append(g.Offers, offers[o].Name)
			g.Providers = union(g.Providers, offers[o].Providers)
		}
		sort.Strings(g.Providers)
		for x := 0; x < len(ms); x++ {
			for y := x + 1; y < len(ms); y++ {
				for _, p := range offers[ms[x]].Providers {
					for _, q := range offers[ms[y]].Providers {
						if root[p] != root[q] && !tied(v, p, q) {
							pair := [2]string{min(p, q), max(p, q)}
							if !slices.Contains(g.UntiedPairs, pair) {
								g.UntiedPairs = append(g.UntiedPairs, pair)
							}
						}
					}
				}
			}
		}
		g.Uncoordinated = len(g.UntiedPairs) > 0
		out = append(out, *g)
	}
	return out
}

// rootOrganisations maps every actor to the top of its Parent chain (a
// chain that loops stops where it repeats).
func rootOrganisations(n *Network) map[string]string {
	parent := map[string]string{}
	for _, a := range n.Actors {
		parent[a.ID] = a.Parent
	}
	root := make(map[string]string, len(parent))
	for id := range parent {
		r, seen := id, map[string]bool{id: true}
		for p := parent[r]; p != "" && !seen[p]; p = parent[r] {
			if _, known := parent[p]; !known {
				break
			}
			seen[p] = true
			r = p
		}
		root[id] = r
	}
	return root
}

func tied(v *View, a, b string) bool {
	x, ok1 := v.Node(a)
	y, ok2 := v.Node(b)
	if !ok1 || !ok2 {
		return false
	}
	_, in := slices.BinarySearch(v.Neighbours(int(x)), int32(y))
	return in
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// intersect returns the elements of a that are in b, sorted.
func intersect(a, b []string) []string {
	var out []string
	for _, x := range a {
		if slices.Contains(b, x) && !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	sort.Strings(out)
	return out
}

// DuplicateForum is a pair of groups whose memberships nearly coincide
// (seed 002: many networks and working groups, NGOs asking where to take
// part).
type DuplicateForum struct {
	A, B    string  `json:"-"` // group IDs
	Jaccard float64 `json:"jaccard"`
	Shared  int     `json:"shared_members"`
}

// DuplicateForums returns the pairs of groups (other than the agreement
// itself) whose active member sets have a Jaccard similarity of at least
// threshold, most similar first.
func DuplicateForums(n *Network, day Date, threshold float64) []DuplicateForum {
	var forums []*Group
	sets := map[string][]string{}
	for _, g := range n.Groups {
		if g.Kind == "agreement" {
			continue
		}
		var ms []string
		for _, m := range g.ActiveMembers(day) {
			ms = union(ms, []string{m.Actor})
		}
		if len(ms) >= 2 {
			forums = append(forums, g)
			sets[g.ID] = ms
		}
	}
	var out []DuplicateForum
	for i := range forums {
		for j := i + 1; j < len(forums); j++ {
			a, b := sets[forums[i].ID], sets[forums[j].ID]
			shared := len(intersect(a, b))
			jac := float64(shared) / float64(len(a)+len(b)-shared)
			if jac >= threshold {
				out = append(out, DuplicateForum{A: forums[i].ID, B: forums[j].ID, Jaccard: jac, Shared: shared})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Jaccard > out[j].Jaccard })
	return out
}

func (d DuplicateForum) String() string { return fmt.Sprintf("%s~%s %.2f", d.A, d.B, d.Jaccard) }
