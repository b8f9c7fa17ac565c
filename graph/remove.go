package graph

// RemoveActor deletes an actor and everything that refers to it: its ties,
// its group seats, its place among a service's providers (a service left
// without providers goes too), and its role as a parent or coordinator.
// It reports whether the actor existed.
func (n *Network) RemoveActor(id string) bool {
	found := false
	actors := n.Actors[:0]
	for _, a := range n.Actors {
		if a.ID == id {
			found = true
			continue
		}
		if a.Parent == id {
			a.Parent = ""
		}
		actors = append(actors, a)
	}
	n.Actors = actors
	if !found {
		return false
	}
	ties := n.Ties[:0]
	for _, t := range n.Ties {
		if t.From != id && t.To != id {
			ties = append(ties, t)
		}
	}
	n.Ties = ties
	for _, g := range n.Groups {
		seats := g.Members[:0]
		for _, m := range g.Members {
			if m.Actor != id {
				seats = append(seats, m)
			}
		}
		g.Members = seats
		if g.Coordinator == id {
			g.Coordinator = ""
		}
	}
	services := n.Services[:0]
	for _, s := range n.Services {
		providers := s.Providers[:0]
		for _, p := range s.Providers {
			if p != id {
				providers = append(providers, p)
			}
		}
		s.Providers = providers
		if len(providers) > 0 {
			services = append(services, s)
		}
	}
	n.Services = services
	return true
}
