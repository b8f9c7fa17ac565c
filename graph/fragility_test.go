package graph

import (
	"reflect"
	"testing"
)

func TestDepartures(t *testing.T) {
	// A bow tie a,b – c – d,e with a tail e–f, and an isolated g:
	// c and e are cut points.
	v := NewView(build([]string{"a-b", "a-c", "b-c", "c-d", "c-e", "d-e", "e-f"}, "g"), ViewOptions{})
	deps := Departures(v)
	if len(deps) != 2 {
		t.Fatalf("departures %+v", deps)
	}
	// c leaving: {a,b} and {d,e,f} remain (plus g): 2·3 = 6 pairs cut.
	c := deps[0]
	if v.Actors[c.Actor].ID != "c" || c.PairsCut != 6 || c.Components != 3 || c.ComponentsBefore != 2 || c.LargestComponent != 3 {
		t.Errorf("c leaving: %+v", c)
	}
	if ids := idsOf(v, c.Separated); !reflect.DeepEqual(ids, []string{"a", "b"}) {
		t.Errorf("c leaving separates %v", ids)
	}
	// e leaving: f alone, 4 pairs (f with a, b, c, d) cut.
	e := deps[1]
	if v.Actors[e.Actor].ID != "e" || e.PairsCut != 4 || e.LargestComponent != 4 {
		t.Errorf("e leaving: %+v", e)
	}
}

func idsOf(v *View, nodes []int) []string {
	var out []string
	for _, u := range nodes {
		out = append(out, v.Actors[u].ID)
	}
	return out
}

func TestSinglePersonFragility(t *testing.T) {
	n := sectored("m1-s1", "m2-s1", "s1-n1", "n1-p1")
	n.Ties[0].Contacts = []string{"liisa"}
	n.Ties[1].Contacts = []string{"liisa"}        // municipality–sote rests on Liisa alone
	n.Ties[2].Contacts = []string{"liisa", "ola"} // sote–ngo: two people, but one tie
	v := NewView(n, ViewOptions{})

	single := SinglePersonTies(v)
	if len(single) != 2 || single[0].Tie.ID != "ta" || single[1].Tie.ID != "tb" || single[0].Contact != "liisa" {
		t.Errorf("single-person ties %+v", single)
	}
	var got []string
	for _, l := range FragileSectorLinks(v) {
		got = append(got, l.From+"–"+l.To)
	}
	// municipality–sote: one person; ngo–sote: one tie; ngo–parish: one tie.
	if want := []string{"municipality–sote", "ngo–parish", "ngo–sote"}; !reflect.DeepEqual(got, want) {
		t.Errorf("fragile sector links %v, want %v", got, want)
	}
}
