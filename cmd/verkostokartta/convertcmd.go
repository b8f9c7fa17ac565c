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

// tableLang returns the header language of written tables: Finnish for a
// Finnish user, English otherwise (the readers also take Swedish headers).
func (c *cli) tableLang(flagValue string) (string, error) {
	switch flagValue {
	case "":
		if c.lang == "fi" {
			return "fi", nil
		}
		return "en", nil
	case "fi", "en":
		return flagValue, nil
	}
	return "", fmt.Errorf("--lang: %q is not fi or en", flagValue)
}

func runConvert(c *cli, args []string) int {
	fs := flag.NewFlagSet("convert", flag.ContinueOnError)
	out := fs.String("o", "", "output file; its extension picks the format")
	lang := fs.String("lang", "", "header language of tables: fi or en (default: the user's)")
	create := fs.Bool("create-missing", false, "create actors that ties, memberships or services name but the actors table lacks")
	noPersonal := fs.Bool("no-personal-data", false, "remove contact persons' names, emails and phones")
	pos, ok := c.flags(fs, args, commandUsage("convert"))
	if !ok {
		return exitBad
	}
	if *out == "" {
		fmt.Fprintln(c.stderr, "verkostokartta convert: give the output file with -o OUT")
		fs.Usage()
		return exitBad
	}
	path, ok := c.oneFile(fs, pos)
	if !ok {
		return exitBad
	}
	headers, err := c.tableLang(*lang)
	if err != nil {
		return c.fail(err)
	}
	if abs(path) == abs(*out) {
		return c.fail(fmt.Errorf("%s: the output would overwrite the input", *out))
	}
	ws, err := openWorkspaceWith(path, export.ReadOptions{CreateMissing: *create})
	if err != nil {
		return c.fail(err)
	}
	if *noPersonal {
		ws = ws.WithoutPersonalData()
	}
	// A table has no map positions: give the map a layout, not a pile.
	if _, err := export.PlaceIfUnplaced(context.Background(), &ws.Network); err != nil {
		return c.fail(fmt.Errorf("%s: %w", path, err))
	}
	var written []string
	switch strings.ToLower(filepath.Ext(*out)) {
	case workshop.Extension, ".json":
		if err := ws.Save(*out); err != nil {
			return c.fail(err)
		}
		written = []string{*out}
	default:
		if written, err = export.WriteFile(&ws.Network, ws.Name, *out, headers); err != nil {
			return c.fail(err)
		}
	}
	for _, w := range written {
		fmt.Fprintf(c.stderr, c.t("wrote")+"\n", w)
	}
	return exitOK
}

func abs(p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	return a
}

func runTemplate(c *cli, args []string) int {
	fs := flag.NewFlagSet("template", flag.ContinueOnError)
	out := fs.String("o", "", "output workbook (.xlsx)")
	lang := fs.String("lang", "", "header language: fi or en (default: the user's)")
	pos, ok := c.flags(fs, args, commandUsage("template"))
	if !ok {
		return exitBad
	}
	if *out == "" || len(pos) > 0 {
		fmt.Fprintln(c.stderr, "verkostokartta template: give the output workbook with -o FILE.xlsx and nothing else")
		fs.Usage()
		return exitBad
	}
	headers, err := c.tableLang(*lang)
	if err != nil {
		return c.fail(err)
	}
	if err := export.WriteTemplate(*out, headers); err != nil {
		return c.fail(err)
	}
	fmt.Fprintf(c.stderr, c.t("wrote")+"\n", *out)
	return exitOK
}
