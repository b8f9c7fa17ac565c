package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/verkostokartta/verkostokartta/workshop"
)

// personalData lists the sample's contact names, emails and phones.
func personalData(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, a := range workshop.Sample().Actors {
		for _, c := range a.Contacts {
			out = append(out, c.Name, c.Email, c.Phone)
		}
	}
	if len(out) < 30 {
		t.Fatalf("only %d personal data items in the sample", len(out))
	}
	return out
}

// TestNoPersonalDataAnywhere writes every output the command line makes
// with --no-personal-data and searches each for the sample's people.
func TestNoPersonalDataAnywhere(t *testing.T) {
	dir := t.TempDir()
	ws := filepath.Join(dir, "s.verkosto")
	call(t, "sample", "-o", ws)
	people := personalData(t)
	var outputs []string
	for _, ext := range []string{".verkosto", ".json", ".csv", ".graphml", ".gexf", ".xlsx"} {
		out := filepath.Join(dir, "convert", "kartta"+ext)
		os.MkdirAll(filepath.Dir(out), 0o755)
		if code, _, errs, _ := call(t, "convert", "--no-personal-data", "-o", out, ws); code != exitOK {
			t.Fatalf("convert %s: %s", ext, errs)
		}
		if ext == ".xlsx" { // compressed: read it back to search it
			back := out + ".verkosto"
			call(t, "convert", "-o", back, out)
			outputs = append(outputs, back)
		}
	}
	files, _ := filepath.Glob(filepath.Join(dir, "convert", "*"))
	for _, f := range files {
		if !strings.HasSuffix(f, ".xlsx") {
			outputs = append(outputs, f)
		}
	}
	for _, ext := range []string{".svg", ".dot"} {
		out := filepath.Join(dir, "kartta"+ext)
		if code, _, errs, _ := call(t, "export", "--no-personal-data", "-o", out, ws); code != exitOK {
			t.Fatalf("export %s: %s", ext, errs)
		}
		outputs = append(outputs, out)
	}
	// The analysis never prints people, only contact IDs.
	_, analysis, _, _ := call(t, "analyze", "--json", ws)
	os.WriteFile(filepath.Join(dir, "analysis.json"), []byte(analysis), 0o644)
	outputs = append(outputs, filepath.Join(dir, "analysis.json"))

	if len(outputs) < 12 {
		t.Fatalf("only %d outputs searched", len(outputs))
	}
	for _, f := range outputs {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range people {
			if strings.Contains(string(data), p) {
				t.Errorf("%s contains %q", filepath.Base(f), p)
			}
		}
	}
	// Without the option the workspace keeps them (the test would notice a
	// sample without people).
	full, _ := os.ReadFile(ws)
	if !strings.Contains(string(full), people[1]) {
		t.Error("the workspace itself lost its contact emails")
	}
}
