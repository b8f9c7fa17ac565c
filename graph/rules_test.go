package graph

import (
	"reflect"
	"testing"
)

// ruleNet is a small regional network that passes every rule: two
// municipalities, each a party with a meeting place, a sote actor, an NGO,
// a parish, specialised services, Kela, a digital service, a leadership
// group of all parties that meets four times a year.
func ruleNet() *Network {
	n := &Network{Vocab: DefaultVocabularies()}
	n.Vocab.Tasks = n.Vocab.Tasks[:1] // parenting
	n.Vocab.Municipalities = []Term{{Code: "juva", FI: "Juva", SV: "Jockas", EN: "Juva"}, {Code: "puumala", FI: "Puumala", SV: "Puumala", EN: "Puumala"}}
	actor := func(id, sector string, ms ...string) *Actor {
		return &Actor{ID: id, Name: id, Sector: sector, Status: StatusCore, Municipalities: ms,
			Contacts: []Contact{{ID: id + "-1"}}}
	}
	n.Actors = []*Actor{
		actor("juva", "municipality", "juva"),
		actor("puumala", "municipality", "puumala"),
		actor("sote", "sote", "juva", "puumala"),
		actor("ngo", "ngo", "juva", "puumala"),
		actor("srk", "parish", "juva", "puumala"),
		actor("erva", "special", "juva", "puumala"),
		actor("kela", "kela", "juva", "puumala"),
		{ID: "mp1", Name: "Kohtaamispaikka Juva", Sector: "education", MeetingPlace: true, Municipalities: []string{"juva"}},
		{ID: "mp2", Name: "Kohtaamispaikka Puumala", Sector: "ngo", MeetingPlace: true, Municipalities: []string{"puumala"}},
	}
	tie := func(id, from, to, kind string, contacts ...string) *Tie {
		return &Tie{ID: id, From: from, To: to, Kind: kind, Strength: 2, Contacts: contacts}
	}
	n.Ties = []*Tie{
		tie("t1", "juva", "sote", "joint", "juva-1", "sote-1"),
		tie("t2", "puumala", "sote", "joint", "puumala-1", "sote-1"),
		tie("t3", "ngo", "sote", "joint", "ngo-1", "sote-1"),
		tie("t4", "srk", "juva", "joint", "srk-1", "juva-1"),
		tie("t5", "erva", "sote", "consultation", "erva-1", "sote-1"),
		tie("t6", "kela", "sote", "information"),
		tie("t7", "mp1", "sote", "premises"),
		tie("t8", "mp2", "sote", "joint"),
	}
	parties := []string{"juva", "puumala", "sote", "ngo", "srk", "erva", "kela"}
	var seats []Membership
	for _, p := range parties {
		seats = append(seats, Membership{Actor: p})
	}
	n.Groups = []*Group{
		{ID: "sop", Name: "Sopimus", Kind: "agreement", Members: seats},
		{ID: "jr", Name: "Johtoryhmä", Kind: "leadership", MeetingsPerYear: 4, Members: append([]Membership(nil), seats...)},
	}
	n.Services = []*Service{
		{ID: "s1", Name: "Perhekahvila", Providers: []string{"ngo", "srk"}, Tasks: []string{"parenting"}},
		{ID: "s2", Name: "Neuvola", Providers: []string{"sote"}, Tasks: []string{"parenting"}},
		{ID: "s3", Name: "Chat", Providers: []string{"sote"}, Mode: "digital"},
	}
	return n
}

func resultOf(t *testing.T, n *Network, id string) RuleResult {
	t.Helper()
	for _, r := range CheckRules(n, "", nil) {
		if r.Rule.ID == id {
			return r
		}
	}
	t.Fatalf("no rule %s", id)
	return RuleResult{}
}

func TestEveryRulePassesOnTheModelNetwork(t *testing.T) {
	results := CheckRules(ruleNet(), "", nil)
	if len(results) != 12 {
		t.Fatalf("%d rules, want R1–R12", len(results))
	}
	for _, r := range results {
		if r.Status() != "pass" {
			t.Errorf("%s: %s %+v", r.Rule.ID, r.Status(), r.Findings)
		}
	}
}

func TestEachRuleFails(t *testing.T) {
	cases := []struct {
		rule     string
		breakIt  func(n *Network)
		subjects []string
		fi       string // the first finding in Finnish
	}{
		{"R1", func(n *Network) { n.Actors[8].MeetingPlace = false }, []string{"puumala"}, "Puumala: ei avointa kohtaamispaikkaa"},
		{"R2", func(n *Network) { n.Ties = n.Ties[:6] }, []string{"mp1", "mp2"}, "Kohtaamispaikka Juva: ei yhteyttä sote- tai sivistyspalveluihin"},
		{"R3", func(n *Network) { n.Groups[1].Members = n.Groups[1].Members[1:] }, []string{"juva"}, "juva: ei edustajaa johtoryhmässä"},
		{"R4", func(n *Network) { n.Groups[1].MeetingsPerYear = 2 }, []string{"jr"}, "Johtoryhmä: 2 kokousta vuodessa, vähintään 4"},
		{"R5", func(n *Network) { n.Actors[6].Contacts = nil }, []string{"kela"}, "kela: ei yhteyshenkilöä"},
		{"R6", func(n *Network) {
			n.Groups[0].Members = n.Groups[0].Members[2:]
			n.Actors[1].Status = StatusPartner
			n.Actors[0].Status = StatusMember
		}, []string{"puumala"}, "Puumala: kunta ei ole sopijaosapuoli eikä jäsen"},
		{"R7", func(n *Network) { n.Groups[1].Members = n.Groups[1].Members[:4] }, []string{"jr"}, "Johtoryhmä: ei jäsentä sektorilta Seurakunta"},
		{"R8", func(n *Network) {
			n.Services[1].Municipalities = []string{"juva"}
			n.Services[0].Municipalities = []string{"juva"}
		}, []string{"parenting@puumala"}, "Puumala, vanhemmuuden tuki: ei tarjoajaa"},
		{"R9", func(n *Network) { n.Ties = append(n.Ties[:2], n.Ties[3:]...) }, []string{"ngo"}, "ngo: ei yhteyksiä muihin toimijoihin"},
		{"R10", func(n *Network) { n.Ties[0].Contacts = []string{"juva-1"} }, []string{"t1"}, "juva – sote: yhteys on yhden yhteyshenkilön varassa"},
		{"R11", func(n *Network) { n.Ties[4].Kind = "information" }, []string{"erva"}, "erva: ei konsultaatio- tai jalkautumisyhteyttä peruspalveluihin"},
		{"R12", func(n *Network) { n.Services = n.Services[:2] }, []string{"digital"}, "Puuttuu: sähköiset palvelut"},
	}
	for _, c := range cases {
		n := ruleNet()
		c.breakIt(n)
		r := resultOf(t, n, c.rule)
		var got []string
		for _, f := range r.Findings {
			if f.Severity == SeverityFail {
				got = append(got, f.Subject)
			}
		}
		if r.Passed() || !reflect.DeepEqual(got, c.subjects) {
			t.Errorf("%s: status %s, failing subjects %v, want %v", c.rule, r.Status(), got, c.subjects)
			continue
		}
		if msg := r.Findings[0].Message.In("fi"); msg != c.fi {
			t.Errorf("%s: message %q, want %q", c.rule, msg, c.fi)
		}
		if r.Findings[0].Message.SV == "" || r.Findings[0].Message.EN == "" || r.Findings[0].Message.SV == r.Findings[0].Message.FI {
			t.Errorf("%s: missing translations %+v", c.rule, r.Findings[0].Message)
		}
	}
}

func TestRuleSettings(t *testing.T) {
	n := ruleNet()
	n.Groups[1].MeetingsPerYear = 3
	if resultOf(t, n, "R4").Passed() {
		t.Fatal("R4 passes with 3 meetings")
	}
	results := CheckRules(n, "", RuleSettings{"R4": {Params: map[string]string{"min_meetings": "3"}}})
	if r := results[3]; !r.Passed() {
		t.Errorf("R4 with min_meetings 3: %+v", r.Findings)
	}
	results = CheckRules(n, "", RuleSettings{"R4": {Disabled: true}})
	if r := results[3]; r.Status() != "disabled" || !r.Passed() {
		t.Errorf("disabled R4: %s", r.Status())
	}
	errs := ValidateSettings(RuleSettings{"R99": {}, "R4": {Params: map[string]string{"min_meetings": "neljä", "colour": "x"}}})
	if len(errs) != 3 {
		t.Errorf("settings errors %v", errs)
	}
}

func TestRulesNotApplicable(t *testing.T) {
	// A bare ties table: no region, no agreement, no groups, no contacts.
	for _, r := range CheckRules(build([]string{"a-b", "b-c"}), "", nil) {
		want := "not_applicable"
		if r.Rule.ID == "R9" {
			want = "pass"
		}
		if r.Rule.ID == "R12" {
			want = "fail" // only one sector is present
		}
		if r.Status() != want {
			t.Errorf("%s on a bare ties table: %s, want %s", r.Rule.ID, r.Status(), want)
		}
	}
}

func TestR8WarnsOnSingleProvider(t *testing.T) {
	n := ruleNet()
	n.Services = n.Services[1:] // only the clinic offers parenting support
	r := resultOf(t, n, "R8")
	if !r.Passed() || r.Status() != "warn" || len(r.Findings) != 2 || r.Findings[0].Message.In("en") != "Juva, parenting support: only one provider" {
		t.Errorf("R8: %s %+v", r.Status(), r.Findings)
	}
}
