package graph

import "slices"

// Gould–Fernandez brokerage roles (Gould and Fernandez 1989, "Structures of
// mediation"). Actor b brokers the two-step path a→b→c when a has no tie
// to c. With groups given by sector, the role depends on who shares b's
// group:
//
//	coordinator     a, b and c in one group
//	consultant      a and c in one group, b in another (itinerant broker)
//	representative  a and b in one group, c in another (b speaks for its group)
//	gatekeeper      b and c in one group, a in another (b lets others in)
//	liaison         a, b and c in three different groups
//
// In an undirected view every tie counts in both directions, so the path
// c→b→a is counted as well as a→b→c; representative and gatekeeper counts
// are then equal.
const (
	RoleCoordinator    = "coordinator"
	RoleConsultant     = "consultant"
	RoleRepresentative = "representative"
	RoleGatekeeper     = "gatekeeper"
	RoleLiaison        = "liaison"
)

// BrokerageRoles lists the roles in the order of Gould and Fernandez.
var BrokerageRoles = []string{RoleCoordinator, RoleConsultant, RoleRepresentative, RoleGatekeeper, RoleLiaison}

// BrokerageCounts counts the paths an actor brokers, by role.
type BrokerageCounts struct {
	Coordinator    int `json:"coordinator"`
	Consultant     int `json:"consultant"`
	Representative int `json:"representative"`
	Gatekeeper     int `json:"gatekeeper"`
	Liaison        int `json:"liaison"`
}

// Total is the number of brokered paths in every role.
func (c BrokerageCounts) Total() int {
	return c.Coordinator + c.Consultant + c.Representative + c.Gatekeeper + c.Liaison
}

// Get returns the count for a role name.
func (c BrokerageCounts) Get(role string) int {
	switch role {
	case RoleCoordinator:
		return c.Coordinator
	case RoleConsultant:
		return c.Consultant
	case RoleRepresentative:
		return c.Representative
	case RoleGatekeeper:
		return c.Gatekeeper
	case RoleLiaison:
		return c.Liaison
	}
	return 0
}

// Brokerage counts, for every node, the paths it brokers in each role,
// with the actors' sectors as groups.
func Brokerage(v *View) []BrokerageCounts {
	out := make([]BrokerageCounts, v.Len())
	group := func(i int32) string { return v.Actors[i].Sector }
	for b := range out {
		gb := group(int32(b))
		c := &out[b]
		for _, a := range v.pred[b] {
			ga := group(a)
			for _, x := range v.succ[b] {
				if x == a {
					continue
				}
				if _, tied := slices.BinarySearch(v.succ[a], x); tied {
					continue
				}
				gx := group(x)
				switch {
				case ga == gb && gb == gx:
					c.Coordinator++
				case ga == gx:
					c.Consultant++
				case ga == gb:
					c.Representative++
				case gb == gx:
					c.Gatekeeper++
				default:
					c.Liaison++
				}
			}
		}
	}
	return out
}

// SectorMix describes how one sector's ties reach outside it.
type SectorMix struct {
	Sector   string `json:"sector"`
	Actors   int    `json:"actors"`
	Internal int    `json:"internal_ties"`
	External int    `json:"external_ties"`
	// CrossShare is External/(External+Internal); 0 without ties.
	CrossShare float64 `json:"cross_sector_share"`
	// EI is Krackhardt and Stern's E–I index (External−Internal)/(External+
	// Internal), from −1 (all ties inside the sector) to +1 (all outside);
	// 0 without ties.
	EI float64 `json:"ei_index"`
}

// SectorMixing returns the E–I index and cross-sector share of every sector
// that has actors, in vocabulary order (unknown sectors last). Each pair of
// actors counts once, whatever the number of ties between them.
func SectorMixing(v *View, vocab []Term) []SectorMix {
	bySector := map[string]*SectorMix{}
	var order []string
	get := func(s string) *SectorMix {
		if m, ok := bySector[s]; ok {
			return m
		}
		m := &SectorMix{Sector: s}
		bySector[s] = m
		order = append(order, s)
		return m
	}
	for _, t := range vocab {
		for _, a := range v.Actors {
			if a.Sector == t.Code {
				get(t.Code)
				break
			}
		}
	}
	for _, a := range v.Actors {
		get(a.Sector).Actors++
	}
	for u := 0; u < v.Len(); u++ {
		for _, w := range v.Neighbours(u) {
			if int(w) < u {
				continue // each pair once
			}
			su, sw := v.Actors[u].Sector, v.Actors[w].Sector
			if su == sw {
				get(su).Internal++
			} else {
				get(su).External++
				get(sw).External++
			}
		}
	}
	out := make([]SectorMix, 0, len(order))
	for _, s := range order {
		m := bySector[s]
		if all := m.Internal + m.External; all > 0 {
			m.CrossShare = float64(m.External) / float64(all)
			m.EI = float64(m.External-m.Internal) / float64(all)
		}
		out = append(out, *m)
	}
	return out
}
