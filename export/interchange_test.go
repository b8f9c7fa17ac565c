package export

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/verkostokartta/verkostokartta/graph"
)

// rich is a network that uses every field the formats carry: units with a
// parent, contacts, multiplex and directed ties, planned ties, dates,
// groups with dated memberships and representatives, services, and the
// region's municipalities.
func rich() *graph.Network {
	n := templateNetwork()
	n.Vocab.Municipalities = []graph.Term{{Code: "mikkeli", FI: "Mikkeli", SV: "S:t Michel", EN: "Mikkeli"}, {Code: "juva", FI: "Juva", SV: "Jockas", EN: "Juva"}}
	n.Actors[0].Municipalities = []string{"mikkeli"}
	n.Actors[1].Municipalities = []string{"mikkeli", "juva"}
	n.Actors[2].Municipalities = []string{"juva"}
	n.Actors = append(n.Actors, &graph.Actor{ID: "perheneuvola", Name: "Perheneuvola \"Pyhä\" <&>", Sector: "sote", Parent: "neuvola",
		Project: true, ProjectStart: "2024-01-01", ProjectEnd: "2025-12-31", Since: "2024-02-01", Until: "2026-01-31", Status: graph.StatusCandidate,
		Notes: "Monirivinen\nhuomio; puolipisteellä", X: 120.5, Y: -30, Contacts: []graph.Contact{{ID: "pn-1", Name: "Åsa Ödman", Role: "psykologi", Email: "asa@example.org", Phone: "+358 40 000 0001"}}})
	n.Ties = append(n.Ties,
		&graph.Tie{ID: "t3", From: "neuvola", To: "kunta", Kind: "funding", Directed: true, Strength: 3, Status: graph.TiePlanned, Since: "2025-01-01"},
		&graph.Tie{ID: "t4", From: "perheneuvola", To: "mll", Kind: "consultation", Directed: true, Strength: 2, Contacts: []string{"pn-1"}, Tasks: []string{"psychosocial"}, Notes: "kerran kuussa"},
		&graph.Tie{ID: "t5", From: "kunta", To: "neuvola", Kind: "premises", Strength: 1, Status: graph.TieEnded, Until: "2023-12-31"})
	n.Groups[0].Members[1].Until = "2025-06-30"
	n.Groups = append(n.Groups, &graph.Group{ID: "sopimus", Name: "Yhteistyösopimus", Kind: "agreement", Level: "seutu", Purpose: "sopia", Coordinator: "kunta",
		Members: []graph.Membership{{Actor: "kunta", Role: "sopijaosapuoli"}, {Actor: "mll", Role: "sopijaosapuoli", Since: "2024-01-01"}}})
	n.Services = append(n.Services, &graph.Service{ID: "neuvonta", Name: "Perheneuvo", Providers: []string{"kunta", "perheneuvola"},
		Tasks: []string{"parenting", "separation"}, LifeStages: []string{"family"}, Municipalities: []string{"mikkeli"}, Mode: "individual", Notes: "ajanvaraus"})
	for i := range n.Services[0].Municipalities {
		n.Services[0].Municipalities[i] = "juva"
	}
	n.Actors[0].Municipalities = []string{"mikkeli"}
	return n
}

func jsonOf(t *testing.T, v any) string {
	t.Helper()
	data, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func assertSameNetwork(t *testing.T, format string, want, got *graph.Network, vocabulary bool) {
	t.Helper()
	if errs := got.Validate(); len(errs) > 0 {
		t.Fatalf("%s: read back an invalid network: %v", format, errs)
	}
	for _, part := range []struct {
		name      string
		want, got any
	}{{"actors", want.Actors, got.Actors}, {"ties", want.Ties, got.Ties}, {"groups", want.Groups, got.Groups}, {"services", want.Services, got.Services}} {
		if w, g := jsonOf(t, part.want), jsonOf(t, part.got); w != g {
			t.Errorf("%s round trip changes %s:\nwant %s\n got %s", format, part.name, w, g)
		}
	}
	if vocabulary {
		if w, g := jsonOf(t, want.Vocab), jsonOf(t, got.Vocab); w != g {
			t.Errorf("%s round trip changes the vocabularies", format)
		}
	}
}

func TestRoundTrips(t *testing.T) {
	n := rich()
	if errs := n.Validate(); len(errs) > 0 {
		t.Fatalf("test network invalid: %v", errs)
	}
	for _, lang := range []string{"fi", "en"} {
		data, err := XLSX(n, lang)
		if err != nil {
			t.Fatal(err)
		}
		back, err := ReadXLSX(bytes.NewReader(data), "kartta.xlsx", ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		assertSameNetwork(t, "xlsx/"+lang, n, back, true)

		dir := t.TempDir()
		files, err := WriteCSV(n, filepath.Join(dir, "kartta.csv"), lang)
		if err != nil || len(files) != 7 {
			t.Fatalf("csv: %v %v", files, err)
		}
		back, err = ReadCSVFile(filepath.Join(dir, "kartta.csv"), ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		assertSameNetwork(t, "csv/"+lang, n, back, true)
	}
	back, name, err := ReadGraphML(bytes.NewReader(GraphML(n, "Testi")), "kartta.graphml")
	if err != nil || name != "Testi" {
		t.Fatalf("graphml: %v %q", err, name)
	}
	assertSameNetwork(t, "graphml", n, back, false)
	back, name, err = ReadGEXF(bytes.NewReader(GEXF(n, "Testi")), "kartta.gexf")
	if err != nil || name != "Testi" {
		t.Fatalf("gexf: %v %q", err, name)
	}
	assertSameNetwork(t, "gexf", n, back, false)
}

// Files made byte for byte as Finnish Excel saves them: "CSV (erotin:
// puolipiste)" is Windows-1252 with semicolons and CRLF; "CSV UTF-8" has a
// byte-order mark.
func TestExcelCSVs(t *testing.T) {
	cp1252 := []byte("nimi;sektori;kunta\r\nM\xe4ntyharjun kunta;Kunta, muu;M\xe4ntyharju\r\nPieks\xe4m\xe4en seurakunta;Seurakunta;Pieks\xe4m\xe4ki\r\nV\xe4kivallan ehk\xe4isy ry;J\xe4rjest\xf6;\r\n")
	utf8BOM := []byte("\xef\xbb\xbfmistä;mihin;tyyppi;vahvuus\r\nMäntyharjun kunta;Pieksämäen seurakunta;Yhteinen toiminta;2\r\nVäkivallan ehkäisy ry;Mäntyharjun kunta;Asiakasohjaus;3\r\n")
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "verkosto.csv"), utf8BOM, 0o644)
	os.WriteFile(filepath.Join(dir, "verkosto-toimijat.csv"), cp1252, 0o644)
	n, err := ReadCSVFile(filepath.Join(dir, "verkosto.csv"), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(n.Actors) != 3 || len(n.Ties) != 2 {
		t.Fatalf("%d actors, %d ties", len(n.Actors), len(n.Ties))
	}
	a := n.Actors[0]
	if a.Name != "Mäntyharjun kunta" || a.Sector != "municipality" || a.ID != "mantyharjun-kunta" {
		t.Errorf("first actor %+v", a)
	}
	if n.Actors[2].Name != "Väkivallan ehkäisy ry" || n.Actors[2].Sector != "ngo" {
		t.Errorf("ö lost: %+v", n.Actors[2])
	}
	if m, _ := graph.Find(n.Vocab.Municipalities, a.Municipalities[0]); m.FI != "Mäntyharju" {
		t.Errorf("municipality %+v", m)
	}
	if tie := n.Ties[1]; tie.From != "vakivallan-ehkaisy-ry" || tie.Kind != "referral" || !tie.Directed || tie.Strength != 3 {
		t.Errorf("tie %+v", tie)
	}
	// Alone, the Windows-1252 actors file reads too.
	n, err = ReadCSV(bytes.NewReader(cp1252), "toimijat.csv", ReadOptions{})
	if err != nil || n.Actors[1].Name != "Pieksämäen seurakunta" {
		t.Errorf("cp1252: %v %+v", err, n)
	}
}

func TestUnknownActorsAreErrorsUnlessCreated(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "v.csv"), []byte("from;to\nA;B\nA;C\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "v-actors.csv"), []byte("name;sector\nA;ngo\nB;sote\n"), 0o644)
	_, err := ReadCSVFile(filepath.Join(dir, "v.csv"), ReadOptions{})
	if err == nil || !strings.Contains(err.Error(), `v.csv: row 3, column B (to): unknown actor "C"`) {
		t.Errorf("error %v", err)
	}
	n, err := ReadCSVFile(filepath.Join(dir, "v.csv"), ReadOptions{CreateMissing: true})
	if err != nil || len(n.Actors) != 3 {
		t.Errorf("create missing: %v", err)
	}
	// Errors in the actors file name that file.
	os.WriteFile(filepath.Join(dir, "v-actors.csv"), []byte("name;sector\nA;ngo\nB;hospital\n"), 0o644)
	if _, err := ReadCSVFile(filepath.Join(dir, "v.csv"), ReadOptions{}); err == nil || !strings.Contains(err.Error(), `v-actors.csv: row 3, column B (sector): unknown sector "hospital"`) {
		t.Errorf("error %v", err)
	}
}

func TestXLSXErrorsNameSheetRowColumn(t *testing.T) {
	n := rich()
	n.Ties[0].To = "nobody"
	data, _ := XLSX(n, "fi")
	_, err := ReadXLSX(bytes.NewReader(data), "kartta.xlsx", ReadOptions{})
	if err == nil || !strings.Contains(err.Error(), `kartta.xlsx, sheet Yhteydet: row 2, column C (mihin): unknown actor "nobody"`) {
		t.Errorf("error %v", err)
	}
	if _, err := ReadXLSX(strings.NewReader("not a zip"), "x.xlsx", ReadOptions{}); err == nil || !strings.HasPrefix(err.Error(), "x.xlsx: not a readable Excel workbook") {
		t.Errorf("garbage: %v", err)
	}
}

// A workbook whose sheet unpacks to 300 MiB (testdata/hostile/bomb.xlsx,
// 300 KiB) is refused without unpacking it.
func TestXLSXZipBomb(t *testing.T) {
	bomb, err := os.ReadFile("../testdata/hostile/bomb.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	_, err = ReadXLSX(bytes.NewReader(bomb), "pommi.xlsx", ReadOptions{})
	if err == nil || !strings.Contains(err.Error(), "pommi.xlsx") {
		t.Fatalf("a 300 MiB sheet: %v", err)
	}
}

func TestHostileXMLAndHugeCells(t *testing.T) {
	bomb := `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected"><node id="&lol2;"/></graph></graphml>`
	if _, _, err := ReadGraphML(strings.NewReader(bomb), "lol.graphml"); err == nil || !strings.HasPrefix(err.Error(), "lol.graphml") {
		t.Errorf("entity expansion: %v", err)
	}
	if _, _, err := ReadGEXF(strings.NewReader("<gexf><graph><nodes><node id='a'/><node id='a'/></nodes></graph></gexf>"), "d.gexf"); err == nil || !strings.Contains(err.Error(), `d.gexf: node "a": duplicate id`) {
		t.Errorf("duplicate node: %v", err)
	}
	if _, _, err := ReadGraphML(strings.NewReader(`<graphml><graph><node id="a"/><edge source="a" target="zz"/></graph></graphml>`), "e.graphml"); err == nil || !strings.Contains(err.Error(), `unknown node "zz"`) {
		t.Errorf("dangling edge: %v", err)
	}
	huge := "from,to\n" + strings.Repeat("x", 100_000) + ",b\n"
	if _, err := ReadCSV(strings.NewReader(huge), "iso.csv", ReadOptions{}); err == nil || !strings.Contains(err.Error(), "iso.csv: row 2, column A: the cell holds more than 32767 characters") {
		t.Errorf("huge cell: %v", err)
	}
}

func TestForeignGraphML(t *testing.T) {
	// As networkx writes a weighted directed graph.
	doc := `<?xml version='1.0' encoding='utf-8'?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="d0" for="edge" attr.name="weight" attr.type="double"/>
<graph edgedefault="directed"><node id="Neuvola"/><node id="Koulu"/><edge source="Neuvola" target="Koulu"><data key="d0">2.6</data></edge></graph></graphml>`
	n, _, err := ReadGraphML(strings.NewReader(doc), "nx.graphml")
	if err != nil {
		t.Fatal(err)
	}
	if len(n.Actors) != 2 || n.Actors[0].Name != "Neuvola" || n.Ties[0].Strength != 3 || !n.Ties[0].Directed || n.Ties[0].Kind != "joint" {
		t.Errorf("%+v %+v", n.Actors, n.Ties[0])
	}
}

func TestTemplate(t *testing.T) {
	data, err := Template("fi")
	if err != nil {
		t.Fatal(err)
	}
	n, err := ReadXLSX(bytes.NewReader(data), "pohja.xlsx", ReadOptions{})
	if err != nil {
		t.Fatalf("the template does not read back: %v", err)
	}
	if len(n.Actors) != 3 || len(n.Ties) != 2 || len(n.Groups) != 1 || len(n.Services) != 1 || n.Actors[0].Contacts[0].Name != "Maija Esimerkki" {
		t.Errorf("template rows %+v", n)
	}
}
