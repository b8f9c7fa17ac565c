package workshop

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/verkostokartta/verkostokartta/graph"
)

func tiny() *Workspace {
	ws := New("Testiverkosto")
	ws.Actors = []*graph.Actor{
		{ID: "a", Name: "Mäntyharjun kunta", Sector: "municipality", X: 10, Y: 20},
		{ID: "b", Name: "Essote", Sector: "sote", Contacts: []graph.Contact{{ID: "p1", Name: "Maija Esimerkki", Role: "koordinaattori"}}},
	}
	ws.Ties = []*graph.Tie{{ID: "t1", From: "a", To: "b", Kind: "joint", Strength: 2, Contacts: []string{"p1"}}}
	return ws
}

func TestSaveAndLoad(t *testing.T) {
	path := filepath.Join(t.TempDir(), "verkosto.verkosto")
	ws := tiny()
	if err := ws.Save(path); err != nil {
		t.Fatal(err)
	}
	got, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if got.Name != "Testiverkosto" || len(got.Actors) != 2 || got.Actors[0].Name != "Mäntyharjun kunta" || got.Actors[0].Y != 20 || got.Ties[0].Contacts[0] != "p1" {
		t.Errorf("loaded %+v", got)
	}
	if _, err := os.Stat(BackupPath(path)); !os.IsNotExist(err) {
		t.Error("first save made a backup of nothing")
	}

	ws.Name = "Toinen versio"
	if err := ws.Save(path); err != nil {
		t.Fatal(err)
	}
	backup, err := Load(BackupPath(path))
	if err != nil || backup.Name != "Testiverkosto" {
		t.Errorf("backup holds %v, %v; want the previous version", backup, err)
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 2 {
		t.Errorf("folder holds %d files, want the file and its backup (no temporary files left)", len(entries))
	}
}

func TestLoadErrors(t *testing.T) {
	good, err := tiny().Encode()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	cases := []struct {
		name, content string
		want          []string
	}{
		{"truncated", string(good[:len(good)/2]), []string{"truncated.verkosto:", "ends too early"}},
		{"garbage", "{\"format\": \"verkostokartta-workspace\", \"version\": 1,\n \"actors\": [}\n", []string{"garbage.verkosto:2:", "invalid JSON"}},
		{"binary", "\x00\x01PK\x03\x04", []string{"binary.verkosto:1:1", "invalid JSON"}},
		{"empty", "", []string{"empty.verkosto", "ends too early"}},
		{"other", `{"format": "something-else", "version": 1}`, []string{"other.verkosto: format:", "not a Verkostokartta workspace"}},
		{"newer", `{"format": "verkostokartta-workspace", "version": 99}`, []string{"newer.verkosto: version:", "newer version"}},
		{"typed", strings.Replace(string(good), `"strength": 2`, `"strength": "vahva"`, 1), []string{"typed.verkosto:", "ties.strength", "expected int"}},
		{"unknown", strings.Replace(string(good), `"name": "Testiverkosto"`, `"name": "Testiverkosto", "colour": "red"`, 1), []string{"unknown.verkosto", `unknown field "colour"`}},
		{"invalid", strings.Replace(string(good), `"sector": "sote"`, `"sector": "hospital"`, 1), []string{"invalid.verkosto: actors[1].sector: unknown sector \"hospital\""}},
		{"dangling", strings.Replace(string(good), `"to": "b"`, `"to": "zz"`, 1), []string{"dangling.verkosto: ties[0].to: unknown actor \"zz\""}},
	}
	for _, c := range cases {
		path := filepath.Join(dir, c.name+".verkosto")
		if err := os.WriteFile(path, []byte(c.content), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := Load(path)
		if err == nil {
			t.Errorf("%s: loaded without error", c.name)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(err.Error(), filepath.Join(dir, "")) || !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error %q does not contain %q", c.name, err, w)
			}
		}
	}
	if _, err := Load(filepath.Join(dir, "missing.verkosto")); err == nil || !strings.Contains(err.Error(), "missing.verkosto") {
		t.Errorf("missing file: %v", err)
	}
	var fe *FileError
	_, err = Decode([]byte(`{"format": "verkostokartta-workspace", "version": 7}`), "x")
	if !errors.As(err, &fe) || !errors.Is(err, ErrNewerVersion) {
		t.Errorf("newer version error is not a FileError wrapping ErrNewerVersion: %v", err)
	}
}

func TestManyValidationErrorsAreListed(t *testing.T) {
	ws := tiny()
	for i := 0; i < 15; i++ {
		ws.Ties = append(ws.Ties, &graph.Tie{ID: "t1", From: "a", To: "b", Kind: "joint", Strength: 1})
	}
	data, _ := ws.Encode()
	_, err := Decode(data, "many.verkosto")
	if err == nil || !strings.Contains(err.Error(), "ties[1].id: duplicate id") || !strings.Contains(err.Error(), "and 5 more problems") {
		t.Errorf("error %v", err)
	}
}

// The first version of the format must load for ever: this file was
// written by version 1 and is never regenerated.
func TestVersion1FixtureLoads(t *testing.T) {
	ws, err := Load("../testdata/workspace-v1.verkosto")
	if err != nil {
		t.Fatal(err)
	}
	if ws.Version != 1 || len(ws.Actors) != 30 || len(ws.Groups) != 4 || ws.Actor("essote") == nil {
		t.Errorf("version %d, %d actors, %d groups", ws.Version, len(ws.Actors), len(ws.Groups))
	}
}
