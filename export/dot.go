package export

import (
	"fmt"
	"math"
	"strings"

	"github.com/verkostokartta/verkostokartta/graph"
)

// Style chooses how the network is drawn. The zero value draws a Finnish
// map with a legend.
type Style struct {
	// Lang is the language of the legend and the vocabulary labels: "fi"
	// (the default), "sv" or "en".
	Lang string
	// Title is drawn above the map when not empty.
	Title string
	// NoLegend leaves the legend out.
	NoLegend bool
}

// Positions: actors are pinned where they stand on the canvas. One canvas
// pixel is one point (inputscale=72); canvas y grows downwards and
// Graphviz y upwards, so y is negated. Graphviz then translates the whole
// drawing, so image coordinates are canvas coordinates plus an offset.
const (
	labelWidth   = 18 // characters per label line
	fontName     = "DejaVu Sans,Arial,Helvetica,sans-serif"
	nodeFontSize = 11
)

var legendWords = map[string]graph.Text{
	"legend":  {FI: "Selite", SV: "Teckenförklaring", EN: "Legend"},
	"sectors": {FI: "Sektorit", SV: "Sektorer", EN: "Sectors"},
	"ties":    {FI: "Yhteydet", SV: "Relationer", EN: "Ties"},
	"meeting": {FI: "Kohtaamispaikka (kaksoisreuna)", SV: "Mötesplats (dubbel kant)", EN: "Meeting place (double border)"},
	"planned": {FI: "Suunniteltu tai toivottu yhteys", SV: "Planerad eller önskad relation", EN: "Planned or wished tie"},
}

// DOT writes the network as a Graphviz document for neato with every actor
// pinned at its canvas position: one node per actor, coloured by sector,
// one edge per tie (several ties between a pair stay separate lines), line
// colour and dash by tie kind, width by strength, arrows on directed ties.
// Ended ties are left out; planned and wished ones are drawn faint.
func DOT(n *graph.Network, st Style) []byte {
	lang := st.Lang
	if lang == "" {
		lang = "fi"
	}
	var b strings.Builder
	b.WriteString("digraph verkostokartta {\n")
	fmt.Fprintf(&b, "  graph [layout=neato, inputscale=72, overlap=true, splines=true, outputorder=edgesfirst, pad=0.3, fontname=%s, bgcolor=white];\n", quote(fontName))
	if st.Title != "" {
		fmt.Fprintf(&b, "  graph [label=%s, labelloc=t, fontsize=20];\n", quote(st.Title))
	}
	fmt.Fprintf(&b, "  node [shape=box, style=\"rounded,filled\", fontname=%s, fontsize=%d, margin=\"0.08,0.04\", penwidth=1];\n", quote(fontName), nodeFontSize)
	b.WriteString("  edge [arrowsize=0.7];\n")

	usedSectors := map[string]bool{}
	meeting := false
	for _, a := range n.Actors {
		usedSectors[a.Sector] = true
		fill := n.Vocab.SectorColour(a.Sector)
		sector, _ := graph.Find(n.Vocab.Sectors, a.Sector)
		fmt.Fprintf(&b, "  %s [label=%s, pos=\"%s,%s!\", fillcolor=%s, color=%s, fontcolor=%s, tooltip=%s",
			quote("a:"+a.ID), quote(strings.Join(Wrap(a.Label(), labelWidth), "\n")), num(a.X), num(-a.Y),
			quote(fill), quote(darker(fill)), quote(TextColour(fill)), quote(a.Name+" — "+sector.Label(lang)))
		if a.MeetingPlace {
			meeting = true
			b.WriteString(", peripheries=2")
		}
		b.WriteString("];\n")
	}

	usedKinds := map[string]bool{}
	faint := false
	for _, t := range n.Ties {
		if t.Status == graph.TieEnded || n.Actor(t.From) == nil || n.Actor(t.To) == nil || t.From == t.To {
			continue
		}
		usedKinds[t.Kind] = true
		s := StyleOfTie(t.Kind)
		colour, dash := s.Colour, s.Dash
		if t.Status == graph.TiePlanned || t.Status == graph.TieWished {
			colour, dash, faint = colour+"80", "dashed", true
		}
		dir := "none"
		if t.Directed {
			dir = "forward"
		}
		kind, _ := graph.Find(n.Vocab.TieKinds, t.Kind)
		fmt.Fprintf(&b, "  %s -> %s [color=%s, style=%s, penwidth=%s, dir=%s, tooltip=%s];\n",
			quote("a:"+t.From), quote("a:"+t.To), quote(colour), dash, num(PenWidth(t.Strength)), dir, quote(kind.Label(lang)))
	}

	if !st.NoLegend && len(n.Actors) > 0 {
		writeLegend(&b, n, lang, usedSectors, usedKinds, meeting, faint)
	}
	b.WriteString("}\n")
	return []byte(b.String())
}

// writeLegend adds the legend to the right of the actors as pinned nodes
// and edges, so that it shows real line styles and never covers the map.
func writeLegend(b *strings.Builder, n *graph.Network, lang string, sectors, kinds map[string]bool, meeting, faint bool) {
	minY, maxX := math.Inf(1), math.Inf(-1)
	for _, a := range n.Actors {
		minY = math.Min(minY, a.Y)
		maxX = math.Max(maxX, a.X)
	}
	x := maxX + 160
	y := minY - 10
	const step = 24.0
	word := func(k string) string { return legendWords[k].In(lang) }
	text := func(id, label string, x, y float64, size int, bold bool) {
		font := fontName
		if bold {
			font = "DejaVu Sans Bold,Arial Bold,Helvetica-Bold,sans-serif"
		}
		// Graphviz centres a node on pos; a fixed-width node whose line
		// ends in \l starts its text at the node's left edge, so every
		// legend line starts at x whatever its length.
		const width = 4.0 // inches
		fmt.Fprintf(b, "  %s [shape=plaintext, style=\"\", fixedsize=true, width=%g, height=0.3, label=%s, fontsize=%d, fontname=%s, pos=\"%s,%s!\"];\n",
			quote(id), width, quote(label)[:len(quote(label))-1]+`\l"`, size, quote(font), num(x+width*72/2), num(-y))
	}
	text("legend:title", word("legend"), x-10, y, 16, true)
	y += step * 1.3
	text("legend:sectors", word("sectors"), x-10, y, 13, true)
	for _, t := range n.Vocab.Sectors {
		if !sectors[t.Code] {
			continue
		}
		y += step
		fill := n.Vocab.SectorColour(t.Code)
		fmt.Fprintf(b, "  %s [label=\" \", width=0.3, height=0.22, fixedsize=true, fillcolor=%s, color=%s, pos=\"%s,%s!\"];\n",
			quote("legend:sector:"+t.Code), quote(fill), quote(darker(fill)), num(x+8), num(-y))
		text("legend:sector-label:"+t.Code, t.Label(lang), x+30, y, 11, false)
	}
	if meeting {
		y += step
		fmt.Fprintf(b, "  %s [label=\" \", width=0.3, height=0.22, fixedsize=true, fillcolor=white, peripheries=2, pos=\"%s,%s!\"];\n",
			quote("legend:meeting"), num(x+8), num(-y))
		text("legend:meeting-label", word("meeting"), x+30, y, 11, false)
	}
	y += step * 1.4
	text("legend:ties", word("ties"), x-10, y, 13, true)
	line := func(id, colour, dash string, width float64, label string) {
		y += step
		fmt.Fprintf(b, "  %s [shape=point, width=0.01, style=invis, pos=\"%s,%s!\"];\n", quote(id+":a"), num(x-6), num(-y))
		fmt.Fprintf(b, "  %s [shape=point, width=0.01, style=invis, pos=\"%s,%s!\"];\n", quote(id+":b"), num(x+22), num(-y))
		fmt.Fprintf(b, "  %s -> %s [dir=none, color=%s, style=%s, penwidth=%s];\n", quote(id+":a"), quote(id+":b"), quote(colour), dash, num(width))
		text(id+":label", label, x+30, y, 11, false)
	}
	for _, t := range n.Vocab.TieKinds {
		if kinds[t.Code] {
			s := StyleOfTie(t.Code)
			line("legend:kind:"+t.Code, s.Colour, s.Dash, 2, t.Label(lang))
		}
	}
	if faint {
		line("legend:planned", "#56657380", "dashed", 2, word("planned"))
	}
}

// quote makes any text a safe DOT string: backslashes and quotes are
// escaped, newlines become DOT line breaks; <, > and & need nothing in a
// quoted string and are escaped by the SVG writer.
func quote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`)
	return `"` + r.Replace(s) + `"`
}

func num(f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		f = 0
	}
	return fmt.Sprintf("%.2f", f)
}

// darker returns the colour at 70 % brightness, for outlines.
func darker(hex string) string {
	r, g, b, ok := parseHex(hex)
	if !ok {
		return "#333333"
	}
	return fmt.Sprintf("#%02x%02x%02x", int(r*0.7), int(g*0.7), int(b*0.7))
}
