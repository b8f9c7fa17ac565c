package export

import (
	"strings"
	"testing"
)

func TestReadTiesCSVFinnishSemicolons(t *testing.T) {
	in := "\xef\xbb\xbfmistä;mihin;tyyppi;vahvuus\nMäntyharjun kunta;Essote;Asiakasohjaus;3\nEssote;Pieksämäen kaupunki;joint;\n\nMäntyharjun kunta;Essote;Yhteiset tilat;1\n"
	n, err := ReadTiesCSV(strings.NewReader(in), "verkosto.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(n.Actors) != 3 || len(n.Ties) != 3 {
		t.Fatalf("got %d actors, %d ties; want 3, 3", len(n.Actors), len(n.Ties))
	}
	if a := n.Actors[0]; a.ID != "mantyharjun-kunta" || a.Name != "Mäntyharjun kunta" {
		t.Errorf("first actor %q %q", a.ID, a.Name)
	}
	t0 := n.Ties[0]
	if t0.Kind != "referral" || !t0.Directed || t0.Strength != 3 || t0.From != "mantyharjun-kunta" || t0.To != "essote" {
		t.Errorf("first tie %+v", *t0)
	}
	if t1 := n.Ties[1]; t1.Kind != "joint" || t1.Directed || t1.Strength != 1 {
		t.Errorf("second tie %+v", *t1)
	}
	if n.Ties[2].Kind != "premises" {
		t.Errorf("label 'Yhteiset tilat' read as %q", n.Ties[2].Kind)
	}
	if errs := n.Validate(); len(errs) > 0 {
		t.Errorf("network from CSV is invalid: %v", errs)
	}
}

func TestReadTiesCSVErrors(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"from,target_actor\na,b\n", `ties.csv: row 1: missing column "to" (or "mihin")`},
		{"", "ties.csv: the file is empty"},
		{"kissa,koira\n1,2\n", "ties.csv: no table of actors or ties found"},
		{"from,to,kind\na,b,friendship\n", `ties.csv: row 2, column C (kind): unknown tie kind "friendship"`},
		{"from,to,weight\na,b,5\n", `ties.csv: row 2, column C (weight): "5" must be a whole number from 1 to 3`},
		{"from,to\na,\n", "ties.csv: row 2, column B (to): empty actor"},
		{"from,to\na,a\n", "ties.csv: row 2, column B (to): a tie cannot connect"},
		{"from,to\n\"a,b\n", "ties.csv: row 2, column"},
		{"from,to,directed\na,b,maybe\n", `ties.csv: row 2, column C (directed): "maybe" is not`},
	} {
		_, err := ReadTiesCSV(strings.NewReader(c.in), "ties.csv")
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("input %q: error %v, want prefix %q", c.in, err, c.want)
		}
	}
}

func TestSlugAndUniqueIDs(t *testing.T) {
	n, err := ReadTiesCSV(strings.NewReader("from,to\nViola ry,Viola-ry\nViola ry,Åbo\n"), "x.csv")
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, a := range n.Actors {
		ids = append(ids, a.ID)
	}
	if got := strings.Join(ids, " "); got != "viola-ry viola-ry-2 abo" {
		t.Errorf("ids %q", got)
	}
}
