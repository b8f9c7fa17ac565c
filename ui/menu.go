package ui

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/verkostokartta/verkostokartta/export"
	"github.com/verkostokartta/verkostokartta/graph"
	"github.com/verkostokartta/verkostokartta/workshop"
)

// maxRecent is how many recent files the File menu lists.
const maxRecent = 8

func (w *MainWindow) mainMenu() *fyne.MainMenu {
	item := func(label string, fn func()) *fyne.MenuItem { return fyne.NewMenuItem(label, w.guard(fn)) }
	recent := item(lang.L("Recent files"), nil)
	recent.ChildMenu = fyne.NewMenu("")
	w.recentMenu = recent
	w.updateRecentMenu()
	language := item(lang.L("Language"), nil)
	language.ChildMenu = fyne.NewMenu("",
		item("Suomi", func() { w.setLanguage("fi") }),
		item("Svenska", func() { w.setLanguage("sv") }),
		item("English", func() { w.setLanguage("en") }),
	)
	file := fyne.NewMenu(lang.L("File menu"),
		item(lang.L("New"), w.newWorkspace),
		item(lang.L("Open…"), w.openDialog),
		recent,
		fyne.NewMenuItemSeparator(),
		item(lang.L("Save"), w.save),
		item(lang.L("Save as…"), w.saveAsDialog),
		item(lang.L("Anonymised copy…"), w.anonymisedCopyDialog),
		fyne.NewMenuItemSeparator(),
		item(lang.L("Import…"), w.importDialog),
		item(lang.L("Import template…"), w.templateDialog),
		item(lang.L("Export map or memo…"), w.exportDialog),
		fyne.NewMenuItemSeparator(),
		language,
	)
	edit := fyne.NewMenu(lang.L("Edit"),
		item(lang.L("Undo"), w.Undo),
		item(lang.L("Redo"), w.Redo),
		fyne.NewMenuItemSeparator(),
		item(lang.L("Add actor"), func() { w.addActorDialog() }),
		item(lang.L("Add tie"), func() { w.addTieDialog() }),
		item(lang.L("Connect"), w.toggleConnect),
		item(lang.L("Duplicate"), func() { w.DuplicateActors(w.Map.Selection()) }),
		item(lang.L("Delete"), w.DeleteSelected),
		item(lang.L("Select all"), w.Map.SelectAll),
		fyne.NewMenuItemSeparator(),
		item(lang.L("Find actor…"), func() { w.searchDialog() }),
	)
	view := fyne.NewMenu(lang.L("View"),
		item(lang.L("Fit to view"), w.Map.Fit),
		item(lang.L("Filter…"), w.filterDialog),
		item(lang.L("Show everything"), w.ClearFilters),
	)
	return fyne.NewMainMenu(file, edit, view, w.workshopMenu())
}

// newWorkspace starts an empty workspace, asking first if there are
// unsaved changes.
func (w *MainWindow) newWorkspace() {
	// The workspace's name titles its map and memo: it is asked once, here.
	start := func() {
		name := newField()
		name.SetPlaceHolder(lang.L("New workspace"))
		d := w.newFormDialogAs(lang.L("Name the workspace"), lang.L("Start"), []*widget.FormItem{
			widget.NewFormItem(lang.L("Name"), name),
		}, func() bool { return strings.TrimSpace(name.Text) != "" }, func() {
			w.abandon()
			w.SetWorkspace(workshop.New(strings.TrimSpace(name.Text)), "")
		})
		name.OnChanged = func(string) { d.Check() }
		d.Resize(fyne.NewSize(520, 0))
		d.Show()
		w.Window.Canvas().Focus(name)
	}
	if !w.dirty {
		start()
		return
	}
	w.showDialog(dialog.NewConfirm(lang.L("Unsaved changes"), lang.L("Start a new workspace without saving the changes?"), w.guardBool(func(ok bool) {
		if ok {
			start()
		}
	}), w.Window))
}

// Recent returns the recently opened or saved files, newest first.
func (w *MainWindow) Recent() []string {
	return w.app.Preferences().StringList("recent")
}

// remember puts a file first in the recent files.
func (w *MainWindow) remember(path string) {
	if path == "" {
		return
	}
	abs, err := filepath.Abs(path)
	if err == nil {
		path = abs
	}
	list := slices.DeleteFunc(w.Recent(), func(p string) bool { return p == path })
	list = append([]string{path}, list...)
	if len(list) > maxRecent {
		list = list[:maxRecent]
	}
	w.app.Preferences().SetStringList("recent", list)
	w.updateRecentMenu()
}

func (w *MainWindow) updateRecentMenu() {
	if w.recentMenu == nil {
		return
	}
	var items []*fyne.MenuItem
	for _, p := range w.Recent() {
		path := p
		items = append(items, fyne.NewMenuItem(filepath.Base(p)+"  —  "+filepath.Dir(p), w.guard(func() {
			if err := w.openChecked(path); err != nil {
				w.showError(lang.L("Could not open the file."), err)
			}
		})))
	}
	if len(items) == 0 {
		none := fyne.NewMenuItem(lang.L("(none yet)"), nil)
		none.Disabled = true
		items = append(items, none)
	}
	w.recentMenu.ChildMenu.Items = items
	if m := w.Window.MainMenu(); m != nil {
		m.Refresh()
	}
}

// openChecked opens a file, asking first if there are unsaved changes.
func (w *MainWindow) openChecked(path string) error {
	if !w.dirty {
		return w.Open(path)
	}
	w.showDialog(dialog.NewConfirm(lang.L("Unsaved changes"), lang.L("Open another file without saving the changes?"), w.guardBool(func(ok bool) {
		if ok {
			if err := w.Open(path); err != nil {
				w.showError(lang.L("Could not open the file."), err)
			}
		}
	}), w.Window))
	return nil
}

// setLanguage stores the language for the next start: Fyne's own dialog
// strings are loaded once, so the window says it takes effect then.
func (w *MainWindow) setLanguage(code string) {
	w.app.Preferences().SetString("language", code)
	msg := map[string]string{
		"fi": "Kieli vaihtuu, kun Verkostokartta käynnistetään uudelleen.",
		"sv": "Språket byts när Verkostokartta startas om.",
		"en": "The language changes when Verkostokartta is started again.",
	}[code]
	dialog.ShowInformation(lang.L("Language"), msg, w.Window)
}

// exportFormats are the files Export writes, by extension.
var exportFormats = []string{".png", ".pdf", ".svg", ".dot", ".html", ".xlsx", ".csv", ".graphml", ".gexf"}

// exportDialog asks for a file; its extension picks the format. A .pdf or
// .html is the workshop memo unless "map only" is ticked.
func (w *MainWindow) exportDialog() {
	noPersonal := widget.NewCheck(lang.L("No personal data (for publishing)"), nil)
	mapOnly := widget.NewCheck(lang.L("PDF: the map only, not the memo"), nil)
	formats := widget.NewLabel(lang.L("The file's extension picks the format: {{.F}}", map[string]any{"F": strings.Join(exportFormats, " ")}))
	formats.Wrapping = fyne.TextWrapWord
	name := strings.TrimSuffix(fileBase(w), filepath.Ext(fileBase(w))) + ".pdf"
	w.chooseFile(lang.L("Export map or memo…"), lang.L("Export"), name, exportFormats, []*widget.FormItem{
		widget.NewFormItem("", formats),
		widget.NewFormItem(lang.L("Privacy"), noPersonal),
		widget.NewFormItem("PDF", mapOnly),
	}, func(path string) {
		w.Export(path, noPersonal.Checked, mapOnly.Checked, nil)
	})
}

func fileBase(w *MainWindow) string {
	if w.path != "" {
		return filepath.Base(w.path)
	}
	return graph.Slug(w.ws.Name) + ".verkosto"
}

// Export writes the map, the memo or the network to path off the UI
// thread, showing progress; done (if not nil) gets the error on the UI
// thread.
func (w *MainWindow) Export(path string, noPersonal, mapOnly bool, done func(error)) {
	n := cloneNetwork(&w.ws.Network)
	if noPersonal {
		n = n.WithoutPersonalData()
	}
	ws := *w.ws
	st := w.imageStyle()
	st.Title = w.ws.Name
	ctx, cancel := context.WithCancel(context.Background())
	bar := widget.NewProgressBarInfinite()
	prog := dialog.NewCustom(lang.L("Exporting {{.F}}…", map[string]any{"F": filepath.Base(path)}), lang.L("Cancel"), bar, w.Window)
	prog.SetOnClosed(cancel)
	prog.Show()
	code := w.lang
	background(func() {
		err := writeExport(ctx, &ws, n, st, path, code, noPersonal, mapOnly)
		fyne.Do(func() {
			cancelled := ctx.Err() != nil
			prog.Hide()
			cancel()
			switch {
			case cancelled:
			case err != nil:
				w.showError(lang.L("The file was not written."), err)
			default:
				w.status.SetText(lang.L("Wrote {{.F}}", map[string]any{"F": path}))
			}
			if done != nil {
				done(err)
			}
		})
	})
}

// writeExport writes one export file.
func writeExport(ctx context.Context, ws *workshop.Workspace, n *graph.Network, st export.Style, path, code string, noPersonal, mapOnly bool) error {
	ext := strings.ToLower(filepath.Ext(path))
	var data []byte
	var err error
	switch {
	case ext == ".png" || ext == ".svg" || ext == ".dot" || (ext == ".pdf" && mapOnly):
		size := export.Projector
		if ext == ".pdf" {
			size = export.A4
		}
		data, err = export.Render(ctx, export.DOT(n, st), ext[1:], size)
	case ext == ".pdf" || ext == ".html":
		r := MemoReport(ws, n, code, noPersonal, time.Now())
		if ext == ".pdf" {
			data, err = export.ReportPDF(ctx, r)
		} else {
			data, err = export.ReportHTML(ctx, r)
		}
	default:
		_, err = export.WriteFile(n, ws.Name, path, code)
		return err
	}
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := workshop.WriteFileAtomic(path, data); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// MemoReport is the workshop memo of a workspace whose network (with or
// without personal data) is n; the command line's report uses it too.
func MemoReport(ws *workshop.Workspace, n *graph.Network, code string, noPersonal bool, date time.Time) *export.Report {
	r := &export.Report{
		Title: ws.Name, Region: ws.Region, Description: ws.Description, Date: date, Lang: code,
		Network: n, Analysis: graph.Analyze(n, graph.AnalysisOptions{Rules: ws.Rules}), NoPersonalData: noPersonal,
		Workshop: memoWorkshop(ws, code, noPersonal), Rules: ws.Rules,
	}
	if ws.Workshop != nil {
		r.ReviewDay = ws.Workshop.Date
	}
	if s := memoSnapshot(ws); s != nil {
		before := &s.Network
		if noPersonal {
			before = before.WithoutPersonalData()
		}
		r.Before = &export.ReportBefore{Name: s.Name, Taken: s.Taken, Network: before}
	}
	return r
}

// memoSnapshot is the snapshot the memo compares the network with: the
// latest one that differs from the network now; nil when there is none,
// for a comparison with an identical state would only say "no changes".
func memoSnapshot(ws *workshop.Workspace) *workshop.Snapshot {
	for i := len(ws.Snapshots) - 1; i >= 0; i-- {
		if !graph.Diff(&ws.Snapshots[i].Network, &ws.Network).Empty() {
			return &ws.Snapshots[i]
		}
	}
	return nil
}

// memoWorkshop is the memo's record of the workshop: the goal, the notes
// by perspective in the vocabulary's order, the actions with who and by
// when, and who took part unless personal data is left out; nil when no
// workshop has been run.
func memoWorkshop(ws *workshop.Workspace, code string, noPersonal bool) *export.ReportWorkshop {
	s := ws.Workshop
	if s == nil {
		return nil
	}
	r := &export.ReportWorkshop{Goal: s.Goal}
	for _, p := range s.Participants {
		if noPersonal {
			break
		}
		org := p.Organisation
		if a := ws.Actor(org); a != nil {
			org = a.Label()
		}
		r.Participants = append(r.Participants, strings.Join(nonEmpty(p.Name, p.Role, org), ", "))
	}
	for _, p := range ws.Vocab.Perspectives {
		for _, note := range s.NotesBy(p.Code) {
			r.Notes = append(r.Notes, export.ReportNote{Perspective: p.Code, Text: note.Text})
		}
	}
	for _, a := range s.Actions {
		who := a.Who
		if x := ws.Actor(a.Who); x != nil {
			who = x.Label()
		}
		text := a.What
		if a.Status != "" && a.Status != workshop.ActionOpen {
			text += " — " + export.Word("action-"+a.Status, code)
		}
		r.Actions = append(r.Actions, export.ReportAction{Text: text, Owner: who, Due: finnishDate(a.Due)})
	}
	return r
}

// actorHover is the tooltip of an actor: name, sector, status, and its
// standing in the latest analysis.
func (w *MainWindow) actorHover(id string) string {
	a := w.ws.Actor(id)
	if a == nil {
		return ""
	}
	lines := []string{a.Name}
	line := termLabel(w.ws.Vocab.Sectors, a.Sector, w.lang)
	if a.Status != "" {
		line += " · " + statusChoice().label(a.Status)
	}
	lines = append(lines, line)
	if an := w.analysis; an != nil {
		if i, ok := an.View.Node(id); ok {
			lines = append(lines, lang.L("{{.D}} · betweenness {{.B}}", map[string]any{
				"D": export.Count("n-partners", an.Degree[i], w.lang), "B": export.FormatNumber(an.Betweenness[i], 3, w.lang)}))
			if slices.Contains(an.CutPoints, int(i)) {
				lines = append(lines, lang.L("Cut point: the network splits if it leaves."))
			}
		}
	}
	if len(a.Municipalities) > 0 {
		var names []string
		for _, m := range a.Municipalities {
			names = append(names, termLabel(w.ws.Vocab.Municipalities, m, w.lang))
		}
		lines = append(lines, strings.Join(names, ", "))
	}
	return strings.Join(lines, "\n")
}

// tieHover is the tooltip of a tie: its ends, kind, strength and status.
func (w *MainWindow) tieHover(id string) string {
	t := w.tie(id)
	if t == nil {
		return ""
	}
	text := w.tieTitle(t) + "\n" + strengthChoice().label(fmt.Sprint(t.Strength))
	if t.Status != "" {
		text += " · " + tieStatusChoice().label(t.Status)
	}
	if t.Notes != "" {
		text += "\n" + t.Notes
	}
	return text
}
