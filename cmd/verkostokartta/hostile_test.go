package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHostileInputs: each file gets exit 2 and a message naming it; none
// panics, hangs or eats memory (the readers' limits keep it bounded).
func TestHostileInputs(t *testing.T) {
	dir := t.TempDir()
	sample := filepath.Join(dir, "s.verkosto")
	call(t, "sample", "-o", sample)
	good, _ := os.ReadFile(sample)
	random := make([]byte, 4096)
	for i := range random {
		random[i] = byte(i*7919 + i*i)
	}
	bomb, err := os.ReadFile("../../testdata/hostile/bomb.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	deep := strings.Repeat("[", 200_000) + strings.Repeat("]", 200_000)
	files := map[string]struct {
		content string
		want    string
	}{
		"empty.verkosto":     {"", "ends too early"},
		"empty.csv":          {"", "the file is empty"},
		"random.verkosto":    {string(random), "invalid JSON"},
		"random.csv":         {string(random), ""},
		"random.xlsx":        {string(random), "not a readable Excel workbook"},
		"random.graphml":     {string(random), "invalid XML"},
		"truncated.verkosto": {string(good[:len(good)*2/3]), "ends too early"},
		"dangling.verkosto":  {strings.Replace(string(good), `"to": "mikkeli"`, `"to": "atlantis"`, 1), `unknown actor "atlantis"`},
		"bomb.xlsx":          {string(bomb), "unzip size exceeds"},
		"lol.graphml": {`<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><graphml><graph><node id="&b;"/></graph></graphml>`,
			"invalid XML"},
		"field.csv":      {"from,to\n" + strings.Repeat("ä", 10<<20) + ",b\n", "more than 32767 characters"},
		"deep.verkosto":  {deep, "invalid JSON"},
		"deep.graphml":   {strings.Repeat("<a>", 200_000), "invalid XML"},
		"newer.verkosto": {strings.Replace(string(good), `"version": 1`, `"version": 7`, 1), "newer version of Verkostokartta"},
	}
	for name, f := range files {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(f.content), 0o644); err != nil {
			t.Fatal(err)
		}
		code, _, errs, _ := call(t, "analyze", "--json", path)
		if code != exitBad || !strings.Contains(errs, path) || !strings.Contains(errs, f.want) {
			t.Errorf("%s: exit %d, stderr %.300q; want 2, the file and %q", name, code, errs, f.want)
		}
		if strings.Contains(errs, "panic") || strings.Contains(errs, "goroutine") {
			t.Errorf("%s: %s", name, errs)
		}
	}
	// A file from a newer version is never rewritten.
	newer := filepath.Join(dir, "newer.verkosto")
	before, _ := os.ReadFile(newer)
	call(t, "convert", "-o", newer+".xlsx", newer)
	if after, _ := os.ReadFile(newer); string(after) != string(before) {
		t.Error("the newer file changed")
	}
}
