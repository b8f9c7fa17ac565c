package graph

import (
	"runtime"
	"sync"
)

// PathMeasures computes, in one breadth-first (Brandes) pass from every
// node, the three measures built on shortest paths, equal to networkx:
//
//   - betweenness: `betweenness_centrality(G, normalized=True)`,
//     C_B(v) = 1/((n-1)(n-2)) · Σ_{s≠v≠t} σ(s,t|v)/σ(s,t) over ordered
//     pairs (s, t); 0 for every node when n < 3;
//   - closeness: `closeness_centrality(G, wf_improved=True)`: for u reached
//     from r other nodes at total distance D, C(u) = (r/D)·(r/(n-1)) —
//     Wasserman and Faust's form for disconnected networks; in a directed
//     view the distances are those *to* u, as networkx measures them; an
//     isolated node scores 0;
//   - harmonic: `harmonic_centrality(G)`: H(u) = Σ_{v≠u} 1/d(v,u), with
//     1/∞ = 0.
//
// In a weighted view a step across a pair of weight w has length 1/w
// (networkx with a `distance` attribute of 1/w) and paths are found with
// Dijkstra's algorithm. Sources are split among the available cores.
func PathMeasures(v *View) (betweenness, closeness, harmonic []float64) {
	n := v.Len()
	betweenness, closeness, harmonic = make([]float64, n), make([]float64, n), make([]float64, n)
	if n == 0 {
		return
	}
	workers := runtime.GOMAXPROCS(0)
	if per := 64; n/per < workers {
		workers = max(1, n/per)
	}
	parts := make([]*brandes, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		parts[w] = newBrandes(n)
		lo, hi := w*n/workers, (w+1)*n/workers
		wg.Add(1)
		go func(b *brandes) {
			defer wg.Done()
			for s := lo; s < hi; s++ {
				if v.Weighted() {
					b.fromWeighted(v, int32(s))
				} else {
					b.from(v, int32(s))
				}
			}
		}(parts[w])
	}
	wg.Wait()

	total := make([]float64, n)
	reached := make([]float64, n)
	for _, b := range parts {
		for i := 0; i < n; i++ {
			betweenness[i] += b.bc[i]
			harmonic[i] += b.hc[i]
			total[i] += b.total[i]
			reached[i] += b.reached[i]
		}
	}
	if n >= 3 {
		scale := 1 / float64((n-1)*(n-2))
		for i := range betweenness {
			betweenness[i] *= scale
		}
	} else {
		clear(betweenness)
	}
	for i := range closeness {
		if total[i] > 0 {
			closeness[i] = reached[i] / total[i] * reached[i] / float64(n-1)
		}
	}
	return
}

// Betweenness returns normalized betweenness centrality; see PathMeasures.
func Betweenness(v *View) []float64 { b, _, _ := PathMeasures(v); return b }

// Closeness returns closeness centrality; see PathMeasures.
func Closeness(v *View) []float64 { _, c, _ := PathMeasures(v); return c }

// Harmonic returns harmonic centrality; see PathMeasures.
func Harmonic(v *View) []float64 { _, _, h := PathMeasures(v); return h }

// brandes holds one worker's scratch space and accumulators.
type brandes struct {
	wdist         []float64
	heap          distHeap
	dist          []int32
	sigma, delta  []float64
	order, queue  []int32
	bc, hc, total []float64
	reached       []float64
}

func newBrandes(n int) *brandes {
	b := &brandes{wdist: make([]float64, n), dist: make([]int32, n), sigma: make([]float64, n), delta: make([]float64, n),
		order: make([]int32, 0, n), bc: make([]float64, n), hc: make([]float64, n),
		total: make([]float64, n), reached: make([]float64, n)}
	for i := range b.dist {
		b.dist[i] = -1
	}
	return b
}

// from runs one breadth-first search from s and accumulates its
// contribution: dependencies for betweenness (Brandes 2001), and for every
// reached t the distance d(s,t) towards t's closeness and harmonic values.
func (b *brandes) from(v *View, s int32) {
	b.order = b.order[:0]
	b.dist[s], b.sigma[s] = 0, 1
	b.order = append(b.order, s)
	for head := 0; head < len(b.order); head++ {
		x := b.order[head]
		dx := b.dist[x]
		for _, y := range v.succ[x] {
			if b.dist[y] < 0 {
				b.dist[y] = dx + 1
				b.order = append(b.order, y)
			}
			if b.dist[y] == dx+1 {
				b.sigma[y] += b.sigma[x]
			}
		}
	}
	for i := len(b.order) - 1; i > 0; i-- {
		w := b.order[i]
		dw := b.dist[w]
		d := float64(dw)
		b.total[w] += d
		b.reached[w]++
		b.hc[w] += 1 / d
		coeff := (1 + b.delta[w]) / b.sigma[w]
		for _, p := range v.pred[w] {
			if b.dist[p] == dw-1 {
				b.delta[p] += b.sigma[p] * coeff
			}
		}
		b.bc[w] += b.delta[w]
	}
	for _, w := range b.order {
		b.dist[w], b.sigma[w], b.delta[w] = -1, 0, 0
	}
}

// fromWeighted is from with Dijkstra's algorithm over lengths 1/weight. As
// in networkx, paths of exactly equal length are counted as alternatives.
func (b *brandes) fromWeighted(v *View, s int32) {
	b.order = b.order[:0]
	b.heap = b.heap[:0]
	b.wdist[s], b.sigma[s] = 0, 1
	b.dist[s] = 0 // marks "seen"
	b.heap.push(heapItem{0, s, -1})
	for len(b.heap) > 0 {
		it := b.heap.pop()
		x := it.node
		if it.dist > b.wdist[x] || b.dist[x] == 1 {
			continue // stale entry or already settled
		}
		b.dist[x] = 1 // settled
		b.order = append(b.order, x)
		for j, y := range v.succ[x] {
			d := b.wdist[x] + 1/v.succW[x][j]
			switch {
			case b.dist[y] < 0 || d < b.wdist[y]:
				b.dist[y] = 0
				b.wdist[y], b.sigma[y] = d, b.sigma[x]
				b.heap.push(heapItem{d, y, x})
			case d == b.wdist[y] && b.dist[y] == 0:
				b.sigma[y] += b.sigma[x]
			}
		}
	}
	for i := len(b.order) - 1; i > 0; i-- {
		w := b.order[i]
		d := b.wdist[w]
		b.total[w] += d
		b.reached[w]++
		b.hc[w] += 1 / d
		coeff := (1 + b.delta[w]) / b.sigma[w]
		for j, p := range v.pred[w] {
			if b.dist[p] == 1 && b.wdist[p]+1/v.predW[w][j] == d && p != w {
				b.delta[p] += b.sigma[p] * coeff
			}
		}
		b.bc[w] += b.delta[w]
	}
	for _, w := range b.order {
		b.dist[w], b.sigma[w], b.delta[w], b.wdist[w] = -1, 0, 0, 0
	}
	// Nodes pushed but never settled cannot exist: every pushed node is
	// popped. Reset any "seen" marks left by unreachable pushes anyway.
}

type heapItem struct {
	dist float64
	node int32
	via  int32
}

// distHeap is a binary min-heap on dist, ties broken by node for a
// deterministic order.
type distHeap []heapItem

func (h *distHeap) less(i, j int) bool {
	a, b := (*h)[i], (*h)[j]
	return a.dist < b.dist || a.dist == b.dist && a.node < b.node
}

func (h *distHeap) push(it heapItem) {
	*h = append(*h, it)
	i := len(*h) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(i, p) {
			break
		}
		(*h)[i], (*h)[p] = (*h)[p], (*h)[i]
		i = p
	}
}

func (h *distHeap) pop() heapItem {
	old := *h
	top := old[0]
	last := len(old) - 1
	old[0] = old[last]
	*h = old[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < last && h.less(l, m) {
			m = l
		}
		if r < last && h.less(r, m) {
			m = r
		}
		if m == i {
			break
		}
		(*h)[i], (*h)[m] = (*h)[m], (*h)[i]
		i = m
	}
	return top
}
