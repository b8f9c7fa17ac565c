package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/verkostokartta/verkostokartta/graph"
)

// recordList is a table tab of ties, groups or services: a filterable list
// with an Add button above and the selected record's editor below.
type recordList struct {
	w      *MainWindow
	kind   string
	list   *widget.List
	filter *widget.Entry
	rows   []recordRow
	editor *fyne.Container
	panel  fyne.CanvasObject
	// selected is the ID shown in the editor.
	selected string
}

type recordRow struct{ id, title, detail string }

func newRecordList(w *MainWindow, kind string, add func()) *recordList {
	r := &recordList{w: w, kind: kind, editor: container.NewStack()}
	r.list = widget.NewList(func() int { return len(r.rows) },
		func() fyne.CanvasObject {
			title := widget.NewLabel("")
			title.Truncation = fyne.TextTruncateEllipsis
			detail := widget.NewLabel("")
			detail.Truncation = fyne.TextTruncateEllipsis
			detail.Importance = widget.LowImportance
			return container.NewVBox(title, detail)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i >= len(r.rows) {
				return
			}
			box := o.(*fyne.Container)
			box.Objects[0].(*widget.Label).SetText(r.rows[i].title)
			box.Objects[1].(*widget.Label).SetText(r.rows[i].detail)
		})
	r.list.OnSelected = func(i widget.ListItemID) {
		if i < len(r.rows) {
			r.show(r.rows[i].id)
		}
	}
	r.filter = widget.NewEntry()
	r.filter.SetPlaceHolder(lang.L("Filter by name"))
	r.filter.OnChanged = func(string) { r.update() }
	addButton := widget.NewButtonWithIcon(lang.L("Add"), theme.ContentAddIcon(), add)
	top := container.NewBorder(nil, nil, nil, addButton, r.filter)
	split := container.NewVSplit(container.NewBorder(top, nil, nil, nil, r.list), r.editor)
	split.Offset = 0.4
	r.panel = split
	r.update()
	return r
}

// show puts a record's editor below the list.
func (r *recordList) show(id string) {
	r.selected = id
	r.editor.Objects = nil
	if e := r.w.editorFor(r.kind, id); e != nil {
		r.editor.Objects = []fyne.CanvasObject{e.object}
	}
	r.editor.Refresh()
	if r.kind == recTie {
		if t := r.w.tie(id); t != nil {
			r.w.Map.Select(t.From)
		}
	}
}

// Select shows a record as if its row were tapped.
func (r *recordList) Select(id string) {
	for i, row := range r.rows {
		if row.id == id {
			r.list.Select(i)
			return
		}
	}
	r.show(id)
}

// update rebuilds the rows from the workspace.
func (r *recordList) update() {
	ws := r.w.ws
	needle := strings.ToLower(strings.TrimSpace(r.filter.Text))
	r.rows = r.rows[:0]
	keep := func(row recordRow) {
		if needle == "" || strings.Contains(strings.ToLower(row.title+" "+row.detail), needle) {
			r.rows = append(r.rows, row)
		}
	}
	switch r.kind {
	case recTie:
		for _, t := range ws.Ties {
			status := ""
			if t.Status != "" && t.Status != graph.TieExisting {
				status = " · " + word("tie", t.Status)
			}
			keep(recordRow{t.ID, r.w.tieTitle(t), lang.L("strength {{.S}}", map[string]any{"S": t.Strength}) + status})
		}
	case recGroup:
		kinds := groupKindChoice()
		for _, g := range ws.Groups {
			keep(recordRow{g.ID, g.Name, fmt.Sprintf("%s · %s", kinds.label(g.Kind),
				lang.L("{{.N}} members", map[string]any{"N": len(g.Members)}))})
		}
	case recService:
		for _, s := range ws.Services {
			var names []string
			for _, p := range s.Providers {
				if a := ws.Actor(p); a != nil {
					names = append(names, a.Label())
				}
			}
			keep(recordRow{s.ID, s.Name, strings.Join(names, ", ")})
		}
	}
	r.list.UnselectAll()
	r.list.Refresh()
	if r.selected != "" {
		for i, row := range r.rows {
			if row.id == r.selected {
				r.list.Select(i)
				return
			}
		}
		r.selected = ""
		r.editor.Objects = nil
		r.editor.Refresh()
	}
}
