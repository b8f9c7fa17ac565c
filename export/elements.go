package export

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/verkostokartta/verkostokartta/graph"
)

// The graph formats (GraphML, GEXF) carry the whole workspace as nodes
// and edges with attributes: actors, groups and services are nodes told
// apart by the attribute "element"; ties, memberships (actor → group) and
// providers (service → actor) are edges. Gephi, Cytoscape and networkx
// read them as an attributed network; filtering element=actor leaves the
// actor network. Tie direction is the edge attribute "directed", because
// networkx refuses files that mix directed and undirected edges.

const (
	elemActor      = "actor"
	elemGroup      = "group"
	elemService    = "service"
	elemTie        = "tie"
	elemMembership = "membership"
	elemProvider   = "provider"
	groupPrefix    = "group:"
	servicePrefix  = "service:"
)

// attrSpec is one attribute of nodes or edges and its XML type.
type attrSpec struct{ name, typ string }

var nodeAttrs = []attrSpec{
	{"element", "string"}, {"name", "string"}, {"short_name", "string"}, {"sector", "string"}, {"subtype", "string"},
	{"parent", "string"}, {"municipalities", "string"}, {"meeting_place", "boolean"}, {"project", "boolean"},
	{"project_start", "string"}, {"project_end", "string"}, {"tasks", "string"}, {"life_stages", "string"},
	{"status", "string"}, {"since", "string"}, {"until", "string"}, {"notes", "string"}, {"contacts", "string"},
	{"group_kind", "string"}, {"level", "string"}, {"purpose", "string"}, {"meetings_per_year", "int"},
	{"coordinator", "string"}, {"mode", "string"}, {"x", "double"}, {"y", "double"},
}

var edgeAttrs = []attrSpec{
	{"element", "string"}, {"kind", "string"}, {"directed", "boolean"}, {"strength", "int"}, {"status", "string"},
	{"since", "string"}, {"until", "string"}, {"contacts", "string"}, {"tasks", "string"}, {"notes", "string"},
	{"role", "string"}, {"representative", "string"}, {"notice", "string"},
}

type element struct {
	id, label      string
	source, target string // edges only
	attrs          map[string]string
}

func boolText(b bool) string {
	if b {
		return "true"
	}
	return ""
}

func numText(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// networkToElements lists the network's nodes and edges.
func networkToElements(n *graph.Network) (nodes, edges []element) {
	join := func(xs []string) string { return strings.Join(xs, ";") }
	for _, a := range n.Actors {
		at := map[string]string{"element": elemActor, "name": a.Name, "short_name": a.ShortName, "sector": a.Sector,
			"subtype": a.Subtype, "parent": a.Parent, "municipalities": join(a.Municipalities), "meeting_place": boolText(a.MeetingPlace),
			"project": boolText(a.Project), "project_start": string(a.ProjectStart), "project_end": string(a.ProjectEnd),
			"tasks": join(a.Tasks), "life_stages": join(a.LifeStages), "status": a.Status, "since": string(a.Since),
			"until": string(a.Until), "notes": a.Notes, "x": numText(a.X), "y": numText(a.Y)}
		if len(a.Contacts) > 0 {
			data, _ := json.Marshal(a.Contacts)
			at["contacts"] = string(data)
		}
		nodes = append(nodes, element{id: a.ID, label: a.Label(), attrs: at})
	}
	for _, t := range n.Ties {
		edges = append(edges, element{id: t.ID, source: t.From, target: t.To, label: t.Kind, attrs: map[string]string{
			"element": elemTie, "kind": t.Kind, "directed": strconv.FormatBool(t.Directed), "strength": strconv.Itoa(t.Strength),
			"status": t.Status, "since": string(t.Since), "until": string(t.Until), "contacts": join(t.Contacts),
			"tasks": join(t.Tasks), "notes": t.Notes}})
	}
	for _, g := range n.Groups {
		meetings := ""
		if g.MeetingsPerYear > 0 {
			meetings = strconv.Itoa(g.MeetingsPerYear)
		}
		nodes = append(nodes, element{id: groupPrefix + g.ID, label: g.Name, attrs: map[string]string{
			"element": elemGroup, "name": g.Name, "group_kind": g.Kind, "level": g.Level, "purpose": g.Purpose,
			"meetings_per_year": meetings, "coordinator": g.Coordinator}})
		for i, m := range g.Members {
			edges = append(edges, element{id: fmt.Sprintf("m:%s:%d", g.ID, i+1), source: m.Actor, target: groupPrefix + g.ID, label: elemMembership,
				attrs: map[string]string{"element": elemMembership, "role": m.Role, "since": string(m.Since), "until": string(m.Until),
					"representative": m.Representative, "notice": string(m.Notice)}})
		}
	}
	for _, s := range n.Services {
		nodes = append(nodes, element{id: servicePrefix + s.ID, label: s.Name, attrs: map[string]string{
			"element": elemService, "name": s.Name, "tasks": join(s.Tasks), "life_stages": join(s.LifeStages),
			"municipalities": join(s.Municipalities), "mode": s.Mode, "notes": s.Notes}})
		for i, p := range s.Providers {
			edges = append(edges, element{id: fmt.Sprintf("p:%s:%d", s.ID, i+1), source: servicePrefix + s.ID, target: p, label: elemProvider,
				attrs: map[string]string{"element": elemProvider}})
		}
	}
	return nodes, edges
}

// elementsToNetwork rebuilds a network from nodes and edges, ours or
// another tool's: a node without "element" is an actor named by its
// "name" or "label" attribute or its label; an edge without "element" is
// a tie of kind "joint" (or its "kind"), directed when the file's default
// is directed. Weights from other tools are rounded into strengths 1–3.
func elementsToNetwork(file string, nodes, edges []element, directedDefault bool) (*graph.Network, error) {
	n := &graph.Network{Vocab: graph.DefaultVocabularies()}
	bad := func(what, id, format string, args ...any) error {
		return fmt.Errorf("%s: %s %q: %s", file, what, id, fmt.Sprintf(format, args...))
	}
	kindOf := map[string]string{}
	for _, e := range nodes {
		if _, dup := kindOf[e.id]; dup {
			return nil, bad("node", e.id, "duplicate id")
		}
		elem := e.attrs["element"]
		if elem == "" {
			elem = elemActor
		}
		kindOf[e.id] = elem
	}
	name := func(e element) string {
		for _, k := range []string{"name", "label", "Label"} {
			if v := e.attrs[k]; v != "" {
				return v
			}
		}
		if e.label != "" {
			return e.label
		}
		return e.id
	}
	codes := func(s string, vocab []graph.Term, what, id string) ([]string, error) {
		var out []string
		for _, v := range list(s) {
			t, ok := lookupTerm(vocab, v)
			if !ok {
				return nil, bad("node", id, "unknown %s %q", what, v)
			}
			out = append(out, t.Code)
		}
		return out, nil
	}
	municipalities := func(s string) []string {
		var out []string
		for _, v := range list(s) {
			if t, ok := lookupTerm(n.Vocab.Municipalities, v); ok {
				out = append(out, t.Code)
				continue
			}
			n.Vocab.Municipalities = append(n.Vocab.Municipalities, graph.Term{Code: v, FI: v, SV: v, EN: v, Source: "read from " + file})
			out = append(out, v)
		}
		return out
	}
	groups := map[string]*graph.Group{}
	services := map[string]*graph.Service{}
	tieIDs := map[string]bool{}
	for _, e := range edges {
		tieIDs[e.id] = true
	}
	nextTie := 0
	newTieID := func() string {
		for {
			nextTie++
			if id := fmt.Sprintf("t%d", nextTie); !tieIDs[id] {
				tieIDs[id] = true
				return id
			}
		}
	}
	for _, e := range nodes {
		at := e.attrs
		switch kindOf[e.id] {
		case elemActor:
			a := &graph.Actor{ID: e.id, Name: name(e), ShortName: at["short_name"], Subtype: at["subtype"], Parent: at["parent"],
				MeetingPlace: at["meeting_place"] == "true", Project: at["project"] == "true", Status: at["status"], Notes: at["notes"],
				ProjectStart: graph.Date(at["project_start"]), ProjectEnd: graph.Date(at["project_end"]),
				Since: graph.Date(at["since"]), Until: graph.Date(at["until"])}
			a.Sector = "residents"
			if s := at["sector"]; s != "" {
				t, ok := lookupTerm(n.Vocab.Sectors, s)
				if !ok {
					return nil, bad("node", e.id, "unknown sector %q", s)
				}
				a.Sector = t.Code
			}
			a.Municipalities = municipalities(at["municipalities"])
			var err error
			if a.Tasks, err = codes(at["tasks"], n.Vocab.Tasks, "task", e.id); err != nil {
				return nil, err
			}
			if a.LifeStages, err = codes(at["life_stages"], n.Vocab.LifeStages, "life stage", e.id); err != nil {
				return nil, err
			}
			a.X, _ = strconv.ParseFloat(at["x"], 64)
			a.Y, _ = strconv.ParseFloat(at["y"], 64)
			if math.IsNaN(a.X) || math.IsInf(a.X, 0) || math.IsNaN(a.Y) || math.IsInf(a.Y, 0) {
				a.X, a.Y = 0, 0
			}
			if c := at["contacts"]; c != "" {
				if err := json.Unmarshal([]byte(c), &a.Contacts); err != nil {
					return nil, bad("node", e.id, "attribute contacts: %v", err)
				}
			}
			n.Actors = append(n.Actors, a)
		case elemGroup:
			g := &graph.Group{ID: strings.TrimPrefix(e.id, groupPrefix), Name: name(e), Kind: at["group_kind"], Level: at["level"],
				Purpose: at["purpose"], Coordinator: at["coordinator"]}
			if g.Kind == "" {
				g.Kind = "other"
			}
			if m := at["meetings_per_year"]; m != "" {
				v, err := strconv.Atoi(m)
				if err != nil {
					return nil, bad("node", e.id, "meetings_per_year %q is not a whole number", m)
				}
				g.MeetingsPerYear = v
			}
			groups[e.id] = g
			n.Groups = append(n.Groups, g)
		case elemService:
			s := &graph.Service{ID: strings.TrimPrefix(e.id, servicePrefix), Name: name(e), Mode: at["mode"], Notes: at["notes"]}
			var err error
			if s.Tasks, err = codes(at["tasks"], n.Vocab.Tasks, "task", e.id); err != nil {
				return nil, err
			}
			if s.LifeStages, err = codes(at["life_stages"], n.Vocab.LifeStages, "life stage", e.id); err != nil {
				return nil, err
			}
			s.Municipalities = municipalities(at["municipalities"])
			services[e.id] = s
			n.Services = append(n.Services, s)
		default:
			return nil, bad("node", e.id, "unknown element %q", kindOf[e.id])
		}
	}
	for i, e := range edges {
		id := e.id
		if id == "" {
			id = fmt.Sprintf("#%d", i+1)
		}
		at := e.attrs
		for _, end := range []string{e.source, e.target} {
			if _, ok := kindOf[end]; !ok {
				return nil, bad("edge", id, "unknown node %q", end)
			}
		}
		elem := at["element"]
		if elem == "" {
			elem = elemTie
		}
		switch elem {
		case elemTie:
			if kindOf[e.source] != elemActor || kindOf[e.target] != elemActor {
				return nil, bad("edge", id, "a tie must join two actors")
			}
			if e.source == e.target {
				return nil, bad("edge", id, "a tie cannot connect %q to itself", e.source)
			}
			t := &graph.Tie{ID: e.id, From: e.source, To: e.target, Kind: "joint", Strength: 1, Status: at["status"],
				Since: graph.Date(at["since"]), Until: graph.Date(at["until"]), Contacts: list(at["contacts"]), Notes: at["notes"]}
			if t.ID == "" {
				t.ID = newTieID()
			}
			if k := at["kind"]; k != "" {
				term, ok := lookupTerm(n.Vocab.TieKinds, k)
				if !ok {
					return nil, bad("edge", id, "unknown tie kind %q", k)
				}
				t.Kind = term.Code
			}
			switch at["directed"] {
			case "true", "1":
				t.Directed = true
			case "false", "0":
			default:
				t.Directed = directedDefault
			}
			for _, k := range []string{"strength", "weight", "Weight"} {
				if v := at[k]; v != "" {
					w, err := strconv.ParseFloat(v, 64)
					if err != nil || math.IsNaN(w) {
						return nil, bad("edge", id, "%s %q is not a number", k, v)
					}
					t.Strength = int(math.Max(1, math.Min(3, math.Round(w))))
					break
				}
			}
			var err error
			if t.Tasks, err = codes(at["tasks"], n.Vocab.Tasks, "task", id); err != nil {
				return nil, err
			}
			n.Ties = append(n.Ties, t)
		case elemMembership:
			g, ok := groups[e.target]
			if !ok || kindOf[e.source] != elemActor {
				return nil, bad("edge", id, "a membership must go from an actor to a group")
			}
			g.Members = append(g.Members, graph.Membership{Actor: e.source, Role: at["role"], Since: graph.Date(at["since"]),
				Until: graph.Date(at["until"]), Representative: at["representative"], Notice: graph.Date(at["notice"])})
		case elemProvider:
			s, ok := services[e.source]
			if !ok || kindOf[e.target] != elemActor {
				return nil, bad("edge", id, "a provider edge must go from a service to an actor")
			}
			s.Providers = append(s.Providers, e.target)
		default:
			return nil, bad("edge", id, "unknown element %q", elem)
		}
	}
	if errs := n.Validate(); len(errs) > 0 {
		return nil, fmt.Errorf("%s: %v", file, errs[0])
	}
	return n, nil
}
