package main

import (
	"context"
	"flag"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/verkostokartta/verkostokartta/export"
	"github.com/verkostokartta/verkostokartta/workshop"
)

func runExport(c *cli, args []string) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	out := fs.String("o", "", "output file; its extension picks the format (.svg, .dot)")
	noPersonal := fs.Bool("no-personal-data", false, "remove contact persons' names, emails and phones")
	pos, ok := c.flags(fs, args, commandUsage("export"))
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
	if format != ".svg" && format != ".dot" {
		return c.fail(fmt.Errorf("%s: unsupported image format %q (supported: .svg, .dot)", *out, format))
	}
	ws, err := openWorkspace(path)
	if err != nil {
		return c.fail(err)
	}
	n := &ws.Network
	if *noPersonal {
		n = n.WithoutPersonalData()
	}
	data := export.DOT(n, export.Style{Lang: c.lang, Title: ws.Name, Legend: true})
	if format == ".svg" {
		if data, err = export.SVG(context.Background(), data); err != nil {
			return c.fail(fmt.Errorf("%s: %w", *out, err))
		}
	}
	if err := workshop.WriteFileAtomic(*out, data); err != nil {
		return c.fail(fmt.Errorf("%s: %w", *out, err))
	}
	fmt.Fprintf(c.stderr, c.t("wrote")+"\n", *out)
	return exitOK
}
