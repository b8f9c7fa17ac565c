package export

import (
	"context"
	"math"
	"strings"
	"testing"
)

func TestPlaceIfUnplaced(t *testing.T) {
	n, err := ReadCSV(strings.NewReader("from,to\nA,B\nB,C\nC,A\nC,D\n"), "t.csv", ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	moved, err := PlaceIfUnplaced(context.Background(), n)
	if err != nil || !moved {
		t.Fatalf("moved %v, %v", moved, err)
	}
	for i, a := range n.Actors {
		for _, b := range n.Actors[i+1:] {
			if math.Hypot(a.X-b.X, a.Y-b.Y) < 40 {
				t.Errorf("%s and %s still overlap: (%v,%v) (%v,%v)", a.Name, b.Name, a.X, a.Y, b.X, b.Y)
			}
		}
	}
	// Placed actors are left alone.
	x := n.Actors[0].X
	if moved, _ := PlaceIfUnplaced(context.Background(), n); moved || n.Actors[0].X != x {
		t.Error("a placed network was moved")
	}
}
