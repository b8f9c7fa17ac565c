package export

import (
	"bytes"
	"compress/zlib"
	"context"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/verkostokartta/verkostokartta/graph"
)

// tiny keeps test images small: half a pixel per point.
var tiny = Size{DPI: 36}

func drawing(t *testing.T, n *graph.Network, st Style) *Drawing {
	t.Helper()
	d, err := Draw(context.Background(), DOT(n, st))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func decodePNG(t *testing.T, data []byte) image.Image {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return img
}

func TestParseDrawing(t *testing.T) {
	d := drawing(t, etelaSavo(), Style{})
	// Four actors, two of them also with an outline of their own; six
	// drawn ties (one ended), three with arrowheads.
	var filled, curves, arrows, texts int
	for _, op := range d.ops {
		switch {
		case op.text:
			texts++
		case op.curve && op.fill.A > 0:
			filled++
		case op.curve:
			curves++
		case op.closed && op.fill.A > 0 && len(op.points) == 3:
			arrows++
		}
	}
	if filled != 4 || curves != 6+1 || arrows != 3 {
		t.Errorf("%d filled boxes, %d open curves (6 ties, 1 second border), %d arrowheads; want 4, 7, 3", filled, curves, arrows)
	}
	// Five label lines: Pieksämäen / kaupunki are two.
	if texts != 5 {
		t.Errorf("%d texts, want 5", texts)
	}
	var dotted, dashed int
	for _, op := range d.ops {
		switch {
		case len(op.pen.dash) > 0 && op.pen.dash[0] == dashDotted[0]:
			dotted++
		case len(op.pen.dash) > 0 && op.pen.dash[0] == dashDashed[0]:
			dashed++
		}
	}
	if dotted != 1 || dashed != 1 {
		t.Errorf("%d dotted and %d dashed lines; want the consultation dotted and the planned funding dashed", dotted, dashed)
	}
	for _, bad := range [][]byte{nil, []byte("{"), []byte(`{"bb": "x"}`)} {
		if _, err := ParseDrawing(bad); err == nil {
			t.Errorf("ParseDrawing(%q) gave no error", bad)
		}
	}
}

func TestParseColour(t *testing.T) {
	for in, want := range map[string]color.NRGBA{
		"#1f77b4": {0x1f, 0x77, 0xb4, 255}, "#b9770e80": {0xb9, 0x77, 0x0e, 0x80},
		"white": {255, 255, 255, 255}, "transparent": {}, "#12": {0, 0, 0, 255}, "puce": {0, 0, 0, 255},
	} {
		if got := parseColour(in, nil); got != want {
			t.Errorf("parseColour(%q) = %v, want %v", in, got, want)
		}
	}
	if got := parseColour("", []xdotStop{{0, "#ff0000"}}); got != (color.NRGBA{255, 0, 0, 255}) {
		t.Errorf("gradient: %v", got)
	}
}

// A PNG of a network with ties has pixels of the ties' colours where the
// same network without ties is white.
func TestPNGDrawsTies(t *testing.T) {
	with := etelaSavo()
	without := etelaSavo()
	without.Ties = nil
	imgWith := decodePNG(t, mustPNG(t, with))
	imgWithout := decodePNG(t, mustPNG(t, without))
	if imgWith.Bounds() != imgWithout.Bounds() {
		t.Fatalf("the images differ in size: %v and %v", imgWith.Bounds(), imgWithout.Bounds())
	}
	b := imgWith.Bounds()
	edgePixels, referral := 0, 0
	red := color.NRGBA{0xc0, 0x39, 0x2b, 255} // the referral tie
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c1, c0 := nrgba(imgWith.At(x, y)), nrgba(imgWithout.At(x, y))
			if c0 == (color.NRGBA{255, 255, 255, 255}) && c1 != c0 {
				edgePixels++
			}
			if near(c1, red, 40) {
				referral++
			}
			if near(c0, red, 40) {
				t.Fatalf("the network without ties has a referral-red pixel at %d,%d", x, y)
			}
		}
	}
	if edgePixels < 500 {
		t.Errorf("only %d pixels of ties", edgePixels)
	}
	if referral < 20 {
		t.Errorf("only %d pixels of the referral tie's red", referral)
	}
}

func mustPNG(t *testing.T, n *graph.Network) []byte {
	t.Helper()
	data, err := PNG(context.Background(), DOT(n, Style{}), Size{DPI: 72})
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func nrgba(c color.Color) color.NRGBA { return color.NRGBAModel.Convert(c).(color.NRGBA) }

func near(a, b color.NRGBA, tol int) bool {
	d := func(x, y uint8) int { return max(int(x)-int(y), int(y)-int(x)) }
	return d(a.R, b.R) <= tol && d(a.G, b.G) <= tol && d(a.B, b.B) <= tol && a.A > 200
}

// The canvas, the SVG, the drawing, the PNG and the PDF put every actor at
// the same place, up to one offset and one scale.
func TestImagesKeepCanvasPositions(t *testing.T) {
	n := etelaSavo()
	n.Ties = nil
	n.Actors[1].X, n.Actors[1].Y = 430, 60
	// One letter per actor, the same for all, so that every label sits at
	// the same offset from its box; a sector of its own each, so that a
	// box can be found by its colour.
	for i, a := range n.Actors {
		a.Name, a.ShortName, a.MeetingPlace = "Ä", "", false
		a.Sector = []string{"municipality", "ngo", "sote", "parish"}[i]
	}
	dot := DOT(n, Style{})
	ctx := context.Background()

	svg, err := SVG(ctx, dot)
	if err != nil {
		t.Fatal(err)
	}
	boxes := nodeBoxes(t, string(svg))
	d, err := Draw(ctx, dot)
	if err != nil {
		t.Fatal(err)
	}
	pngData, err := d.PNG(Size{DPI: 144})
	if err != nil {
		t.Fatal(err)
	}
	img := decodePNG(t, pngData)
	page := Size{Width: 400, Height: 300, Margin: 10}
	pdfData, err := d.PDF(page, "")
	if err != nil {
		t.Fatal(err)
	}
	_, _, pdfScale, _ := page.page(d)
	texts := pdfTexts(t, pdfData)
	if len(texts) != len(n.Actors) {
		t.Fatalf("%d texts in the PDF, want one per actor: %v", len(texts), texts)
	}

	type where struct{ x, y float64 }
	var svgAt, drawAt, pngAt, pdfAt []where
	for i, a := range n.Actors {
		b := boxes["a:"+a.ID]
		svgAt = append(svgAt, where{(b[0] + b[2]) / 2, (b[1] + b[3]) / 2})
		p := d.Nodes["a:"+a.ID]
		drawAt = append(drawAt, where{p.X, p.Y})
		fill := parseColour(n.Vocab.SectorColour(a.Sector), nil)
		x0, y0, x1, y1 := colourBox(img, fill)
		pngAt = append(pngAt, where{(x0 + x1) / 2, (y0 + y1) / 2})
		pdfAt = append(pdfAt, where{texts[i].x, -texts[i].y}) // PDF's y grows upwards
		if texts[i].s != "Ä" {
			t.Errorf("PDF text %d is %q, want Ä", i, texts[i].s)
		}
	}
	for _, c := range []struct {
		name  string
		at    []where
		scale float64
		tol   float64
	}{
		{"SVG", svgAt, 1, 0.5}, {"drawing", drawAt, 1, 0.5}, {"PNG at 144 dpi", pngAt, 2, 1.5}, {"PDF", pdfAt, pdfScale, 0.05},
	} {
		for i, a := range n.Actors[1:] {
			dx, dy := c.at[i+1].x-c.at[0].x, c.at[i+1].y-c.at[0].y
			wantX, wantY := (a.X-n.Actors[0].X)*c.scale, (a.Y-n.Actors[0].Y)*c.scale
			if math.Abs(dx-wantX) > c.tol || math.Abs(dy-wantY) > c.tol {
				t.Errorf("%s: %s is (%.2f, %.2f) from %s, want (%.2f, %.2f)", c.name, a.ID, dx, dy, n.Actors[0].ID, wantX, wantY)
			}
		}
	}
	if pdfScale <= 0 || pdfScale >= 1 {
		t.Errorf("a 400 × 300 page should shrink the map: scale %g", pdfScale)
	}
}

// colourBox returns the bounding box of the pixels of exactly colour c.
func colourBox(img image.Image, c color.NRGBA) (x0, y0, x1, y1 float64) {
	x0, y0, x1, y1 = math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if nrgba(img.At(x, y)) == c {
				x0, y0, x1, y1 = min(x0, float64(x)), min(y0, float64(y)), max(x1, float64(x)), max(y1, float64(y))
			}
		}
	}
	return x0, y0, x1, y1
}

func TestPNGAndPDFSizes(t *testing.T) {
	d := drawing(t, etelaSavo(), Style{Legend: true})
	for _, c := range []struct {
		size Size
		w, h int
	}{
		{Projector, 1920, 1080}, {A4, 3508, 2481}, {A3, 4961, 3508},
	} {
		w, h, scale, off := c.size.page(d)
		px := c.size.dpi() / 72
		if gw, gh := int(math.Ceil(w*px)), int(math.Ceil(h*px)); gw != c.w || gh != c.h {
			t.Errorf("%s: %d × %d pixels, want %d × %d", c.size.Name, gw, gh, c.w, c.h)
		}
		// The map fits inside the margins, centred.
		if off.X < c.size.Margin-0.01 || off.Y < c.size.Margin-0.01 || off.X+d.Width*scale > w-c.size.Margin+0.01 || off.Y+d.Height*scale > h-c.size.Margin+0.01 {
			t.Errorf("%s: the map at %v × %.3f leaves the page", c.size.Name, off, scale)
		}
	}
	img, err := d.Image(Size{Width: 200, Height: 100, DPI: 72})
	if err != nil || img.Bounds().Dx() != 200 || img.Bounds().Dy() != 100 {
		t.Errorf("a 200 × 100 point page at 72 dpi: %v, %v", img.Bounds(), err)
	}
	if _, err := d.PNG(Size{Width: 10000, Height: 10000, DPI: 600}); err == nil || !strings.Contains(err.Error(), "too large") {
		t.Errorf("a gigantic PNG: %v", err)
	}
	pdf, err := d.PDF(A3, "Etelä-Savo")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(pdf, []byte("/MediaBox [0 0 1190.55 841.89]")) {
		t.Errorf("the A3 PDF has no A3 landscape page")
	}
	for _, name := range []string{"projector", "A4", "a3"} {
		if _, ok := SizeNamed(name); !ok {
			t.Errorf("SizeNamed(%q) failed", name)
		}
	}
	if _, ok := SizeNamed("letter"); ok {
		t.Error("SizeNamed knows letter")
	}
}

// Names are text in the PDF, whatever characters they hold: Finnish and
// Swedish letters, quotes, angle brackets and backslashes.
func TestPDFTextIsRealText(t *testing.T) {
	n := etelaSavo()
	n.Actors[0].Name = `Seurakunta "Pyhä" <script>`
	n.Actors[1].Name = `Polku C:\kansio\ (å)`
	data, err := PDF(context.Background(), DOT(n, Style{Legend: true, Title: "Etelä-Savo"}), tiny)
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, data)
	// The first name is wrapped at 18 characters, as on the canvas.
	for _, want := range []string{`Seurakunta "Pyhä"`, "<script>", `Polku C:\kansio\`, "(å)", "Etelä-Savo", "Selite", "Yhteistyösopimus", "Hyvinvointialue, sosiaali- ja terveyspalvelut"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF's text lacks %s:\n%s", want, text)
		}
	}
	if path, err := exec.LookPath("pdftotext"); err == nil {
		out := pdftotext(t, path, data)
		for _, want := range []string{`Seurakunta "Pyhä"`, "<script>", `Polku C:\kansio\`, "Mikkelin srk", "Etelä-Savo"} {
			if !strings.Contains(out, want) {
				t.Errorf("pdftotext does not find %s:\n%s", want, out)
			}
		}
	}
}

func pdftotext(t *testing.T, path string, pdf []byte) string {
	t.Helper()
	cmd := exec.Command(path, "-", "-")
	cmd.Stdin = bytes.NewReader(pdf)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

// pdfText returns the text of every text-showing operation in a PDF made
// by fpdf with the embedded fonts, one per line.
func pdfText(t *testing.T, pdf []byte) string {
	var lines []string
	for _, x := range pdfTexts(t, pdf) {
		lines = append(lines, x.s)
	}
	return strings.Join(lines, "\n")
}

type pdfString struct {
	s    string
	x, y float64
}

var (
	pdfStream = regexp.MustCompile(`(?s)stream\r?\n(.*?)\r?\nendstream`)
	pdfShow   = regexp.MustCompile(`BT ([-\d.]+) ([-\d.]+) Td \(((?:\\.|[^\\)])*)\) ?Tj`)
)

// pdfTexts reads the strings that fpdf shows with "BT x y Td (…) Tj" from
// every content stream, inflated when compressed. fpdf writes text in
// UTF-8 fonts as UTF-16BE in PDF string escapes.
func pdfTexts(t *testing.T, pdf []byte) []pdfString {
	t.Helper()
	var out []pdfString
	for _, m := range pdfStream.FindAllSubmatch(pdf, -1) {
		content := m[1]
		if r, err := zlib.NewReader(bytes.NewReader(content)); err == nil {
			if inflated, err := io.ReadAll(r); err == nil {
				content = inflated
			}
		}
		for _, s := range pdfShow.FindAllSubmatch(content, -1) {
			x, _ := strconv.ParseFloat(string(s[1]), 64)
			y, _ := strconv.ParseFloat(string(s[2]), 64)
			raw := unescapePDF(s[3])
			if len(raw)%2 != 0 {
				t.Fatalf("odd UTF-16 string %q", raw)
			}
			units := make([]uint16, len(raw)/2)
			for i := range units {
				units[i] = uint16(raw[2*i])<<8 | uint16(raw[2*i+1])
			}
			out = append(out, pdfString{string(utf16.Decode(units)), x, y})
		}
	}
	return out
}

func unescapePDF(s []byte) []byte {
	var out []byte
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			out = append(out, s[i])
			continue
		}
		i++
		switch c := s[i]; c {
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		default:
			if c >= '0' && c <= '7' {
				v, j := 0, i
				for ; j < len(s) && j < i+3 && s[j] >= '0' && s[j] <= '7'; j++ {
					v = v*8 + int(s[j]-'0')
				}
				out = append(out, byte(v))
				i = j - 1
			} else {
				out = append(out, c)
			}
		}
	}
	return out
}

func TestRenderFormats(t *testing.T) {
	ctx := context.Background()
	dot := DOT(etelaSavo(), Style{Legend: true})
	for format, magic := range map[string]string{"svg": "<svg", "png": "\x89PNG", "pdf": "%PDF-", "dot": "digraph"} {
		out, err := Render(ctx, dot, format, tiny)
		if err != nil || !bytes.Contains(out[:min(len(out), 400)], []byte(magic)) {
			t.Errorf("%s: %v, starts %.20q", format, err, out)
		}
	}
	if _, err := Render(ctx, dot, "gif", tiny); err == nil {
		t.Error("Render made a GIF")
	}
}

var benchDOT = flag.String("benchdot", "", "write the benchmarks' 300-actor DOT document to this file (scripts/graphviz-ratio.sh)")

// TestWriteBenchDOT hands the benchmarks' map to native Graphviz.
func TestWriteBenchDOT(t *testing.T) {
	if *benchDOT == "" {
		t.Skip("no -benchdot file")
	}
	if err := os.WriteFile(*benchDOT, DOT(network300(), Style{Legend: true}), 0o644); err != nil {
		t.Fatal(err)
	}
}

// network300 is the design target's map: 300 actors and 1,500 random
// ties of every kind on a grid, as in BenchmarkSVG300.
func network300() *graph.Network {
	n := &graph.Network{Vocab: graph.DefaultVocabularies()}
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
	return n
}

// BenchmarkPNG300 measures the design target (≤ 1 s in issue 4): the
// projector PNG of a 300-actor, 1,500-tie map, layout included.
func BenchmarkPNG300(b *testing.B) {
	dot := DOT(network300(), Style{Legend: true})
	b.ResetTimer()
	for range b.N {
		if _, err := PNG(context.Background(), dot, Projector); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPNG300A3 is the same map on A3 at 300 dpi (17 million pixels).
func BenchmarkPNG300A3(b *testing.B) {
	dot := DOT(network300(), Style{Legend: true})
	b.ResetTimer()
	for range b.N {
		if _, err := PNG(context.Background(), dot, A3); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPDF300 is the A4 PDF of the same map, layout included.
func BenchmarkPDF300(b *testing.B) {
	dot := DOT(network300(), Style{Legend: true})
	b.ResetTimer()
	for range b.N {
		if _, err := PDF(context.Background(), dot, A4); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLayoutJSON300 is the Graphviz part of PNG and PDF alone.
func BenchmarkLayoutJSON300(b *testing.B) {
	dot := DOT(network300(), Style{Legend: true})
	b.ResetTimer()
	for range b.N {
		if _, err := Draw(context.Background(), dot); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPaint300 is the painting part alone, PNG and PDF.
func BenchmarkPaint300(b *testing.B) {
	d, err := Draw(context.Background(), DOT(network300(), Style{Legend: true}))
	if err != nil {
		b.Fatal(err)
	}
	b.Run("png", func(b *testing.B) {
		for range b.N {
			if _, err := d.PNG(Projector); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("pdf", func(b *testing.B) {
		for range b.N {
			if _, err := d.PDF(A4, ""); err != nil {
				b.Fatal(err)
			}
		}
	})
}
