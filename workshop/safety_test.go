package workshop

import (
	"errors"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/verkostokartta/verkostokartta/graph"
)

func TestSaveCheckedRefusesAChangedFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "jaettu.verkosto")
	ws := tiny()
	stamp, err := ws.SaveChecked(path, Stamp{})
	if err != nil || !stamp.Exists {
		t.Fatalf("first save: %v %+v", err, stamp)
	}
	// A colleague saves the same file from another computer.
	other := tiny()
	other.Name = "Kollegan versio"
	if err := other.Save(path); err != nil {
		t.Fatal(err)
	}
	ws.Name = "Minun versioni"
	_, err = ws.SaveChecked(path, stamp)
	if !errors.Is(err, ErrChangedOnDisk) {
		t.Fatalf("saving over a changed file: %v", err)
	}
	if got, _ := Load(path); got.Name != "Kollegan versio" {
		t.Errorf("the colleague's file was overwritten: %q", got.Name)
	}
	// After reloading, saving works again.
	fresh, _ := StampOf(path)
	if _, err := ws.SaveChecked(path, fresh); err != nil {
		t.Errorf("save with a fresh stamp: %v", err)
	}
	// A file that was deleted meanwhile is a change too.
	stamp, _ = StampOf(path)
	os.Remove(path)
	if _, err := ws.SaveChecked(path, stamp); !errors.Is(err, ErrChangedOnDisk) {
		t.Errorf("file deleted meanwhile: %v", err)
	}
}

func TestRecovery(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	path := filepath.Join(t.TempDir(), "kartta.verkosto")
	ws := tiny()
	if err := ws.Save(path); err != nil {
		t.Fatal(err)
	}
	if _, _, ok := Recovery(path); ok {
		t.Fatal("a recovery file before any autosave")
	}
	time.Sleep(10 * time.Millisecond)
	ws.Actors = append(ws.Actors, &graph.Actor{ID: "c", Name: "Uusi toimija", Sector: "ngo"})
	if err := ws.Autosave(path); err != nil {
		t.Fatal(err)
	}
	rec, _, ok := Recovery(path)
	if !ok {
		t.Fatal("no recovery file after autosave")
	}
	got, err := Load(rec)
	if err != nil || len(got.Actors) != 3 {
		t.Fatalf("recovery holds %v, %v", got, err)
	}
	// Saving the file makes it newer than the recovery: nothing to offer.
	time.Sleep(10 * time.Millisecond)
	ws.Save(path)
	if _, _, ok := Recovery(path); ok {
		t.Error("a recovery file older than the saved file is offered")
	}
	if err := DiscardRecovery(path); err != nil {
		t.Error(err)
	}
	// An unsaved workspace has its own recovery file.
	ws.Autosave("")
	if _, _, ok := Recovery(""); !ok {
		t.Error("no recovery for an unsaved workspace")
	}
}

// TestSaveSurvivesKill kills a process in the middle of saving, many times
// at random moments: the file always loads, with the old or the new
// content, never a mix.
func TestSaveSurvivesKill(t *testing.T) {
	if path := os.Getenv("VERKOSTOKARTTA_SAVE_LOOP"); path != "" {
		saveLoop(path)
		return
	}
	if testing.Short() {
		t.Skip("kills processes")
	}
	path := filepath.Join(t.TempDir(), "kartta.verkosto")
	a, b := bigWorkspace("A", 50), bigWorkspace("B", 3000)
	if err := a.Save(path); err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	seenB := false
	for i := 0; i < 40; i++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestSaveSurvivesKill$")
		cmd.Env = append(os.Environ(), "VERKOSTOKARTTA_SAVE_LOOP="+path)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(20+rng.IntN(200)) * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		ws, err := Load(path)
		if err != nil {
			t.Fatalf("kill %d: the file does not load: %v", i+1, err)
		}
		switch ws.Name {
		case "A":
			if len(ws.Actors) != len(a.Actors) {
				t.Fatalf("kill %d: A with %d actors", i+1, len(ws.Actors))
			}
		case "B":
			seenB = true
			if len(ws.Actors) != len(b.Actors) {
				t.Fatalf("kill %d: B with %d actors", i+1, len(ws.Actors))
			}
		default:
			t.Fatalf("kill %d: unexpected content %q", i+1, ws.Name)
		}
		if entries, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".*tmp*")); len(entries) > 0 {
			for _, e := range entries {
				os.Remove(e) // a killed save may leave its temporary file; never the document
			}
		}
	}
	if !seenB {
		t.Error("no save ever completed: the test did not exercise anything")
	}
}

func saveLoop(path string) {
	a, b := bigWorkspace("A", 50), bigWorkspace("B", 3000)
	for i := 0; ; i++ {
		ws := a
		if i%2 == 0 {
			ws = b
		}
		ws.Save(path)
	}
}

func bigWorkspace(name string, actors int) *Workspace {
	ws := New(name)
	for i := 0; i < actors; i++ {
		ws.Actors = append(ws.Actors, &graph.Actor{ID: "a" + string(rune('0'+i%10)) + "-" + itoa(i), Name: "Toimija " + itoa(i), Sector: "ngo", Notes: "Pitkä muistiinpano, jotta tallennus kestää hetken."})
	}
	return ws
}

func itoa(i int) string { return strconv.Itoa(i) }
