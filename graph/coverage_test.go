package graph

import (
	"reflect"
	"testing"
)

// region is a two-municipality network: Juva and Puumala, three providers.
func region() *Network {
	n := &Network{Vocab: DefaultVocabularies()}
	n.Vocab.Tasks = n.Vocab.Tasks[:2] // parenting, couple
	n.Vocab.Municipalities = []Term{{Code: "juva", FI: "Juva"}, {Code: "puumala", FI: "Puumala"}}
	n.Actors = []*Actor{
		{ID: "mll", Name: "MLL", Sector: "ngo", Municipalities: []string{"juva", "puumala"}},
		{ID: "srk", Name: "Seurakunta", Sector: "parish", Municipalities: []string{"juva"}},
		{ID: "neuvola", Name: "Neuvola", Sector: "sote", Municipalities: []string{"juva"}, Tasks: []string{"parenting"}, LifeStages: []string{"baby"}},
		{ID: "gone", Name: "Lopettanut", Sector: "ngo", Status: StatusOutside, Municipalities: []string{"puumala"}},
	}
	n.Services = []*Service{
		{ID: "s1", Name: "Perhekahvila", Providers: []string{"mll"}, Tasks: []string{"parenting"}, LifeStages: []string{"baby", "early"}},
		{ID: "s2", Name: "Vauvakerho", Providers: []string{"srk"}, Tasks: []string{"parenting"}, LifeStages: []string{"baby"}},
		{ID: "s3", Name: "Yhteinen parisuhdeilta", Providers: []string{"srk", "mll"}, Tasks: []string{"couple"}, Municipalities: []string{"juva"}},
		{ID: "s4", Name: "Vanha kerho", Providers: []string{"gone"}, Tasks: []string{"couple"}},
	}
	n.Ties = []*Tie{{ID: "t1", From: "mll", To: "neuvola", Kind: "joint", Strength: 1}}
	return n
}

func TestCoverageMatrix(t *testing.T) {
	c := CoverageMatrix(region(), "", "")
	// parenting: Juva by MLL (s1, all its municipalities), the parish (s2,
	// Juva) and the clinic itself; Puumala by MLL only.
	// couple: Juva by the joint evening (MLL + parish); Puumala by nobody —
	// the provider of "Vanha kerho" is outside the network.
	want := [][][]string{
		{{"mll", "neuvola", "srk"}, {"mll"}},
		{{"mll", "srk"}, nil},
	}
	for i := range want {
		for j := range want[i] {
			if got := c.Cells[i][j].Providers; !reflect.DeepEqual(got, want[i][j]) {
				t.Errorf("%s × %s: providers %v, want %v", c.Tasks[i], c.Municipalities[j], got, want[i][j])
			}
		}
	}
	empty, single := c.Gaps()
	if len(empty) != 1 || !reflect.DeepEqual(empty[0], CoverageGap{Task: "couple", Municipality: "puumala"}) {
		t.Errorf("empty cells %+v", empty)
	}
	if len(single) != 1 || single[0].Task != "parenting" || single[0].Municipality != "puumala" {
		t.Errorf("single-provider cells %+v", single)
	}
	if got := c.Cells[0][0].Sectors; !reflect.DeepEqual(got, []string{"ngo", "parish", "sote"}) {
		t.Errorf("sectors %v", got)
	}
	// For early childhood only the café covers parenting (in both places).
	early := CoverageMatrix(region(), "", "early")
	if got := early.Cells[0][0].Providers; !reflect.DeepEqual(got, []string{"mll"}) {
		t.Errorf("early childhood parenting in Juva: %v", got)
	}
}

func TestOverlaps(t *testing.T) {
	n := region()
	v := NewView(n, ViewOptions{})
	got := Overlaps(v, n, "")
	// Baby-age parenting support in Juva is offered by the café (MLL), the
	// baby club (parish) and the clinic: one overlap. The parish has no tie
	// to either of the others: uncoordinated. The joint couple evening is
	// cooperation, not an overlap.
	if len(got) != 1 {
		t.Fatalf("overlaps %+v", got)
	}
	o := got[0]
	if o.Task != "parenting" || !reflect.DeepEqual(o.LifeStages, []string{"baby"}) || !reflect.DeepEqual(o.Municipalities, []string{"juva"}) {
		t.Errorf("overlap where: %+v", o)
	}
	if !reflect.DeepEqual(o.Providers, []string{"mll", "neuvola", "srk"}) || len(o.Offers) != 3 {
		t.Errorf("overlap who: %+v", o)
	}
	if !o.Uncoordinated || !reflect.DeepEqual(o.UntiedPairs, [][2]string{{"mll", "srk"}, {"neuvola", "srk"}}) {
		t.Errorf("coordination: %+v", o)
	}

	// Tie the parish to both: still an overlap, now coordinated.
	n.Ties = append(n.Ties, &Tie{ID: "t2", From: "srk", To: "mll", Kind: "joint", Strength: 1},
		&Tie{ID: "t3", From: "srk", To: "neuvola", Kind: "referral", Strength: 1})
	got = Overlaps(NewView(n, ViewOptions{}), n, "")
	if len(got) != 1 || got[0].Uncoordinated {
		t.Errorf("after tying: %+v", got)
	}
}

func TestUnitsOfOneOrganisationDoNotOverlap(t *testing.T) {
	n := region()
	// The clinic becomes a unit of the parish's organisation: its baby
	// clubs and the clinic are then one provider; the café still overlaps.
	n.Actors[2].Parent = "srk"
	got := Overlaps(NewView(n, ViewOptions{}), n, "")
	if len(got) != 1 || !reflect.DeepEqual(got[0].UntiedPairs, [][2]string{{"mll", "srk"}}) {
		t.Errorf("overlaps %+v", got)
	}
	n.Services[0].Providers = []string{"neuvola"}
	n.Actors[0].Parent = "neuvola" // a loop through parents must not hang
	n.Actors[1].Parent = "mll"
	_ = Overlaps(NewView(n, ViewOptions{}), n, "")
}

func TestDuplicateForums(t *testing.T) {
	n := build([]string{"a-b"}, "c", "d", "e")
	members := func(ids ...string) []Membership {
		var out []Membership
		for _, id := range ids {
			out = append(out, Membership{Actor: id})
		}
		return out
	}
	n.Groups = []*Group{
		{ID: "jr", Kind: "leadership", Members: members("a", "b", "c", "d")},
		{ID: "or", Kind: "steering", Members: members("a", "b", "c", "d", "e")},
		{ID: "tr", Kind: "working_group", Members: members("a", "e")},
		{ID: "sop", Kind: "agreement", Members: members("a", "b", "c", "d")},
	}
	n.Groups[1].Members[4].Until = "2020-12-31" // e left the steering group
	got := DuplicateForums(n, "", 0.75)
	// jr vs or: 4 shared of 5 → 0.8; the agreement is not a forum.
	if len(got) != 1 || got[0].A != "jr" || got[0].B != "or" || got[0].Jaccard != 0.8 || got[0].Shared != 4 {
		t.Errorf("duplicates %v", got)
	}
	// On a day after e left, the two coincide.
	if got := DuplicateForums(n, "2021-06-01", 0.75); len(got) != 1 || got[0].Jaccard != 1 {
		t.Errorf("duplicates in 2021: %v", got)
	}
}
