package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/verkostokartta/verkostokartta/export"
	"github.com/verkostokartta/verkostokartta/graph"
	"github.com/verkostokartta/verkostokartta/ui"
	"github.com/verkostokartta/verkostokartta/workshop"
)

// Exit codes of the command line (DESIGN.md).
const (
	exitOK     = 0
	exitFailed = 1 // checks ran and some failed
	exitBad    = 2 // bad input or usage
)

// command is one subcommand of the command line.
type command struct {
	name  string
	usage string
	help  string
	run   func(c *cli, args []string) int
}

// commands is filled in init: the commands read their own usage lines
// from it, which a package-level initializer cannot allow.
var commands []*command

func init() {
	commands = []*command{
		{"analyze", "analyze [--json] [--directed] [--weighted] [--kinds K1,K2] [--at DATE] FILE", "measures, brokers, fragile points, overlaps, gaps and rules", runAnalyze},
		{"check", "check [--json] FILE", "rule results; exit 0 all pass, 1 some fail, 2 bad input", runCheck},
		{"export", "export -o OUT [--size projector|a4|a3] [--layout L] [--size-by M] [--color-by C] [--no-personal-data] FILE", "map image; OUT's extension picks the format (.png .pdf .svg .dot)", runExport},
		{"convert", "convert -o OUT [--lang fi|en] [--create-missing] [--no-personal-data] FILE", "between .verkosto, .json, .csv, .xlsx, .graphml and .gexf (OUT's extension)", runConvert},
		{"template", "template -o FILE.xlsx [--lang fi|en]", "an Excel workbook to fill in, with example rows and the codes", runTemplate},
		{"report", "report -o memo.pdf|memo.html [--no-personal-data] FILE", "workshop memo: map, key figures, brokers, coverage, fragile points, overlaps, gaps, rules, membership review, the workshop, before/after", runReport},
		{"diff", "diff [--json] OLD NEW", "what changed between two workspaces", runDiff},
		{"sample", "sample -o FILE", "write the embedded Etelä-Savo sample workspace", runSample},
	}
}

// commandUsage returns the usage line of the named command.
func commandUsage(name string) string {
	for _, c := range commands {
		if c.name == name {
			return c.usage
		}
	}
	return name
}

// cli carries the output streams and the user's language through a run.
type cli struct {
	stdout, stderr io.Writer
	lang           string
}

// run executes the command line (without the program name) and returns the
// exit code. gui is called when the arguments ask for the window.
func run(args []string, stdout, stderr io.Writer, gui func(ws *workshop.Workspace, path string) error) int {
	c := &cli{stdout: stdout, stderr: stderr, lang: ui.Language()}
	if len(args) == 0 {
		return c.startGUI(gui, workshop.Sample(), "")
	}
	switch args[0] {
	case "-h", "--help", "help":
		c.usage(stdout)
		return exitOK
	}
	for _, cmd := range commands {
		if cmd.name == args[0] {
			return cmd.run(c, args[1:])
		}
	}
	if strings.HasPrefix(args[0], "-") || len(args) > 1 {
		fmt.Fprintf(stderr, "verkostokartta: unknown command or option %q\n\n", strings.Join(args, " "))
		c.usage(stderr)
		return exitBad
	}
	ws, err := openWorkspace(args[0])
	if err != nil {
		return c.fail(err)
	}
	return c.startGUI(gui, ws, args[0])
}

func (c *cli) startGUI(gui func(*workshop.Workspace, string) error, ws *workshop.Workspace, path string) int {
	// A file that is not a workspace (a CSV) opens as a new, unsaved one.
	if path != "" && !strings.EqualFold(filepath.Ext(path), workshop.Extension) {
		path = ""
	}
	if err := gui(ws, path); err != nil {
		return c.fail(err)
	}
	return exitOK
}

func (c *cli) usage(w io.Writer) {
	fmt.Fprintln(w, "Verkostokartta — family-centre network map")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Usage:")
	fmt.Fprintln(w, "  verkostokartta [FILE]")
	fmt.Fprintln(w, "        open the map window; without FILE on the embedded sample")
	for _, cmd := range commands {
		fmt.Fprintf(w, "  verkostokartta %s\n        %s\n", cmd.usage, cmd.help)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "FILE is a workspace (.verkosto), an Excel workbook (.xlsx), GraphML, GEXF, or a")
	fmt.Fprintln(w, "ties table (.csv with columns from,to and optional kind,weight,directed; Finnish")
	fmt.Fprintln(w, "headers mistä,mihin,tyyppi,vahvuus); actors come from an actors CSV beside it.")
	fmt.Fprintln(w, "Exit codes: 0 ok, 1 checks failed, 2 bad input or usage.")
}

// fail prints err and returns the bad-input exit code.
func (c *cli) fail(err error) int {
	fmt.Fprintf(c.stderr, "verkostokartta: %v\n", err)
	return exitBad
}

// flags parses args with fs, allowing flags before and after the
// positional arguments, and returns the positional ones.
func (c *cli) flags(fs *flag.FlagSet, args []string, usage string) ([]string, bool) {
	fs.SetOutput(c.stderr)
	fs.Usage = func() {
		fmt.Fprintf(c.stderr, "Usage: verkostokartta %s\n", usage)
		fs.PrintDefaults()
	}
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, false
		}
		args = fs.Args()
		if len(args) == 0 {
			return positional, true
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
}

// oneFile checks that exactly one input file was given.
func (c *cli) oneFile(fs *flag.FlagSet, positional []string) (string, bool) {
	if len(positional) != 1 {
		fmt.Fprintf(c.stderr, "verkostokartta %s: expected one FILE, got %d\n", fs.Name(), len(positional))
		fs.Usage()
		return "", false
	}
	return positional[0], true
}

// openWorkspace reads a workspace file, or a foreign format into a new
// workspace named after the file.
func openWorkspace(path string) (*workshop.Workspace, error) {
	return openWorkspaceWith(path, export.ReadOptions{})
}

// openWorkspaceWith is openWorkspace with options for foreign formats.
func openWorkspaceWith(path string, opt export.ReadOptions) (*workshop.Workspace, error) {
	if strings.EqualFold(filepath.Ext(path), workshop.Extension) || strings.EqualFold(filepath.Ext(path), ".json") {
		ws, err := workshop.Load(path)
		if err == nil && export.Untitled(ws.Name) {
			// A workspace never named goes by its file's name.
			ws.Name = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
		}
		return ws, err
	}
	if _, err := os.Stat(path); err != nil {
		return nil, err
	}
	n, err := export.ReadFileWith(path, opt)
	if err != nil {
		return nil, err
	}
	ws := workshop.New(strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)))
	ws.Network = *n
	return ws, nil
}

// viewFlags registers the options that choose the view of the network.
type viewFlags struct {
	directed bool
	weighted bool
	kinds    string
	at       string
}

func (v *viewFlags) register(fs *flag.FlagSet) {
	fs.BoolVar(&v.directed, "directed", false, "keep tie directions")
	fs.BoolVar(&v.weighted, "weighted", false, "weigh ties by strength (path length 1/strength)")
	fs.StringVar(&v.kinds, "kinds", "", "comma-separated tie kinds to include (default all)")
	fs.StringVar(&v.at, "at", "", "the network on this date (YYYY-MM-DD or D.M.YYYY)")
}

func (v *viewFlags) options(n *graph.Network) (graph.ViewOptions, error) {
	opt := graph.ViewOptions{Directed: v.directed, Weighted: v.weighted}
	at, err := graph.ParseDate(v.at)
	if err != nil {
		return opt, fmt.Errorf("--at: %w", err)
	}
	opt.At = at
	if v.kinds != "" {
		for _, k := range strings.Split(v.kinds, ",") {
			k = strings.TrimSpace(k)
			if _, ok := graph.Find(n.Vocab.TieKinds, k); !ok {
				var codes []string
				for _, t := range n.Vocab.TieKinds {
					codes = append(codes, t.Code)
				}
				return opt, fmt.Errorf("--kinds: unknown tie kind %q (known: %s)", k, strings.Join(codes, ", "))
			}
			opt.Kinds = append(opt.Kinds, k)
		}
	}
	return opt, nil
}
