package workshop

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/verkostokartta/verkostokartta/graph"
)

// Session is what a workshop records beside the network (seed 004's
// situational-picture workshop): the common goal, the agenda, notes by
// perspective, the actions agreed and, optionally, who took part.
type Session struct {
	Goal  string     `json:"goal,omitempty"`
	Date  graph.Date `json:"date,omitempty"`
	Place string     `json:"place,omitempty"`
	// Agenda is the steps of the workshop; Current is the step under way.
	Agenda  []Step   `json:"agenda,omitempty"`
	Current int      `json:"current,omitempty"`
	Notes   []Note   `json:"notes,omitempty"`
	Actions []Action `json:"actions,omitempty"`
	// Participants are personal data: optional, and removed by every
	// export without personal data.
	Participants []Participant `json:"participants,omitempty"`
}

// Step is one step of the agenda.
type Step struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	Minutes int    `json:"minutes,omitempty"`
	Done    bool   `json:"done,omitempty"`
}

// Note is an observation captured during the workshop, under one of the
// vocabulary's perspectives (asiakas, palvelut, … unelmat).
type Note struct {
	ID          string    `json:"id"`
	Perspective string    `json:"perspective"`
	Step        string    `json:"step,omitempty"`
	Text        string    `json:"text"`
	Created     time.Time `json:"created,omitzero"`
}

// Action statuses.
const (
	ActionOpen    = "open"
	ActionDoing   = "doing"
	ActionDone    = "done"
	ActionDropped = "dropped"
)

// ActionStatuses lists the statuses of an action in order.
var ActionStatuses = []string{ActionOpen, ActionDoing, ActionDone, ActionDropped}

// Action is a joint action agreed in the workshop: what, who (an actor's
// ID or free text), by when, and how it stands.
type Action struct {
	ID     string     `json:"id"`
	What   string     `json:"what"`
	Who    string     `json:"who,omitempty"`
	Due    graph.Date `json:"due,omitempty"`
	Status string     `json:"status,omitempty"`
}

// Participant is a person in the workshop.
type Participant struct {
	Name         string `json:"name"`
	Organisation string `json:"organisation,omitempty"` // an actor's ID, or free text
	Role         string `json:"role,omitempty"`
}

// Snapshot is the network frozen with a name and a moment, for comparing
// before and after on the same positions.
type Snapshot struct {
	ID      string        `json:"id"`
	Name    string        `json:"name"`
	Taken   time.Time     `json:"taken"`
	Network graph.Network `json:"network"`
}

// agendaTitles are the default agenda (seed 004 and Järvensivu's process):
// common goal → who belongs → draw the network → look through the
// perspectives → overlaps and gaps → actions.
var agendaTitles = []graph.Text{
	{FI: "Yhteinen tavoite", SV: "Gemensamt mål", EN: "Common goal"},
	{FI: "Keitä verkostoomme kuuluu?", SV: "Vilka hör till vårt nätverk?", EN: "Who belongs to our network?"},
	{FI: "Piirretään verkosto", SV: "Vi ritar nätverket", EN: "Draw the network"},
	{FI: "Katsotaan näkökulmittain", SV: "Vi ser genom perspektiven", EN: "Look through the perspectives"},
	{FI: "Päällekkäisyydet ja aukot", SV: "Överlappningar och luckor", EN: "Overlaps and gaps"},
	{FI: "Yhteiset toimenpiteet", SV: "Gemensamma åtgärder", EN: "Joint actions"},
}

// agendaMinutes are the default steps' lengths: a three-hour workshop.
var agendaMinutes = []int{15, 25, 40, 40, 30, 30}

// DefaultAgenda is the agenda of a situational-picture workshop in lang
// ("fi", "sv" or "en").
func DefaultAgenda(lang string) []Step {
	steps := make([]Step, len(agendaTitles))
	for i, t := range agendaTitles {
		steps[i] = Step{ID: fmt.Sprintf("vaihe%d", i+1), Title: t.In(lang), Minutes: agendaMinutes[i]}
	}
	return steps
}

// NewSession starts a workshop with the default agenda.
func NewSession(lang string) *Session {
	return &Session{Agenda: DefaultAgenda(lang)}
}

// AddNote records a note under a perspective in the current step and
// returns it.
func (s *Session) AddNote(perspective, text string, now time.Time) Note {
	n := Note{ID: nextID("huomio", len(s.Notes), func(id string) bool {
		for _, x := range s.Notes {
			if x.ID == id {
				return true
			}
		}
		return false
	}), Perspective: perspective, Text: strings.TrimSpace(text), Created: now}
	if s.Current >= 0 && s.Current < len(s.Agenda) {
		n.Step = s.Agenda[s.Current].ID
	}
	s.Notes = append(s.Notes, n)
	return n
}

// AddAction records an open action and returns it.
func (s *Session) AddAction(what, who string, due graph.Date) Action {
	a := Action{ID: nextID("toimenpide", len(s.Actions), func(id string) bool {
		for _, x := range s.Actions {
			if x.ID == id {
				return true
			}
		}
		return false
	}), What: strings.TrimSpace(what), Who: who, Due: due, Status: ActionOpen}
	s.Actions = append(s.Actions, a)
	return a
}

// NotesBy returns the notes under one perspective, in the order taken.
func (s *Session) NotesBy(perspective string) []Note {
	var out []Note
	for _, n := range s.Notes {
		if n.Perspective == perspective {
			out = append(out, n)
		}
	}
	return out
}

func nextID(prefix string, count int, taken func(string) bool) string {
	return graph.UniqueID(fmt.Sprintf("%s%d", prefix, count+1), taken)
}

// TakeSnapshot freezes a deep copy of the network under a name.
func (ws *Workspace) TakeSnapshot(name string, now time.Time) (*Snapshot, error) {
	data, err := json.Marshal(ws.Network)
	if err != nil {
		return nil, err
	}
	s := Snapshot{Name: strings.TrimSpace(name), Taken: now.UTC().Truncate(time.Second)}
	if err := json.Unmarshal(data, &s.Network); err != nil {
		return nil, err
	}
	s.ID = graph.UniqueID("tilanne"+now.Format("20060102"), func(id string) bool { return ws.Snapshot(id) != nil })
	ws.Snapshots = append(ws.Snapshots, s)
	return &ws.Snapshots[len(ws.Snapshots)-1], nil
}

// Snapshot returns the snapshot with the ID, or nil.
func (ws *Workspace) Snapshot(id string) *Snapshot {
	for i := range ws.Snapshots {
		if ws.Snapshots[i].ID == id {
			return &ws.Snapshots[i]
		}
	}
	return nil
}

// validateSession checks the workshop sections: perspectives and statuses
// are known codes, dates real, IDs unique, snapshots sound networks.
func (ws *Workspace) validateSession() []error {
	var errs []error
	bad := func(field, format string, args ...any) {
		errs = append(errs, &graph.FieldError{Field: field, Msg: fmt.Sprintf(format, args...)})
	}
	if s := ws.Workshop; s != nil {
		if !s.Date.Valid() {
			bad("workshop.date", "invalid date %q (expected YYYY-MM-DD)", s.Date)
		}
		if s.Current < 0 || (len(s.Agenda) > 0 && s.Current >= len(s.Agenda)) {
			bad("workshop.current", "no step %d in an agenda of %d", s.Current, len(s.Agenda))
		}
		ids := map[string]bool{}
		unique := func(field, id string) {
			switch {
			case id == "":
				bad(field, "missing id")
			case ids[id]:
				bad(field, "duplicate id %q", id)
			}
			ids[id] = true
		}
		for i, st := range s.Agenda {
			unique(fmt.Sprintf("workshop.agenda[%d].id", i), st.ID)
			if st.Minutes < 0 {
				bad(fmt.Sprintf("workshop.agenda[%d].minutes", i), "negative length %d", st.Minutes)
			}
		}
		for i, n := range s.Notes {
			f := fmt.Sprintf("workshop.notes[%d]", i)
			unique(f+".id", n.ID)
			if _, ok := graph.Find(ws.Vocab.Perspectives, n.Perspective); !ok {
				bad(f+".perspective", "unknown perspective %q", n.Perspective)
			}
		}
		for i, a := range s.Actions {
			f := fmt.Sprintf("workshop.actions[%d]", i)
			unique(f+".id", a.ID)
			if !a.Due.Valid() {
				bad(f+".due", "invalid date %q (expected YYYY-MM-DD)", a.Due)
			}
			if a.Status != "" && !contains(ActionStatuses, a.Status) {
				bad(f+".status", "unknown status %q", a.Status)
			}
		}
	}
	views := map[string]bool{}
	for i, v := range ws.Views {
		f := fmt.Sprintf("views[%d]", i)
		if v.ID == "" || views[v.ID] {
			bad(f+".id", "missing or duplicate id %q", v.ID)
		}
		views[v.ID] = true
		if !v.At.Valid() {
			bad(f+".at", "invalid date %q (expected YYYY-MM-DD)", v.At)
		}
		if v.Steps < 0 || v.Steps > 10 {
			bad(f+".steps", "steps %d out of 0–10", v.Steps)
		}
	}
	seen := map[string]bool{}
	for i, sn := range ws.Snapshots {
		f := fmt.Sprintf("snapshots[%d]", i)
		if sn.ID == "" || seen[sn.ID] {
			bad(f+".id", "missing or duplicate id %q", sn.ID)
		}
		seen[sn.ID] = true
		for _, err := range sn.Network.Validate() {
			bad(f+".network", "%v", err)
		}
	}
	return errs
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// WithoutPersonalData returns a copy of the workspace without contact
// persons' names, emails and phones, in the network and in every
// snapshot, and without the workshop's participants.
func (ws *Workspace) WithoutPersonalData() *Workspace {
	c := *ws
	c.Network = *ws.Network.WithoutPersonalData()
	c.Snapshots = make([]Snapshot, len(ws.Snapshots))
	for i, s := range ws.Snapshots {
		s.Network = *s.Network.WithoutPersonalData()
		c.Snapshots[i] = s
	}
	if ws.Workshop != nil {
		s := *ws.Workshop
		s.Participants = nil
		c.Workshop = &s
	}
	return &c
}

// SavedView is a view of the map kept for the workshop's presentation:
// the filters, the colouring and sizing, an ego network, the marks, and
// the layout — where each actor stood when the view was saved.
type SavedView struct {
	ID       string     `json:"id"`
	Name     string     `json:"name"`
	Kinds    []string   `json:"kinds,omitempty"`
	Statuses []string   `json:"statuses,omitempty"`
	Sectors  []string   `json:"sectors,omitempty"`
	Members  []string   `json:"members,omitempty"`
	At       graph.Date `json:"at,omitempty"`
	ColourBy string     `json:"colour_by,omitempty"`
	SizeBy   string     `json:"size_by,omitempty"`
	Focus    string     `json:"focus,omitempty"`
	Steps    int        `json:"steps,omitempty"`
	Cuts     bool       `json:"cut_points,omitempty"`
	Overlaps bool       `json:"overlaps,omitempty"`
	// Layout is the actors' positions by ID; actors added later keep
	// their own, actors since removed are ignored.
	Layout map[string][2]float64 `json:"layout,omitempty"`
}
