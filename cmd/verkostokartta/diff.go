package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/verkostokartta/verkostokartta/graph"
	"github.com/verkostokartta/verkostokartta/workshop"
)

type diffDoc struct {
	Actors      diffSection   `json:"actors"`
	Ties        diffSection   `json:"ties"`
	Memberships diffSection   `json:"memberships"`
	Groups      diffSection   `json:"groups"`
	Metrics     []metricDelta `json:"metrics"`
}

type diffSection struct {
	Added   []string             `json:"added"`
	Removed []string             `json:"removed"`
	Changed []graph.FieldChanges `json:"changed"`
}

type metricDelta struct {
	Actor          string  `json:"actor"`
	DegreeOld      int     `json:"degree_old"`
	DegreeNew      int     `json:"degree_new"`
	BetweennessOld float64 `json:"betweenness_old"`
	BetweennessNew float64 `json:"betweenness_new"`
}

func runDiff(c *cli, args []string) int {
	fs := flag.NewFlagSet("diff", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON")
	pos, ok := c.flags(fs, args, commandUsage("diff"))
	if !ok {
		return exitBad
	}
	if len(pos) != 2 {
		fmt.Fprintf(c.stderr, "verkostokartta diff: expected OLD and NEW, got %d files\n", len(pos))
		fs.Usage()
		return exitBad
	}
	old, err := openWorkspace(pos[0])
	if err != nil {
		return c.fail(err)
	}
	new, err := openWorkspace(pos[1])
	if err != nil {
		return c.fail(err)
	}
	ch := graph.Diff(&old.Network, &new.Network)
	doc := diffJSON(ch)
	if *asJSON {
		return c.printJSON(doc)
	}
	c.printDiff(c.stdout, old, new, ch)
	return exitOK
}

func diffJSON(ch *graph.Change) diffDoc {
	ids := func(as []*graph.Actor) []string {
		out := []string{}
		for _, a := range as {
			out = append(out, a.ID)
		}
		return out
	}
	tieIDs := func(ts []*graph.Tie) []string {
		out := []string{}
		for _, t := range ts {
			out = append(out, t.ID)
		}
		return out
	}
	seats := func(ss []graph.GroupSeat) []string {
		out := []string{}
		for _, s := range ss {
			out = append(out, s.Group+"/"+s.Seat.Actor)
		}
		return out
	}
	groups := func(gs []*graph.Group) []string {
		out := []string{}
		for _, g := range gs {
			out = append(out, g.ID)
		}
		return out
	}
	nonNil := func(x []graph.FieldChanges) []graph.FieldChanges {
		if x == nil {
			return []graph.FieldChanges{}
		}
		return x
	}
	doc := diffDoc{
		Actors:      diffSection{ids(ch.ActorsAdded), ids(ch.ActorsRemoved), nonNil(ch.ActorsChanged)},
		Ties:        diffSection{tieIDs(ch.TiesAdded), tieIDs(ch.TiesRemoved), nonNil(ch.TiesChanged)},
		Memberships: diffSection{seats(ch.MembershipsAdded), seats(ch.MembershipsRemoved), nonNil(ch.MembershipsChanged)},
		Groups:      diffSection{groups(ch.GroupsAdded), groups(ch.GroupsRemoved), []graph.FieldChanges{}},
		Metrics:     []metricDelta{},
	}
	for _, m := range ch.Metrics {
		doc.Metrics = append(doc.Metrics, metricDelta{m.Actor, m.DegreeOld, m.DegreeNew, m.BetweennessOld, m.BetweennessNew})
	}
	return doc
}

func (c *cli) printDiff(w io.Writer, old, new *workshop.Workspace, ch *graph.Change) {
	fmt.Fprintf(w, "%s → %s\n", old.Name, new.Name)
	if ch.Empty() {
		fmt.Fprintln(w, c.t("diff-none"))
		return
	}
	name := func(id string) string {
		if a := new.Actor(id); a != nil {
			return a.Name
		}
		if a := old.Actor(id); a != nil {
			return a.Name
		}
		return id
	}
	tie := func(t *graph.Tie) string {
		return fmt.Sprintf("%s – %s (%s)", name(t.From), name(t.To), c.term(new.Vocab.TieKinds, t.Kind))
	}
	changes := func(fc graph.FieldChanges, label string) {
		for _, f := range fc.Fields {
			fmt.Fprintf(w, "  ~ %s: %s %q → %q\n", label, f.Field, f.Old, f.New)
		}
	}
	fmt.Fprintf(w, "\n%s: +%d −%d ~%d\n", c.t("diff-actors"), len(ch.ActorsAdded), len(ch.ActorsRemoved), len(ch.ActorsChanged))
	for _, a := range ch.ActorsAdded {
		fmt.Fprintf(w, "  + %s\n", a.Name)
	}
	for _, a := range ch.ActorsRemoved {
		fmt.Fprintf(w, "  − %s\n", a.Name)
	}
	for _, fc := range ch.ActorsChanged {
		changes(fc, name(fc.ID))
	}
	fmt.Fprintf(w, "\n%s: +%d −%d ~%d\n", c.t("diff-ties"), len(ch.TiesAdded), len(ch.TiesRemoved), len(ch.TiesChanged))
	for _, t := range ch.TiesAdded {
		fmt.Fprintf(w, "  + %s\n", tie(t))
	}
	for _, t := range ch.TiesRemoved {
		fmt.Fprintf(w, "  − %s\n", tie(t))
	}
	for _, fc := range ch.TiesChanged {
		label := fc.ID
		for _, t := range new.Ties {
			if t.ID == fc.ID {
				label = tie(t)
			}
		}
		changes(fc, label)
	}
	fmt.Fprintf(w, "\n%s: +%d −%d ~%d\n", c.t("diff-memberships"), len(ch.MembershipsAdded), len(ch.MembershipsRemoved), len(ch.MembershipsChanged))
	for _, s := range ch.MembershipsAdded {
		fmt.Fprintf(w, "  + %s: %s\n", groupName(new, s.Group), name(s.Seat.Actor))
	}
	for _, s := range ch.MembershipsRemoved {
		fmt.Fprintf(w, "  − %s: %s\n", groupName(old, s.Group), name(s.Seat.Actor))
	}
	for _, fc := range ch.MembershipsChanged {
		changes(fc, fc.ID)
	}
	if len(ch.GroupsAdded)+len(ch.GroupsRemoved) > 0 {
		fmt.Fprintf(w, "\n%s: +%d −%d\n", c.t("diff-groups"), len(ch.GroupsAdded), len(ch.GroupsRemoved))
	}
	if len(ch.Metrics) > 0 {
		fmt.Fprintf(w, "\n%s\n", c.t("diff-metrics"))
		for _, m := range ch.Metrics[:min(10, len(ch.Metrics))] {
			fmt.Fprintf(w, "  %s: %s → %s (%s %d → %d)\n", name(m.Actor), c.number(m.BetweennessOld, 3), c.number(m.BetweennessNew, 3), c.t("degree"), m.DegreeOld, m.DegreeNew)
		}
	}
}
