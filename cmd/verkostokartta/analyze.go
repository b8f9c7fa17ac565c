package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"sort"
	"text/tabwriter"

	"github.com/verkostokartta/verkostokartta/graph"
	"github.com/verkostokartta/verkostokartta/workshop"
)

// actorMeasures is one actor's row of `analyze --json`; keys as in DESIGN.md.
type actorMeasures struct {
	ID          string  `json:"id"`
	Name        string  `json:"name"`
	Sector      string  `json:"sector"`
	Degree      int     `json:"degree"`
	InDegree    *int    `json:"in_degree,omitempty"`
	OutDegree   *int    `json:"out_degree,omitempty"`
	Betweenness float64 `json:"betweenness"`
	Closeness   float64 `json:"closeness"`
}

type networkSummary struct {
	Name     string   `json:"name"`
	Actors   int      `json:"actors"`
	Ties     int      `json:"ties"`
	Edges    int      `json:"edges"`
	Directed bool     `json:"directed"`
	Kinds    []string `json:"kinds,omitempty"`
	At       string   `json:"at,omitempty"`
}

type ruleJSON struct {
	ID       string        `json:"id"`
	Title    string        `json:"title"`
	Passed   bool          `json:"passed"`
	Findings []findingJSON `json:"findings"`
}

type findingJSON struct {
	Subject string `json:"subject"`
	Message string `json:"message"`
}

func runAnalyze(c *cli, args []string) int {
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON")
	var vf viewFlags
	vf.register(fs)
	pos, ok := c.flags(fs, args, commands[0].usage)
	if !ok {
		return exitBad
	}
	path, ok := c.oneFile(fs, pos)
	if !ok {
		return exitBad
	}
	ws, err := openWorkspace(path)
	if err != nil {
		return c.fail(err)
	}
	opt, err := vf.options(&ws.Network)
	if err != nil {
		return c.fail(err)
	}
	v := graph.NewView(&ws.Network, opt)
	rows := measureActors(v)
	rules := c.rulesJSON(graph.CheckRules(&ws.Network, opt.At))
	summary := networkSummary{Name: ws.Name, Actors: len(ws.Actors), Ties: countTies(ws, opt), Edges: v.EdgeCount(),
		Directed: opt.Directed, Kinds: opt.Kinds, At: string(opt.At)}

	if *asJSON {
		return c.printJSON(struct {
			Network networkSummary  `json:"network"`
			Actors  []actorMeasures `json:"actors"`
			Rules   []ruleJSON      `json:"rules"`
		}{summary, rows, rules})
	}

	fmt.Fprintf(c.stdout, c.t("summary")+"\n\n", summary.Name, summary.Actors, summary.Ties, summary.Edges)
	sorted := append([]actorMeasures(nil), rows...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Betweenness > sorted[j].Betweenness })
	tw := tabwriter.NewWriter(c.stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t\n", c.t("actor"), c.t("sector"), c.t("degree"), c.t("betweenness"), c.t("closeness"))
	for _, r := range sorted {
		sector, _ := graph.Find(ws.Vocab.Sectors, r.Sector)
		fmt.Fprintf(tw, "%s\t%s\t%d\t%.3f\t%.3f\t\n", r.Name, sector.Label(c.lang), r.Degree, r.Betweenness, r.Closeness)
	}
	tw.Flush()
	fmt.Fprintln(c.stdout)
	c.printRules(rules)
	return exitOK
}

func measureActors(v *graph.View) []actorMeasures {
	deg, bc, cc := graph.Degree(v), graph.Betweenness(v), graph.Closeness(v)
	var in, out []int
	if v.Directed() {
		in, out = graph.InDegree(v), graph.OutDegree(v)
	}
	rows := make([]actorMeasures, v.Len())
	for i, a := range v.Actors {
		rows[i] = actorMeasures{ID: a.ID, Name: a.Name, Sector: a.Sector, Degree: deg[i], Betweenness: bc[i], Closeness: cc[i]}
		if v.Directed() {
			rows[i].InDegree, rows[i].OutDegree = &in[i], &out[i]
		}
	}
	return rows
}

// countTies counts the ties (not the collapsed pairs) the view includes.
func countTies(ws *workshop.Workspace, opt graph.ViewOptions) int {
	n := 0
	for _, t := range ws.Ties {
		if opt.Counts(t) {
			n++
		}
	}
	return n
}

func (c *cli) rulesJSON(results []graph.RuleResult) []ruleJSON {
	out := []ruleJSON{}
	for _, r := range results {
		rj := ruleJSON{ID: r.Rule.ID, Title: r.Rule.Title.In(c.lang), Passed: r.Passed(), Findings: []findingJSON{}}
		for _, f := range r.Findings {
			rj.Findings = append(rj.Findings, findingJSON{Subject: f.Subject, Message: f.Message.In(c.lang)})
		}
		out = append(out, rj)
	}
	return out
}

func (c *cli) printRules(rules []ruleJSON) (failed int) {
	fmt.Fprintln(c.stdout, c.t("rules"))
	for _, r := range rules {
		mark, word := "✓", c.t("passed")
		if !r.Passed {
			mark, word = "✗", c.t("failed")
			failed++
		}
		fmt.Fprintf(c.stdout, "%s %s %s — %s\n", mark, r.ID, r.Title, word)
		for _, f := range r.Findings {
			fmt.Fprintf(c.stdout, "    – %s\n", f.Message)
		}
	}
	return failed
}

func (c *cli) printJSON(v any) int {
	enc := json.NewEncoder(c.stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return c.fail(err)
	}
	return exitOK
}
