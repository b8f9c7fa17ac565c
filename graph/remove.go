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

// RemoveTie deletes a tie and reports whether it existed.
func (n *Network) RemoveTie(id string) bool {
	for i, t := range n.Ties {
		if t.ID == id {
			n.Ties = append(n.Ties[:i:i], n.Ties[i+1:]...)
			return true
		}
	}
	return false
}

// RemoveGroup deletes a group with its memberships and reports whether it
// existed.
func (n *Network) RemoveGroup(id string) bool {
	for i, g := range n.Groups {
		if g.ID == id {
			n.Groups = append(n.Groups[:i:i], n.Groups[i+1:]...)
			return true
		}
	}
	return false
}

// RemoveService deletes a service and reports whether it existed.
func (n *Network) RemoveService(id string) bool {
	for i, s := range n.Services {
		if s.ID == id {
			n.Services = append(n.Services[:i:i], n.Services[i+1:]...)
			return true
		}
	}
	return false
}

// DuplicateActors copies the actors with the given IDs, and the ties among
// them, as new actors named with the suffix and moved by (dx, dy); contact
// persons are not copied (a copy is another unit with people of its own).
// It returns the new actors' IDs in the order of ids; unknown IDs are
// skipped.
func (n *Network) DuplicateActors(ids []string, suffix string, dx, dy float64) []string {
	copies := map[string]string{}
	var out []string
	for _, id := range ids {
		a := n.Actor(id)
		if a == nil || copies[id] != "" {
			continue
		}
		c := *a
		c.Name = a.Name + suffix
		if a.ShortName != "" {
			c.ShortName = a.ShortName + suffix
		}
		c.ID = n.NewActorID(c.Name)
		c.X, c.Y = a.X+dx, a.Y+dy
		c.Contacts = nil
		c.Municipalities = append([]string(nil), a.Municipalities...)
		c.Tasks = append([]string(nil), a.Tasks...)
		c.LifeStages = append([]string(nil), a.LifeStages...)
		n.Actors = append(n.Actors, &c)
		copies[id] = c.ID
		out = append(out, c.ID)
	}
	ties := len(n.Ties)
	for _, t := range n.Ties[:ties] {
		from, to := copies[t.From], copies[t.To]
		if from == "" || to == "" {
			continue
		}
		c := *t
		c.ID, c.From, c.To, c.Contacts = n.NewTieID(), from, to, nil
		c.Tasks = append([]string(nil), t.Tasks...)
		n.Ties = append(n.Ties, &c)
	}
	return out
}
