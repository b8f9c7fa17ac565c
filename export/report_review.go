package export

import (
	"cmp"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/verkostokartta/verkostokartta/graph"
)

// ReportBefore is an earlier state of the network (a snapshot) that the
// memo draws beside the network now, on the same positions.
type ReportBefore struct {
	Name    string
	Taken   time.Time
	Network *graph.Network
}

// ReviewBlock is a titled part of the steering group's review: a table, a
// list, or both.
type ReviewBlock struct {
	Title, Note string
	Heads       []string
	Rows        [][]string
	Items       []string
	// Soft is how many leading columns give way first when the table is
	// too wide for the page.
	Soft int
}

// memoBefore is the before/after map with the list of changes.
type memoBefore struct {
	Title, Note string
	dot         []byte
	Changes     []string
}

// Colours of the before/after map: green for what came, red for what went.
const (
	addedColour   = "#2ca02c"
	removedColour = "#d62728"
)

// maxMetricChanges is how many actors' metric changes the memo lists.
const maxMetricChanges = 10

// reviewDay is the day the review looks at: the report's own, or its date.
func reviewDay(r *Report, date time.Time) graph.Date {
	if r.ReviewDay != "" && r.ReviewDay.Valid() {
		return r.ReviewDay
	}
	return graph.Date(date.Format("2006-01-02"))
}

// Review words the steering group's review of n on day in lang, as the
// memo has it, for the window to show.
func Review(n *graph.Network, day graph.Date, settings graph.RuleSettings, lang string) []ReviewBlock {
	return memoReview(n, day, settings, Style{Lang: lang}.lang())
}

// memoReview is the steering group's review (graph.NewReview) as memo
// blocks: the membership matrix, the agreement parties, representation
// gaps and candidates to invite.
func memoReview(n *graph.Network, day graph.Date, settings graph.RuleSettings, lang string) []ReviewBlock {
	t := func(key string) string { return reportWords[key].In(lang) }
	date := func(d graph.Date) string { return formatISO(d, lang) }
	term := func(list []graph.Term, code string) string {
		if x, ok := graph.Find(list, code); ok {
			return x.Label(lang)
		}
		return code
	}
	rv := graph.NewReview(n, day, settings)
	var out []ReviewBlock

	// Membership matrix: groups numbered in the heads, named in the note.
	matrix := ReviewBlock{Title: t("rv-matrix"), Soft: 1}
	if len(rv.Rows) > 0 {
		var key []string
		matrix.Heads = []string{t("col-actor")}
		for j, g := range rv.Groups {
			matrix.Heads = append(matrix.Heads, strconv.Itoa(j+1))
			key = append(key, fmt.Sprintf("%d = %s", j+1, cmp.Or(g.Name, g.ID)))
		}
		matrix.Note = fmt.Sprintf(t("rv-matrix-note"), date(day)) + " " + strings.Join(key, "; ") + "."
		for _, row := range rv.Rows {
			cells := []string{row.Actor.Label()}
			for _, s := range row.Seats {
				cells = append(cells, seatText(s, representative(row.Actor, s), day, lang))
			}
			matrix.Rows = append(matrix.Rows, cells)
		}
	} else {
		matrix.Items = []string{t("rv-no-seats")}
	}
	out = append(out, matrix)

	// Agreement parties, one table per agreement.
	var agreements []*graph.Group
	for _, p := range rv.Parties {
		if len(agreements) == 0 || agreements[len(agreements)-1] != p.Agreement {
			agreements = append(agreements, p.Agreement)
		}
	}
	if len(agreements) == 0 {
		out = append(out, ReviewBlock{Title: t("rv-parties"), Items: []string{t("rv-no-agreement")}})
	}
	for _, g := range agreements {
		b := ReviewBlock{Title: t("rv-parties") + ": " + cmp.Or(g.Name, g.ID), Soft: 1,
			Heads: []string{t("col-actor"), t("rv-since"), t("rv-status"), t("rv-represented"), t("rv-contacts")}}
		counts := map[string]int{}
		for _, p := range rv.Parties {
			if p.Agreement != g {
				continue
			}
			counts[p.Status]++
			// An ended party's seat in the leadership group is no longer
			// the agreement's business.
			represented := "–"
			if p.Status != graph.PartyEnded {
				represented = t("no")
				if p.Represented {
					represented = t("yes")
				}
			}
			b.Rows = append(b.Rows, []string{p.Actor.Label(), date(p.Seat.Since), partyStatus(p, lang), represented, strconv.Itoa(p.Contacts)})
		}
		var summary []string
		for _, s := range []string{graph.PartyActive, graph.PartyNotice, graph.PartyUpcoming, graph.PartyEnded} {
			if counts[s] > 0 {
				summary = append(summary, Count("rv-count-"+s, counts[s], lang))
			}
		}
		b.Note = fmt.Sprintf(t("rv-count"), strings.Join(summary, ", "))
		if counts[graph.PartyEnded] == len(b.Rows) {
			// Nobody is bound any longer: there is no notice to give.
			b.Note += " " + t("rv-all-ended")
		} else {
			// Notice given from day on ends the agreement at the end of
			// this year, or of the next once June is past.
			end := graph.NoticeEnd(day)
			b.Note += " " + fmt.Sprintf(t("rv-terms"), date(graph.NoticeDeadline(end)), date(end))
		}
		out = append(out, b)
	}

	// Representation gaps, one line per body.
	gaps := ReviewBlock{Title: t("rv-gaps")}
	var bodies []*graph.Group
	missing := map[*graph.Group][]string{}
	sectors := map[*graph.Group][]string{}
	for _, g := range rv.Gaps {
		if _, ok := missing[g.Group]; !ok {
			if _, ok := sectors[g.Group]; !ok {
				bodies = append(bodies, g.Group)
			}
		}
		if g.Municipality != "" {
			missing[g.Group] = append(missing[g.Group], term(n.Vocab.Municipalities, g.Municipality))
		} else {
			var alt []string
			for _, s := range g.Sectors {
				alt = append(alt, term(n.Vocab.Sectors, s))
			}
			sectors[g.Group] = append(sectors[g.Group], strings.Join(alt, " "+t("or")+" "))
		}
	}
	for _, g := range bodies {
		var parts []string
		if m := missing[g]; len(m) > 0 {
			parts = append(parts, fmt.Sprintf(t("rv-gap-municipalities"), strings.Join(m, ", ")))
		}
		if s := sectors[g]; len(s) > 0 {
			parts = append(parts, fmt.Sprintf(t("rv-gap-sectors"), strings.Join(s, "; ")))
		}
		gaps.Items = append(gaps.Items, cmp.Or(g.Name, g.ID)+": "+strings.Join(parts, ". ")+".")
	}
	switch {
	case len(rv.Bodies) == 0:
		// Rule R7 does not apply either: there is no body to speak for
		// the region.
		gaps.Items = []string{t("rv-no-bodies")}
	case len(gaps.Items) == 0:
		gaps.Items = []string{t("rv-no-gaps")}
	}
	gaps.Note = t("rv-gaps-note")
	out = append(out, gaps)

	// Candidates to invite.
	cands := ReviewBlock{Title: t("rv-candidates"), Note: t("rv-candidates-note")}
	for _, c := range rv.Candidates {
		var why []string
		for _, reason := range c.Reasons {
			switch reason {
			case graph.ReasonTied:
				why = append(why, fmt.Sprintf(t("rv-why-tied"), c.TiedTo))
			case graph.ReasonFillsGap:
				var names []string
				for _, g := range c.Fills {
					names = append(names, cmp.Or(g.Name, g.ID))
				}
				why = append(why, fmt.Sprintf(t("rv-why-fills"), strings.Join(names, ", ")))
			default:
				why = append(why, t("rv-why-"+reason))
			}
		}
		cands.Items = append(cands.Items, c.Actor.Label()+" — "+strings.Join(why, "; "))
	}
	if len(cands.Items) == 0 {
		cands.Items = []string{t("rv-no-candidates")}
	}
	out = append(out, cands)
	return out
}

// representative is the name of the contact person who holds a seat, ""
// when none is named (or names were removed).
func representative(a *graph.Actor, s *graph.Membership) string {
	if s == nil || s.Representative == "" {
		return ""
	}
	for _, c := range a.Contacts {
		if c.ID == s.Representative {
			return c.Name
		}
	}
	return ""
}

// seatText is a matrix cell: the role (or "member") and who holds the
// seat, with the dates that matter on day.
func seatText(s *graph.Membership, who string, day graph.Date, lang string) string {
	if s == nil {
		return ""
	}
	t := func(key string) string { return reportWords[key].In(lang) }
	text := cmp.Or(s.Role, t("rv-member"))
	if who != "" {
		text += ": " + who
	}
	ends := s.Ends()
	switch {
	case day != "" && s.Since != "" && day < s.Since:
		text += " (" + fmt.Sprintf(t("rv-starts"), formatISO(s.Since, lang)) + ")"
	case day != "" && ends != "" && day > ends:
		text += " (" + fmt.Sprintf(t("rv-ended"), formatISO(ends, lang)) + ")"
	case ends != "":
		text += " (" + fmt.Sprintf(t("rv-until"), formatISO(ends, lang)) + ")"
	}
	return text
}

// partyStatus says how a party stands, with the dates.
func partyStatus(p graph.AgreementParty, lang string) string {
	t := func(key string) string { return reportWords[key].In(lang) }
	switch p.Status {
	case graph.PartyUpcoming:
		return fmt.Sprintf(t("rv-starts"), formatISO(p.Seat.Since, lang))
	case graph.PartyEnded:
		return fmt.Sprintf(t("rv-ended"), formatISO(p.Ends, lang))
	case graph.PartyNotice:
		return fmt.Sprintf(t("rv-notice"), formatISO(p.Seat.Notice, lang), formatISO(p.Ends, lang))
	}
	if p.Ends != "" {
		return t("rv-active") + ", " + fmt.Sprintf(t("rv-until"), formatISO(p.Ends, lang))
	}
	return t("rv-active")
}

// formatISO writes an ISO date as the memo's language does; an empty or
// invalid one as it is, or a dash.
func formatISO(d graph.Date, lang string) string {
	if d == "" {
		return "–"
	}
	tm, err := time.Parse("2006-01-02", string(d))
	if err != nil {
		return string(d)
	}
	return formatDate(tm, lang)
}

// ChangeLines words a change from before to after (after may be their
// Overlay) for people: actors, ties, seats in groups and groups that came
// (+) and went (−), then the largest changes of partners and betweenness,
// leaving out those too small to show in three decimals.
func ChangeLines(before, after *graph.Network, c *graph.Change, lang string) []string {
	t := func(key string) string { return reportWords[key].In(lang) }
	label := func(id string) string {
		for _, n := range []*graph.Network{after, before} {
			if a := n.Actor(id); a != nil {
				return a.Label()
			}
		}
		return id
	}
	group := func(id string) string {
		for _, n := range []*graph.Network{after, before} {
			for _, g := range n.Groups {
				if g.ID == id {
					return cmp.Or(g.Name, id)
				}
			}
		}
		return id
	}
	var out []string
	for _, a := range c.ActorsAdded {
		out = append(out, "+ "+a.Label())
	}
	for _, a := range c.ActorsRemoved {
		out = append(out, "− "+a.Label())
	}
	for _, x := range c.TiesAdded {
		out = append(out, "+ "+label(x.From)+" – "+label(x.To))
	}
	for _, x := range c.TiesRemoved {
		out = append(out, "− "+label(x.From)+" – "+label(x.To))
	}
	for _, g := range c.GroupsAdded {
		out = append(out, "+ "+fmt.Sprintf(t("change-group"), cmp.Or(g.Name, g.ID)))
	}
	for _, g := range c.GroupsRemoved {
		out = append(out, "− "+fmt.Sprintf(t("change-group"), cmp.Or(g.Name, g.ID)))
	}
	seat := func(sign string, s graph.GroupSeat) string {
		text := sign + " " + fmt.Sprintf(t("change-seat"), label(s.Seat.Actor), group(s.Group))
		if s.Seat.Role != "" {
			text += " (" + s.Seat.Role + ")"
		}
		return text
	}
	for _, s := range c.MembershipsAdded {
		out = append(out, seat("+", s))
	}
	for _, s := range c.MembershipsRemoved {
		out = append(out, seat("−", s))
	}
	metrics := append([]graph.MetricDelta(nil), c.Metrics...)
	sort.SliceStable(metrics, func(i, j int) bool {
		return math.Abs(metrics[i].BetweennessNew-metrics[i].BetweennessOld) > math.Abs(metrics[j].BetweennessNew-metrics[j].BetweennessOld)
	})
	var lines []string
	for _, d := range metrics {
		b0, b1 := FormatNumber(d.BetweennessOld, 3, lang), FormatNumber(d.BetweennessNew, 3, lang)
		if d.DegreeOld != d.DegreeNew || b0 != b1 {
			lines = append(lines, fmt.Sprintf(t("metric-change"), label(d.Actor), d.DegreeOld, d.DegreeNew, b0, b1))
		}
	}
	if len(lines) > maxMetricChanges {
		lines = append(lines[:maxMetricChanges], Count("more", len(lines)-maxMetricChanges, lang))
	}
	out = append(out, lines...)
	if len(out) == 0 {
		out = []string{t("no-changes")}
	}
	return out
}

// memoBeforeAfter draws an earlier state and the network now on the same
// positions: added actors outlined green, removed ones outlined red and
// faded, added ties green, removed ties red and dashed; the changes and
// the largest metric changes listed below.
func memoBeforeAfter(b *ReportBefore, now *graph.Network, lang string) *memoBefore {
	if b == nil || b.Network == nil {
		return nil
	}
	t := func(key string) string { return reportWords[key].In(lang) }
	o, c := graph.Overlay(b.Network, now)
	name := cmp.Or(b.Name, t("snapshot"))
	when := ""
	if !b.Taken.IsZero() {
		when = " (" + formatDate(b.Taken, lang) + ")"
	}
	m := &memoBefore{Title: fmt.Sprintf(t("before-after"), name)}
	m.Note = fmt.Sprintf(t("before-after-note"), name+when)
	st := Style{Lang: lang, Legend: true,
		Marks: []Mark{
			{Title: t("added-actor"), Colour: addedColour, Actors: map[string]bool{}},
			{Title: t("removed-actor"), Colour: removedColour, Actors: map[string]bool{}, Faded: true},
		},
		TieMarks: []TieMark{
			{Title: t("added-tie"), Colour: addedColour, Ties: map[string]bool{}},
			{Title: t("removed-tie"), Colour: removedColour, Ties: map[string]bool{}, Dashed: true},
		}}
	for _, a := range c.ActorsAdded {
		st.Marks[0].Actors[a.ID] = true
	}
	for _, a := range c.ActorsRemoved {
		st.Marks[1].Actors[a.ID] = true
	}
	for _, x := range c.TiesAdded {
		st.TieMarks[0].Ties[x.ID] = true
	}
	for _, x := range c.TiesRemoved {
		st.TieMarks[1].Ties[x.ID] = true
	}
	m.Changes = ChangeLines(b.Network, o, c, lang)
	if len(o.Actors) > 0 {
		m.dot = DOT(o, st)
	}
	return m
}
