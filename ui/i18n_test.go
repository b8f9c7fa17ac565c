package ui

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"github.com/verkostokartta/verkostokartta/export"
	"github.com/verkostokartta/verkostokartta/graph"
	"github.com/verkostokartta/verkostokartta/workshop"
)

func TestLanguage(t *testing.T) {
	for _, c := range []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{}, "fi"},
		{map[string]string{"LANG": "C"}, "fi"},
		{map[string]string{"LANG": "C.UTF-8"}, "fi"},
		{map[string]string{"LANG": "de_DE.UTF-8"}, "fi"},
		{map[string]string{"LANG": "fi_FI.UTF-8"}, "fi"},
		{map[string]string{"LANG": "sv_FI.UTF-8"}, "sv"},
		{map[string]string{"LANG": "en_GB.UTF-8"}, "en"},
		{map[string]string{"LANG": "en_US.UTF-8", "LANGUAGE": "fi:en"}, "fi"},
		{map[string]string{"LANG": "fi_FI.UTF-8", "LC_ALL": "sv_SE.UTF-8"}, "sv"},
	} {
		clearLocale(t)
		for k, v := range c.env {
			t.Setenv(k, v)
		}
		if got := Language(); got != c.want {
			t.Errorf("%v: %q, want %q", c.env, got, c.want)
		}
	}
}

// With LC_ALL=C Fyne's locale lookup ignores LANGUAGE and falls back to
// English; the window must still be Finnish, Fyne's dialogs included.
func TestFinnishUnderCLocale(t *testing.T) {
	clearLocale(t)
	t.Setenv("LC_ALL", "C")
	w := NewMainWindow(test.NewTempApp(t), chain(), "")
	defer w.Window.Close()
	if got := lang.L("Cancel"); got != "Peruuta" {
		t.Errorf("Fyne's Cancel is %q", got)
	}
	if buttons(w)["Avaa"] == nil {
		t.Error("the toolbar is not Finnish")
	}
}

func TestSwedish(t *testing.T) {
	clearLocale(t)
	t.Setenv("LANG", "sv_FI.UTF-8")
	w := NewMainWindow(test.NewTempApp(t), chain(), "")
	defer w.Window.Close()
	if buttons(w)["Öppna"] == nil || buttons(w)["Lägg till aktör"] == nil {
		t.Errorf("the toolbar is not Swedish: %v", buttons(w))
	}
	if r := w.table.Rows()[0]; r.Sector != "Välfärdsområde, social- och hälsovård" {
		t.Errorf("sector in %q", r.Sector)
	}
	clearLocale(t)
	setUpLanguage("fi") // leave Finnish for the other tests
}

func loadTranslations(t *testing.T, code string) map[string]any {
	t.Helper()
	data, err := translations.ReadFile("translations/" + code + ".json")
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]any{}
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatalf("%s.json: %v", code, err)
	}
	return m
}

// Every key has a Finnish, Swedish and English entry, and every string the
// code localises has a key.
func TestTranslationsAreComplete(t *testing.T) {
	fi, sv, en := loadTranslations(t, "fi"), loadTranslations(t, "sv"), loadTranslations(t, "en")
	for k := range fi {
		if _, ok := sv[k]; !ok {
			t.Errorf("sv.json lacks %q", k)
		}
		if _, ok := en[k]; !ok {
			t.Errorf("en.json lacks %q", k)
		}
	}
	if len(sv) != len(fi) || len(en) != len(fi) {
		t.Errorf("fi %d, sv %d, en %d keys", len(fi), len(sv), len(en))
	}
	re := regexp.MustCompile(`lang\.L\("([^"]+)"`)
	files, _ := filepath.Glob("*.go")
	for _, f := range files {
		src, _ := os.ReadFile(f)
		for _, m := range re.FindAllStringSubmatch(string(src), -1) {
			if _, ok := fi[m[1]]; !ok {
				t.Errorf("%s: %q has no translation", f, m[1])
			}
		}
	}
}

// fyneKeys are the strings of Fyne v2.8.1's own widgets and dialogs
// (lang/translations/base.en.json), which Fyne does not translate into
// Finnish.
var fyneKeys = []string{
	"Advanced", "Cancel", "Confirm", "Copy", "Create Folder", "Cut", "Enter filename", "Error",
	"Favourites", "File", "Folder", "New Folder", "No", "OK", "Open", "Paste", "Quit", "Redo",
	"Save", "Select all", "Show Hidden Files", "Undo", "Yes", "file.name", "file.parent",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"monday.short", "tuesday.short", "wednesday.short", "thursday.short", "friday.short",
	"saturday.short", "sunday.short",
}

func TestFyneStringsTranslated(t *testing.T) {
	fi, sv := loadTranslations(t, "fi"), loadTranslations(t, "sv")
	for _, k := range fyneKeys {
		if v, ok := fi[k]; !ok || v == k && k != "OK" {
			t.Errorf("fi.json: Fyne's %q is %v", k, v)
		}
		if _, ok := sv[k]; !ok {
			t.Errorf("sv.json lacks Fyne's %q", k)
		}
	}
	clearLocale(t)
	setUpLanguage("fi")
	for key, want := range map[string]string{"Save": "Tallenna", "Create Folder": "Luo kansio", "Show Hidden Files": "Näytä piilotiedostot"} {
		if got := lang.L(key); got != want {
			t.Errorf("lang.L(%q) = %q, want %q", key, got, want)
		}
	}
	// The file dialog's title is Open/Save + " " + File.
	if got := lang.L("Open") + " " + lang.L("File"); got != "Avaa tiedosto" {
		t.Errorf("file dialog title %q", got)
	}
	if got := lang.X("file.name", "Name"); got != "Nimi" {
		t.Errorf("file.name %q", got)
	}
}

// Every code of the fixed lists the UI shows by word() has a translation.
func TestCodeWordsTranslated(t *testing.T) {
	fi, sv, en := loadTranslations(t, "fi"), loadTranslations(t, "sv"), loadTranslations(t, "en")
	lists := map[string][]string{
		"status": graph.MembershipStatuses, "tie": graph.TieStatuses, "group": graph.GroupKinds,
		"mode": graph.ServiceModes, "layout": export.Layouts[1:], "action": workshop.ActionStatuses,
	}
	for kind, codes := range lists {
		for _, c := range codes {
			key := kind + "." + c
			if fi[key] == "" || sv[key] == "" || en[key] == "" || fi[key] == key {
				t.Errorf("%s: fi %q sv %q en %q", key, fi[key], sv[key], en[key])
			}
		}
	}
}
