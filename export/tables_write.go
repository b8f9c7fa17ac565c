package export

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/verkostokartta/verkostokartta/graph"
)

// networkToTables writes a network as tables with Finnish ("fi") or
// English headers. Codes are written as codes, so that a file read back
// gives the same network; the reader also accepts labels. Empty tables are
// left out except actors and ties.
func networkToTables(n *graph.Network, lang string) []*table {
	header := func(s sheet) []string {
		var h []string
		for _, c := range s.columns {
			if lang == "fi" {
				h = append(h, c.fi)
			} else {
				h = append(h, c.code)
			}
		}
		return h
	}
	name := func(s sheet) string {
		if lang == "fi" {
			return s.fi
		}
		return s.code
	}
	newTable := func(s sheet) *table { return &table{name: name(s), header: header(s), headerLine: 1} }
	add := func(t *table, cells ...string) {
		t.rows = append(t.rows, cells)
		t.lines = append(t.lines, len(t.rows)+1)
	}
	join := func(xs []string) string { return strings.Join(xs, "; ") }
	date := func(d graph.Date) string { return string(d) }
	yes := func(b bool) string {
		if !b {
			return ""
		}
		if lang == "fi" {
			return "kyllä"
		}
		return "yes"
	}
	num := func(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

	actors, contacts := newTable(actorSheet), newTable(contactSheet)
	for _, a := range n.Actors {
		add(actors, a.ID, a.Name, a.ShortName, a.Sector, a.Subtype, a.Parent, join(a.Municipalities), yes(a.MeetingPlace),
			yes(a.Project), date(a.ProjectStart), date(a.ProjectEnd), join(a.Tasks), join(a.LifeStages), a.Status,
			date(a.Since), date(a.Until), a.Notes, num(a.X), num(a.Y))
		for _, c := range a.Contacts {
			add(contacts, a.ID, c.ID, c.Name, c.Role, c.Email, c.Phone)
		}
	}
	ties := newTable(tieSheet)
	for _, t := range n.Ties {
		directed := "false"
		if t.Directed {
			directed = "true"
		}
		add(ties, t.ID, t.From, t.To, t.Kind, directed, fmt.Sprint(t.Strength), t.Status, date(t.Since), date(t.Until),
			join(t.Contacts), join(t.Tasks), t.Notes)
	}
	groups, members := newTable(groupSheet), newTable(membershipSheet)
	for _, g := range n.Groups {
		meetings := ""
		if g.MeetingsPerYear > 0 {
			meetings = fmt.Sprint(g.MeetingsPerYear)
		}
		add(groups, g.ID, g.Name, g.Kind, g.Level, g.Purpose, meetings, g.Coordinator)
		for _, m := range g.Members {
			add(members, g.ID, m.Actor, m.Role, date(m.Since), date(m.Until), m.Representative, date(m.Notice))
		}
	}
	services := newTable(serviceSheet)
	for _, s := range n.Services {
		add(services, s.ID, s.Name, join(s.Providers), join(s.Tasks), join(s.LifeStages), join(s.Municipalities), s.Mode, s.Notes)
	}
	// Vocabularies that differ from the defaults (always the region's
	// municipalities) travel with the tables, so that codes read back.
	vocab := newTable(vocabSheet)
	defaults := vocabLists(ptr(graph.DefaultVocabularies()))
	lists := vocabLists(&n.Vocab)
	for _, name := range []string{"sectors", "tie_kinds", "tasks", "life_stages", "perspectives", "municipalities"} {
		if reflect.DeepEqual(*lists[name], *defaults[name]) {
			continue
		}
		for _, t := range *lists[name] {
			add(vocab, name, t.Code, t.FI, t.SV, t.EN, t.Source, t.Colour, t.Direction)
		}
	}
	out := []*table{actors, ties}
	for _, t := range []*table{contacts, groups, members, services, vocab} {
		if len(t.rows) > 0 {
			out = append(out, t)
		}
	}
	return out
}

func ptr[T any](x T) *T { return &x }
