package export

import (
	"bytes"
	"testing"

	"github.com/verkostokartta/verkostokartta/graph"
)

// Every reader is fuzzed: whatever the bytes, it returns a network or an
// error, never panics, and what it accepts is a valid network that its
// own writer can write and read back. `make fuzz` runs each for a while;
// the seeds below and under testdata/fuzz run with every `go test`.

func checkAccepted(t *testing.T, n *graph.Network, err error) {
	t.Helper()
	if err != nil {
		return
	}
	if errs := n.Validate(); len(errs) > 0 {
		t.Fatalf("accepted an invalid network: %v", errs)
	}
	if _, _, err := ReadGraphML(bytes.NewReader(GraphML(n, "x")), "again.graphml"); err != nil {
		t.Fatalf("an accepted network does not survive GraphML: %v", err)
	}
}

func FuzzReadCSV(f *testing.F) {
	f.Add([]byte("from,to\na,b\n"))
	f.Add([]byte("mistä;mihin;tyyppi;vahvuus\r\nMäntyharju;Essote;Asiakasohjaus;3\r\n"))
	f.Add([]byte("nimi;sektori;kunta\r\nM\xe4ntyharjun kunta;Kunta, muu;M\xe4ntyharju\r\n"))
	f.Add([]byte("\xef\xbb\xbfname\tsector\tparent\nA\tngo\tB\nB\tsote\t\n"))
	f.Add([]byte("group,actor\nx,y\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		n, err := ReadCSV(bytes.NewReader(data), "fuzz.csv", ReadOptions{})
		checkAccepted(t, n, err)
	})
}

func FuzzReadXLSX(f *testing.F) {
	tpl, _ := Template("fi")
	f.Add(tpl)
	rich, _ := XLSX(rich(), "en")
	f.Add(rich)
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		n, err := ReadXLSX(bytes.NewReader(data), "fuzz.xlsx", ReadOptions{})
		checkAccepted(t, n, err)
	})
}

func FuzzReadGraphML(f *testing.F) {
	f.Add(GraphML(rich(), "rikas"))
	f.Add([]byte(`<graphml><graph edgedefault="directed"><node id="a"/><node id="b"/><edge source="a" target="b"/></graph></graphml>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		n, _, err := ReadGraphML(bytes.NewReader(data), "fuzz.graphml")
		checkAccepted(t, n, err)
	})
}

func FuzzReadGEXF(f *testing.F) {
	f.Add(GEXF(rich(), "rikas"))
	f.Add([]byte(`<gexf><graph defaultedgetype="directed"><nodes><node id="a" label="A"/><node id="b"/></nodes><edges><edge source="a" target="b" weight="2"/></edges></graph></gexf>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		n, _, err := ReadGEXF(bytes.NewReader(data), "fuzz.gexf")
		checkAccepted(t, n, err)
	})
}
