// Package ui is the Fyne desktop interface: the main window, which
// assembles the map widget (ui/mapview), the actor table and the dialogs,
// and the translations. It calls graph, workshop and export; it holds no
// analysis of its own.
package ui

import (
	"path/filepath"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/verkostokartta/verkostokartta/graph"
	"github.com/verkostokartta/verkostokartta/ui/mapview"
	"github.com/verkostokartta/verkostokartta/workshop"
)

// AppID identifies the app to the desktop and to Fyne's preferences.
const AppID = "fi.verkostokartta.app"

// MainWindow is the map window of one workspace.
type MainWindow struct {
	Window fyne.Window
	Map    *mapview.MapView

	app   fyne.App
	lang  string // "fi", "sv" or "en"
	ws    *workshop.Workspace
	path  string // "" until saved
	dirty bool
	// stamp is the file's content when opened or last saved: a save over
	// a file someone else has changed since asks first.
	stamp workshop.Stamp
	// history holds the states after each edit, for undo and redo.
	history workshop.History

	// The sector and tie kind used last start the next dialog: a workshop
	// adds actors sector by sector and ties kind by kind.
	lastSector, lastKind string

	table     *actorTable
	legend    *legend
	status    *widget.Label
	connect   *widget.Button
	inspector *inspector
	ties      *recordList
	groups    *recordList
	services  *recordList
	panel     *analysisPanel
	coverage  *coveragePanel
	review    *reviewPanel
	side      *container.AppTabs
	progress  *widget.ProgressBarInfinite
	// recentMenu is the File menu's list of recent files.
	recentMenu *fyne.MenuItem

	workshop  *workshopTab
	presenter *presenter
	// compareLines are the changes the last comparison window listed.
	compareLines []string

	// view is what the map shows; viewBar its controls.
	view    viewState
	viewBar *viewBar
	// analysis is the latest analysis of the view, of the network copy
	// analysed; generation drops results overtaken by a later edit.
	analysis   *graph.Analysis
	analysed   *graph.Network
	generation atomic.Uint64

	// edits counts the edits; autosaved is the count the recovery file
	// holds.
	edits, autosaved int
}

// Run opens the window on ws (read from path, or "" for an unsaved
// workspace such as the sample) and returns when the user closes it.
func Run(ws *workshop.Workspace, path string) {
	a := app.NewWithID(AppID)
	a.Settings().SetTheme(lightTheme{})
	w := NewMainWindow(a, ws, path)
	w.Window.Resize(fyne.NewSize(1600, 960))
	w.startAutosave(autosaveInterval())
	w.Window.Show()
	w.offerRecovery()
	// A panic that escapes every guard still leaves the work in the
	// recovery file before the program ends.
	defer func() {
		if r := recover(); r != nil {
			w.ws.Autosave(w.path)
			a.Preferences().SetString(lastWorkspaceKey, w.path)
			panic(r)
		}
	}()
	a.Run()
}

// NewMainWindow assembles the window on ws, read from path ("" if not
// saved yet), in the user's language (Language); it does not show it.
func NewMainWindow(a fyne.App, ws *workshop.Workspace, path string) *MainWindow {
	code := a.Preferences().String("language")
	if code != "fi" && code != "sv" && code != "en" {
		code = Language()
	}
	if err := setUpLanguage(code); err != nil {
		fyne.LogError("loading translations", err)
	}
	w := &MainWindow{app: a, lang: code, ws: ws, path: path, lastKind: "joint"}
	if path != "" {
		w.stamp, _ = workshop.StampOf(path)
	}
	w.Window = a.NewWindow("")
	w.Map = mapview.New(&ws.Network)
	w.Map.OnSelect = func(id string) {
		w.selectActor(id)
		w.showRecord(recActor, id)
	}
	w.Map.OnMoved = func([]string) { w.changed(false) }
	w.Map.OnConnect = w.chooseTieKind
	w.Map.OnSelectTie = func(id string) {
		w.showRecord(recTie, id)
		if t := w.tie(id); t != nil {
			w.status.SetText(w.tieTitle(t))
		}
	}
	w.Map.HoverText = w.actorHover
	w.Map.TieHoverText = w.tieHover
	w.view.ColourBy = "sector"
	w.table = newActorTable(w)
	w.legend = newLegend(w)
	w.status = widget.NewLabel("")
	w.status.Truncation = fyne.TextTruncateEllipsis
	w.progress = widget.NewProgressBarInfinite()
	w.progress.Hide()
	w.inspector = newInspector()
	w.ties = newRecordList(w, recTie, func() { w.addTieDialog() })
	w.groups = newRecordList(w, recGroup, func() { w.groups.Select(w.AddGroup().ID) })
	w.services = newRecordList(w, recService, func() {
		if s, err := w.AddService(); err != nil {
			w.showError(lang.L("The service was not added."), err)
		} else {
			w.services.Select(s.ID)
		}
	})
	w.panel = newAnalysisPanel(w)
	w.coverage = newCoveragePanel(w)
	w.review = newReviewPanel(w)
	w.viewBar = newViewBar(w)
	w.workshop = newWorkshopTab(w)

	w.side = container.NewAppTabs(
		container.NewTabItem(lang.L("Selection"), w.inspector.box),
		container.NewTabItem(lang.L("Workshop"), w.workshop.object),
		container.NewTabItem(lang.L("Actors"), w.table.table),
		container.NewTabItem(lang.L("Ties"), w.ties.panel),
		container.NewTabItem(lang.L("Groups"), w.groups.panel),
		container.NewTabItem(lang.L("Review"), w.review.object),
		container.NewTabItem(lang.L("Services"), w.services.panel),
		container.NewTabItem(lang.L("Analysis"), w.panel.object),
		container.NewTabItem(lang.L("Coverage"), w.coverage.object),
		container.NewTabItem(lang.L("Legend"), w.legend.scroll),
	)
	w.side.OnSelected = func(tab *container.TabItem) {
		if tab.Content == w.review.object {
			w.review.refresh()
		}
	}
	split := container.NewHSplit(container.NewBorder(w.viewBar.box, nil, nil, nil, w.Map), w.side)
	split.Offset = 0.66
	bottom := container.NewBorder(nil, nil, nil, w.progress, w.status)
	w.Window.SetContent(container.NewBorder(w.toolbar(), bottom, nil, nil, split))
	w.Window.SetMainMenu(w.mainMenu())
	w.shortcuts()
	w.history.Reset(ws)
	// Delete removes the selected actor when no text field has the focus.
	w.Window.Canvas().SetOnTypedKey(func(ev *fyne.KeyEvent) {
		defer w.recoverPanic()
		switch {
		case ev.Name == fyne.KeyDelete && w.Window.Canvas().Focused() == nil:
			w.DeleteSelected()
		case ev.Name == fyne.KeyF11:
			w.ToggleWorkshopMode()
		case ev.Name == fyne.KeyEscape && w.presenter != nil:
			w.ToggleWorkshopMode()
		case ev.Name == fyne.KeyPageDown && w.presenter != nil:
			w.RevealNextView()
		}
	})
	w.Window.SetCloseIntercept(w.confirmClose)
	w.updateTitle()
	w.refreshAnalysis()
	return w
}

// Workspace returns the workspace shown.
func (w *MainWindow) Workspace() *workshop.Workspace { return w.ws }

// Path returns the file the workspace is saved in, or "".
func (w *MainWindow) Path() string { return w.path }

// Dirty reports whether there are unsaved changes.
func (w *MainWindow) Dirty() bool { return w.dirty }

// Language returns the language of the window: "fi", "sv" or "en".
func (w *MainWindow) Language() string { return w.lang }

func (w *MainWindow) toolbar() fyne.CanvasObject {
	button := func(label string, icon fyne.Resource, fn func()) *widget.Button {
		b := widget.NewButtonWithIcon(label, icon, w.guard(fn))
		b.Importance = widget.LowImportance
		return b
	}
	w.connect = button(lang.L("Connect"), theme.ContentRedoIcon(), w.toggleConnect)
	// On a 1280×720 projector the buttons scroll sideways rather than hold
	// the window wider than the screen (every one is in the menus too).
	return container.NewHScroll(container.NewHBox(
		button(lang.L("Open"), theme.FolderOpenIcon(), w.openDialog),
		button(lang.L("Import"), theme.DownloadIcon(), w.importDialog),
		button(lang.L("Import template"), theme.GridIcon(), w.templateDialog),
		button(lang.L("Save"), theme.DocumentSaveIcon(), w.save),
		button(lang.L("Save as"), theme.DocumentSaveIcon(), w.saveAsDialog),
		button(lang.L("Anonymised copy"), theme.VisibilityOffIcon(), w.anonymisedCopyDialog),
		widget.NewSeparator(),
		button(lang.L("Add actor"), theme.ContentAddIcon(), func() { w.addActorDialog() }),
		button(lang.L("Add tie"), theme.ContentAddIcon(), func() { w.addTieDialog() }),
		w.connect,
		widget.NewSeparator(),
		button(lang.L("Fit to view"), theme.ZoomFitIcon(), w.Map.Fit),
	))
}

// toggleConnect switches the map's connect mode, in which tapping two
// actors draws a tie between them.
func (w *MainWindow) toggleConnect() {
	on := !w.Map.Connecting()
	w.Map.SetConnectMode(on)
	w.connect.Importance = widget.LowImportance
	if on {
		w.connect.Importance = widget.HighImportance
		w.status.SetText(lang.L("Connect: tap the first actor, then the second."))
	} else {
		w.updateStatus()
	}
	w.connect.Refresh()
}

// shortcut is a key combination of the window and what it does.
type shortcut struct {
	key    fyne.KeyName
	mod    fyne.KeyModifier
	action func()
}

// shortcutList: Ctrl+N add actor, Ctrl+T add tie, Ctrl+E connect mode
// on/off, Ctrl+0 fit the map, Ctrl+O open, Ctrl+S save, Ctrl+Shift+S save
// as (Ctrl is Cmd on macOS). The README lists them too.
func (w *MainWindow) shortcutList() []shortcut {
	ctrl := fyne.KeyModifierShortcutDefault
	return []shortcut{
		{fyne.KeyN, ctrl, func() { w.addActorDialog() }},
		{fyne.KeyT, ctrl, func() { w.addTieDialog() }},
		{fyne.KeyE, ctrl, w.toggleConnect},
		{fyne.Key0, ctrl, w.Map.Fit},
		{fyne.KeyO, ctrl, w.openDialog},
		{fyne.KeyS, ctrl, w.save},
		{fyne.KeyS, ctrl | fyne.KeyModifierShift, w.saveAsDialog},
		{fyne.KeyZ, ctrl | fyne.KeyModifierShift, w.Redo},
		{fyne.KeyF, ctrl, func() { w.searchDialog() }},
	}
}

func (w *MainWindow) shortcuts() {
	for _, s := range append(w.shortcutList(), w.workshopShortcuts()...) {
		action := w.guard(s.action)
		w.Window.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: s.key, Modifier: s.mod}, func(fyne.Shortcut) {
			if !w.dialogOpen() {
				action()
			}
		})
	}
	// The driver reports Ctrl+Z and Ctrl+Y as Fyne's own undo and redo
	// shortcuts (a focused text field handles them itself).
	w.Window.Canvas().AddShortcut(&fyne.ShortcutUndo{}, func(fyne.Shortcut) { w.Undo() })
	w.Window.Canvas().AddShortcut(&fyne.ShortcutRedo{}, func(fyne.Shortcut) { w.Redo() })
}

// selectActor follows a selection made on the map or in the table.
func (w *MainWindow) selectActor(id string) {
	w.table.selectActor(id)
	a := w.ws.Actor(id)
	if a == nil {
		w.updateStatus()
		return
	}
	text := a.Name
	if sector, ok := graph.Find(w.ws.Vocab.Sectors, a.Sector); ok {
		text += " · " + sector.Label(w.lang)
	}
	w.status.SetText(text)
}

func (w *MainWindow) updateTitle() {
	title := "Verkostokartta — " + w.ws.Name
	if w.dirty {
		title += " *"
	}
	w.Window.SetTitle(title)
	w.updateStatus()
}

func (w *MainWindow) updateStatus() {
	// The ties the map shows and the analysis counts; those the filter
	// hides (planned and wished ones by default) are counted apart.
	opt, shown := w.view.options(), 0
	for _, t := range w.ws.Ties {
		if opt.Counts(t) {
			shown++
		}
	}
	text := lang.L("Actors: {{.Actors}} · ties: {{.Ties}}", map[string]any{"Actors": len(w.ws.Actors), "Ties": shown})
	if hidden := len(w.ws.Ties) - shown; hidden > 0 {
		text += " " + lang.L("(+{{.N}} hidden by the filter)", map[string]any{"N": hidden})
	}
	if w.path != "" {
		text += " · " + filepath.Base(w.path)
	}
	if w.dirty {
		text += " · " + lang.L("unsaved changes")
	}
	w.status.SetText(text)
}

// SetWorkspace shows another workspace, read from path ("" if new).
func (w *MainWindow) SetWorkspace(ws *workshop.Workspace, path string) {
	w.ws, w.path, w.dirty = ws, path, false
	w.history.Reset(ws)
	w.stamp = workshop.Stamp{}
	if path != "" {
		w.stamp, _ = workshop.StampOf(path)
	}
	if w.Map.Connecting() {
		w.toggleConnect()
	}
	w.Map.SetNetwork(&ws.Network)
	w.view = viewState{ColourBy: w.view.ColourBy, SizeBy: w.view.SizeBy}
	w.viewBar.sync()
	w.showRecord("", "")
	w.updateTitle()
	w.structureChanged()
	w.remember(path)
}

// structureChanged follows an edit of actors, ties, groups or services:
// the tables, the inspector and the analysis.
func (w *MainWindow) structureChanged() {
	w.workshop.update()
	w.ties.update()
	w.groups.update()
	w.services.update()
	w.review.invalidate()
	if kind, id := w.Inspected(); kind != "" {
		w.showRecord(kind, id)
	}
	if w.view.Focus != "" && w.ws.Actor(w.view.Focus) == nil {
		w.view.Focus, w.view.Steps = "", 0
		w.viewBar.sync()
	}
	w.refreshAnalysis()
}

func (w *MainWindow) confirmClose() {
	if !w.dirty {
		w.Window.Close()
		return
	}
	dialog.ShowConfirm(lang.L("Unsaved changes"), lang.L("Close without saving the changes?"), func(ok bool) {
		if ok {
			workshop.DiscardRecovery(w.path)
			w.Window.Close()
		}
	}, w.Window)
}
