package export

import (
	"cmp"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/verkostokartta/verkostokartta/graph"
)

// Report is what goes into a workshop memo for a steering group: the
// network, its analysis and, when the workspace records them, the
// workshop's goal, notes and actions. ReportPDF and ReportHTML write it.
type Report struct {
	Title       string // the workspace's name
	Region      string
	Description string
	Date        time.Time
	// Lang is "fi" (the default), "sv" or "en".
	Lang     string
	Network  *graph.Network
	Analysis *graph.Analysis // of Network; nil: the default view is analysed
	// NoPersonalData says that contact persons' names, emails and phones
	// were removed (Network.WithoutPersonalData); the memo says so.
	NoPersonalData bool
	Workshop       *ReportWorkshop
	// ReviewDay is the day the steering group's review looks at; empty:
	// the report's date. Rules are the workspace's rule settings (R7 names
	// the sectors a body should have); nil: defaults.
	ReviewDay graph.Date
	Rules     graph.RuleSettings
	// Before is an earlier state (a snapshot) drawn against the network
	// now; nil leaves the before/after map out.
	Before *ReportBefore
}

// ReportWorkshop is the workshop's own record, when it has one.
type ReportWorkshop struct {
	Goal    string
	Notes   []ReportNote
	Actions []ReportAction
	// Participants are "name, role, organisation" lines: personal data,
	// left empty by a memo without it.
	Participants []string
}

// ReportNote is an observation made from one perspective (asiakas,
// palvelut, johto …).
type ReportNote struct{ Perspective, Text string }

// ReportAction is an agreed action.
type ReportAction struct{ Text, Owner, Due string }

// memo is a report laid out in the memo's language, ready for the PDF and
// HTML writers: both say the same things in the same order.
type memo struct {
	lang      string
	title     string
	subtitle  string
	intro     string
	figures   []figure
	dot       []byte // the map, with legend; nil without actors
	brokers   []bar
	coverage  heatmap
	sections  []section // fragile points, overlaps, gaps
	rules     []ruleLine
	contacts  [][]string // actor, role, name, email, phone
	workshop  []section
	review    []ReviewBlock
	reviewDay string // the review's day, written out
	before    *memoBefore
	generated string
}

type figure struct{ Label, Value string }

type bar struct {
	label string
	value float64
	note  string // the Gould–Fernandez roles
}

type heatmap struct {
	rows, cols []string
	counts     [][]int // [row][col] number of providers
}

type section struct {
	Title string
	Items []string
}

type ruleLine struct {
	id, title, status string
	findings          []string
	more              int
}

// memoFindings is how many findings of one rule the memo lists.
const memoFindings = 6

// buildMemo gathers the memo's content; the writers lay out the map.
func buildMemo(r *Report) *memo {
	n := r.Network
	if n == nil {
		n = &graph.Network{Vocab: graph.DefaultVocabularies()}
	}
	a := r.Analysis
	if a == nil {
		a = graph.Analyze(n, graph.AnalysisOptions{})
	}
	lang := Style{Lang: r.Lang}.lang()
	t := func(key string) string { return reportWords[key].In(lang) }
	v := a.View
	name := func(i int) string { return v.Actors[i].Label() }
	term := func(list []graph.Term, code string) string { return termLabel(list, code, lang) }
	m := &memo{lang: lang, title: r.Title, intro: r.Description}
	kind := t("memo")
	if Untitled(r.Title) {
		// An unnamed workspace's memo is titled by what it is.
		m.title, kind = kind, ""
	}
	date := r.Date
	if date.IsZero() {
		date = time.Now()
	}
	// The memo is of the workshop's day, which its review looks at too;
	// the footer says when it was made.
	day := reviewDay(r, date)
	m.subtitle = strings.Join(nonEmpty(kind, formatISO(day, lang), r.Region), " · ")
	m.generated = fmt.Sprintf(t("generated"), formatDate(date, lang))

	// Key figures.
	communities := 0
	for _, c := range a.Community {
		communities = max(communities, c+1)
	}
	failed, active := 0, 0
	for _, rr := range a.Rules {
		if rr.Enabled && rr.Applies {
			active++
			if !rr.Passed() {
				failed++
			}
		}
	}
	cells := len(a.Coverage.Tasks) * len(a.Coverage.Municipalities)
	m.figures = []figure{
		{t("fig-actors"), strconv.Itoa(v.Len())},
		{t("fig-ties"), strconv.Itoa(len(v.CountedTies()))},
		{t("fig-pairs"), strconv.Itoa(v.EdgeCount())},
		{t("fig-density"), FormatNumber(a.Density, 3, lang)},
		{t("fig-components"), strconv.Itoa(len(a.Components))},
		{t("fig-communities"), fmt.Sprintf("%d (Q = %s)", communities, FormatNumber(a.Modularity, 3, lang))},
		{t("fig-cutpoints"), strconv.Itoa(len(a.CutPoints))},
		{t("fig-bridges"), strconv.Itoa(len(a.Bridges))},
		{t("fig-single"), strconv.Itoa(len(a.SinglePersonTies))},
		{t("fig-overlaps"), strconv.Itoa(len(a.Overlaps))},
		{t("fig-empty"), fmt.Sprintf("%d / %d", len(a.EmptyCells), cells)},
		{t("fig-rules"), fmt.Sprintf("%d / %d", failed, active)},
	}

	// The map, as on the canvas, with the cut points outlined.
	st := Style{Lang: lang, Legend: true, HighlightTitle: t("cutpoint-legend")}
	if len(a.CutPoints) > 0 {
		st.Highlight = map[string]bool{}
		for _, i := range a.CutPoints {
			st.Highlight[v.Actors[i].ID] = true
		}
	}
	if len(n.Actors) > 0 {
		m.dot = DOT(n, st)
	}

	// Leading brokers.
	order := make([]int, v.Len())
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(p, q int) bool { return a.Betweenness[order[p]] > a.Betweenness[order[q]] })
	for _, i := range order[:min(10, len(order))] {
		if a.Betweenness[i] <= 0 {
			break
		}
		var roles []string
		for _, role := range graph.BrokerageRoles {
			if k := a.Brokerage[i].Get(role); k > 0 {
				roles = append(roles, fmt.Sprintf("%s %d", t("role-"+role), k))
			}
		}
		m.brokers = append(m.brokers, bar{name(i), a.Betweenness[i], strings.Join(roles, ", ")})
	}

	// Coverage.
	c := a.Coverage
	m.coverage.counts = make([][]int, len(c.Tasks))
	for i, task := range c.Tasks {
		m.coverage.rows = append(m.coverage.rows, term(n.Vocab.Tasks, task))
		m.coverage.counts[i] = make([]int, len(c.Municipalities))
		for j := range c.Municipalities {
			m.coverage.counts[i][j] = len(c.Cells[i][j].Providers)
		}
	}
	for _, mu := range c.Municipalities {
		m.coverage.cols = append(m.coverage.cols, term(n.Vocab.Municipalities, mu))
	}

	// Fragile points.
	var fragile []string
	for _, d := range a.Departures {
		var cut []string
		for _, s := range d.Separated {
			cut = append(cut, name(s))
		}
		fragile = append(fragile, fmt.Sprintf(t("departure"), name(d.Actor), d.PairsCut, strings.Join(cut, ", ")))
	}
	for _, b := range a.Bridges {
		fragile = append(fragile, fmt.Sprintf(t("bridge"), name(b[0]), name(b[1])))
	}
	if k := len(a.SinglePersonTies); k > 0 {
		fragile = append(fragile, fmt.Sprintf(t("single-ties"), Count("n-ties", k, lang), strings.Join(SingleTieLabels(n, a.SinglePersonTies, lang), "; ")))
	}
	for _, l := range a.FragileSectorLinks {
		fragile = append(fragile, SectorLinkLine(n, l, lang))
	}
	m.sections = append(m.sections, section{t("fragile"), fragile})

	// Overlaps.
	var overlaps []string
	for _, o := range a.Overlaps {
		overlaps = append(overlaps, overlapLine(n, o, lang))
	}
	for _, f := range a.DuplicateForums {
		overlaps = append(overlaps, DuplicateForumLine(n, f, lang))
	}
	m.sections = append(m.sections, section{t("overlaps"), overlaps})

	// Gaps.
	var gaps []string
	if len(a.EmptyCells) > 0 {
		byPlace := map[string][]string{}
		var places []string
		for _, g := range a.EmptyCells {
			if _, ok := byPlace[g.Municipality]; !ok {
				places = append(places, g.Municipality)
			}
			byPlace[g.Municipality] = append(byPlace[g.Municipality], strings.ToLower(term(n.Vocab.Tasks, g.Task)))
		}
		for _, p := range places {
			gaps = append(gaps, fmt.Sprintf(t("empty-in"), term(n.Vocab.Municipalities, p), strings.Join(byPlace[p], ", ")))
		}
	}
	if len(a.SingleCells) > 0 {
		gaps = append(gaps, fmt.Sprintf(t("single-cells"), Count("n-cells", len(a.SingleCells), lang)))
	}
	for _, u := range a.Isolated {
		gaps = append(gaps, fmt.Sprintf(t("isolated"), name(u)))
	}
	for _, s := range a.MissingSectors {
		gaps = append(gaps, fmt.Sprintf(t("sector-missing"), term(n.Vocab.Sectors, s)))
	}
	m.sections = append(m.sections, section{t("gaps"), gaps})

	// Rules.
	for _, rr := range a.Rules {
		l := ruleLine{id: rr.Rule.ID, title: rr.Rule.Title.In(lang), status: rr.Status()}
		for i, f := range rr.Findings {
			if i == memoFindings {
				l.more = len(rr.Findings) - memoFindings
				break
			}
			l.findings = append(l.findings, f.Message.In(lang))
		}
		m.rules = append(m.rules, l)
	}

	// Contact persons: roles always, names, emails and phones unless they
	// were removed.
	for _, x := range n.Actors {
		for _, p := range x.Contacts {
			m.contacts = append(m.contacts, []string{x.Label(), p.Role, p.Name, p.Email, p.Phone})
		}
	}

	m.review, m.reviewDay = memoReview(n, day, r.Rules, lang), formatISO(day, lang)
	m.before = memoBeforeAfter(r.Before, n, lang)

	if w := r.Workshop; w != nil {
		if w.Goal != "" {
			m.workshop = append(m.workshop, section{t("goal"), []string{w.Goal}})
		}
		var notes []string
		for _, note := range w.Notes {
			notes = append(notes, strings.TrimPrefix(term(n.Vocab.Perspectives, note.Perspective)+": ", ": ")+note.Text)
		}
		if len(notes) > 0 {
			m.workshop = append(m.workshop, section{t("notes"), notes})
		}
		var actions []string
		for _, x := range w.Actions {
			s := x.Text
			if extra := strings.Join(nonEmpty(x.Owner, x.Due), ", "); extra != "" {
				s += " (" + extra + ")"
			}
			actions = append(actions, s)
		}
		if len(actions) > 0 {
			m.workshop = append(m.workshop, section{t("actions"), actions})
		}
		if len(w.Participants) > 0 && !r.NoPersonalData {
			m.workshop = append(m.workshop, section{t("participants"), w.Participants})
		}
	}
	return m
}

func groupLabel(n *graph.Network, id string) string {
	for _, g := range n.Groups {
		if g.ID == id {
			return cmp.Or(g.Name, id)
		}
	}
	return id
}

func nonEmpty(xs ...string) []string {
	var out []string
	for _, x := range xs {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// dedupe drops repeated entries, keeping the first.
func dedupe(xs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// FormatNumber writes v with the given decimals and the language's decimal
// separator: a comma in Finnish and Swedish. It is for numbers people read
// (the window, the memo, the command line's plain text); machine formats
// keep the point.
func FormatNumber(v float64, decimals int, lang string) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "–"
	}
	s := strconv.FormatFloat(v, 'f', decimals, 64)
	if lang != "en" {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// formatDate writes a date as Finns and Swedes in Finland do (22.11.2025),
// or in ISO form in English.
func formatDate(d time.Time, lang string) string {
	if lang == "en" {
		return d.Format("2006-01-02")
	}
	return d.Format("2.1.2006")
}

// coverageColour is the heat map's colour for a number of providers: red
// for none (a gap), amber for one (fragile), greens for more.
func coverageColour(count int) string {
	switch {
	case count <= 0:
		return "#f4b6ae"
	case count == 1:
		return "#fde3a7"
	case count == 2:
		return "#c7e9c0"
	case count == 3:
		return "#74c476"
	}
	return "#238b45"
}

// Untitled says a workspace name is no name: empty, or the name a new
// workspace is given until someone names it ("Uusi työtila"), which an
// export should not print as a title.
func Untitled(name string) bool {
	name = strings.TrimSpace(name)
	w := reportWords["untitled"]
	return name == "" || name == w.FI || name == w.SV || name == w.EN
}

// reportWords are the memo's words in fi, sv and en.
// Word returns a finding's or a rule status's wording in lang ("fi",
// "sv", "en"), as the memo says it; the command line's summary uses the
// same words. Unknown keys return "".
func Word(key, lang string) string {
	if t, ok := reportWords[key]; ok {
		return t.In(lang)
	}
	return ""
}

var reportWords = map[string]graph.Text{
	"untitled":        {FI: "Uusi työtila", SV: "Ny arbetsyta", EN: "New workspace"},
	"memo":            {FI: "Työpajamuistio", SV: "Workshopprotokoll", EN: "Workshop memo"},
	"generated":       {FI: "Laadittu Verkostokartalla %s", SV: "Sammanställd med Verkostokartta %s", EN: "Made with Verkostokartta on %s"},
	"page":            {FI: "Sivu %d/%s", SV: "Sida %d/%s", EN: "Page %d of %s"},
	"figures":         {FI: "Tunnusluvut", SV: "Nyckeltal", EN: "Key figures"},
	"background":      {FI: "Tausta", SV: "Bakgrund", EN: "Background"},
	"fig-actors":      {FI: "Toimijoita", SV: "Aktörer", EN: "Actors"},
	"fig-ties":        {FI: "Yhteyksiä", SV: "Relationer", EN: "Ties"},
	"fig-pairs":       {FI: "Toimijapareja, joilla yhteys", SV: "Aktörspar med relation", EN: "Connected pairs"},
	"fig-density":     {FI: "Tiheys", SV: "Täthet", EN: "Density"},
	"fig-components":  {FI: "Erillisiä osia", SV: "Separata delar", EN: "Components"},
	"fig-communities": {FI: "Yhteisöjä (modulaarisuus)", SV: "Grupper (modularitet)", EN: "Communities (modularity)"},
	"fig-cutpoints":   {FI: "Katkoskohtia", SV: "Snittpunkter", EN: "Cut points"},
	"fig-bridges":     {FI: "Ainoita yhteyksiä (siltoja)", SV: "Enda förbindelser (broar)", EN: "Only links (bridges)"},
	"fig-single":      {FI: "Yhden henkilön varassa olevia yhteyksiä", SV: "Relationer som vilar på en person", EN: "Ties resting on one person"},
	"fig-overlaps":    {FI: "Päällekkäisyyksiä", SV: "Överlappningar", EN: "Overlaps"},
	"fig-empty":       {FI: "Kunta–tehtävä-pareja ilman tarjoajaa", SV: "Kommun–uppgift-par utan aktör", EN: "Municipality–task cells without a provider"},
	"fig-rules":       {FI: "Sääntöjä, jotka eivät täyty", SV: "Regler som inte uppfylls", EN: "Rules that fail"},
	"map":             {FI: "Verkostokartta", SV: "Nätverkskarta", EN: "Network map"},
	"map-note": {FI: "Toimijat ovat kartalla samoilla paikoilla kuin sovelluksessa. Punainen paksu reuna merkitsee katkoskohtaa: toimijaa, jonka poistuminen jakaa verkoston.",
		SV: "Aktörerna står på samma platser som i appen. En tjock röd kant markerar en snittpunkt: en aktör vars avgång delar nätverket.",
		EN: "Actors stand where they stand in the app. A thick red border marks a cut point: an actor whose departure splits the network."},
	"cutpoint-legend": {FI: "Katkoskohta (paksu punainen reuna)", SV: "Snittpunkt (tjock röd kant)", EN: "Cut point (thick red border)"},
	"brokers":         {FI: "Keskeisimmät välittäjät", SV: "Viktigaste förmedlarna", EN: "Leading brokers"},
	"brokers-note": {FI: "Välittäjyys: kuinka suuri osa muiden toimijoiden välisistä lyhimmistä poluista kulkee toimijan kautta. Pienellä: kuinka monta kertaa toimija on kunkin Gouldin ja Fernandezin välittäjäroolin asemassa sektoreiden välillä.",
		SV: "Mellanhet: hur stor del av de kortaste vägarna mellan andra aktörer som går via aktören. Med liten stil: hur många gånger aktören har var och en av Gould och Fernandez förmedlarroller mellan sektorerna.",
		EN: "Betweenness: the share of shortest paths between other actors that pass through the actor. In small print: how often the actor holds each of Gould and Fernandez's brokerage roles between sectors."},
	"no-brokers":   {FI: "Verkostossa ei ole välittäjiä.", SV: "Nätverket har inga förmedlare.", EN: "The network has no brokers."},
	"coverage":     {FI: "Tehtävien kattavuus kunnittain", SV: "Uppgifternas täckning per kommun", EN: "Coverage of tasks by municipality"},
	"coverage-key": {FI: "Luku on tarjoajien määrä. 0 = aukko, 1 = yhden tarjoajan varassa.", SV: "Talet är antalet aktörer. 0 = lucka, 1 = vilar på en aktör.", EN: "The number is the number of providers. 0 = gap, 1 = rests on one provider."},
	"no-coverage":  {FI: "Työtilaan ei ole kirjattu tehtäviä tai kuntia.", SV: "Inga uppgifter eller kommuner har registrerats.", EN: "No tasks or municipalities are recorded."},
	"fragile":      {FI: "Haavoittuvat kohdat", SV: "Sårbara punkter", EN: "Fragile points"},
	"overlaps":     {FI: "Päällekkäisyydet", SV: "Överlappningar", EN: "Overlaps"},
	"gaps":         {FI: "Aukot", SV: "Luckor", EN: "Gaps"},
	"none":         {FI: "Ei havaintoja.", SV: "Inga fynd.", EN: "None found."},
	"rules":        {FI: "Säännöt", SV: "Regler", EN: "Rules"},
	"contacts":     {FI: "Yhteyshenkilöt", SV: "Kontaktpersoner", EN: "Contact persons"},
	"contacts-removed": {FI: "Henkilötiedot (nimet, sähköpostit ja puhelinnumerot) on poistettu; roolit näkyvät.",
		SV: "Personuppgifterna (namn, e-post och telefon) har tagits bort; rollerna syns.",
		EN: "Personal data (names, emails and phones) has been removed; roles are shown."},
	"no-contacts":  {FI: "Yhteyshenkilöitä ei ole kirjattu.", SV: "Inga kontaktpersoner har registrerats.", EN: "No contact persons are recorded."},
	"col-actor":    {FI: "Toimija", SV: "Aktör", EN: "Actor"},
	"col-role":     {FI: "Rooli", SV: "Roll", EN: "Role"},
	"col-name":     {FI: "Nimi", SV: "Namn", EN: "Name"},
	"col-email":    {FI: "Sähköposti", SV: "E-post", EN: "Email"},
	"col-phone":    {FI: "Puhelin", SV: "Telefon", EN: "Phone"},
	"col-task":     {FI: "Tehtävä", SV: "Uppgift", EN: "Task"},
	"workshop":     {FI: "Työpaja", SV: "Workshop", EN: "Workshop"},
	"goal":         {FI: "Tavoite", SV: "Mål", EN: "Goal"},
	"notes":        {FI: "Havainnot näkökulmittain", SV: "Iakttagelser per perspektiv", EN: "Observations by perspective"},
	"actions":      {FI: "Sovitut toimenpiteet", SV: "Överenskomna åtgärder", EN: "Agreed actions"},
	"participants": {FI: "Osallistujat", SV: "Deltagare", EN: "Participants"},

	"colour-community": {FI: "Yhteisöt (Louvain)", SV: "Grupper (Louvain)", EN: "Communities (Louvain)"},
	"community":        {FI: "Yhteisö %d", SV: "Grupp %d", EN: "Community %d"},
	"colour-core":      {FI: "Ydinluku (k-ydin)", SV: "Kärnnummer (k-kärna)", EN: "Core number (k-core)"},
	"core":             {FI: "Ydinluku %d", SV: "Kärnnummer %d", EN: "Core number %d"},

	"review": {FI: "Jäsenyyskatselmus", SV: "Granskning av medlemskapen", EN: "Membership review"},
	"review-intro": {FI: "Ohjausryhmälle: kuka kuuluu verkostoon, kuka on sitoutunut sopimukseen ja millä ehdoin, kuka istuu missäkin ryhmässä, keitä puuttuu ja keitä kannattaisi kutsua. Tilanne %s.",
		SV: "För styrgruppen: vem hör till nätverket, vem har förbundit sig till avtalet och på vilka villkor, vem sitter i vilken grupp, vilka saknas och vilka vore värda att bjuda in. Läget %s.",
		EN: "For the steering group: who belongs to the network, who is bound by the agreement and on what terms, who sits in which group, who is missing and whom to invite. As of %s."},
	"rv-matrix":      {FI: "Jäsenyydet ryhmissä", SV: "Medlemskap i grupperna", EN: "Memberships in groups"},
	"rv-matrix-note": {FI: "Rooli, paikalla istuva edustaja ja päivämäärät tilanteessa %s. Sarakkeet:", SV: "Roll, representanten på platsen och datum läget %s. Kolumnerna:", EN: "Role, the representative holding the seat and dates as of %s. Columns:"},
	"rv-no-seats":    {FI: "Ryhmiin ei ole kirjattu jäseniä.", SV: "Inga medlemmar har registrerats i grupperna.", EN: "No group members are recorded."},
	"rv-member":      {FI: "jäsen", SV: "medlem", EN: "member"},
	"rv-starts":      {FI: "alkaa %s", SV: "börjar %s", EN: "starts %s"},
	"rv-ended":       {FI: "päättyi %s", SV: "upphörde %s", EN: "ended %s"},
	"rv-until":       {FI: "%s asti", SV: "till %s", EN: "until %s"},
	"rv-notice":      {FI: "irtisanottu %s, päättyy %s", SV: "uppsagt %s, upphör %s", EN: "notice given %s, ends %s"},
	"rv-active":      {FI: "voimassa", SV: "gäller", EN: "in force"},
	"rv-parties":     {FI: "Sopijaosapuolet", SV: "Avtalsparter", EN: "Agreement parties"},
	"rv-no-agreement": {FI: "Yhteistyösopimusta ei ole kirjattu (ryhmä, jonka tyyppi on sopimus).", SV: "Inget samarbetsavtal har registrerats (en grupp av typen avtal).",
		EN: "No cooperation agreement is recorded (a group of the kind agreement)."},
	"rv-since":       {FI: "Alkaen", SV: "Sedan", EN: "Since"},
	"rv-status":      {FI: "Tila", SV: "Läge", EN: "Status"},
	"rv-represented": {FI: "Edustaja johtoryhmässä", SV: "Representant i ledningsgruppen", EN: "Seat in the leadership group"},
	"rv-contacts":    {FI: "Yhteyshenkilöitä", SV: "Kontaktpersoner", EN: "Contact persons"},
	"rv-terms": {FI: "Ehdot: kesäkuun loppuun mennessä annettu irtisanominen päättää sopimuksen kalenterivuoden lopussa, myöhemmin annettu seuraavan vuoden lopussa. Jotta sopimus päättyisi %[2]s, irtisanomisen on oltava perillä viimeistään %[1]s.",
		SV: "Villkor: en uppsägning senast i slutet av juni avslutar avtalet vid kalenderårets slut, en senare vid följande års slut. För att avtalet ska upphöra %[2]s ska uppsägningen lämnas senast %[1]s.",
		EN: "Terms: notice given by the end of June ends the agreement at the end of the calendar year; later notice, at the end of the next. For the agreement to end on %[2]s, notice must be given by %[1]s."},
	"rv-count":     {FI: "Osapuolia: %s.", SV: "Parter: %s.", EN: "Parties: %s."},
	"rv-all-ended": {FI: "Sopimus on päättynyt kaikkien osapuolten osalta.", SV: "Avtalet har upphört för alla parter.", EN: "The agreement has ended for every party."},
	"yes":          {FI: "kyllä", SV: "ja", EN: "yes"},
	"no":           {FI: "ei", SV: "nej", EN: "no"},
	"or":           {FI: "tai", SV: "eller", EN: "or"},
	"rv-gaps":      {FI: "Edustuksen aukot", SV: "Luckor i representationen", EN: "Representation gaps"},
	"rv-gaps-note": {FI: "Johto- ja ohjausryhmien pitäisi edustaa koko aluetta: jokaista kuntaa ja vaadittuja sektoreita (sääntö R7).",
		SV: "Lednings- och styrgrupperna borde representera hela regionen: varje kommun och de krävda sektorerna (regel R7).",
		EN: "Leadership and steering bodies should represent the whole region: every municipality and the required sectors (rule R7)."},
	"rv-gap-municipalities": {FI: "kunnat ilman edustusta: %s", SV: "kommuner utan representation: %s", EN: "municipalities not represented: %s"},
	"rv-gap-sectors":        {FI: "sektorit ilman jäsentä: %s", SV: "sektorer utan medlem: %s", EN: "sectors without a member: %s"},
	"rv-no-gaps":            {FI: "Jokainen kunta ja vaadittu sektori on edustettuna.", SV: "Varje kommun och krävd sektor är representerad.", EN: "Every municipality and required sector is represented."},
	"rv-no-bodies": {FI: "Johto- tai ohjausryhmää, jolla on jäseniä, ei ole kirjattu: edustusta ei voi arvioida.", SV: "Ingen lednings- eller styrgrupp med medlemmar har registrerats: representationen kan inte bedömas.",
		EN: "No leadership or steering body with members is recorded: representation cannot be judged."},
	"rv-candidates": {FI: "Kutsuttavia", SV: "Att bjuda in", EN: "Candidates to invite"},
	"rv-candidates-note": {FI: "Toimijat, joilla ei ole paikkaa ryhmissä eikä sopimuksessa, ja miksi niitä kannattaisi kutsua.",
		SV: "Aktörer utan plats i grupperna eller i avtalet, och varför de vore värda att bjuda in.",
		EN: "Actors without a seat in the groups or the agreement, and why they are worth inviting."},
	"rv-why-candidate":    {FI: "merkitty ehdokkaaksi", SV: "markerad som kandidat", EN: "marked as a candidate"},
	"rv-why-municipality": {FI: "alueen kunta, joka ei ole sopijaosapuoli eikä jäsen", SV: "kommun i regionen som varken är avtalspart eller medlem", EN: "a municipality of the region, neither party nor member"},
	"rv-why-tied":         {FI: "yhteyksiä %d toimijaan, joilla on paikka ryhmissä", SV: "relationer med %d aktörer som har plats i grupperna", EN: "tied to %d actors with a seat in the groups"},
	"rv-why-fills":        {FI: "täydentäisi: %s", SV: "skulle komplettera: %s", EN: "would complete: %s"},
	"rv-no-candidates":    {FI: "Ei kutsuttavia.", SV: "Inga att bjuda in.", EN: "No candidates."},

	"changes":           {FI: "Muutokset", SV: "Förändringar", EN: "Changes"},
	"snapshot":          {FI: "tilannekuva", SV: "ögonblicksbild", EN: "snapshot"},
	"before-after":      {FI: "Ennen ja jälkeen: %s ja nyt", SV: "Före och efter: %s och nu", EN: "Before and after: %s and now"},
	"before-after-note": {FI: "Verkosto nyt, ja mukana mitä tilannekuvasta %s on poistunut, samoilla paikoilla. Vihreä: tullut lisää; punainen ja haalea: poistunut.", SV: "Nätverket nu, med det som har försvunnit sedan ögonblicksbilden %s, på samma platser. Grönt: tillkommit; rött och blekt: försvunnit.", EN: "The network now, with what has gone since the snapshot %s, on the same positions. Green: added; red and faded: removed."},
	"added-actor":       {FI: "Uusi toimija (vihreä reuna)", SV: "Ny aktör (grön kant)", EN: "New actor (green border)"},
	"removed-actor":     {FI: "Poistunut toimija (punainen reuna, haalea)", SV: "Försvunnen aktör (röd kant, blek)", EN: "Removed actor (red border, faded)"},
	"added-tie":         {FI: "Uusi yhteys", SV: "Ny relation", EN: "New tie"},
	"removed-tie":       {FI: "Poistunut yhteys", SV: "Försvunnen relation", EN: "Removed tie"},
	"metric-change":     {FI: "%s: kumppaneita %d → %d, välittäjyys %s → %s", SV: "%s: partner %d → %d, mellanhet %s → %s", EN: "%s: partners %d → %d, betweenness %s → %s"},
	"no-changes":        {FI: "Ei muutoksia.", SV: "Inga förändringar.", EN: "No changes."},
	"change-group":      {FI: "ryhmä %s", SV: "gruppen %s", EN: "group %s"},
	"change-seat":       {FI: "%s ryhmässä %s", SV: "%s i gruppen %s", EN: "%s in %s"},

	"cell-all-stages":    {FI: "kaikki ikävaiheet", SV: "alla åldersfaser", EN: "all life stages"},
	"cell-gap":           {FI: "Aukko: kukaan ei tarjoa kunnassa %s tehtävää %s (%s).", SV: "Lucka: ingen erbjuder i %s uppgiften %s (%s).", EN: "Gap: nobody offers %[2]s in %[1]s (%[3]s)."},
	"cell-gap-nowhere":   {FI: "Tehtävää ei tarjota missään alueen kunnassa.", SV: "Uppgiften erbjuds inte i någon kommun i regionen.", EN: "The task is offered in no municipality of the region."},
	"cell-gap-elsewhere": {FI: "Tarjolla muualla (tarjoajia): %s — voisiko joku heistä palvella myös tätä kuntaa?", SV: "Erbjuds på andra håll (aktörer): %s — kunde någon av dem också betjäna denna kommun?", EN: "Offered elsewhere (providers): %s — could one of them serve this municipality too?"},
	"cell-single":        {FI: "Yhden tarjoajan varassa: vain %s tarjoaa tehtävää %s kunnassa %s. Jos se lopettaa, syntyy aukko.", SV: "Vilar på en aktör: bara %s erbjuder uppgiften %s i %s. Om den slutar uppstår en lucka.", EN: "Rests on one provider: only %s offers %s in %s. If it stops, a gap opens."},
	"cell-many":          {FI: "%d tarjoajaa tehtävälle %s kunnassa %s: %s.", SV: "%d aktörer för uppgiften %s i %s: %s.", EN: "%d providers of %s in %s: %s."},
	"cell-one-sector":    {FI: "Kaikki samalta sektorilta (%s): muut sektorit puuttuvat.", SV: "Alla från samma sektor (%s): de andra sektorerna saknas.", EN: "All from one sector (%s): the other sectors are missing."},
	"cell-overlap":       {FI: "Päällekkäistä työtä: %s tarjoavat samaa samoille perheille (%s).", SV: "Överlappande arbete: %s erbjuder samma sak till samma familjer (%s).", EN: "Overlapping work: %s offer the same to the same families (%s)."},
	"cell-untied":        {FI: "Näillä ei ole yhteyttä toisiinsa: %s — sopikaa työnjaosta.", SV: "Dessa har ingen relation till varandra: %s — kom överens om arbetsfördelningen.", EN: "These have no tie to each other: %s — agree on who does what."},
	"cell-tied":          {FI: "Tarjoajat ovat yhteydessä toisiinsa; tarkistakaa, onko työnjako sovittu.", SV: "Aktörerna har relationer med varandra; kontrollera att arbetsfördelningen är överenskommen.", EN: "The providers are tied to each other; check that the division of work is agreed."},

	"action-doing":   {FI: "käynnissä", SV: "pågår", EN: "under way"},
	"action-done":    {FI: "tehty", SV: "klar", EN: "done"},
	"action-dropped": {FI: "luovuttu", SV: "slopad", EN: "dropped"},

	"role-coordinator":    {FI: "koordinaattori", SV: "koordinator", EN: "coordinator"},
	"role-consultant":     {FI: "konsultti", SV: "konsult", EN: "consultant"},
	"role-representative": {FI: "edustaja", SV: "representant", EN: "representative"},
	"role-gatekeeper":     {FI: "portinvartija", SV: "grindvakt", EN: "gatekeeper"},
	"role-liaison":        {FI: "yhdyshenkilö", SV: "länk", EN: "liaison"},

	"departure":       {FI: "Jos %s lähtee, %d toimijaparin yhteys katkeaa; erilleen jää: %s", SV: "Om %s lämnar bryts förbindelsen mellan %d aktörspar; avskilda blir: %s", EN: "If %s leaves, %d pairs of actors lose their connection; cut off: %s"},
	"bridge":          {FI: "Ainoa yhteys: %s – %s", SV: "Enda förbindelsen: %s – %s", EN: "Only link: %s – %s"},
	"single-ties":     {FI: "Yhden henkilön varassa %s: %s", SV: "Vilar på en person, %s: %s", EN: "Resting on one person, %s: %s"},
	"single-tie":      {FI: "Yhden henkilön varassa: %s", SV: "Vilar på en person: %s", EN: "Rests on one person: %s"},
	"sector-link":     {FI: "Sektoreiden %s ja %s yhteys on ohut: %s, %s", SV: "Förbindelsen mellan %s och %s är tunn: %s, %s", EN: "The link between %s and %s is thin: %s, %s"},
	"untied":          {FI: "ei yhteyttä: %s – %s", SV: "ingen relation: %s – %s", EN: "not tied: %s – %s"},
	"duplicate-forum": {FI: "Ryhmät %s ja %s lähes samat: %s (Jaccard %s)", SV: "Grupperna %s och %s nästan lika: %s (Jaccard %s)", EN: "Groups %s and %s nearly coincide: %s (Jaccard %s)"},
	"empty-in":        {FI: "Ei tarjoajaa – %s: %s", SV: "Ingen aktör – %s: %s", EN: "No provider – %s: %s"},
	"single-cells":    {FI: "Vain yksi tarjoaja: %s", SV: "Bara en aktör: %s", EN: "Only one provider: %s"},
	"isolated":        {FI: "Irrallinen toimija: %s", SV: "Isolerad aktör: %s", EN: "Isolated actor: %s"},
	"sector-missing":  {FI: "Sektori puuttuu verkostosta: %s", SV: "Sektorn saknas i nätverket: %s", EN: "Sector missing from the network: %s"},

	"status-pass":           {FI: "kunnossa", SV: "uppfylld", EN: "passed"},
	"status-fail":           {FI: "ei täyty", SV: "uppfylls inte", EN: "failed"},
	"status-warn":           {FI: "huomioita", SV: "anmärkningar", EN: "warnings"},
	"status-not_applicable": {FI: "ei sovellu", SV: "ej tillämplig", EN: "not applicable"},
	"status-disabled":       {FI: "pois päältä", SV: "avstängd", EN: "disabled"},
}

// countWords are phrases with a number in their singular and plural forms:
// Finnish, Swedish and English all take the singular for exactly one (the
// CLDR "one" category of whole numbers) and the plural otherwise.
var countWords = map[string][2]graph.Text{
	"rv-count-active":   {{FI: "%d voimassa", SV: "%d i kraft", EN: "%d in force"}, {FI: "%d voimassa", SV: "%d i kraft", EN: "%d in force"}},
	"rv-count-notice":   {{FI: "%d irtisanottu", SV: "%d uppsagd", EN: "%d under notice"}, {FI: "%d irtisanottua", SV: "%d uppsagda", EN: "%d under notice"}},
	"rv-count-upcoming": {{FI: "%d alkamassa", SV: "%d börjar senare", EN: "%d starting later"}, {FI: "%d alkamassa", SV: "%d börjar senare", EN: "%d starting later"}},
	"rv-count-ended":    {{FI: "%d päättynyt", SV: "%d upphörd", EN: "%d ended"}, {FI: "%d päättynyttä", SV: "%d upphörda", EN: "%d ended"}},
	"more":              {{FI: "… ja %d muu", SV: "… och %d till", EN: "… and %d more"}, {FI: "… ja %d muuta", SV: "… och %d till", EN: "… and %d more"}},
	"n-actors":          {{FI: "%d toimija", SV: "%d aktör", EN: "%d actor"}, {FI: "%d toimijaa", SV: "%d aktörer", EN: "%d actors"}},
	"n-ties":            {{FI: "%d yhteys", SV: "%d relation", EN: "%d tie"}, {FI: "%d yhteyttä", SV: "%d relationer", EN: "%d ties"}},
	"n-pairs":           {{FI: "%d toimijapari", SV: "%d aktörspar", EN: "%d connected pair"}, {FI: "%d toimijaparia", SV: "%d aktörspar", EN: "%d connected pairs"}},
	"n-people":          {{FI: "%d henkilö", SV: "%d person", EN: "%d person"}, {FI: "%d henkilöä", SV: "%d personer", EN: "%d people"}},
	"n-shared-members":  {{FI: "%d yhteinen jäsen", SV: "%d gemensam medlem", EN: "%d shared member"}, {FI: "%d yhteistä jäsentä", SV: "%d gemensamma medlemmar", EN: "%d shared members"}},
	"n-cells":           {{FI: "%d kunta–tehtävä-pari", SV: "%d kommun–uppgift-par", EN: "%d municipality–task cell"}, {FI: "%d kunta–tehtävä-paria", SV: "%d kommun–uppgift-par", EN: "%d municipality–task cells"}},
	"n-components":      {{FI: "%d erillinen osa", SV: "%d separat del", EN: "%d component"}, {FI: "%d erillistä osaa", SV: "%d separata delar", EN: "%d components"}},
	"n-partners":        {{FI: "%d kumppani", SV: "%d partner", EN: "%d partner"}, {FI: "%d kumppania", SV: "%d partner", EN: "%d partners"}},
	"n-communities":     {{FI: "%d yhteisö", SV: "%d grupp", EN: "%d community"}, {FI: "%d yhteisöä", SV: "%d grupper", EN: "%d communities"}},
}

// Count words the number n with the phrase key in lang, in the singular or
// the plural as n asks ("1 yhteys", "2 yhteyttä"); an unknown key gives
// the bare number.
func Count(key string, n int, lang string) string {
	forms, ok := countWords[key]
	if !ok {
		return strconv.Itoa(n)
	}
	form := forms[1]
	if n == 1 {
		form = forms[0]
	}
	return fmt.Sprintf(form.In(lang), n)
}

// statusMark is the sign of a rule's status, as in the command line.
var statusMark = map[string]string{"pass": "✓", "warn": "!", "fail": "✗", "not_applicable": "–", "disabled": "·"}

// statusColour is the colour of a rule's status sign.
var statusColour = map[string]string{"pass": "#1e8449", "warn": "#b9770e", "fail": "#c0392b", "not_applicable": "#7f8c8d", "disabled": "#7f8c8d"}
