package export

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/verkostokartta/verkostokartta/graph"
)

func render(t *testing.T, dot []byte) string {
	t.Helper()
	svg, err := SVG(context.Background(), dot)
	if err != nil {
		t.Fatal(err)
	}
	wellFormed(t, svg)
	return string(svg)
}

// wellFormed fails the test when svg is not well-formed XML.
func wellFormed(t *testing.T, svg []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(svg))
	d.Strict = true
	d.Entity = xml.HTMLEntity
	for {
		if _, err := d.Token(); err != nil {
			if !errors.Is(err, io.EOF) {
				t.Fatalf("SVG is not well-formed XML: %v", err)
			}
			return
		}
	}
}

func TestSVGKeepsFinnishNamesAndLegend(t *testing.T) {
	svg := render(t, DOT(etelaSavo(), Style{Legend: true, Title: "Etelä-Savon perhekeskus"}))
	for _, want := range []string{
		">Mäntyharjun kunta<", ">Pieksämäen<", ">kaupunki<", "Etelä&#45;Savon perhekeskus",
		">Selite<", ">Sektorit<", ">Yhteydet<",
		// Each sector used, in Finnish.
		">Hyvinvointialue, sosiaali&#45; ja terveyspalvelut<", ">Kunta, muu<", ">Seurakunta<",
		">Asiakasohjaus<", ">Yhteistyösopimus<", ">Kohtaamispaikka (kaksoisreuna)<",
		`font-family="DejaVu Sans,Verdana,Arial,Helvetica,sans-serif" font-weight="bold" font-size="17.50">Selite<`,
	} {
		if !strings.Contains(svg, want) {
			t.Errorf("SVG lacks %s", want)
		}
	}
	if strings.Contains(svg, ">Järjestö<") {
		t.Error("the legend lists a sector the map does not use")
	}
}

func TestSVGSwedishLegend(t *testing.T) {
	svg := render(t, DOT(etelaSavo(), Style{Legend: true, Lang: "sv"}))
	for _, want := range []string{">Teckenförklaring<", ">Sektorer<", ">Relationer<", ">Kommun, övrigt<", ">Församling<", ">Klienthänvisning<", ">Mötesplats (dubbel kant)<"} {
		if !strings.Contains(svg, want) {
			t.Errorf("Swedish SVG lacks %s", want)
		}
	}
	if strings.Contains(svg, ">Selite<") || strings.Contains(svg, ">Kunta, muu<") {
		t.Error("Swedish legend has Finnish words")
	}
}

func TestSVGKeepsMultiplexTiesApart(t *testing.T) {
	svg := render(t, DOT(etelaSavo(), Style{}))
	// Seven ties, one ended.
	if got := strings.Count(svg, `<g id="edge`); got != 6 {
		t.Errorf("%d edges in the SVG, want 6", got)
	}
	re := regexp.MustCompile(`<title>a:mantyharju&#45;&gt;a:essote</title>\s*<g[^>]*><a[^>]*>\s*<path[^>]* d="([^"]+)"`)
	paths := re.FindAllStringSubmatch(svg, -1)
	if len(paths) != 2 {
		t.Fatalf("%d edge groups for the two ties of Mäntyharju and Essote, want 2", len(paths))
	}
	if paths[0][1] == paths[1][1] {
		t.Errorf("the two ties are drawn as one line: %s", paths[0][1])
	}
}

func TestSVGShowsHostileNamesLiterally(t *testing.T) {
	n := etelaSavo()
	n.Actors[0].Name = `Seurakunta "Pyhä" <script>`
	n.Actors[1].Name = `Polku C:\kansio\`
	n.Actors[2].Name = `Kansio \N & {x}`
	n.Actors[3].ShortName = "Kaksi\nriviä"
	svg := render(t, DOT(n, Style{Legend: true, Title: `"Otsikko" \ <b>`}))
	for _, want := range []string{
		// Wrapped at 18 characters.
		`>Seurakunta &quot;Pyhä&quot;<`, `>&lt;script&gt;<`,
		`xlink:title="Seurakunta &quot;Pyhä&quot; &lt;script&gt; — Kunta, muu"`,
		`>Polku C:\kansio\<`, `>Kansio \N &amp; {x}<`, `>Kaksi riviä<`,
		`xlink:title="Polku C:\kansio\ — Kunta, muu"`, `xlink:title="Kansio \N &amp; {x} — Hyvinvointialue`,
		`>&quot;Otsikko&quot; \ &lt;b&gt;<`,
	} {
		if !strings.Contains(svg, want) {
			t.Errorf("SVG lacks %s", want)
		}
	}
	if strings.Contains(svg, "<script") || strings.Contains(svg, "<b>") {
		t.Error("a name became markup")
	}
}

// nodeBoxes returns the bounding box (x0, y0, x1, y1) of the outline of
// every node in an SVG written by Graphviz, by node name.
func nodeBoxes(t *testing.T, svg string) map[string][4]float64 {
	t.Helper()
	title := regexp.MustCompile(`<title>([^<]*)</title>`)
	shape := regexp.MustCompile(`<(?:path|polygon|ellipse)[^>]*?(?: d| points)="([^"]+)"`)
	number := regexp.MustCompile(`-?\d+(?:\.\d+)?`)
	boxes := map[string][4]float64{}
	for _, chunk := range strings.Split(svg, `class="node`)[1:] {
		name := title.FindStringSubmatch(chunk)
		if name == nil {
			t.Fatalf("node without title: %.200s", chunk)
		}
		b := [4]float64{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
		for _, s := range shape.FindAllStringSubmatch(chunk, -1) {
			nums := number.FindAllString(s[1], -1)
			for i := 0; i+1 < len(nums); i += 2 {
				x, _ := strconv.ParseFloat(nums[i], 64)
				y, _ := strconv.ParseFloat(nums[i+1], 64)
				b = [4]float64{min(b[0], x), min(b[1], y), max(b[2], x), max(b[3], y)}
			}
		}
		boxes[name[1]] = b
	}
	return boxes
}

func TestSVGPositionsAreCanvasPositions(t *testing.T) {
	n := etelaSavo()
	n.Actors[1].X, n.Actors[1].Y = 430, 60 // off the grid of the others
	boxes := nodeBoxes(t, render(t, DOT(n, Style{Legend: true, Title: "Otsikko"})))
	centre := func(id string) (x, y float64) {
		b, ok := boxes["a:"+id]
		if !ok {
			t.Fatalf("no node for %s in %v", id, boxes)
		}
		return (b[0] + b[2]) / 2, (b[1] + b[3]) / 2
	}
	// The image is the canvas moved by one offset (SVG y grows downwards
	// too): differences between actors are the canvas differences.
	x0, y0 := centre(n.Actors[0].ID)
	for _, a := range n.Actors[1:] {
		x, y := centre(a.ID)
		dx, dy := x-x0, y-y0
		wantX, wantY := a.X-n.Actors[0].X, a.Y-n.Actors[0].Y
		if math.Abs(dx-wantX) > 0.5 || math.Abs(dy-wantY) > 0.5 {
			t.Errorf("%s is (%.2f, %.2f) from Mäntyharju in the SVG, (%g, %g) on the canvas", a.ID, dx, dy, wantX, wantY)
		}
	}
}

func TestLegendStaysRightOfActors(t *testing.T) {
	n := etelaSavo()
	n.Actors[1].Name = "Mannerheimin Lastensuojeluliiton Järvi-Suomen piiri ry" // the widest node on the right
	out, err := Layout(context.Background(), DOT(n, Style{Legend: true}), "json")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Objects []struct {
			Name, Pos, Width, Height string
		}
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	actorsRight, legendLeft, legendNodes := math.Inf(-1), math.Inf(1), 0
	for _, o := range doc.Objects {
		x, _, err := parsePos(o.Pos)
		if err != nil {
			t.Fatalf("%s: pos %q: %v", o.Name, o.Pos, err)
		}
		w, _ := strconv.ParseFloat(o.Width, 64)
		switch {
		case strings.HasPrefix(o.Name, "a:"):
			actorsRight = max(actorsRight, x+w*72/2)
		case strings.HasPrefix(o.Name, "legend:"):
			legendLeft = min(legendLeft, x-w*72/2)
			legendNodes++
		}
	}
	if legendNodes < 10 {
		t.Fatalf("only %d legend nodes", legendNodes)
	}
	if gap := legendLeft - actorsRight; gap < 14 {
		t.Errorf("the legend starts %.1f pt right of the actors; want at least 14", gap)
	}
}

// parsePos reads a Graphviz "x,y" position.
func parsePos(pos string) (x, y float64, err error) {
	xs, ys, ok := strings.Cut(pos, ",")
	if !ok {
		return 0, 0, errors.New("not x,y")
	}
	x, err1 := strconv.ParseFloat(xs, 64)
	y, err2 := strconv.ParseFloat(ys, 64)
	return x, y, errors.Join(err1, err2)
}

func TestLayoutFormats(t *testing.T) {
	ctx := context.Background()
	dot := DOT(etelaSavo(), Style{})
	out, err := Layout(ctx, dot, "dot")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(out, []byte(`pos="`)) || !bytes.Contains(out, []byte("Mäntyharjun kunta")) {
		t.Errorf("laid-out DOT lacks positions or names:\n%s", out)
	}
	if out, err := Layout(ctx, dot, "xdot"); err != nil || !bytes.Contains(out, []byte("_draw_")) {
		t.Errorf("xdot: %v", err)
	}
	if _, err := Layout(ctx, dot, "png"); err == nil || !strings.Contains(err.Error(), `"png" not supported`) {
		t.Errorf("go-graphviz's broken PNG is not refused: %v", err)
	}
	if _, err := SVG(ctx, []byte("digraph { a -> ")); err == nil || !strings.Contains(err.Error(), "could not read the DOT document") {
		t.Errorf("a broken DOT document: %v", err)
	}
	if _, err := SVG(ctx, dot); err != nil {
		t.Errorf("rendering after a failure: %v", err)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := SVG(cancelled, dot); !errors.Is(err, context.Canceled) {
		t.Errorf("a cancelled render returned %v", err)
	}
}

func TestSVGOfEmptyNetwork(t *testing.T) {
	for _, n := range []*graph.Network{nil, {}} {
		svg := render(t, DOT(n, Style{Legend: true, Title: "Tyhjä"}))
		if !strings.Contains(svg, ">Tyhjä<") || strings.Contains(svg, "Selite") {
			t.Errorf("empty network: %s", svg)
		}
	}
}

func TestSVGIsSafeConcurrently(t *testing.T) {
	dots := [][]byte{DOT(etelaSavo(), Style{}), DOT(etelaSavo(), Style{Legend: true, Lang: "sv"})}
	want := make([][]byte, len(dots))
	for i, d := range dots {
		want[i] = []byte(render(t, d))
	}
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := SVG(context.Background(), dots[i%2])
			if err == nil && !bytes.Equal(got, want[i%2]) {
				err = errors.New("a concurrent render differs from a lone one")
			}
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
}

// BenchmarkSVG300 measures the design target: the SVG of a 300-actor,
// 1,500-tie map in at most 2 s.
func BenchmarkSVG300(b *testing.B) {
	n := etelaSavo()
	n.Actors, n.Ties = nil, nil
	sectors := n.Vocab.Sectors
	for i := range 300 {
		n.Actors = append(n.Actors, &graph.Actor{
			ID: fmt.Sprintf("a%d", i), Name: fmt.Sprintf("Toimija numero %d", i),
			Sector: sectors[i%len(sectors)].Code, X: float64(i%20) * 170, Y: float64(i/20) * 90,
		})
	}
	rnd := rand.New(rand.NewPCG(1, 2))
	kinds := n.Vocab.TieKinds
	for i := range 1500 {
		from, to := rnd.IntN(300), rnd.IntN(300)
		n.Ties = append(n.Ties, &graph.Tie{ID: fmt.Sprintf("t%d", i), From: fmt.Sprintf("a%d", from), To: fmt.Sprintf("a%d", to),
			Kind: kinds[i%len(kinds)].Code, Strength: 1 + i%3, Directed: i%2 == 0})
	}
	dot := DOT(n, Style{Legend: true})
	b.ResetTimer()
	for range b.N {
		if _, err := SVG(context.Background(), dot); err != nil {
			b.Fatal(err)
		}
	}
}
