package export

import (
	"context"
	"encoding/xml"
	stdhtml "html"
	"os/exec"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/verkostokartta/verkostokartta/graph"
)

// memoNetwork is the hand-made network with a hostile name, contact
// persons and a coverage matrix of two tasks in two municipalities, the
// second task offered nowhere.
func memoNetwork() *graph.Network {
	n := etelaSavo()
	n.Actors[2].Name = `Seurakunta "Pyhä" <script>` // Essote, the broker
	n.Actors[0].Contacts = []graph.Contact{{ID: "c1", Name: "Maija Esimerkki", Role: "koordinaattori", Email: "maija@example.org", Phone: "+358 40 000 0001"}}
	n.Vocab.Municipalities = []graph.Term{{Code: "mantyharju", FI: "Mäntyharju"}, {Code: "pieksamaki", FI: "Pieksämäki"}}
	n.Vocab.Tasks = n.Vocab.Tasks[:2]
	n.Actors[0].Tasks, n.Actors[0].Municipalities = []string{n.Vocab.Tasks[0].Code}, []string{"mantyharju", "pieksamaki"}
	return n
}

func memoReport(n *graph.Network) *Report {
	return &Report{Title: "Etelä-Savon perhekeskus", Region: "Etelä-Savo", Date: time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC), Network: n,
		Workshop: &ReportWorkshop{Goal: "Selkeä yhteistyö", Notes: []ReportNote{{"asiakas", "Perheet eivät löydä palveluja"}}, Actions: []ReportAction{{"Kutsu seurakunta", "Maija", "5/2025"}},
			Participants: []string{"Maija Esimerkki, koordinaattori, Mäntyharju"}}}
}

func TestReportPDF(t *testing.T) {
	r := memoReport(memoNetwork())
	a := graph.Analyze(r.Network, graph.AnalysisOptions{})
	pdf, err := ReportPDF(context.Background(), r)
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, pdf)
	for _, want := range []string{
		"Etelä-Savon perhekeskus", "Työpajamuistio", "14.3.2025", "Tunnusluvut",
		// Key figures: 4 actors, 6 current ties between 5 pairs.
		"Toimijoita", "Yhteyksiä", "Tiheys", FormatNumber(a.Density, 3, "fi"),
		"Keskeisimmät välittäjät", `Seurakunta "Pyhä" <script>`, FormatNumber(a.Betweenness[2], 3, "fi"),
		"Verkostokartta", "Selite", "Tehtävien kattavuus kunnittain", "Mäntyharju", "Pieksämäki",
		"Haavoittuvat kohdat", "Päällekkäisyydet", "Aukot", "Säännöt", "Yhteyshenkilöt",
		"Maija Esimerkki", "maija@example.org", "koordinaattori",
		"Selkeä yhteistyö", "Perheet eivät löydä palveluja", "Kutsu seurakunta (Maija, 5/2025)",
		"Osallistujat", "Maija Esimerkki, koordinaattori, Mäntyharju",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the memo lacks %q", want)
		}
	}
	if !strings.Contains(text, "Sivu 1/") {
		t.Error("the memo has no page numbers")
	}
	if path, err := exec.LookPath("pdftotext"); err == nil {
		out := pdftotext(t, path, pdf)
		for _, want := range []string{`Seurakunta "Pyhä" <script>`, "Sivu 1/4", "Yhteyshenkilöt"} {
			if !strings.Contains(out, want) {
				t.Errorf("pdftotext does not find %q in the memo", want)
			}
		}
	}
}

func TestReportWithoutPersonalData(t *testing.T) {
	r := memoReport(memoNetwork().WithoutPersonalData())
	r.NoPersonalData = true
	ctx := context.Background()
	pdf, err := ReportPDF(ctx, r)
	if err != nil {
		t.Fatal(err)
	}
	html, err := ReportHTML(ctx, r)
	if err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string]string{"PDF": pdfText(t, pdf), "HTML": string(html)} {
		for _, personal := range []string{"Maija Esimerkki", "@example.org", "+358"} {
			if strings.Contains(text, personal) {
				t.Errorf("the %s memo shows %q", name, personal)
			}
		}
		for _, want := range []string{"koordinaattori", "Henkilötiedot"} {
			if !strings.Contains(text, want) {
				t.Errorf("the %s memo lacks %q", name, want)
			}
		}
	}
}

func TestReportHTML(t *testing.T) {
	r := memoReport(memoNetwork())
	r.Lang = "sv"
	html, err := ReportHTML(context.Background(), r)
	if err != nil {
		t.Fatal(err)
	}
	s := string(html)
	for _, want := range []string{
		`<html lang="sv">`, "Workshopprotokoll", "Nyckeltal", "Viktigaste förmedlarna", "Nätverkskarta", "Teckenförklaring",
		// The name as text everywhere: in the bar chart and in the map.
		`Seurakunta &#34;Pyhä&#34; &lt;script&gt;`, `Seurakunta &quot;Pyhä&quot;`,
		`<td class="c1">1</td>`, `<td class="c0">0</td>`, "Maija Esimerkki", "Regler",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("the HTML memo lacks %s", want)
		}
	}
	if strings.Contains(s, "<script") {
		t.Error("a name became markup")
	}
	if strings.Contains(s, "<?xml") || strings.Contains(s, "<!DOCTYPE svg") {
		t.Error("the inline SVG kept its XML prolog")
	}
	// Well-formed enough to read as XML once the doctype is gone.
	d := xml.NewDecoder(strings.NewReader(strings.TrimPrefix(s, "<!DOCTYPE html>\n")))
	d.Strict, d.AutoClose, d.Entity = false, xml.HTMLAutoClose, xml.HTMLEntity
	for {
		if _, err := d.Token(); err != nil {
			if err.Error() != "EOF" {
				t.Fatalf("the HTML memo does not parse: %v", err)
			}
			break
		}
	}
}

func TestReportOfEmptyNetwork(t *testing.T) {
	for _, n := range []*graph.Network{nil, {}} {
		r := &Report{Network: n, Lang: "en"}
		pdf, err := ReportPDF(context.Background(), r)
		if err != nil {
			t.Fatal(err)
		}
		if text := pdfText(t, pdf); !strings.Contains(text, "Workshop memo") || !strings.Contains(text, "None found.") {
			t.Errorf("empty memo:\n%s", text)
		}
		if _, err := ReportHTML(context.Background(), r); err != nil {
			t.Fatal(err)
		}
	}
}

func TestFormatNumber(t *testing.T) {
	for _, c := range []struct {
		v    float64
		lang string
		want string
	}{{0.1056, "fi", "0,106"}, {0.1056, "sv", "0,106"}, {0.1056, "en", "0.106"}, {2, "fi", "2,000"}} {
		if got := FormatNumber(c.v, 3, c.lang); got != c.want {
			t.Errorf("FormatNumber(%g, %s) = %s, want %s", c.v, c.lang, got, c.want)
		}
	}
}

func TestFitColumns(t *testing.T) {
	for _, c := range []struct {
		natural   []float64
		soft      int
		floor     float64
		want      []float64
		situation string
	}{
		{[]float64{100, 130, 80, 130, 73}, 0, 0, []float64{100, 115, 80, 115, 73}, "the two widest give way together"},
		{[]float64{100, 130, 80, 130, 73}, 2, 90, []float64{100, 100, 80, 130, 73}, "the soft role column gives way first"},
		{[]float64{120, 130, 80, 200, 73}, 2, 90, []float64{90, 90, 80, 150, 73}, "beyond the floor the widest gives way"},
		{[]float64{10, 30}, 0, 0, []float64{20, 60}, "narrow columns widen in proportion"},
	} {
		total := 483.0
		if len(c.natural) == 2 {
			total = 80
		}
		got := fitColumns(c.natural, total, c.soft, c.floor)
		for i := range c.want {
			if d := got[i] - c.want[i]; d > 0.01 || d < -0.01 {
				t.Errorf("%s: fitColumns = %v, want %v", c.situation, got, c.want)
				break
			}
		}
	}
}

// reviewReport is a memo of a small agreement network as of 1 March 2026:
// A, B and J signed, J gave notice in August 2025 (after June: it is out
// at the end of 2026); only A sits in the leadership group; C, a
// municipality that did not sign, joined the map since the snapshot, and
// E left it.
func reviewReport() *Report {
	n := &graph.Network{Vocab: graph.DefaultVocabularies()}
	n.Vocab.Municipalities = []graph.Term{{Code: "a", FI: "Aa"}, {Code: "b", FI: "Bee"}, {Code: "c", FI: "Cee"}}
	add := func(net *graph.Network, id, name, sector, status string, munis ...string) {
		net.Actors = append(net.Actors, &graph.Actor{ID: id, Name: name, Sector: sector, Status: status, Municipalities: munis, X: float64(len(net.Actors) * 150)})
	}
	add(n, "A", "Aan kunta", "municipality", graph.StatusCore, "a")
	add(n, "B", "Been kunta", "municipality", graph.StatusCore, "b")
	add(n, "J", "Järjestö ry", "ngo", graph.StatusMember, "a")
	n.Ties = []*graph.Tie{{ID: "t1", From: "A", To: "B", Kind: "agreement", Strength: 2}, {ID: "t2", From: "A", To: "J", Kind: "joint", Strength: 2}}
	n.Groups = []*graph.Group{
		{ID: "deal", Name: "Yhteistyösopimus", Kind: "agreement", Members: []graph.Membership{
			{Actor: "A", Role: "sopijaosapuoli", Since: "2025-01-01"}, {Actor: "B", Role: "sopijaosapuoli", Since: "2025-01-01"},
			{Actor: "J", Role: "sopijaosapuoli", Since: "2025-01-01", Notice: "2025-08-15"}}},
		{ID: "lead", Name: "Johtoryhmä", Kind: "leadership", Members: []graph.Membership{{Actor: "A", Role: "puheenjohtaja", Since: "2025-01-01", Representative: "a1"}}},
	}
	n.Actors[0].Contacts = []graph.Contact{{ID: "a1", Name: "Aino Aalto", Role: "perhekeskuskoordinaattori"}}
	before := &graph.Network{Vocab: n.Vocab, Ties: []*graph.Tie{n.Ties[0], {ID: "t9", From: "A", To: "E", Kind: "joint", Strength: 1}},
		Groups: []*graph.Group{n.Groups[0], {ID: "lead", Name: "Johtoryhmä", Kind: "leadership"}}} // A took the chair since
	before.Actors = append(before.Actors, n.Actors...)
	add(before, "E", "Entinen hanke", "project", graph.StatusPartner)
	add(n, "C", "Ceen kunta", "municipality", graph.StatusCandidate, "c")
	n.Ties = append(n.Ties, &graph.Tie{ID: "t3", From: "C", To: "B", Kind: "joint", Strength: 1})
	return &Report{Title: "Katselmus", Date: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), Network: n,
		Before: &ReportBefore{Name: "Lähtötilanne", Taken: time.Date(2025, 9, 1, 9, 0, 0, 0, time.UTC), Network: before}}
}

func TestReportReviewAndBeforeAfter(t *testing.T) {
	r := reviewReport()
	want := []string{
		"Jäsenyyskatselmus", "Tilanne 1.3.2026",
		// The matrix: columns numbered, named in the note.
		"Jäsenyydet ryhmissä", "1 = Yhteistyösopimus;", "puheenjohtaja: Aino Aalto",
		// The parties and the notice rule.
		"Sopijaosapuolet: Yhteistyösopimus", "irtisanottu 15.8.2025, päättyy 31.12.2026", "Osapuolia: 2 voimassa, 1 irtisanottu.",
		"viimeistään 30.6.2026",
		// Gaps and candidates.
		"Johtoryhmä: kunnat ilman edustusta: Bee, Cee.", "Järjestö; Seurakunta.",
		"Ceen kunta — merkitty ehdokkaaksi; alueen kunta, joka", "täydentäisi: Johtoryhmä",
		// Before and after.
		"Ennen ja jälkeen: Lähtötilanne ja nyt", "tilannekuvasta Lähtötilanne (1.9.2025)",
		"+ Ceen kunta", "− Entinen hanke", "+ Ceen kunta – Been kunta", "− Aan kunta – Entinen hanke",
		"+ Aan kunta ryhmässä Johtoryhmä (puheenjohtaja)",
	}
	pdf, err := ReportPDF(context.Background(), r)
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, pdf)
	html, err := ReportHTML(context.Background(), r)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("the PDF memo lacks %q", w)
		}
		if !strings.Contains(stdhtml.UnescapeString(string(html)), w) {
			t.Errorf("the HTML memo lacks %q", w)
		}
	}
	// The before/after map outlines C green and E red, draws the removed
	// tie dashed red and names both in its legend.
	m := buildMemo(r)
	dot := string(m.before.dot)
	for _, w := range []string{
		`"a:C" [label="Ceen kunta"`, `color="` + addedColour + `"`, `"a:E" [label="Entinen hanke"`,
		`"a:A" -> "a:E" [color="` + removedColour + `", style=dashed`, "Uusi toimija (vihreä reuna)", "Poistunut yhteys",
	} {
		if !strings.Contains(dot, w) {
			t.Errorf("the before/after map lacks %q", w)
		}
	}
	if k := strings.Count(dot, "Uusi toimija (vihreä reuna)"); k != 1 {
		t.Errorf("the legend names the new actors %d times", k)
	}
	// Without personal data the seat shows its role, not who holds it.
	r.Network, r.Before.Network, r.NoPersonalData = r.Network.WithoutPersonalData(), r.Before.Network.WithoutPersonalData(), true
	html, err = ReportHTML(context.Background(), r)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(html), "Aino Aalto") || !strings.Contains(string(html), "puheenjohtaja") {
		t.Error("the memo without personal data names the representative")
	}
}

// TestExplainCell: in memoNetwork the first task is offered only by the
// first actor, in both municipalities, and the second task nowhere; then a
// second provider of another organisation and no tie makes an overlap.
func TestExplainCell(t *testing.T) {
	n := memoNetwork()
	c := graph.CoverageMatrix(n, "", "")
	a := graph.Analyze(n, graph.AnalysisOptions{})
	first, task := n.Actors[0], strings.ToLower(n.Vocab.Tasks[0].FI)
	got := ExplainCell(n, a, c, 0, 0, "", "fi")
	if len(got) != 1 || got[0].Text != "Yhden tarjoajan varassa: vain "+first.Label()+" tarjoaa tehtävää "+task+" kunnassa Mäntyharju. Jos se lopettaa, syntyy aukko." ||
		len(got[0].Actors) != 1 || got[0].Actors[0] != first.ID {
		t.Errorf("single provider: %+v", got)
	}
	got = ExplainCell(n, a, c, 1, 1, "", "fi")
	if len(got) != 1 || !strings.HasPrefix(got[0].Text, "Aukko: kukaan ei tarjoa kunnassa Pieksämäki tehtävää ") || !strings.HasSuffix(got[0].Text, "Tehtävää ei tarjota missään alueen kunnassa.") {
		t.Errorf("gap: %+v", got)
	}
	// Mäntyharju loses the first actor's offer: the gap points at Pieksämäki.
	first.Municipalities = []string{"pieksamaki"}
	c = graph.CoverageMatrix(n, "", "")
	got = ExplainCell(n, a, c, 0, 0, "", "fi")
	if len(got) != 1 || !strings.HasSuffix(got[0].Text, "Tarjolla muualla (tarjoajia): Pieksämäki (1) — voisiko joku heistä palvella myös tätä kuntaa?") {
		t.Errorf("gap with offers elsewhere: %+v", got)
	}
	// A second, untied organisation offers the same in Pieksämäki.
	other := n.Actors[len(n.Actors)-1]
	n.Services = append(n.Services, &graph.Service{ID: "s1", Name: "Perhekahvila", Providers: []string{other.ID}, Tasks: []string{n.Vocab.Tasks[0].Code}, Municipalities: []string{"pieksamaki"}})
	n.Actors[0].Name = "Perheneuvo"
	var ties []*graph.Tie
	for _, x := range n.Ties {
		if !(x.From == first.ID && x.To == other.ID || x.From == other.ID && x.To == first.ID) {
			ties = append(ties, x)
		}
	}
	n.Ties = ties
	a = graph.Analyze(n, graph.AnalysisOptions{})
	c = graph.CoverageMatrix(n, "", "")
	got = ExplainCell(n, a, c, 0, 1, "", "fi")
	if len(got) != 2 || !strings.HasPrefix(got[0].Text, "2 tarjoajaa tehtävälle "+task+" kunnassa Pieksämäki: ") ||
		!strings.HasPrefix(got[1].Text, "Päällekkäistä työtä: ") || !strings.Contains(got[1].Text, "Näillä ei ole yhteyttä toisiinsa: ") {
		t.Errorf("overlap: %+v", got)
	}
	if ExplainCell(n, a, c, 5, 0, "", "fi") != nil || ExplainCell(n, a, nil, 0, 0, "", "fi") != nil {
		t.Error("a cell outside the matrix is explained")
	}
}

// TestMemoTableWrapsLongCells: a table too wide for the page wraps its
// cells onto more lines instead of cutting them, so end dates stay
// readable in print.
func TestMemoTableWrapsLongCells(t *testing.T) {
	f := newPDF(a4W, a4H)
	f.SetMargins(memoMargin, memoMargin, memoMargin)
	f.AddPage()
	w := &memoPDF{f: f, m: &memo{lang: "fi"}}
	long := "sopijaosapuoli (päättyi 31.12.2021)"
	w.table([]string{"Toimija", "1", "2", "3", "4", "5"},
		[][]string{{"Mikkelin tuomiokirkkoseurakunta", long, long, long, long, long}}, 1, 60)
	pdf, err := outputPDF(f)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, s := range pdfTexts(t, pdf) {
		lines = append(lines, s.s)
		if strings.Contains(s.s, "…") {
			t.Errorf("a cell is cut: %q", s.s)
		}
	}
	text := strings.Join(lines, "\n")
	if got := strings.Count(text, "31.12.2021)"); got != 5 {
		t.Errorf("the end date is shown in %d cells, want 5:\n%s", got, text)
	}
	// A word wider than its column breaks inside; none of it is lost.
	if !strings.Contains(strings.Join(lines, ""), "Mikkelintuomiokirkkoseurakunta") {
		t.Errorf("the actor's name is not shown whole:\n%s", text)
	}
}

// partiesBlock is the review's table of the agreement's parties.
func partiesBlock(t *testing.T, blocks []ReviewBlock) ReviewBlock {
	t.Helper()
	for _, b := range blocks {
		if strings.HasPrefix(b.Title, "Sopijaosapuolet: ") {
			return b
		}
	}
	t.Fatalf("no parties in %+v", blocks)
	return ReviewBlock{}
}

// TestReviewOfEndedAgreement: once every party's seat has ended, the review
// gives no notice deadline, counts the ended parties in words (not "ended
// 3." that reads as a date) and leaves the leadership seat of ended
// parties blank; a party that ended before the others shows a dash too.
func TestReviewOfEndedAgreement(t *testing.T) {
	n := reviewReport().Network
	deal := n.Groups[0]
	deal.Members[0].Until, deal.Members[1].Until = "2025-12-31", "2025-12-31" // J's notice ended it on 2026-12-31

	b := partiesBlock(t, Review(n, "2027-02-01", nil, "fi"))
	if want := "Osapuolia: 3 päättynyttä. Sopimus on päättynyt kaikkien osapuolten osalta."; b.Note != want {
		t.Errorf("note = %q, want %q", b.Note, want)
	}
	for _, row := range b.Rows {
		if row[3] != "–" {
			t.Errorf("%s, ended, has a seat in the leadership group: %q", row[0], row[3])
		}
	}

	// On 1 March 2026, A and B have ended and J is under notice: one row
	// each, the deadline for notice still ahead.
	b = partiesBlock(t, Review(n, "2026-03-01", nil, "fi"))
	if want := "Osapuolia: 1 irtisanottu, 2 päättynyttä. Ehdot:"; !strings.HasPrefix(b.Note, want) {
		t.Errorf("note = %q, want it to start %q", b.Note, want)
	}
	if got := []string{b.Rows[0][3], b.Rows[2][3]}; got[0] != "–" || got[1] != "ei" {
		t.Errorf("leadership seats of ended A and of J under notice = %q", got)
	}
}

// TestReviewNoticeDeadlineAhead: after June, notice ends the agreement at
// the end of the next year, and the review names next June as the
// deadline rather than one already past.
func TestReviewNoticeDeadlineAhead(t *testing.T) {
	b := partiesBlock(t, Review(reviewReport().Network, "2026-09-15", nil, "fi"))
	if want := "Jotta sopimus päättyisi 31.12.2027, irtisanomisen on oltava perillä viimeistään 30.6.2027."; !strings.HasSuffix(b.Note, want) {
		t.Errorf("note = %q, want it to end %q", b.Note, want)
	}
}

// TestReviewWithoutBodies: with no groups at all, the review does not claim
// that every municipality is represented: like rule R7, it has nothing to
// judge.
func TestReviewWithoutBodies(t *testing.T) {
	n := memoNetwork()
	n.Groups = nil
	for _, rr := range graph.Analyze(n, graph.AnalysisOptions{}).Rules {
		if rr.Rule.ID == "R7" && rr.Status() != "not_applicable" {
			t.Fatalf("R7 is %s", rr.Status())
		}
	}
	for _, b := range Review(n, "2025-03-14", nil, "fi") {
		if b.Title != "Edustuksen aukot" {
			continue
		}
		want := "Johto- tai ohjausryhmää, jolla on jäseniä, ei ole kirjattu: edustusta ei voi arvioida."
		if len(b.Items) != 1 || b.Items[0] != want {
			t.Errorf("gaps = %q, want %q", b.Items, want)
		}
		return
	}
	t.Error("the review has no representation gaps")
}

// TestMemoDatedByTheWorkshop: a memo made after the workshop carries the
// workshop's date, the day its review looks at; the footer says when it
// was made.
func TestMemoDatedByTheWorkshop(t *testing.T) {
	r := memoReport(memoNetwork())
	r.ReviewDay = "2025-02-20"
	m := buildMemo(r)
	if want := "Työpajamuistio · 20.2.2025 · Etelä-Savo"; m.subtitle != want {
		t.Errorf("subtitle = %q, want %q", m.subtitle, want)
	}
	if want := "Laadittu Verkostokartalla 14.3.2025"; m.generated != want {
		t.Errorf("footer = %q, want %q", m.generated, want)
	}
	if m.reviewDay != "20.2.2025" {
		t.Errorf("the review is as of %q", m.reviewDay)
	}
}

// TestCount: phrases with a number take the singular for exactly one.
func TestCount(t *testing.T) {
	for _, c := range []struct {
		key  string
		n    int
		lang string
		want string
	}{
		{"n-ties", 1, "fi", "1 yhteys"}, {"n-ties", 0, "fi", "0 yhteyttä"}, {"n-ties", 2, "fi", "2 yhteyttä"},
		{"n-people", 1, "fi", "1 henkilö"}, {"n-people", 3, "sv", "3 personer"}, {"n-people", 1, "en", "1 person"},
		{"more", 1, "fi", "… ja 1 muu"}, {"more", 15, "fi", "… ja 15 muuta"},
		{"rv-count-ended", 16, "fi", "16 päättynyttä"}, {"n-components", 1, "sv", "1 separat del"},
		{"no-such-phrase", 7, "fi", "7"},
	} {
		if got := Count(c.key, c.n, c.lang); got != c.want {
			t.Errorf("Count(%q, %d, %q) = %q, want %q", c.key, c.n, c.lang, got, c.want)
		}
	}
}

// TestMemoSingleTiesTellKindsApart: two ties between the same pair, each
// resting on one person, are named with their kinds, so the memo's list
// has as many entries as it counts.
func TestMemoSingleTiesTellKindsApart(t *testing.T) {
	n := memoNetwork()
	a, b := n.Actors[0], n.Actors[1]
	a.Contacts = append(a.Contacts, graph.Contact{ID: "c2", Name: "Pekka"})
	n.Ties = []*graph.Tie{
		{ID: "x1", From: a.ID, To: b.ID, Kind: "joint", Strength: 2, Contacts: []string{"c1"}},
		{ID: "x2", From: a.ID, To: b.ID, Kind: "information", Strength: 1, Contacts: []string{"c2"}},
	}
	m := buildMemo(memoReport(n))
	pair := a.Label() + " – " + b.Label()
	want := "Yhden henkilön varassa 2 yhteyttä: " + pair + " (yhteinen toiminta); " + pair + " (tiedonkulku)"
	for _, s := range m.sections {
		if slices.Contains(s.Items, want) {
			return
		}
	}
	t.Errorf("the memo lacks %q: %+v", want, m.sections)
}

// TestUntitledWorkspace: a workspace still called by the name a new one
// gets has its memo titled by what it is and its map left without a title.
func TestUntitledWorkspace(t *testing.T) {
	r := memoReport(memoNetwork())
	r.Title = "Uusi työtila"
	m := buildMemo(r)
	if m.title != "Työpajamuistio" || m.subtitle != "14.3.2025 · Etelä-Savo" {
		t.Errorf("title %q, subtitle %q", m.title, m.subtitle)
	}
	if dot := string(DOT(r.Network, Style{Title: "Ny arbetsyta"})); strings.Contains(dot, "Ny arbetsyta") {
		t.Error("the map is titled Ny arbetsyta")
	}
	if dot := string(DOT(r.Network, Style{Title: "Perhekeskus 2025"})); !strings.Contains(dot, `graph [label="Perhekeskus 2025"`) {
		t.Error("a named workspace's map lost its title")
	}
}
