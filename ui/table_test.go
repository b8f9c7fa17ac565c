package ui

import (
	"testing"

	"fyne.io/fyne/v2/widget"
)

func TestActorTable(t *testing.T) {
	w := open(t, chain())
	rows := w.table.Rows()
	if len(rows) != 3 {
		t.Fatalf("%d rows", len(rows))
	}
	// Essote lies on the only path between Juva and Viola: betweenness
	// 1/1 pairs = 1 (normalised by (n−1)(n−2)/2 = 1); the ends have 0.
	if r := rows[0]; r.Name != "Essote" || r.Degree != 2 || r.Betweenness != 1 || r.Sector != "Hyvinvointialue, sosiaali- ja terveyspalvelut" || r.Colour != "#1f77b4" {
		t.Errorf("first row %+v", r)
	}
	for _, r := range rows[1:] {
		if r.Betweenness != 0 || r.Degree != 1 {
			t.Errorf("row %+v", r)
		}
	}
	want := []string{"Essote", "Hyvinvointialue, sosiaali- ja terveyspalvelut", "2", "1.000"}
	for col, text := range want {
		if got := w.table.cell(0, col); got != text {
			t.Errorf("cell (0, %d) %q, want %q", col, got, text)
		}
	}
	if got := w.table.header(colBetweenness); got != "Välittäjyys ▼" {
		t.Errorf("header %q", got)
	}
}

func TestTableRowSelectsOnMap(t *testing.T) {
	w := open(t, chain())
	w.table.table.Select(widget.TableCellID{Row: 0, Col: 0})
	if w.Map.Selected() != "essote" {
		t.Errorf("selecting a row selects %q on the map", w.Map.Selected())
	}
	// And the map's selection shows in the table.
	w.Map.Tapped(tapAt(w, "viola"))
	if row := w.table.rowOf("viola"); row < 0 || w.table.selected != row {
		t.Errorf("tapping viola on the map selected row %d, viola is row %d", w.table.selected, row)
	}
}

func TestTableSorts(t *testing.T) {
	w := open(t, chain())
	names := func() []string {
		var out []string
		for _, r := range w.table.Rows() {
			out = append(out, r.Name)
		}
		return out
	}
	w.table.sortBy(colName)
	if got := names(); got[0] != "Essote" || got[1] != "Juvan kunta" || got[2] != "Viola ry" {
		t.Errorf("by name %v", got)
	}
	w.table.sortBy(colName)
	if got := names(); got[0] != "Viola ry" {
		t.Errorf("by name, reversed %v", got)
	}
	w.table.sortBy(colSector)
	// Hyvinvointialue… < Järjestö < Kunta, muu.
	if got := names(); got[0] != "Essote" || got[1] != "Viola ry" || got[2] != "Juvan kunta" {
		t.Errorf("by sector %v", got)
	}
	if got := w.table.header(colSector); got != "Sektori ▲" {
		t.Errorf("header %q", got)
	}
}
