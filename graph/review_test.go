package graph

import (
	"reflect"
	"testing"
)

func TestNoticeEnd(t *testing.T) {
	for notice, want := range map[Date]Date{
		"2021-01-15": "2021-12-31",
		"2021-06-30": "2021-12-31", // the last day of June still counts
		"2021-07-01": "2022-12-31",
		"2021-12-31": "2022-12-31",
		"":           "",
		"2021-02-30": "",
	} {
		if got := NoticeEnd(notice); got != want {
			t.Errorf("NoticeEnd(%q) = %q, want %q", notice, got, want)
		}
	}
	if got := NoticeDeadline("2026-11-22"); got != "2026-06-30" {
		t.Errorf("NoticeDeadline = %q", got)
	}
	// A seat ends at its until date or the notice's end, whichever is first.
	for _, c := range []struct {
		m    Membership
		want Date
	}{
		{Membership{Until: "2021-12-31", Notice: "2021-03-01"}, "2021-12-31"},
		{Membership{Until: "2023-12-31", Notice: "2021-08-01"}, "2022-12-31"},
		{Membership{Until: "2021-09-30", Notice: "2021-08-01"}, "2021-09-30"},
		{Membership{Notice: "2021-05-01"}, "2021-12-31"},
		{Membership{}, ""},
	} {
		if got := c.m.Ends(); got != c.want {
			t.Errorf("%+v.Ends() = %q, want %q", c.m, got, c.want)
		}
	}
}

// reviewNetwork: three municipalities A, B, C; an agreement signed by the
// municipalities A and B, the county S and the NGO J, J having given notice
// in August 2025; a leadership group of A, S and J's old seat that ended;
// a working group of a unit of A (U) and the parish P serving B.
func reviewNetwork() *Network {
	n := &Network{Vocab: DefaultVocabularies()}
	n.Vocab.Municipalities = []Term{{Code: "a", FI: "Aa"}, {Code: "b", FI: "Bee"}, {Code: "c", FI: "Cee"}}
	add := func(id, sector, status string, munis ...string) {
		n.Actors = append(n.Actors, &Actor{ID: id, Name: id, Sector: sector, Status: status, Municipalities: munis})
	}
	add("A", "municipality", StatusCore, "a")
	add("B", "municipality", StatusCore, "b")
	add("C", "municipality", StatusCandidate, "c")
	add("S", "sote", StatusCore, "a", "b", "c")
	add("J", "ngo", StatusMember, "a")
	add("P", "parish", StatusPartner, "b")
	add("U", "education", StatusPartner, "a")
	add("K", "kela", StatusPartner)
	n.Actor("U").Parent = "A"
	n.Actor("A").Contacts = []Contact{{ID: "a1", Name: "Aino"}}
	tie := func(from, to string) {
		n.Ties = append(n.Ties, &Tie{ID: from + to, From: from, To: to, Kind: "agreement", Strength: 2})
	}
	tie("K", "A")
	tie("K", "S")
	tie("K", "J")
	tie("C", "S")
	n.Groups = []*Group{
		{ID: "deal", Name: "Sopimus", Kind: "agreement", Members: []Membership{
			{Actor: "A", Since: "2025-01-01"}, {Actor: "B", Since: "2025-01-01"},
			{Actor: "S", Since: "2025-01-01"}, {Actor: "J", Since: "2025-01-01", Notice: "2025-08-15"},
			{Actor: "P", Since: "2027-01-01"},
		}},
		{ID: "lead", Name: "Johtoryhmä", Kind: "leadership", Members: []Membership{
			{Actor: "A", Role: "puheenjohtaja", Since: "2025-01-01"}, {Actor: "S", Since: "2025-01-01"},
			{Actor: "J", Since: "2024-01-01", Until: "2024-12-31"},
		}},
		{ID: "work", Name: "Työryhmä", Kind: "working_group", Members: []Membership{{Actor: "U"}, {Actor: "P"}}},
		{ID: "empty", Name: "Tyhjä", Kind: "steering"},
	}
	return n
}

func TestReviewOnHandWorkedNetwork(t *testing.T) {
	n := reviewNetwork()
	if errs := n.Validate(); len(errs) > 0 {
		t.Fatal(errs)
	}
	r := NewReview(n, "2026-03-01", nil)

	// The matrix: the groups with members, the actors with a seat.
	var groups []string
	for _, g := range r.Groups {
		groups = append(groups, g.ID)
	}
	if want := []string{"deal", "lead", "work"}; !reflect.DeepEqual(groups, want) {
		t.Errorf("groups %v, want %v", groups, want)
	}
	matrix := map[string][]string{}
	for _, row := range r.Rows {
		var cells []string
		for _, s := range row.Seats {
			switch {
			case s == nil:
				cells = append(cells, "-")
			case s.Role != "":
				cells = append(cells, s.Role)
			default:
				cells = append(cells, "x")
			}
		}
		matrix[row.Actor.ID] = cells
	}
	want := map[string][]string{
		"A": {"x", "puheenjohtaja", "-"},
		"B": {"x", "-", "-"},
		"S": {"x", "x", "-"},
		"J": {"x", "x", "-"}, // the ended leadership seat is still shown, as the latest
		"P": {"x", "-", "x"},
		"U": {"-", "-", "x"},
	}
	if !reflect.DeepEqual(matrix, want) {
		t.Errorf("matrix %v, want %v", matrix, want)
	}

	// Parties: J gave notice in August 2025, after June, so it is in until
	// the end of 2026; P's seat starts in 2027.
	type party struct {
		status      string
		ends        Date
		represented bool
		contacts    int
	}
	parties := map[string]party{}
	for _, p := range r.Parties {
		parties[p.Actor.ID] = party{p.Status, p.Ends, p.Represented, p.Contacts}
	}
	wantParties := map[string]party{
		"A": {PartyActive, "", true, 1},
		"B": {PartyActive, "", false, 0},
		"S": {PartyActive, "", true, 0},
		"J": {PartyNotice, "2026-12-31", false, 0},
		"P": {PartyUpcoming, "", false, 0},
	}
	if !reflect.DeepEqual(parties, wantParties) {
		t.Errorf("parties %v, want %v", parties, wantParties)
	}
	// On 1 January 2027 J is out.
	for _, p := range NewReview(n, "2027-01-01", nil).Parties {
		if p.Actor.ID == "J" && p.Status != PartyEnded {
			t.Errorf("J on 2027-01-01: %s, want ended", p.Status)
		}
	}

	// Gaps: the leadership group covers the region (a, b, c) but holds only
	// A's municipality; it lacks education (or municipality: A counts),
	// NGOs and parishes. The working group serves a (through U, a unit of A)
	// and b (through P), and no municipality of b sits in it.
	var gaps []string
	for _, g := range r.Gaps {
		s := g.Group.ID + ":"
		if g.Municipality != "" {
			s += g.Municipality
		} else {
			s += joinCodes(g.Sectors)
		}
		gaps = append(gaps, s)
	}
	wantGaps := []string{"lead:b", "lead:c", "lead:ngo", "lead:parish"}
	if !reflect.DeepEqual(gaps, wantGaps) {
		t.Errorf("gaps %v, want %v", gaps, wantGaps)
	}

	// Candidates: C (status candidate, a municipality outside, fills c in
	// the leadership group); K (no seat, tied to A, S and J, who sit in
	// bodies or not: A and S sit, J's seat ended, so 2). B, P and U sit or
	// are parties.
	type cand struct {
		reasons []string
		tied    int
		fills   int
	}
	cands := map[string]cand{}
	for _, c := range r.Candidates {
		cands[c.Actor.ID] = cand{c.Reasons, c.TiedTo, len(c.Fills)}
	}
	wantCands := map[string]cand{
		"C": {[]string{ReasonCandidate, ReasonMunicipality, ReasonFillsGap}, 1, 1},
		"K": {[]string{ReasonTied}, 2, 0},
	}
	if !reflect.DeepEqual(cands, wantCands) {
		t.Errorf("candidates %v, want %v", cands, wantCands)
	}
}

func joinCodes(xs []string) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += "|"
		}
		s += x
	}
	return s
}

func TestValidateNotice(t *testing.T) {
	n := reviewNetwork()
	n.Groups[0].Members[0].Notice = "2024-05-01" // before the seat began
	n.Groups[0].Members[1].Notice = "1.5.2025"   // not ISO
	errs := n.Validate()
	got := map[string]bool{}
	for _, e := range errs {
		got[e.(*FieldError).Field] = true
	}
	for _, f := range []string{"groups[0].members[0].notice", "groups[0].members[1].notice"} {
		if !got[f] {
			t.Errorf("no error for %s in %v", f, errs)
		}
	}
}
