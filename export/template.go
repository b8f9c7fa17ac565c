package export

import (
	"fmt"
	"strings"

	"github.com/verkostokartta/verkostokartta/graph"
	"github.com/verkostokartta/verkostokartta/internal/fsutil"
)

// templateNetwork is the example a template workbook shows: a few rows of
// each sheet, fictitious people, so that a facilitator sees what goes where.
func templateNetwork() *graph.Network {
	n := &graph.Network{Vocab: graph.DefaultVocabularies()}
	n.Actors = []*graph.Actor{
		{ID: "kunta", Name: "Esimerkin kunta", Sector: "municipality", Municipalities: []string{"Esimerkki"}, Status: graph.StatusCore,
			Contacts: []graph.Contact{{ID: "kunta-1", Name: "Maija Esimerkki", Role: "perhekeskuskoordinaattori", Email: "maija.esimerkki@example.org"}}},
		{ID: "neuvola", Name: "Esimerkin neuvola", ShortName: "Neuvola", Sector: "sote", Municipalities: []string{"Esimerkki"},
			Tasks: []string{"growth", "parenting"}, LifeStages: []string{"expecting", "baby", "early"}, Status: graph.StatusMember},
		{ID: "mll", Name: "MLL:n paikallisyhdistys", Sector: "ngo", Municipalities: []string{"Esimerkki"}, MeetingPlace: true, Status: graph.StatusPartner},
	}
	n.Vocab.Municipalities = []graph.Term{{Code: "Esimerkki", FI: "Esimerkki", SV: "Exempel", EN: "Example"}}
	n.Ties = []*graph.Tie{
		{ID: "t1", From: "kunta", To: "neuvola", Kind: "joint", Strength: 2, Contacts: []string{"kunta-1"}},
		{ID: "t2", From: "neuvola", To: "mll", Kind: "referral", Directed: true, Strength: 1},
	}
	n.Groups = []*graph.Group{{ID: "johtoryhma", Name: "Perhekeskuksen johtoryhmä", Kind: "leadership", MeetingsPerYear: 4,
		Members: []graph.Membership{{Actor: "kunta", Role: "puheenjohtaja", Since: "2025-01-01", Representative: "kunta-1"}, {Actor: "neuvola", Role: "jäsen"}}}}
	n.Services = []*graph.Service{{ID: "perhekahvila", Name: "Perhekahvila", Providers: []string{"mll"}, Tasks: []string{"peer"},
		LifeStages: []string{"baby", "early"}, Municipalities: []string{"Esimerkki"}, Mode: "meeting_place"}}
	return n
}

// Template returns a workbook to fill in: example rows on every sheet and
// a first sheet of instructions listing the codes each column accepts.
func Template(lang string) ([]byte, error) {
	v := graph.DefaultVocabularies()
	say := func(fi, en string) string {
		if lang == "fi" {
			return fi
		}
		return en
	}
	rows := [][]string{
		{say("Verkostokartan tuontipohja", "Verkostokartta import template")},
		{say("Täytä toimijat, yhteydet, ryhmät, jäsenyydet ja palvelut omille välilehdilleen. Rivit ovat esimerkkejä: korvaa ne.",
			"Fill in actors, ties, groups, memberships and services on their sheets. The rows are examples: replace them.")},
		{say("Koodisarakkeisiin käy koodi tai suomen-, ruotsin- tai englanninkielinen nimi. Useampi arvo puolipisteellä erotettuna.",
			"Code columns take a code or its Finnish, Swedish or English name. Several values separated by semicolons.")},
		{say("Päivämäärät muodossa 31.12.2025 tai 2025-12-31. Yhteydet ja jäsenyydet viittaavat toimijan tunnukseen tai nimeen.",
			"Dates as 31.12.2025 or 2025-12-31. Ties and memberships refer to an actor's id or name.")},
		{},
	}
	section := func(title string, terms []graph.Term) {
		rows = append(rows, []string{title, say("suomeksi", "Finnish"), say("ruotsiksi", "Swedish"), say("englanniksi", "English")})
		for _, t := range terms {
			rows = append(rows, []string{t.Code, t.FI, t.SV, t.EN})
		}
		rows = append(rows, []string{})
	}
	section(say("Sektori", "Sector"), v.Sectors)
	section(say("Yhteyden tyyppi", "Tie kind"), v.TieKinds)
	section(say("Tehtävä", "Task"), v.Tasks)
	section(say("Ikävaihe", "Life stage"), v.LifeStages)
	words := func(title string, codes []string, fi []string) {
		var terms []graph.Term
		for i, c := range codes {
			terms = append(terms, graph.Term{Code: c, FI: fi[i]})
		}
		section(title, terms)
	}
	words(say("Jäsenyys", "Membership status"), graph.MembershipStatuses, []string{"ydin", "jäsen", "kumppani", "ehdokas", "ulkopuolinen"})
	words(say("Yhteyden tila", "Tie status"), graph.TieStatuses, []string{"olemassa", "suunniteltu", "toivottu", "päättynyt"})
	words(say("Ryhmän tyyppi", "Group kind"), graph.GroupKinds, []string{"johtoryhmä", "ohjausryhmä", "työryhmä", "palvelukokonaisuus", "kohtaamispaikkaverkosto", "sopimus", "muu"})
	words(say("Palvelun muoto", "Service mode"), graph.ServiceModes, []string{"kohtaamispaikka", "ryhmä", "yksilö", "jalkautuva", "sähköinen"})
	rows = append(rows, []string{say("Henkilötiedot: yhteyshenkilöiden nimet, sähköpostit ja puhelinnumerot ovat henkilötietoja.",
		"Personal data: contact persons' names, emails and phones are personal data.")})
	return workbook(networkToTables(templateNetwork(), lang), rows)
}

// WriteTemplate writes the template workbook to path atomically.
func WriteTemplate(path, lang string) error {
	data, err := Template(lang)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if !strings.HasSuffix(strings.ToLower(path), ".xlsx") {
		return fmt.Errorf("%s: a template is an .xlsx workbook", path)
	}
	return fsutil.WriteFileAtomic(path, data)
}
