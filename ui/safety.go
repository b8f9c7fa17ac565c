package ui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"github.com/verkostokartta/verkostokartta/workshop"
)

// Work is never lost: the workspace is autosaved to a recovery file while
// it has unsaved changes, the next start offers to restore it, and a save
// never silently overwrites a file that someone else changed meanwhile.

// autosaveInterval is how soon unsaved changes reach the recovery file:
// every edit is there within a few seconds. VERKOSTOKARTTA_AUTOSAVE
// (seconds) changes it, for tests.
func autosaveInterval() time.Duration {
	if s, err := strconv.Atoi(os.Getenv("VERKOSTOKARTTA_AUTOSAVE")); err == nil && s > 0 {
		return time.Duration(s) * time.Second
	}
	return 2 * time.Second
}

// startAutosave writes the recovery file every interval while there are
// unsaved changes that it does not hold yet. The encoding happens on the
// UI thread, where the workspace is edited; a few hundred actors take a
// millisecond.
func (w *MainWindow) startAutosave(every time.Duration) {
	go func() {
		for range time.Tick(every) {
			fyne.Do(w.autosave)
		}
	}()
}

// autosave writes the recovery file if there are edits it lacks.
func (w *MainWindow) autosave() {
	if !w.dirty || w.edits == w.autosaved {
		return
	}
	if err := w.writeRecovery(); err != nil {
		fyne.LogError("autosave", err)
	}
}

// writeRecovery writes the workspace to its recovery file and remembers
// it as the workspace edited last.
func (w *MainWindow) writeRecovery() error {
	if err := w.ws.Autosave(w.path); err != nil {
		return err
	}
	w.autosaved = w.edits
	w.app.Preferences().SetString(lastWorkspaceKey, w.path)
	return nil
}

// lastWorkspaceKey is the preference that names the file of the workspace
// last edited ("" for an unsaved one), so that a plain start can offer
// what a crash left of it.
const lastWorkspaceKey = "last-workspace"

// guard runs fn so that a panic in it does not end the program: the
// workspace goes to the recovery file first, then the user is told in
// their language. Every menu item, button, shortcut and dialog answer runs
// through it.
func (w *MainWindow) guard(fn func()) func() {
	if fn == nil {
		return nil
	}
	return func() {
		defer w.recoverPanic()
		fn()
	}
}

// recoverPanic, deferred, turns a panic into a saved recovery file and an
// error message.
func (w *MainWindow) recoverPanic() {
	r := recover()
	if r == nil {
		return
	}
	fyne.LogError("internal error", fmt.Errorf("%v\n%s", r, debug.Stack()))
	saved := w.writeRecovery() == nil
	msg := lang.L("An internal error stopped the action: {{.Err}}", map[string]any{"Err": fmt.Sprint(r)})
	if saved {
		msg += "\n\n" + lang.L("Your work is safe: it was written to the recovery file, and the next start offers it if needed.")
	}
	dialog.ShowError(errors.New(msg), w.Window)
}

// offerRecovery asks, when a session ended with unsaved changes to the
// workspace shown (opened from the command line, the menu or the recent
// files), whether to restore them. On a plain start on the sample it
// looks for the workspace edited last instead, saved or not.
func (w *MainWindow) offerRecovery() {
	candidates := []string{w.path}
	if w.path == "" {
		if last := w.app.Preferences().String(lastWorkspaceKey); last != "" {
			candidates = []string{last, ""}
		}
	}
	var rec, path string
	var when time.Time
	for _, p := range candidates {
		if r, t, ok := workshop.Recovery(p); ok && (rec == "" || t.After(when)) {
			rec, when, path = r, t, p
		}
	}
	if rec == "" {
		return
	}
	ws, err := workshop.Load(rec)
	if err != nil {
		fyne.LogError("recovery file", err)
		return
	}
	name := ws.Name
	if path != "" {
		name = filepath.Base(path)
	}
	msg := lang.L("The last session ended without saving {{.File}}. Restore the changes autosaved at {{.Time}}?",
		map[string]any{"File": name, "Time": when.Format("2.1.2006 15.04")})
	d := dialog.NewConfirm(lang.L("Restore unsaved changes"), msg, w.guardBool(func(ok bool) {
		if !ok {
			// Declining destroys nothing (Enter alone can decline): the
			// recovery file stays until the next save or autosave
			// replaces it.
			return
		}
		w.SetWorkspace(ws, path)
		w.dirty = true
		w.edits++
		w.updateTitle()
	}), w.Window)
	d.SetConfirmText(lang.L("Restore"))
	d.SetDismissText(lang.L("Not now"))
	w.showDialog(d)
}

// guardBool is guard for a dialog's answer.
func (w *MainWindow) guardBool(fn func(bool)) func(bool) {
	return func(ok bool) {
		defer w.recoverPanic()
		fn(ok)
	}
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
	name := strings.TrimSuffix(filepath.Base(w.path), workshop.Extension)
	if name == "" || name == "." {
		name = "verkostokartta"
	}
	name += "-" + lang.L("anonymised") + workshop.Extension
	w.chooseFile(lang.L("Anonymised copy…"), lang.L("Save"), name, []string{workshop.Extension}, nil, func(path string) {
		if err := w.SaveAnonymisedCopy(path); err != nil {
			w.showFileError(lang.L("Could not save the file."), path, err)
		}
	})
}

// SaveAnonymisedCopy writes the workspace without personal data to path.
func (w *MainWindow) SaveAnonymisedCopy(path string) error {
	if !strings.EqualFold(filepath.Ext(path), workshop.Extension) {
		path += workshop.Extension
	}
	return w.ws.WithoutPersonalData().Save(path)
}
