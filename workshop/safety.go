package workshop

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// Stamp identifies the content of a file when it was opened or saved, so
// that a save can tell whether someone else has written the file since —
// shared drives are common in municipalities.
type Stamp struct {
	Exists bool
	Sum    [sha256.Size]byte
}

// StampOf reads the stamp of the file at path; a missing file has the
// zero stamp with Exists false.
func StampOf(path string) (Stamp, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return Stamp{}, nil
	}
	if err != nil {
		return Stamp{}, err
	}
	return Stamp{Exists: true, Sum: sha256.Sum256(data)}, nil
}

// ErrChangedOnDisk is returned by SaveChecked when the file is not what it
// was when opened or last saved.
var ErrChangedOnDisk = errors.New("the file has changed on disk since it was opened")

// SaveChecked saves like Save, but only if the file at path still has the
// stamp known (from Load or the previous save); otherwise it writes
// nothing and returns an error wrapping ErrChangedOnDisk. It returns the
// new stamp.
func (ws *Workspace) SaveChecked(path string, known Stamp) (Stamp, error) {
	now, err := StampOf(path)
	if err != nil {
		return known, &FileError{File: path, Err: err}
	}
	if now != known {
		return known, &FileError{File: path, Err: ErrChangedOnDisk}
	}
	if err := ws.Save(path); err != nil {
		return known, err
	}
	return StampOf(path)
}

// RecoveryDir is where autosaved copies wait to be restored after a crash:
// the user's cache folder, never next to the user's own file.
func RecoveryDir() (string, error) {
	base, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(base, "verkostokartta", "recovery"), nil
}

// RecoveryPath is the autosave file of the workspace saved at path ("" for
// an unsaved workspace).
func RecoveryPath(path string) (string, error) {
	dir, err := RecoveryDir()
	if err != nil {
		return "", err
	}
	key := "untitled"
	if path != "" {
		abs, err := filepath.Abs(path)
		if err != nil {
			abs = path
		}
		sum := sha256.Sum256([]byte(abs))
		key = hex.EncodeToString(sum[:8]) + "-" + filepath.Base(path)
	}
	return filepath.Join(dir, key+".recovery"+Extension), nil
}

// Autosave writes the workspace to its recovery file, atomically. The
// recovery file records where the workspace belongs in its name only; its
// content is an ordinary workspace.
func (ws *Workspace) Autosave(path string) error {
	rec, err := RecoveryPath(path)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(rec), 0o700); err != nil {
		return err
	}
	data, err := ws.Encode()
	if err != nil {
		return err
	}
	return WriteFileAtomic(rec, data)
}

// Recovery returns the recovery file of the workspace at path, with its
// time, if the last session left unsaved work: a recovery file whose
// content differs from the file's. (Saving and discarding remove the
// recovery file; contents, not times, decide, because file times are too
// coarse to order a save and an autosave made in the same moment.)
func Recovery(path string) (string, time.Time, bool) {
	rec, err := RecoveryPath(path)
	if err != nil {
		return "", time.Time{}, false
	}
	st, err := os.Stat(rec)
	if err != nil {
		return "", time.Time{}, false
	}
	if path != "" {
		saved, err1 := StampOf(path)
		recovered, err2 := StampOf(rec)
		if err1 == nil && err2 == nil && saved.Exists && saved.Sum == recovered.Sum {
			return "", time.Time{}, false
		}
	}
	return rec, st.ModTime(), true
}

// DiscardRecovery removes the recovery file of the workspace at path, after
// a save or when the user declines to restore it.
func DiscardRecovery(path string) error {
	rec, err := RecoveryPath(path)
	if err != nil {
		return err
	}
	if err := os.Remove(rec); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("%s: %w", rec, err)
	}
	return nil
}
