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

func TestRemoveTieGroupService(t *testing.T) {
	n := build([]string{"a-b", "b-c"})
	n.Groups = []*Group{{ID: "g1", Name: "G1", Kind: "steering"}, {ID: "g2", Name: "G2", Kind: "steering"}}
	n.Services = []*Service{{ID: "s1", Name: "S1", Providers: []string{"a"}}}
	first := n.Ties[0].ID
	if !n.RemoveTie(first) || n.RemoveTie(first) || len(n.Ties) != 1 {
		t.Errorf("RemoveTie: %v", n.Ties)
	}
	if !n.RemoveGroup("g1") || n.RemoveGroup("g1") || len(n.Groups) != 1 || n.Groups[0].ID != "g2" {
		t.Errorf("RemoveGroup: %v", n.Groups)
	}
	if !n.RemoveService("s1") || n.RemoveService("s1") || len(n.Services) != 0 {
		t.Errorf("RemoveService: %v", n.Services)
	}
}

func TestDuplicateActors(t *testing.T) {
	n := build([]string{"a-b", "b-c"})
	n.Actors[0].Contacts = []Contact{{ID: "p", Name: "Maija Meikäläinen"}}
	n.Actors[0].X, n.Actors[0].Y = 10, 20
	ids := n.DuplicateActors([]string{"a", "b", "nobody"}, " 2", 40, 30)
	if len(ids) != 2 || len(n.Actors) != 5 {
		t.Fatalf("ids %v actors %d", ids, len(n.Actors))
	}
	a2 := n.Actor(ids[0])
	if a2.Name != n.Actors[0].Name+" 2" || a2.X != 50 || a2.Y != 50 || len(a2.Contacts) != 0 || a2.ID == "a" {
		t.Errorf("copy of a: %+v", a2)
	}
	// Only the tie a–b lies inside the copied set: one new tie between the copies.
	if len(n.Ties) != 3 {
		t.Fatalf("ties %d, want 3", len(n.Ties))
	}
	if c := n.Ties[2]; c.From != ids[0] || c.To != ids[1] || c.ID == n.Ties[0].ID {
		t.Errorf("copied tie %+v", c)
	}
	if errs := n.Validate(); len(errs) > 0 {
		t.Errorf("invalid after duplicating: %v", errs)
	}
}
