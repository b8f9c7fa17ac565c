package graph

import (
	"fmt"
	"math"
	"reflect"
	"sort"
	"strings"
)

// Change is what changed between two versions of a network (two workspaces
// or two snapshots): what the steering group reviews year on year.
type Change struct {
	ActorsAdded, ActorsRemoved []*Actor
	ActorsChanged              []FieldChanges
	TiesAdded, TiesRemoved     []*Tie
	TiesChanged                []FieldChanges
	MembershipsAdded           []GroupSeat
	MembershipsRemoved         []GroupSeat
	MembershipsChanged         []FieldChanges
	GroupsAdded, GroupsRemoved []*Group
	// Metrics compares degree and betweenness of the actors present in both
	// versions, in the default view; only actors whose values moved.
	Metrics []MetricDelta
}

// Empty reports whether nothing changed.
func (c *Change) Empty() bool {
	return len(c.ActorsAdded)+len(c.ActorsRemoved)+len(c.ActorsChanged)+len(c.TiesAdded)+len(c.TiesRemoved)+
		len(c.TiesChanged)+len(c.MembershipsAdded)+len(c.MembershipsRemoved)+len(c.MembershipsChanged)+
		len(c.GroupsAdded)+len(c.GroupsRemoved) == 0
}

// FieldChanges lists the fields of one object (by ID) that differ.
type FieldChanges struct {
	ID     string
	Fields []FieldChange
}

// FieldChange is one field's old and new value, as text.
type FieldChange struct {
	Field    string
	Old, New string
}

// GroupSeat is an actor's membership in a group.
type GroupSeat struct {
	Group string
	Seat  Membership
}

// MetricDelta is an actor's degree and betweenness before and after.
type MetricDelta struct {
	Actor                          string
	DegreeOld, DegreeNew           int
	BetweennessOld, BetweennessNew float64
}

// Diff compares two networks by the stable IDs of actors, ties and groups;
// a membership is identified by its group and actor.
func Diff(old, new *Network) *Change {
	c := &Change{}
	oldActors, newActors := indexBy(old.Actors, func(a *Actor) string { return a.ID }), indexBy(new.Actors, func(a *Actor) string { return a.ID })
	for _, a := range new.Actors {
		if o, ok := oldActors[a.ID]; !ok {
			c.ActorsAdded = append(c.ActorsAdded, a)
		} else if f := fieldChanges(o, a, "X", "Y"); len(f) > 0 {
			c.ActorsChanged = append(c.ActorsChanged, FieldChanges{a.ID, f})
		}
	}
	for _, a := range old.Actors {
		if _, ok := newActors[a.ID]; !ok {
			c.ActorsRemoved = append(c.ActorsRemoved, a)
		}
	}

	oldTies, newTies := indexBy(old.Ties, func(t *Tie) string { return t.ID }), indexBy(new.Ties, func(t *Tie) string { return t.ID })
	for _, t := range new.Ties {
		if o, ok := oldTies[t.ID]; !ok {
			c.TiesAdded = append(c.TiesAdded, t)
		} else if f := fieldChanges(o, t); len(f) > 0 {
			c.TiesChanged = append(c.TiesChanged, FieldChanges{t.ID, f})
		}
	}
	for _, t := range old.Ties {
		if _, ok := newTies[t.ID]; !ok {
			c.TiesRemoved = append(c.TiesRemoved, t)
		}
	}

	oldGroups, newGroups := indexBy(old.Groups, func(g *Group) string { return g.ID }), indexBy(new.Groups, func(g *Group) string { return g.ID })
	for _, g := range new.Groups {
		o, ok := oldGroups[g.ID]
		if !ok {
			c.GroupsAdded = append(c.GroupsAdded, g)
			for _, m := range g.Members {
				c.MembershipsAdded = append(c.MembershipsAdded, GroupSeat{g.ID, m})
			}
			continue
		}
		oldSeats := map[string]Membership{}
		for _, m := range o.Members {
			oldSeats[m.Actor] = m
		}
		newSeats := map[string]bool{}
		for _, m := range g.Members {
			newSeats[m.Actor] = true
			if om, ok := oldSeats[m.Actor]; !ok {
				c.MembershipsAdded = append(c.MembershipsAdded, GroupSeat{g.ID, m})
			} else if f := fieldChanges(&om, &m); len(f) > 0 {
				c.MembershipsChanged = append(c.MembershipsChanged, FieldChanges{g.ID + "/" + m.Actor, f})
			}
		}
		for _, m := range o.Members {
			if !newSeats[m.Actor] {
				c.MembershipsRemoved = append(c.MembershipsRemoved, GroupSeat{g.ID, m})
			}
		}
	}
	for _, g := range old.Groups {
		if _, ok := newGroups[g.ID]; !ok {
			c.GroupsRemoved = append(c.GroupsRemoved, g)
			for _, m := range g.Members {
				c.MembershipsRemoved = append(c.MembershipsRemoved, GroupSeat{g.ID, m})
			}
		}
	}

	ov, nv := NewView(old, ViewOptions{}), NewView(new, ViewOptions{})
	od, nd := Degree(ov), Degree(nv)
	ob, nb := Betweenness(ov), Betweenness(nv)
	for i, a := range nv.Actors {
		j, ok := ov.Node(a.ID)
		if !ok {
			continue
		}
		d := MetricDelta{Actor: a.ID, DegreeOld: od[j], DegreeNew: nd[i], BetweennessOld: ob[j], BetweennessNew: nb[i]}
		if d.DegreeOld != d.DegreeNew || math.Abs(d.BetweennessOld-d.BetweennessNew) > 1e-9 {
			c.Metrics = append(c.Metrics, d)
		}
	}
	sort.SliceStable(c.Metrics, func(i, j int) bool {
		return math.Abs(c.Metrics[i].BetweennessNew-c.Metrics[i].BetweennessOld) > math.Abs(c.Metrics[j].BetweennessNew-c.Metrics[j].BetweennessOld)
	})
	return c
}

func indexBy[T any](xs []T, id func(T) string) map[string]T {
	m := make(map[string]T, len(xs))
	for _, x := range xs {
		m[id(x)] = x
	}
	return m
}

// fieldChanges compares two structs of the same type field by field,
// naming fields by their JSON names; ignore lists Go field names to skip
// (map positions move whenever someone drags, which is not a change a
// steering group reviews).
func fieldChanges[T any](old, new *T, ignore ...string) []FieldChange {
	var out []FieldChange
	ov, nv := reflect.ValueOf(old).Elem(), reflect.ValueOf(new).Elem()
	t := ov.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if contains(ignore, f.Name) {
			continue
		}
		a, b := ov.Field(i).Interface(), nv.Field(i).Interface()
		if reflect.DeepEqual(a, b) || (isEmpty(ov.Field(i)) && isEmpty(nv.Field(i))) {
			continue
		}
		name := strings.Split(f.Tag.Get("json"), ",")[0]
		if name == "" {
			name = f.Name
		}
		out = append(out, FieldChange{Field: name, Old: show(a), New: show(b)})
	}
	return out
}

func isEmpty(v reflect.Value) bool {
	return v.IsZero() || ((v.Kind() == reflect.Slice || v.Kind() == reflect.Map) && v.Len() == 0)
}

func show(x any) string {
	switch v := x.(type) {
	case []string:
		return strings.Join(v, ", ")
	case []Contact:
		var names []string
		for _, c := range v {
			names = append(names, c.ID)
		}
		return strings.Join(names, ", ")
	}
	return fmt.Sprint(x)
}

// Overlay is the network after with what was removed since before put
// back where it stood, for drawing both states on the same positions; it
// returns the overlay and the change. The overlay shares no actor or tie
// with either network.
func Overlay(before, after *Network) (*Network, *Change) {
	c := Diff(before, after)
	o := after.Clone()
	for _, a := range c.ActorsRemoved {
		x := *a
		o.Actors = append(o.Actors, &x)
	}
	for _, t := range c.TiesRemoved {
		x := *t
		o.Ties = append(o.Ties, &x)
	}
	return o, c
}
