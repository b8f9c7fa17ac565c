package graph

// Ego returns the IDs of the actors at most steps away from the actor in
// the view, the actor itself first, ties taken both ways (an ego network
// is about who is near, not who reaches whom). An unknown actor gives nil;
// steps below 0 count as 0.
func Ego(v *View, actorID string, steps int) []string {
	start, ok := v.index[actorID]
	if !ok {
		return nil
	}
	dist := map[int32]int{int32(start): 0}
	queue := []int32{int32(start)}
	out := []string{actorID}
	for len(queue) > 0 {
		u := queue[0]
		queue = queue[1:]
		if dist[u] >= steps {
			continue
		}
		for _, w := range v.Neighbours(int(u)) {
			if _, seen := dist[w]; !seen {
				dist[w] = dist[u] + 1
				queue = append(queue, w)
				out = append(out, v.Actors[w].ID)
			}
		}
	}
	return out
}
