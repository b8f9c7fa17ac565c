package ui

import (
	"fmt"
	"math"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/verkostokartta/verkostokartta/graph"
)

// AddActor adds a member actor of the sector at the centre of the visible
// map, stepping aside from actors already there, selects it and returns
// it. Its ID is made from the name and unique in the workspace.
func (w *MainWindow) AddActor(name, sector string) (*graph.Actor, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return nil, fmt.Errorf("%s", lang.L("The actor needs a name."))
	}
	if _, ok := graph.Find(w.ws.Vocab.Sectors, sector); !ok {
		return nil, fmt.Errorf("%s: %q", lang.L("Unknown sector"), sector)
	}
	a := &graph.Actor{ID: w.ws.NewActorID(name), Name: name, Sector: sector, Status: graph.StatusMember}
	a.X, a.Y = w.freeSpot(a)
	w.ws.Actors = append(w.ws.Actors, a)
	w.lastSector = sector
	w.changed(true)
	w.Map.Select(a.ID)
	w.selectActor(a.ID)
	return a, nil
}

// freeSpot is the first place clear of other actors on a sunflower spiral
// around the centre of the visible map, so that actors added one after
// another form a ring, not a line their ties would overlap on.
func (w *MainWindow) freeSpot(a *graph.Actor) (float64, float64) {
	cx, cy := w.Map.VisibleCentre()
	x, y := cx, cy
	for k := 1; k < 400 && w.occupied(a, x, y); k++ {
		r, angle := 110*math.Sqrt(float64(k)), float64(k)*2.39996 // the golden angle
		x, y = cx+r*math.Cos(angle), cy+0.6*r*math.Sin(angle)
	}
	return x, y
}

// occupied reports whether actor a placed at (x, y) would touch another
// actor's box as the map draws them now, with a gap of 12 units.
func (w *MainWindow) occupied(a *graph.Actor, x, y float64) bool {
	aw, ah := w.Map.Footprint(a)
	for _, b := range w.ws.Actors {
		if b == a {
			continue
		}
		bw, bh := w.Map.Footprint(b)
		if math.Abs(b.X-x) < (aw+bw)/2+12 && math.Abs(b.Y-y) < (ah+bh)/2+12 {
			return true
		}
	}
	return false
}

// AddTie adds an existing tie of the kind between two actors; it is
// directed when the kind is (DOMAIN.md), and of medium strength 2.
func (w *MainWindow) AddTie(from, to, kind string) (*graph.Tie, error) {
	if w.ws.Actor(from) == nil || w.ws.Actor(to) == nil {
		return nil, fmt.Errorf("%s", lang.L("Choose two actors."))
	}
	if from == to {
		return nil, fmt.Errorf("%s", lang.L("A tie needs two different actors."))
	}
	k, ok := graph.Find(w.ws.Vocab.TieKinds, kind)
	if !ok {
		return nil, fmt.Errorf("%s: %q", lang.L("Unknown tie kind"), kind)
	}
	t := &graph.Tie{ID: w.ws.NewTieID(), From: from, To: to, Kind: kind, Directed: k.Direction == "directed",
		Strength: 2, Status: graph.TieExisting}
	w.ws.Ties = append(w.ws.Ties, t)
	w.lastKind = kind
	w.changed(true)
	return t, nil
}

// changed marks the workspace edited and redraws; structural changes
// (actors, ties) rerun the analysis, moves do not.
func (w *MainWindow) changed(structure bool) {
	if err := w.history.Commit(w.ws); err != nil {
		fyne.LogError("undo history", err)
	}
	w.dirty = true
	w.edits++
	w.updateTitle()
	w.Map.Refresh()
	if structure {
		w.structureChanged()
	}
}

// DeleteRecord removes an actor (with its ties, seats and service roles),
// a tie, a group or a service; Undo brings it back.
func (w *MainWindow) DeleteRecord(kind, id string) {
	var ok bool
	switch kind {
	case recActor:
		ok = w.ws.RemoveActor(id)
		if ok && w.Map.Selected() == id {
			w.Map.Select("")
			w.selectActor("")
		}
	case recTie:
		ok = w.ws.RemoveTie(id)
	case recGroup:
		ok = w.ws.RemoveGroup(id)
	case recService:
		ok = w.ws.RemoveService(id)
	}
	if !ok {
		return
	}
	w.changed(true)
	if k, i := w.Inspected(); k == kind && i == id {
		w.showRecord("", "")
	}
}

// DuplicateActors copies actors, and the ties among them, beside the
// originals and selects the first copy.
func (w *MainWindow) DuplicateActors(ids []string) []string {
	copies := w.ws.DuplicateActors(ids, " "+lang.L("(copy)"), 40, 40)
	if len(copies) == 0 {
		return nil
	}
	w.changed(true)
	w.Map.Select(copies[0])
	w.selectActor(copies[0])
	return copies
}

// AddGroup adds an empty steering group and shows it for editing.
func (w *MainWindow) AddGroup() *graph.Group {
	name := lang.L("New group")
	g := &graph.Group{ID: graph.UniqueID("ryhma", func(id string) bool { return w.group(id) != nil }), Name: name, Kind: "working_group"}
	w.ws.Groups = append(w.ws.Groups, g)
	w.changed(true)
	return g
}

// AddService adds a service of the selected actor (or of the first actor)
// and shows it for editing.
func (w *MainWindow) AddService() (*graph.Service, error) {
	provider := w.Map.Selected()
	if provider == "" && len(w.ws.Actors) > 0 {
		provider = w.ws.Actors[0].ID
	}
	if provider == "" {
		return nil, fmt.Errorf("%s", lang.L("Add an actor first: a service needs a provider."))
	}
	s := &graph.Service{ID: graph.UniqueID("palvelu", func(id string) bool { return w.service(id) != nil }),
		Name: lang.L("New service"), Providers: []string{provider}}
	w.ws.Services = append(w.ws.Services, s)
	w.changed(true)
	return s, nil
}
