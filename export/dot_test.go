package export

import (
	"context"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/verkostokartta/verkostokartta/graph"
)

func finnish() *graph.Network {
	n := &graph.Network{Vocab: graph.DefaultVocabularies()}
	n.Actors = []*graph.Actor{
		{ID: "mantyharju", Name: "Mäntyharjun kunta", Sector: "municipality", X: 100, Y: 100},
		{ID: "pieksamaki", Name: "Pieksämäen kaupunki", Sector: "municipality", X: 400, Y: 100},
		{ID: "essote", Name: "Essote", Sector: "sote", X: 250, Y: 300, MeetingPlace: true},
	}
	n.Ties = []*graph.Tie{
		{ID: "t1", From: "mantyharju", To: "essote", Kind: "joint", Strength: 3},
		{ID: "t2", From: "mantyharju", To: "essote", Kind: "referral", Directed: true, Strength: 1},
		{ID: "t3", From: "pieksamaki", To: "essote", Kind: "funding", Directed: true, Strength: 2, Status: graph.TiePlanned},
		{ID: "t4", From: "pieksamaki", To: "mantyharju", Kind: "joint", Strength: 1, Status: graph.TieEnded},
	}
	return n
}

func TestDOTAttributes(t *testing.T) {
	dot := string(DOT(finnish(), Style{}))
	for _, want := range []string{
		`"a:mantyharju" [label="Mäntyharjun kunta", pos="100.00,-100.00!", fillcolor="#98df8a"`,
		`"a:essote" [label="Essote", pos="250.00,-300.00!", fillcolor="#1f77b4", color="#15537d", fontcolor="#ffffff"`,
		`peripheries=2`,
		`"a:mantyharju" -> "a:essote" [color="#424949", style=solid, penwidth=3.50, dir=none, tooltip="Yhteinen toiminta"]`,
		`"a:mantyharju" -> "a:essote" [color="#c0392b", style=solid, penwidth=1.00, dir=forward, tooltip="Asiakasohjaus"]`,
		`"a:pieksamaki" -> "a:essote" [color="#b9770e80", style=dashed, penwidth=2.00, dir=forward`,
		`label="Selite\l"`, `label="Kunta, muu\l"`, `label="Suunniteltu tai toivottu yhteys\l"`,
	} {
		if !strings.Contains(dot, want) {
			t.Errorf("DOT lacks %s", want)
		}
	}
	if strings.Contains(dot, `"a:pieksamaki" -> "a:mantyharju"`) {
		t.Error("an ended tie is drawn")
	}
	if strings.Contains(dot, "legend:sector:ngo") || strings.Contains(dot, "legend:kind:pair") {
		t.Error("the legend lists sectors or kinds the map does not use")
	}
	if strings.Contains(string(DOT(finnish(), Style{NoLegend: true})), "Selite") {
		t.Error("NoLegend still draws a legend")
	}
}

func render(t *testing.T, n *graph.Network, st Style) string {
	t.Helper()
	svg, err := SVG(context.Background(), DOT(n, st))
	if err != nil {
		t.Fatal(err)
	}
	return string(svg)
}

func TestSVGKeepsFinnishAndLegend(t *testing.T) {
	svg := render(t, finnish(), Style{Title: "Verkostokartta – Etelä-Savo"})
	for _, want := range []string{">Mäntyharjun kunta<", ">Pieksämäen<", ">kaupunki<", ">Selite<", ">Sektorit<", ">Kunta, muu<",
		">Hyvinvointialue, sosiaali&#45; ja terveyspalvelut<", ">Yhteydet<", ">Asiakasohjaus<", "Etelä&#45;Savo"} {
		if !strings.Contains(svg, want) {
			t.Errorf("SVG lacks %s", want)
		}
	}
	sv := render(t, finnish(), Style{Lang: "sv"})
	for _, want := range []string{">Teckenförklaring<", ">Sektorer<", ">Kommun, övrigt<", ">Relationer<"} {
		if !strings.Contains(sv, want) {
			t.Errorf("Swedish SVG lacks %s", want)
		}
	}
}

func TestMultiplexTiesStayDistinct(t *testing.T) {
	svg := render(t, finnish(), Style{NoLegend: true})
	// Two ties between Mäntyharju and Essote, one planned from Pieksämäki.
	if got := strings.Count(svg, `class="edge"`); got != 3 {
		t.Errorf("%d edges in the SVG, want 3", got)
	}
	paths := regexp.MustCompile(`<title>a:mantyharju&#45;&gt;a:essote</title>\s*<g[^>]*><a[^>]*>\s*<path[^>]* d="([^"]+)"`).FindAllStringSubmatch(svg, -1)
	if len(paths) != 2 || paths[0][1] == paths[1][1] {
		t.Errorf("the two ties between one pair are not two different lines: %v", paths)
	}
}

func TestHostileNamesAppearLiterally(t *testing.T) {
	n := finnish()
	n.Actors[0].Name = `Seurakunta "Pyhä" <script>`
	n.Actors[1].Name = `Polku C:\kansio\`
	n.Actors[2].Name = "Kaksi\nriviä & {aaltosulkeet}"
	svg := render(t, n, Style{NoLegend: true})
	for _, want := range []string{`Seurakunta &quot;Pyhä&quot; &lt;script&gt;`, `Polku C:\kansio\`, `Kaksi`, `riviä &amp; {aaltosulkeet}`} {
		if !strings.Contains(svg, want) {
			t.Errorf("SVG lacks %s", want)
		}
	}
	if strings.Contains(svg, "<script") {
		t.Error("a name became markup")
	}
}

// nodeCentres returns the SVG coordinates of each actor's label.
func nodeCentres(t *testing.T, svg string) map[string][2]float64 {
	t.Helper()
	re := regexp.MustCompile(`<title>a:([^<]+)</title>\s*<g[^>]*><a[^>]*>\s*<path[^>]*/>\s*<text text-anchor="middle" x="([-\d.]+)" y="([-\d.]+)"`)
	out := map[string][2]float64{}
	for _, m := range re.FindAllStringSubmatch(svg, -1) {
		x, _ := strconv.ParseFloat(m[2], 64)
		y, _ := strconv.ParseFloat(m[3], 64)
		out[m[1]] = [2]float64{x, y}
	}
	return out
}

func TestImagePositionsAreCanvasPositions(t *testing.T) {
	n := finnish()
	n.Actors[0].MeetingPlace, n.Actors[2].MeetingPlace = false, false
	n.Actors[1].Name = "Pieksämäki" // one line, so its first text line is its centre
	c := nodeCentres(t, render(t, n, Style{}))
	if len(c) != 3 {
		t.Fatalf("found %d actors in the SVG: %v", len(c), c)
	}
	// Canvas: Mäntyharju (100,100), Pieksämäki (400,100), Essote (250,300).
	// The image is the canvas moved by an offset: differences are equal.
	dx := c["pieksamaki"][0] - c["mantyharju"][0]
	dy := c["essote"][1] - c["mantyharju"][1]
	if abs(dx-300) > 0.5 || abs(dy-200) > 0.5 || abs(c["pieksamaki"][1]-c["mantyharju"][1]) > 0.5 {
		t.Errorf("image offsets dx %.2f dy %.2f, want 300 and 200; centres %v", dx, dy, c)
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func TestRenderIsSafeConcurrently(t *testing.T) {
	var wg sync.WaitGroup
	errs := make(chan error, 6)
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := SVG(context.Background(), DOT(finnish(), Style{}))
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	if _, err := Render(context.Background(), []byte("digraph { a -> "), "svg"); err == nil {
		t.Error("a broken DOT document rendered")
	}
	if _, err := SVG(context.Background(), DOT(finnish(), Style{})); err != nil {
		t.Errorf("rendering after a failure: %v", err)
	}
	if _, err := Render(context.Background(), DOT(finnish(), Style{}), "png"); err == nil {
		t.Error("go-graphviz's broken PNG is not refused")
	}
}

func TestWrapAndColours(t *testing.T) {
	got := Wrap("Mannerheimin Lastensuojeluliiton Järvi-Suomen piiri ry", 18)
	want := []string{"Mannerheimin", "Lastensuojeluliiton", "Järvi-Suomen piiri", "ry"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Wrap: %q", got)
	}
	if TextColour("#1f77b4") != "#ffffff" || TextColour("#98df8a") != "#000000" || TextColour("#ff7f0e") != "#000000" {
		t.Error("text colours do not follow contrast")
	}
}
