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

func runExport(c *cli, args []string) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	out := fs.String("o", "", "output file; its extension picks the format (.png, .pdf, .svg, .dot)")
	size := fs.String("size", "", "page of a .png or .pdf: projector (1920×1080, the PNG default), a4 or a3 (landscape, 300 dpi; a4 is the PDF default)")
	sizeBy := fs.String("size-by", "", "scale actors by a measure: "+strings.Join(export.MeasureKeys(), ", "))
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
	if *sizeBy != "" && !slices.Contains(export.MeasureKeys(), *sizeBy) {
		return c.fail(fmt.Errorf("--size-by: unknown measure %q (known: %s)", *sizeBy, strings.Join(export.MeasureKeys(), ", ")))
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
		st.ByAnalysis(graph.Analyze(n, graph.AnalysisOptions{Rules: ws.Rules}), *sizeBy, *colourBy)
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
