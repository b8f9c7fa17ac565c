package export

import (
	"context"
	"encoding/xml"
	"os/exec"
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
		Workshop: &ReportWorkshop{Goal: "Selkeä yhteistyö", Notes: []ReportNote{{"asiakas", "Perheet eivät löydä palveluja"}}, Actions: []ReportAction{{"Kutsu seurakunta", "Maija", "5/2025"}}}}
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
		"Toimijoita", "Yhteyksiä", "Tiheys", formatNumber(a.Density, 3, "fi"),
		"Keskeisimmät välittäjät", `Seurakunta "Pyhä" <script>`, formatNumber(a.Betweenness[2], 3, "fi"),
		"Verkostokartta", "Selite", "Tehtävien kattavuus kunnittain", "Mäntyharju", "Pieksämäki",
		"Haavoittuvat kohdat", "Päällekkäisyydet", "Aukot", "Säännöt", "Yhteyshenkilöt",
		"Maija Esimerkki", "maija@example.org", "koordinaattori",
		"Selkeä yhteistyö", "Perheet eivät löydä palveluja", "Kutsu seurakunta (Maija, 5/2025)",
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
		if got := formatNumber(c.v, 3, c.lang); got != c.want {
			t.Errorf("formatNumber(%g, %s) = %s, want %s", c.v, c.lang, got, c.want)
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
