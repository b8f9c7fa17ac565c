package graph

import (
	"testing"
)

func TestMerge(t *testing.T) {
	dst := build([]string{"a-b"})
	dst.Actors[0].Name = "Essote"
	dst.Groups = []*Group{{ID: "jr", Name: "Johtoryhmä", Kind: "leadership", Members: []Membership{{Actor: "a"}}}}

	// x is Essote again (by name); b is a new actor whose ID is taken.
	src := build([]string{"x-b", "b-z"})
	src.Actors[0].Name = "ESSOTE"
	src.Actors[1].Name = "Viola ry"
	src.Ties = append(src.Ties, &Tie{ID: "ta", From: "b", To: "x", Kind: "joint", Strength: 1}) // ID taken too
	src.Groups = []*Group{{ID: "other", Name: "johtoryhmä", Kind: "leadership", Members: []Membership{{Actor: "x"}, {Actor: "z"}}}}
	src.Services = []*Service{{ID: "s", Name: "Perhekahvila", Providers: []string{"b"}}}

	rep := Merge(dst, src)
	if rep.ActorsAdded != 2 || len(rep.Matched) != 1 || rep.Matched[0] != "ESSOTE → Essote" {
		t.Errorf("actors: %+v", rep)
	}
	viola := dst.Actors[2]
	if viola.Name != "Viola ry" || viola.ID != "b-2" {
		t.Errorf("renamed actor %+v", viola)
	}
	// x-b becomes Essote–Viola; b-z Viola–z; the extra b–x tie is the same
	// pair and kind as x-b the other way round: skipped, as is Essote's
	// seat in the leadership group it already holds.
	if rep.TiesAdded != 2 || len(rep.Skipped) != 2 || rep.Skipped[0] != (Skip{"Viola ry – Essote (joint)", SkipTieExists}) || rep.Skipped[1].Reason != SkipMember {
		t.Errorf("ties: %+v", rep)
	}
	if rep.GroupsAdded != 0 || rep.MembershipsAdded != 1 || len(dst.Groups[0].Members) != 2 {
		t.Errorf("groups: %+v %+v", rep, dst.Groups[0].Members)
	}
	if rep.ServicesAdded != 1 || dst.Services[0].Providers[0] != "b-2" {
		t.Errorf("services: %+v", dst.Services)
	}
	if errs := dst.Validate(); len(errs) > 0 {
		t.Errorf("merged network invalid: %v", errs)
	}
	// Importing the same again adds nothing.
	again := Merge(dst, src)
	if again.ActorsAdded+again.TiesAdded+again.MembershipsAdded+again.ServicesAdded != 0 {
		t.Errorf("second import added %+v", again)
	}
}
