package export

import (
	"fmt"
	"strings"

	"github.com/verkostokartta/verkostokartta/graph"
)

// Finding is one line of the analysis as people read it, with the actors
// it is about, so that a click can show them on the map.
type Finding struct {
	Text   string
	Actors []string // actor IDs
	// Status is a rule's status (pass, fail, warn, not_applicable,
	// disabled); empty for other findings.
	Status string
}

// FindingGroup is a titled list of findings: fragile points, overlaps,
// gaps or rules.
type FindingGroup struct {
	Key   string // "fragile", "overlaps", "gaps", "rules"
	Title string
	Items []Finding
}

// Findings words the analysis of n in lang as the memo does, keeping the
// actors each finding names.
func Findings(n *graph.Network, a *graph.Analysis, lang string) []FindingGroup {
	t := func(key string) string { return reportWords[key].In(lang) }
	v := a.View
	name := func(i int) string { return v.Actors[i].Label() }
	id := func(i int) string { return v.Actors[i].ID }
	term := func(list []graph.Term, code string) string { return termLabel(list, code, lang) }

	var fragile []Finding
	for _, d := range a.Departures {
		cut, ids := []string{}, []string{id(d.Actor)}
		for _, s := range d.Separated {
			cut = append(cut, name(s))
			ids = append(ids, id(s))
		}
		fragile = append(fragile, Finding{Text: fmt.Sprintf(t("departure"), name(d.Actor), d.PairsCut, strings.Join(cut, ", ")), Actors: ids})
	}
	for _, b := range a.Bridges {
		fragile = append(fragile, Finding{Text: fmt.Sprintf(t("bridge"), name(b[0]), name(b[1])), Actors: []string{id(b[0]), id(b[1])}})
	}
	for i, label := range SingleTieLabels(n, a.SinglePersonTies, lang) {
		s := a.SinglePersonTies[i]
		fragile = append(fragile, Finding{Text: fmt.Sprintf(t("single-tie"), label), Actors: []string{s.Tie.From, s.Tie.To}})
	}
	for _, l := range a.FragileSectorLinks {
		var ids []string
		for _, tie := range l.Ties {
			ids = append(ids, tie.From, tie.To)
		}
		fragile = append(fragile, Finding{Text: SectorLinkLine(n, l, lang), Actors: dedupe(ids)})
	}

	var overlaps []Finding
	for _, o := range a.Overlaps {
		overlaps = append(overlaps, Finding{Text: overlapLine(n, o, lang), Actors: append([]string(nil), o.Providers...)})
	}
	for _, f := range a.DuplicateForums {
		overlaps = append(overlaps, Finding{Text: DuplicateForumLine(n, f, lang)})
	}

	var gaps []Finding
	for _, g := range a.EmptyCells {
		gaps = append(gaps, Finding{Text: fmt.Sprintf(t("empty-in"), term(n.Vocab.Municipalities, g.Municipality), strings.ToLower(term(n.Vocab.Tasks, g.Task)))})
	}
	for _, u := range a.Isolated {
		gaps = append(gaps, Finding{Text: fmt.Sprintf(t("isolated"), name(u)), Actors: []string{id(u)}})
	}
	for _, s := range a.MissingSectors {
		gaps = append(gaps, Finding{Text: fmt.Sprintf(t("sector-missing"), term(n.Vocab.Sectors, s))})
	}

	var rules []Finding
	for _, rr := range a.Rules {
		head := fmt.Sprintf("%s %s — %s", rr.Rule.ID, rr.Rule.Title.In(lang), t("status-"+rr.Status()))
		if len(rr.Findings) == 0 {
			rules = append(rules, Finding{Text: head, Status: rr.Status()})
		}
		for _, f := range rr.Findings {
			var ids []string
			if n.Actor(f.Subject) != nil {
				ids = []string{f.Subject}
			}
			rules = append(rules, Finding{Text: head + ": " + f.Message.In(lang), Actors: ids, Status: rr.Status()})
		}
	}
	return []FindingGroup{
		{"fragile", t("fragile"), fragile},
		{"overlaps", t("overlaps"), overlaps},
		{"gaps", t("gaps"), gaps},
		{"rules", t("rules"), rules},
	}
}

// SingleTieLabels words the ties that rest on one person as "A – B", with
// the tie's kind added where two of them join the same pair and would
// otherwise read alike.
func SingleTieLabels(n *graph.Network, ties []graph.SinglePersonTie, lang string) []string {
	pair := func(x *graph.Tie) [2]string {
		if x.From > x.To {
			return [2]string{x.To, x.From}
		}
		return [2]string{x.From, x.To}
	}
	seen := map[[2]string]int{}
	for _, s := range ties {
		seen[pair(s.Tie)]++
	}
	out := make([]string, len(ties))
	for i, s := range ties {
		out[i] = actorLabel(n, s.Tie.From) + " – " + actorLabel(n, s.Tie.To)
		if seen[pair(s.Tie)] > 1 {
			kind := s.Tie.Kind
			if k, ok := graph.Find(n.Vocab.TieKinds, kind); ok {
				kind = strings.ToLower(k.Label(lang))
			}
			out[i] += " (" + kind + ")"
		}
	}
	return out
}

// SectorLinkLine words a thin link between two sectors: how many ties and
// contact persons it rests on.
func SectorLinkLine(n *graph.Network, l graph.SectorLink, lang string) string {
	return fmt.Sprintf(reportWords["sector-link"].In(lang), termLabel(n.Vocab.Sectors, l.From, lang), termLabel(n.Vocab.Sectors, l.To, lang),
		Count("n-ties", len(l.Ties), lang), Count("n-people", len(l.Contacts), lang))
}

// DuplicateForumLine words two groups whose members nearly coincide.
func DuplicateForumLine(n *graph.Network, f graph.DuplicateForum, lang string) string {
	return fmt.Sprintf(reportWords["duplicate-forum"].In(lang), groupLabel(n, f.A), groupLabel(n, f.B),
		Count("n-shared-members", f.Shared, lang), FormatNumber(f.Jaccard, 2, lang))
}

// actorLabel is an actor's short label, or the ID of one not in n.
func actorLabel(n *graph.Network, id string) string {
	if x := n.Actor(id); x != nil {
		return x.Label()
	}
	return id
}

// termLabel is a vocabulary entry's label in lang, or its code when the
// vocabulary lacks it.
func termLabel(list []graph.Term, code, lang string) string {
	if x, ok := graph.Find(list, code); ok {
		return x.Label(lang)
	}
	return code
}

// overlapLine words an overlap: task — life stages — municipalities:
// providers; and which of them have no tie.
func overlapLine(n *graph.Network, o graph.Overlap, lang string) string {
	term := func(list []graph.Term, code string) string { return termLabel(list, code, lang) }
	byID := func(id string) string { return actorLabel(n, id) }
	var stages, places, providers []string
	for _, s := range o.LifeStages {
		stages = append(stages, term(n.Vocab.LifeStages, s))
	}
	for _, p := range o.Municipalities {
		places = append(places, term(n.Vocab.Municipalities, p))
	}
	for _, p := range o.Providers {
		providers = append(providers, byID(p))
	}
	s := fmt.Sprintf("%s — %s — %s: %s", term(n.Vocab.Tasks, o.Task), strings.Join(stages, ", "), strings.Join(places, ", "), strings.Join(providers, ", "))
	for _, p := range o.UntiedPairs {
		s += "; " + fmt.Sprintf(reportWords["untied"].In(lang), byID(p[0]), byID(p[1]))
	}
	return s
}

// CoverageColour is the memo's colour ("#rrggbb") for a coverage cell with
// count providers: red for none, amber for one, greens for more.
func CoverageColour(count int) string { return coverageColour(count) }
