package graph

import (
	"slices"
	"testing"
)

func TestEgo(t *testing.T) {
	// A path a–b–c–d–e with a branch c>f (directed) and an isolated g.
	n := build([]string{"a-b", "b-c", "c-d", "d-e", "c>f"}, "g")
	v := NewView(n, ViewOptions{Directed: true})
	cases := []struct {
		id    string
		steps int
		want  []string
	}{
		{"c", 0, []string{"c"}},
		{"c", 1, []string{"c", "b", "d", "f"}},
		{"a", 2, []string{"a", "b", "c"}},
		{"f", 1, []string{"f", "c"}}, // the directed tie c>f counts both ways
		{"f", 3, []string{"f", "c", "b", "d", "a", "e"}},
		{"g", 5, []string{"g"}},
		{"nobody", 1, nil},
		{"c", -1, []string{"c"}},
	}
	for _, c := range cases {
		if got := Ego(v, c.id, c.steps); !slices.Equal(got, c.want) {
			t.Errorf("Ego(%s, %d) = %v, want %v", c.id, c.steps, got, c.want)
		}
	}
}
