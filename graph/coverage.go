package graph

import (
	"slices"
	"sort"
)

// Offer is something families can get: a service, or an actor's own work
// on the tasks recorded on the actor.
type Offer struct {
	// Service is the service's ID, or "" when the actor itself is the offer.
	Service   string
	Name      string
	Providers []string // actor IDs
	Tasks     []string
	// LifeStages and Municipalities are explicit lists; an empty list on
	// the service or actor means all life stages, and the providers' own
	// municipalities.
	LifeStages     []string
	Municipalities []string
}

// Offers collects the network's services and the actors that record tasks
// of their own. Actors outside the network on day are left out.
func Offers(n *Network, day Date) []Offer {
	active := map[string]*Actor{}
	for _, a := range n.Actors {
		if Within(day, a.Since, a.Until) && a.Status != StatusOutside {
			active[a.ID] = a
		}
	}
	allStages := codes(n.Vocab.LifeStages)
	var out []Offer
	for _, s := range n.Services {
		o := Offer{Service: s.ID, Name: s.Name, Tasks: s.Tasks, LifeStages: s.LifeStages, Municipalities: s.Municipalities}
		for _, p := range s.Providers {
			if a, ok := active[p]; ok {
				o.Providers = append(o.Providers, p)
				if len(s.Municipalities) == 0 {
					o.Municipalities = union(o.Municipalities, a.Municipalities)
				}
			}
		}
		if len(o.Providers) == 0 {
			continue
		}
		if len(o.LifeStages) == 0 {
			o.LifeStages = allStages
		}
		out = append(out, o)
	}
	for _, a := range n.Actors {
		if _, ok := active[a.ID]; !ok || len(a.Tasks) == 0 {
			continue
		}
		o := Offer{Name: a.Name, Providers: []string{a.ID}, Tasks: a.Tasks, LifeStages: a.LifeStages, Municipalities: a.Municipalities}
		if len(o.LifeStages) == 0 {
			o.LifeStages = allStages
		}
		out = append(out, o)
	}
	return out
}

func codes(terms []Term) []string {
	out := make([]string, len(terms))
	for i, t := range terms {
		out[i] = t.Code
	}
	return out
}

func union(a, b []string) []string {
	out := append([]string(nil), a...)
	for _, x := range b {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// CoverageCell is one cell of the coverage matrix.
type CoverageCell struct {
	Providers []string `json:"providers"` // actor IDs, sorted
	Sectors   []string `json:"sectors"`   // their sectors, sorted
	Offers    []string `json:"offers"`    // names of the services or actors
}

// Coverage is the matrix family-centre task × municipality: who offers
// each task where. Planners read its empty cells as gaps and its
// single-provider cells as fragile coverage.
type Coverage struct {
	Tasks          []string         `json:"tasks"`
	Municipalities []string         `json:"municipalities"`
	Cells          [][]CoverageCell `json:"cells"` // [task][municipality]
}

// CoverageMatrix builds the coverage of the network's tasks in the
// region's municipalities (the vocabulary's, or those named on actors and
// services when the vocabulary has none). lifeStage restricts it to offers
// for that life stage; "" counts every offer.
func CoverageMatrix(n *Network, day Date, lifeStage string) *Coverage {
	c := &Coverage{Tasks: codes(n.Vocab.Tasks), Municipalities: codes(n.Vocab.Municipalities)}
	offers := Offers(n, day)
	if len(c.Municipalities) == 0 {
		for _, o := range offers {
			c.Municipalities = union(c.Municipalities, o.Municipalities)
		}
		sort.Strings(c.Municipalities)
	}
	ti, mi := indexOf(c.Tasks), indexOf(c.Municipalities)
	c.Cells = make([][]CoverageCell, len(c.Tasks))
	for i := range c.Cells {
		c.Cells[i] = make([]CoverageCell, len(c.Municipalities))
	}
	sector := map[string]string{}
	for _, a := range n.Actors {
		sector[a.ID] = a.Sector
	}
	for _, o := range offers {
		if lifeStage != "" && !slices.Contains(o.LifeStages, lifeStage) {
			continue
		}
		for _, task := range o.Tasks {
			t, ok := ti[task]
			if !ok {
				continue
			}
			for _, m := range o.Municipalities {
				j, ok := mi[m]
				if !ok {
					continue
				}
				cell := &c.Cells[t][j]
				cell.Offers = append(cell.Offers, o.Name)
				for _, p := range o.Providers {
					cell.Providers = union(cell.Providers, []string{p})
					cell.Sectors = union(cell.Sectors, []string{sector[p]})
				}
			}
		}
	}
	for _, row := range c.Cells {
		for j := range row {
			sort.Strings(row[j].Providers)
			sort.Strings(row[j].Sectors)
		}
	}
	return c
}

func indexOf(xs []string) map[string]int {
	m := make(map[string]int, len(xs))
	for i, x := range xs {
		m[x] = i
	}
	return m
}

// CoverageGap is a task × municipality cell with no provider, or with one.
type CoverageGap struct {
	Task         string   `json:"task"`
	Municipality string   `json:"municipality"`
	Providers    []string `json:"providers"`
}

// Gaps returns the empty cells and the single-provider cells of c.
func (c *Coverage) Gaps() (empty, single []CoverageGap) {
	for i, row := range c.Cells {
		for j, cell := range row {
			g := CoverageGap{Task: c.Tasks[i], Municipality: c.Municipalities[j], Providers: cell.Providers}
			switch len(cell.Providers) {
			case 0:
				empty = append(empty, g)
			case 1:
				single = append(single, g)
			}
		}
	}
	return empty, single
}
