package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"time"

	"github.com/verkostokartta/verkostokartta/export"
	"github.com/verkostokartta/verkostokartta/ui"
	"github.com/verkostokartta/verkostokartta/workshop"
)

// reportDate is the memo's date; tests pin it.
var reportDate = time.Now

func runReport(c *cli, args []string) int {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	out := fs.String("o", "", "output file: memo.pdf or memo.html")
	noPersonal := fs.Bool("no-personal-data", false, "remove contact persons' names, emails and phones (roles stay)")
	pos, ok := c.flags(fs, args, commandUsage("report"))
	if !ok {
		return exitBad
	}
	if *out == "" {
		fmt.Fprintln(c.stderr, "verkostokartta report: give the output file with -o OUT")
		fs.Usage()
		return exitBad
	}
	path, ok := c.oneFile(fs, pos)
	if !ok {
		return exitBad
	}
	format := strings.ToLower(filepath.Ext(*out))
	if format != ".pdf" && format != ".html" && format != ".htm" {
		return c.fail(fmt.Errorf("%s: unsupported memo format %q (supported: .pdf, .html)", *out, format))
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
	r := ui.MemoReport(ws, n, c.lang, *noPersonal, reportDate())
	var data []byte
	if format == ".pdf" {
		data, err = export.ReportPDF(ctx, r)
	} else {
		data, err = export.ReportHTML(ctx, r)
	}
	if err != nil {
		return c.fail(fmt.Errorf("%s: %w", *out, err))
	}
	if err := workshop.WriteFileAtomic(*out, data); err != nil {
		return c.fail(fmt.Errorf("%s: %w", *out, err))
	}
	fmt.Fprintf(c.stderr, c.t("wrote")+"\n", *out)
	return exitOK
}
