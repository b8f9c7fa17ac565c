package graph

import (
	"reflect"
	"strings"
	"testing"
)

func TestDiff(t *testing.T) {
	old := build([]string{"a-b", "b-c"}, "d")
	old.Groups = []*Group{{ID: "jr", Name: "JR", Kind: "leadership", Members: []Membership{{Actor: "a"}, {Actor: "b", Role: "jäsen"}}}}
	new := build([]string{"a-b", "b-c"}, "d")
	new.Groups = []*Group{{ID: "jr", Name: "JR", Kind: "leadership", Members: []Membership{{Actor: "b", Role: "puheenjohtaja"}, {Actor: "c"}}}}
	// d leaves, e joins with a tie to a; a moves on the map (not a change);
	// the tie b–c becomes strong; b chairs the group; a leaves it, c joins.
	new.Actors = append(new.Actors[:3], &Actor{ID: "e", Name: "e", Sector: "ngo"})
	new.Actors[0].X = 100
	new.Ties[1].Strength = 3
	new.Ties = append(new.Ties, &Tie{ID: "new", From: "e", To: "a", Kind: "joint", Strength: 1})

	c := Diff(old, new)
	if len(c.ActorsAdded) != 1 || c.ActorsAdded[0].ID != "e" || len(c.ActorsRemoved) != 1 || c.ActorsRemoved[0].ID != "d" {
		t.Errorf("actors +%v −%v", c.ActorsAdded, c.ActorsRemoved)
	}
	if len(c.ActorsChanged) != 0 {
		t.Errorf("moving an actor counted as a change: %+v", c.ActorsChanged)
	}
	if len(c.TiesAdded) != 1 || len(c.TiesRemoved) != 0 {
		t.Errorf("ties +%d −%d", len(c.TiesAdded), len(c.TiesRemoved))
	}
	if want := []FieldChanges{{"tb", []FieldChange{{"strength", "1", "3"}}}}; !reflect.DeepEqual(c.TiesChanged, want) {
		t.Errorf("tie changes %+v", c.TiesChanged)
	}
	if len(c.MembershipsAdded) != 1 || c.MembershipsAdded[0].Seat.Actor != "c" || len(c.MembershipsRemoved) != 1 || c.MembershipsRemoved[0].Seat.Actor != "a" {
		t.Errorf("memberships +%v −%v", c.MembershipsAdded, c.MembershipsRemoved)
	}
	if want := []FieldChanges{{"jr/b", []FieldChange{{"role", "jäsen", "puheenjohtaja"}}}}; !reflect.DeepEqual(c.MembershipsChanged, want) {
		t.Errorf("membership changes %+v", c.MembershipsChanged)
	}
	// a: degree 1 → 2, betweenness 0 → on e–b, e–c (2 of 3 pairs without a).
	var da MetricDelta
	for _, m := range c.Metrics {
		if m.Actor == "a" {
			da = m
		}
	}
	if da.DegreeOld != 1 || da.DegreeNew != 2 || da.BetweennessOld != 0 || da.BetweennessNew != 2.0/3 {
		t.Errorf("metric delta of a: %+v", da)
	}
	if Diff(old, old).Empty() != true || c.Empty() {
		t.Error("Empty is wrong")
	}
}

// TestOverlay: before A–B–C; after, C is gone with its tie and D joins A.
// The overlay holds A, B, D and C (put back last) with ties A–B, A–D and
// B–C, and shares no record with either network.
func TestOverlay(t *testing.T) {
	mk := func(ids ...string) []*Actor {
		var out []*Actor
		for i, id := range ids {
			out = append(out, &Actor{ID: id, Name: id, X: float64(10 * i)})
		}
		return out
	}
	before := &Network{Actors: mk("A", "B", "C"), Ties: []*Tie{{ID: "ab", From: "A", To: "B"}, {ID: "bc", From: "B", To: "C"}}}
	after := &Network{Actors: mk("A", "B", "D"), Ties: []*Tie{{ID: "ab", From: "A", To: "B"}, {ID: "ad", From: "A", To: "D"}}}
	o, c := Overlay(before, after)
	var actors, ties []string
	for _, a := range o.Actors {
		actors = append(actors, a.ID)
	}
	for _, x := range o.Ties {
		ties = append(ties, x.ID)
	}
	if strings.Join(actors, " ") != "A B D C" || strings.Join(ties, " ") != "ab ad bc" {
		t.Errorf("overlay actors %v, ties %v", actors, ties)
	}
	if o.Actor("C").X != 20 || len(c.ActorsAdded) != 1 || c.ActorsAdded[0].ID != "D" || len(c.TiesRemoved) != 1 || c.TiesRemoved[0].ID != "bc" {
		t.Errorf("change %+v", c)
	}
	o.Actors[0].Name, o.Ties[0].Kind = "changed", "changed"
	if after.Actors[0].Name != "A" || after.Ties[0].Kind != "" {
		t.Error("the overlay shares records with the network after")
	}
}
