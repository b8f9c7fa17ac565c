package export

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/verkostokartta/verkostokartta/graph"
)

// Style chooses how DOT draws the network. The zero value draws a Finnish
// map without title and without legend, with labels of 14 points; image
// exports set Legend.
type Style struct {
	// Lang is the language of the legend and of the vocabulary labels:
	// "fi" (the default), "sv" or "en".
	Lang string
	// Title is drawn above the map when not empty.
	Title string
	// Legend adds the legend (sectors and tie kinds used) to the right of
	// the actors.
	Legend bool
	// FontSize is the size of the actor labels in points; 0 means 14,
	// close to the map canvas' label size at zoom 1.
	FontSize float64

	// GroupOf colours the actors by a group number (a Louvain community,
	// a k-core) from a qualitative palette instead of by sector; nil
	// colours by sector. The legend lists the groups under GroupTitle and
	// says that the colours tell groups apart without ranking them.
	GroupOf    map[string]int
	GroupTitle string             // e.g. "Yhteisöt (Louvain)"
	GroupName  func(g int) string // e.g. "Yhteisö 3"; nil writes the number
	// SizeOf scales actors by a measure (actor ID → value): the largest
	// value draws an actor and its label 1.8 times as large, the area
	// growing with the value; zero, negative and missing values keep the
	// normal size. SizeTitle names the measure in the legend.
	SizeOf    map[string]float64
	SizeTitle string
	// Highlight gives actors a thick red outline (cut points, an actor's
	// ego network); HighlightTitle says in the legend what it means.
	Highlight      map[string]bool
	HighlightTitle string
	// Rings draws the guides of the "family at the centre" layout
	// (Arrange with "rings") behind the actors.
	Rings *Rings
	// Marks outline actors in a colour of their own, e.g. what was added
	// or removed since a snapshot; each used mark gets a legend row.
	Marks []Mark
	// TieMarks draw ties in a colour of their own, dashed if asked.
	TieMarks []TieMark
}

// Mark outlines some actors in one colour; Faded also pales their fill.
type Mark struct {
	Title  string
	Colour string
	Actors map[string]bool
	Faded  bool
}

// TieMark draws some ties (by ID) in one colour.
type TieMark struct {
	Title  string
	Colour string
	Ties   map[string]bool
	Dashed bool
}

func (st Style) lang() string {
	if st.Lang == "" {
		return "fi"
	}
	return st.Lang
}

func (st Style) fontSize() float64 {
	if st.FontSize <= 0 || math.IsNaN(st.FontSize) || math.IsInf(st.FontSize, 0) {
		return 14
	}
	return st.FontSize
}

const (
	labelWidth = 18 // characters per label line, as on the map canvas
	// FontName is the font Graphviz sizes labels for; it has Graphviz
	// metrics for it, and it covers ä, ö and å. SVG adds fallbacks.
	FontName = "DejaVu Sans"
	// FontNameBold is the legend headings' font. Graphviz has no metrics
	// for it, so it is only used in fixed-size nodes.
	FontNameBold = "DejaVu Sans Bold"
	// Node padding as on the map canvas: 8 px sideways, 5 px up and down.
	padX, padY = 8.0, 5.0
)

var legendWords = map[string]graph.Text{
	"legend":   {FI: "Selite", SV: "Teckenförklaring", EN: "Legend"},
	"sectors":  {FI: "Sektorit", SV: "Sektorer", EN: "Sectors"},
	"ties":     {FI: "Yhteydet", SV: "Relationer", EN: "Ties"},
	"meeting":  {FI: "Kohtaamispaikka (kaksoisreuna)", SV: "Mötesplats (dubbel kant)", EN: "Meeting place (double border)"},
	"directed": {FI: "Suunnattu yhteys (nuoli)", SV: "Riktad relation (pil)", EN: "Directed tie (arrow)"},
	"planned":  {FI: "Suunniteltu tai toivottu yhteys", SV: "Planerad eller önskad relation", EN: "Planned or wished tie"},
	"nosector": {FI: "Ei sektoria", SV: "Ingen sektor", EN: "No sector"},
	"groups":   {FI: "Ryhmät", SV: "Grupper", EN: "Groups"},
	"qualitative": {FI: "Värit erottavat ryhmät, eivät järjestä niitä", SV: "Färgerna skiljer grupperna åt, de rangordnar inte",
		EN: "Colours tell groups apart; they do not rank them"},
	"others":    {FI: "Muut ryhmät (%d)", SV: "Övriga grupper (%d)", EN: "Other groups (%d)"},
	"size":      {FI: "Koko kertoo: %s", SV: "Storleken visar: %s", EN: "Size shows: %s"},
	"highlight": {FI: "Korostettu (paksu punainen reuna)", SV: "Framhävd (tjock röd kant)", EN: "Highlighted (thick red border)"},
	"rings":     {FI: "Renkaat: sisimpänä lähimmät (läheisyys)", SV: "Ringarna: närmast i mitten (närhet)", EN: "Rings: the closest innermost (closeness)"},
	"family":    {FI: "Lapsi ja perhe", SV: "Barnet och familjen", EN: "Child and family"},
}

// DOT writes the network as a Graphviz document for the neato engine.
//
// Every actor is pinned where it stands on the map canvas. One canvas pixel
// is one point (inputscale=72, so pos is read in points); the canvas y axis
// grows downwards and Graphviz's upwards, so an actor at canvas (x, y) gets
// pos="x,-y!". Graphviz then moves the whole drawing so that it starts at
// the image's margin: image coordinates are canvas coordinates plus one
// offset, and distances are kept. When every actor stands on the same spot
// (a network read from a table has no positions), they are spread on a
// circle instead, so the image is still readable.
//
// There is one node per actor, filled with its sector's colour, and one
// edge per tie: several ties between a pair stay separate lines. Line
// colour and dash follow the tie kind (StyleOfTie), width the strength
// (PenWidth); directed ties have an arrowhead. Ended ties are left out;
// planned and wished ones are dashed and faint. Edges are straight, as on
// the canvas (curved spline routing takes tens of seconds on a 300-actor
// map).
func DOT(n *graph.Network, st Style) []byte {
	if n == nil {
		n = &graph.Network{}
	}
	lang, fs := st.lang(), st.fontSize()
	var b strings.Builder
	b.WriteString("digraph verkostokartta {\n")
	fmt.Fprintf(&b, "  graph [layout=neato, inputscale=72, splines=line, overlap=true, outputorder=edgesfirst, pad=0.3, bgcolor=white, fontname=%s];\n", quote(FontName))
	if !Untitled(st.Title) {
		fmt.Fprintf(&b, "  graph [label=%s, labelloc=t, fontsize=%s];\n", quote(st.Title), num(fs*1.5))
	}
	fmt.Fprintf(&b, "  node [shape=box, style=\"rounded,filled\", fontname=%s, fontsize=%s, margin=\"%s,%s\", penwidth=1];\n",
		quote(FontName), num(fs), num(padX/72), num(padY/72))
	b.WriteString("  edge [arrowsize=0.8];\n")

	pos := positions(n.Actors)
	used := usage{sectors: map[string]bool{}, kinds: map[string]bool{}}
	if st.Rings != nil {
		writeRings(&b, st.Rings, lang, fs)
	}
	groups := groupColours(st.GroupOf, n.Actors)
	sizes := actorScales(st.SizeOf, n.Actors)
	for i, a := range n.Actors {
		used.sectors[a.Sector] = true
		fill := n.Vocab.SectorColour(a.Sector)
		if st.GroupOf != nil {
			fill = groups.colour(st.GroupOf, a.ID)
		}
		outline := darker(fill)
		if st.Highlight[a.ID] {
			outline, used.highlight = highlightColour, true
		}
		fontColour, thick := TextColour(fill), st.Highlight[a.ID]
		for k, mk := range st.Marks {
			if mk.Actors[a.ID] {
				outline, thick = mk.Colour, true
				used.marks = append(used.marks, k)
				if mk.Faded {
					fill, fontColour = fill+"59", "#566573"
				}
				break
			}
		}
		fmt.Fprintf(&b, "  %s [label=%s, pos=\"%s,%s!\", fillcolor=%s, color=%s, fontcolor=%s, tooltip=%s",
			quote(actorNode(a.ID)), quote(strings.Join(actorLines(a), "\n")), num(pos[i][0]), num(-pos[i][1]),
			quote(fill), quote(outline), quote(fontColour), quoteTooltip(cmp.Or(a.Name, a.ID)+" — "+sectorLabel(n, a.Sector, lang)))
		if a.MeetingPlace {
			used.meeting = true
			b.WriteString(", peripheries=2")
		}
		if thick {
			b.WriteString(", penwidth=3.5")
		}
		if sizes != nil {
			fmt.Fprintf(&b, ", fontsize=%s, margin=\"%s,%s\"", num(fs*sizes[i]), num(padX*sizes[i]/72), num(padY*sizes[i]/72))
		}
		b.WriteString("];\n")
	}

	for _, t := range n.Ties {
		if t.Status == graph.TieEnded || t.From == t.To || n.Actor(t.From) == nil || n.Actor(t.To) == nil {
			continue
		}
		colour, dash, width := tieLook(t.Kind, PenWidth(t.Strength))
		marked := false
		for k, mk := range st.TieMarks {
			if mk.Ties[t.ID] {
				colour, width, marked = mk.Colour, width+1, true
				if mk.Dashed {
					dash = "dashed"
				}
				used.tieMarks = append(used.tieMarks, k)
				break
			}
		}
		if !marked {
			// A marked tie is drawn as its mark, not as its kind.
			used.kinds[t.Kind] = true
		}
		if !marked && (t.Status == graph.TiePlanned || t.Status == graph.TieWished) {
			colour, dash, used.planned = colour+"80", "dashed", true
		}
		dir := "none"
		if t.Directed {
			dir, used.directed = "forward", true
		}
		fmt.Fprintf(&b, "  %s -> %s [color=%s, style=%s, penwidth=%s, dir=%s, tooltip=%s];\n",
			quote(actorNode(t.From)), quote(actorNode(t.To)), quote(colour), dash, num(width), dir, quoteTooltip(kindLabel(n, t.Kind, lang)))
	}

	if st.Legend && len(n.Actors) > 0 {
		writeLegend(&b, n, st, fs, pos, sizes, groups, used)
	}
	b.WriteString("}\n")
	return []byte(b.String())
}

// actorNode is the node name of an actor; the prefix keeps actors apart
// from the legend's nodes whatever their IDs.
func actorNode(id string) string { return "a:" + id }

// actorLines is an actor's label wrapped as on the canvas; an actor
// without a name shows its ID, also as on the canvas.
func actorLines(a *graph.Actor) []string {
	lines := Wrap(clean(a.Label()), labelWidth)
	if len(lines) == 0 {
		lines = []string{a.ID}
	}
	return lines
}

// tieLook is the Graphviz colour, style and pen width of a tie kind. The
// "bold" kinds are solid lines 1.5 points wider, as on the canvas; the
// Graphviz style "bold" would be overridden by penwidth.
func tieLook(kind string, width float64) (colour, style string, penwidth float64) {
	s := StyleOfTie(kind)
	if s.Dash == "bold" {
		return s.Colour, "solid", width + 1.5
	}
	return s.Colour, s.Dash, width
}

func sectorLabel(n *graph.Network, code, lang string) string {
	if t, ok := graph.Find(n.Vocab.Sectors, code); ok {
		return t.Label(lang)
	}
	if code == "" {
		return legendWords["nosector"].In(lang)
	}
	return code
}

func kindLabel(n *graph.Network, code, lang string) string {
	if t, ok := graph.Find(n.Vocab.TieKinds, code); ok {
		return t.Label(lang)
	}
	return code
}

// positions returns the canvas position of each actor, or a circle when
// they all stand on one spot. NaN and infinite coordinates count as 0.
func positions(actors []*graph.Actor) [][2]float64 {
	pos := make([][2]float64, len(actors))
	same := true
	for i, a := range actors {
		pos[i] = [2]float64{finite(a.X), finite(a.Y)}
		same = same && pos[i] == pos[0]
	}
	if !same || len(actors) < 2 {
		return pos
	}
	// About 160 px of circumference per actor, as far apart as the sample's
	// neighbours; the first actor on top, then clockwise.
	r := math.Max(150, float64(len(actors))*160/(2*math.Pi))
	for i := range pos {
		angle := 2*math.Pi*float64(i)/float64(len(actors)) - math.Pi/2
		pos[i] = [2]float64{r + r*math.Cos(angle), r + r*math.Sin(angle)}
	}
	return pos
}

func finite(f float64) float64 {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return f
}

// usage records what the map shows, so that the legend lists only that.
type usage struct {
	sectors, kinds                        map[string]bool
	meeting, directed, planned, highlight bool
	marks, tieMarks                       []int // indices into Style.Marks and TieMarks
}

// writeLegend adds the legend as pinned nodes and edges to the right of
// the actors, so that it shows the real line styles and never covers the
// map. All sizes are in canvas pixels (= points), y downwards.
func writeLegend(b *strings.Builder, n *graph.Network, st Style, fs float64, pos [][2]float64, sizes []float64, groups palette, used usage) {
	lang := st.lang()
	// The actors' extent, from the same width estimate for every node.
	right, top := math.Inf(-1), math.Inf(1)
	for i, a := range n.Actors {
		scale := 1.0
		if sizes != nil {
			scale = sizes[i]
		}
		w, h := nodeSize(actorLines(a), fs*scale)
		right = math.Max(right, pos[i][0]+w/2)
		top = math.Min(top, pos[i][1]-h/2)
	}
	if r := st.Rings; r != nil && len(r.Radii) > 0 {
		outer := r.Radii[len(r.Radii)-1] + ringLabelSpace(fs)
		right = math.Max(right, r.Centre.X+outer)
		top = math.Min(top, r.Centre.Y-outer)
	}
	var (
		row    = fs * 1.9     // distance between legend rows
		swatch = fs * 2.6     // width of the column of swatches and lines
		x      = right + 3*fs // left edge of the legend
		textX  = x + swatch + fs*0.6
		y      = top + row/2
	)

	type entry struct{ code, label string }
	var sectors, kinds []entry
	for _, t := range n.Vocab.Sectors {
		if used.sectors[t.Code] {
			sectors = append(sectors, entry{t.Code, t.Label(lang)})
		}
	}
	for _, code := range sortedKeys(used.sectors) {
		if _, ok := graph.Find(n.Vocab.Sectors, code); !ok {
			sectors = append(sectors, entry{code, sectorLabel(n, code, lang)})
		}
	}
	for _, t := range n.Vocab.TieKinds {
		if used.kinds[t.Code] {
			kinds = append(kinds, entry{t.Code, t.Label(lang)})
		}
	}
	for _, code := range sortedKeys(used.kinds) {
		if _, ok := graph.Find(n.Vocab.TieKinds, code); !ok {
			kinds = append(kinds, entry{code, code})
		}
	}

	// Text nodes are all as wide as the longest text: a fixed-width node
	// whose line ends in \l starts its text at the node's left edge, so
	// every line starts at textX whatever its length.
	word := func(k string) string { return legendWords[k].In(lang) }
	var groupEntries []entry
	if st.GroupOf != nil {
		sectors = nil // the colours tell groups, not sectors
		for _, g := range groups.order {
			groupEntries = append(groupEntries, entry{strconv.Itoa(g), groupName(st, g)})
		}
		if groups.others > 0 {
			groupEntries = append(groupEntries, entry{"others", fmt.Sprintf(word("others"), groups.others)})
		}
	}
	var extra []string // the rows below the tie kinds
	if st.SizeOf != nil {
		extra = append(extra, fmt.Sprintf(word("size"), cmp.Or(st.SizeTitle, "?")))
	}
	if st.Rings != nil {
		extra = append(extra, word("rings"))
	}
	highlight := cmp.Or(st.HighlightTitle, word("highlight"))
	longest := textWidth(word("legend"), fs*1.25)
	var markTitles []string
	for _, mk := range st.Marks {
		markTitles = append(markTitles, mk.Title)
	}
	for _, mk := range st.TieMarks {
		markTitles = append(markTitles, mk.Title)
	}
	for _, s := range slices.Concat([]string{word("sectors"), word("ties"), word("meeting"), word("directed"), word("planned"),
		st.GroupTitle, word("qualitative"), highlight}, extra, markTitles) {
		longest = math.Max(longest, textWidth(s, fs))
	}
	for _, e := range slices.Concat(sectors, kinds, groupEntries) {
		longest = math.Max(longest, textWidth(e.label, fs))
	}
	text := func(id, label string, left float64, size float64, bold bool) {
		label = strings.Join(strings.Fields(label), " ") // one row each
		font := FontName
		if bold {
			font = FontNameBold
		}
		fmt.Fprintf(b, "  %s [class=legend, shape=plaintext, style=\"\", fixedsize=true, width=%s, height=%s, margin=0, label=%s, fontsize=%s, fontname=%s, pos=\"%s,%s!\"];\n",
			quote(id), num(longest/72), num(row/72), quoteLeft(label), num(size), quote(font), num(left+longest/2), num(-y))
	}
	box := func(id, fill string, peripheries int) {
		fmt.Fprintf(b, "  %s [class=legend, label=\" \", fixedsize=true, width=%s, height=%s, fillcolor=%s, color=%s, peripheries=%d, pos=\"%s,%s!\"];\n",
			quote(id), num(swatch*0.7/72), num(fs*1.2/72), quote(fill), quote(darker(fill)), peripheries, num(x+swatch/2), num(-y))
	}
	line := func(id, colour, style string, width float64, dir, label string) {
		for i, px := range []float64{x, x + swatch} {
			fmt.Fprintf(b, "  %s [class=legend, shape=point, style=invis, width=0.01, label=\"\", pos=\"%s,%s!\"];\n",
				quote(fmt.Sprintf("%s:%d", id, i)), num(px), num(-y))
		}
		fmt.Fprintf(b, "  %s -> %s [class=legend, color=%s, style=%s, penwidth=%s, dir=%s];\n",
			quote(id+":0"), quote(id+":1"), quote(colour), style, num(width), dir)
		text(id+":label", label, textX, fs, false)
	}

	text("legend:title", word("legend"), x, fs*1.25, true)
	y += row * 1.2
	if st.GroupOf != nil {
		text("legend:groups", cmp.Or(st.GroupTitle, word("groups")), x, fs, true)
		y += row
		text("legend:qualitative", word("qualitative"), x, fs, false)
		for _, e := range groupEntries {
			y += row
			colour := othersColour
			if e.code != "others" {
				g, _ := strconv.Atoi(e.code)
				colour = groups.colours[g]
			}
			box("legend:group:"+e.code, colour, 1)
			text("legend:group:"+e.code+":label", e.label, textX, fs, false)
		}
	} else {
		text("legend:sectors", word("sectors"), x, fs, true)
	}
	for _, e := range sectors {
		y += row
		box("legend:sector:"+e.code, n.Vocab.SectorColour(e.code), 1)
		text("legend:sector:"+e.code+":label", e.label, textX, fs, false)
	}
	if used.meeting {
		y += row
		box("legend:meeting", "#ffffff", 2)
		text("legend:meeting:label", word("meeting"), textX, fs, false)
	}
	if used.highlight {
		y += row
		fmt.Fprintf(b, "  \"legend:highlight\" [class=legend, label=\" \", fixedsize=true, width=%s, height=%s, fillcolor=\"#ffffff\", color=%s, penwidth=3.5, pos=\"%s,%s!\"];\n",
			num(swatch*0.7/72), num(fs*1.2/72), quote(highlightColour), num(x+swatch/2), num(-y))
		text("legend:highlight:label", highlight, textX, fs, false)
	}
	for k, mk := range st.Marks {
		if !slices.Contains(used.marks, k) {
			continue
		}
		y += row
		fill := "#ffffff"
		if mk.Faded {
			fill = "#eaecee"
		}
		fmt.Fprintf(b, "  %s [class=legend, label=\" \", fixedsize=true, width=%s, height=%s, fillcolor=%s, color=%s, penwidth=3.5, pos=\"%s,%s!\"];\n",
			quote(fmt.Sprintf("legend:mark:%d", k)), num(swatch*0.7/72), num(fs*1.2/72), quote(fill), quote(mk.Colour), num(x+swatch/2), num(-y))
		text(fmt.Sprintf("legend:mark:%d:label", k), mk.Title, textX, fs, false)
	}
	if len(kinds) > 0 {
		y += row * 1.4
		text("legend:ties", word("ties"), x, fs, true)
	}
	for _, e := range kinds {
		y += row
		colour, style, width := tieLook(e.code, PenWidth(2))
		line("legend:kind:"+e.code, colour, style, width, "none", e.label)
	}
	for k, mk := range st.TieMarks {
		if !slices.Contains(used.tieMarks, k) {
			continue
		}
		y += row
		style := "solid"
		if mk.Dashed {
			style = "dashed"
		}
		line(fmt.Sprintf("legend:tiemark:%d", k), mk.Colour, style, PenWidth(2)+1, "none", mk.Title)
	}
	if used.directed {
		y += row
		line("legend:directed", "#566573", "solid", PenWidth(2), "forward", word("directed"))
	}
	if used.planned {
		y += row
		line("legend:planned", "#56657380", "dashed", PenWidth(2), "none", word("planned"))
	}
	if len(extra) > 0 {
		y += row * 0.4
	}
	for i, s := range extra {
		y += row
		text(fmt.Sprintf("legend:note:%d", i), s, x, fs, false)
	}
}

func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// textWidth estimates the width in points of s in DejaVu Sans: Graphviz's
// own table gives about 0.57 of the size per character for Finnish text; an
// overestimate only widens the margin.
func textWidth(s string, size float64) float64 {
	return float64(utf8.RuneCountInString(s)) * 0.58 * size
}

// nodeSize estimates an actor node's width and height in points.
func nodeSize(lines []string, fs float64) (w, h float64) {
	for _, l := range lines {
		w = math.Max(w, textWidth(l, fs))
	}
	return w + 2*padX, float64(len(lines))*fs*1.2 + 2*padY
}

// clean makes any text printable: invalid UTF-8 becomes U+FFFD and control
// characters other than newlines become spaces, since XML (and so SVG)
// cannot hold them.
func clean(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.Map(func(r rune) rune {
		if r == '\n' || !unicode.IsControl(r) {
			return r
		}
		return ' '
	}, strings.ReplaceAll(s, "\r\n", "\n"))
}

// quote makes any text a DOT string that Graphviz shows literally.
// Backslashes are doubled, so that Graphviz's escapes (\N, \G, \l …)
// cannot be formed from a name, quotes are escaped, and newlines become
// DOT line breaks. <, >, & and braces need nothing inside a quoted string;
// the SVG writer escapes them.
func quote(s string) string {
	return `"` + dotEscaper.Replace(clean(s)) + `"`
}

// quoteLeft is quote with every line left-justified (\l).
func quoteLeft(s string) string {
	lines := strings.Split(clean(s), "\n")
	for i, l := range lines {
		lines[i] = dotEscaper.Replace(l)
	}
	return `"` + strings.Join(lines, `\l`) + `\l"`
}

var dotEscaper = strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)

// quoteTooltip quotes a tooltip. Graphviz unescapes a tooltip twice (once
// more than a label) before it replaces \N and the like, so backslashes
// are quadrupled; newlines become spaces.
func quoteTooltip(s string) string {
	return `"` + tooltipEscaper.Replace(clean(s)) + `"`
}

var tooltipEscaper = strings.NewReplacer(`\`, `\\\\`, `"`, `\"`, "\n", " ")

// num writes a coordinate or size with at most two decimals.
func num(f float64) string {
	return strconv.FormatFloat(math.Round(finite(f)*100)/100, 'f', -1, 64)
}

// darker returns the colour at 70 % brightness, for outlines.
func darker(hex string) string {
	r, g, b, ok := parseHex(hex)
	if !ok {
		return "#333333"
	}
	return fmt.Sprintf("#%02x%02x%02x", int(r*0.7), int(g*0.7), int(b*0.7))
}
