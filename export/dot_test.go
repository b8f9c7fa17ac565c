package export

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/verkostokartta/verkostokartta/graph"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// etelaSavo is a small hand-made network: two municipalities, the
// wellbeing county (a meeting place) and a parish, with two ties between
// Mäntyharju and the county, a planned one, an ended one and one of a kind
// the vocabulary does not know.
func etelaSavo() *graph.Network {
	n := &graph.Network{Vocab: graph.DefaultVocabularies()}
	n.Actors = []*graph.Actor{
		{ID: "mantyharju", Name: "Mäntyharjun kunta", Sector: "municipality", X: 100, Y: 100},
		{ID: "pieksamaki", Name: "Pieksämäen kaupunki", Sector: "municipality", X: 400, Y: 100},
		{ID: "essote", Name: "Essote", Sector: "sote", X: 250, Y: 300, MeetingPlace: true},
		{ID: "srk", Name: "Mikkelin tuomiokirkkoseurakunta", ShortName: "Mikkelin srk", Sector: "parish", X: 40, Y: 320},
	}
	n.Ties = []*graph.Tie{
		{ID: "t1", From: "mantyharju", To: "essote", Kind: "joint", Strength: 3},
		{ID: "t2", From: "mantyharju", To: "essote", Kind: "referral", Directed: true, Strength: 1},
		{ID: "t3", From: "pieksamaki", To: "essote", Kind: "funding", Directed: true, Strength: 2, Status: graph.TiePlanned},
		{ID: "t4", From: "pieksamaki", To: "mantyharju", Kind: "joint", Strength: 1, Status: graph.TieEnded},
		{ID: "t5", From: "srk", To: "essote", Kind: "agreement", Strength: 1},
		{ID: "t6", From: "srk", To: "mantyharju", Kind: "consultation", Directed: true, Strength: 2},
		{ID: "t7", From: "srk", To: "pieksamaki", Kind: "friendship", Strength: 1},
	}
	return n
}

func TestDOTNodesAndEdges(t *testing.T) {
	dot := string(DOT(etelaSavo(), Style{}))
	for _, want := range []string{
		`graph [layout=neato, inputscale=72, splines=line,`,
		// Sector colours, outline 70 % as bright, text colour by contrast.
		`"a:mantyharju" [label="Mäntyharjun kunta", pos="100,-100!", fillcolor="#98df8a", color="#6a9c60", fontcolor="#000000", tooltip="Mäntyharjun kunta — Kunta, muu"];`,
		`"a:pieksamaki" [label="Pieksämäen\nkaupunki", pos="400,-100!", fillcolor="#98df8a"`,
		`"a:essote" [label="Essote", pos="250,-300!", fillcolor="#1f77b4", color="#15537d", fontcolor="#ffffff", tooltip="Essote — Hyvinvointialue, sosiaali- ja terveyspalvelut", peripheries=2];`,
		`"a:srk" [label="Mikkelin srk", pos="40,-320!", fillcolor="#9467bd"`,
		// Kind → colour and dash; strength → width (+1.5 for the bold kinds).
		`"a:mantyharju" -> "a:essote" [color="#424949", style=solid, penwidth=3.5, dir=none, tooltip="Yhteinen toiminta"];`,
		`"a:mantyharju" -> "a:essote" [color="#c0392b", style=solid, penwidth=1, dir=forward, tooltip="Asiakasohjaus"];`,
		`"a:pieksamaki" -> "a:essote" [color="#b9770e80", style=dashed, penwidth=2, dir=forward, tooltip="Avustus, rahoitus"];`,
		`"a:srk" -> "a:essote" [color="#1b4f72", style=solid, penwidth=2.5, dir=none, tooltip="Yhteistyösopimus"];`,
		`"a:srk" -> "a:mantyharju" [color="#117864", style=dotted, penwidth=2, dir=forward, tooltip="Konsultaatio"];`,
		`"a:srk" -> "a:pieksamaki" [color="#566573", style=solid, penwidth=1, dir=none, tooltip="friendship"];`,
	} {
		if !strings.Contains(dot, want) {
			t.Errorf("DOT lacks %s", want)
		}
	}
	if got := strings.Count(dot, `"a:mantyharju" -> "a:essote"`); got != 2 {
		t.Errorf("%d edges for the two ties of Mäntyharju and Essote, want 2", got)
	}
	if strings.Contains(dot, `"a:pieksamaki" -> "a:mantyharju"`) {
		t.Error("an ended tie is drawn")
	}
	if strings.Contains(dot, "strict") {
		t.Error("a strict graph merges multiplex ties")
	}
	if strings.Contains(dot, "legend") {
		t.Error("the zero Style draws a legend")
	}
}

func TestDefaultTieKindsLookDifferent(t *testing.T) {
	seen := map[[2]string]string{}
	for _, k := range graph.DefaultVocabularies().TieKinds {
		colour, style, _ := tieLook(k.Code, 1)
		if other, ok := seen[[2]string{colour, style}]; ok {
			t.Errorf("%s and %s look alike", k.Code, other)
		}
		if _, known := tieStyles[k.Code]; !known {
			t.Errorf("default kind %s has no style of its own", k.Code)
		}
		seen[[2]string{colour, style}] = k.Code
	}
}

func TestDOTLegend(t *testing.T) {
	dot := string(DOT(etelaSavo(), Style{Legend: true}))
	for _, want := range []string{
		`label="Selite\l", fontsize=17.5, fontname="DejaVu Sans Bold"`,
		`label="Sektorit\l"`, `label="Yhteydet\l"`,
		`label="Hyvinvointialue, sosiaali- ja terveyspalvelut\l"`, `label="Kunta, muu\l"`, `label="Seurakunta\l"`,
		`"legend:sector:parish" [class=legend, label=" ", fixedsize=true, width=0.35, height=0.23, fillcolor="#9467bd"`,
		`label="Kohtaamispaikka (kaksoisreuna)\l"`,
		`"legend:kind:consultation:0" -> "legend:kind:consultation:1" [class=legend, color="#117864", style=dotted, penwidth=2, dir=none]`,
		`label="Konsultaatio\l"`, `label="friendship\l"`,
		`label="Suunnattu yhteys (nuoli)\l"`, `label="Suunniteltu tai toivottu yhteys\l"`,
	} {
		if !strings.Contains(dot, want) {
			t.Errorf("legend lacks %s", want)
		}
	}
	for _, unused := range []string{"legend:sector:ngo", "legend:sector:education", "legend:kind:pair", "legend:kind:premises"} {
		if strings.Contains(dot, unused) {
			t.Errorf("the legend lists %s, which the map does not use", unused)
		}
	}
	// Sectors and kinds come in vocabulary order.
	if i, j := strings.Index(dot, "legend:sector:sote"), strings.Index(dot, "legend:sector:municipality"); i < 0 || j < i {
		t.Error("sectors are not in vocabulary order")
	}

	sv := string(DOT(etelaSavo(), Style{Legend: true, Lang: "sv"}))
	for _, want := range []string{`label="Teckenförklaring\l"`, `label="Sektorer\l"`, `label="Relationer\l"`, `label="Kommun, övrigt\l"`, `label="Församling\l"`, `tooltip="Konsultation"`} {
		if !strings.Contains(sv, want) {
			t.Errorf("Swedish legend lacks %s", want)
		}
	}
	en := string(DOT(etelaSavo(), Style{Legend: true, Lang: "en"}))
	for _, want := range []string{`label="Legend\l"`, `label="Sectors\l"`, `label="Ties\l"`, `label="Parish\l"`} {
		if !strings.Contains(en, want) {
			t.Errorf("English legend lacks %s", want)
		}
	}
}

func TestDOTSpreadsActorsWithoutPositions(t *testing.T) {
	n := etelaSavo()
	for _, a := range n.Actors {
		a.X, a.Y = 0, 0
	}
	pos := positions(n.Actors)
	seen := map[[2]float64]bool{}
	for _, p := range pos {
		if seen[p] {
			t.Fatalf("two actors at %v: %v", p, pos)
		}
		seen[p] = true
	}
	// Radius 150 around (150, 150), the first actor on top.
	if pos[0] != [2]float64{150, 0} || pos[1] != [2]float64{300, 150} {
		t.Errorf("circle positions %v", pos)
	}
	if one := positions(n.Actors[:1]); one[0] != [2]float64{0, 0} {
		t.Errorf("a single actor moved to %v", one[0])
	}
}

func TestQuote(t *testing.T) {
	for _, c := range []struct{ in, want, left string }{
		{`Seurakunta "Pyhä" <script>`, `"Seurakunta \"Pyhä\" <script>"`, `"Seurakunta \"Pyhä\" <script>\l"`},
		{`C:\kansio\`, `"C:\\kansio\\"`, `"C:\\kansio\\\l"`},
		{`C:\new \N`, `"C:\\new \\N"`, `"C:\\new \\N\l"`},
		{"kaksi\r\nriviä", `"kaksi\nriviä"`, `"kaksi\lriviä\l"`},
		{"sarkain\tja\x00nolla", `"sarkain ja nolla"`, `"sarkain ja nolla\l"`},
		{"rikki \xff", "\"rikki \uFFFD\"", "\"rikki \uFFFD\\l\""},
		{"{a} & b", `"{a} & b"`, `"{a} & b\l"`},
	} {
		if got := quote(c.in); got != c.want {
			t.Errorf("quote(%q) = %s, want %s", c.in, got, c.want)
		}
		if got := quoteLeft(c.in); got != c.left {
			t.Errorf("quoteLeft(%q) = %s, want %s", c.in, got, c.left)
		}
	}
}

func TestQuoteTooltip(t *testing.T) {
	if got, want := quoteTooltip("C:\\N \"x\"\nrivi\\"), `"C:\\\\N \"x\" rivi\\\\"`; got != want {
		t.Errorf("quoteTooltip = %s, want %s", got, want)
	}
}

func TestDOTGolden(t *testing.T) {
	got := DOT(etelaSavo(), Style{Legend: true, Title: "Etelä-Savon perhekeskus"})
	path := filepath.Join("testdata", "etela-savo.dot")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./export -update to write it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("DOT differs from %s; if the change is meant, run go test ./export -update and review the diff", path)
	}
}
