// Package ui is the Fyne desktop interface: the main window, which
// assembles the map widget (ui/mapview), the actor table and the dialogs,
// and the translations. It calls graph, workshop and export; it holds no
// analysis of its own.
package ui

import (
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/verkostokartta/verkostokartta/export"
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
	lang  string
	ws    *workshop.Workspace
	path  string // "" until saved
	dirty bool

	table  *actorTable
	status *widget.Label
}

// Run opens the window on ws (read from path, or "" for an unsaved
// workspace such as the sample) and returns when the user closes it.
func Run(ws *workshop.Workspace, path string) {
	a := app.NewWithID(AppID)
	a.Settings().SetTheme(lightTheme{})
	w := NewMainWindow(a, ws, path)
	w.Window.Resize(fyne.NewSize(1600, 960))
	w.Window.ShowAndRun()
}

// NewMainWindow assembles the window; it does not show it.
func NewMainWindow(a fyne.App, ws *workshop.Workspace, path string) *MainWindow {
	code := Language()
	if err := setUpLanguage(code); err != nil {
		fyne.LogError("loading translations", err)
	}
	w := &MainWindow{app: a, lang: code, ws: ws, path: path}
	w.Window = a.NewWindow("")
	w.Map = mapview.New(&ws.Network)
	w.Map.OnSelect = w.selectActor
	w.Map.OnMoved = func(string) { w.changed(false) }
	w.Map.OnConnect = w.chooseTieKind
	w.table = newActorTable(w)
	w.status = widget.NewLabel("")

	split := container.NewHSplit(w.Map, w.table.panel())
	split.Offset = 0.72
	w.Window.SetContent(container.NewBorder(w.toolbar(), w.status, nil, nil, split))
	w.shortcuts()
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

func (w *MainWindow) toolbar() fyne.CanvasObject {
	button := func(label string, icon fyne.Resource, fn func()) *widget.Button {
		b := widget.NewButtonWithIcon(label, icon, fn)
		b.Importance = widget.LowImportance
		return b
	}
	connect := button(lang.L("Connect"), theme.ContentRedoIcon(), nil)
	connect.OnTapped = func() {
		on := !w.Map.Connecting()
		w.Map.SetConnectMode(on)
		connect.Importance = widget.LowImportance
		if on {
			connect.Importance = widget.HighImportance
			w.status.SetText(lang.L("Connect: tap the first actor, then the second."))
		} else {
			w.updateStatus()
		}
		connect.Refresh()
	}
	return container.NewHBox(
		button(lang.L("Open"), theme.FolderOpenIcon(), w.openDialog),
		button(lang.L("Save"), theme.DocumentSaveIcon(), func() { w.save() }),
		button(lang.L("Save as"), theme.DocumentSaveIcon(), w.saveAsDialog),
		widget.NewSeparator(),
		button(lang.L("Add actor"), theme.ContentAddIcon(), w.addActorDialog),
		button(lang.L("Add tie"), theme.ContentAddIcon(), w.addTieDialog),
		connect,
		widget.NewSeparator(),
		button(lang.L("Fit to view"), theme.ZoomFitIcon(), w.Map.Fit),
	)
}

// shortcuts: Ctrl+O open, Ctrl+S save, Ctrl+Shift+S save as, Ctrl+N add
// actor, Ctrl+T add tie, Ctrl+0 fit.
func (w *MainWindow) shortcuts() {
	add := func(key fyne.KeyName, mod fyne.KeyModifier, fn func()) {
		w.Window.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: key, Modifier: mod}, func(fyne.Shortcut) { fn() })
	}
	ctrl := fyne.KeyModifierShortcutDefault
	add(fyne.KeyO, ctrl, w.openDialog)
	add(fyne.KeyS, ctrl, func() { w.save() })
	add(fyne.KeyS, ctrl|fyne.KeyModifierShift, w.saveAsDialog)
	add(fyne.KeyN, ctrl, w.addActorDialog)
	add(fyne.KeyT, ctrl, w.addTieDialog)
	add(fyne.Key0, ctrl, w.Map.Fit)
}

func (w *MainWindow) selectActor(id string) {
	w.table.selectActor(id)
	if a := w.ws.Actor(id); a != nil {
		sector, _ := graph.Find(w.ws.Vocab.Sectors, a.Sector)
		w.status.SetText(a.Name + " · " + sector.Label(w.lang))
	} else {
		w.updateStatus()
	}
}

// AddActor adds an actor at the centre of the visible map and returns it.
func (w *MainWindow) AddActor(name, sector string) (*graph.Actor, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return nil, fmt.Errorf("%s", lang.L("The actor needs a name."))
	}
	if _, ok := graph.Find(w.ws.Vocab.Sectors, sector); !ok {
		return nil, fmt.Errorf("%s: %q", lang.L("Unknown sector"), sector)
	}
	size := w.Map.Size()
	x, y := w.Map.ToWorld(fyne.NewPos(size.Width/2, size.Height/2))
	// Step aside from actors already at the centre, so that nothing hides.
	for step := 0; step < 50 && w.occupied(x, y); step++ {
		x += 40
		y += 25
	}
	a := &graph.Actor{ID: w.ws.NewActorID(name), Name: name, Sector: sector, Status: graph.StatusMember, X: x, Y: y}
	w.ws.Actors = append(w.ws.Actors, a)
	w.changed(true)
	w.Map.Select(a.ID)
	w.selectActor(a.ID)
	return a, nil
}

func (w *MainWindow) occupied(x, y float64) bool {
	for _, a := range w.ws.Actors {
		if (a.X-x)*(a.X-x)+(a.Y-y)*(a.Y-y) < 60*60 {
			return true
		}
	}
	return false
}

// AddTie adds a tie of the kind between two actors; its direction follows
// the kind (DOMAIN.md), its strength is medium.
func (w *MainWindow) AddTie(from, to, kind string) (*graph.Tie, error) {
	if w.ws.Actor(from) == nil || w.ws.Actor(to) == nil {
		return nil, fmt.Errorf("%s", lang.L("Choose two actors."))
	}
	if from == to {
		return nil, fmt.Errorf("%s", lang.L("A tie needs two different actors."))
	}
	k, ok := graph.Find(w.ws.Vocab.TieKinds, kind)
	if !ok {
		return nil, fmt.Errorf("%s: %q", lang.L("Unknown tie kind"), kind)
	}
	t := &graph.Tie{ID: w.ws.NewTieID(), From: from, To: to, Kind: kind, Directed: k.Direction == "directed",
		Strength: 2, Status: graph.TieExisting}
	w.ws.Ties = append(w.ws.Ties, t)
	w.changed(true)
	return t, nil
}

// changed marks the workspace edited; structural changes rerun the analysis.
func (w *MainWindow) changed(structure bool) {
	w.dirty = true
	w.updateTitle()
	w.Map.Refresh()
	if structure {
		w.refreshAnalysis()
	}
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
	text := lang.L("{{.Actors}} actors · {{.Ties}} ties", map[string]any{"Actors": len(w.ws.Actors), "Ties": len(w.ws.Ties)})
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
	w.Map.SetNetwork(&ws.Network)
	w.updateTitle()
	w.refreshAnalysis()
}

// Save writes the workspace to its file, asking for one the first time.
func (w *MainWindow) save() {
	if w.path == "" {
		w.saveAsDialog()
		return
	}
	if err := w.SaveAs(w.path); err != nil {
		w.showError(lang.L("Could not save the file."), err)
	}
}

// SaveAs writes the workspace to path atomically and makes it the
// workspace's file.
func (w *MainWindow) SaveAs(path string) error {
	if !strings.EqualFold(filepath.Ext(path), workshop.Extension) {
		path += workshop.Extension
	}
	if err := w.ws.Save(path); err != nil {
		return err
	}
	w.path, w.dirty = path, false
	w.updateTitle()
	return nil
}

// Open reads a workspace or a ties table and shows it.
func (w *MainWindow) Open(path string) error {
	if strings.EqualFold(filepath.Ext(path), workshop.Extension) {
		ws, err := workshop.Load(path)
		if err != nil {
			return err
		}
		w.SetWorkspace(ws, path)
		return nil
	}
	n, err := export.ReadFile(path)
	if err != nil {
		return err
	}
	ws := workshop.New(strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)))
	ws.Network = *n
	w.SetWorkspace(ws, "")
	w.dirty = true
	w.updateTitle()
	return nil
}

func (w *MainWindow) showError(lead string, err error) {
	dialog.ShowError(fmt.Errorf("%s\n\n%v", lead, err), w.Window)
}

func (w *MainWindow) confirmClose() {
	if !w.dirty {
		w.Window.Close()
		return
	}
	dialog.ShowConfirm(lang.L("Unsaved changes"), lang.L("Close without saving the changes?"), func(ok bool) {
		if ok {
			w.Window.Close()
		}
	}, w.Window)
}
