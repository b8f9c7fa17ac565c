package graph

// Term is one entry of a vocabulary: a stable code, labels in Finnish,
// Swedish and English, and a note on where the entry comes from.
type Term struct {
	Code   string `json:"code"`
	FI     string `json:"fi"`
	SV     string `json:"sv"`
	EN     string `json:"en"`
	Source string `json:"source,omitempty"`
	// Direction applies to tie kinds: "directed", "undirected" or "either".
	Direction string `json:"direction,omitempty"`
	// Colour applies to sectors: "#rrggbb" used on the map and in images.
	Colour string `json:"colour,omitempty"`
}

// Label returns the label in the given language ("fi", "sv", "en"),
// falling back to Finnish and then to the code.
func (t Term) Label(lang string) string {
	switch lang {
	case "sv":
		if t.SV != "" {
			return t.SV
		}
	case "en":
		if t.EN != "" {
			return t.EN
		}
	}
	if t.FI != "" {
		return t.FI
	}
	return t.Code
}

// Vocabularies are the workspace's editable code lists.
type Vocabularies struct {
	Sectors      []Term `json:"sectors"`
	TieKinds     []Term `json:"tie_kinds"`
	Tasks        []Term `json:"tasks"`
	LifeStages   []Term `json:"life_stages"`
	Perspectives []Term `json:"perspectives"`
	// Municipalities of the region the network serves.
	Municipalities []Term `json:"municipalities,omitempty"`
}

// Find returns the term with the given code in list, and whether it exists.
func Find(list []Term, code string) (Term, bool) {
	for _, t := range list {
		if t.Code == code {
			return t, true
		}
	}
	return Term{}, false
}

// SectorColour returns the sector's colour, or a neutral grey.
func (v *Vocabularies) SectorColour(code string) string {
	if t, ok := Find(v.Sectors, code); ok && t.Colour != "" {
		return t.Colour
	}
	return "#9e9e9e"
}

const (
	srcDomain = "DOMAIN.md default vocabulary"
	srcTHL    = "THL perhekeskus page (https://thl.fi/aiheet/lapset-nuoret-ja-perheet/sote-palvelut/perhekeskus)"
	srcTasks  = "Provisional: STM family-centre page; THL's task figure not verified"
	srcSeed4  = "Seed 004 (Pirkanmaa family-centre pilot)"
)

// DefaultVocabularies returns fresh copies of the default vocabularies of
// DOMAIN.md. Colours are a qualitative palette that stays distinguishable
// on a projector.
func DefaultVocabularies() Vocabularies {
	return Vocabularies{
		Sectors: []Term{
			{Code: "sote", FI: "Hyvinvointialue, sosiaali- ja terveyspalvelut", SV: "Välfärdsområde, social- och hälsovård", EN: "County social and health services", Source: srcTHL, Colour: "#1f77b4"},
			{Code: "special", FI: "Erityis- ja vaativan tason palvelut", SV: "Special- och krävande tjänster", EN: "Specialised services", Source: srcTHL, Colour: "#17becf"},
			{Code: "education", FI: "Kunta, sivistyspalvelut", SV: "Kommun, bildningstjänster", EN: "Municipal education, ECEC, youth, culture", Source: srcTHL, Colour: "#2ca02c"},
			{Code: "municipality", FI: "Kunta, muu", SV: "Kommun, övrigt", EN: "Municipality, other", Source: srcTHL, Colour: "#98df8a"},
			{Code: "ngo", FI: "Järjestö", SV: "Organisation", EN: "NGO", Source: srcTHL, Colour: "#ff7f0e"},
			{Code: "parish", FI: "Seurakunta", SV: "Församling", EN: "Parish", Source: srcTHL, Colour: "#9467bd"},
			{Code: "religious", FI: "Muu uskonnollinen yhteisö", SV: "Annat religiöst samfund", EN: "Other religious community", Source: srcTHL, Colour: "#c5b0d5"},
			{Code: "kela", FI: "Kela", SV: "FPA", EN: "Kela", Source: srcTHL, Colour: "#d62728"},
			{Code: "private", FI: "Yksityinen palveluntuottaja", SV: "Privat tjänsteproducent", EN: "Private provider", Source: "Seed 003 (Terveystalo)", Colour: "#8c564b"},
			{Code: "state", FI: "Valtio", SV: "Staten", EN: "State authority", Source: srcDomain, Colour: "#7f7f7f"},
			{Code: "research", FI: "Oppilaitos, tutkimus", SV: "Läroanstalt, forskning", EN: "Education and research", Source: srcDomain, Colour: "#bcbd22"},
			{Code: "project", FI: "Hanke", SV: "Projekt", EN: "Time-bound project", Source: srcDomain, Colour: "#e377c2"},
			{Code: "residents", FI: "Asukkaat ja perheet", SV: "Invånare och familjer", EN: "Residents, families, volunteers", Source: srcDomain, Colour: "#f7b6d2"},
		},
		TieKinds: []Term{
			{Code: "agreement", FI: "Yhteistyösopimus", SV: "Samarbetsavtal", EN: "Cooperation agreement", Direction: "undirected", Source: srcDomain},
			{Code: "purchase", FI: "Ostopalvelu", SV: "Köpt tjänst", EN: "Purchased service", Direction: "directed", Source: srcDomain + " (buyer→provider)"},
			{Code: "funding", FI: "Avustus, rahoitus", SV: "Bidrag, finansiering", EN: "Grant, funding", Direction: "directed", Source: srcDomain + " (funder→recipient)"},
			{Code: "referral", FI: "Asiakasohjaus", SV: "Klienthänvisning", EN: "Client referral", Direction: "directed", Source: srcDomain},
			{Code: "consultation", FI: "Konsultaatio", SV: "Konsultation", EN: "Consultation", Direction: "directed", Source: srcDomain + " (expert→consultee)"},
			{Code: "outreach", FI: "Jalkautuminen", SV: "Uppsökande arbete", EN: "Outreach", Direction: "directed", Source: srcDomain},
			{Code: "joint", FI: "Yhteinen toiminta", SV: "Gemensam verksamhet", EN: "Co-produced activity", Direction: "undirected", Source: srcDomain},
			{Code: "information", FI: "Tiedonkulku", SV: "Informationsflöde", EN: "Information flow", Direction: "either", Source: srcDomain},
			{Code: "premises", FI: "Yhteiset tilat", SV: "Gemensamma lokaler", EN: "Shared premises", Direction: "undirected", Source: srcDomain},
			{Code: "pair", FI: "Työpari", SV: "Arbetspar", EN: "Shared staff pair", Direction: "undirected", Source: srcDomain},
		},
		Tasks: []Term{
			{Code: "parenting", FI: "Vanhemmuuden tuki", SV: "Stöd för föräldraskap", EN: "Parenting support", Source: srcTasks},
			{Code: "couple", FI: "Parisuhteen tuki", SV: "Stöd för parrelationen", EN: "Couple-relationship support", Source: srcTasks},
			{Code: "growth", FI: "Kasvun ja kehityksen tuki", SV: "Stöd för växande och utveckling", EN: "Growth, development and health promotion", Source: srcTasks},
			{Code: "psychosocial", FI: "Psykososiaalinen tuki", SV: "Psykosocialt stöd", EN: "Psychosocial support and mental health", Source: srcTasks},
			{Code: "separation", FI: "Eroauttaminen", SV: "Stöd vid skilsmässa", EN: "Separation support", Source: srcTasks},
			{Code: "violence", FI: "Väkivallan ehkäisy", SV: "Förebyggande av våld", EN: "Prevention of violence", Source: srcTasks},
			{Code: "peer", FI: "Vertaistuki ja yhteisöllisyys", SV: "Kamratstöd och gemenskap", EN: "Peer support, community and loneliness", Source: srcTasks},
			{Code: "multicultural", FI: "Monikulttuuristen perheiden tuki", SV: "Stöd för mångkulturella familjer", EN: "Multicultural families and integration", Source: srcTasks},
			{Code: "rehabilitation", FI: "Kuntoutus", SV: "Rehabilitering", EN: "Rehabilitation", Source: srcTasks},
		},
		LifeStages: []Term{
			{Code: "expecting", FI: "Odotusaika", SV: "Väntetiden", EN: "Expecting", Source: srcDomain},
			{Code: "baby", FI: "Vauvaikä 0–1", SV: "Spädbarn 0–1", EN: "Baby 0–1", Source: srcDomain},
			{Code: "early", FI: "Leikki-ikä 1–6", SV: "Lekålder 1–6", EN: "Early childhood 1–6", Source: srcDomain},
			{Code: "primary", FI: "Alakoulu 7–12", SV: "Lågstadiet 7–12", EN: "Primary school 7–12", Source: srcDomain},
			{Code: "lower_secondary", FI: "Yläkoulu 13–15", SV: "Högstadiet 13–15", EN: "Lower secondary 13–15", Source: srcDomain},
			{Code: "youth", FI: "Nuoret 16–18+", SV: "Unga 16–18+", EN: "Young people 16–18+", Source: srcDomain},
			{Code: "family", FI: "Vanhemmat, koko perhe", SV: "Föräldrar, hela familjen", EN: "Parents, whole family", Source: srcDomain},
		},
		Perspectives: []Term{
			{Code: "client", FI: "Asiakas", SV: "Klient", EN: "Client", Source: srcSeed4},
			{Code: "services", FI: "Palvelut", SV: "Tjänster", EN: "Services", Source: srcSeed4},
			{Code: "experts", FI: "Asiantuntijat", SV: "Experter", EN: "Experts", Source: srcSeed4},
			{Code: "management", FI: "Johto", SV: "Ledning", EN: "Management", Source: srcSeed4},
			{Code: "economy", FI: "Talous", SV: "Ekonomi", EN: "Economy", Source: srcSeed4},
			{Code: "impact", FI: "Vaikuttavuus", SV: "Effekt", EN: "Impact", Source: srcSeed4},
			{Code: "dreams", FI: "Unelmat", SV: "Drömmar", EN: "Dreams", Source: srcSeed4},
		},
	}
}
