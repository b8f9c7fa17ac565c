package graph

import (
	"fmt"
	"strings"
)

// FieldError is a problem with one field of the network, named by its path
// in the workspace document, e.g. `actors[3].sector`.
type FieldError struct {
	Field string
	Msg   string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Msg }

// Validate checks references, codes, dates and ranges. It returns every
// problem found (nil when the network is sound), so that a user can fix a
// file in one go instead of one error at a time.
func (n *Network) Validate() []error {
	var errs []error
	bad := func(field, format string, args ...any) {
		errs = append(errs, &FieldError{Field: field, Msg: fmt.Sprintf(format, args...)})
	}
	checkDate := func(field string, d Date) {
		if !d.Valid() {
			bad(field, "invalid date %q (expected YYYY-MM-DD)", string(d))
		}
	}
	// checkOrder reports an end before the start (both valid and set).
	checkOrder := func(field string, since, until Date) {
		if since != "" && until != "" && since.Valid() && until.Valid() && until < since {
			bad(field, "ends (%s) before it starts (%s)", string(until), string(since))
		}
	}
	checkCodes := func(field string, codes []string, vocab []Term, what string) {
		for j, c := range codes {
			if _, ok := Find(vocab, c); !ok {
				bad(fmt.Sprintf("%s[%d]", field, j), "unknown %s %q", what, c)
			}
		}
	}
	checkOneOf := func(field, value string, allowed []string) {
		if value == "" {
			return
		}
		for _, a := range allowed {
			if a == value {
				return
			}
		}
		bad(field, "unknown value %q (allowed: %s)", value, strings.Join(allowed, ", "))
	}

	for _, list := range []struct {
		name  string
		terms []Term
	}{{"vocabularies.sectors", n.Vocab.Sectors}, {"vocabularies.tie_kinds", n.Vocab.TieKinds},
		{"vocabularies.tasks", n.Vocab.Tasks}, {"vocabularies.life_stages", n.Vocab.LifeStages},
		{"vocabularies.perspectives", n.Vocab.Perspectives}, {"vocabularies.municipalities", n.Vocab.Municipalities}} {
		seen := map[string]bool{}
		for i, t := range list.terms {
			f := fmt.Sprintf("%s[%d].code", list.name, i)
			if t.Code == "" {
				bad(f, "empty code")
			} else if seen[t.Code] {
				bad(f, "duplicate code %q", t.Code)
			}
			seen[t.Code] = true
		}
	}

	actors := map[string]bool{}
	contacts := map[string]bool{}
	for i, a := range n.Actors {
		f := fmt.Sprintf("actors[%d]", i)
		if a == nil {
			bad(f, "empty actor")
			continue
		}
		switch {
		case a.ID == "":
			bad(f+".id", "missing id")
		case actors[a.ID]:
			bad(f+".id", "duplicate id %q", a.ID)
		}
		actors[a.ID] = true
		if strings.TrimSpace(a.Name) == "" {
			bad(f+".name", "missing name")
		}
		if _, ok := Find(n.Vocab.Sectors, a.Sector); !ok {
			bad(f+".sector", "unknown sector %q", a.Sector)
		}
		checkOneOf(f+".status", a.Status, MembershipStatuses)
		if len(n.Vocab.Municipalities) > 0 {
			checkCodes(f+".municipalities", a.Municipalities, n.Vocab.Municipalities, "municipality")
		}
		checkCodes(f+".tasks", a.Tasks, n.Vocab.Tasks, "task")
		checkCodes(f+".life_stages", a.LifeStages, n.Vocab.LifeStages, "life stage")
		for _, d := range []struct {
			name string
			d    Date
		}{{"since", a.Since}, {"until", a.Until}, {"project_start", a.ProjectStart}, {"project_end", a.ProjectEnd}} {
			checkDate(f+"."+d.name, d.d)
		}
		checkOrder(f+".until", a.Since, a.Until)
		checkOrder(f+".project_end", a.ProjectStart, a.ProjectEnd)
		for j, c := range a.Contacts {
			cf := fmt.Sprintf("%s.contacts[%d].id", f, j)
			switch {
			case c.ID == "":
				bad(cf, "missing id")
			case contacts[c.ID]:
				bad(cf, "duplicate contact id %q", c.ID)
			}
			contacts[c.ID] = true
		}
	}
	for i, a := range n.Actors {
		if a != nil && a.Parent != "" && !actors[a.Parent] {
			bad(fmt.Sprintf("actors[%d].parent", i), "unknown actor %q", a.Parent)
		}
	}

	ties := map[string]bool{}
	for i, t := range n.Ties {
		f := fmt.Sprintf("ties[%d]", i)
		if t == nil {
			bad(f, "empty tie")
			continue
		}
		switch {
		case t.ID == "":
			bad(f+".id", "missing id")
		case ties[t.ID]:
			bad(f+".id", "duplicate id %q", t.ID)
		}
		ties[t.ID] = true
		if !actors[t.From] {
			bad(f+".from", "unknown actor %q", t.From)
		}
		if !actors[t.To] {
			bad(f+".to", "unknown actor %q", t.To)
		}
		if t.From == t.To && t.From != "" {
			bad(f+".to", "a tie cannot connect actor %q to itself", t.To)
		}
		if _, ok := Find(n.Vocab.TieKinds, t.Kind); !ok {
			bad(f+".kind", "unknown tie kind %q", t.Kind)
		}
		if t.Strength < 1 || t.Strength > 3 {
			bad(f+".strength", "strength %d is outside 1–3", t.Strength)
		}
		checkOneOf(f+".status", t.Status, TieStatuses)
		checkDate(f+".since", t.Since)
		checkDate(f+".until", t.Until)
		checkOrder(f+".until", t.Since, t.Until)
		for j, c := range t.Contacts {
			if !contacts[c] {
				bad(fmt.Sprintf("%s.contacts[%d]", f, j), "unknown contact person %q", c)
			}
		}
		checkCodes(f+".tasks", t.Tasks, n.Vocab.Tasks, "task")
	}

	groups := map[string]bool{}
	for i, g := range n.Groups {
		f := fmt.Sprintf("groups[%d]", i)
		if g == nil {
			bad(f, "empty group")
			continue
		}
		switch {
		case g.ID == "":
			bad(f+".id", "missing id")
		case groups[g.ID] || actors[g.ID]:
			bad(f+".id", "duplicate id %q", g.ID)
		}
		groups[g.ID] = true
		if strings.TrimSpace(g.Name) == "" {
			bad(f+".name", "missing name")
		}
		checkOneOf(f+".kind", g.Kind, GroupKinds)
		if g.MeetingsPerYear < 0 {
			bad(f+".meetings_per_year", "negative number %d", g.MeetingsPerYear)
		}
		if g.Coordinator != "" && !actors[g.Coordinator] {
			bad(f+".coordinator", "unknown actor %q", g.Coordinator)
		}
		for j, m := range g.Members {
			mf := fmt.Sprintf("%s.members[%d]", f, j)
			if !actors[m.Actor] {
				bad(mf+".actor", "unknown actor %q", m.Actor)
			}
			if m.Representative != "" && !contacts[m.Representative] {
				bad(mf+".representative", "unknown contact person %q", m.Representative)
			}
			checkDate(mf+".since", m.Since)
			checkDate(mf+".until", m.Until)
			checkOrder(mf+".until", m.Since, m.Until)
			checkDate(mf+".notice", m.Notice)
			checkOrder(mf+".notice", m.Since, m.Notice)
		}
	}

	services := map[string]bool{}
	for i, s := range n.Services {
		f := fmt.Sprintf("services[%d]", i)
		if s == nil {
			bad(f, "empty service")
			continue
		}
		switch {
		case s.ID == "":
			bad(f+".id", "missing id")
		case services[s.ID]:
			bad(f+".id", "duplicate id %q", s.ID)
		}
		services[s.ID] = true
		if strings.TrimSpace(s.Name) == "" {
			bad(f+".name", "missing name")
		}
		for j, p := range s.Providers {
			if !actors[p] {
				bad(fmt.Sprintf("%s.providers[%d]", f, j), "unknown actor %q", p)
			}
		}
		checkCodes(f+".tasks", s.Tasks, n.Vocab.Tasks, "task")
		checkCodes(f+".life_stages", s.LifeStages, n.Vocab.LifeStages, "life stage")
		if len(n.Vocab.Municipalities) > 0 {
			checkCodes(f+".municipalities", s.Municipalities, n.Vocab.Municipalities, "municipality")
		}
		checkOneOf(f+".mode", s.Mode, ServiceModes)
	}
	return errs
}
