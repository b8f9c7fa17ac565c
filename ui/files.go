package ui

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"

	"github.com/verkostokartta/verkostokartta/export"
	"github.com/verkostokartta/verkostokartta/graph"
	"github.com/verkostokartta/verkostokartta/workshop"
)

// SaveAs writes the workspace to path atomically (workshop.Save) and makes
// it the workspace's file; ".verkosto" is added when missing.
func (w *MainWindow) SaveAs(path string) error {
	if !strings.EqualFold(filepath.Ext(path), workshop.Extension) {
		path += workshop.Extension
	}
	if err := w.ws.Save(path); err != nil {
		return err
	}
	w.saved(path)
	return nil
}

// Open reads a workspace, or a network in a foreign format (ties table,
// Excel, GraphML, GEXF) as a new unsaved workspace, and shows it. On error
// the workspace shown stays.
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
	if _, err := export.PlaceIfUnplaced(context.Background(), n); err != nil {
		return err
	}
	ws := workshop.New(strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)))
	vocab := ws.Vocab
	ws.Network = *n
	if len(ws.Vocab.Sectors) == 0 {
		ws.Vocab = vocab
	}
	w.SetWorkspace(ws, "")
	w.dirty = true
	w.updateTitle()
	return nil
}

// save writes the workspace to its file, asking for one the first time.
func (w *MainWindow) save() {
	if w.path == "" {
		w.saveAsDialog()
		return
	}
	w.writeChecked()
}

func (w *MainWindow) openDialog() {
	open := func() {
		d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
			if err != nil {
				w.showError(lang.L("Could not open the file."), err)
				return
			}
			if r == nil {
				return // cancelled
			}
			path := r.URI().Path()
			r.Close()
			if err := w.Open(path); err != nil {
				w.showError(lang.L("Could not open the file."), err)
			}
		}, w.Window)
		d.SetFilter(storage.NewExtensionFileFilter(append([]string{workshop.Extension}, export.Formats...)))
		w.startIn(d)
		d.Show() // before Resize, which needs the shown dialog in Fyne 2.8.1
		d.Resize(w.dialogSize())
	}
	if !w.dirty {
		open()
		return
	}
	dialog.ShowConfirm(lang.L("Unsaved changes"), lang.L("Open another file without saving the changes?"), func(ok bool) {
		if ok {
			open()
		}
	}, w.Window)
}

// saveAsDialog asks for a file name. Fyne's dialog hands over an opened
// (created) file; it is closed at once and the workspace written
// atomically by workshop.Save instead.
func (w *MainWindow) saveAsDialog() {
	d := dialog.NewFileSave(func(wr fyne.URIWriteCloser, err error) {
		if err != nil {
			w.showError(lang.L("Could not save the file."), err)
			return
		}
		if wr == nil {
			return // cancelled
		}
		path := wr.URI().Path()
		wr.Close()
		if err := w.SaveAs(path); err != nil {
			w.showError(lang.L("Could not save the file."), err)
		}
	}, w.Window)
	d.SetFilter(storage.NewExtensionFileFilter([]string{workshop.Extension}))
	name := graph.Slug(w.ws.Name)
	if w.path != "" {
		name = strings.TrimSuffix(filepath.Base(w.path), filepath.Ext(w.path))
	}
	if name == "" {
		name = "verkostokartta"
	}
	d.SetFileName(name + workshop.Extension)
	w.startIn(d)
	d.Show()
	d.Resize(w.dialogSize())
}

// startIn opens a file dialog in the folder of the workspace's file.
func (w *MainWindow) startIn(d *dialog.FileDialog) {
	if w.path == "" {
		return
	}
	if dir, err := storage.ListerForURI(storage.NewFileURI(filepath.Dir(w.path))); err == nil {
		d.SetLocation(dir)
	}
}

// dialogSize is most of the window, so that long Finnish file names fit.
func (w *MainWindow) dialogSize() fyne.Size {
	s := w.Window.Canvas().Size()
	return fyne.NewSize(max(700, s.Width*0.7), max(500, s.Height*0.75))
}

// showError shows a translated lead and the error, which names the file
// and the line or field (workshop.FileError, export's errors).
func (w *MainWindow) showError(lead string, err error) {
	dialog.ShowError(fmt.Errorf("%s\n\n%v", lead, err), w.Window)
}
