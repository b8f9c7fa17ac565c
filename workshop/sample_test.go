package workshop

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"github.com/verkostokartta/verkostokartta/graph"
)

func TestSampleIsValid(t *testing.T) {
	ws := Sample()
	if errs := ws.Validate(); len(errs) > 0 {
		t.Fatalf("sample is invalid: %v", errs)
	}
	if ws.Name != "Etelä-Savon perhekeskusverkosto (esimerkki)" || !strings.Contains(ws.Description, "Kuvitteellista") {
		t.Errorf("name %q; the description must say what is illustrative", ws.Name)
	}
}

// The 16 parties exactly as the agreement lists them (seed 003).
var agreementParties = []string{
	"Juvan kunta", "Kangasniemen kunta", "Mikkelin kaupunki", "Mäntyharjun kunta", "Pertunmaan kunta",
	"Pieksämäen kaupunki", "Puumalan kunta", "Rantasalmen kunta", "Savonlinnan kaupunki",
	"Etelä-Savon sosiaali- ja terveyspalvelujen kuntayhtymä Essote",
	"Itä-Savon sairaanhoitopiirin kuntayhtymä Sosteri", "Terveystalo Rantasalmi",
	"Mikkelin tuomiokirkkoseurakunta", "Savonlinnan seurakunta",
	"Mannerheimin Lastensuojeluliiton Järvi-Suomen piiri ry", "Viola ry",
}

func group(ws *Workspace, kind string) *graph.Group {
	for _, g := range ws.Groups {
		if g.Kind == kind {
			return g
		}
	}
	return nil
}

func TestSampleAgreement(t *testing.T) {
	ws := Sample()
	agreement := group(ws, "agreement")
	if agreement == nil || len(agreement.Members) != 16 {
		t.Fatalf("agreement group %+v", agreement)
	}
	for i, m := range agreement.Members {
		a := ws.Actor(m.Actor)
		if a.Name != agreementParties[i] {
			t.Errorf("party %d is %q, want %q", i+1, a.Name, agreementParties[i])
		}
		want := graph.Date("2021-12-31")
		if a.Name == "Terveystalo Rantasalmi" {
			want = "2020-12-31"
		}
		if m.Until != want {
			t.Errorf("%s: membership until %q, want %q", a.Name, m.Until, want)
		}
	}
	for _, name := range []string{"Enonkosken kunta", "Hirvensalmen kunta", "Sulkavan kunta"} {
		found := false
		for _, a := range ws.Actors {
			if a.Name == name {
				found = true
				for _, m := range agreement.Members {
					if m.Actor == a.ID {
						t.Errorf("%s did not sign, yet is an agreement member", name)
					}
				}
			}
		}
		if !found {
			t.Errorf("the non-signing municipality %s is missing", name)
		}
	}
	if len(ws.Vocab.Municipalities) != 12 {
		t.Errorf("%d municipalities in the region, want 12", len(ws.Vocab.Municipalities))
	}
	if l := group(ws, "leadership"); l == nil || l.MeetingsPerYear != 4 {
		t.Errorf("leadership group %+v", l)
	}
}

func TestSamplePersonalDataIsFictitious(t *testing.T) {
	people := 0
	for _, a := range Sample().Actors {
		for _, c := range a.Contacts {
			people++
			if !strings.HasSuffix(c.Email, "@example.org") || !strings.HasPrefix(c.Phone, "+358 40 000 ") {
				t.Errorf("%s: contact %q has email %q, phone %q", a.Name, c.Name, c.Email, c.Phone)
			}
		}
	}
	if people < 15 {
		t.Errorf("only %d contact persons", people)
	}
}

func TestSampleRoundTripAndCopies(t *testing.T) {
	a, err := Sample().Encode()
	if err != nil {
		t.Fatal(err)
	}
	ws, err := Decode(a, "sample")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := ws.Encode()
	if !bytes.Equal(a, b) {
		t.Error("encode → decode → encode changes the sample")
	}
	one, two := Sample(), Sample()
	one.Actors[0].Name = "muutettu"
	one.Actors[0].Municipalities[0] = "muutettu"
	one.Ties[0].Contacts[0] = "muutettu"
	if two.Actors[0].Name == "muutettu" || two.Actors[0].Municipalities[0] == "muutettu" || two.Ties[0].Contacts[0] == "muutettu" {
		t.Error("two samples share data")
	}
	if Sample().Actor("mll").Municipalities[0] == "muutettu" {
		t.Error("samples share the package's tables")
	}
}

func TestSampleLayoutLeavesRoomForLabels(t *testing.T) {
	ws := Sample()
	for i, a := range ws.Actors {
		for _, b := range ws.Actors[i+1:] {
			if d := math.Hypot(a.X-b.X, a.Y-b.Y); d < 110 {
				t.Errorf("%s and %s are %.0f px apart", a.Label(), b.Label(), d)
			}
			// Labels are wide: actors side by side need more room.
			if math.Abs(a.Y-b.Y) < 60 && math.Abs(a.X-b.X) < 230 {
				t.Errorf("%s and %s are side by side only %.0f px apart", a.Label(), b.Label(), math.Abs(a.X-b.X))
			}
		}
	}
}

func TestSampleHasMultiplexTies(t *testing.T) {
	pairs := map[[2]string][]string{}
	for _, tie := range Sample().Ties {
		k := [2]string{min(tie.From, tie.To), max(tie.From, tie.To)}
		pairs[k] = append(pairs[k], tie.Kind)
	}
	multiplex := 0
	for _, kinds := range pairs {
		if len(kinds) > 1 {
			multiplex++
		}
	}
	if multiplex < 2 {
		t.Errorf("%d pairs with several tie kinds, want at least 2", multiplex)
	}
}

// The deliberate gaps of the description are found by the rules.
func TestSampleGapsAreFound(t *testing.T) {
	ws := Sample()
	failing := map[string][]string{}
	for _, r := range graph.CheckRules(&ws.Network, "", nil) {
		for _, f := range r.Findings {
			if f.Severity == graph.SeverityFail {
				failing[r.Rule.ID] = append(failing[r.Rule.ID], f.Subject)
			}
		}
	}
	want := map[string]string{
		"R1": "pertunmaa puumala rantasalmi enonkoski hirvensalmi sulkava",
		"R3": "pertunmaa viola",
		"R5": "pertunmaa puumala",
		"R6": "enonkoski hirvensalmi sulkava",
	}
	for rule, subjects := range want {
		if got := strings.Join(failing[rule], " "); got != subjects {
			t.Errorf("%s finds %q, want %q", rule, got, subjects)
		}
	}
}
