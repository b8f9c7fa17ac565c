package graph

import (
	"reflect"
	"testing"
)

func subjects(r RuleResult) []string {
	var out []string
	for _, f := range r.Findings {
		out = append(out, f.Subject)
	}
	return out
}

func TestRules(t *testing.T) {
	n := build([]string{"a-b"}, "c")
	n.Vocab.Municipalities = []Term{{Code: "juva", FI: "Juva", SV: "Jockas"}, {Code: "puumala", FI: "Puumala"}}
	n.Actors[0].MeetingPlace, n.Actors[0].Municipalities = true, []string{"juva"}
	n.Actors[1].Status, n.Actors[1].Contacts = StatusCore, []Contact{{ID: "p1", Role: "koordinaattori"}}
	n.Actors[2].Status = StatusMember
	n.Groups = []*Group{
		{ID: "jr", Name: "Johtoryhmä", Kind: "leadership", MeetingsPerYear: 2},
		{ID: "wg", Name: "Työryhmä", Kind: "working_group", MeetingsPerYear: 1},
	}
	want := map[string][]string{"R1": {"puumala"}, "R4": {"jr"}, "R5": {"c"}, "R9": {"c"}}
	results := CheckRules(n, "")
	if len(results) != len(want) {
		t.Fatalf("%d results, want %d", len(results), len(want))
	}
	for _, r := range results {
		if got := subjects(r); !reflect.DeepEqual(got, want[r.Rule.ID]) {
			t.Errorf("%s found %v, want %v", r.Rule.ID, got, want[r.Rule.ID])
		}
		if r.Passed() {
			t.Errorf("%s passed", r.Rule.ID)
		}
	}
	if msg := results[0].Findings[0].Message; msg.In("fi") != "Puumala: ei avointa kohtaamispaikkaa" || msg.In("sv") != "Puumala: ingen öppen mötesplats" {
		t.Errorf("R1 messages %+v", msg)
	}

	// Mend every finding: all rules pass.
	n.Services = []*Service{{ID: "s", Name: "Perhekahvila", Mode: "meeting_place", Municipalities: []string{"puumala"}}}
	n.Groups[0].MeetingsPerYear = 4
	n.Actors[2].Contacts = []Contact{{ID: "p2"}}
	n.Ties = append(n.Ties, &Tie{ID: "x", From: "b", To: "c", Kind: "joint", Strength: 1})
	for _, r := range CheckRules(n, "") {
		if !r.Passed() {
			t.Errorf("%s still fails: %v", r.Rule.ID, subjects(r))
		}
	}
}
