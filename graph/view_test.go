package graph

import "testing"

func TestViewCollapsesMultiplexTies(t *testing.T) {
	n := build([]string{"a-b", "b-c"})
	n.Ties = append(n.Ties, &Tie{ID: "x", From: "b", To: "a", Kind: "referral", Directed: true, Strength: 2})
	v := NewView(n, ViewOptions{})
	if got := v.EdgeCount(); got != 2 {
		t.Fatalf("undirected view has %d edges, want 2 (a-b twice collapses)", got)
	}
	a, _ := v.Node("a")
	b, _ := v.Node("b")
	if got := len(v.Ties[[2]int64{a, b}]); got != 2 {
		t.Errorf("edge a-b rests on %d ties, want 2", got)
	}
	if deg := byID(v, ints(Degree(v))); deg["a"] != 1 || deg["b"] != 2 {
		t.Errorf("degree counts distinct neighbours: got %v", deg)
	}

	d := NewView(n, ViewOptions{Directed: true})
	// a-b undirected gives a→b and b→a; b→a again from the referral; b-c both ways.
	if got := d.EdgeCount(); got != 4 {
		t.Errorf("directed view has %d edges, want 4", got)
	}
	if got := len(d.Ties[[2]int64{b, a}]); got != 2 {
		t.Errorf("edge b→a rests on %d ties, want 2", got)
	}
}

func TestViewFilters(t *testing.T) {
	n := build([]string{"a-b", "b-c", "c-d", "d-e"})
	n.Ties[1].Kind = "referral"
	n.Ties[2].Status = TiePlanned
	n.Ties[3].Since, n.Ties[3].Until = "2021-01-01", "2021-12-31"

	count := func(o ViewOptions) int { return NewView(n, o).EdgeCount() }
	if got := count(ViewOptions{}); got != 3 {
		t.Errorf("default view: %d edges, want 3 (planned tie left out)", got)
	}
	if got := count(ViewOptions{Kinds: []string{"referral"}}); got != 1 {
		t.Errorf("referral only: %d edges, want 1", got)
	}
	if got := count(ViewOptions{At: "2022-06-01"}); got != 2 {
		t.Errorf("at 2022-06-01: %d edges, want 2 (d-e ended)", got)
	}
	if got := count(ViewOptions{At: "2021-06-01"}); got != 3 {
		t.Errorf("at 2021-06-01: %d edges, want 3", got)
	}
	if got := count(ViewOptions{Statuses: []string{TieExisting, TiePlanned}}); got != 4 {
		t.Errorf("with planned ties: %d edges, want 4", got)
	}
	if got := NewView(n, ViewOptions{}).Len(); got != 5 {
		t.Errorf("view has %d nodes, want all 5 actors", got)
	}
}

func TestViewSkipsBrokenTies(t *testing.T) {
	n := build([]string{"a-b"})
	n.Ties = append(n.Ties, &Tie{ID: "loop", From: "a", To: "a", Kind: "joint", Strength: 1},
		&Tie{ID: "ghost", From: "a", To: "nobody", Kind: "joint", Strength: 1})
	v := NewView(n, ViewOptions{Directed: true})
	if got := v.EdgeCount(); got != 2 {
		t.Errorf("got %d edges, want 2: self-loops and unknown actors are skipped", got)
	}
	if errs := n.Validate(); len(errs) != 2 {
		t.Errorf("Validate found %d problems, want 2: %v", len(errs), errs)
	}
}

func TestDates(t *testing.T) {
	for in, want := range map[string]Date{"2020-12-31": "2020-12-31", "31.12.2020": "2020-12-31", "1.2.2021": "2021-02-01", "": ""} {
		got, err := ParseDate(in)
		if err != nil || got != want {
			t.Errorf("ParseDate(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"2020-02-30", "31/12/2020", "tomorrow"} {
		if _, err := ParseDate(in); err == nil {
			t.Errorf("ParseDate(%q) accepted", in)
		}
	}
	if Date("2020-02-30").Valid() || !Date("2020-02-29").Valid() {
		t.Error("Valid does not check the calendar")
	}
	if !Within("2020-12-31", "2020-01-01", "2020-12-31") || Within("2021-01-01", "", "2020-12-31") {
		t.Error("Within bounds are not inclusive and exact")
	}
}
