package ui

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

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
		w.abandon()
		w.SetWorkspace(ws, path)
		w.offerRecovery()
		return nil
	}
	n, err := export.ReadFile(path)
	if err != nil {
		return err
	}
	if _, err := export.PlaceIfUnplaced(context.Background(), n); err != nil {
		return err
	}
	w.abandon()
	ws := workshop.New(strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)))
	vocab := ws.Vocab
	ws.Network = *n
	if len(ws.Vocab.Sectors) == 0 {
		ws.Vocab = vocab
	}
	w.SetWorkspace(ws, "")
	w.dirty = true
	w.edits++
	w.updateTitle()
	return nil
}

// abandon discards the recovery file of unsaved changes the user chose to
// leave (asked before another file opens), so that a later start does not
// offer them back.
func (w *MainWindow) abandon() {
	if w.dirty {
		workshop.DiscardRecovery(w.path)
	}
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
		w.showDialog(d, w.dialogSize())
	}
	if !w.dirty {
		open()
		return
	}
	w.showDialog(dialog.NewConfirm(lang.L("Unsaved changes"), lang.L("Open another file without saving the changes?"), w.guardBool(func(ok bool) {
		if ok {
			open()
		}
	}), w.Window))
}

// saveAsDialog asks for the file to save the workspace in.
func (w *MainWindow) saveAsDialog() {
	name := graph.Slug(w.ws.Name)
	if w.path != "" {
		name = strings.TrimSuffix(filepath.Base(w.path), filepath.Ext(w.path))
	}
	if name == "" {
		name = "verkostokartta"
	}
	w.chooseFile(lang.L("Save as"), lang.L("Save"), name+workshop.Extension, []string{workshop.Extension}, nil, func(path string) {
		if err := w.SaveAs(path); err != nil {
			w.showFileError(lang.L("Could not save the file."), path, err)
		}
	})
}

// chooseFile asks for a file to write. Its full path can be typed (a name
// alone goes to the folder shown, ~ is the home folder) or its folder
// chosen with Fyne's folder dialog, which, unlike its save dialog, creates
// no file before the user has confirmed. A missing extension of exts[0]
// is added, a missing folder is named in the user's language, and an
// existing file is overwritten only when the user says so. extra items
// (options) go below the file.
func (w *MainWindow) chooseFile(title, confirm, name string, exts []string, extra []*widget.FormItem, done func(path string)) *formDialog {
	file := newField()
	file.SetText(filepath.Join(w.defaultFolder(), name))
	browse := widget.NewButtonWithIcon(lang.L("Choose folder…"), theme.FolderOpenIcon(), func() {
		d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
			if err == nil && dir != nil {
				file.SetText(filepath.Join(dir.Path(), filepath.Base(file.Text)))
			}
		}, w.Window)
		if dir, err := storage.ListerForURI(storage.NewFileURI(filepath.Dir(w.resolvePath(file.Text, exts)))); err == nil {
			d.SetLocation(dir)
		}
		w.showDialog(d, w.dialogSize())
	})
	items := append([]*widget.FormItem{
		widget.NewFormItem(lang.L("File name"), file),
		widget.NewFormItem("", browse),
	}, extra...)
	var d *formDialog
	d = w.newFormDialogAs(title, confirm, items, func() bool { return strings.TrimSpace(file.Text) != "" }, func() {
		path := w.resolvePath(file.Text, exts)
		if !slices.Contains(exts, strings.ToLower(filepath.Ext(path))) {
			w.showError(lang.L("The file's extension picks the format: {{.F}}", map[string]any{"F": strings.Join(exts, " ")}),
				errors.New(path))
			return
		}
		dir := filepath.Dir(path)
		if st, err := os.Stat(dir); err != nil || !st.IsDir() {
			w.showError(lang.L("The file was not written."), errors.New(lang.L("There is no folder {{.Dir}}.", map[string]any{"Dir": dir})))
			return
		}
		if st, err := os.Stat(path); err == nil {
			if st.IsDir() {
				w.showError(lang.L("The file was not written."), errors.New(lang.L("{{.File}} is a folder.", map[string]any{"File": path})))
				return
			}
			q := dialog.NewConfirm(lang.L("Overwrite?"), lang.L("{{.File}} exists already. Replace it?", map[string]any{"File": path}),
				w.guardBool(func(ok bool) {
					if ok {
						done(path)
					}
				}), w.Window)
			q.SetConfirmText(lang.L("Replace"))
			q.SetDismissText(lang.L("Cancel"))
			w.showDialog(q)
			return
		}
		done(path)
	})
	d.Resize(fyne.NewSize(720, 0))
	d.Show()
	w.Window.Canvas().Focus(file)
	return d
}

// resolvePath turns what was typed as a file into a full path.
func (w *MainWindow) resolvePath(typed string, exts []string) string {
	p := strings.TrimSpace(typed)
	if home, err := os.UserHomeDir(); err == nil && (p == "~" || strings.HasPrefix(p, "~/") || strings.HasPrefix(p, `~\`)) {
		p = filepath.Join(home, p[1:])
	}
	if !filepath.IsAbs(p) {
		p = filepath.Join(w.defaultFolder(), p)
	}
	if filepath.Ext(p) == "" && len(exts) > 0 {
		p += exts[0]
	}
	return filepath.Clean(p)
}

// defaultFolder is the folder of the workspace's file, else the user's
// Documents folder, else the home folder.
func (w *MainWindow) defaultFolder() string {
	if w.path != "" {
		if abs, err := filepath.Abs(w.path); err == nil {
			return filepath.Dir(abs)
		}
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "."
	}
	for _, docs := range []string{"Documents", "Asiakirjat", "Tiedostot"} {
		if st, err := os.Stat(filepath.Join(home, docs)); err == nil && st.IsDir() {
			return filepath.Join(home, docs)
		}
	}
	return home
}

// showFileError shows a translated lead and, for the usual failures of the
// file system, the file and the reason in the user's language; other
// errors as they are (they name the file and the line or field).
func (w *MainWindow) showFileError(lead, path string, err error) {
	reason := ""
	switch {
	case errors.Is(err, fs.ErrNotExist):
		reason = lang.L("the file or its folder does not exist")
	case errors.Is(err, fs.ErrPermission):
		reason = lang.L("you have no permission to write there")
	case errors.Is(err, syscall.ENOSPC):
		reason = lang.L("the disk is full")
	case errors.Is(err, syscall.EROFS):
		reason = lang.L("the disk can only be read")
	case errors.Is(err, syscall.EISDIR):
		reason = lang.L("it is a folder")
	}
	if reason != "" {
		err = fmt.Errorf("%s: %s", path, reason)
	}
	w.showError(lead, err)
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
