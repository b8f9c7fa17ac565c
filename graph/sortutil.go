package graph

import (
	"slices"
	"sort"
)

func sortInts(xs []int) { slices.Sort(xs) }

func stableSortBy[T any](xs []T, less func(a, b T) bool) {
	sort.SliceStable(xs, func(i, j int) bool { return less(xs[i], xs[j]) })
}
