package ui

import (
	"fmt"
	"math"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/verkostokartta/verkostokartta/export"
	"github.com/verkostokartta/verkostokartta/graph"
	"github.com/verkostokartta/verkostokartta/workshop"
)

// PreviewImport reads a file (a workspace, or a spreadsheet, CSV, GraphML
// or GEXF) and merges it into a copy of the open workspace, returning the
// copy and what the merge would add and skip. Nothing changes until
// ApplyImport.
func (w *MainWindow) PreviewImport(path string) (*graph.Network, graph.MergeReport, error) {
	var src *graph.Network
	if strings.EqualFold(filepath.Ext(path), workshop.Extension) {
		ws, err := workshop.Load(path)
		if err != nil {
			return nil, graph.MergeReport{}, err
		}
		src = &ws.Network
	} else {
		n, err := export.ReadFile(path)
		if err != nil {
			return nil, graph.MergeReport{}, err
		}
		src = n
	}
	data, err := w.ws.Encode()
	if err != nil {
		return nil, graph.MergeReport{}, err
	}
	copyWS, err := workshop.Decode(data, "")
	if err != nil {
		return nil, graph.MergeReport{}, err
	}
	before := len(copyWS.Actors)
	rep := graph.Merge(&copyWS.Network, src)
	placeBeside(copyWS.Actors[:before], copyWS.Actors[before:])
	return &copyWS.Network, rep, nil
}

// ApplyImport makes a previewed merge the open workspace's network.
func (w *MainWindow) ApplyImport(merged *graph.Network) {
	w.ws.Network = *merged
	w.Map.SetNetwork(&w.ws.Network)
	w.changed(true)
}

// placeBeside puts imported actors that have no position of their own in
// a grid to the right of the existing map, so that they neither pile up
// nor cover it.
func placeBeside(existing, added []*graph.Actor) {
	if len(added) == 0 {
		return
	}
	for _, a := range added {
		if a.X != 0 || a.Y != 0 {
			return // the file had positions: keep them
		}
	}
	maxX, minY := 0.0, 0.0
	if len(existing) > 0 {
		maxX, minY = math.Inf(-1), math.Inf(1)
		for _, a := range existing {
			maxX, minY = math.Max(maxX, a.X), math.Min(minY, a.Y)
		}
		maxX += 260
	}
	rows := int(math.Ceil(math.Sqrt(float64(len(added)))))
	for i, a := range added {
		a.X = maxX + float64(i/rows)*240
		a.Y = minY + float64(i%rows)*110
	}
}

// importDialog asks for a file, shows what importing it would add and
// skip, and imports it on confirmation.
func (w *MainWindow) importDialog() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			w.showError(lang.L("Could not import the file."), err)
			return
		}
		if r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		merged, rep, err := w.PreviewImport(path)
		if err != nil {
			w.showError(lang.L("Could not import the file."), err)
			return
		}
		w.showImportPreview(filepath.Base(path), merged, rep)
	}, w.Window)
	d.SetFilter(storage.NewExtensionFileFilter(append([]string{workshop.Extension}, export.Formats...)))
	w.startIn(d)
	w.showDialog(d, w.dialogSize())
}

// ImportSummary words a merge report in the user's language: the first
// line counts what is added, then what matched existing actors and what is
// skipped and why.
func ImportSummary(rep graph.MergeReport) []string {
	lines := []string{lang.L("Will be added: {{.Actors}} actors, {{.Ties}} ties, {{.Groups}} groups, {{.Memberships}} memberships, {{.Services}} services.",
		map[string]any{"Actors": rep.ActorsAdded, "Ties": rep.TiesAdded, "Groups": rep.GroupsAdded,
			"Memberships": rep.MembershipsAdded, "Services": rep.ServicesAdded})}
	for _, m := range rep.Matched {
		lines = append(lines, lang.L("Already in the workspace:")+" "+m)
	}
	reasons := map[string]string{
		graph.SkipTieExists:     lang.L("the tie is already in the workspace"),
		graph.SkipBadEnds:       lang.L("the tie does not join two actors"),
		graph.SkipMember:        lang.L("already a member"),
		graph.SkipServiceExists: lang.L("a service of this name exists"),
	}
	for _, s := range rep.Skipped {
		lines = append(lines, fmt.Sprintf("%s %s: %s", lang.L("Skipped:"), s.What, reasons[s.Reason]))
	}
	return lines
}

func (w *MainWindow) showImportPreview(file string, merged *graph.Network, rep graph.MergeReport) {
	lines := ImportSummary(rep)
	list := widget.NewList(func() int { return len(lines) - 1 },
		func() fyne.CanvasObject { l := widget.NewLabel(""); l.Truncation = fyne.TextTruncateEllipsis; return l },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(lines[i+1]) })
	head := widget.NewLabel(lines[0])
	head.Wrapping = fyne.TextWrapWord
	content := container.NewBorder(head, nil, nil, nil, list)
	d := dialog.NewCustomConfirm(lang.L("Import")+": "+file, lang.L("Import"), lang.L("Cancel"), content, func(ok bool) {
		if ok {
			w.ApplyImport(merged)
		}
	}, w.Window)
	d.Show()
	d.Resize(fyne.NewSize(720, 480))
}

// templateDialog saves the import template workbook: example rows on every
// sheet and the codes each column takes, for a facilitator's own lists.
func (w *MainWindow) templateDialog() {
	w.chooseFile(lang.L("Import template…"), lang.L("Save"), lang.L("import-template")+".xlsx", []string{".xlsx"}, nil, func(path string) {
		headers := "en"
		if w.lang == "fi" {
			headers = "fi"
		}
		if err := export.WriteTemplate(path, headers); err != nil {
			w.showFileError(lang.L("Could not save the file."), path, err)
		}
	})
}
