package graph

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Text is a user-visible message in Finnish, Swedish and English. Rules
// carry their own texts because their messages are part of the domain
// (DOMAIN.md §rules), and the command line prints them too.
type Text struct{ FI, SV, EN string }

// In returns the text in lang ("fi", "sv", "en"), Finnish by default.
func (t Text) In(lang string) string {
	switch {
	case lang == "sv" && t.SV != "":
		return t.SV
	case lang == "en" && t.EN != "":
		return t.EN
	}
	return t.FI
}

// textf formats the same arguments into each language's pattern.
func textf(fi, sv, en string, args ...any) Text {
	return Text{FI: fmt.Sprintf(fi, args...), SV: fmt.Sprintf(sv, args...), EN: fmt.Sprintf(en, args...)}
}

// Severity of a finding: a failure makes the rule fail; a warning is shown
// but does not.
const (
	SeverityFail = "fail"
	SeverityWarn = "warn"
)

// Finding is one place where a rule does not hold.
type Finding struct {
	// Subject is the ID of the actor, tie, group or municipality concerned.
	Subject  string
	Severity string
	Message  Text
}

// Param is a rule parameter with its default, as text: a number, or a list
// of codes separated by commas in which "a|b" means either a or b.
type Param struct {
	Name    string
	Default string
	Doc     Text
}

// Rule is a named, switchable check from the rules catalogue of DOMAIN.md.
type Rule struct {
	ID     string
	Title  Text
	Source string
	Params []Param
	check  func(c *ruleContext) (applicable bool, findings []Finding)
}

// RuleSetting is a workspace's choice for one rule.
type RuleSetting struct {
	// Disabled switches the rule off.
	Disabled bool `json:"disabled,omitempty"`
	// Params override the defaults by name.
	Params map[string]string `json:"params,omitempty"`
}

// RuleSettings maps rule IDs to settings; absent rules run with defaults.
type RuleSettings map[string]RuleSetting

// RuleResult is the outcome of one rule.
type RuleResult struct {
	Rule     *Rule
	Enabled  bool
	Applies  bool // false when the network records nothing the rule is about
	Findings []Finding
}

// Passed reports whether the rule holds: disabled and not applicable rules
// pass, as do rules with warnings only.
func (r RuleResult) Passed() bool {
	for _, f := range r.Findings {
		if f.Severity == SeverityFail {
			return false
		}
	}
	return true
}

// Status is "pass", "fail", "warn", "not_applicable" or "disabled".
func (r RuleResult) Status() string {
	switch {
	case !r.Enabled:
		return "disabled"
	case !r.Applies:
		return "not_applicable"
	case !r.Passed():
		return "fail"
	case len(r.Findings) > 0:
		return "warn"
	}
	return "pass"
}

// Rules returns the rules catalogue R1–R12 in order.
func Rules() []*Rule { return catalogue }

// CheckRules runs every enabled rule on the network as it is on day (empty:
// dates ignored), with the given settings (nil: defaults).
func CheckRules(n *Network, day Date, settings RuleSettings) []RuleResult {
	c := &ruleContext{n: n, day: day, view: NewView(n, ViewOptions{At: day})}
	var out []RuleResult
	for _, r := range catalogue {
		s := settings[r.ID]
		res := RuleResult{Rule: r, Enabled: !s.Disabled}
		if res.Enabled {
			c.rule, c.setting = r, s
			res.Applies, res.Findings = r.check(c)
		}
		out = append(out, res)
	}
	return out
}

// ValidateSettings reports unknown rules, unknown parameters and numbers
// that do not parse, naming the setting.
func ValidateSettings(s RuleSettings) []error {
	var errs []error
	for id, set := range s {
		var rule *Rule
		for _, r := range catalogue {
			if r.ID == id {
				rule = r
			}
		}
		if rule == nil {
			errs = append(errs, &FieldError{Field: "rules." + id, Msg: "unknown rule"})
			continue
		}
		for name, value := range set.Params {
			i := slices.IndexFunc(rule.Params, func(p Param) bool { return p.Name == name })
			if i < 0 {
				errs = append(errs, &FieldError{Field: "rules." + id + ".params." + name, Msg: "unknown parameter"})
				continue
			}
			if _, err := strconv.ParseFloat(rule.Params[i].Default, 64); err == nil {
				if _, err := strconv.ParseFloat(value, 64); err != nil {
					errs = append(errs, &FieldError{Field: "rules." + id + ".params." + name, Msg: fmt.Sprintf("%q is not a number", value)})
				}
			}
		}
	}
	return errs
}

type ruleContext struct {
	n       *Network
	day     Date
	view    *View
	rule    *Rule
	setting RuleSetting
}

func (c *ruleContext) param(name string) string {
	if v, ok := c.setting.Params[name]; ok {
		return v
	}
	for _, p := range c.rule.Params {
		if p.Name == name {
			return p.Default
		}
	}
	return ""
}

func (c *ruleContext) number(name string) float64 {
	f, _ := strconv.ParseFloat(c.param(name), 64)
	return f
}

// alternatives parses "a|b,c" into [[a b] [c]].
func (c *ruleContext) alternatives(name string) [][]string {
	var out [][]string
	for _, part := range strings.Split(c.param(name), ",") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, strings.Split(part, "|"))
		}
	}
	return out
}

func (c *ruleContext) list(name string) []string {
	var out []string
	for _, alt := range c.alternatives(name) {
		out = append(out, alt...)
	}
	return out
}

func (c *ruleContext) active(a *Actor) bool {
	return Within(c.day, a.Since, a.Until) && a.Status != StatusOutside
}

// groups returns the groups of the given kinds.
func (c *ruleContext) groups(kinds ...string) []*Group {
	var out []*Group
	for _, g := range c.n.Groups {
		if slices.Contains(kinds, g.Kind) {
			out = append(out, g)
		}
	}
	return out
}

// agreementParties returns the actors with an active seat in an agreement
// group, in actor order.
func (c *ruleContext) agreementParties() []*Actor {
	seats := map[string]bool{}
	for _, g := range c.groups("agreement") {
		for _, m := range g.ActiveMembers(c.day) {
			seats[m.Actor] = true
		}
	}
	var out []*Actor
	for _, a := range c.n.Actors {
		if seats[a.ID] {
			out = append(out, a)
		}
	}
	return out
}

func (c *ruleContext) municipality(code string) Term {
	if t, ok := Find(c.n.Vocab.Municipalities, code); ok {
		return t
	}
	return Term{Code: code}
}

func (c *ruleContext) sector(code string) Term {
	if t, ok := Find(c.n.Vocab.Sectors, code); ok {
		return t
	}
	return Term{Code: code}
}

// tiedToSector reports whether actor a has a tie in the view to an actor
// of one of the sectors, optionally only through ties of the given kinds.
func (c *ruleContext) tiedToSector(a *Actor, sectors []string, kinds []string) bool {
	u, ok := c.view.Node(a.ID)
	if !ok {
		return false
	}
	for _, w := range c.view.Neighbours(int(u)) {
		if !slices.Contains(sectors, c.view.Actors[w].Sector) {
			continue
		}
		if len(kinds) == 0 {
			return true
		}
		x, y := min(u, int64(w)), max(u, int64(w))
		ties := append(append([]*Tie(nil), c.view.Ties[[2]int64{x, y}]...), c.view.Ties[[2]int64{u, int64(w)}]...)
		ties = append(ties, c.view.Ties[[2]int64{int64(w), u}]...)
		for _, t := range ties {
			if slices.Contains(kinds, t.Kind) {
				return true
			}
		}
	}
	return false
}

func fail(subject string, msg Text) Finding {
	return Finding{Subject: subject, Severity: SeverityFail, Message: msg}
}

func warn(subject string, msg Text) Finding {
	return Finding{Subject: subject, Severity: SeverityWarn, Message: msg}
}

func labels(terms []Term, lang string) string {
	var out []string
	for _, t := range terms {
		out = append(out, t.Label(lang))
	}
	return strings.Join(out, ", ")
}
