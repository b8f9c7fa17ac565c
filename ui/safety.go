package ui

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"

	"github.com/verkostokartta/verkostokartta/workshop"
)

// Work is never lost: the workspace is autosaved to a recovery file while
// it has unsaved changes, the next start offers to restore it, and a save
// never silently overwrites a file that someone else changed meanwhile.

// autosaveInterval is how often unsaved changes go to the recovery file;
// VERKOSTOKARTTA_AUTOSAVE (seconds) changes it, for tests.
func autosaveInterval() time.Duration {
	if s, err := strconv.Atoi(os.Getenv("VERKOSTOKARTTA_AUTOSAVE")); err == nil && s > 0 {
		return time.Duration(s) * time.Second
	}
	return 30 * time.Second
}

// startAutosave writes the recovery file every interval while there are
// unsaved changes. The encoding happens on the UI thread, where the
// workspace is edited; a few hundred actors take a millisecond.
func (w *MainWindow) startAutosave(every time.Duration) {
	go func() {
		for range time.Tick(every) {
			fyne.Do(func() {
				if !w.dirty {
					return
				}
				if err := w.ws.Autosave(w.path); err != nil {
					fyne.LogError("autosave", err)
				}
			})
		}
	}()
}

// offerRecovery asks, when the last session ended with unsaved changes,
// whether to restore them.
func (w *MainWindow) offerRecovery() {
	rec, when, ok := workshop.Recovery(w.path)
	if !ok {
		return
	}
	ws, err := workshop.Load(rec)
	if err != nil {
		fyne.LogError("recovery file", err)
		return
	}
	msg := lang.L("The last session ended without saving. Restore the changes autosaved at {{.Time}}?",
		map[string]any{"Time": when.Format("2.1.2006 15.04")})
	d := dialog.NewConfirm(lang.L("Restore unsaved changes"), msg, func(ok bool) {
		if !ok {
			// Declining destroys nothing (Enter alone can decline): the
			// recovery file stays until the next save or autosave
			// replaces it.
			return
		}
		path := w.path
		w.SetWorkspace(ws, path)
		w.dirty = true
		w.updateTitle()
	}, w.Window)
	d.SetConfirmText(lang.L("Restore"))
	d.SetDismissText(lang.L("Not now"))
	d.Show()
}

// saved records a successful save of the workspace to path.
func (w *MainWindow) saved(path string) {
	if w.path == "" {
		workshop.DiscardRecovery("")
	}
	w.path, w.dirty = path, false
	if s, err := workshop.StampOf(path); err == nil {
		w.stamp = s
	}
	workshop.DiscardRecovery(path)
	w.updateTitle()
	w.remember(path)
}

// writeChecked saves to the workspace's own file unless someone changed
// it since it was opened or saved; then it asks whether to overwrite
// their changes or save under another name.
func (w *MainWindow) writeChecked() {
	_, err := w.ws.SaveChecked(w.path, w.stamp)
	switch {
	case err == nil:
		w.saved(w.path)
	case errors.Is(err, workshop.ErrChangedOnDisk):
		d := dialog.NewConfirm(lang.L("The file has changed"),
			lang.L("Someone has changed {{.File}} since you opened it. Overwrite their changes with yours?",
				map[string]any{"File": filepath.Base(w.path)}), func(overwrite bool) {
				if !overwrite {
					w.saveAsDialog()
					return
				}
				if err := w.ws.Save(w.path); err != nil {
					w.showError(lang.L("Could not save the file."), err)
					return
				}
				w.saved(w.path)
			}, w.Window)
		d.SetConfirmText(lang.L("Overwrite"))
		d.SetDismissText(lang.L("Save as"))
		d.Show()
	default:
		w.showError(lang.L("Could not save the file."), err)
	}
}

// anonymisedCopyDialog saves a copy without contact persons' names,
// emails and phones (roles stay) — what seed 003 asks after the annual
// report. The open workspace and its file are not touched.
func (w *MainWindow) anonymisedCopyDialog() {
	d := dialog.NewFileSave(func(wr fyne.URIWriteCloser, err error) {
		if err != nil {
			w.showError(lang.L("Could not save the file."), err)
			return
		}
		if wr == nil {
			return
		}
		path := wr.URI().Path()
		wr.Close()
		if err := w.SaveAnonymisedCopy(path); err != nil {
			w.showError(lang.L("Could not save the file."), err)
		}
	}, w.Window)
	d.SetFilter(storage.NewExtensionFileFilter([]string{workshop.Extension}))
	name := strings.TrimSuffix(filepath.Base(w.path), workshop.Extension)
	if name == "" || name == "." {
		name = "verkostokartta"
	}
	d.SetFileName(name + "-" + lang.L("anonymised") + workshop.Extension)
	w.startIn(d)
	d.Show()
	d.Resize(w.dialogSize())
}

// SaveAnonymisedCopy writes the workspace without personal data to path.
func (w *MainWindow) SaveAnonymisedCopy(path string) error {
	if !strings.EqualFold(filepath.Ext(path), workshop.Extension) {
		path += workshop.Extension
	}
	return w.ws.WithoutPersonalData().Save(path)
}
