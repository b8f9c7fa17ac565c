package graph

import "fmt"

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

// Rule is a named check of the network from the rules catalogue of
// DOMAIN.md (R1–R12).
type Rule struct {
	ID     string
	Title  Text
	Source string
	check  func(n *Network, day Date) []Finding
}

// Finding is one place where a rule does not hold.
type Finding struct {
	// Subject is the ID of the actor, group or municipality concerned.
	Subject string `json:"subject"`
	Message Text   `json:"-"`
}

// RuleResult is the outcome of one rule.
type RuleResult struct {
	Rule     *Rule
	Findings []Finding
}

// Passed reports whether the rule holds everywhere.
func (r RuleResult) Passed() bool { return len(r.Findings) == 0 }

// Rules returns the implemented rules of the catalogue, in catalogue order.
func Rules() []*Rule {
	return []*Rule{ruleMeetingPlaces, ruleLeadershipMeetings, ruleContactPersons, ruleIsolated}
}

// CheckRules runs every rule on the network as it is on day (empty: dates
// ignored).
func CheckRules(n *Network, day Date) []RuleResult {
	var out []RuleResult
	for _, r := range Rules() {
		out = append(out, RuleResult{Rule: r, Findings: r.check(n, day)})
	}
	return out
}

// R1: at least one open meeting place in every municipality of the region.
var ruleMeetingPlaces = &Rule{
	ID: "R1",
	Title: Text{
		FI: "Jokaisessa kunnassa on vähintään yksi avoin kohtaamispaikka",
		SV: "Varje kommun har minst en öppen mötesplats",
		EN: "Every municipality has at least one open meeting place",
	},
	Source: "Seed 003: Etelä-Savo cooperation agreement",
	check: func(n *Network, day Date) []Finding {
		covered := map[string]bool{}
		for _, a := range n.Actors {
			if a.MeetingPlace && Within(day, a.Since, a.Until) {
				for _, m := range a.Municipalities {
					covered[m] = true
				}
			}
		}
		for _, s := range n.Services {
			if s.Mode == "meeting_place" {
				for _, m := range s.Municipalities {
					covered[m] = true
				}
			}
		}
		var out []Finding
		for _, m := range n.Vocab.Municipalities {
			if !covered[m.Code] {
				out = append(out, Finding{Subject: m.Code, Message: Text{
					FI: fmt.Sprintf("%s: ei avointa kohtaamispaikkaa", m.Label("fi")),
					SV: fmt.Sprintf("%s: ingen öppen mötesplats", m.Label("sv")),
					EN: fmt.Sprintf("%s: no open meeting place", m.Label("en")),
				}})
			}
		}
		return out
	},
}

// R4: the leadership group meets at least four times a year.
var ruleLeadershipMeetings = &Rule{
	ID: "R4",
	Title: Text{
		FI: "Johtoryhmä kokoontuu vähintään neljä kertaa vuodessa",
		SV: "Ledningsgruppen sammanträder minst fyra gånger per år",
		EN: "The leadership group meets at least four times a year",
	},
	Source: "Seed 003: Etelä-Savo cooperation agreement",
	check: func(n *Network, _ Date) []Finding {
		const minimum = 4
		var out []Finding
		for _, g := range n.Groups {
			if g.Kind == "leadership" && g.MeetingsPerYear < minimum {
				out = append(out, Finding{Subject: g.ID, Message: Text{
					FI: fmt.Sprintf("%s: %d kokousta vuodessa, vähintään %d", g.Name, g.MeetingsPerYear, minimum),
					SV: fmt.Sprintf("%s: %d möten per år, minst %d", g.Name, g.MeetingsPerYear, minimum),
					EN: fmt.Sprintf("%s: %d meetings a year, at least %d", g.Name, g.MeetingsPerYear, minimum),
				}})
			}
		}
		return out
	},
}

// R5: every core actor and member names a contact person.
var ruleContactPersons = &Rule{
	ID: "R5",
	Title: Text{
		FI: "Jokainen osapuoli ja jäsen on nimennyt yhteyshenkilön",
		SV: "Varje part och medlem har utsett en kontaktperson",
		EN: "Every party and member names a contact person",
	},
	Source: "Seeds 002 and 003",
	check: func(n *Network, day Date) []Finding {
		var out []Finding
		for _, a := range n.Actors {
			if (a.Status == StatusCore || a.Status == StatusMember) && Within(day, a.Since, a.Until) && len(a.Contacts) == 0 {
				out = append(out, Finding{Subject: a.ID, Message: Text{
					FI: a.Name + ": ei yhteyshenkilöä",
					SV: a.Name + ": ingen kontaktperson",
					EN: a.Name + ": no contact person",
				}})
			}
		}
		return out
	},
}

// R9 (first part): no isolated actors.
var ruleIsolated = &Rule{
	ID: "R9",
	Title: Text{
		FI: "Verkostossa ei ole irrallisia toimijoita",
		SV: "Nätverket har inga isolerade aktörer",
		EN: "No actor is isolated",
	},
	Source: "DOMAIN.md rules catalogue [inferred]",
	check: func(n *Network, day Date) []Finding {
		v := NewView(n, ViewOptions{At: day})
		var out []Finding
		for i, d := range Degree(v) {
			if d == 0 {
				a := v.Actors[i]
				out = append(out, Finding{Subject: a.ID, Message: Text{
					FI: a.Name + ": ei yhteyksiä muihin toimijoihin",
					SV: a.Name + ": inga relationer till andra aktörer",
					EN: a.Name + ": no ties to other actors",
				}})
			}
		}
		return out
	},
}
