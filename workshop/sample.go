package workshop

import (
	"fmt"
	"strings"

	"github.com/verkostokartta/verkostokartta/graph"
)

// sampleDescription says what in the sample is public fact and what is
// illustration, as a facilitator opening it must know.
const sampleDescription = `Esimerkkiverkosto Etelä-Savon perhekeskustoiminnasta.

Julkisista lähteistä: Etelä-Savon yhteistyösopimuksen 2020–2021 16 sopijaosapuolta, Terveystalo Rantasalmen sopijuuden päättyminen 31.12.2020, maakunnallinen lasten, nuorten ja perheiden johtoryhmä, joka kokoontuu vähintään neljä kertaa vuodessa, sekä alueen kunnat, jotka eivät allekirjoittaneet sopimusta (Enonkoski, Hirvensalmi, Sulkava). Julkisilta sivuilta: Mäntyharjun kohtaamispaikka Puuhala, Kohtaamispaikka Koppa ja Eron ensiapupiste Mikkelissä ja Savonlinnassa, Mikkelin Perhetalo ja kuntien Perheneuvo.

Kuvitteellista: kaikki yhteydet, yhteyshenkilöt (nimet, sähköpostit ja puhelinnumerot ovat keksittyjä), johtoryhmän jäsenluettelo, työryhmät, palveluiden tehtävät ja ikävaiheet, muut kuin edellä nimetyt kohtaamispaikat sekä kartan sijainnit (kunnat likimain maantieteellisillä paikoillaan). Esimerkkiin on jätetty tarkoituksella aukkoja, joita analyysi löytää: kuntia ilman avointa kohtaamispaikkaa, johtoryhmästä puuttuvia osapuolia, osapuolia ilman yhteyshenkilöä, päällekkäistä toimintaa ja lähes samat jäsenet omaavat ryhmät.`

// samplePositions place the actors on a grid that keeps the region's
// west (Mikkeli) and east (Savonlinna) and leaves room for labels that
// stay large on a projector: neighbours in a row are at least 230 px apart.
var samplePositions = map[string][2]float64{
	"pieksamaki":             {560, 60},
	"terveystalo":            {1200, 60},
	"kangasniemi":            {150, 170},
	"mll":                    {700, 170},
	"rantasalmi":             {1200, 170},
	"enonkoski":              {1520, 170},
	"mikkelin-srk":           {330, 280},
	"essote":                 {600, 280},
	"juva":                   {900, 280},
	"savonlinna-nuoriso":     {1250, 280},
	"mll-kahvila-savonlinna": {1560, 300},
	"hirvensalmi":            {120, 390},
	"mikkeli":                {420, 390},
	"essote-neuvola":         {720, 390},
	"sulkava":                {1020, 390},
	"savonlinna":             {1330, 390},
	"mikkeli-vaka":           {260, 500},
	"perhetalo":              {560, 500},
	"essote-perheneuvola":    {840, 500},
	"sosteri":                {1150, 500},
	"savonlinnan-srk":        {1480, 500},
	"koppa":                  {400, 610},
	"essote-psykiatria":      {700, 610},
	"kela":                   {980, 610},
	"sosteri-neuvola":        {1300, 610},
	"pertunmaa":              {100, 720},
	"viola":                  {520, 720},
	"puumala":                {980, 740},
	"puuhala":                {120, 850},
	"mantyharju":             {380, 850},
}

var sampleMunicipalities = []struct {
	code, fi, sv string
	party        bool
}{
	{"juva", "Juva", "Jockas", true},
	{"kangasniemi", "Kangasniemi", "Kangasniemi", true},
	{"mikkeli", "Mikkeli", "S:t Michel", true},
	{"mantyharju", "Mäntyharju", "Mäntyharju", true},
	{"pertunmaa", "Pertunmaa", "Pertunmaa", true},
	{"pieksamaki", "Pieksämäki", "Pieksämäki", true},
	{"puumala", "Puumala", "Puumala", true},
	{"rantasalmi", "Rantasalmi", "Rantasalmi", true},
	{"savonlinna", "Savonlinna", "Nyslott", true},
	{"enonkoski", "Enonkoski", "Enonkoski", false},
	{"hirvensalmi", "Hirvensalmi", "Hirvensalmi", false},
	{"sulkava", "Sulkava", "Sulkava", false},
}

// The municipality actors' official names (kunta or kaupunki).
var sampleMunicipalityNames = map[string]string{
	"juva": "Juvan kunta", "kangasniemi": "Kangasniemen kunta", "mikkeli": "Mikkelin kaupunki",
	"mantyharju": "Mäntyharjun kunta", "pertunmaa": "Pertunmaan kunta", "pieksamaki": "Pieksämäen kaupunki",
	"puumala": "Puumalan kunta", "rantasalmi": "Rantasalmen kunta", "savonlinna": "Savonlinnan kaupunki",
	"enonkoski": "Enonkosken kunta", "hirvensalmi": "Hirvensalmen kunta", "sulkava": "Sulkavan kunta",
}

var essoteArea = []string{"mikkeli", "juva", "kangasniemi", "mantyharju", "pertunmaa", "pieksamaki", "puumala", "hirvensalmi"}
var sosteriArea = []string{"savonlinna", "rantasalmi", "enonkoski", "sulkava"}

// sampleActors are the organisations other than municipalities. party marks
// the agreement's signatories; the rest are illustrative.
var sampleActors = []struct {
	id, name, short, sector, parent string
	municipalities                  []string
	party, meetingPlace             bool
	notes                           string
}{
	{"essote", "Etelä-Savon sosiaali- ja terveyspalvelujen kuntayhtymä Essote", "Essote", "sote", "", essoteArea, true, false, "Palveli Mikkelin seutua."},
	{"sosteri", "Itä-Savon sairaanhoitopiirin kuntayhtymä Sosteri", "Sosteri", "sote", "", sosteriArea, true, false, "Palveli Savonlinnan seutua."},
	{"terveystalo", "Terveystalo Rantasalmi", "Terveystalo", "private", "", []string{"rantasalmi"}, true, false, "Sopijaosapuolena 31.12.2020 saakka."},
	{"mikkelin-srk", "Mikkelin tuomiokirkkoseurakunta", "Mikkelin tuomiokirkkosrk", "parish", "", []string{"mikkeli"}, true, false, ""},
	{"savonlinnan-srk", "Savonlinnan seurakunta", "Savonlinnan srk", "parish", "", []string{"savonlinna"}, true, false, ""},
	{"mll", "Mannerheimin Lastensuojeluliiton Järvi-Suomen piiri ry", "MLL Järvi-Suomi", "ngo", "", append(append([]string{}, essoteArea...), sosteriArea...), true, false, ""},
	{"viola", "Viola ry", "Viola ry", "ngo", "", []string{"mikkeli", "pieksamaki", "savonlinna"}, true, false, ""},
	{"essote-neuvola", "Essoten äitiys- ja lastenneuvolat", "Essoten neuvolat", "sote", "essote", essoteArea, false, false, "Kuvitteellinen yksikkö."},
	{"essote-perheneuvola", "Essoten perheneuvola", "Essoten perheneuvola", "sote", "essote", essoteArea, false, false, "Kuvitteellinen yksikkö."},
	{"essote-psykiatria", "Essoten lasten- ja nuorisopsykiatria", "Lasten- ja nuorisopsykiatria", "special", "essote", essoteArea, false, false, "Kuvitteellinen yksikkö."},
	{"sosteri-neuvola", "Sosterin lastenneuvolat", "Sosterin neuvolat", "sote", "sosteri", sosteriArea, false, false, "Kuvitteellinen yksikkö."},
	{"mikkeli-vaka", "Mikkelin varhaiskasvatus", "Mikkelin varhaiskasvatus", "education", "mikkeli", []string{"mikkeli"}, false, false, "Kuvitteellinen yksikkö."},
	{"savonlinna-nuoriso", "Savonlinnan nuorisopalvelut", "Savonlinnan nuorisopalvelut", "education", "savonlinna", []string{"savonlinna"}, false, false, "Nuorten kohtaamispaikkoina toimivat nuorisotilat (seed 003)."},
	{"kela", "Kela, Itä-Suomen vakuutuspiiri", "Kela", "kela", "", append(append([]string{}, essoteArea...), sosteriArea...), false, false, "Kuvitteellinen kumppani."},
	{"koppa", "Kohtaamispaikka Koppa", "Koppa", "ngo", "", []string{"mikkeli"}, false, true, "Eron ensiapupiste Mikkelissä (lapeetelasavo.com). Ylläpitäjä kuvitteellinen."},
	{"perhetalo", "Mikkelin Perhetalo", "Perhetalo", "education", "mikkeli", []string{"mikkeli"}, false, true, "lapeetelasavo.com. Ylläpitäjä kuvitteellinen."},
	{"puuhala", "Kohtaamispaikka Puuhala", "Puuhala", "municipality", "mantyharju", []string{"mantyharju"}, false, true, "Mäntyharjun avoin kohtaamispaikka (lapeetelasavo.com)."},
	{"mll-kahvila-savonlinna", "MLL:n perhekahvila Savonlinna", "MLL:n perhekahvila", "ngo", "mll", []string{"savonlinna"}, false, true, "Kuvitteellinen."},
}

// sampleContacts are clearly fictitious people. Parties left out on
// purpose: Puumala and Pertunmaa (rule R5).
var sampleContacts = map[string][][2]string{
	"juva":                {{"Jaana Juvalainen", "varhaiskasvatusjohtaja"}},
	"kangasniemi":         {{"Kalle Kuvitteellinen", "sivistysjohtaja"}},
	"mikkeli":             {{"Maija Esimerkki", "perhekeskuskoordinaattori"}, {"Matti Meikäläinen", "varhaiskasvatusjohtaja"}},
	"mantyharju":          {{"Mervi Mallikas", "hyvinvointikoordinaattori"}},
	"pieksamaki":          {{"Pekka Pseudonyymi", "sivistysjohtaja"}},
	"rantasalmi":          {{"Riikka Roolihahmo", "vapaa-aikasihteeri"}},
	"savonlinna":          {{"Sanna Satunen", "perhepalvelujen päällikkö"}},
	"essote":              {{"Essi Esimerkki", "perhekeskuspalvelujen johtaja"}, {"Elias Esimerkki", "johtava sosiaalityöntekijä"}},
	"sosteri":             {{"Sami Sepitetty", "lapsiperhepalvelujen päällikkö"}},
	"terveystalo":         {{"Tiina Testaaja", "palvelupäällikkö"}},
	"mikkelin-srk":        {{"Mikko Mallinen", "perhetyön pastori"}},
	"savonlinnan-srk":     {{"Saara Sepitetty", "lapsityönohjaaja"}},
	"mll":                 {{"Liisa Lastensuojelu", "perhetoiminnan suunnittelija"}},
	"viola":               {{"Veera Väliaikainen", "toiminnanjohtaja"}},
	"essote-neuvola":      {{"Noora Neuvolainen", "osastonhoitaja"}},
	"essote-perheneuvola": {{"Paavo Perheinen", "psykologi"}},
	"koppa":               {{"Kaisa Kohtaaja", "koordinaattori"}},
}

// ascii turns a Finnish name into an email's local part.
func ascii(s string) string {
	return strings.NewReplacer("ä", "a", "ö", "o", "å", "a", "Ä", "a", "Ö", "o", " ", ".").Replace(strings.ToLower(s))
}

// sampleTies: from, to, kind, strength, contacts (by owner and number),
// status, since, until. Illustrative.
var sampleTies = []struct {
	from, to, kind string
	strength       int
	contacts       []string
	status, until  string
}{
	{"essote", "mikkeli", "joint", 3, []string{"essote-1", "mikkeli-1"}, "", ""},
	{"mikkeli", "essote", "funding", 3, nil, "", ""},
	{"essote", "kangasniemi", "joint", 2, []string{"essote-1"}, "", ""},
	{"essote", "mantyharju", "joint", 2, []string{"essote-1"}, "", ""},
	{"essote", "pertunmaa", "joint", 1, nil, "", ""},
	{"essote", "puumala", "joint", 1, nil, "", ""},
	{"essote", "juva", "joint", 2, []string{"essote-1", "juva-1"}, "", ""},
	{"essote", "pieksamaki", "joint", 2, []string{"essote-2"}, "", ""},
	{"essote", "hirvensalmi", "joint", 1, nil, "", ""},
	{"sosteri", "savonlinna", "joint", 3, []string{"sosteri-1", "savonlinna-1"}, "", ""},
	{"sosteri", "rantasalmi", "joint", 1, []string{"sosteri-1"}, "", ""},
	{"sosteri", "enonkoski", "joint", 1, nil, "", ""},
	{"rantasalmi", "terveystalo", "purchase", 3, []string{"rantasalmi-1", "terveystalo-1"}, "", "2020-12-31"},
	{"essote", "sosteri", "information", 1, []string{"essote-1"}, "", ""},
	{"essote", "sosteri", "joint", 2, nil, "planned", ""},
	{"essote-neuvola", "mikkeli-vaka", "joint", 2, []string{"essote-neuvola-1", "mikkeli-2"}, "", ""},
	{"essote-neuvola", "mll", "information", 2, []string{"essote-neuvola-1"}, "", ""},
	{"essote-neuvola", "perhetalo", "joint", 2, []string{"essote-neuvola-1"}, "", ""},
	{"essote-neuvola", "puuhala", "outreach", 1, []string{"essote-neuvola-1"}, "", ""},
	{"essote-perheneuvola", "koppa", "consultation", 2, []string{"essote-perheneuvola-1"}, "", ""},
	{"essote-psykiatria", "essote-perheneuvola", "consultation", 2, nil, "", ""},
	{"essote-psykiatria", "mikkeli-vaka", "consultation", 1, nil, "", ""},
	{"essote-perheneuvola", "viola", "referral", 2, []string{"essote-perheneuvola-1", "viola-1"}, "", ""},
	{"sosteri-neuvola", "savonlinnan-srk", "joint", 1, []string{"savonlinnan-srk-1"}, "", ""},
	{"sosteri-neuvola", "sosteri", "information", 2, nil, "", ""},
	{"savonlinna-nuoriso", "sosteri", "referral", 1, nil, "", ""},
	{"savonlinnan-srk", "savonlinna", "joint", 2, []string{"savonlinnan-srk-1", "savonlinna-1"}, "", ""},
	{"savonlinnan-srk", "savonlinna-nuoriso", "joint", 1, []string{"savonlinnan-srk-1"}, "", ""},
	{"mikkelin-srk", "perhetalo", "premises", 2, []string{"mikkelin-srk-1"}, "", ""},
	{"mikkelin-srk", "koppa", "joint", 2, []string{"mikkelin-srk-1", "koppa-1"}, "", ""},
	{"mikkelin-srk", "mikkeli", "joint", 1, []string{"mikkelin-srk-1"}, "", ""},
	{"mll", "koppa", "joint", 2, []string{"mll-1", "koppa-1"}, "", ""},
	{"mll", "puuhala", "joint", 2, []string{"mll-1"}, "", ""},
	{"mll", "mll-kahvila-savonlinna", "joint", 3, []string{"mll-1"}, "", ""},
	{"mll", "perhetalo", "joint", 2, []string{"mll-1"}, "", ""},
	{"mikkeli", "mll", "funding", 1, nil, "", ""},
	{"mll-kahvila-savonlinna", "savonlinnan-srk", "premises", 1, nil, "", ""},
	{"viola", "koppa", "joint", 3, []string{"viola-1", "koppa-1"}, "", ""},
	{"viola", "koppa", "premises", 1, []string{"koppa-1"}, "", ""},
	{"mikkeli", "viola", "funding", 1, nil, "", ""},
	{"sosteri", "viola", "referral", 1, nil, "wished", ""},
	{"kela", "essote", "information", 1, nil, "", ""},
	{"kela", "sosteri", "information", 1, nil, "", ""},
	{"puuhala", "mantyharju", "premises", 3, []string{"mantyharju-1"}, "", ""},
	{"perhetalo", "mikkeli", "premises", 3, []string{"mikkeli-1"}, "", ""},
	{"mikkeli-vaka", "perhetalo", "joint", 2, []string{"mikkeli-2"}, "", ""},
	{"juva", "mll", "joint", 1, []string{"juva-1", "mll-1"}, "", ""},
	{"pieksamaki", "mll", "joint", 1, []string{"pieksamaki-1"}, "", ""},
	{"pieksamaki", "viola", "funding", 1, nil, "", ""},
	{"kangasniemi", "mikkelin-srk", "premises", 1, nil, "", ""},
}

// Sample returns the embedded sample workspace, a fresh copy on every call:
// the Etelä-Savo family-centre network of the 2020–2021 cooperation
// agreement (seeds 000 and 003), with illustrative ties, people and
// services as its description says.
func Sample() *Workspace {
	ws := New("Etelä-Savon perhekeskusverkosto (esimerkki)")
	ws.Region = "Etelä-Savo"
	ws.Description = sampleDescription
	for _, m := range sampleMunicipalities {
		ws.Vocab.Municipalities = append(ws.Vocab.Municipalities, graph.Term{Code: m.code, FI: m.fi, SV: m.sv, EN: m.fi,
			Source: "Etelä-Savo from 2021: the nine agreement parties and three others (DOMAIN.md, seed 003)"})
	}

	contacts := func(id string) []graph.Contact {
		var out []graph.Contact
		for i, c := range sampleContacts[id] {
			out = append(out, graph.Contact{ID: fmt.Sprintf("%s-%d", id, i+1), Name: c[0], Role: c[1],
				Email: ascii(c[0]) + "@example.org", Phone: fmt.Sprintf("+358 40 000 %02d%02d", len(ws.Actors), i+1)})
		}
		return out
	}
	var parties []string
	for _, m := range sampleMunicipalities {
		p := samplePositions[m.code]
		a := &graph.Actor{ID: m.code, Name: sampleMunicipalityNames[m.code], Sector: "municipality",
			Municipalities: []string{m.code}, X: p[0], Y: p[1], Status: graph.StatusCandidate,
			Notes: "Ei allekirjoittanut vuosien 2020–2021 yhteistyösopimusta."}
		if m.party {
			a.Status, a.Since, a.Notes = graph.StatusCore, "2020-01-01", ""
			parties = append(parties, m.code)
		}
		a.Contacts = contacts(m.code)
		ws.Actors = append(ws.Actors, a)
	}
	for _, s := range sampleActors {
		a := &graph.Actor{ID: s.id, Name: s.name, ShortName: s.short, Sector: s.sector, Parent: s.parent,
			Municipalities: append([]string(nil), s.municipalities...), MeetingPlace: s.meetingPlace,
			X: samplePositions[s.id][0], Y: samplePositions[s.id][1], Status: graph.StatusPartner, Notes: s.notes}
		if s.party {
			a.Status, a.Since = graph.StatusCore, "2020-01-01"
			parties = append(parties, s.id)
		}
		if s.id == "terveystalo" {
			a.Until = "2020-12-31"
		}
		a.Contacts = contacts(s.id)
		ws.Actors = append(ws.Actors, a)
	}

	for i, t := range sampleTies {
		kind, _ := graph.Find(ws.Vocab.TieKinds, t.kind)
		ws.Ties = append(ws.Ties, &graph.Tie{ID: fmt.Sprintf("t%d", i+1), From: t.from, To: t.to, Kind: t.kind,
			Directed: kind.Direction == "directed", Strength: t.strength, Status: t.status, Until: graph.Date(t.until),
			Contacts: append([]string(nil), t.contacts...)})
	}

	agreement := &graph.Group{ID: "sopimus-2020", Kind: "agreement", Level: "maakunta",
		Name:    "Yhteistyösopimus Etelä-Savon yhteen sovitettavaan perhekeskustoimintaan 2020–2021",
		Purpose: "Yhteen sovitettavan perhekeskustoiminnan tavoitteet, toimenpiteet ja sopijapuolten roolit."}
	for _, p := range parties {
		m := graph.Membership{Actor: p, Role: "sopijaosapuoli", Since: "2020-01-01", Until: "2021-12-31"}
		if p == "terveystalo" {
			m.Until = "2020-12-31"
		}
		agreement.Members = append(agreement.Members, m)
	}
	// The leadership group: every party should name a representative;
	// Pertunmaa and Viola ry are left out on purpose (rule R3).
	leadership := &graph.Group{ID: "johtoryhma", Kind: "leadership", Level: "maakunta", MeetingsPerYear: 4, Coordinator: "essote",
		Name:    "Etelä-Savon lasten, nuorten ja perheiden johtoryhmä",
		Purpose: "Maakunnallisen perhekeskustoiminnan johtaminen; kokoontuu säännöllisesti, vähintään neljä kertaa vuodessa."}
	for _, p := range parties {
		if p == "pertunmaa" || p == "viola" {
			continue
		}
		m := graph.Membership{Actor: p, Role: "jäsen", Since: "2020-01-01"}
		if p == "essote" {
			m.Role = "puheenjohtaja"
		}
		if p == "terveystalo" {
			m.Until = "2020-12-31"
		}
		if cs := sampleContacts[p]; len(cs) > 0 {
			m.Representative = p + "-1"
		}
		leadership.Members = append(leadership.Members, m)
	}
	seats := func(ids ...string) []graph.Membership {
		var out []graph.Membership
		for _, id := range ids {
			out = append(out, graph.Membership{Actor: id, Role: "jäsen", Since: "2020-01-01"})
		}
		return out
	}
	// Two forums with nearly the same members (seed 002): illustrative.
	meetingPlaces := &graph.Group{ID: "kohtaamispaikkaverkosto", Kind: "meeting_place_network", Level: "seutu", MeetingsPerYear: 6, Coordinator: "mll",
		Name: "Mikkelin seudun kohtaamispaikkaverkosto", Members: seats("koppa", "perhetalo", "puuhala", "mll", "mikkelin-srk")}
	separation := &graph.Group{ID: "eroauttaminen", Kind: "working_group", Level: "seutu", MeetingsPerYear: 10, Coordinator: "viola",
		Name: "Eroauttamisen työryhmä", Members: seats("koppa", "perhetalo", "puuhala", "mll", "mikkelin-srk", "viola")}
	ws.Groups = []*graph.Group{agreement, leadership, meetingPlaces, separation}

	ws.Services = sampleServices()
	return ws
}

func sampleServices() []*graph.Service {
	var out []*graph.Service
	add := func(id, name, mode string, providers, tasks, stages, places []string) {
		out = append(out, &graph.Service{ID: id, Name: name, Mode: mode, Providers: providers, Tasks: tasks, LifeStages: stages, Municipalities: places})
	}
	// Perheneuvo: municipal advice for families in seven municipalities
	// (public); which seven is illustrative.
	for _, m := range []string{"mikkeli", "juva", "kangasniemi", "mantyharju", "pieksamaki", "rantasalmi", "savonlinna"} {
		add("perheneuvo-"+m, "Perheneuvo ("+sampleMunicipalityNames[m]+")", "individual", []string{m},
			[]string{"parenting"}, []string{"family"}, []string{m})
	}
	add("eron-ensiapupiste-mikkeli", "Eron ensiapupiste, Mikkeli", "individual", []string{"koppa", "viola"}, []string{"separation"}, []string{"family"}, []string{"mikkeli"})
	add("eron-ensiapupiste-savonlinna", "Eron ensiapupiste, Savonlinna", "individual", []string{"savonlinnan-srk"}, []string{"separation"}, []string{"family"}, []string{"savonlinna"})
	add("puuhala-avoin", "Puuhalan avoin toiminta", "meeting_place", []string{"puuhala"}, []string{"peer"}, []string{"baby", "early", "family"}, []string{"mantyharju"})
	add("koppa-avoin", "Kopan avoin kohtaamispaikka", "meeting_place", []string{"koppa"}, []string{"peer"}, []string{"family"}, []string{"mikkeli"})
	add("perhekahvila-juva", "MLL:n perhekahvila, Juva", "meeting_place", []string{"mll"}, []string{"peer", "parenting"}, []string{"baby", "early"}, []string{"juva"})
	add("kohtaamispaikka-pieksamaki", "Pieksämäen avoin kohtaamispaikka", "meeting_place", []string{"pieksamaki"}, []string{"peer"}, []string{"baby", "early"}, []string{"pieksamaki"})
	add("kohtaamispaikka-kangasniemi", "Kangasniemen perheiden olohuone", "meeting_place", []string{"kangasniemi"}, []string{"peer"}, []string{"baby", "early"}, []string{"kangasniemi"})
	add("perhekahvila-savonlinna", "MLL:n perhekahvila, Savonlinna", "meeting_place", []string{"mll-kahvila-savonlinna"}, []string{"peer", "parenting"}, []string{"baby", "early"}, []string{"savonlinna"})
	add("neuvola-essote", "Äitiys- ja lastenneuvola (Essote)", "individual", []string{"essote-neuvola"}, []string{"growth", "parenting"}, []string{"expecting", "baby", "early"}, essoteArea)
	add("neuvola-sosteri", "Lastenneuvola (Sosteri)", "individual", []string{"sosteri-neuvola"}, []string{"growth", "parenting"}, []string{"expecting", "baby", "early"}, sosteriArea)
	add("vauvaperhetoiminta-mikkeli", "Vauvaperhetoiminta (Perhetalo)", "group", []string{"mikkelin-srk"}, []string{"parenting", "peer"}, []string{"baby"}, []string{"mikkeli"})
	add("perhekahvila-mikkeli", "MLL:n vauvakahvila, Mikkeli", "group", []string{"mll"}, []string{"parenting", "peer"}, []string{"baby"}, []string{"mikkeli"})
	add("perheneuvola", "Kasvatus- ja perheneuvonta", "individual", []string{"essote-perheneuvola"}, []string{"psychosocial", "couple", "separation"}, []string{"primary", "lower_secondary", "family"}, essoteArea)
	add("nuorisopsykiatria", "Lasten- ja nuorisopsykiatrian konsultaatiot", "outreach", []string{"essote-psykiatria"}, []string{"psychosocial"}, []string{"primary", "lower_secondary", "youth"}, essoteArea)
	add("viola-tuki", "Väkivaltatyön tuki perheille", "individual", []string{"viola"}, []string{"violence"}, []string{"family"}, []string{"mikkeli", "pieksamaki", "savonlinna"})
	add("perhekerhot-savonlinna", "Seurakunnan perhekerhot", "group", []string{"savonlinnan-srk"}, []string{"peer"}, []string{"early"}, []string{"savonlinna"})
	add("nuorisotilat-savonlinna", "Nuorisotilat", "group", []string{"savonlinna-nuoriso"}, []string{"peer", "psychosocial"}, []string{"lower_secondary", "youth"}, []string{"savonlinna"})
	add("lapeet-chat", "Lapsiperheiden neuvontachat", "digital", []string{"essote"}, []string{"parenting", "psychosocial"}, []string{"family"}, essoteArea)
	add("kela-etuudet", "Lapsiperheiden etuudet ja neuvonta", "individual", []string{"kela"}, nil, []string{"expecting", "baby", "family"}, nil)
	return out
}
