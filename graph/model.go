package graph

// Membership status of an actor in the family-centre network.
const (
	StatusCore      = "core"
	StatusMember    = "member"
	StatusPartner   = "partner"
	StatusCandidate = "candidate"
	StatusOutside   = "outside"
)

// MembershipStatuses lists the valid actor membership statuses.
var MembershipStatuses = []string{StatusCore, StatusMember, StatusPartner, StatusCandidate, StatusOutside}

// Tie status.
const (
	TieExisting = "existing"
	TiePlanned  = "planned"
	TieWished   = "wished"
	TieEnded    = "ended"
)

// TieStatuses lists the valid tie statuses.
var TieStatuses = []string{TieExisting, TiePlanned, TieWished, TieEnded}

// Service modes.
var ServiceModes = []string{"meeting_place", "group", "individual", "outreach", "digital"}

// Network is the whole actor network of a family centre.
type Network struct {
	Actors   []*Actor     `json:"actors"`
	Ties     []*Tie       `json:"ties"`
	Groups   []*Group     `json:"groups"`
	Services []*Service   `json:"services"`
	Vocab    Vocabularies `json:"vocabularies"`
}

// Actor is an organisation, a unit of one, a project, or a resident group.
type Actor struct {
	ID        string `json:"id"`
	Name      string `json:"name"`
	ShortName string `json:"short_name,omitempty"`
	Sector    string `json:"sector"`
	Subtype   string `json:"subtype,omitempty"`
	// Parent is the ID of the organisation this actor is a unit of, so that
	// e.g. the wellbeing county's units are separate actors, not one hub.
	Parent         string   `json:"parent,omitempty"`
	Municipalities []string `json:"municipalities,omitempty"`
	MeetingPlace   bool     `json:"meeting_place,omitempty"`
	Project        bool     `json:"project,omitempty"`
	ProjectStart   Date     `json:"project_start,omitempty"`
	ProjectEnd     Date     `json:"project_end,omitempty"`
	Tasks          []string `json:"tasks,omitempty"`
	LifeStages     []string `json:"life_stages,omitempty"`
	// Status is the membership in the network: core, member, partner,
	// candidate or outside.
	Status   string    `json:"status,omitempty"`
	Since    Date      `json:"since,omitempty"`
	Until    Date      `json:"until,omitempty"`
	Contacts []Contact `json:"contacts,omitempty"`
	Notes    string    `json:"notes,omitempty"`
	X        float64   `json:"x"`
	Y        float64   `json:"y"`
}

// Label is the short name when there is one, else the name.
func (a *Actor) Label() string {
	if a.ShortName != "" {
		return a.ShortName
	}
	return a.Name
}

// Contact is a named contact person of an actor. Name, Email and Phone are
// personal data; Role is not.
type Contact struct {
	ID    string `json:"id"`
	Name  string `json:"name,omitempty"`
	Role  string `json:"role,omitempty"`
	Email string `json:"email,omitempty"`
	Phone string `json:"phone,omitempty"`
}

// Tie is one relationship of one kind between two actors. Several ties of
// different kinds between the same pair are normal (multiplex).
type Tie struct {
	ID       string `json:"id"`
	From     string `json:"from"`
	To       string `json:"to"`
	Kind     string `json:"kind"`
	Directed bool   `json:"directed,omitempty"`
	// Strength is 1 (weak) to 3 (strong).
	Strength int    `json:"strength"`
	Status   string `json:"status,omitempty"`
	Since    Date   `json:"since,omitempty"`
	Until    Date   `json:"until,omitempty"`
	// Contacts are the IDs of the contact persons the tie rests on.
	Contacts []string `json:"contacts,omitempty"`
	Tasks    []string `json:"tasks,omitempty"`
	Notes    string   `json:"notes,omitempty"`
}

// Group is a forum: leadership or steering group, working group, service
// package, meeting-place network, or the cooperation agreement itself as
// the group of its signatories.
type Group struct {
	ID              string       `json:"id"`
	Name            string       `json:"name"`
	Kind            string       `json:"kind"`
	Level           string       `json:"level,omitempty"`
	Purpose         string       `json:"purpose,omitempty"`
	MeetingsPerYear int          `json:"meetings_per_year,omitempty"`
	Coordinator     string       `json:"coordinator,omitempty"`
	Members         []Membership `json:"members,omitempty"`
}

// Group kinds.
var GroupKinds = []string{"leadership", "steering", "working_group", "service_package", "meeting_place_network", "agreement", "other"}

// Membership is an actor's seat in a group.
type Membership struct {
	Actor string `json:"actor"`
	Role  string `json:"role,omitempty"`
	Since Date   `json:"since,omitempty"`
	Until Date   `json:"until,omitempty"`
	// Representative is the ID of the contact person who holds the seat.
	Representative string `json:"representative,omitempty"`
	// Notice is the day the party gave notice; under the agreement's terms
	// the seat ends at the end of that year, or of the next when notice
	// came after June (NoticeEnd).
	Notice Date `json:"notice,omitempty"`
}

// Service is an activity offered to families by one or more providers.
type Service struct {
	ID             string   `json:"id"`
	Name           string   `json:"name"`
	Providers      []string `json:"providers"`
	Tasks          []string `json:"tasks,omitempty"`
	LifeStages     []string `json:"life_stages,omitempty"`
	Municipalities []string `json:"municipalities,omitempty"`
	Mode           string   `json:"mode,omitempty"`
	Notes          string   `json:"notes,omitempty"`
}

// Clone copies the network's actors, ties, groups with their members and
// services, so that the copy can be read while the original is edited.
// Slices inside the records other than members and providers are shared:
// nothing edits them in place.
func (n *Network) Clone() *Network {
	c := &Network{Vocab: n.Vocab}
	for _, a := range n.Actors {
		x := *a
		c.Actors = append(c.Actors, &x)
	}
	for _, t := range n.Ties {
		x := *t
		c.Ties = append(c.Ties, &x)
	}
	for _, g := range n.Groups {
		x := *g
		x.Members = append([]Membership(nil), g.Members...)
		c.Groups = append(c.Groups, &x)
	}
	for _, s := range n.Services {
		x := *s
		x.Providers = append([]string(nil), s.Providers...)
		c.Services = append(c.Services, &x)
	}
	return c
}

// Actor returns the actor with the given ID, or nil.
func (n *Network) Actor(id string) *Actor {
	for _, a := range n.Actors {
		if a.ID == id {
			return a
		}
	}
	return nil
}

// ActiveMembers returns the memberships of g that hold on day (empty day:
// all of them).
func (g *Group) ActiveMembers(day Date) []Membership {
	var out []Membership
	for _, m := range g.Members {
		if Within(day, m.Since, m.Ends()) {
			out = append(out, m)
		}
	}
	return out
}
