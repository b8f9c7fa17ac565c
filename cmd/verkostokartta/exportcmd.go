package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"

	"github.com/verkostokartta/verkostokartta/export"
	"github.com/verkostokartta/verkostokartta/graph"
	"github.com/verkostokartta/verkostokartta/workshop"
)

const exportUsage = "export -o OUT.png|OUT.pdf|OUT.svg|OUT.dot [--size projector|a4|a3] [--size-by MEASURE] [--color-by sector|community|core] [--layout L] [--no-personal-data] FILE"

// sizeMeasures are the measures --size-by accepts, with their names in
// the legend; the keys are those of analyze --json.
var sizeMeasures = []struct {
	key   string
	label graph.Text
	value func(a *graph.Analysis, i int) float64
}{
	{"degree", graph.Text{FI: "yhteyksiä", SV: "relationer", EN: "degree"}, func(a *graph.Analysis, i int) float64 { return float64(a.Degree[i]) }},
	{"in_degree", graph.Text{FI: "saapuvia yhteyksiä", SV: "inkommande relationer", EN: "in-degree"}, func(a *graph.Analysis, i int) float64 { return float64(a.InDegree[i]) }},
	{"out_degree", graph.Text{FI: "lähteviä yhteyksiä", SV: "utgående relationer", EN: "out-degree"}, func(a *graph.Analysis, i int) float64 { return float64(a.OutDegree[i]) }},
	{"strength", graph.Text{FI: "yhteyksien vahvuus", SV: "relationernas styrka", EN: "strength"}, func(a *graph.Analysis, i int) float64 { return a.Strength[i] }},
	{"betweenness", graph.Text{FI: "välittäjyys", SV: "mellanhet", EN: "betweenness"}, func(a *graph.Analysis, i int) float64 { return a.Betweenness[i] }},
	{"closeness", graph.Text{FI: "läheisyys", SV: "närhet", EN: "closeness"}, func(a *graph.Analysis, i int) float64 { return a.Closeness[i] }},
	{"harmonic", graph.Text{FI: "harmoninen läheisyys", SV: "harmonisk närhet", EN: "harmonic centrality"}, func(a *graph.Analysis, i int) float64 { return a.Harmonic[i] }},
	{"eigenvector", graph.Text{FI: "ominaisvektorikeskeisyys", SV: "egenvektorcentralitet", EN: "eigenvector centrality"}, func(a *graph.Analysis, i int) float64 { return a.Eigenvector[i] }},
	{"pagerank", graph.Text{FI: "PageRank", SV: "PageRank", EN: "PageRank"}, func(a *graph.Analysis, i int) float64 { return a.PageRank[i] }},
	{"constraint", graph.Text{FI: "Burtin rajoite", SV: "Burts begränsning", EN: "Burt's constraint"}, func(a *graph.Analysis, i int) float64 { return a.Constraint[i] }},
	{"effective_size", graph.Text{FI: "Burtin tehokas koko", SV: "Burts effektiva storlek", EN: "Burt's effective size"}, func(a *graph.Analysis, i int) float64 { return a.EffectiveSize[i] }},
	{"core", graph.Text{FI: "ydinluku", SV: "kärnnummer", EN: "core number"}, func(a *graph.Analysis, i int) float64 { return float64(a.Core[i]) }},
}

var exportTexts = map[string]graph.Text{
	"colour-community": {FI: "Yhteisöt (Louvain)", SV: "Grupper (Louvain)", EN: "Communities (Louvain)"},
	"community":        {FI: "Yhteisö %d", SV: "Grupp %d", EN: "Community %d"},
	"colour-core":      {FI: "Ydinluku (k-ydin)", SV: "Kärnnummer (k-kärna)", EN: "Core number (k-core)"},
	"core":             {FI: "Ydinluku %d", SV: "Kärnnummer %d", EN: "Core number %d"},
}

func init() {
	for k, v := range exportTexts {
		texts[k] = v
	}
}

func runExport(c *cli, args []string) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	out := fs.String("o", "", "output file; its extension picks the format (.png, .pdf, .svg, .dot)")
	size := fs.String("size", "", "page of a .png or .pdf: projector (1920×1080, the PNG default), a4 or a3 (landscape, 300 dpi; a4 is the PDF default)")
	sizeBy := fs.String("size-by", "", "scale actors by a measure: "+strings.Join(measureKeys(), ", "))
	colourBy := fs.String("color-by", "sector", "colour actors by sector, community (Louvain) or core (k-core)")
	layout := fs.String("layout", "pinned", "pinned (the map's own positions), "+strings.Join(export.Layouts[1:], ", "))
	noPersonal := fs.Bool("no-personal-data", false, "remove contact persons' names, emails and phones")
	pos, ok := c.flags(fs, args, exportUsage)
	if !ok {
		return exitBad
	}
	if *out == "" {
		fmt.Fprintln(c.stderr, "verkostokartta export: give the output file with -o OUT")
		fs.Usage()
		return exitBad
	}
	path, ok := c.oneFile(fs, pos)
	if !ok {
		return exitBad
	}
	format := strings.ToLower(filepath.Ext(*out))
	if !slices.Contains([]string{".png", ".pdf", ".svg", ".dot"}, format) {
		return c.fail(fmt.Errorf("%s: unsupported image format %q (supported: .png, .pdf, .svg, .dot)", *out, format))
	}
	page := export.Projector
	if format == ".pdf" {
		page = export.A4
	}
	if *size != "" {
		if page, ok = export.SizeNamed(*size); !ok {
			return c.fail(fmt.Errorf("--size: unknown size %q (known: projector, a4, a3)", *size))
		}
	}
	if *sizeBy != "" && !slices.Contains(measureKeys(), *sizeBy) {
		return c.fail(fmt.Errorf("--size-by: unknown measure %q (known: %s)", *sizeBy, strings.Join(measureKeys(), ", ")))
	}
	if !slices.Contains([]string{"sector", "community", "core"}, *colourBy) {
		return c.fail(fmt.Errorf("--color-by: unknown colouring %q (known: sector, community, core)", *colourBy))
	}
	if !slices.Contains(export.Layouts, *layout) {
		return c.fail(fmt.Errorf("--layout: unknown layout %q (known: %s)", *layout, strings.Join(export.Layouts, ", ")))
	}

	ws, err := openWorkspace(path)
	if err != nil {
		return c.fail(err)
	}
	n := &ws.Network
	if *noPersonal {
		n = n.WithoutPersonalData()
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	st := export.Style{Lang: c.lang, Title: ws.Name, Legend: true}
	if *sizeBy != "" || *colourBy != "sector" {
		c.styleByAnalysis(&st, n, graph.Analyze(n, graph.AnalysisOptions{Rules: ws.Rules}), *sizeBy, *colourBy)
	}
	if *layout != "pinned" {
		arr, err := export.Arrange(ctx, n, *layout, 0)
		if err != nil {
			return c.fail(fmt.Errorf("--layout: %w", err))
		}
		n, st.Rings = arr.Apply(n), arr.Rings
	}
	data, err := export.Render(ctx, export.DOT(n, st), format[1:], page)
	if err != nil {
		return c.fail(fmt.Errorf("%s: %w", *out, err))
	}
	if err := workshop.WriteFileAtomic(*out, data); err != nil {
		return c.fail(fmt.Errorf("%s: %w", *out, err))
	}
	fmt.Fprintf(c.stderr, c.t("wrote")+"\n", *out)
	return exitOK
}

func measureKeys() []string {
	keys := make([]string, len(sizeMeasures))
	for i, m := range sizeMeasures {
		keys[i] = m.key
	}
	return keys
}

// styleByAnalysis sets the style's sizes and colours from the analysis of
// the default view (every current tie, undirected).
func (c *cli) styleByAnalysis(st *export.Style, n *graph.Network, a *graph.Analysis, sizeBy, colourBy string) {
	for _, m := range sizeMeasures {
		if m.key != sizeBy {
			continue
		}
		st.SizeOf, st.SizeTitle = map[string]float64{}, m.label.In(c.lang)
		for i, x := range a.View.Actors {
			st.SizeOf[x.ID] = m.value(a, i)
		}
	}
	var groups []int
	switch colourBy {
	case "community":
		groups = a.Community
		st.GroupTitle = c.t("colour-community")
		st.GroupName = func(g int) string { return fmt.Sprintf(c.t("community"), g+1) }
	case "core":
		groups = a.Core
		st.GroupTitle = c.t("colour-core")
		st.GroupName = func(g int) string { return fmt.Sprintf(c.t("core"), g) }
	default:
		return
	}
	st.GroupOf = map[string]int{}
	for i, x := range a.View.Actors {
		st.GroupOf[x.ID] = groups[i]
	}
}
