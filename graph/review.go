package graph

import (
	"slices"
	"time"
)

// Party statuses in a steering group's review of an agreement.
const (
	PartyUpcoming = "upcoming" // the seat starts after the review day
	PartyActive   = "active"
	PartyNotice   = "notice" // notice given, the party is still in
	PartyEnded    = "ended"
)

// NoticeEnd is the day an agreement ends for a party that gives notice on
// day notice, under the Etelä-Savo agreement's terms (seed 003): notice by
// the end of June ends the agreement at the end of that calendar year;
// later notice, at the end of the next. Empty for an empty or invalid day.
func NoticeEnd(notice Date) Date {
	t, err := time.Parse(dateLayout, string(notice))
	if err != nil || notice == "" {
		return ""
	}
	year := t.Year()
	if t.Month() > time.June {
		year++
	}
	return Date(time.Date(year, time.December, 31, 0, 0, 0, 0, time.UTC).Format(dateLayout))
}

// NoticeDeadline is the last day on which notice still ends the agreement
// at the end of day's year: 30 June of that year.
func NoticeDeadline(day Date) Date {
	if len(day) < 4 || !day.Valid() {
		return ""
	}
	return day[:4] + "-06-30"
}

// Ends is the day a seat ends: its until date or, when notice was given,
// the end that the notice brings if that is earlier.
func (m Membership) Ends() Date {
	end := NoticeEnd(m.Notice)
	if m.Until != "" && (end == "" || m.Until < end) {
		return m.Until
	}
	return end
}

// Review is a steering group's look at who belongs to the network on one
// day (seeds 002 and 003): who sits where, who has signed the agreement
// and on what terms, which municipality or sector is missing from a body,
// and whom to invite.
type Review struct {
	Day Date
	// Groups are the columns of the membership matrix, in workspace order;
	// Rows are the actors with any seat, in actor order.
	Groups []*Group
	Rows   []ReviewRow
	// Parties are the seats in agreement groups.
	Parties []AgreementParty
	Gaps    []RepresentationGap
	// Bodies are the leadership and steering bodies with members on the
	// day, whose representation Gaps looks at; none: nothing to judge.
	Bodies []*Group
	// Candidates are actors to consider inviting.
	Candidates []Candidate
}

// ReviewRow is one actor's seats: Seats[j] is its seat in Groups[j], or
// nil. Only the seat that holds on the review day, or else the latest one,
// is shown.
type ReviewRow struct {
	Actor *Actor
	Seats []*Membership
}

// AgreementParty is one party's standing in an agreement.
type AgreementParty struct {
	Agreement *Group
	Actor     *Actor
	Seat      Membership
	// Status is PartyUpcoming, PartyActive, PartyNotice or PartyEnded on
	// the review day; Ends is the seat's end (Membership.Ends).
	Status string
	Ends   Date
	// Represented says the party holds a seat in a leadership group on the
	// review day (rule R3); Contacts is how many contact persons it names.
	Represented bool
	Contacts    int
}

// RepresentationGap is a municipality or a sector missing from a body.
// Exactly one of Municipality and Sectors is set; Sectors are alternatives
// (any one of them would do).
type RepresentationGap struct {
	Group        *Group
	Municipality string
	Sectors      []string
}

// Reasons to invite an actor.
const (
	ReasonCandidate    = "candidate"    // its status is candidate
	ReasonMunicipality = "municipality" // a municipality of the region, neither party nor member
	ReasonTied         = "tied"         // tied to actors with seats, but has none
	ReasonFillsGap     = "fills_gap"    // its sector or municipality is missing from a body
)

// Candidate is an actor worth inviting, and why.
type Candidate struct {
	Actor   *Actor
	Reasons []string
	// TiedTo is how many actors with a seat it has ties with (ReasonTied
	// needs at least two); Fills are the bodies it would complete.
	TiedTo int
	Fills  []*Group
}

// bodyKinds are the group kinds in which an actor has a seat at a table;
// representation gaps are looked for in leadership and steering bodies.
var bodyKinds = []string{"leadership", "steering", "working_group", "service_package", "meeting_place_network"}

// NewReview reviews n's membership on day (empty: today's date is the
// caller's to give; all seats count). The sectors a body should have are
// rule R7's parameter under settings.
func NewReview(n *Network, day Date, settings RuleSettings) *Review {
	r := &Review{Day: day}
	seated := map[string]bool{} // actors with a seat in a body on day
	for _, g := range n.Groups {
		if len(g.Members) > 0 {
			r.Groups = append(r.Groups, g)
		}
		if slices.Contains(bodyKinds, g.Kind) {
			for _, m := range g.ActiveMembers(day) {
				seated[m.Actor] = true
			}
		}
	}

	// The membership matrix.
	for _, a := range n.Actors {
		row := ReviewRow{Actor: a, Seats: make([]*Membership, len(r.Groups))}
		any := false
		for j, g := range r.Groups {
			row.Seats[j] = seatOf(g, a.ID, day)
			any = any || row.Seats[j] != nil
		}
		if any {
			r.Rows = append(r.Rows, row)
		}
	}

	// Agreement parties.
	represented := map[string]bool{}
	for _, g := range n.Groups {
		if g.Kind == "leadership" {
			for _, m := range g.ActiveMembers(day) {
				represented[m.Actor] = true
			}
		}
	}
	party := map[string]bool{}
	for _, g := range n.Groups {
		if g.Kind != "agreement" {
			continue
		}
		for _, m := range g.Members {
			a := n.Actor(m.Actor)
			if a == nil {
				continue
			}
			p := AgreementParty{Agreement: g, Actor: a, Seat: m, Ends: m.Ends(),
				Represented: represented[a.ID], Contacts: len(a.Contacts)}
			switch {
			case day != "" && m.Since != "" && day < m.Since:
				p.Status = PartyUpcoming
			case day != "" && p.Ends != "" && day > p.Ends:
				p.Status = PartyEnded
			case m.Notice != "":
				p.Status = PartyNotice
			default:
				p.Status = PartyActive
			}
			if p.Status == PartyActive || p.Status == PartyNotice {
				party[a.ID] = true
			}
			r.Parties = append(r.Parties, p)
		}
	}

	// Representation gaps.
	c := &ruleContext{n: n, day: day, setting: settings["R7"]}
	for _, rule := range catalogue {
		if rule.ID == "R7" {
			c.rule = rule
		}
	}
	required := c.alternatives("sectors")
	municipalActor := func(a *Actor, m string) bool {
		for a != nil {
			if a.Sector == "municipality" && slices.Contains(a.Municipalities, m) {
				return true
			}
			if a.Parent == "" || a.Parent == a.ID {
				return false
			}
			a = n.Actor(a.Parent)
		}
		return false
	}
	fills := map[string][]*Group{}
	for _, g := range n.Groups {
		if !slices.Contains(bodyKinds, g.Kind) {
			continue
		}
		members := g.ActiveMembers(day)
		if len(members) == 0 {
			continue
		}
		var actors []*Actor
		for _, m := range members {
			if a := n.Actor(m.Actor); a != nil {
				actors = append(actors, a)
			}
		}
		// Leadership and steering bodies speak for the whole region;
		// working groups and forums have a topic, not a constituency.
		if g.Kind != "leadership" && g.Kind != "steering" {
			continue
		}
		r.Bodies = append(r.Bodies, g)
		var scope []string
		for _, t := range n.Vocab.Municipalities {
			scope = append(scope, t.Code)
		}
		for _, m := range scope {
			if slices.ContainsFunc(actors, func(a *Actor) bool { return municipalActor(a, m) }) {
				continue
			}
			r.Gaps = append(r.Gaps, RepresentationGap{Group: g, Municipality: m})
			for _, a := range n.Actors {
				if a.Sector == "municipality" && slices.Contains(a.Municipalities, m) && reviewActive(a, day) && !slices.Contains(fills[a.ID], g) {
					fills[a.ID] = append(fills[a.ID], g)
				}
			}
		}
		for _, alt := range required {
			if slices.ContainsFunc(actors, func(a *Actor) bool { return slices.Contains(alt, a.Sector) }) {
				continue
			}
			r.Gaps = append(r.Gaps, RepresentationGap{Group: g, Sectors: alt})
			for _, a := range n.Actors {
				if slices.Contains(alt, a.Sector) && reviewActive(a, day) && a.Status != StatusOutside && !slices.Contains(fills[a.ID], g) {
					fills[a.ID] = append(fills[a.ID], g)
				}
			}
		}
	}

	// Candidates to invite.
	member := map[string]bool{}
	for _, a := range n.Actors {
		if a.Status == StatusCore || a.Status == StatusMember {
			member[a.ID] = true
		}
	}
	v := NewView(n, ViewOptions{At: day})
	for _, a := range n.Actors {
		if !reviewActive(a, day) || a.Status == StatusOutside || within(n, a, seated) || within(n, a, party) {
			continue
		}
		cand := Candidate{Actor: a, Fills: fills[a.ID]}
		if a.Status == StatusCandidate {
			cand.Reasons = append(cand.Reasons, ReasonCandidate)
		}
		if a.Sector == "municipality" && !member[a.ID] && len(a.Municipalities) > 0 &&
			slices.ContainsFunc(a.Municipalities, func(m string) bool { _, ok := Find(n.Vocab.Municipalities, m); return ok }) {
			cand.Reasons = append(cand.Reasons, ReasonMunicipality)
		}
		if u, ok := v.Node(a.ID); ok {
			for _, w := range v.Neighbours(int(u)) {
				if seated[v.Actors[w].ID] {
					cand.TiedTo++
				}
			}
		}
		if cand.TiedTo >= 2 {
			cand.Reasons = append(cand.Reasons, ReasonTied)
		}
		if len(cand.Fills) > 0 {
			cand.Reasons = append(cand.Reasons, ReasonFillsGap)
		}
		if len(cand.Reasons) > 0 {
			r.Candidates = append(r.Candidates, cand)
		}
	}
	return r
}

// seatOf returns a's seat in g that holds on day or, failing that, its
// latest seat; nil when it has none.
func seatOf(g *Group, actor string, day Date) *Membership {
	var last *Membership
	for i := range g.Members {
		m := &g.Members[i]
		if m.Actor != actor {
			continue
		}
		if Within(day, m.Since, m.Ends()) {
			return m
		}
		if last == nil || m.Since > last.Since {
			last = m
		}
	}
	return last
}

// within reports whether a or an organisation it is a unit of is in set.
func within(n *Network, a *Actor, set map[string]bool) bool {
	for hops := 0; a != nil && hops <= len(n.Actors); hops++ {
		if set[a.ID] {
			return true
		}
		if a.Parent == "" {
			return false
		}
		a = n.Actor(a.Parent)
	}
	return false
}

// reviewActive reports whether a is in the network on day.
func reviewActive(a *Actor, day Date) bool { return Within(day, a.Since, a.Until) }
