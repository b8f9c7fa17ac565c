package workshop

import (
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/verkostokartta/verkostokartta/graph"
)

func TestDefaultAgenda(t *testing.T) {
	fi := DefaultAgenda("fi")
	if len(fi) != 6 || fi[0].Title != "Yhteinen tavoite" || fi[5].Title != "Yhteiset toimenpiteet" || fi[2].ID != "vaihe3" {
		t.Errorf("agenda %+v", fi)
	}
	total := 0
	for _, s := range fi {
		total += s.Minutes
	}
	if total != 180 {
		t.Errorf("the default agenda takes %d minutes, want 180", total)
	}
	if DefaultAgenda("sv")[1].Title != "Vilka hör till vårt nätverk?" {
		t.Error("Swedish agenda")
	}
}

// A workshop's session and snapshots survive saving and loading exactly.
func TestSessionAndSnapshotsSurviveSaveAndLoad(t *testing.T) {
	ws := Sample()
	now := time.Date(2026, 3, 12, 9, 30, 0, 0, time.UTC)
	before, err := ws.TakeSnapshot("Lähtötilanne", now)
	if err != nil {
		t.Fatal(err)
	}
	s := NewSession("fi")
	s.Goal = "Jokainen perhe löytää avun omasta kunnastaan"
	s.Date = "2026-03-12"
	s.Current = 3
	s.AddNote("client", "Perheet eivät tiedä, mihin ottaa yhteyttä.", now)
	s.AddNote("dreams", "Yksi ovi kaikkiin palveluihin.", now.Add(time.Minute))
	s.AddAction("Kohtaamispaikka Sulkavalle", "sulkavan-kunta", "2026-09-30")
	s.Participants = []Participant{{Name: "Maija Meikäläinen", Organisation: "essote", Role: "koordinaattori"}}
	ws.Workshop = s
	ws.Views = []SavedView{{ID: "v1", Name: "Renkaat", ColourBy: "community", Cuts: true, Layout: map[string][2]float64{"essote": {10, -20.5}}}}
	ws.Groups[0].Members[1].Notice = "2021-08-15"
	if s.Notes[0].Step != "vaihe4" || s.Actions[0].Status != ActionOpen || s.Notes[1].ID == s.Notes[0].ID {
		t.Fatalf("session %+v", s)
	}
	// A change after the snapshot does not reach into it.
	ws.Actors[0].Name = "Muutettu nimi"
	if before.Network.Actors[0].Name == "Muutettu nimi" {
		t.Fatal("the snapshot shares the network")
	}
	path := filepath.Join(t.TempDir(), "tyopaja.verkosto")
	if err := ws.Save(path); err != nil {
		t.Fatal(err)
	}
	back, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.Views, ws.Views) || back.Groups[0].Members[1].Notice != "2021-08-15" {
		t.Errorf("views %+v, notice %q after load", back.Views, back.Groups[0].Members[1].Notice)
	}
	if !reflect.DeepEqual(back.Workshop, ws.Workshop) {
		t.Errorf("session after load:\n%+v\nwant\n%+v", back.Workshop, ws.Workshop)
	}
	if len(back.Snapshots) != 1 || back.Snapshots[0].Name != "Lähtötilanne" || !back.Snapshots[0].Taken.Equal(now) ||
		len(back.Snapshots[0].Network.Actors) != len(ws.Actors) || back.Snapshots[0].Network.Actors[0].Name == "Muutettu nimi" {
		t.Errorf("snapshots after load %+v", back.Snapshots)
	}
	if got := back.Workshop.NotesBy("dreams"); len(got) != 1 || got[0].Text != "Yksi ovi kaikkiin palveluihin." {
		t.Errorf("dreams %+v", got)
	}
}

// Version-1 files from before the workshop sections still load, and have
// none.
func TestOldFileHasNoSession(t *testing.T) {
	ws, err := Load(filepath.Join("..", "testdata", "workspace-v1.verkosto"))
	if err != nil {
		t.Fatal(err)
	}
	if ws.Workshop != nil || len(ws.Snapshots) != 0 {
		t.Errorf("workshop %+v snapshots %d", ws.Workshop, len(ws.Snapshots))
	}
}

// TestSnapshotAgainstNow: a snapshot keeps the network as it was while the
// workspace changes, and graph.Overlay draws the two on one map.
func TestSnapshotAgainstNow(t *testing.T) {
	ws := New("vertailu")
	ws.Actors = []*graph.Actor{
		{ID: "a", Name: "A", Sector: "sote"}, {ID: "b", Name: "B", Sector: "ngo"}, {ID: "c", Name: "C", Sector: "parish"},
	}
	ws.Ties = []*graph.Tie{{ID: "t1", From: "a", To: "b", Kind: "joint", Strength: 2}, {ID: "t2", From: "b", To: "c", Kind: "joint", Strength: 2}}
	snap, _ := ws.TakeSnapshot("ennen", time.Unix(0, 0))
	ws.RemoveActor("c") // t2 goes with it
	ws.Actors = append(ws.Actors, &graph.Actor{ID: "d", Name: "D", Sector: "kela"})
	ws.Ties = append(ws.Ties, &graph.Tie{ID: "t3", From: "a", To: "d", Kind: "joint", Strength: 1})
	ws.Actor("a").Name = "A2"
	if len(snap.Network.Actors) != 3 || snap.Network.Actors[0].Name != "A" || len(snap.Network.Ties) != 2 {
		t.Fatalf("the snapshot changed with the workspace: %+v", snap.Network)
	}
	o, c := graph.Overlay(&snap.Network, &ws.Network)
	ids := func(as []*graph.Actor) (out []string) {
		for _, a := range as {
			out = append(out, a.ID)
		}
		return out
	}
	if !slices.Equal(ids(c.ActorsAdded), []string{"d"}) || !slices.Equal(ids(c.ActorsRemoved), []string{"c"}) ||
		len(c.TiesAdded) != 1 || c.TiesAdded[0].ID != "t3" || len(c.TiesRemoved) != 1 || c.TiesRemoved[0].ID != "t2" {
		t.Errorf("change %+v", c)
	}
	if !slices.Equal(ids(o.Actors), []string{"a", "b", "d", "c"}) || len(o.Ties) != 3 {
		t.Errorf("overlay %v, %d ties", ids(o.Actors), len(o.Ties))
	}
	if same := graph.Diff(&snap.Network, &snap.Network); !same.Empty() {
		t.Errorf("a snapshot compared with itself: %+v", same)
	}
}

func TestBadSessionIsRefused(t *testing.T) {
	cases := map[string]string{
		`"workshop":{"notes":[{"id":"n1","perspective":"astrology","text":"x"}]}`: "workshop.notes[0].perspective",
		`"workshop":{"actions":[{"id":"a1","what":"x","status":"maybe"}]}`:        "workshop.actions[0].status",
		`"workshop":{"actions":[{"id":"a1","what":"x","due":"31.2.2026"}]}`:       "workshop.actions[0].due",
		`"workshop":{"agenda":[{"id":"s","title":"x"},{"id":"s","title":"y"}]}`:   "workshop.agenda[1].id",
		`"workshop":{"current":4,"agenda":[{"id":"s","title":"x"}]}`:              "workshop.current",
		`"snapshots":[{"id":"s1","name":"x","taken":"2026-01-01T00:00:00Z","network":{"actors":[{"id":"a","name":"A","sector":"nope","x":0,"y":0}],"ties":[],"groups":[],"services":[],"vocabularies":{"sectors":[],"tie_kinds":[],"tasks":[],"life_stages":[],"perspectives":[]}}}]`: "snapshots[0].network",
	}
	base, err := New("x").Encode()
	if err != nil {
		t.Fatal(err)
	}
	for section, field := range cases {
		doc := strings.Replace(string(base), `"format"`, section+`,"format"`, 1)
		_, err := Decode([]byte(doc), "paja.verkosto")
		if err == nil || !strings.Contains(err.Error(), "paja.verkosto") || !strings.Contains(err.Error(), field) {
			t.Errorf("%s: %v", field, err)
		}
	}
}

func TestWithoutPersonalDataCoversSessionAndSnapshots(t *testing.T) {
	ws := Sample()
	ws.TakeSnapshot("ennen", time.Unix(0, 0))
	ws.Workshop = &Session{Participants: []Participant{{Name: "Maija Meikäläinen"}}}
	clean := ws.WithoutPersonalData()
	data, err := clean.Encode()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range ws.Actors {
		for _, c := range a.Contacts {
			for _, s := range []string{c.Name, c.Email, c.Phone} {
				if s != "" && strings.Contains(string(data), s) {
					t.Errorf("the copy still holds %q", s)
				}
			}
		}
	}
	if strings.Contains(string(data), "Maija Meikäläinen") {
		t.Error("the copy names a participant")
	}
	contacts := 0
	for _, a := range ws.Snapshots[0].Network.Actors {
		for _, c := range a.Contacts {
			if c.Name != "" {
				contacts++
			}
		}
	}
	if len(ws.Workshop.Participants) != 1 || contacts == 0 {
		t.Errorf("the original lost its data: %d participants, %d named contacts in the snapshot", len(ws.Workshop.Participants), contacts)
	}
}
