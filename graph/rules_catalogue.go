package graph

import (
	"slices"
	"strings"
)

// The rules catalogue of DOMAIN.md. Each rule is applicable only when the
// network records what it is about (municipalities of the region, an
// agreement, a leadership group …), so a bare ties table is not failed for
// lacking a leadership group.
var catalogue = []*Rule{
	{
		ID:     "R1",
		Title:  Text{FI: "Jokaisessa kunnassa on vähintään yksi avoin kohtaamispaikka", SV: "Varje kommun har minst en öppen mötesplats", EN: "Every municipality has at least one open meeting place"},
		Source: "Seed 003: Etelä-Savo cooperation agreement",
		Params: []Param{{Name: "min", Default: "1", Doc: Text{FI: "kohtaamispaikkoja vähintään", SV: "minsta antal mötesplatser", EN: "minimum number of meeting places"}}},
		check: func(c *ruleContext) (bool, []Finding) {
			if len(c.n.Vocab.Municipalities) == 0 {
				return false, nil
			}
			count := map[string]int{}
			for _, a := range c.n.Actors {
				if a.MeetingPlace && c.active(a) {
					for _, m := range a.Municipalities {
						count[m]++
					}
				}
			}
			for _, s := range c.n.Services {
				if s.Mode == "meeting_place" {
					for _, m := range s.Municipalities {
						count[m]++
					}
				}
			}
			var out []Finding
			for _, m := range c.n.Vocab.Municipalities {
				if float64(count[m.Code]) < c.number("min") {
					out = append(out, fail(m.Code, Text{
						FI: m.Label("fi") + ": ei avointa kohtaamispaikkaa",
						SV: m.Label("sv") + ": ingen öppen mötesplats",
						EN: m.Label("en") + ": no open meeting place",
					}))
				}
			}
			return true, out
		},
	},
	{
		ID:     "R2",
		Title:  Text{FI: "Jokaisella kohtaamispaikalla on yhteys perhekeskuksen sote- tai sivistyspalveluun", SV: "Varje mötesplats har en relation till familjecentrets social- och hälsovård eller bildningstjänster", EN: "Every meeting place has a tie to a family-centre social, health or education service"},
		Source: "THL meeting-place quality criterion: integration with family-centre services",
		Params: []Param{{Name: "sectors", Default: "sote,education", Doc: Text{FI: "palvelusektorit", SV: "tjänstesektorer", EN: "service sectors"}}},
		check: func(c *ruleContext) (bool, []Finding) {
			var out []Finding
			applies := false
			for _, a := range c.n.Actors {
				if !a.MeetingPlace || !c.active(a) {
					continue
				}
				applies = true
				if !c.tiedToSector(a, c.list("sectors"), nil) {
					out = append(out, fail(a.ID, Text{
						FI: a.Name + ": ei yhteyttä sote- tai sivistyspalveluihin",
						SV: a.Name + ": ingen relation till social- och hälsovård eller bildningstjänster",
						EN: a.Name + ": no tie to social, health or education services",
					}))
				}
			}
			return applies, out
		},
	},
	{
		ID:     "R3",
		Title:  Text{FI: "Jokaisella sopijaosapuolella on edustaja johtoryhmässä", SV: "Varje avtalspart har en representant i ledningsgruppen", EN: "Every agreement party has a representative in the leadership group"},
		Source: "Seed 003: Etelä-Savo cooperation agreement",
		check: func(c *ruleContext) (bool, []Finding) {
			leaders := c.groups("leadership")
			parties := c.agreementParties()
			if len(leaders) == 0 || len(parties) == 0 {
				return false, nil
			}
			seated := map[string]bool{}
			for _, g := range leaders {
				for _, m := range g.ActiveMembers(c.day) {
					seated[m.Actor] = true
				}
			}
			var out []Finding
			for _, a := range parties {
				if !seated[a.ID] {
					out = append(out, fail(a.ID, Text{
						FI: a.Name + ": ei edustajaa johtoryhmässä",
						SV: a.Name + ": ingen representant i ledningsgruppen",
						EN: a.Name + ": no representative in the leadership group",
					}))
				}
			}
			return true, out
		},
	},
	{
		ID:     "R4",
		Title:  Text{FI: "Johtoryhmä kokoontuu vähintään neljä kertaa vuodessa", SV: "Ledningsgruppen sammanträder minst fyra gånger per år", EN: "The leadership group meets at least four times a year"},
		Source: "Seed 003: Etelä-Savo cooperation agreement",
		Params: []Param{{Name: "min_meetings", Default: "4", Doc: Text{FI: "kokouksia vuodessa vähintään", SV: "minsta antal möten per år", EN: "minimum meetings a year"}}},
		check: func(c *ruleContext) (bool, []Finding) {
			leaders := c.groups("leadership")
			minimum := int(c.number("min_meetings"))
			var out []Finding
			for _, g := range leaders {
				if g.MeetingsPerYear < minimum {
					out = append(out, fail(g.ID, textf(
						"%s: %d kokousta vuodessa, vähintään %d", "%s: %d möten per år, minst %d", "%s: %d meetings a year, at least %d",
						g.Name, g.MeetingsPerYear, minimum)))
				}
			}
			return len(leaders) > 0, out
		},
	},
	{
		ID:     "R5",
		Title:  Text{FI: "Jokainen osapuoli ja jäsen on nimennyt yhteyshenkilön", SV: "Varje part och medlem har utsett en kontaktperson", EN: "Every party and member names a contact person"},
		Source: "Seeds 002 and 003",
		check: func(c *ruleContext) (bool, []Finding) {
			parties := map[string]bool{}
			for _, a := range c.agreementParties() {
				parties[a.ID] = true
			}
			var out []Finding
			applies := false
			for _, a := range c.n.Actors {
				if !c.active(a) || !(parties[a.ID] || a.Status == StatusCore || a.Status == StatusMember) {
					continue
				}
				applies = true
				if len(a.Contacts) == 0 {
					out = append(out, fail(a.ID, Text{
						FI: a.Name + ": ei yhteyshenkilöä",
						SV: a.Name + ": ingen kontaktperson",
						EN: a.Name + ": no contact person",
					}))
				}
			}
			return applies, out
		},
	},
	{
		ID:     "R6",
		Title:  Text{FI: "Jokainen alueen kunta on sopijaosapuoli tai jäsen", SV: "Varje kommun i regionen är avtalspart eller medlem", EN: "Every municipality of the region is an agreement party or member"},
		Source: "Seed 000: \"lähes kaikki\" municipalities signed",
		check: func(c *ruleContext) (bool, []Finding) {
			if len(c.n.Vocab.Municipalities) == 0 {
				return false, nil
			}
			parties := map[string]bool{}
			for _, a := range c.agreementParties() {
				parties[a.ID] = true
			}
			in := map[string]bool{}
			for _, a := range c.n.Actors {
				if a.Sector != "municipality" || !c.active(a) {
					continue
				}
				if parties[a.ID] || a.Status == StatusCore || a.Status == StatusMember {
					for _, m := range a.Municipalities {
						in[m] = true
					}
				}
			}
			var out []Finding
			for _, m := range c.n.Vocab.Municipalities {
				if !in[m.Code] {
					out = append(out, fail(m.Code, Text{
						FI: m.Label("fi") + ": kunta ei ole sopijaosapuoli eikä jäsen",
						SV: m.Label("sv") + ": kommunen är varken avtalspart eller medlem",
						EN: m.Label("en") + ": the municipality is neither a party nor a member",
					}))
				}
			}
			return true, out
		},
	},
	{
		ID:     "R7",
		Title:  Text{FI: "Jokaisessa ohjaavassa ryhmässä on jäseniä sote-, sivistys-, järjestö- ja seurakuntasektorilta", SV: "Varje styrande organ har medlemmar från social- och hälsovård, bildning, organisationer och församlingar", EN: "Every steering body has members from sote, education, NGO and parish sectors"},
		Source: "Pirkanmaa pilot: actors equally represented at all three levels of leadership",
		Params: []Param{{Name: "sectors", Default: "sote,education|municipality,ngo,parish", Doc: Text{FI: "vaaditut sektorit (a|b = jompikumpi)", SV: "krävda sektorer (a|b = någon av dem)", EN: "required sectors (a|b = either)"}}},
		check: func(c *ruleContext) (bool, []Finding) {
			bodies := c.groups("leadership", "steering")
			var out []Finding
			for _, g := range bodies {
				present := map[string]bool{}
				for _, m := range g.ActiveMembers(c.day) {
					if a := c.n.Actor(m.Actor); a != nil {
						present[a.Sector] = true
					}
				}
				for _, alt := range c.alternatives("sectors") {
					if slices.ContainsFunc(alt, func(s string) bool { return present[s] }) {
						continue
					}
					var terms []Term
					for _, s := range alt {
						terms = append(terms, c.sector(s))
					}
					out = append(out, fail(g.ID, Text{
						FI: g.Name + ": ei jäsentä sektorilta " + labels(terms, "fi"),
						SV: g.Name + ": ingen medlem från sektorn " + labels(terms, "sv"),
						EN: g.Name + ": no member from the sector " + labels(terms, "en"),
					}))
				}
			}
			return len(bodies) > 0, out
		},
	},
	{
		ID:     "R8",
		Title:  Text{FI: "Jokaisella perhekeskuksen tehtävällä on tarjoaja jokaisessa kunnassa", SV: "Varje uppgift i familjecentret har en aktör i varje kommun", EN: "Every family-centre task has a provider in every municipality"},
		Source: "THL: tasks first, then network the services [inferred]",
		check: func(c *ruleContext) (bool, []Finding) {
			cov := CoverageMatrix(c.n, c.day, "")
			if len(cov.Municipalities) == 0 || len(Offers(c.n, c.day)) == 0 {
				return false, nil
			}
			var out []Finding
			for i, row := range cov.Cells {
				task := Term{Code: cov.Tasks[i]}
				if t, ok := Find(c.n.Vocab.Tasks, cov.Tasks[i]); ok {
					task = t
				}
				for j, cell := range row {
					m := c.municipality(cov.Municipalities[j])
					subject := task.Code + "@" + m.Code
					switch {
					case len(cell.Providers) == 0:
						out = append(out, fail(subject, Text{
							FI: m.Label("fi") + ", " + strings.ToLower(task.Label("fi")) + ": ei tarjoajaa",
							SV: m.Label("sv") + ", " + strings.ToLower(task.Label("sv")) + ": ingen aktör",
							EN: m.Label("en") + ", " + strings.ToLower(task.Label("en")) + ": no provider",
						}))
					case len(cell.Providers) == 1:
						out = append(out, warn(subject, Text{
							FI: m.Label("fi") + ", " + strings.ToLower(task.Label("fi")) + ": vain yksi tarjoaja",
							SV: m.Label("sv") + ", " + strings.ToLower(task.Label("sv")) + ": bara en aktör",
							EN: m.Label("en") + ", " + strings.ToLower(task.Label("en")) + ": only one provider",
						}))
					case len(cell.Sectors) == 1:
						out = append(out, warn(subject, Text{
							FI: m.Label("fi") + ", " + strings.ToLower(task.Label("fi")) + ": vain yksi sektori",
							SV: m.Label("sv") + ", " + strings.ToLower(task.Label("sv")) + ": bara en sektor",
							EN: m.Label("en") + ", " + strings.ToLower(task.Label("en")) + ": only one sector",
						}))
					}
				}
			}
			return true, out
		},
	},
	{
		ID:     "R9",
		Title:  Text{FI: "Ei irrallisia toimijoita; jokaisella järjestöllä ja seurakunnalla on yhteys julkiseen palveluun", SV: "Inga isolerade aktörer; varje organisation och församling har en relation till en offentlig tjänst", EN: "No isolated actors; every NGO and parish has a tie to a public service"},
		Source: "DOMAIN.md rules catalogue [inferred]",
		Params: []Param{
			{Name: "third_sector", Default: "ngo,parish,religious", Doc: Text{FI: "järjestö- ja seurakuntasektorit", SV: "organisations- och församlingssektorer", EN: "NGO and parish sectors"}},
			{Name: "public", Default: "sote,special,education,municipality,kela,state", Doc: Text{FI: "julkiset sektorit", SV: "offentliga sektorer", EN: "public sectors"}},
		},
		check: func(c *ruleContext) (bool, []Finding) {
			deg := Degree(c.view)
			var out []Finding
			for i, a := range c.view.Actors {
				if !c.active(a) {
					continue
				}
				if deg[i] == 0 {
					out = append(out, fail(a.ID, Text{
						FI: a.Name + ": ei yhteyksiä muihin toimijoihin",
						SV: a.Name + ": inga relationer till andra aktörer",
						EN: a.Name + ": no ties to other actors",
					}))
					continue
				}
				if slices.Contains(c.list("third_sector"), a.Sector) && !c.tiedToSector(a, c.list("public"), nil) {
					out = append(out, fail(a.ID, Text{
						FI: a.Name + ": ei yhteyttä julkisiin palveluihin",
						SV: a.Name + ": ingen relation till offentliga tjänster",
						EN: a.Name + ": no tie to public services",
					}))
				}
			}
			return len(c.n.Actors) > 0, out
		},
	},
	{
		ID:     "R10",
		Title:  Text{FI: "Mikään yhteys tai sektoreiden välinen yhteys ei ole yhden henkilön varassa", SV: "Ingen relation eller förbindelse mellan sektorer vilar på en enda person", EN: "No tie or sector-to-sector link rests on a single contact person"},
		Source: "Seed 000: cooperation must not rest on single individuals",
		check: func(c *ruleContext) (bool, []Finding) {
			var out []Finding
			applies := false
			for _, t := range c.view.CountedTies() {
				if len(t.Contacts) > 0 {
					applies = true
				}
			}
			name := func(id string) string {
				if a := c.n.Actor(id); a != nil {
					return a.Name
				}
				return id
			}
			for _, s := range SinglePersonTies(c.view) {
				out = append(out, fail(s.Tie.ID, textf("%s – %s: yhteys on yhden yhteyshenkilön varassa", "%s – %s: relationen vilar på en kontaktperson", "%s – %s: the tie rests on one contact person",
					name(s.Tie.From), name(s.Tie.To))))
			}
			for _, l := range FragileSectorLinks(c.view) {
				if len(l.Contacts) == 1 && len(l.Ties) > 1 {
					a, b := c.sector(l.From), c.sector(l.To)
					out = append(out, fail(l.From+"~"+l.To, Text{
						FI: a.Label("fi") + " – " + b.Label("fi") + ": sektoreiden yhteydet ovat yhden henkilön varassa",
						SV: a.Label("sv") + " – " + b.Label("sv") + ": förbindelserna mellan sektorerna vilar på en person",
						EN: a.Label("en") + " – " + b.Label("en") + ": the links between the sectors rest on one person",
					}))
				}
			}
			return applies, out
		},
	},
	{
		ID:     "R11",
		Title:  Text{FI: "Erityispalveluilla on konsultaatio- tai jalkautumisyhteys peruspalveluihin", SV: "Specialtjänsterna har konsultation eller uppsökande arbete mot bastjänsterna", EN: "Specialised services have consultation or outreach ties to basic services"},
		Source: "THL: specialised expertise is offered as consultation",
		Params: []Param{
			{Name: "kinds", Default: "consultation,outreach", Doc: Text{FI: "yhteystyypit", SV: "relationstyper", EN: "tie kinds"}},
			{Name: "basic", Default: "sote,education,municipality", Doc: Text{FI: "peruspalveluiden sektorit", SV: "bastjänsternas sektorer", EN: "basic-service sectors"}},
		},
		check: func(c *ruleContext) (bool, []Finding) {
			var out []Finding
			applies := false
			for _, a := range c.n.Actors {
				if a.Sector != "special" || !c.active(a) {
					continue
				}
				applies = true
				if !c.tiedToSector(a, c.list("basic"), c.list("kinds")) {
					out = append(out, fail(a.ID, Text{
						FI: a.Name + ": ei konsultaatio- tai jalkautumisyhteyttä peruspalveluihin",
						SV: a.Name + ": ingen konsultation eller uppsökande arbete mot bastjänsterna",
						EN: a.Name + ": no consultation or outreach tie to basic services",
					}))
				}
			}
			return applies, out
		},
	},
	{
		ID:     "R12",
		Title:  Text{FI: "Verkoston toimijat kattavat kaikki THL:n kahdeksan perhekeskuksen palvelukokonaisuutta", SV: "Nätverkets aktörer täcker alla THL:s åtta delområden i familjecentret", EN: "The network's actors cover all eight THL service components"},
		Source: "THL perhekeskus page: the eight service components",
		check: func(c *ruleContext) (bool, []Finding) {
			if len(c.n.Actors) == 0 {
				return false, nil
			}
			have := map[int]bool{}
			for _, a := range c.n.Actors {
				if !c.active(a) {
					continue
				}
				for i, comp := range thlComponents {
					if slices.Contains(comp.sectors, a.Sector) || (comp.meetingPlace && a.MeetingPlace) {
						have[i] = true
					}
				}
			}
			for _, s := range c.n.Services {
				for i, comp := range thlComponents {
					if slices.Contains(comp.modes, s.Mode) {
						have[i] = true
					}
				}
			}
			var out []Finding
			for i, comp := range thlComponents {
				if !have[i] {
					out = append(out, fail(comp.code, Text{
						FI: "Puuttuu: " + comp.name.FI,
						SV: "Saknas: " + comp.name.SV,
						EN: "Missing: " + comp.name.EN,
					}))
				}
			}
			return true, out
		},
	},
}

// thlComponents are the eight family-centre service components of THL
// (DOMAIN.md) and the sectors, flags and service modes that provide them.
var thlComponents = []struct {
	code         string
	name         Text
	sectors      []string
	modes        []string
	meetingPlace bool
}{
	{"sote", Text{FI: "lasten, nuorten ja perheiden sosiaali- ja terveyspalvelut", SV: "social- och hälsovårdstjänster för barn, unga och familjer", EN: "social and health services for children, young people and families"}, []string{"sote"}, nil, false},
	{"special", Text{FI: "erityis- ja vaativan tason palvelut", SV: "special- och krävande tjänster", EN: "specialised and demanding services"}, []string{"special"}, nil, false},
	{"education", Text{FI: "sivistystoimi sekä kuntien muut palvelut", SV: "bildningsväsendet och kommunernas övriga tjänster", EN: "education and other municipal services"}, []string{"education"}, nil, false},
	{"wellbeing", Text{FI: "kuntien terveyttä ja hyvinvointia edistävä toiminta", SV: "kommunernas hälso- och välfärdsfrämjande verksamhet", EN: "municipal health and wellbeing promotion"}, []string{"municipality"}, nil, false},
	{"third_sector", Text{FI: "järjestöjen ja seurakuntien toiminta ja palvelut", SV: "organisationers och församlingars verksamhet och tjänster", EN: "NGO and parish activities and services"}, []string{"ngo", "parish", "religious"}, nil, false},
	{"kela", Text{FI: "Kelan etuudet", SV: "FPA:s förmåner", EN: "Kela benefits"}, []string{"kela"}, nil, false},
	{"meeting_places", Text{FI: "avoin kohtaamispaikkatoiminta", SV: "öppen mötesplatsverksamhet", EN: "open meeting places"}, nil, []string{"meeting_place"}, true},
	{"digital", Text{FI: "sähköiset palvelut", SV: "elektroniska tjänster", EN: "electronic services"}, nil, []string{"digital"}, false},
}
