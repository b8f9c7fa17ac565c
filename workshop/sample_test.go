package workshop

import (
	"bytes"
	"math"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/verkostokartta/verkostokartta/graph"
)

// The 16 parties exactly as DOMAIN.md lists the agreement's signatories
// (seed 003), in the agreement's order.
var agreementParties = []string{
	"Juvan kunta", "Kangasniemen kunta", "Mikkelin kaupunki", "Mäntyharjun kunta", "Pertunmaan kunta",
	"Pieksämäen kaupunki", "Puumalan kunta", "Rantasalmen kunta", "Savonlinnan kaupunki",
	"Etelä-Savon sosiaali- ja terveyspalvelujen kuntayhtymä Essote",
	"Itä-Savon sairaanhoitopiirin kuntayhtymä Sosteri", "Terveystalo Rantasalmi",
	"Mikkelin tuomiokirkkoseurakunta", "Savonlinnan seurakunta",
	"Mannerheimin Lastensuojeluliiton Järvi-Suomen piiri ry", "Viola ry",
}

// The municipalities of Etelä-Savo from 2021 that did not sign.
var nonSigning = []string{"Enonkosken kunta", "Hirvensalmen kunta", "Sulkavan kunta"}

func groupOfKind(ws *Workspace, kind string) *graph.Group {
	for _, g := range ws.Groups {
		if g.Kind == kind {
			return g
		}
	}
	return nil
}

func actorNamed(ws *Workspace, name string) *graph.Actor {
	for _, a := range ws.Actors {
		if a.Name == name {
			return a
		}
	}
	return nil
}

func memberIDs(g *graph.Group) []string {
	var ids []string
	for _, m := range g.Members {
		ids = append(ids, m.Actor)
	}
	return ids
}

func TestSampleIsValid(t *testing.T) {
	ws := Sample()
	if errs := append(ws.Validate(), graph.ValidateSettings(ws.Rules)...); len(errs) > 0 {
		t.Fatalf("the sample is invalid: %v", errs)
	}
	if ws.Format != Format || ws.Version != Version {
		t.Errorf("format %q version %d", ws.Format, ws.Version)
	}
	if ws.Name != "Etelä-Savon perhekeskusverkosto (esimerkki)" || ws.Region != "Etelä-Savo" {
		t.Errorf("name %q, region %q", ws.Name, ws.Region)
	}
	// The description tells public facts from illustration.
	for _, want := range []string{"16 sopijaosapuolta", "vähintään neljä kertaa vuodessa", "31.12.2020", "Puuhala", "Koppa",
		"Perhetalo", "Eron ensiapupiste", "Perheneuvo", "Kuvitteellista", "yhteyshenkilöt", "Pertunmaalta puuttuu avoin kohtaamispaikka"} {
		if !strings.Contains(ws.Description, want) {
			t.Errorf("the description does not mention %q", want)
		}
	}
	if n := len(ws.Actors); n < 25 || n > 35 {
		t.Errorf("%d actors, want 25–35", n)
	}
}

func TestSampleVocabularies(t *testing.T) {
	ws := Sample()
	defaults := graph.DefaultVocabularies()
	if !reflect.DeepEqual(ws.Vocab.Sectors, defaults.Sectors) || !reflect.DeepEqual(ws.Vocab.TieKinds, defaults.TieKinds) ||
		!reflect.DeepEqual(ws.Vocab.Tasks, defaults.Tasks) || !reflect.DeepEqual(ws.Vocab.LifeStages, defaults.LifeStages) {
		t.Error("the sample changes the default vocabularies")
	}
	var codes []string
	sv := map[string]string{}
	ascii := regexp.MustCompile(`^[a-z]+$`)
	for _, m := range ws.Vocab.Municipalities {
		codes = append(codes, m.Code)
		sv[m.FI] = m.SV
		if !ascii.MatchString(m.Code) || m.EN != m.FI || m.Source == "" {
			t.Errorf("municipality term %+v", m)
		}
	}
	want := []string{"juva", "kangasniemi", "mikkeli", "mantyharju", "pertunmaa", "pieksamaki", "puumala", "rantasalmi", "savonlinna",
		"enonkoski", "hirvensalmi", "sulkava"}
	if !reflect.DeepEqual(codes, want) {
		t.Errorf("municipalities %v, want %v", codes, want)
	}
	for fi, want := range map[string]string{"Mikkeli": "S:t Michel", "Savonlinna": "Nyslott", "Juva": "Jockas", "Pieksämäki": "Pieksämäki"} {
		if sv[fi] != want {
			t.Errorf("%s in Swedish is %q, want %q", fi, sv[fi], want)
		}
	}
}

func TestSampleAgreement(t *testing.T) {
	ws := Sample()
	agreement := groupOfKind(ws, "agreement")
	if agreement == nil || len(agreement.Members) != 16 {
		t.Fatalf("agreement group %+v", agreement)
	}
	if agreement.Name != "Yhteistyösopimus Etelä-Savon yhteen sovitettavaan perhekeskustoimintaan 2020–2021" {
		t.Errorf("agreement name %q", agreement.Name)
	}
	for i, m := range agreement.Members {
		a := ws.Actor(m.Actor)
		if a.Name != agreementParties[i] {
			t.Errorf("party %d is %q, want %q", i+1, a.Name, agreementParties[i])
		}
		until := graph.Date("2021-12-31")
		if a.Name == "Terveystalo Rantasalmi" {
			until = "2020-12-31"
		}
		if m.Role != "sopijaosapuoli" || m.Since != "2020-01-01" || m.Until != until {
			t.Errorf("%s: membership %+v, want until %s", a.Name, m, until)
		}
		if a.Status != graph.StatusCore || a.Since != "2020-01-01" {
			t.Errorf("%s: status %q since %q", a.Name, a.Status, a.Since)
		}
	}
	if tt := actorNamed(ws, "Terveystalo Rantasalmi"); tt.Until != "2020-12-31" || tt.Sector != "private" {
		t.Errorf("Terveystalo: until %q, sector %q", tt.Until, tt.Sector)
	}
	sectors := map[string]string{
		"Mikkelin kaupunki": "municipality", "Etelä-Savon sosiaali- ja terveyspalvelujen kuntayhtymä Essote": "sote",
		"Itä-Savon sairaanhoitopiirin kuntayhtymä Sosteri": "sote", "Savonlinnan seurakunta": "parish",
		"Mannerheimin Lastensuojeluliiton Järvi-Suomen piiri ry": "ngo", "Viola ry": "ngo",
	}
	for name, sector := range sectors {
		if a := actorNamed(ws, name); a.Sector != sector {
			t.Errorf("%s: sector %q, want %q", name, a.Sector, sector)
		}
	}
	if essote, sosteri := ws.Actor("essote"), ws.Actor("sosteri"); !slices.Contains(essote.Municipalities, "mikkeli") ||
		slices.Contains(essote.Municipalities, "savonlinna") || !slices.Contains(sosteri.Municipalities, "savonlinna") ||
		slices.Contains(sosteri.Municipalities, "mikkeli") {
		t.Errorf("Essote serves %v, Sosteri %v", essote.Municipalities, sosteri.Municipalities)
	}
	for _, name := range nonSigning {
		a := actorNamed(ws, name)
		if a == nil {
			t.Errorf("the non-signing municipality %s is missing", name)
			continue
		}
		if slices.Contains(memberIDs(agreement), a.ID) {
			t.Errorf("%s did not sign, yet is an agreement member", name)
		}
		if a.Sector != "municipality" || (a.Status != graph.StatusOutside && a.Status != graph.StatusCandidate) {
			t.Errorf("%s: sector %q, status %q", name, a.Sector, a.Status)
		}
	}
}

func TestSampleLeadershipGroup(t *testing.T) {
	ws := Sample()
	leaders := groupOfKind(ws, "leadership")
	if leaders == nil || leaders.MeetingsPerYear != 4 || leaders.Name != "Etelä-Savon lasten, nuorten ja perheiden johtoryhmä" ||
		!strings.Contains(leaders.Purpose, "vähintään neljä kertaa vuodessa") {
		t.Fatalf("leadership group %+v", leaders)
	}
	parties := memberIDs(groupOfKind(ws, "agreement"))
	chairs := 0
	for _, m := range leaders.Members {
		if !slices.Contains(parties, m.Actor) {
			t.Errorf("%s sits in the leadership group but is no party", m.Actor)
		}
		if m.Role == "puheenjohtaja" {
			chairs++
		}
		found := false
		for _, c := range ws.Actor(m.Actor).Contacts {
			found = found || c.ID == m.Representative
		}
		if !found {
			t.Errorf("%s: representative %q is not its contact person", m.Actor, m.Representative)
		}
	}
	if chairs != 1 {
		t.Errorf("%d chairs", chairs)
	}
	var missing []string
	for _, p := range parties {
		if !slices.Contains(memberIDs(leaders), p) {
			missing = append(missing, p)
		}
	}
	if !reflect.DeepEqual(missing, []string{"pertunmaa", "viola"}) {
		t.Errorf("parties left out of the leadership group: %v", missing)
	}
}

func TestSamplePersonalDataIsFictitious(t *testing.T) {
	ws := Sample()
	phone := regexp.MustCompile(`^\+358 40 000 0\d{3}$`)
	local := regexp.MustCompile(`^[a-z]+\.[a-z]+$`)
	seen := map[string]bool{}
	people := 0
	var without []string
	parties := memberIDs(groupOfKind(ws, "agreement"))
	for _, a := range ws.Actors {
		if slices.Contains(parties, a.ID) && len(a.Contacts) == 0 {
			without = append(without, a.ID)
		}
		for _, c := range a.Contacts {
			people++
			name, domain, _ := strings.Cut(c.Email, "@")
			if domain != "example.org" || !strings.HasSuffix(c.Email, "@example.org") || !local.MatchString(name) || !phone.MatchString(c.Phone) {
				t.Errorf("%s: contact %q has email %q, phone %q", a.ID, c.Name, c.Email, c.Phone)
			}
			if first, last, _ := strings.Cut(strings.ToLower(c.Name), " "); name != strings.NewReplacer("ä", "a", "ö", "o").Replace(first+"."+last) {
				t.Errorf("%s: email %q does not follow the name %q", a.ID, c.Email, c.Name)
			}
			if !strings.HasPrefix(c.ID, "c-"+a.ID+"-") || seen[c.ID] || seen[c.Email] || c.Role == "" {
				t.Errorf("%s: contact %+v", a.ID, c)
			}
			seen[c.ID], seen[c.Email] = true, true
		}
	}
	if people < 15 {
		t.Errorf("only %d contact persons", people)
	}
	if !reflect.DeepEqual(without, []string{"pertunmaa", "viola"}) {
		t.Errorf("parties without a contact person: %v", without)
	}
}

func TestSampleTies(t *testing.T) {
	ws := Sample()
	if n := len(ws.Ties); n < 45 || n > 70 {
		t.Errorf("%d ties, want 45–70", n)
	}
	contactOwner := map[string]string{}
	for _, a := range ws.Actors {
		for _, c := range a.Contacts {
			contactOwner[c.ID] = a.ID
		}
	}
	planned, withContacts := 0, 0
	degree := map[string]int{}
	for i, tie := range ws.Ties {
		if want := "t" + strconv.Itoa(i+1); tie.ID != want {
			t.Errorf("tie %d has ID %q, want %q", i, tie.ID, want)
		}
		kind, _ := graph.Find(ws.Vocab.TieKinds, tie.Kind)
		if tie.Directed != (kind.Direction == "directed") {
			t.Errorf("%s (%s): directed %v", tie.ID, tie.Kind, tie.Directed)
		}
		if tie.Status == graph.TiePlanned {
			planned++
		}
		if tie.Status == graph.TieExisting {
			degree[tie.From]++
			degree[tie.To]++
		}
		if len(tie.Contacts) > 0 {
			withContacts++
		}
		// A unit's tie may rest on a person of its parent organisation.
		ends := []string{tie.From, tie.To, ws.Actor(tie.From).Parent, ws.Actor(tie.To).Parent}
		for _, c := range tie.Contacts {
			if o := contactOwner[c]; o == "" || !slices.Contains(ends, o) {
				t.Errorf("%s rests on %s, who works for neither end", tie.ID, c)
			}
		}
	}
	if planned < 2 || withContacts < 20 {
		t.Errorf("%d planned ties, %d ties resting on contact persons", planned, withContacts)
	}
	// Funding runs from the funder; Terveystalo's tie ends with its party status.
	for _, tie := range ws.Ties {
		if tie.Kind == "funding" && ws.Actor(tie.From).Sector != "municipality" {
			t.Errorf("%s: funding from %s", tie.ID, tie.From)
		}
		if (tie.From == "terveystalo" || tie.To == "terveystalo") && tie.Until != "2020-12-31" {
			t.Errorf("%s outlasts Terveystalo: until %q", tie.ID, tie.Until)
		}
	}
	if degree["sulkava"] != 0 || degree["enonkoski"] != 1 {
		t.Errorf("Sulkava has %d ties, Enonkoski %d; want 0 and 1", degree["sulkava"], degree["enonkoski"])
	}
}

func TestSampleHasMultiplexTies(t *testing.T) {
	kinds := map[[2]string]map[string]bool{}
	for _, tie := range Sample().Ties {
		k := [2]string{min(tie.From, tie.To), max(tie.From, tie.To)}
		if kinds[k] == nil {
			kinds[k] = map[string]bool{}
		}
		kinds[k][tie.Kind] = true
	}
	multiplex := 0
	for _, ks := range kinds {
		if len(ks) > 1 {
			multiplex++
		}
	}
	if multiplex < 1 || len(kinds[[2]string{"koppa", "viola"}]) != 2 {
		t.Errorf("%d pairs with several tie kinds; Viola–Koppa %v", multiplex, kinds[[2]string{"koppa", "viola"}])
	}
}

func TestSampleServices(t *testing.T) {
	ws := Sample()
	var advice []string
	byID := map[string]*graph.Service{}
	for _, s := range ws.Services {
		byID[s.ID] = s
		if !slices.Contains(graph.ServiceModes, s.Mode) {
			t.Errorf("%s: mode %q", s.ID, s.Mode)
		}
		if strings.HasPrefix(s.Name, "Perheneuvo") {
			advice = append(advice, s.Municipalities...)
		}
	}
	if len(advice) != 7 {
		t.Errorf("Perheneuvo in %v, want seven municipalities", advice)
	}
	for id, where := range map[string]string{"eron-ensiapupiste-mikkeli": "mikkeli", "eron-ensiapupiste-savonlinna": "savonlinna"} {
		if s := byID[id]; s == nil || !reflect.DeepEqual(s.Municipalities, []string{where}) || !slices.Contains(s.Tasks, "separation") {
			t.Errorf("%s: %+v", id, s)
		}
	}
	if !slices.Contains(byID["eron-ensiapupiste-mikkeli"].Providers, "koppa") {
		t.Error("Eron ensiapupiste in Mikkeli is not at Koppa")
	}
	for _, id := range []string{"neuvola-essote", "neuvola-sosteri"} {
		if s := byID[id]; s == nil || ws.Actor(s.Providers[0]).Parent != strings.TrimPrefix(id, "neuvola-") {
			t.Errorf("%s: %+v", id, s)
		}
	}
	// The deliberate overlap: MLL and the Mikkeli parish both offer peer
	// support to baby families in Mikkeli, without a tie between them.
	var found *graph.Overlap
	for _, o := range graph.Overlaps(graph.NewView(&ws.Network, graph.ViewOptions{}), &ws.Network, "") {
		if o.Task == "peer" && reflect.DeepEqual(o.LifeStages, []string{"baby"}) && reflect.DeepEqual(o.Municipalities, []string{"mikkeli"}) {
			found = &o
		}
	}
	if found == nil || !found.Uncoordinated || !slices.Contains(found.UntiedPairs, [2]string{"mikkelin-srk", "mll"}) {
		t.Errorf("the uncoordinated overlap in Mikkeli is not found: %+v", found)
	}
}

func TestSampleGroupsAndMeetingPlaces(t *testing.T) {
	ws := Sample()
	if g := groupOfKind(ws, "meeting_place_network"); g == nil || len(g.Members) < 3 {
		t.Errorf("meeting-place network %+v", g)
	}
	places := map[string]bool{}
	for _, a := range ws.Actors {
		if a.MeetingPlace {
			places[a.ShortName] = true
		}
	}
	for _, want := range []string{"Puuhala", "Koppa", "Perhetalo"} {
		if !places[want] {
			t.Errorf("meeting place %s missing (have %v)", want, places)
		}
	}
	parents := 0
	for _, a := range ws.Actors {
		if a.Parent != "" {
			parents++
		}
	}
	if parents < 4 {
		t.Errorf("only %d units with a parent", parents)
	}
}

// The deliberate gaps of the description are what the rules find.
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
		"R1": "pertunmaa enonkoski hirvensalmi sulkava",
		"R2": "mll-kahvila-savonlinna",
		"R3": "pertunmaa viola",
		"R4": "",
		"R5": "pertunmaa viola",
		"R6": "enonkoski hirvensalmi sulkava",
		"R9": "sulkava mll-kahvila-savonlinna",
	}
	for rule, subjects := range want {
		if got := strings.Join(failing[rule], " "); got != subjects {
			t.Errorf("%s finds %q, want %q", rule, got, subjects)
		}
	}
}

func TestSampleRoundTrip(t *testing.T) {
	a, err := Sample().Encode()
	if err != nil {
		t.Fatal(err)
	}
	ws, err := Decode(a, "sample")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(ws, Sample()) {
		t.Error("the decoded sample differs from a fresh one")
	}
	b, err := ws.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Error("encode → decode → encode changes the sample")
	}
}

func TestSampleCopiesAreIndependent(t *testing.T) {
	one, two := Sample(), Sample()
	one.Name = "muutettu"
	one.Actors[0].Name = "muutettu"
	one.Actors[0].Municipalities[0] = "muutettu"
	one.Actor("mll").Municipalities[0] = "muutettu"
	one.Actor("mikkeli").Contacts[0].Email = "muutettu"
	one.Ties[0].Contacts[0] = "muutettu"
	one.Groups[0].Members[0].Actor = "muutettu"
	one.Services[len(one.Services)-1].LifeStages[0] = "muutettu"
	one.Vocab.Municipalities[0].FI = "muutettu"
	one.Vocab.Sectors[0].FI = "muutettu"
	for _, ws := range []*Workspace{two, Sample()} {
		if ws.Name == "muutettu" || ws.Actors[0].Name == "muutettu" || ws.Actors[0].Municipalities[0] == "muutettu" ||
			ws.Actor("mll").Municipalities[0] == "muutettu" || ws.Actor("mikkeli").Contacts[0].Email == "muutettu" ||
			ws.Ties[0].Contacts[0] == "muutettu" || ws.Groups[0].Members[0].Actor == "muutettu" ||
			ws.Services[len(ws.Services)-1].LifeStages[0] == "muutettu" || ws.Vocab.Municipalities[0].FI == "muutettu" ||
			ws.Vocab.Sectors[0].FI == "muutettu" {
			t.Fatal("two samples share data")
		}
	}
	if !reflect.DeepEqual(two, Sample()) {
		t.Error("changing one sample changed another")
	}
}

func TestSampleLayout(t *testing.T) {
	ws := Sample()
	for i, a := range ws.Actors {
		if a.X < 0 || a.X > 1400 || a.Y < 0 || a.Y > 900 {
			t.Errorf("%s at (%.0f, %.0f) is off the canvas", a.ID, a.X, a.Y)
		}
		for _, b := range ws.Actors[i+1:] {
			if d := math.Hypot(a.X-b.X, a.Y-b.Y); d < 110 {
				t.Errorf("%s and %s are %.0f px apart", a.ID, b.ID, d)
			}
			// Label boxes as the map draws them (about 8 px a character,
			// wrapped at 18 characters, 20 px a line) must not touch.
			aw, ah := labelBox(a.Label())
			bw, bh := labelBox(b.Label())
			if math.Abs(a.X-b.X) < (aw+bw)/2 && math.Abs(a.Y-b.Y) < (ah+bh)/2 {
				t.Errorf("the labels of %s and %s overlap", a.ID, b.ID)
			}
		}
	}
	// Municipalities lie where they are on the map of Etelä-Savo.
	at := func(id string) *graph.Actor { return ws.Actor(id) }
	for _, c := range []struct{ west, east string }{{"pertunmaa", "mantyharju"}, {"hirvensalmi", "mikkeli"}, {"mikkeli", "juva"},
		{"juva", "sulkava"}, {"rantasalmi", "savonlinna"}, {"puumala", "savonlinna"}, {"savonlinna", "enonkoski"}} {
		if at(c.west).X >= at(c.east).X {
			t.Errorf("%s is not west of %s", c.west, c.east)
		}
	}
	for _, c := range []struct{ north, south string }{{"pieksamaki", "kangasniemi"}, {"kangasniemi", "juva"}, {"juva", "mikkeli"},
		{"mikkeli", "puumala"}, {"puumala", "mantyharju"}, {"enonkoski", "savonlinna"}, {"savonlinna", "sulkava"}} {
		if at(c.north).Y >= at(c.south).Y {
			t.Errorf("%s is not north of %s", c.north, c.south)
		}
	}
	// A degree of longitude is about half a degree of latitude in km at
	// 62°N: Mikkeli–Savonlinna (1.61°E, 0.18°N) is far wider than tall.
	if dx, dy := at("savonlinna").X-at("mikkeli").X, at("mikkeli").Y-at("savonlinna").Y; dx < 4*dy || dx < 500 {
		t.Errorf("Mikkeli–Savonlinna spans %.0f × %.0f px", dx, dy)
	}
}

func labelBox(label string) (w, h float64) {
	lines, line := 1, 0
	for _, word := range strings.Fields(label) {
		n := len([]rune(word))
		switch {
		case line == 0:
			line = n
		case line+1+n > 18:
			lines++
			line = n
		default:
			line += 1 + n
		}
		w = math.Max(w, float64(line))
	}
	return w*8 + 16, float64(lines)*20 + 10
}

// TestSampleReview checks the steering group's review of the sample in the
// agreement's second year against the agreement (DOMAIN.md): 16 parties,
// Terveystalo out after 2020; Pertunmaa and Viola ry without a seat in the
// leadership group (left out of the sample on purpose); the three
// municipalities that did not sign missing from it and on the invite list.
func TestSampleReview(t *testing.T) {
	r := graph.NewReview(&Sample().Network, "2021-05-01", nil)
	if len(r.Parties) != 16 {
		t.Fatalf("%d parties, want 16", len(r.Parties))
	}
	var ended, unrepresented []string
	for _, p := range r.Parties {
		if p.Status == graph.PartyEnded {
			ended = append(ended, p.Actor.ID)
		}
		if p.Status == graph.PartyActive && !p.Represented {
			unrepresented = append(unrepresented, p.Actor.ID)
		}
	}
	if !reflect.DeepEqual(ended, []string{"terveystalo"}) || !reflect.DeepEqual(unrepresented, []string{"pertunmaa", "viola"}) {
		t.Errorf("ended %v, unrepresented %v", ended, unrepresented)
	}
	var gaps, candidates []string
	for _, g := range r.Gaps {
		gaps = append(gaps, g.Group.ID+":"+g.Municipality)
	}
	for _, c := range r.Candidates {
		candidates = append(candidates, c.Actor.ID)
	}
	if want := []string{"johtoryhma:pertunmaa", "johtoryhma:enonkoski", "johtoryhma:hirvensalmi", "johtoryhma:sulkava"}; !reflect.DeepEqual(gaps, want) {
		t.Errorf("gaps %v, want %v", gaps, want)
	}
	if want := []string{"enonkoski", "hirvensalmi", "sulkava", "kela"}; !reflect.DeepEqual(candidates, want) {
		t.Errorf("candidates %v, want %v", candidates, want)
	}
}
