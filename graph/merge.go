package graph

import (
	"fmt"
	"strings"
)

// MergeReport says what merging one network into another adds and skips,
// and why, so that an import can be previewed before it is made.
type MergeReport struct {
	ActorsAdded, TiesAdded, GroupsAdded, MembershipsAdded, ServicesAdded int
	// Matched lists imported actors that are already in the workspace
	// (same ID or same name), as "imported name → existing name".
	Matched []string
	// Skipped lists what is left out, each with its reason.
	Skipped []Skip
}

// Skip is one thing an import leaves out: what, and a reason code —
// SkipTieExists, SkipBadEnds, SkipMember or SkipServiceExists — that the
// interface words in the user's language.
type Skip struct {
	What   string
	Reason string
}

// Reasons for skipping.
const (
	SkipTieExists     = "tie_exists"
	SkipBadEnds       = "bad_ends"
	SkipMember        = "already_member"
	SkipServiceExists = "service_exists"
)

// Merge adds src's actors, ties, groups, memberships and services to dst
// (in place) and reports what it did. An imported actor with the ID or
// the name of an existing one is that actor; a tie that already exists
// (same ends and kind) or a membership already held is skipped; vocabulary
// entries dst lacks are added. Imported IDs that collide with different
// objects are renamed.
func Merge(dst, src *Network) MergeReport {
	var rep MergeReport
	// Vocabulary entries first, so that imported codes stay valid.
	for _, list := range [][2]*[]Term{
		{&dst.Vocab.Sectors, &src.Vocab.Sectors}, {&dst.Vocab.TieKinds, &src.Vocab.TieKinds},
		{&dst.Vocab.Tasks, &src.Vocab.Tasks}, {&dst.Vocab.LifeStages, &src.Vocab.LifeStages},
		{&dst.Vocab.Municipalities, &src.Vocab.Municipalities}} {
		for _, t := range *list[1] {
			if _, ok := Find(*list[0], t.Code); !ok {
				*list[0] = append(*list[0], t)
			}
		}
	}
	byName := map[string]*Actor{}
	ids := map[string]bool{}
	for _, a := range dst.Actors {
		byName[strings.ToLower(a.Name)] = a
		ids[a.ID] = true
	}
	idMap := map[string]string{} // imported actor ID → ID in dst
	for _, a := range src.Actors {
		if e := dst.Actor(a.ID); e != nil && strings.EqualFold(e.Name, a.Name) {
			idMap[a.ID] = e.ID
			rep.Matched = append(rep.Matched, a.Name+" → "+e.Name)
			continue
		}
		if e, ok := byName[strings.ToLower(a.Name)]; ok {
			idMap[a.ID] = e.ID
			rep.Matched = append(rep.Matched, a.Name+" → "+e.Name)
			continue
		}
		c := *a
		if ids[c.ID] {
			c.ID = UniqueID(c.ID, func(s string) bool { return ids[s] })
		}
		ids[c.ID] = true
		idMap[a.ID] = c.ID
		dst.Actors = append(dst.Actors, &c)
		byName[strings.ToLower(c.Name)] = &c
		rep.ActorsAdded++
	}
	for _, a := range dst.Actors {
		if p, ok := idMap[a.Parent]; ok && a.Parent != "" {
			a.Parent = p
		}
	}
	name := func(id string) string {
		if a := dst.Actor(id); a != nil {
			return a.Name
		}
		return id
	}
	existing := map[[3]string]bool{}
	tieIDs := map[string]bool{}
	for _, t := range dst.Ties {
		existing[[3]string{t.From, t.To, t.Kind}] = true
		tieIDs[t.ID] = true
	}
	for _, t := range src.Ties {
		c := *t
		c.From, c.To = idMap[t.From], idMap[t.To]
		if c.From == "" || c.To == "" || c.From == c.To {
			rep.Skipped = append(rep.Skipped, Skip{t.From + " – " + t.To, SkipBadEnds})
			continue
		}
		key := [3]string{c.From, c.To, c.Kind}
		rev := [3]string{c.To, c.From, c.Kind}
		if existing[key] || (!c.Directed && existing[rev]) {
			rep.Skipped = append(rep.Skipped, Skip{fmt.Sprintf("%s – %s (%s)", name(c.From), name(c.To), c.Kind), SkipTieExists})
			continue
		}
		existing[key] = true
		if tieIDs[c.ID] || c.ID == "" {
			c.ID = dst.NewTieID()
		}
		tieIDs[c.ID] = true
		c.Contacts = append([]string(nil), t.Contacts...)
		dst.Ties = append(dst.Ties, &c)
		rep.TiesAdded++
	}
	for _, g := range src.Groups {
		var target *Group
		for _, d := range dst.Groups {
			if d.ID == g.ID || strings.EqualFold(d.Name, g.Name) {
				target = d
			}
		}
		if target == nil {
			c := *g
			c.Members = nil
			for _, d := range dst.Groups {
				if d.ID == c.ID {
					c.ID = UniqueID(c.ID, func(s string) bool {
						for _, x := range dst.Groups {
							if x.ID == s {
								return true
							}
						}
						return false
					})
				}
			}
			if c.Coordinator != "" {
				c.Coordinator = idMap[c.Coordinator]
			}
			dst.Groups = append(dst.Groups, &c)
			target = &c
			rep.GroupsAdded++
		}
		for _, m := range g.Members {
			m.Actor = idMap[m.Actor]
			held := false
			for _, x := range target.Members {
				held = held || (x.Actor == m.Actor && x.Since == m.Since)
			}
			if held {
				rep.Skipped = append(rep.Skipped, Skip{target.Name + ": " + name(m.Actor), SkipMember})
				continue
			}
			target.Members = append(target.Members, m)
			rep.MembershipsAdded++
		}
	}
	for _, s := range src.Services {
		dup := false
		for _, d := range dst.Services {
			dup = dup || strings.EqualFold(d.Name, s.Name)
		}
		if dup {
			rep.Skipped = append(rep.Skipped, Skip{s.Name, SkipServiceExists})
			continue
		}
		c := *s
		c.Providers = nil
		for _, p := range s.Providers {
			c.Providers = append(c.Providers, idMap[p])
		}
		for _, d := range dst.Services {
			if d.ID == c.ID {
				c.ID = UniqueID(c.ID, func(x string) bool {
					for _, o := range dst.Services {
						if o.ID == x {
							return true
						}
					}
					return false
				})
			}
		}
		dst.Services = append(dst.Services, &c)
		rep.ServicesAdded++
	}
	return rep
}
