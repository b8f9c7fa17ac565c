package export

import (
	"fmt"
	"strings"

	"github.com/verkostokartta/verkostokartta/graph"
)

// identify finds which kind of table t is: by its sheet name when it has
// one, else by its columns (from and to: ties; a name: actors).
func identify(t *table) (sheet, bool) {
	name := strings.ToLower(strings.TrimSpace(t.name))
	for _, s := range allSheets {
		for _, a := range s.aliases {
			if name == a {
				return s, true
			}
		}
	}
	has := func(s sheet, code string) bool {
		r, err := newTableReader("", t, s)
		return err == nil && r.has(code)
	}
	switch {
	case has(tieSheet, "from") || has(tieSheet, "to"):
		return tieSheet, true
	case has(membershipSheet, "group"):
		return membershipSheet, true
	case has(serviceSheet, "providers"):
		return serviceSheet, true
	case has(actorSheet, "name") || has(actorSheet, "sector"):
		return actorSheet, true
	}
	return sheet{}, false
}

// decoder builds a network from tables.
type decoder struct {
	file    string
	opt     ReadOptions
	n       *graph.Network
	byName  map[string]string // lower-case name or short name → actor ID
	created bool              // actors may be created from names (no actors table)
	// replaced lists the vocabularies a vocabulary table has redefined.
	replaced map[string]bool
	// actorIDs and tieIDs index what is read, and nextTie numbers ties
	// without an ID: looking these up in the network's slices made reading
	// 50,000 ties take a minute.
	actorIDs, tieIDs map[string]bool
	nextTie          int
}

func (d *decoder) hasActor(id string) bool { return d.actorIDs[id] }

// newTieID returns the next free "tN".
func (d *decoder) newTieID() string {
	for {
		d.nextTie++
		if id := fmt.Sprintf("t%d", d.nextTie); !d.tieIDs[id] {
			return id
		}
	}
}

// newActorID returns an unused ID made from name.
func (d *decoder) newActorID(name string) string {
	return graph.UniqueID(graph.Slug(name), d.hasActor)
}

func newDecoder(file string, opt ReadOptions, n *graph.Network) *decoder {
	d := &decoder{file: file, opt: opt, n: n, byName: map[string]string{}, actorIDs: map[string]bool{}, tieIDs: map[string]bool{}}
	for _, a := range n.Actors {
		d.index(a)
	}
	for _, t := range n.Ties {
		d.tieIDs[t.ID] = true
	}
	return d
}

// tablesToNetwork reads the tables of one file into a network with the
// default vocabularies. Unknown tables are skipped; an unknown actor in a
// tie, membership or service is an error naming the row, unless the file
// has no actors table (then actors are made from the names) or
// opt.CreateMissing is set.
func tablesToNetwork(file string, tables []*table, opt ReadOptions) (*graph.Network, error) {
	d := newDecoder(file, opt, &graph.Network{Vocab: graph.DefaultVocabularies()})
	kinds := map[string]*table{}
	var order []string
	for _, t := range tables {
		if err := checkCells(file, t); err != nil {
			return nil, err
		}
		if len(t.rows) > maxRows {
			return nil, fmt.Errorf("%s: sheet %s has more than %d rows", file, t.name, maxRows)
		}
		s, ok := identify(t)
		if !ok {
			continue
		}
		if _, dup := kinds[s.code]; dup {
			return nil, fmt.Errorf("%s: two sheets of %s (%s)", file, s.fi, s.code)
		}
		kinds[s.code] = t
		order = append(order, s.code)
	}
	if len(kinds) == 0 {
		return nil, fmt.Errorf("%s: no table of actors or ties found (expected headers such as nimi, sektori or mistä, mihin)", file)
	}
	d.created = kinds[actorSheet.code] == nil
	steps := []struct {
		spec sheet
		read func(*tableReader) error
	}{
		{vocabSheet, d.vocab},
		{actorSheet, d.actor}, {contactSheet, d.contact}, {tieSheet, d.tie},
		{groupSheet, d.group}, {membershipSheet, d.membership}, {serviceSheet, d.service},
	}
	for _, s := range steps {
		t := kinds[s.spec.code]
		if t == nil {
			continue
		}
		r, err := newTableReader(file, t, s.spec)
		if err != nil {
			return nil, err
		}
		for r.row = 0; r.row < len(t.rows); r.row++ {
			if r.blank() {
				continue
			}
			if err := s.read(r); err != nil {
				return nil, err
			}
		}
		// Parents may come later in the sheet than their units: names
		// become IDs once every actor is known.
		if s.spec.code == actorSheet.code {
			if err := d.resolveParents(r); err != nil {
				return nil, err
			}
		}
	}
	return validated(file, d.n)
}

// validated checks what a reader built, so that a file that reads never
// becomes a workspace that does not.
func validated(file string, n *graph.Network) (*graph.Network, error) {
	if errs := n.Validate(); len(errs) > 0 {
		return nil, fmt.Errorf("%s: %v", file, errs[0])
	}
	return n, nil
}

// vocabLists are the vocabularies a table may replace, by list name.
func vocabLists(v *graph.Vocabularies) map[string]*[]graph.Term {
	return map[string]*[]graph.Term{"sectors": &v.Sectors, "tie_kinds": &v.TieKinds, "tasks": &v.Tasks,
		"life_stages": &v.LifeStages, "perspectives": &v.Perspectives, "municipalities": &v.Municipalities}
}

// vocab reads one vocabulary entry. The first entry of a list replaces the
// default list, so a table can redefine a vocabulary whole.
func (d *decoder) vocab(r *tableReader) error {
	if err := r.require("list", "code"); err != nil {
		return err
	}
	lists := vocabLists(&d.n.Vocab)
	dst, ok := lists[r.get("list")]
	if !ok {
		return r.bad("list", "unknown vocabulary %q (sectors, tie_kinds, tasks, life_stages, perspectives, municipalities)", r.get("list"))
	}
	if d.replaced == nil {
		d.replaced = map[string]bool{}
	}
	if !d.replaced[r.get("list")] {
		*dst = nil
		d.replaced[r.get("list")] = true
	}
	t := graph.Term{Code: r.get("code"), FI: r.get("fi"), SV: r.get("sv"), EN: r.get("en"), Source: r.get("source"),
		Colour: r.get("colour"), Direction: r.get("direction")}
	if _, dup := graph.Find(*dst, t.Code); dup {
		return r.bad("code", "duplicate code %q", t.Code)
	}
	*dst = append(*dst, t)
	return nil
}

// ref resolves an actor named in a cell: by ID, by name, by short name.
func (d *decoder) ref(r *tableReader, code, value string) (string, error) {
	if value == "" {
		return "", r.bad(code, "empty actor")
	}
	if d.hasActor(value) {
		return value, nil
	}
	if id, ok := d.byName[strings.ToLower(value)]; ok {
		return id, nil
	}
	if !d.created && !d.opt.CreateMissing {
		return "", r.bad(code, "unknown actor %q (add it to the actors sheet, or create missing actors)", value)
	}
	a := &graph.Actor{ID: d.newActorID(value), Name: value, Sector: "residents"}
	d.add(a)
	return a.ID, nil
}

func (d *decoder) add(a *graph.Actor) {
	d.n.Actors = append(d.n.Actors, a)
	d.index(a)
}

// index makes an actor findable by its ID, name and short name.
func (d *decoder) index(a *graph.Actor) {
	d.actorIDs[a.ID] = true
	for _, k := range []string{a.Name, a.ShortName} {
		if k != "" {
			if _, taken := d.byName[strings.ToLower(k)]; !taken {
				d.byName[strings.ToLower(k)] = a.ID
			}
		}
	}
}

func (d *decoder) actor(r *tableReader) error {
	if err := r.require("name"); err != nil {
		return err
	}
	a := &graph.Actor{Name: r.get("name"), ShortName: r.get("short_name"), Subtype: r.get("subtype"), Notes: r.get("notes")}
	if a.Name == "" {
		return r.bad("name", "empty name")
	}
	a.ID = r.get("id")
	if a.ID == "" {
		a.ID = d.newActorID(a.Name)
	} else if d.hasActor(a.ID) {
		return r.bad("id", "duplicate id %q", a.ID)
	}
	var err error
	if a.Sector, err = r.term("sector", d.n.Vocab.Sectors, "sector", "residents"); err != nil {
		return err
	}
	a.Parent = r.get("parent") // resolved after all actors are read: see below
	if a.Municipalities, err = r.municipalities(d, "municipalities"); err != nil {
		return err
	}
	if a.MeetingPlace, err = r.boolean("meeting_place"); err != nil {
		return err
	}
	if a.Project, err = r.boolean("project"); err != nil {
		return err
	}
	for code, dst := range map[string]*graph.Date{"project_start": &a.ProjectStart, "project_end": &a.ProjectEnd, "since": &a.Since, "until": &a.Until} {
		if *dst, err = r.date(code); err != nil {
			return err
		}
	}
	if a.Tasks, err = r.codes("tasks", d.n.Vocab.Tasks, "task"); err != nil {
		return err
	}
	if a.LifeStages, err = r.codes("life_stages", d.n.Vocab.LifeStages, "life stage"); err != nil {
		return err
	}
	if a.Status, err = r.status("status", graph.MembershipStatuses); err != nil {
		return err
	}
	if a.X, err = r.number("x"); err != nil {
		return err
	}
	if a.Y, err = r.number("y"); err != nil {
		return err
	}
	d.add(a)
	return nil
}

// resolveParents turns parent names into IDs once the actors are read.
func (d *decoder) resolveParents(r *tableReader) error {
	for _, a := range d.n.Actors {
		if a.Parent == "" || d.hasActor(a.Parent) {
			continue
		}
		if id, ok := d.byName[strings.ToLower(a.Parent)]; ok {
			a.Parent = id
			continue
		}
		return fmt.Errorf("%s: actor %q: unknown parent organisation %q", r.where(), a.Name, a.Parent)
	}
	return nil
}

// municipalities accepts the workspace's municipality codes and labels;
// with no municipality vocabulary, names are kept as written and become
// the vocabulary.
func (r *tableReader) municipalities(d *decoder, code string) ([]string, error) {
	var out []string
	for _, v := range list(r.get(code)) {
		if t, ok := lookupTerm(d.n.Vocab.Municipalities, v); ok {
			out = append(out, t.Code)
			continue
		}
		t := graph.Term{Code: graph.Slug(v), FI: v, SV: v, EN: v, Source: "read from " + r.file}
		if _, clash := graph.Find(d.n.Vocab.Municipalities, t.Code); clash {
			return nil, r.bad(code, "municipality %q clashes with another of the same spelling", v)
		}
		d.n.Vocab.Municipalities = append(d.n.Vocab.Municipalities, t)
		out = append(out, t.Code)
	}
	return out, nil
}

func (d *decoder) contact(r *tableReader) error {
	if err := r.require("actor"); err != nil {
		return err
	}
	id, err := d.ref(r, "actor", r.get("actor"))
	if err != nil {
		return err
	}
	a := d.n.Actor(id)
	c := graph.Contact{ID: r.get("id"), Name: r.get("name"), Role: r.get("role"), Email: r.get("email"), Phone: r.get("phone")}
	if c.ID == "" {
		c.ID = fmt.Sprintf("%s-%d", a.ID, len(a.Contacts)+1)
	}
	a.Contacts = append(a.Contacts, c)
	return nil
}

func (d *decoder) tie(r *tableReader) error {
	if err := r.require("from", "to"); err != nil {
		return err
	}
	from, err := d.ref(r, "from", r.get("from"))
	if err != nil {
		return err
	}
	to, err := d.ref(r, "to", r.get("to"))
	if err != nil {
		return err
	}
	if from == to {
		return r.bad("to", "a tie cannot connect %q to itself", r.get("to"))
	}
	t := &graph.Tie{ID: r.get("id"), From: from, To: to}
	if t.ID == "" {
		t.ID = d.newTieID()
	} else if d.tieIDs[t.ID] {
		return r.bad("id", "duplicate id %q", t.ID)
	}
	d.tieIDs[t.ID] = true
	if t.Kind, err = r.term("kind", d.n.Vocab.TieKinds, "tie kind", "joint"); err != nil {
		return err
	}
	kind, _ := graph.Find(d.n.Vocab.TieKinds, t.Kind)
	t.Directed = kind.Direction == "directed"
	if r.get("directed") != "" {
		if t.Directed, err = r.boolean("directed"); err != nil {
			return err
		}
	}
	if t.Strength, err = r.integer("strength", 1, 3, 1); err != nil {
		return err
	}
	if t.Status, err = r.status("status", graph.TieStatuses); err != nil {
		return err
	}
	if t.Since, err = r.date("since"); err != nil {
		return err
	}
	if t.Until, err = r.date("until"); err != nil {
		return err
	}
	t.Contacts = list(r.get("contacts"))
	if t.Tasks, err = r.codes("tasks", d.n.Vocab.Tasks, "task"); err != nil {
		return err
	}
	t.Notes = r.get("notes")
	d.n.Ties = append(d.n.Ties, t)
	return nil
}

func (d *decoder) groupByRef(value string) *graph.Group {
	for _, g := range d.n.Groups {
		if g.ID == value || strings.EqualFold(g.Name, value) {
			return g
		}
	}
	return nil
}

func (d *decoder) group(r *tableReader) error {
	if err := r.require("name"); err != nil {
		return err
	}
	g := &graph.Group{ID: r.get("id"), Name: r.get("name"), Level: r.get("level"), Purpose: r.get("purpose")}
	if g.ID == "" {
		g.ID = graph.UniqueID("g-"+graph.Slug(g.Name), func(s string) bool { return d.groupByRef(s) != nil })
	} else if d.groupByRef(g.ID) != nil {
		return r.bad("id", "duplicate id %q", g.ID)
	}
	g.Kind = strings.ToLower(r.get("kind"))
	if g.Kind == "" {
		g.Kind = "other"
	}
	if k, ok := groupKindWords[g.Kind]; ok {
		g.Kind = k
	}
	valid := false
	for _, k := range graph.GroupKinds {
		valid = valid || k == g.Kind
	}
	if !valid {
		return r.bad("kind", "unknown group kind %q (allowed: %s)", r.get("kind"), strings.Join(graph.GroupKinds, ", "))
	}
	var err error
	if g.MeetingsPerYear, err = r.integer("meetings_per_year", 0, 366, 0); err != nil {
		return err
	}
	if c := r.get("coordinator"); c != "" {
		if g.Coordinator, err = d.ref(r, "coordinator", c); err != nil {
			return err
		}
	}
	d.n.Groups = append(d.n.Groups, g)
	return nil
}

// groupKindWords lets tables name group kinds in Finnish.
var groupKindWords = map[string]string{
	"johtoryhmä": "leadership", "ohjausryhmä": "steering", "työryhmä": "working_group",
	"palvelukokonaisuus": "service_package", "kohtaamispaikkaverkosto": "meeting_place_network",
	"sopimus": "agreement", "yhteistyösopimus": "agreement", "muu": "other",
}

func (d *decoder) membership(r *tableReader) error {
	if err := r.require("group", "actor"); err != nil {
		return err
	}
	g := d.groupByRef(r.get("group"))
	if g == nil {
		return r.bad("group", "unknown group %q", r.get("group"))
	}
	actor, err := d.ref(r, "actor", r.get("actor"))
	if err != nil {
		return err
	}
	m := graph.Membership{Actor: actor, Role: r.get("role"), Representative: r.get("representative")}
	if m.Since, err = r.date("since"); err != nil {
		return err
	}
	if m.Until, err = r.date("until"); err != nil {
		return err
	}
	if m.Notice, err = r.date("notice"); err != nil {
		return err
	}
	g.Members = append(g.Members, m)
	return nil
}

func (d *decoder) service(r *tableReader) error {
	if err := r.require("name"); err != nil {
		return err
	}
	s := &graph.Service{ID: r.get("id"), Name: r.get("name"), Notes: r.get("notes")}
	if s.ID == "" {
		s.ID = graph.UniqueID("s-"+graph.Slug(s.Name), func(x string) bool {
			for _, o := range d.n.Services {
				if o.ID == x {
					return true
				}
			}
			return false
		})
	}
	for _, p := range list(r.get("providers")) {
		id, err := d.ref(r, "providers", p)
		if err != nil {
			return err
		}
		s.Providers = append(s.Providers, id)
	}
	var err error
	if s.Tasks, err = r.codes("tasks", d.n.Vocab.Tasks, "task"); err != nil {
		return err
	}
	if s.LifeStages, err = r.codes("life_stages", d.n.Vocab.LifeStages, "life stage"); err != nil {
		return err
	}
	if s.Municipalities, err = r.municipalities(d, "municipalities"); err != nil {
		return err
	}
	s.Mode = strings.ToLower(r.get("mode"))
	if m, ok := modeWords[s.Mode]; ok {
		s.Mode = m
	}
	if s.Mode != "" {
		valid := false
		for _, m := range graph.ServiceModes {
			valid = valid || m == s.Mode
		}
		if !valid {
			return r.bad("mode", "unknown mode %q (allowed: %s)", r.get("mode"), strings.Join(graph.ServiceModes, ", "))
		}
	}
	d.n.Services = append(d.n.Services, s)
	return nil
}

// modeWords lets tables name service modes in Finnish.
var modeWords = map[string]string{
	"kohtaamispaikka": "meeting_place", "ryhmä": "group", "yksilö": "individual", "yksilöllinen": "individual",
	"jalkautuva": "outreach", "etsivä": "outreach", "digitaalinen": "digital", "sähköinen": "digital",
}
