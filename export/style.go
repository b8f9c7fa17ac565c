package export

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/verkostokartta/verkostokartta/graph"
)

// TieStyle is how a tie kind is drawn, on screen and in every image, so
// that a kind looks the same everywhere.
type TieStyle struct {
	Colour string // "#rrggbb"
	// Dash is the Graphviz style: "solid", "dashed", "dotted" or "bold".
	Dash string
}

// tieStyles are chosen to stay distinguishable on a projector and in
// greyscale print: colour and dash both differ between neighbouring kinds.
var tieStyles = map[string]TieStyle{
	"agreement":    {"#1b4f72", "bold"},
	"purchase":     {"#8e44ad", "dashed"},
	"funding":      {"#b9770e", "dashed"},
	"referral":     {"#c0392b", "solid"},
	"consultation": {"#117864", "dotted"},
	"outreach":     {"#2e86c1", "dotted"},
	"joint":        {"#424949", "solid"},
	"information":  {"#7f8c8d", "dotted"},
	"premises":     {"#6e2c00", "dashed"},
	"pair":         {"#1e8449", "bold"},
}

// StyleOfTie returns the style of a tie kind; unknown kinds are grey.
func StyleOfTie(kind string) TieStyle {
	if s, ok := tieStyles[kind]; ok {
		return s
	}
	return TieStyle{"#566573", "solid"}
}

// PenWidth maps a tie strength 1–3 to a line width in points.
func PenWidth(strength int) float64 {
	switch {
	case strength >= 3:
		return 3.5
	case strength == 2:
		return 2
	}
	return 1
}

// TextColour returns black or white, whichever reads better on the fill
// colour "#rrggbb" (WCAG relative luminance).
func TextColour(fill string) string {
	r, g, b, ok := parseHex(fill)
	if !ok {
		return "#000000"
	}
	lin := func(c float64) float64 {
		c /= 255
		if c <= 0.03928 {
			return c / 12.92
		}
		return math.Pow((c+0.055)/1.055, 2.4)
	}
	l := 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
	// Contrast with white (1.05/(l+0.05)) against black ((l+0.05)/0.05).
	if 1.05/(l+0.05) > (l+0.05)/0.05 {
		return "#ffffff"
	}
	return "#000000"
}

func parseHex(s string) (r, g, b float64, ok bool) {
	if len(s) != 7 || s[0] != '#' {
		return 0, 0, 0, false
	}
	v, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil {
		return 0, 0, 0, false
	}
	return float64(v >> 16 & 0xff), float64(v >> 8 & 0xff), float64(v & 0xff), true
}

// Wrap breaks a label into lines of at most width characters at spaces and
// hyphens; a longer word stays whole on its own line.
func Wrap(s string, width int) []string {
	var lines []string
	var cur strings.Builder
	for _, word := range strings.Fields(s) {
		if cur.Len() > 0 && utf8.RuneCountInString(cur.String())+1+utf8.RuneCountInString(word) > width {
			lines = append(lines, cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(word)
	}
	if cur.Len() > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

// qualitativePalette colours groups that have no order (communities,
// k-cores shown as groups): Tableau 10 without its grey, which is left
// for "other groups". Neighbouring colours differ in hue and lightness.
var qualitativePalette = []string{"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f"}

const (
	othersColour    = "#bab0ac" // groups beyond the palette
	highlightColour = "#d62728" // outline of highlighted actors
)

// palette is the colour of each group shown on a map.
type palette struct {
	colours map[int]string
	order   []int // the coloured groups by number, for the legend
	others  int   // how many groups share othersColour
}

// groupColours gives the largest groups the palette's colours, largest
// first, and the rest one grey.
func groupColours(groupOf map[string]int, actors []*graph.Actor) palette {
	p := palette{colours: map[int]string{}}
	if groupOf == nil {
		return p
	}
	size := map[int]int{}
	for _, a := range actors {
		if g, ok := groupOf[a.ID]; ok {
			size[g]++
		}
	}
	groups := make([]int, 0, len(size))
	for g := range size {
		groups = append(groups, g)
	}
	slices.SortFunc(groups, func(a, b int) int { return cmp.Or(size[b]-size[a], a-b) })
	for i, g := range groups {
		if i < len(qualitativePalette) {
			p.colours[g] = qualitativePalette[i]
			p.order = append(p.order, g)
		} else {
			p.others++
		}
	}
	slices.Sort(p.order)
	return p
}

// colour is an actor's fill colour; an actor without a group, or in a
// group beyond the palette, is grey.
func (p palette) colour(groupOf map[string]int, id string) string {
	if g, ok := groupOf[id]; ok {
		if c, ok := p.colours[g]; ok {
			return c
		}
	}
	return othersColour
}

func groupName(st Style, g int) string {
	if st.GroupName != nil {
		return st.GroupName(g)
	}
	return strconv.Itoa(g)
}

// actorScales returns each actor's size factor for Style.SizeOf, or nil
// when the style does not size by a measure: 1 + 0.8·√(v / max), so that
// the area grows with the value and the largest is 1.8 times as large.
func actorScales(sizeOf map[string]float64, actors []*graph.Actor) []float64 {
	if sizeOf == nil {
		return nil
	}
	top := 0.0
	for _, a := range actors {
		if v := sizeOf[a.ID]; v > top && !math.IsInf(v, 1) {
			top = v
		}
	}
	scales := make([]float64, len(actors))
	for i, a := range actors {
		scales[i] = 1
		if v := sizeOf[a.ID]; top > 0 && v > 0 && v <= top {
			scales[i] = 1 + 0.8*math.Sqrt(v/top)
		}
	}
	return scales
}
