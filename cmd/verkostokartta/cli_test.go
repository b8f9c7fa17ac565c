package main

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/verkostokartta/verkostokartta/graph"
	"github.com/verkostokartta/verkostokartta/workshop"
)

// call runs the command line with a GUI that only records what it was given.
func call(t *testing.T, args ...string) (code int, stdout, stderr string, opened *workshop.Workspace) {
	t.Helper()
	t.Setenv("LANGUAGE", "")
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "fi_FI.UTF-8")
	var out, errs bytes.Buffer
	code = run(args, &out, &errs, func(ws *workshop.Workspace, path string) error {
		opened = ws
		return nil
	})
	return code, out.String(), errs.String(), opened
}

func write(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestHelpAndUsageErrors(t *testing.T) {
	code, out, _, _ := call(t, "--help")
	if code != exitOK || !strings.Contains(out, "verkostokartta analyze [--json]") || !strings.Contains(out, "Exit codes") {
		t.Errorf("--help: code %d, output %q", code, out)
	}
	for _, args := range [][]string{{"frobnicate", "x"}, {"--bogus"}, {"analyze"}, {"analyze", "a", "b"}, {"analyze", "--nope", "x.csv"}, {"sample"}, {"export", "x.verkosto"}} {
		if code, _, errs, _ := call(t, args...); code != exitBad || errs == "" {
			t.Errorf("%v: code %d, stderr %q; want 2 and a message", args, code, errs)
		}
	}
}

// A path a–b–c–d with an extra e attached to b, worked by hand:
// b lies on a–c, a–d, a–e, c–e, d–e: 5 of the 4·3/2 = 6 pairs not involving b.
const pathCSV = "from,to\na,b\nb,c\nc,d\nb,e\n"

func TestAnalyzeTiesCSV(t *testing.T) {
	code, out, errs, _ := call(t, "analyze", "--json", write(t, "ties.csv", pathCSV))
	if code != exitOK {
		t.Fatalf("code %d: %s", code, errs)
	}
	var doc struct {
		Network struct{ Actors, Ties, Edges int }
		Actors  []struct {
			ID          string
			Degree      int
			Betweenness float64
			Closeness   float64
		}
		Rules []struct {
			ID     string
			Passed bool
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if doc.Network.Actors != 5 || doc.Network.Ties != 4 || len(doc.Actors) != 5 {
		t.Fatalf("network %+v, %d actors", doc.Network, len(doc.Actors))
	}
	want := map[string][3]float64{
		"a": {1, 0, 4.0 / (1 + 2 + 3 + 2)},
		"b": {3, 5.0 / 6, 4.0 / (1 + 1 + 2 + 1)},
		"c": {2, 3.0 / 6, 4.0 / (2 + 1 + 1 + 2)},
		"d": {1, 0, 4.0 / (3 + 2 + 1 + 3)},
	}
	for _, a := range doc.Actors {
		w, ok := want[a.ID]
		if !ok {
			continue
		}
		if float64(a.Degree) != w[0] || math.Abs(a.Betweenness-w[1]) > 1e-12 || math.Abs(a.Closeness-w[2]) > 1e-12 {
			t.Errorf("%s: degree %d betweenness %v closeness %v; want %v", a.ID, a.Degree, a.Betweenness, a.Closeness, w)
		}
	}
	if len(doc.Rules) == 0 {
		t.Error("no rule results")
	}

	// The plain summary is Finnish, ranks b first and names the cut points.
	_, out, _, _ = call(t, "analyze", write(t, "ties.csv", pathCSV))
	for _, want := range []string{
		"ties: 5 toimijaa, 4 yhteyttä (4 toimijaparia)\n",
		// Decimal commas and the singular for one, as Finnish has them.
		"Tiheys 0,400 · 1 erillinen osa · modulaarisuus ",
		// One sector only: every brokered path is a coordinator's; b sits on
		// a–c, a–e, c–e, each counted in both directions.
		"Keskeisimmät välittäjät\n  1. b — välittäjyys 0,833, yhteyksiä 3; koordinaattori 6\n  2. c — välittäjyys 0,500, yhteyksiä 2; koordinaattori 2\n",
		// Without b: {a}, {c, d}, {e}; of the 6 pairs among a, c, d, e only
		// c–d stays connected.
		"Jos b lähtee, 5 toimijaparin yhteys katkeaa; erilleen jää: a, e\n",
		"Ainoa yhteys: a – b",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("plain analyze output lacks %q:\n%s", want, out)
		}
	}
}

func TestAnalyzeViewOptions(t *testing.T) {
	csv := write(t, "ties.csv", "mistä;mihin;tyyppi\na;b;Asiakasohjaus\nb;c;joint\n")
	code, out, errs, _ := call(t, "analyze", "--json", "--directed", "--kinds", "referral", csv)
	if code != exitOK {
		t.Fatal(errs)
	}
	if !strings.Contains(out, `"edges": 1`) || !strings.Contains(out, `"in_degree": 1`) || !strings.Contains(out, `"directed": true`) {
		t.Errorf("directed referral view:\n%s", out)
	}
	if code, _, errs, _ := call(t, "analyze", "--kinds", "gossip", csv); code != exitBad || !strings.Contains(errs, `unknown tie kind "gossip"`) {
		t.Errorf("bad --kinds: %d %s", code, errs)
	}
	if code, _, errs, _ := call(t, "analyze", "--at", "31.13.2020", csv); code != exitBad || !strings.Contains(errs, "--at") {
		t.Errorf("bad --at: %d %s", code, errs)
	}
}

func TestBadInputNamesTheFile(t *testing.T) {
	good, _ := workshop.New("x").Encode()
	cases := map[string]struct{ name, content, want string }{
		"truncated workspace": {"s.verkosto", string(good[:len(good)/3]), "ends too early"},
		"corrupted workspace": {"s.verkosto", strings.Replace(string(good), "{", "{{", 2), "invalid JSON"},
		"csv without to":      {"t.csv", "from,destination\na,b\n", `missing column "to"`},
		"unknown format":      {"t.xyz", "whatever", "unsupported file type"},
	}
	for name, c := range cases {
		path := write(t, c.name, c.content)
		for _, cmd := range []string{"analyze", "check", "export"} {
			args := []string{cmd, path}
			if cmd == "export" {
				args = []string{cmd, "-o", filepath.Join(t.TempDir(), "m.svg"), path}
			}
			code, _, errs, _ := call(t, args...)
			if code != exitBad || !strings.Contains(errs, path) || !strings.Contains(errs, c.want) {
				t.Errorf("%s, %s: code %d, stderr %q; want 2, the path and %q", name, cmd, code, errs, c.want)
			}
		}
	}
	if code, _, errs, _ := call(t, "analyze", "/nonexistent/x.verkosto"); code != exitBad || !strings.Contains(errs, "/nonexistent/x.verkosto") {
		t.Errorf("missing file: %d %q", code, errs)
	}
}

func TestCheckExitCodes(t *testing.T) {
	ws := workshop.New("Sääntötesti")
	ws.Actors = nil
	path := filepath.Join(t.TempDir(), "ok.verkosto")
	if err := ws.Save(path); err != nil {
		t.Fatal(err)
	}
	if code, out, _, _ := call(t, "check", path); code != exitOK || !strings.Contains(out, "R4 Johtoryhmä kokoontuu vähintään neljä kertaa vuodessa — ei sovellu") {
		t.Errorf("empty workspace: code %d\n%s", code, out)
	}
	// A bare ties table has one sector only: R12 (THL's eight components)
	// fails, so check exits 1.
	code, out, _, _ := call(t, "check", "--json", write(t, "t.csv", "from,to\na,b\n"))
	if code != exitFailed || !strings.Contains(out, `"passed": false`) || !strings.Contains(out, `"message": "Puuttuu: sähköiset palvelut"`) {
		t.Errorf("ties csv: code %d\n%s", code, out)
	}
	ws.Rules = graph.RuleSettings{"R12": {Disabled: true}}
	ws.Actors = []*graph.Actor{{ID: "a", Name: "A", Sector: "ngo"}, {ID: "b", Name: "B", Sector: "sote"}}
	ws.Ties = []*graph.Tie{{ID: "t", From: "a", To: "b", Kind: "joint", Strength: 1}}
	if err := ws.Save(path); err != nil {
		t.Fatal(err)
	}
	if code, out, _, _ := call(t, "check", path); code != exitOK || !strings.Contains(out, "· R12") {
		t.Errorf("R12 disabled: code %d\n%s", code, out)
	}
}

func TestGUIArguments(t *testing.T) {
	path := write(t, "t.csv", "from,to\nKoppa,Viola ry\n")
	code, _, _, opened := call(t, path)
	if code != exitOK || opened == nil || len(opened.Actors) != 2 || opened.Name != "t" {
		t.Errorf("opening a CSV in the window: code %d, workspace %+v", code, opened)
	}
}

// The sample's measures from `analyze --json` equal networkx's, stored by
// scripts/networkx-check.py --golden in testdata/sample-networkx.json.
func TestAnalyzeSampleEqualsNetworkx(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.verkosto")
	if code, _, errs, _ := call(t, "sample", "-o", path); code != exitOK {
		t.Fatal(errs)
	}
	code, out, errs, _ := call(t, "analyze", "--json", path)
	if code != exitOK {
		t.Fatal(errs)
	}
	var doc struct {
		Actors []map[string]any `json:"actors"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("../../testdata/sample-networkx.json")
	if err != nil {
		t.Fatal(err)
	}
	var ref struct {
		Measures map[string]map[string]*float64 `json:"measures"`
	}
	if err := json.Unmarshal(data, &ref); err != nil {
		t.Fatal(err)
	}
	if len(doc.Actors) != 30 || len(ref.Measures) != 9 {
		t.Fatalf("%d actors, %d reference measures", len(doc.Actors), len(ref.Measures))
	}
	for _, a := range doc.Actors {
		id := a["id"].(string)
		for key, values := range ref.Measures {
			want := values[id]
			got, isNum := a[key].(float64)
			tol := 1e-9
			if key == "eigenvector" || key == "pagerank" {
				tol = 1e-4
			}
			switch {
			case want == nil && a[key] != nil:
				t.Errorf("%s(%s) = %v, networkx undefined", key, id, a[key])
			case want != nil && (!isNum || math.Abs(got-*want) > tol):
				t.Errorf("%s(%s) = %v, networkx %v", key, id, a[key], *want)
			}
		}
	}
}

func TestCheckOnTheSampleNamesTheGaps(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.verkosto")
	call(t, "sample", "-o", path)
	code, out, _, _ := call(t, "check", path)
	if code != exitFailed {
		t.Errorf("check on the sample exits %d, want 1", code)
	}
	for _, want := range []string{
		"Pertunmaa: ei avointa kohtaamispaikkaa", "Sulkava: ei avointa kohtaamispaikkaa",
		"Enonkoski: kunta ei ole sopijaosapuoli eikä jäsen", "Hirvensalmi: kunta ei ole sopijaosapuoli eikä jäsen",
		"Sulkava: kunta ei ole sopijaosapuoli eikä jäsen", "Viola ry: ei edustajaa johtoryhmässä",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("check does not say %q", want)
		}
	}
	t.Setenv("LANG", "sv_FI.UTF-8")
	var buf, errs bytes.Buffer
	run([]string{"check", path}, &buf, &errs, nil)
	if !strings.Contains(buf.String(), "Sulkava: kommunen är varken avtalspart eller medlem") {
		t.Errorf("Swedish check output:\n%s", buf.String())
	}
}

// Degenerate networks never panic and never put NaN or Inf into the JSON
// (encoding/json refuses them, which would end in exit 2).
func TestAnalyzeDegenerateNetworks(t *testing.T) {
	empty := workshop.New("tyhjä")
	single := workshop.New("yksi")
	single.Actors = []*graph.Actor{{ID: "a", Name: "Yksinäinen", Sector: "ngo"}}
	dir := t.TempDir()
	for name, ws := range map[string]*workshop.Workspace{"empty": empty, "single": single} {
		path := filepath.Join(dir, name+".verkosto")
		if err := ws.Save(path); err != nil {
			t.Fatal(err)
		}
		for _, args := range [][]string{{"analyze", "--json", path}, {"analyze", "--json", "--directed", "--weighted", path}, {"analyze", path}} {
			if code, out, errs, _ := call(t, args...); code != exitOK || strings.Contains(out, "NaN") {
				t.Errorf("%s %v: code %d %s", name, args, code, errs)
			}
		}
	}
	// Duplicate ties and a tie both ways collapse into one pair.
	csv := write(t, "dup.csv", "from,to\na,b\na,b\nb,a\nb,c\n")
	code, out, errs, _ := call(t, "analyze", "--json", csv)
	if code != exitOK || !strings.Contains(out, `"ties": 4`) || !strings.Contains(out, `"edges": 2`) {
		t.Errorf("duplicate ties: code %d %s\n%s", code, errs, out)
	}
	if !strings.Contains(out, `"constraint": null`) && strings.Contains(out, "NaN") {
		t.Error("NaN in the JSON")
	}
	// A self-loop in a ties table is an error naming the row.
	if code, _, errs, _ := call(t, "analyze", write(t, "loop.csv", "from,to\na,a\n")); code != exitBad || !strings.Contains(errs, "row 2") {
		t.Errorf("self-loop: code %d %s", code, errs)
	}
	// An isolated actor's Burt measures are undefined: null.
	path := filepath.Join(dir, "iso.verkosto")
	single.Actors = append(single.Actors, &graph.Actor{ID: "b", Name: "B", Sector: "sote"}, &graph.Actor{ID: "c", Name: "C", Sector: "sote"})
	single.Ties = []*graph.Tie{{ID: "t", From: "b", To: "c", Kind: "joint", Strength: 1}}
	single.Save(path)
	_, out, _, _ = call(t, "analyze", "--json", path)
	if !strings.Contains(out, `"constraint": null`) || !strings.Contains(out, `"reciprocity": null`) {
		t.Errorf("undefined values are not null:\n%s", out)
	}
}

func TestDiffCommand(t *testing.T) {
	dir := t.TempDir()
	old, new := filepath.Join(dir, "2020.verkosto"), filepath.Join(dir, "2021.verkosto")
	call(t, "sample", "-o", old)
	ws, _ := workshop.Load(old)
	ws.Name = "Etelä-Savo 2021"
	// Terveystalo leaves; Sulkava gets a tie to Sosteri.
	for i, a := range ws.Actors {
		if a.ID == "terveystalo" {
			ws.Actors = append(ws.Actors[:i], ws.Actors[i+1:]...)
			break
		}
	}
	var ties []*graph.Tie
	for _, t := range ws.Ties {
		if t.From != "terveystalo" && t.To != "terveystalo" {
			ties = append(ties, t)
		}
	}
	ws.Ties = append(ties, &graph.Tie{ID: "uusi", From: "sulkava", To: "sosteri", Kind: "joint", Strength: 1})
	for _, g := range ws.Groups {
		var ms []graph.Membership
		for _, m := range g.Members {
			if m.Actor != "terveystalo" {
				ms = append(ms, m)
			}
		}
		g.Members = ms
	}
	if err := ws.Save(new); err != nil {
		t.Fatal(err)
	}
	code, out, errs, _ := call(t, "diff", old, new)
	if code != exitOK {
		t.Fatal(errs)
	}
	for _, want := range []string{"Toimijat: +0 −1 ~0", "  − Terveystalo Rantasalmi", "Yhteydet: +1 −1 ~0",
		"  + Sulkavan kunta – Itä-Savon sairaanhoitopiirin kuntayhtymä Sosteri (Yhteinen toiminta)",
		"Jäsenyydet: +0 −2 ~0", "Suurimmat muutokset välittäjyydessä"} {
		if !strings.Contains(out, want) {
			t.Errorf("diff lacks %q:\n%s", want, out)
		}
	}
	_, out, _, _ = call(t, "diff", "--json", old, new)
	if !strings.Contains(out, `"removed": [
      "terveystalo"
    ]`) {
		t.Errorf("diff --json:\n%s", out)
	}
	if code, _, errs, _ := call(t, "diff", old); code != exitBad || !strings.Contains(errs, "expected OLD and NEW") {
		t.Errorf("diff with one file: %d %s", code, errs)
	}
}

func TestConvertAndTemplate(t *testing.T) {
	dir := t.TempDir()
	ws := filepath.Join(dir, "s.verkosto")
	call(t, "sample", "-o", ws)
	for _, ext := range []string{".xlsx", ".csv", ".graphml", ".gexf", ".json"} {
		out := filepath.Join(dir, "kartta"+ext)
		if code, _, errs, _ := call(t, "convert", "-o", out, ws); code != exitOK {
			t.Fatalf("convert to %s: %s", ext, errs)
		}
		back := filepath.Join(dir, "takaisin"+ext+".verkosto")
		if code, _, errs, _ := call(t, "convert", "-o", back, out); code != exitOK {
			t.Fatalf("convert from %s: %s", ext, errs)
		}
		if code, out, _, _ := call(t, "diff", ws, back); code != exitOK || !strings.Contains(out, "Ei muutoksia.") {
			t.Errorf("%s round trip: %s", ext, out)
		}
	}
	// No personal data: the converted file holds no contact names or emails.
	out := filepath.Join(dir, "anon.xlsx")
	call(t, "convert", "--no-personal-data", "-o", out, ws)
	back := filepath.Join(dir, "anon.verkosto")
	call(t, "convert", "-o", back, out)
	data, _ := os.ReadFile(back)
	if strings.Contains(string(data), "@example.org") || !strings.Contains(string(data), `"role"`) {
		t.Error("--no-personal-data left emails, or removed roles")
	}
	if code, _, errs, _ := call(t, "convert", "-o", ws, ws); code != exitBad || !strings.Contains(errs, "overwrite the input") {
		t.Errorf("convert onto itself: %d %s", code, errs)
	}
	if code, _, errs, _ := call(t, "convert", "-o", filepath.Join(dir, "x.pdf"), ws); code != exitBad || !strings.Contains(errs, "unsupported file type") {
		t.Errorf("convert to pdf: %d %s", code, errs)
	}
	tpl := filepath.Join(dir, "pohja.xlsx")
	if code, _, errs, _ := call(t, "template", "-o", tpl); code != exitOK {
		t.Fatal(errs)
	}
	if code, out, errs, _ := call(t, "analyze", "--json", tpl); code != exitOK || !strings.Contains(out, `"name": "Esimerkin kunta"`) {
		t.Errorf("analyze the template: %d %s", code, errs)
	}
}

// TestAnalyzeWordsForPeople: the plain summary has the singular for one,
// decimal commas in Finnish and Swedish (points in English and in --json),
// and tells single-person ties between the same pair apart by their kind.
func TestAnalyzeWordsForPeople(t *testing.T) {
	in := sample(t)
	_, out, _, _ := call(t, "analyze", in)
	for _, want := range []string{
		"Tiheys 0,106 · 2 erillistä osaa · modulaarisuus 0,445 (5 yhteisöä)\n",
		"  1. Essote — välittäjyys 0,488, yhteyksiä 10;",
		"  Yhden henkilön varassa: Essote – Kangasniemi\n",
		"  Yhden henkilön varassa: Viola – Koppa (yhteinen toiminta)\n  Yhden henkilön varassa: Viola – Koppa (yhteiset tilat)\n",
		"  Sektoreiden Kunta, sivistyspalvelut ja Kunta, muu yhteys on ohut: 1 yhteys, 1 henkilö\n",
		"  Sektoreiden Kunta, sivistyspalvelut ja Erityis- ja vaativan tason palvelut yhteys on ohut: 1 yhteys, 0 henkilöä\n",
		"lähes samat: 6 yhteistä jäsentä (Jaccard 0,86)\n",
		"  Vain yksi tarjoaja: 51 kunta–tehtävä-paria\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("analyze lacks %q:\n%s", want, out)
		}
	}
	_, out, _, _ = call(t, "analyze", write(t, "pair.csv", "from,to\na,b\n"))
	if want := "pair: 2 toimijaa, 1 yhteys (1 toimijapari)\nTiheys 1,000 · 1 erillinen osa · modulaarisuus 0,000 (1 yhteisö)\n"; !strings.HasPrefix(out, want) {
		t.Errorf("analyze of one tie starts\n%s\nwant\n%s", out, want)
	}
	t.Setenv("LANG", "en_GB.UTF-8") // call chooses Finnish
	var en bytes.Buffer
	run([]string{"analyze", write(t, "pair.csv", "from,to\na,b\n")}, &en, &bytes.Buffer{}, nil)
	out = en.String()
	if want := "pair: 2 actors, 1 tie (1 connected pair)\nDensity 1.000 · 1 component · modularity 0.000 (1 community)\n"; !strings.HasPrefix(out, want) {
		t.Errorf("analyze of one tie in English starts\n%s\nwant\n%s", out, want)
	}
}
