package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/verkostokartta/verkostokartta/export"
	"github.com/verkostokartta/verkostokartta/graph"
	"github.com/verkostokartta/verkostokartta/workshop"
)

func runAnalyze(c *cli, args []string) int {
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON")
	var vf viewFlags
	vf.register(fs)
	pos, ok := c.flags(fs, args, commandUsage("analyze"))
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
	a := graph.Analyze(&ws.Network, graph.AnalysisOptions{View: opt, Rules: ws.Rules})
	if *asJSON {
		return c.printJSON(c.analysisJSON(ws, a))
	}
	c.summary(c.stdout, ws, a)
	return exitOK
}

// summary writes the planner's reading of the analysis: the network in
// figures, the leading brokers, fragile points, overlaps, gaps and rules.
func (c *cli) summary(w io.Writer, ws *workshop.Workspace, a *graph.Analysis) {
	v := a.View
	// Short names read better in a summary; the JSON has the full ones.
	name := func(i int) string { return v.Actors[i].Label() }
	byID := func(id string) string {
		if x := ws.Actor(id); x != nil {
			return x.Label()
		}
		return id
	}
	communities := 0
	for _, x := range a.Community {
		communities = max(communities, x+1)
	}
	fmt.Fprintf(w, c.t("summary")+"\n", ws.Name, c.count("n-actors", v.Len()), c.count("n-ties", len(v.CountedTies())), c.count("n-pairs", v.EdgeCount()))
	fmt.Fprintf(w, c.t("figures")+"\n", c.number(a.Density, 3), c.count("n-components", len(a.Components)), c.number(a.Modularity, 3), c.count("n-communities", communities))

	c.heading(w, "brokers")
	order := make([]int, v.Len())
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return a.Betweenness[order[i]] > a.Betweenness[order[j]] })
	for rank, i := range order[:min(5, len(order))] {
		if a.Betweenness[i] == 0 {
			break
		}
		b := a.Brokerage[i]
		var roles []string
		for _, r := range graph.BrokerageRoles {
			if n := b.Get(r); n > 0 {
				roles = append(roles, fmt.Sprintf("%s %d", c.t("role-"+r), n))
			}
		}
		fmt.Fprintf(w, "  %d. %s — %s %s, %s %d", rank+1, name(i), strings.ToLower(c.t("betweenness")), c.number(a.Betweenness[i], 3), strings.ToLower(c.t("degree")), a.Degree[i])
		if len(roles) > 0 {
			fmt.Fprintf(w, "; %s", strings.Join(roles, ", "))
		}
		fmt.Fprintln(w)
	}

	c.heading(w, "fragile")
	if len(a.Departures)+len(a.Bridges)+len(a.SinglePersonTies)+len(a.FragileSectorLinks) == 0 {
		c.none(w)
	}
	for _, d := range a.Departures {
		var sep []string
		for _, s := range d.Separated {
			sep = append(sep, name(s))
		}
		fmt.Fprintf(w, "  "+c.t("departure")+"\n", name(d.Actor), d.PairsCut, strings.Join(sep, ", "))
	}
	for _, b := range a.Bridges {
		fmt.Fprintf(w, "  "+c.t("bridge")+"\n", name(b[0]), name(b[1]))
	}
	for _, s := range export.SingleTieLabels(&ws.Network, a.SinglePersonTies, c.lang) {
		fmt.Fprintf(w, "  "+c.t("single-tie")+"\n", s)
	}
	for _, l := range a.FragileSectorLinks {
		fmt.Fprintf(w, "  %s\n", export.SectorLinkLine(&ws.Network, l, c.lang))
	}

	c.heading(w, "overlaps")
	if len(a.Overlaps)+len(a.DuplicateForums) == 0 {
		c.none(w)
	}
	for _, o := range a.Overlaps {
		var stages, places, providers []string
		for _, s := range o.LifeStages {
			stages = append(stages, c.term(ws.Vocab.LifeStages, s))
		}
		for _, m := range o.Municipalities {
			places = append(places, c.term(ws.Vocab.Municipalities, m))
		}
		for _, p := range o.Providers {
			providers = append(providers, byID(p))
		}
		fmt.Fprintf(w, "  %s — %s — %s: %s\n", c.term(ws.Vocab.Tasks, o.Task), strings.Join(stages, ", "), strings.Join(places, ", "), strings.Join(providers, ", "))
		for _, p := range o.UntiedPairs {
			fmt.Fprintf(w, "      "+c.t("untied")+"\n", byID(p[0]), byID(p[1]))
		}
	}
	for _, f := range a.DuplicateForums {
		fmt.Fprintf(w, "  %s\n", export.DuplicateForumLine(&ws.Network, f, c.lang))
	}

	c.heading(w, "gaps")
	if len(a.EmptyCells)+len(a.SingleCells)+len(a.Isolated)+len(a.MissingSectors) == 0 {
		c.none(w)
	}
	if len(a.EmptyCells) > 0 {
		byPlace := map[string][]string{}
		var places []string
		for _, g := range a.EmptyCells {
			if _, ok := byPlace[g.Municipality]; !ok {
				places = append(places, g.Municipality)
			}
			byPlace[g.Municipality] = append(byPlace[g.Municipality], strings.ToLower(c.term(ws.Vocab.Tasks, g.Task)))
		}
		fmt.Fprintf(w, "  "+c.t("empty-cells")+"\n", len(a.EmptyCells), len(a.Coverage.Tasks)*len(a.Coverage.Municipalities))
		for _, m := range places {
			fmt.Fprintf(w, "      %s: %s\n", c.term(ws.Vocab.Municipalities, m), strings.Join(byPlace[m], ", "))
		}
	}
	if len(a.SingleCells) > 0 {
		fmt.Fprintf(w, "  "+c.t("single-cells")+"\n", c.count("n-cells", len(a.SingleCells)))
	}
	for _, u := range a.Isolated {
		fmt.Fprintf(w, "  "+c.t("isolated")+"\n", name(u))
	}
	for _, s := range a.MissingSectors {
		fmt.Fprintf(w, "  "+c.t("sector-missing")+"\n", c.term(ws.Vocab.Sectors, s))
	}
	fmt.Fprintln(w)
	c.printRules(w, c.rulesJSON(a.Rules), summaryFindings)
}

// summaryFindings is how many findings of a rule the plain output lists;
// --json lists them all.
const summaryFindings = 8

func (c *cli) heading(w io.Writer, key string) { fmt.Fprintf(w, "\n%s\n", c.t(key)) }
func (c *cli) none(w io.Writer)                { fmt.Fprintf(w, "  %s\n", c.t("none")) }

// term returns a vocabulary entry's label in the user's language.
func (c *cli) term(vocab []graph.Term, code string) string {
	if t, ok := graph.Find(vocab, code); ok {
		return t.Label(c.lang)
	}
	return code
}

func groupName(ws *workshop.Workspace, id string) string {
	for _, g := range ws.Groups {
		if g.ID == id {
			return g.Name
		}
	}
	return id
}

// printRules lists the rule results, at most limit findings each (0: all),
// and returns how many rules failed.
func (c *cli) printRules(w io.Writer, rules []ruleJSON, limit int) (failed int) {
	fmt.Fprintln(w, c.t("rules"))
	for _, r := range rules {
		mark := map[string]string{"pass": "✓", "warn": "!", "fail": "✗", "not_applicable": "–", "disabled": "·"}[r.Status]
		if r.Status == "fail" {
			failed++
		}
		fmt.Fprintf(w, "%s %s %s — %s\n", mark, r.ID, r.Title, c.t("status-"+r.Status))
		for i, f := range r.Findings {
			if limit > 0 && i == limit {
				fmt.Fprintf(w, "    "+c.t("more-findings")+"\n", c.count("more", len(r.Findings)-limit))
				break
			}
			fmt.Fprintf(w, "    – %s\n", f.Message)
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
