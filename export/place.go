package export

import (
	"context"

	"github.com/verkostokartta/verkostokartta/graph"
)

// placeLimit is the largest network PlaceIfUnplaced lays out with sfdp
// (a few seconds); larger ones go on a circle, which is instant.
const placeLimit = 2000

// PlaceIfUnplaced gives a network read from a table, whose actors all
// stand on one spot, a readable map: sfdp (Graphviz's force layout with
// label sizes) up to placeLimit actors, a circle beyond. A network with
// positions is left as it is. It reports whether it moved anything.
func PlaceIfUnplaced(ctx context.Context, n *graph.Network) (bool, error) {
	if len(n.Actors) < 2 {
		return false, nil
	}
	for _, a := range n.Actors[1:] {
		if a.X != n.Actors[0].X || a.Y != n.Actors[0].Y {
			return false, nil
		}
	}
	layout := "sfdp"
	if len(n.Actors) > placeLimit {
		layout = "pinned" // spreads actors that share a spot on a circle
	}
	arr, err := Arrange(ctx, n, layout, 0)
	if err != nil {
		return false, err
	}
	for _, a := range n.Actors {
		if p, ok := arr.Positions[a.ID]; ok {
			a.X, a.Y = p.X, p.Y
		}
	}
	return true, nil
}
