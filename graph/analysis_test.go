package graph

import (
	"reflect"
	"testing"
)

func TestAnalyzeFindsMissingSectorsAndIsolates(t *testing.T) {
	n := sectored("m1-s1", "s1-n1")
	n.Actors = append(n.Actors, &Actor{ID: "p1", Name: "p1", Sector: "parish"}, &Actor{ID: "k", Name: "Kela", Sector: "kela", Status: StatusOutside})
	a := Analyze(n, AnalysisOptions{})
	// No education actor; Kela is outside the network.
	if !reflect.DeepEqual(a.MissingSectors, []string{"education", "kela"}) {
		t.Errorf("missing sectors %v", a.MissingSectors)
	}
	if len(a.Isolated) != 2 || a.View.Actors[a.Isolated[0]].ID != "p1" {
		t.Errorf("isolated %v", a.Isolated)
	}
	if len(a.CutPoints) != 1 || a.View.Actors[a.CutPoints[0]].ID != "s1" || len(a.Departures) != 1 || a.Departures[0].PairsCut != 1 {
		t.Errorf("cut points %v, departures %+v", a.CutPoints, a.Departures)
	}
	if got := Analyze(n, AnalysisOptions{ExpectedSectors: []string{"ngo"}}).MissingSectors; len(got) != 0 {
		t.Errorf("with only NGOs expected: %v", got)
	}
}
