package export

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"image/color"
	"math"
	"strconv"
	"strings"
)

// PNG and PDF are painted from Graphviz's "json" output: the positions it
// computed and its xdot drawing operations (ellipses, polygons, polylines,
// Bézier splines, text, colours, pen widths and dashes). Parsing them once
// into a Drawing and replaying the drawing on a small painter interface
// keeps the two images identical to each other and to the SVG.

// The embedded font covers Finnish, Swedish and Sámi letters. Graphviz
// sizes labels with its own metrics of DejaVu Sans, so painting with the
// same font keeps every label inside its box.
var (
	//go:embed fonts/DejaVuSans.ttf
	fontRegular []byte
	//go:embed fonts/DejaVuSans-Bold.ttf
	fontBold []byte
)

// Point is a position in points on a page or image, y downwards.
type Point struct{ X, Y float64 }

// Drawing is a laid-out map ready to paint: Graphviz's drawing operations
// in points, with the origin at the top left corner of the image and y
// growing downwards, as on the map canvas and in SVG.
type Drawing struct {
	Width, Height float64
	// Nodes are the centres of the nodes by name ("a:" + actor ID for
	// actors), as Graphviz placed them.
	Nodes map[string]Point
	ops   []drawOp
	// filledBezier is the letter of a filled Bézier spline ('b' in xdot).
	filledBezier string
}

// drawOp is one shape or one text of a drawing.
type drawOp struct {
	text   bool
	points []Point // shapes: a polyline, or a Bézier spline (1 + 3k points)
	curve  bool
	closed bool
	fill   color.NRGBA // alpha 0: not filled
	pen    pen         // width 0 or alpha 0: not stroked

	// Text: the baseline point, alignment ('l', 'c', 'r') and the width
	// Graphviz reserved for it.
	str    string
	size   float64
	bold   bool
	align  byte
	width  float64
	colour color.NRGBA
}

// pen is how a line is stroked.
type pen struct {
	colour color.NRGBA
	width  float64
	dash   []float64 // on, off lengths in points; nil: solid
}

// Dash patterns as on the map canvas (ui/mapview), in points.
var (
	dashDashed = []float64{10, 6}
	dashDotted = []float64{2.5, 5}
)

// painter is what PNG and PDF implement: shapes and text in their own
// units, already scaled and placed.
type painter interface {
	// path strokes and/or fills a polyline or a cubic Bézier spline.
	path(points []Point, curve, closed bool, fill color.NRGBA, p pen)
	// text draws s with its baseline starting at (x, y).
	text(x, y float64, s string, size float64, bold bool, c color.NRGBA)
	// measure returns the width of s in the painter's units.
	measure(s string, size float64, bold bool) float64
}

// xdot is the part of Graphviz's json output that painting needs.
type xdotGraph struct {
	BB          string       `json:"bb"`
	Pad         string       `json:"pad"`
	OutputOrder string       `json:"outputorder"`
	Draw        []xdotOp     `json:"_draw_"`
	LDraw       []xdotOp     `json:"_ldraw_"`
	Objects     []xdotObject `json:"objects"`
	Edges       []xdotObject `json:"edges"`
}

type xdotObject struct {
	Name  string          `json:"name"`
	Pos   string          `json:"pos"`
	Nodes json.RawMessage `json:"nodes"` // present on subgraphs only
	// The drawing operations of the object, its label, arrowheads and
	// edge labels, in the order Graphviz's own renderers use.
	Draw   []xdotOp `json:"_draw_"`
	LDraw  []xdotOp `json:"_ldraw_"`
	HDraw  []xdotOp `json:"_hdraw_"`
	TDraw  []xdotOp `json:"_tdraw_"`
	HLDraw []xdotOp `json:"_hldraw_"`
	TLDraw []xdotOp `json:"_tldraw_"`
}

type xdotOp struct {
	Op       string       `json:"op"`
	Points   [][2]float64 `json:"points"`
	Rect     []float64    `json:"rect"`
	Pt       [2]float64   `json:"pt"`
	Align    string       `json:"align"`
	Width    float64      `json:"width"`
	Text     string       `json:"text"`
	Size     float64      `json:"size"`
	Face     string       `json:"face"`
	Color    string       `json:"color"`
	Grad     string       `json:"grad"`
	Stops    []xdotStop   `json:"stops"`
	Style    string       `json:"style"`
	FontChar int          `json:"fontchar"`
}

type xdotStop struct {
	Frac  float64 `json:"frac"`
	Color string  `json:"color"`
}

// ParseDrawing reads Graphviz's "json" output (Layout(ctx, dot, "json")).
func ParseDrawing(data []byte) (*Drawing, error) {
	var g xdotGraph
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("reading graphviz json: %w", err)
	}
	bb, err := parseFloats(g.BB)
	if err != nil || len(bb) != 4 {
		return nil, fmt.Errorf("reading graphviz json: bounding box %q", g.BB)
	}
	// The image spans the bounding box plus the pad (4 points unless the
	// graph sets one, in inches), as in Graphviz's SVG.
	pad := 4.0
	if p, err := parseFloats(g.Pad); err == nil && len(p) > 0 {
		pad = p[0] * 72
	}
	minX, maxY := bb[0]-pad, bb[3]+pad
	d := &Drawing{Width: bb[2] - bb[0] + 2*pad, Height: bb[3] - bb[1] + 2*pad, Nodes: map[string]Point{}}
	at := func(x, y float64) Point { return Point{x - minX, maxY - y} }

	d.filledBezier = filledBezierOp(g.Edges)
	d.add(g.Draw, at)
	d.add(g.LDraw, at)
	var nodes []xdotObject
	for _, o := range g.Objects {
		if o.Nodes != nil { // a subgraph (cluster): its frame goes below everything
			d.add(o.Draw, at)
			d.add(o.LDraw, at)
			continue
		}
		nodes = append(nodes, o)
		if xy, err := parseFloats(o.Pos); err == nil && len(xy) == 2 {
			d.Nodes[o.Name] = at(xy[0], xy[1])
		}
	}
	edges := func() {
		for _, e := range g.Edges {
			for _, ops := range [][]xdotOp{e.Draw, e.TDraw, e.HDraw, e.LDraw, e.TLDraw, e.HLDraw} {
				d.add(ops, at)
			}
		}
	}
	if g.OutputOrder == "edgesfirst" {
		edges()
	}
	for _, o := range nodes {
		d.add(o.Draw, at)
		d.add(o.LDraw, at)
	}
	if g.OutputOrder != "edgesfirst" {
		edges()
	}
	return d, nil
}

// add appends one attribute's drawing operations. Each list starts from
// Graphviz's defaults: it states only what differs from them.
func (d *Drawing) add(ops []xdotOp, at func(x, y float64) Point) {
	var (
		penColour  = color.NRGBA{A: 255}
		fillColour = color.NRGBA{A: 255}
		width      = 1.0
		dash       []float64
		invisible  bool
		fontSize   = 14.0
		bold       bool
	)
	points := func(xy [][2]float64) []Point {
		out := make([]Point, len(xy))
		for i, p := range xy {
			out[i] = at(p[0], p[1])
		}
		return out
	}
	shape := func(pts []Point, curve, closed, filled bool) {
		if invisible || len(pts) < 2 {
			return
		}
		op := drawOp{points: pts, curve: curve, closed: closed, pen: pen{penColour, width, dash}}
		if filled {
			op.fill = fillColour
		}
		d.ops = append(d.ops, op)
	}
	for _, op := range ops {
		switch op.Op {
		case "c":
			penColour = parseColour(op.Color, op.Stops)
		case "C":
			fillColour = parseColour(op.Color, op.Stops)
		case "S":
			switch s := op.Style; {
			case strings.HasPrefix(s, "setlinewidth("):
				if w, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimPrefix(s, "setlinewidth("), ")"), 64); err == nil && w >= 0 {
					width = w
				}
			case s == "solid":
				dash = nil
			case s == "dashed":
				dash = dashDashed
			case s == "dotted":
				dash = dashDotted
			case s == "bold":
				width = 2
			case s == "invis" || s == "invisible":
				invisible = true
			}
		case "F":
			if op.Size > 0 {
				fontSize = op.Size
			}
			bold = strings.Contains(strings.ToLower(op.Face), "bold")
		case "t":
			bold = op.FontChar&1 != 0
		case "E", "e":
			if len(op.Rect) == 4 {
				shape(ellipse(at(op.Rect[0], op.Rect[1]), op.Rect[2], op.Rect[3]), true, true, op.Op == "E")
			}
		case "P", "p":
			shape(points(op.Points), false, true, op.Op == "P")
		case "L":
			shape(points(op.Points), false, false, false)
		case "B", "b":
			filled := op.Op == d.filledBezier
			shape(points(op.Points), true, filled, filled)
		case "T":
			if invisible || op.Text == "" {
				continue
			}
			align := byte('c')
			if op.Align == "l" || op.Align == "r" {
				align = op.Align[0]
			}
			// Graphviz 12's json writer doubles the backslashes of a
			// text (its SVG does not, nor did 2.42's json): undo that,
			// so that C:\kansio\ reads as in the SVG.
			text := strings.ReplaceAll(op.Text, `\\`, `\`)
			d.ops = append(d.ops, drawOp{text: true, points: []Point{at(op.Pt[0], op.Pt[1])}, str: text,
				size: fontSize, bold: bold, align: align, width: op.Width, colour: penColour})
		}
	}
}

// filledBezierOp returns the op letter of filled Bézier splines. The xdot
// language says "b", but Graphviz's json writer swaps the two letters
// (2.42 and 12.1 alike): edges, never filled, come as "b" and filled
// rounded boxes as "B". Edges tell which convention a document follows.
func filledBezierOp(edges []xdotObject) string {
	for _, e := range edges {
		for _, op := range e.Draw {
			switch op.Op {
			case "B":
				return "b"
			case "b":
				return "B"
			}
		}
	}
	return "B"
}

// ellipse approximates an ellipse by four cubic Bézier segments.
func ellipse(c Point, rx, ry float64) []Point {
	const k = 0.5522847498 // 4/3 (√2 − 1)
	return []Point{
		{c.X + rx, c.Y},
		{c.X + rx, c.Y + k*ry}, {c.X + k*rx, c.Y + ry}, {c.X, c.Y + ry},
		{c.X - k*rx, c.Y + ry}, {c.X - rx, c.Y + k*ry}, {c.X - rx, c.Y},
		{c.X - rx, c.Y - k*ry}, {c.X - k*rx, c.Y - ry}, {c.X, c.Y - ry},
		{c.X + k*rx, c.Y - ry}, {c.X + rx, c.Y - k*ry}, {c.X + rx, c.Y},
	}
}

// Fit returns the scale and offset that fit the drawing, centred, into a
// box of w × h units at (x, y); maxScale > 0 keeps a small drawing from
// being blown up beyond it.
func (d *Drawing) Fit(x, y, w, h, maxScale float64) (scale float64, offset Point) {
	if d.Width <= 0 || d.Height <= 0 {
		return 1, Point{x, y}
	}
	scale = math.Min(w/d.Width, h/d.Height)
	if maxScale > 0 {
		scale = math.Min(scale, maxScale)
	}
	return scale, Point{x + (w-d.Width*scale)/2, y + (h-d.Height*scale)/2}
}

// paint replays the drawing on p: a drawing point (x, y) lands on
// offset + scale·(x, y).
func (d *Drawing) paint(p painter, scale float64, offset Point) {
	tr := func(pts []Point) []Point {
		out := make([]Point, len(pts))
		for i, q := range pts {
			out[i] = Point{offset.X + q.X*scale, offset.Y + q.Y*scale}
		}
		return out
	}
	for _, op := range d.ops {
		if !op.text {
			pn := op.pen
			pn.width *= scale
			if pn.dash != nil {
				// Dashes keep their proportions, but a dot never shrinks
				// below half a unit, or it would vanish.
				dash := make([]float64, len(pn.dash))
				for i, v := range pn.dash {
					dash[i] = math.Max(v*scale, 0.5)
				}
				pn.dash = dash
			}
			p.path(tr(op.points), op.curve, op.closed, op.fill, pn)
			continue
		}
		at := tr(op.points)[0]
		size := op.size * scale
		w := p.measure(op.str, size, op.bold)
		// Graphviz reserved op.width for a centred label inside its box;
		// a face it has no metrics for may come out wider: shrink it
		// rather than let it cross the box's edge. Left-aligned text (the
		// legend's, in boxes as wide as the longest line) keeps its size.
		if limit := op.width * scale * 1.02; op.align != 'l' && limit > 0 && w > limit {
			size *= limit / w
			w = limit
		}
		switch op.align {
		case 'c':
			at.X -= w / 2
		case 'r':
			at.X -= w
		}
		p.text(at.X, at.Y, op.str, size, op.bold, op.colour)
	}
}

// parseColour reads a Graphviz colour: "#rrggbb", "#rrggbbaa" or one of
// the few names Graphviz writes; a gradient paints with its first stop.
// Anything else is black, so that nothing silently disappears.
func parseColour(s string, stops []xdotStop) color.NRGBA {
	if s == "" && len(stops) > 0 {
		s = stops[0].Color
	}
	s = strings.ToLower(strings.TrimSpace(s))
	if c, ok := namedColours[s]; ok {
		return c
	}
	if strings.HasPrefix(s, "#") && (len(s) == 7 || len(s) == 9) {
		v, err := strconv.ParseUint(s[1:], 16, 32)
		if err == nil {
			if len(s) == 7 {
				return color.NRGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 255}
			}
			return color.NRGBA{uint8(v >> 24), uint8(v >> 16), uint8(v >> 8), uint8(v)}
		}
	}
	return color.NRGBA{A: 255}
}

var namedColours = map[string]color.NRGBA{
	"black": {0, 0, 0, 255}, "white": {255, 255, 255, 255}, "none": {}, "transparent": {},
	"red": {255, 0, 0, 255}, "green": {0, 255, 0, 255}, "blue": {0, 0, 255, 255},
	"gray": {192, 192, 192, 255}, "grey": {192, 192, 192, 255}, "lightgrey": {211, 211, 211, 255},
}

func parseFloats(s string) ([]float64, error) {
	if s == "" {
		return nil, errors.New("empty")
	}
	var out []float64
	for _, f := range strings.Split(s, ",") {
		v, err := strconv.ParseFloat(strings.TrimSpace(f), 64)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// Size is the page an image is made for: its size in points, the
// resolution of its PNG and the margin around the map. The zero Size is
// the drawing's own size at one pixel per point (one map canvas pixel per
// image pixel).
type Size struct {
	Name          string
	Width, Height float64 // points; 0: the drawing's own size
	DPI           float64 // PNG pixels per inch; 0: 72
	Margin        float64 // points
}

// The sizes of the command line's --size: a projector's 1920 × 1080
// pixels, and A4 and A3 landscape printed at 300 dpi.
var (
	Projector = Size{Name: "projector", Width: 1440, Height: 810, DPI: 96}
	A4        = Size{Name: "a4", Width: 841.89, Height: 595.28, DPI: 300, Margin: 28}
	A3        = Size{Name: "a3", Width: 1190.55, Height: 841.89, DPI: 300, Margin: 28}
)

// Sizes lists the named sizes.
var Sizes = []Size{Projector, A4, A3}

// SizeNamed returns the size called name ("projector", "a4", "a3").
func SizeNamed(name string) (Size, bool) {
	for _, s := range Sizes {
		if strings.EqualFold(s.Name, name) {
			return s, true
		}
	}
	return Size{}, false
}

// maxMapScale keeps a small network from being blown up to fill a page:
// labels at most twice their canvas size.
const maxMapScale = 2

// page returns the page size in points for a drawing, and where the
// drawing goes on it (scale in points per drawing point).
func (s Size) page(d *Drawing) (w, h, scale float64, offset Point) {
	if s.Width <= 0 || s.Height <= 0 {
		w, h = d.Width+2*s.Margin, d.Height+2*s.Margin
		return w, h, 1, Point{s.Margin, s.Margin}
	}
	w, h = s.Width, s.Height
	scale, offset = d.Fit(s.Margin, s.Margin, w-2*s.Margin, h-2*s.Margin, maxMapScale)
	return w, h, scale, offset
}

func (s Size) dpi() float64 {
	if s.DPI <= 0 || math.IsNaN(s.DPI) || math.IsInf(s.DPI, 0) {
		return 72
	}
	return s.DPI
}

// Render makes the image of a DOT document in a format: "svg", "png" or
// "pdf" of the given size (SVG is vector and ignores it), or "dot" for the
// document itself.
func Render(ctx context.Context, dot []byte, format string, size Size) ([]byte, error) {
	switch format {
	case "dot":
		return dot, nil
	case "svg":
		return SVG(ctx, dot)
	case "png":
		return PNG(ctx, dot, size)
	case "pdf":
		return PDF(ctx, dot, size)
	}
	return nil, fmt.Errorf("unknown image format %q (known: svg, png, pdf, dot)", format)
}
