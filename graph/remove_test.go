package graph

import "testing"

func TestRemoveActor(t *testing.T) {
	n := build([]string{"a-b", "b-c", "a-c"})
	n.Actors[2].Parent = "b"
	n.Groups = []*Group{{ID: "g", Name: "G", Kind: "steering", Coordinator: "b", Members: []Membership{{Actor: "a"}, {Actor: "b"}}}}
	n.Services = []*Service{{ID: "s1", Name: "S1", Providers: []string{"b"}}, {ID: "s2", Name: "S2", Providers: []string{"a", "b"}}}
	if !n.RemoveActor("b") || n.RemoveActor("b") {
		t.Fatal("RemoveActor reports wrongly")
	}
	if len(n.Actors) != 2 || len(n.Ties) != 1 || n.Ties[0].ID != "tc" || n.Actors[1].Parent != "" {
		t.Errorf("actors %v ties %v", n.Actors, n.Ties)
	}
	if g := n.Groups[0]; len(g.Members) != 1 || g.Coordinator != "" {
		t.Errorf("group %+v", g)
	}
	if len(n.Services) != 1 || n.Services[0].ID != "s2" || len(n.Services[0].Providers) != 1 {
		t.Errorf("services %+v", n.Services)
	}
	if errs := n.Validate(); len(errs) > 0 {
		t.Errorf("invalid after removal: %v", errs)
	}
}
