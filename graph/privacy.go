package graph

// WithoutPersonalData returns a deep copy of the network's actors with the
// contact persons' names, emails and phones removed; roles and the contact
// IDs that ties and memberships refer to stay, so the structure (who rests
// on how many people) is still visible. Seed 003 requires deleting
// unnecessary personal data after the annual report.
func (n *Network) WithoutPersonalData() *Network {
	out := *n
	out.Actors = make([]*Actor, len(n.Actors))
	for i, a := range n.Actors {
		c := *a
		c.Contacts = make([]Contact, len(a.Contacts))
		for j, p := range a.Contacts {
			c.Contacts[j] = Contact{ID: p.ID, Role: p.Role}
		}
		out.Actors[i] = &c
	}
	return &out
}
