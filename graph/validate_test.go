package graph

import (
	"strings"
	"testing"
)

func TestValidateDateOrder(t *testing.T) {
	n := build([]string{"a-b"})
	n.Groups = []*Group{{ID: "g", Name: "G", Kind: "steering", Members: []Membership{{Actor: "a", Since: "2022-01-01", Until: "2022-01-01"}}}}
	if errs := n.Validate(); len(errs) != 0 {
		t.Fatalf("sound network: %v", errs)
	}
	n.Actors[0].Since, n.Actors[0].Until = "2024-01-01", "2020-12-31"
	n.Actors[1].ProjectStart, n.Actors[1].ProjectEnd = "2021-06-01", "2021-05-31"
	n.Ties[0].Since, n.Ties[0].Until = "2023-02-02", "2023-02-01"
	n.Groups[0].Members[0].Until = "2021-12-31"
	var got []string
	for _, err := range n.Validate() {
		got = append(got, err.Error())
	}
	want := []string{"actors[0].until", "actors[1].project_end", "ties[0].until", "groups[0].members[0].until"}
	if len(got) != len(want) {
		t.Fatalf("errors %v, want fields %v", got, want)
	}
	for i, f := range want {
		if !strings.HasPrefix(got[i], f+": ends (") {
			t.Errorf("error %d: %q, want field %s", i, got[i], f)
		}
	}
}
