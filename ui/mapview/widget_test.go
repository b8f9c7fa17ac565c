package mapview

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/verkostokartta/verkostokartta/graph"
)

// network is three actors: a and b tied twice (multiplex), b funding c
// in the plan.
func network() *graph.Network {
	n := &graph.Network{Vocab: graph.DefaultVocabularies()}
	n.Actors = []*graph.Actor{
		{ID: "a", Name: "Mäntyharjun kunta", Sector: "municipality", X: 0, Y: 0},
		{ID: "b", Name: "Essote", Sector: "sote", X: 400, Y: 0},
		{ID: "c", Name: "Viola ry", Sector: "ngo", X: 200, Y: 300, MeetingPlace: true},
	}
	n.Ties = []*graph.Tie{
		{ID: "t1", From: "a", To: "b", Kind: "joint", Strength: 2},
		{ID: "t2", From: "a", To: "b", Kind: "referral", Directed: true, Strength: 1},
		{ID: "t3", From: "b", To: "c", Kind: "funding", Directed: true, Strength: 3, Status: graph.TiePlanned},
	}
	return n
}

// show puts a map of n in an unpadded 800×600 test window.
func show(t *testing.T, n *graph.Network) (*MapView, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	m := New(n)
	w := test.NewTempWindow(t, m)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(800, 600))
	return m, w
}

func TestSelectBringsActorIntoView(t *testing.T) {
	m, _ := show(t, network())
	m.ZoomAt(fyne.NewPos(0, 0), 4) // b is now far off to the right
	if p, _ := m.CentreOf("b"); p.X < 800 {
		t.Fatalf("b still visible at %v", p)
	}
	m.Select("b")
	if p, _ := m.CentreOf("b"); p != fyne.NewPos(400, 300) {
		t.Errorf("b drawn at %v after selecting it, want the middle", p)
	}
	if m.Selected() != "b" {
		t.Errorf("selected %q", m.Selected())
	}
}

func TestSetNetworkRefits(t *testing.T) {
	m, _ := show(t, network())
	m.Select("a")
	m.ZoomAt(fyne.NewPos(0, 0), 3)
	other := &graph.Network{Actors: []*graph.Actor{
		{ID: "p", Name: "Pieksämäki", X: 1000, Y: 1000},
		{ID: "q", Name: "Kangasniemi", X: 3000, Y: 2000},
	}}
	m.SetNetwork(other)
	if m.Selected() != "" || m.Network() != other {
		t.Error("SetNetwork kept the old selection or network")
	}
	for _, id := range []string{"p", "q"} {
		if p, ok := m.CentreOf(id); !ok || p.X < 0 || p.X > 800 || p.Y < 0 || p.Y > 600 {
			t.Errorf("%s drawn at %v", id, p)
		}
	}
}
