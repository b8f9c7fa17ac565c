package graph

import "testing"

func TestWithoutPersonalData(t *testing.T) {
	n := build([]string{"a-b"})
	n.Actors[0].Contacts = []Contact{{ID: "p1", Name: "Maija Esimerkki", Role: "koordinaattori", Email: "maija@example.org", Phone: "+358 40 000 0001"}}
	clean := n.WithoutPersonalData()
	got := clean.Actors[0].Contacts[0]
	if got != (Contact{ID: "p1", Role: "koordinaattori"}) {
		t.Errorf("cleaned contact %+v", got)
	}
	if n.Actors[0].Contacts[0].Name != "Maija Esimerkki" {
		t.Error("the original network lost its personal data")
	}
	clean.Actors[0].Name = "changed"
	if n.Actors[0].Name == "changed" {
		t.Error("the copy shares actors with the original")
	}
}
