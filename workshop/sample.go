package workshop

import (
	"fmt"
	"math"
	"strings"

	"github.com/verkostokartta/verkostokartta/graph"
)

// The embedded sample: the Etelä-Savo family-centre network of the
// cooperation agreement 2020–2021 (DOMAIN.md; seeds 000 and 003). The
// parties, the leadership group's meeting rule, Terveystalo's end date and
// the named meeting places and services are public; everything else is
// illustrative, as sampleDescription tells the user. The tables below are
// the data; Sample assembles a fresh workspace from them on every call.

// sampleDescription says what in the sample is public fact and what is
// illustration, and which gaps were left in on purpose, as a facilitator
// opening it must know.
const sampleDescription = `Esimerkkiverkosto Etelä-Savon perhekeskustoiminnasta vuosina 2020–2021. Se on koottu Etelä-Savon perhekeskustoiminnan yhteistyösopimuksen pohjalta harjoittelua ja työpajojen havainnollistamista varten.

Julkisista lähteistä (yhteistyösopimus 2020–2021 ja sitä kuvaavat julkiset sivut): sopimuksen 16 sopijaosapuolta nimineen; Terveystalo Rantasalmen sopijuus 31.12.2020 saakka; maakunnallinen lasten, nuorten ja perheiden johtoryhmä, johon osapuolet nimeävät edustajansa ja joka kokoontuu vähintään neljä kertaa vuodessa; tavoite vähintään yhdestä avoimesta kohtaamispaikasta jokaisessa kunnassa; Mäntyharjun avoin kohtaamispaikka Puuhala, Kohtaamispaikka Koppa Mikkelissä, Mikkelin Perhetalo, Eron ensiapupiste Mikkelissä (Koppa) ja Savonlinnassa sekä kunnallinen Perheneuvo seitsemässä kunnassa. Etelä-Savon kunnat ovat vuoden 2021 aluejaon mukaiset: sopimuksen yhdeksän kuntaa sekä Enonkoski, Hirvensalmi ja Sulkava, jotka eivät olleet sopijaosapuolia. Essote palveli Mikkelin seutua ja Sosteri Savonlinnan seutua.

Kuvitteellista: kaikki yhteydet ja niiden vahvuudet, kaikki yhteyshenkilöt (nimet, sähköpostiosoitteet ja puhelinnumerot on keksitty), johtoryhmän jäsenluettelo ja puheenjohtajuus, kohtaamispaikkaverkosto ja työryhmä, organisaatioiden yksiköt (neuvolat, perheneuvola, lasten- ja nuorisopsykiatria, varhaiskasvatus, nuorisopalvelut), Kelan mukanaolo, kohtaamispaikkojen ylläpitäjät, palveluiden tehtävät, ikävaiheet ja kunnat, se, mitkä seitsemän kuntaa tarjoavat Perheneuvoa, sekä kartan sijainnit (kunnat likimain maantieteellisillä paikoillaan, muut toimijat kotikuntansa ympärillä).

Esimerkkiin on jätetty tarkoituksella aukkoja, jotka sääntötarkistus ja analyysi löytävät: Pertunmaalta puuttuu avoin kohtaamispaikka (eikä sopimuksen ulkopuolisille Enonkoskelle, Hirvensalmelle ja Sulkavalle ole kirjattu kohtaamispaikkaa); Pertunmaa ja Viola ry puuttuvat johtoryhmästä eivätkä ole nimenneet yhteyshenkilöä; Sulkava on irrallaan verkostosta ja Enonkoskella on vain yksi yhteys; Savonlinnan MLL:n perhekahvilalla ei ole yhteyttä sote- tai sivistyspalveluihin; Mikkelissä MLL ja tuomiokirkkoseurakunta järjestävät kumpikin vauvaperheiden vertaistoimintaa ilman keskinäistä yhteyttä (päällekkäisyys); Mikkelin seudun kohtaamispaikkaverkostossa ja avoimen perhetoiminnan työryhmässä on lähes samat jäsenet; monet yhteydet ovat yhden yhteyshenkilön varassa.`

// sampleMunicipality is one municipality of Etelä-Savo in the regional
// division from 2021: its vocabulary term, its actor and where it lies.
type sampleMunicipality struct {
	code, fi, sv string
	actor        string  // the municipality's official name as an organisation
	lat, lon     float64 // of the municipal centre, degrees
}

// sampleMunicipalities: the nine agreement parties in the agreement's
// order, then the three that did not sign (DOMAIN.md, seeds 000 and 003).
var sampleMunicipalities = []sampleMunicipality{
	{"juva", "Juva", "Jockas", "Juvan kunta", 61.90, 27.86},
	{"kangasniemi", "Kangasniemi", "Kangasniemi", "Kangasniemen kunta", 61.99, 26.64},
	{"mikkeli", "Mikkeli", "S:t Michel", "Mikkelin kaupunki", 61.69, 27.27},
	{"mantyharju", "Mäntyharju", "Mäntyharju", "Mäntyharjun kunta", 61.42, 26.88},
	{"pertunmaa", "Pertunmaa", "Pertunmaa", "Pertunmaan kunta", 61.50, 26.48},
	{"pieksamaki", "Pieksämäki", "Pieksämäki", "Pieksämäen kaupunki", 62.30, 27.13},
	{"puumala", "Puumala", "Puumala", "Puumalan kunta", 61.52, 28.18},
	{"rantasalmi", "Rantasalmi", "Rantasalmi", "Rantasalmen kunta", 62.06, 28.30},
	{"savonlinna", "Savonlinna", "Nyslott", "Savonlinnan kaupunki", 61.87, 28.88},
	{"enonkoski", "Enonkoski", "Enonkoski", "Enonkosken kunta", 62.09, 28.93},
	{"hirvensalmi", "Hirvensalmi", "Hirvensalmi", "Hirvensalmen kunta", 61.64, 26.78},
	{"sulkava", "Sulkava", "Sulkava", "Sulkavan kunta", 61.79, 28.37},
}

const sampleMunicipalitySource = "Etelä-Savo in the regional division from 2021: the nine agreement parties plus Enonkoski, Hirvensalmi and Sulkava (DOMAIN.md; seed 003)"

// The areas of the two joint authorities in 2020: Essote served the
// Mikkeli area, Sosteri the Savonlinna area. Codes separated by spaces.
const (
	essoteArea  = "mikkeli hirvensalmi juva kangasniemi mantyharju pertunmaa pieksamaki puumala"
	sosteriArea = "savonlinna enonkoski rantasalmi sulkava"
	wholeRegion = essoteArea + " " + sosteriArea
)

// sampleParties are the 16 signatories in the agreement's order (seed 003).
var sampleParties = []string{
	"juva", "kangasniemi", "mikkeli", "mantyharju", "pertunmaa", "pieksamaki", "puumala", "rantasalmi", "savonlinna",
	"essote", "sosteri", "terveystalo", "mikkelin-srk", "savonlinnan-srk", "mll", "viola",
}

const (
	agreementStart = "2020-01-01"
	agreementEnd   = "2021-12-31"
	terveystaloEnd = "2020-12-31" // "Terveystalo Rantasalmi (31.12.2020 saakka)", seed 003
)

// sampleActor is an actor other than a municipality. It is drawn at
// (dx, dy) from its anchor, a municipality or an actor listed before it.
type sampleActor struct {
	id, name, short, sector, parent string
	municipalities                  string // codes separated by spaces
	meetingPlace                    bool
	anchor                          string
	dx, dy                          float64
	notes                           string
}

var sampleActors = []sampleActor{
	// The seven parties that are not municipalities (seed 003).
	{"essote", "Etelä-Savon sosiaali- ja terveyspalvelujen kuntayhtymä Essote", "Essote", "sote", "", essoteArea, false, "mikkeli", 40, -140,
		"Sopijaosapuoli. Järjesti sosiaali- ja terveyspalvelut Mikkelin seudulla."},
	{"sosteri", "Itä-Savon sairaanhoitopiirin kuntayhtymä Sosteri", "Sosteri", "sote", "", sosteriArea, false, "savonlinna", -110, -100,
		"Sopijaosapuoli. Järjesti sosiaali- ja terveyspalvelut Savonlinnan seudulla."},
	{"terveystalo", "Terveystalo Rantasalmi", "Terveystalo", "private", "", "rantasalmi", false, "rantasalmi", 0, -140,
		"Sopijaosapuolena 31.12.2020 saakka (yhteistyösopimus)."},
	{"mikkelin-srk", "Mikkelin tuomiokirkkoseurakunta", "Mikkelin tuomiokirkkosrk", "parish", "", "mikkeli", false, "mikkeli", 130, 220,
		"Sopijaosapuoli."},
	{"savonlinnan-srk", "Savonlinnan seurakunta", "Savonlinnan srk", "parish", "", "savonlinna", false, "savonlinna", 180, 70,
		"Sopijaosapuoli."},
	{"mll", "Mannerheimin Lastensuojeluliiton Järvi-Suomen piiri ry", "MLL Järvi-Suomi", "ngo", "", wholeRegion, false, "mikkeli", 330, 30,
		"Sopijaosapuoli."},
	{"viola", "Viola ry", "Viola", "ngo", "", wholeRegion, false, "mikkeli", 300, 270,
		"Sopijaosapuoli. Esimerkissä ilman yhteyshenkilöä ja johtoryhmäpaikkaa (tarkoituksellinen aukko)."},
	// Units, to show the parent mechanism: illustrative.
	{"essote-neuvola", "Essoten äitiys- ja lastenneuvolat", "Essoten neuvolat", "sote", "essote", essoteArea, false, "essote", -170, -20,
		"Kuvitteellinen yksikkö."},
	{"essote-perheneuvola", "Essoten kasvatus- ja perheneuvola", "Essoten perheneuvola", "sote", "essote", essoteArea, false, "essote", 100, -140,
		"Kuvitteellinen yksikkö."},
	{"essote-psykiatria", "Essoten lasten- ja nuorisopsykiatria", "Lasten- ja nuorisopsykiatria", "special", "essote", essoteArea, false, "essote", -50, -240,
		"Kuvitteellinen yksikkö."},
	{"sosteri-neuvola", "Sosterin äitiys- ja lastenneuvolat", "Sosterin neuvolat", "sote", "sosteri", sosteriArea, false, "savonlinna", 180, -90,
		"Kuvitteellinen yksikkö."},
	{"mikkeli-vaka", "Mikkelin kaupungin varhaiskasvatus", "Mikkelin varhaiskasvatus", "education", "mikkeli", "mikkeli", false, "mikkeli", -20, 130,
		"Kuvitteellinen yksikkö."},
	{"savonlinna-nuoriso", "Savonlinnan kaupungin nuorisopalvelut", "Savonlinnan nuorisopalvelut", "education", "savonlinna", "savonlinna", false, "savonlinna", 40, 150,
		"Kuvitteellinen yksikkö. Sopimuksen mukaan nuorten avoimina kohtaamispaikkoina toimivat ohjaamot ja nuorisotilat."},
	// A partner outside the agreement: illustrative.
	{"kela", "Kela, Itä-Suomen vakuutuspiiri", "Kela", "kela", "", wholeRegion, false, "juva", 40, -150,
		"Ei sopijaosapuoli; mukanaolo kuvitteellinen. Kelan etuudet ovat yksi THL:n perhekeskuksen palvelukokonaisuuksista."},
	// Open meeting places named on public pages; their operators and
	// sectors are illustrative, as is the MLL family café in Savonlinna.
	{"koppa", "Kohtaamispaikka Koppa", "Koppa", "ngo", "", "mikkeli", true, "mikkeli", 210, -50,
		"Avoin kohtaamispaikka Mikkelissä; Eron ensiapupiste (lapeetelasavo.com). Ylläpitäjä ja sektori kuvitteellisia."},
	{"perhetalo", "Mikkelin Perhetalo", "Perhetalo", "education", "mikkeli", "mikkeli", true, "mikkeli", 160, 100,
		"Perheiden kohtaamispaikka Mikkelissä (lapeetelasavo.com). Ylläpitäjä kuvitteellinen."},
	{"puuhala", "Avoin kohtaamispaikka Puuhala", "Puuhala", "municipality", "mantyharju", "mantyharju", true, "mantyharju", 160, 50,
		"Mäntyharjun avoin kohtaamispaikka (lapeetelasavo.com)."},
	{"mll-kahvila-savonlinna", "MLL:n perhekahvila, Savonlinna", "MLL:n perhekahvila", "ngo", "mll", "savonlinna", true, "savonlinna", 150, 230,
		"Kuvitteellinen. Ei yhteyttä sote- tai sivistyspalveluihin (tarkoituksellinen aukko)."},
}

// sampleContacts are clearly fictitious people: "name|role". Their IDs
// are c-<actor>-<n>, their emails firstname.lastname@example.org. Parties
// left without a contact person on purpose: Pertunmaa and Viola ry.
var sampleContacts = map[string][]string{
	"juva":                {"Jaana Keksitty|sivistysjohtaja"},
	"kangasniemi":         {"Kalle Kuvitteellinen|hyvinvointikoordinaattori"},
	"mikkeli":             {"Maija Esimerkki|perhekeskuskoordinaattori", "Matti Meikäläinen|varhaiskasvatusjohtaja"},
	"mantyharju":          {"Mervi Mallikas|vapaa-aikatoimenjohtaja"},
	"pieksamaki":          {"Pekka Pseudonyymi|varhaiskasvatusjohtaja"},
	"puumala":             {"Tuula Tuntematon|sivistystoimenjohtaja"},
	"rantasalmi":          {"Riikka Roolihahmo|hallintojohtaja"},
	"savonlinna":          {"Teija Testaaja|sivistysjohtaja", "Olli Oletus|nuorisotoimenjohtaja"},
	"essote":              {"Essi Esimerkki|perhekeskuspalvelujen johtaja", "Erkki Esimerkki|johtava sosiaalityöntekijä"},
	"sosteri":             {"Sanna Sepitetty|lapsiperhepalvelujen palvelupäällikkö"},
	"terveystalo":         {"Timo Testaaja|palvelupäällikkö"},
	"mikkelin-srk":        {"Hanna Harjoitus|perhetyön pastori"},
	"savonlinnan-srk":     {"Niina Näyte|perhetyönohjaaja"},
	"mll":                 {"Kirsi Kokeilu|perhetoiminnan suunnittelija"},
	"hirvensalmi":         {"Heikki Harjoitus|sivistystoimenjohtaja"},
	"essote-neuvola":      {"Noora Nimetön|osastonhoitaja"},
	"essote-perheneuvola": {"Paavo Pseudonyymi|psykologi"},
	"sosteri-neuvola":     {"Terhi Tuntematon|terveydenhoitaja"},
	"koppa":               {"Kaija Keksitty|kohtaamispaikan koordinaattori"},
}

// sampleTie is one illustrative tie. Contacts are the contact IDs it rests
// on, separated by spaces; status "" means existing. Directed follows the
// kind's direction in the vocabulary (from → to: funder → recipient,
// buyer → provider, expert → consultee, referrer → receiver).
type sampleTie struct {
	from, to, kind string
	strength       int
	contacts       string
	status         string
	notes          string
}

var sampleTies = []sampleTie{
	// Essote with the municipalities of its area.
	{"essote", "mikkeli", "joint", 3, "c-essote-1 c-mikkeli-1", "", "Perhekeskustoiminnan yhteensovittaminen Mikkelissä."},
	{"essote", "mikkeli", "information", 2, "c-essote-2 c-mikkeli-2", "", ""},
	{"essote", "kangasniemi", "joint", 2, "c-essote-1", "", ""},
	{"essote", "kangasniemi", "premises", 1, "", "", "Perhekeskuksen tilat ovat sote-palveluntuottajan ylläpitämiä (sopimus)."},
	{"essote", "mantyharju", "joint", 2, "c-essote-1 c-mantyharju-1", "", ""},
	{"essote", "pertunmaa", "joint", 1, "", "", ""},
	{"essote", "puumala", "joint", 1, "c-puumala-1", "", ""},
	{"essote", "juva", "joint", 2, "c-essote-1 c-juva-1", "", ""},
	{"essote", "juva", "consultation", 1, "c-essote-2", "", ""},
	{"essote", "pieksamaki", "joint", 2, "c-essote-2 c-pieksamaki-1", "", ""},
	{"essote", "pieksamaki", "premises", 2, "", "", ""},
	{"essote", "hirvensalmi", "joint", 1, "c-hirvensalmi-1", "", "Hirvensalmi kuului Essoten alueeseen, vaikka ei allekirjoittanut sopimusta."},
	{"essote", "sosteri", "information", 1, "c-essote-1 c-sosteri-1", "", ""},
	{"essote", "sosteri", "joint", 2, "", graph.TiePlanned, "Yhteiset perhekeskuspäivät."},
	// Essote's units.
	{"essote-neuvola", "mikkeli-vaka", "joint", 2, "c-essote-neuvola-1 c-mikkeli-2", "", ""},
	{"essote-neuvola", "mikkeli-vaka", "pair", 2, "c-essote-neuvola-1", "", "Neuvolan terveydenhoitaja ja varhaiskasvatuksen erityisopettaja työparina."},
	{"essote-neuvola", "mll", "referral", 2, "c-essote-neuvola-1", "", ""},
	{"essote-neuvola", "perhetalo", "outreach", 2, "c-essote-neuvola-1", "", ""},
	{"essote-neuvola", "puuhala", "outreach", 1, "c-essote-neuvola-1", "", ""},
	{"essote-psykiatria", "essote-perheneuvola", "consultation", 2, "", "", ""},
	{"essote-psykiatria", "mikkeli-vaka", "consultation", 1, "", "", ""},
	{"essote-perheneuvola", "koppa", "consultation", 2, "c-essote-perheneuvola-1", "", ""},
	{"essote-perheneuvola", "viola", "referral", 2, "c-essote-perheneuvola-1", "", ""},
	// Sosteri with its area and units.
	{"sosteri", "savonlinna", "joint", 3, "c-sosteri-1 c-savonlinna-1", "", ""},
	{"sosteri", "savonlinna", "premises", 2, "", "", ""},
	{"sosteri", "rantasalmi", "joint", 1, "c-sosteri-1 c-rantasalmi-1", "", ""},
	{"sosteri", "enonkoski", "joint", 1, "", "", "Enonkosken ainoa yhteys."},
	{"sosteri", "sosteri-neuvola", "information", 2, "c-sosteri-1 c-sosteri-neuvola-1", "", ""},
	{"savonlinna-nuoriso", "sosteri", "referral", 1, "c-savonlinna-2", "", ""},
	{"sosteri-neuvola", "savonlinnan-srk", "joint", 1, "c-sosteri-neuvola-1 c-savonlinnan-srk-1", "", ""},
	{"sosteri-neuvola", "mll-kahvila-savonlinna", "outreach", 1, "c-sosteri-neuvola-1", graph.TiePlanned, "Suunniteltu: neuvola jalkautuu perhekahvilaan."},
	{"sosteri", "viola", "referral", 1, "", graph.TieWished, ""},
	// Kela.
	{"kela", "essote", "information", 1, "", "", ""},
	{"kela", "sosteri", "information", 1, "", "", ""},
	// Terveystalo's one tie; it ends with Terveystalo's party status.
	{"rantasalmi", "terveystalo", "purchase", 3, "c-rantasalmi-1 c-terveystalo-1", "", "Rantasalmen perusterveydenhuollon ostopalvelu."},
	// Parishes.
	{"mikkelin-srk", "mikkeli", "joint", 1, "c-mikkelin-srk-1", "", ""},
	{"mikkelin-srk", "perhetalo", "joint", 2, "c-mikkelin-srk-1", "", "Seurakunnan perhekerhot Perhetalossa."},
	{"mikkelin-srk", "koppa", "joint", 2, "c-mikkelin-srk-1 c-koppa-1", "", ""},
	{"mikkelin-srk", "kangasniemi", "information", 1, "", "", ""},
	{"savonlinnan-srk", "savonlinna", "joint", 2, "c-savonlinnan-srk-1 c-savonlinna-1", "", ""},
	{"savonlinnan-srk", "savonlinna-nuoriso", "joint", 1, "c-savonlinnan-srk-1 c-savonlinna-2", "", ""},
	{"savonlinnan-srk", "mll-kahvila-savonlinna", "premises", 1, "", "", "Perhekahvila kokoontuu seurakunnan tiloissa."},
	// MLL.
	{"mll", "koppa", "joint", 2, "c-mll-1 c-koppa-1", "", ""},
	{"mll", "puuhala", "joint", 2, "c-mll-1", "", ""},
	{"mll", "mll-kahvila-savonlinna", "joint", 3, "c-mll-1", "", ""},
	{"mll", "perhetalo", "joint", 2, "c-mll-1", "", ""},
	{"mll", "juva", "joint", 1, "c-mll-1 c-juva-1", "", "MLL:n perhekahvila Juvalla."},
	{"mll", "pieksamaki", "joint", 1, "c-mll-1 c-pieksamaki-1", "", ""},
	{"mikkeli", "mll", "funding", 1, "", "", "Järjestöavustus."},
	{"mll", "pertunmaa", "joint", 1, "c-mll-1", graph.TiePlanned, "Suunniteltu perhekahvila Pertunmaalle."},
	// Viola ry.
	{"viola", "koppa", "joint", 3, "c-koppa-1", "", "Eron ensiapupiste Kopassa."},
	{"viola", "koppa", "premises", 1, "c-koppa-1", "", ""},
	{"mikkeli", "viola", "funding", 1, "", "", "Järjestöavustus."},
	{"pieksamaki", "viola", "funding", 1, "", "", "Järjestöavustus."},
	// Municipalities with their meeting places and units.
	{"mantyharju", "puuhala", "premises", 3, "c-mantyharju-1", "", ""},
	{"mikkeli", "perhetalo", "premises", 3, "c-mikkeli-1", "", ""},
	{"mikkeli-vaka", "perhetalo", "joint", 2, "c-mikkeli-2", "", ""},
}

// sampleService is one service; providers, tasks, life stages and
// municipalities are codes separated by spaces.
type sampleService struct {
	id, name, mode                           string
	providers, tasks, stages, municipalities string
	notes                                    string
}

// sampleFamilyAdvice are the seven municipalities with a Perheneuvo: the
// number is public, the choice illustrative.
var sampleFamilyAdvice = []string{"mikkeli", "juva", "kangasniemi", "mantyharju", "pieksamaki", "rantasalmi", "savonlinna"}

var sampleServices = []sampleService{
	{"eron-ensiapupiste-mikkeli", "Eron ensiapupiste, Mikkeli (Kohtaamispaikka Koppa)", "individual", "koppa viola", "separation", "family", "mikkeli",
		"Julkinen tieto: Eron ensiapupiste Kohtaamispaikka Kopassa. Violan osuus kuvitteellinen."},
	{"eron-ensiapupiste-savonlinna", "Eron ensiapupiste, Savonlinna", "individual", "savonlinnan-srk", "separation", "family", "savonlinna",
		"Julkinen tieto: Eron ensiapupiste Savonlinnassa. Järjestäjä kuvitteellinen."},
	{"puuhala-avoin", "Puuhalan avoin kohtaamispaikkatoiminta", "meeting_place", "puuhala", "peer parenting", "baby early family", "mantyharju", ""},
	{"koppa-avoin", "Kohtaamispaikka Kopan avoin toiminta", "meeting_place", "koppa", "peer", "family", "mikkeli", ""},
	{"perhetalo-avoin", "Mikkelin Perhetalon avoin toiminta", "meeting_place", "perhetalo", "peer parenting", "baby early", "mikkeli", ""},
	{"perhekahvila-juva", "MLL:n perhekahvila, Juva", "meeting_place", "mll", "peer parenting", "baby early", "juva", "Kuvitteellinen."},
	{"perhekahvila-savonlinna", "MLL:n perhekahvila, Savonlinna", "meeting_place", "mll-kahvila-savonlinna", "peer parenting", "baby early", "savonlinna", "Kuvitteellinen."},
	{"kohtaamispaikka-kangasniemi", "Avoin kohtaamispaikka, Kangasniemi", "meeting_place", "kangasniemi", "peer", "baby early family", "kangasniemi", "Kuvitteellinen."},
	{"kohtaamispaikka-pieksamaki", "Avoin kohtaamispaikka, Pieksämäki", "meeting_place", "pieksamaki mll", "peer", "baby early family", "pieksamaki", "Kuvitteellinen."},
	{"perhekahvila-puumala", "Perhekahvila, Puumala", "meeting_place", "puumala", "peer", "baby early", "puumala", "Kuvitteellinen."},
	{"kohtaamispaikka-rantasalmi", "Avoin kohtaamispaikka, Rantasalmi", "meeting_place", "rantasalmi", "peer", "baby early family", "rantasalmi", "Kuvitteellinen."},
	{"nuorisotilat-savonlinna", "Nuorisotilat, Savonlinna", "meeting_place", "savonlinna-nuoriso", "peer psychosocial", "lower_secondary youth", "savonlinna",
		"Sopimuksen mukaan nuorten avoimina kohtaamispaikkoina toimivat ohjaamot ja nuorisotilat."},
	{"neuvola-essote", "Äitiys- ja lastenneuvola (Essote)", "individual", "essote-neuvola", "growth parenting", "expecting baby early", essoteArea, ""},
	{"neuvola-sosteri", "Äitiys- ja lastenneuvola (Sosteri)", "individual", "sosteri-neuvola", "growth parenting", "expecting baby early", sosteriArea, ""},
	// The deliberate overlap: two providers without a tie offer peer
	// support to baby families in Mikkeli.
	{"vauvaryhmat-mikkeli", "Vauvaperheiden vertaisryhmät (Mikkelin tuomiokirkkoseurakunta)", "group", "mikkelin-srk", "peer", "baby", "mikkeli", ""},
	{"vauvakahvila-mikkeli", "MLL:n vauvakahvila, Mikkeli", "group", "mll", "peer parenting", "baby", "mikkeli", ""},
	{"perhekerhot-mikkeli", "Perhekerhot (Mikkelin tuomiokirkkoseurakunta)", "group", "mikkelin-srk", "peer", "early", "mikkeli", ""},
	{"perhekerhot-savonlinna", "Perhekerhot (Savonlinnan seurakunta)", "group", "savonlinnan-srk", "peer", "early", "savonlinna", ""},
	{"perheneuvola-essote", "Kasvatus- ja perheneuvonta (Essote)", "individual", "essote-perheneuvola", "psychosocial couple separation", "primary lower_secondary family", essoteArea, ""},
	{"nuorisopsykiatria-konsultaatio", "Lasten- ja nuorisopsykiatrian konsultaatiot", "outreach", "essote-psykiatria", "psychosocial", "primary lower_secondary youth", essoteArea, ""},
	{"viola-tuki", "Väkivallan ehkäisyn ja eroauttamisen tuki (Viola ry)", "individual", "viola", "violence", "family", wholeRegion, ""},
	{"verkkosivut", "Perhekeskustoiminnan verkkosivut ja Facebook (lapeetelasavo.com)", "digital", "essote", "", "family", wholeRegion,
		"Julkinen tieto: sopimuksen viestintävälineet. Ylläpitäjä kuvitteellinen."},
	{"kela-etuudet", "Lapsiperheiden etuudet ja neuvonta (Kela)", "individual", "kela", "", "expecting baby family", "", ""},
}

// The canvas projection: x ∝ longitude, y ∝ −latitude, in pixels per
// kilometre. At 62°N a degree of longitude is 52 km, of latitude 111 km.
const (
	samplePxPerKm  = 8.0
	sampleWestLon  = 26.48 // Pertunmaa, drawn at x = sampleLeft
	sampleNorthLat = 62.30 // Pieksämäki, drawn at y = sampleTop
	sampleLeft     = 110.0
	sampleTop      = 50.0
	kmPerDegLon    = 52.26 // 111.32 km × cos 62°
	kmPerDegLat    = 111.0
)

func sampleProject(lat, lon float64) (x, y float64) {
	x = sampleLeft + (lon-sampleWestLon)*kmPerDegLon*samplePxPerKm
	y = sampleTop + (sampleNorthLat-lat)*kmPerDegLat*samplePxPerKm
	return math.Round(x), math.Round(y)
}

// Sample returns the embedded sample workspace, a fresh copy on every call:
// the Etelä-Savo family-centre network of the 2020–2021 cooperation
// agreement, with illustrative ties, people and services as its
// description says.
func Sample() *Workspace {
	ws := New("Etelä-Savon perhekeskusverkosto (esimerkki)")
	ws.Region = "Etelä-Savo"
	ws.Description = sampleDescription

	party := map[string]bool{}
	for _, id := range sampleParties {
		party[id] = true
	}
	phone := 0
	contacts := func(actor string) []graph.Contact {
		var out []graph.Contact
		for i, entry := range sampleContacts[actor] {
			name, role, _ := strings.Cut(entry, "|")
			phone++
			out = append(out, graph.Contact{
				ID: fmt.Sprintf("c-%s-%d", actor, i+1), Name: name, Role: role,
				Email: sampleEmail(name), Phone: fmt.Sprintf("+358 40 000 %04d", 100+phone),
			})
		}
		return out
	}
	// join completes an actor: membership status, dates, contact persons.
	join := func(a *graph.Actor) {
		if party[a.ID] {
			a.Status, a.Since = graph.StatusCore, agreementStart
		}
		if a.ID == "terveystalo" {
			a.Until = terveystaloEnd
		}
		a.Contacts = contacts(a.ID)
		ws.Actors = append(ws.Actors, a)
	}

	for _, m := range sampleMunicipalities {
		ws.Vocab.Municipalities = append(ws.Vocab.Municipalities,
			graph.Term{Code: m.code, FI: m.fi, SV: m.sv, EN: m.fi, Source: sampleMunicipalitySource})
		a := &graph.Actor{ID: m.code, Name: m.actor, ShortName: m.fi, Sector: "municipality", Municipalities: []string{m.code}}
		a.X, a.Y = sampleProject(m.lat, m.lon)
		if !party[m.code] {
			a.Status = graph.StatusCandidate
			a.Notes = "Etelä-Savon kunta, joka ei allekirjoittanut vuosien 2020–2021 yhteistyösopimusta."
		}
		join(a)
	}
	for _, s := range sampleActors {
		a := &graph.Actor{ID: s.id, Name: s.name, ShortName: s.short, Sector: s.sector, Parent: s.parent,
			Municipalities: sampleCodes(s.municipalities), MeetingPlace: s.meetingPlace,
			Status: graph.StatusPartner, Notes: s.notes}
		anchor := ws.Actor(s.anchor) // listed before, so already placed
		a.X, a.Y = anchor.X+s.dx, anchor.Y+s.dy
		join(a)
	}

	for i, t := range sampleTies {
		kind, _ := graph.Find(ws.Vocab.TieKinds, t.kind)
		status := t.status
		if status == "" {
			status = graph.TieExisting
		}
		tie := &graph.Tie{ID: fmt.Sprintf("t%d", i+1), From: t.from, To: t.to, Kind: t.kind,
			Directed: kind.Direction == "directed", Strength: t.strength, Status: status,
			Contacts: sampleCodes(t.contacts), Notes: t.notes}
		// A tie cannot outlast either of its ends.
		for _, end := range []string{t.from, t.to} {
			if u := ws.Actor(end).Until; u != "" && (tie.Until == "" || u < tie.Until) {
				tie.Until = u
			}
		}
		ws.Ties = append(ws.Ties, tie)
	}

	ws.Groups = sampleGroups()

	for _, m := range sampleFamilyAdvice {
		term, _ := graph.Find(ws.Vocab.Municipalities, m)
		ws.Services = append(ws.Services, &graph.Service{ID: "perheneuvo-" + m, Name: "Perheneuvo, " + term.FI, Mode: "individual",
			Providers: []string{m}, Tasks: []string{"parenting"}, LifeStages: []string{"family"}, Municipalities: []string{m},
			Notes: "Kunnallinen neuvonta ja ohjaus lapsiperheille. Julkinen tieto: Perheneuvo seitsemässä kunnassa; kuntien valinta kuvitteellinen."})
	}
	for _, s := range sampleServices {
		ws.Services = append(ws.Services, &graph.Service{ID: s.id, Name: s.name, Mode: s.mode,
			Providers: sampleCodes(s.providers), Tasks: sampleCodes(s.tasks), LifeStages: sampleCodes(s.stages),
			Municipalities: sampleCodes(s.municipalities), Notes: s.notes})
	}
	return ws
}

// sampleGroups builds the agreement, the leadership group and two forums of
// the Mikkeli area with nearly the same members.
func sampleGroups() []*graph.Group {
	agreement := &graph.Group{ID: "sopimus-2020-2021", Kind: "agreement", Level: "maakunta",
		Name:    "Yhteistyösopimus Etelä-Savon yhteen sovitettavaan perhekeskustoimintaan 2020–2021",
		Purpose: "Sopimuksessa sovitaan perhekeskustoimintaan liittyvän yhteen sovitettavan työn tavoitteista, toimenpiteistä sekä sopijapuolten rooleista Etelä-Savon maakunnan alueen perhekeskustoiminnassa."}
	for _, id := range sampleParties {
		m := graph.Membership{Actor: id, Role: "sopijaosapuoli", Since: agreementStart, Until: agreementEnd}
		if id == "terveystalo" {
			m.Until = terveystaloEnd
		}
		agreement.Members = append(agreement.Members, m)
	}

	// Every party should name a representative (seed 003); the seat list is
	// illustrative and leaves Pertunmaa and Viola ry out on purpose.
	leadership := &graph.Group{ID: "johtoryhma", Kind: "leadership", Level: "maakunta", MeetingsPerYear: 4, Coordinator: "essote",
		Name: "Etelä-Savon lasten, nuorten ja perheiden johtoryhmä",
		Purpose: "Sopijaosapuolet nimeävät edustajansa maakunnalliseen lasten, nuorten ja perheiden johtoryhmään. " +
			"Johtoryhmä kokoontuu säännöllisesti, kuitenkin vähintään neljä kertaa vuodessa, jakaa koordinoinnin tehtävät " +
			"ja sovittaa yhteen yhteiseen työhön varattujen resurssien käytön."}
	for _, id := range sampleParties {
		if id == "pertunmaa" || id == "viola" {
			continue
		}
		m := graph.Membership{Actor: id, Role: "jäsen", Since: agreementStart, Representative: "c-" + id + "-1"}
		if id == "essote" {
			m.Role = "puheenjohtaja"
		}
		if id == "terveystalo" {
			m.Until = terveystaloEnd
		}
		leadership.Members = append(leadership.Members, m)
	}

	seats := func(ids ...string) []graph.Membership {
		var out []graph.Membership
		for _, id := range ids {
			m := graph.Membership{Actor: id, Role: "jäsen", Since: agreementStart}
			if len(sampleContacts[id]) > 0 {
				m.Representative = "c-" + id + "-1"
			}
			out = append(out, m)
		}
		return out
	}
	// Illustrative: two forums of the Mikkeli area with nearly the same
	// members (seed 002: many networks, unclear which is for what).
	meetingPlaces := &graph.Group{ID: "kohtaamispaikkaverkosto", Kind: "meeting_place_network", Level: "seutu", MeetingsPerYear: 6, Coordinator: "mll",
		Name:    "Mikkelin seudun kohtaamispaikkaverkosto",
		Purpose: "Kohtaamispaikka on sekä fyysinen paikka että toimijoiden yhteistyöverkosto, jossa tarjotaan yhteistyönä avointa toimintaa, vertaistukea, varhaista tukea ja palveluja.",
		Members: seats("koppa", "perhetalo", "puuhala", "mll", "mikkelin-srk", "essote-neuvola")}
	openActivity := &graph.Group{ID: "avoimen-toiminnan-tyoryhma", Kind: "working_group", Level: "seutu", MeetingsPerYear: 10, Coordinator: "mikkeli",
		Name:    "Mikkelin seudun avoimen perhetoiminnan työryhmä",
		Purpose: "Ryhmätoimintojen ja avoimen toiminnan suunnittelu ja koordinointi.",
		Members: seats("koppa", "perhetalo", "puuhala", "mll", "mikkelin-srk", "essote-neuvola", "viola")}
	return []*graph.Group{agreement, leadership, meetingPlaces, openActivity}
}

// sampleCodes splits a space-separated list; nil when empty, so that a
// decoded copy of the sample equals a fresh one.
func sampleCodes(s string) []string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return nil
	}
	return f
}

// sampleEmail makes firstname.lastname@example.org in ASCII.
func sampleEmail(name string) string {
	local := strings.NewReplacer("ä", "a", "ö", "o", "å", "a", " ", ".").Replace(strings.ToLower(name))
	return local + "@example.org"
}
