package main

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/verkostokartta/verkostokartta/export"
	"github.com/verkostokartta/verkostokartta/graph"
	"github.com/verkostokartta/verkostokartta/ui"
	"github.com/verkostokartta/verkostokartta/workshop"
)

// The memo of the sample carries its key figures, as analyze computes
// them, and its findings.
func TestReportOfTheSample(t *testing.T) {
	reportDate = func() time.Time { return time.Date(2025, 11, 20, 12, 0, 0, 0, time.UTC) }
	t.Cleanup(func() { reportDate = time.Now })
	in := sample(t)
	ws, err := workshop.Load(in)
	if err != nil {
		t.Fatal(err)
	}
	a := graph.Analyze(&ws.Network, graph.AnalysisOptions{Rules: ws.Rules})
	failed := 0
	for _, r := range a.Rules {
		if !r.Passed() {
			failed++
		}
	}
	// The figures as the summary of analyze prints them (30 actors, 53
	// ties, 46 pairs, density 0.106, 2 components, modularity 0.445 in 5
	// communities), with Finnish decimal commas.
	figures := []string{
		"Toimijoita", "30", "Yhteyksiä", "53", "Toimijapareja, joilla yhteys", "46", "Tiheys", "0,106",
		"Erillisiä osia", "Yhteisöjä (modulaarisuus)", "5 (Q = 0,445)",
		"Katkoskohtia", fmt.Sprint(len(a.CutPoints)), "Päällekkäisyyksiä", fmt.Sprint(len(a.Overlaps)),
		fmt.Sprintf("%d / %d", len(a.EmptyCells), len(a.Coverage.Tasks)*len(a.Coverage.Municipalities)),
		fmt.Sprintf("%d / %d", failed, len(a.Rules)),
	}
	findings := []string{
		"Etelä-Savon perhekeskusverkosto (esimerkki)", "Työpajamuistio · 20.11.2025 · Etelä-Savo",
		"Keskeisimmät välittäjät", "Essote", "0,488", "Sosteri", "0,318",
		"Jos Essote lähtee, 78 toimijaparin yhteys katkeaa; erilleen jää: Pertunmaa, Puumala, Hirvensalmi",
		"Irrallinen toimija: Sulkava", "Tehtävien kattavuus kunnittain", "Monikulttuuristen perheiden tuki",
		"R1 Jokaisessa kunnassa on vähintään yksi avoin kohtaamispaikka", "Yhteyshenkilöt", "Maija Esimerkki",
	}
	dir := t.TempDir()
	for _, name := range []string{"muistio.pdf", "muistio.html"} {
		out := filepath.Join(dir, name)
		code, _, errs, _ := call(t, "report", "-o", out, in)
		if code != exitOK {
			t.Fatalf("report -o %s: %d %s", name, code, errs)
		}
		text := string(read(t, out))
		if strings.HasSuffix(name, ".pdf") {
			// Lines wrap at spaces: read the memo as one line.
			text = strings.ReplaceAll(pdfText(read(t, out)), "\n", " ")
		}
		for _, want := range append(figures, findings...) {
			if !strings.Contains(text, want) {
				t.Errorf("%s lacks %q", name, want)
			}
		}
	}
	if !strings.Contains(strings.Join(figures, " "), fmt.Sprint(len(a.Components))) || len(a.Components) != 2 {
		t.Errorf("the sample has %d components", len(a.Components))
	}
}

func TestReportUsageErrors(t *testing.T) {
	in := sample(t)
	for _, c := range []struct {
		args []string
		msg  string
	}{
		{[]string{in}, "give the output file with -o OUT"},
		{[]string{"-o", "memo.docx", in}, `unsupported memo format ".docx"`},
		{[]string{"-o", "memo.pdf"}, "expected one FILE"},
		{[]string{"-o", filepath.Join(t.TempDir(), "m.pdf"), "nowhere.verkosto"}, "nowhere.verkosto"},
	} {
		code, _, errs, _ := call(t, append([]string{"report"}, c.args...)...)
		if code != exitBad || !strings.Contains(errs, c.msg) {
			t.Errorf("report %v: code %d, stderr %q; want 2 and %q", c.args, code, errs, c.msg)
		}
	}
	code, out, _, _ := call(t, "--help")
	if code != exitOK || !strings.Contains(out, "verkostokartta report -o memo.pdf|memo.html [--no-personal-data] FILE") {
		t.Errorf("--help does not show report:\n%s", out)
	}
}

// The memo follows the user's language.
func TestReportInSwedish(t *testing.T) {
	in := sample(t)
	out := filepath.Join(t.TempDir(), "m.html")
	t.Setenv("LANGUAGE", "sv")
	var stdout, stderr strings.Builder
	if code := run([]string{"report", "-o", out, in}, &stdout, &stderr, nil); code != exitOK {
		t.Fatal(stderr.String())
	}
	text := string(read(t, out))
	for _, want := range []string{`<html lang="sv">`, "Workshopprotokoll", "Nyckeltal", "Täthet", "0,106", "Regler"} {
		if !strings.Contains(text, want) {
			t.Errorf("the Swedish memo lacks %q", want)
		}
	}
}

// TestReportLeavesOutAnIdenticalSnapshot: a snapshot taken of the network
// as it is now gives the memo nothing to compare, so it has no
// before/after page; once the network has changed since, it has.
func TestReportLeavesOutAnIdenticalSnapshot(t *testing.T) {
	ws, err := workshop.Load(sample(t))
	if err != nil {
		t.Fatal(err)
	}
	taken := time.Date(2025, 11, 20, 9, 0, 0, 0, time.UTC)
	if _, err := ws.TakeSnapshot("Lähtötilanne", taken); err != nil {
		t.Fatal(err)
	}
	r := ui.MemoReport(ws, &ws.Network, "fi", false, taken)
	if r.Before != nil {
		t.Errorf("the memo compares with %q, identical to now", r.Before.Name)
	}
	html, err := export.ReportHTML(context.Background(), r)
	if err != nil {
		t.Fatal(err)
	}
	for _, unwanted := range []string{"Ennen ja jälkeen", "Ei muutoksia."} {
		if strings.Contains(string(html), unwanted) {
			t.Errorf("the memo says %q", unwanted)
		}
	}
	ws.Actors = append(ws.Actors, &graph.Actor{ID: "uusi", Name: "Uusi yhdistys", Sector: "ngo"})
	if _, err := ws.TakeSnapshot("Päivän lopuksi", taken.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if r := ui.MemoReport(ws, &ws.Network, "fi", false, taken); r.Before == nil || r.Before.Name != "Lähtötilanne" {
		t.Errorf("the memo compares with %+v, want the snapshot before the new actor", r.Before)
	}
}

// TestReportOfUnnamedWorkspace: a workspace saved without a name is
// titled by its file's name.
func TestReportOfUnnamedWorkspace(t *testing.T) {
	ws, err := workshop.Load(sample(t))
	if err != nil {
		t.Fatal(err)
	}
	ws.Name = "Uusi työtila"
	dir := t.TempDir()
	in := filepath.Join(dir, "oma-kartta.verkosto")
	if err := ws.Save(in); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "m.html")
	if code, _, errs, _ := call(t, "report", "-o", out, in); code != exitOK {
		t.Fatal(errs)
	}
	html := string(read(t, out))
	if !strings.Contains(html, "<title>oma-kartta</title>") || strings.Contains(html, "Uusi työtila") {
		t.Errorf("the memo is not titled by the file's name:\n%.300s", html)
	}
	if _, text, _, _ := call(t, "analyze", in); !strings.HasPrefix(text, "oma-kartta: 30 toimijaa") {
		t.Errorf("analyze names the network: %.60s", text)
	}
}
