package main

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/verkostokartta/verkostokartta/workshop"
)

// sample writes the embedded sample workspace and returns its path.
func sample(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "s.verkosto")
	if code, _, errs, _ := call(t, "sample", "-o", path); code != exitOK {
		t.Fatal(errs)
	}
	return path
}

func read(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestExportFormats(t *testing.T) {
	in := sample(t)
	dir := t.TempDir()
	for _, c := range []struct {
		out   string
		args  []string
		check func(data []byte) error
	}{
		{"kartta.svg", nil, contains("<svg", ">Mäntyharju<", ">Selite<")},
		{"kartta.dot", nil, contains("layout=neato", `"a:essote"`)},
		{"kartta.pdf", []string{"--size", "a3"}, func(data []byte) error {
			text := pdfText(data)
			for _, want := range []string{"Mäntyharju", "Pieksämäki", "Selite", "Asiakasohjaus", "Etelä-Savon perhekeskusverkosto (esimerkki)"} {
				if !strings.Contains(text, want) {
					return fmt.Errorf("PDF text lacks %q", want)
				}
			}
			if !bytes.Contains(data, []byte("/MediaBox [0 0 1190.55 841.89]")) {
				return fmt.Errorf("not an A3 landscape page")
			}
			return nil
		}},
		{"kartta.png", nil, pngSize(1920, 1080)},
		{"yhteisot.svg", []string{"--color-by", "community", "--size-by", "betweenness", "--layout", "rings", "--size", "projector"},
			contains(">Yhteisöt (Louvain)<", ">Yhteisö 1<", ">Koko kertoo: välittäjyys<", ">Lapsi ja<")},
		{"ydin.svg", []string{"--color-by", "core", "--layout", "sfdp"}, contains(">Ydinluku (k&#45;ydin)<", ">Värit erottavat ryhmät, eivät järjestä niitä<", ">Ydinluku 1<")},
		{"koko.svg", []string{"--size-by", "degree", "--layout", "twopi"}, contains(">Koko kertoo: yhteyksiä<")},
		{"renkaat.svg", []string{"--layout", "rings"}, contains(">Lapsi ja<", ">Renkaat: sisimpänä lähimmät (läheisyys)<")},
	} {
		out := filepath.Join(dir, c.out)
		args := append([]string{"export", "-o", out}, c.args...)
		code, _, errs, _ := call(t, append(args, in)...)
		if code != exitOK {
			t.Errorf("%v: code %d: %s", args, code, errs)
			continue
		}
		if !strings.Contains(errs, "Kirjoitettu "+out) {
			t.Errorf("%v: stderr %q", args, errs)
		}
		if err := c.check(read(t, out)); err != nil {
			t.Errorf("%s: %v", c.out, err)
		}
	}
}

func contains(want ...string) func([]byte) error {
	return func(data []byte) error {
		for _, w := range want {
			if !bytes.Contains(data, []byte(w)) {
				return fmt.Errorf("lacks %s", w)
			}
		}
		return nil
	}
}

func pngSize(w, h int) func([]byte) error {
	return func(data []byte) error {
		cfg, err := png.DecodeConfig(bytes.NewReader(data))
		if err != nil {
			return err
		}
		if cfg.Width != w || cfg.Height != h {
			return fmt.Errorf("%d × %d pixels, want %d × %d", cfg.Width, cfg.Height, w, h)
		}
		return nil
	}
}

func TestExportUsageErrors(t *testing.T) {
	in := sample(t)
	out := filepath.Join(t.TempDir(), "x.png")
	for _, c := range []struct {
		args []string
		msg  string
	}{
		{[]string{"-o", "x.gif", in}, `unsupported image format ".gif"`},
		{[]string{"-o", out, "--size", "letter", in}, `--size: unknown size "letter"`},
		{[]string{"-o", out, "--size-by", "fame", in}, `--size-by: unknown measure "fame" (known: degree,`},
		{[]string{"-o", out, "--color-by", "mood", in}, `--color-by: unknown colouring "mood"`},
		{[]string{"-o", out, "--layout", "spiral", in}, `--layout: unknown layout "spiral"`},
		{[]string{"-o", out}, "expected one FILE"},
		{[]string{"-o", out, "missing.verkosto"}, "missing.verkosto"},
	} {
		code, _, errs, _ := call(t, append([]string{"export"}, c.args...)...)
		if code != exitBad || !strings.Contains(errs, c.msg) {
			t.Errorf("export %v: code %d, stderr %q; want 2 and %q", c.args, code, errs, c.msg)
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a failed export wrote its file")
	}
}

// circo takes minutes beyond a few dozen actors: the command refuses.
func TestExportGuardsSlowLayouts(t *testing.T) {
	var ties strings.Builder
	ties.WriteString("from,to\n")
	for i := range 70 {
		fmt.Fprintf(&ties, "t%d,t%d\n", i, (i+1)%70)
	}
	in := write(t, "ties.csv", ties.String())
	code, _, errs, _ := call(t, "export", "-o", filepath.Join(t.TempDir(), "x.svg"), "--layout", "circo", in)
	if code != exitBad || !strings.Contains(errs, "the circo layout is limited to 60 actors (this network has 70") {
		t.Errorf("circo on 70 actors: code %d, %s", code, errs)
	}
}

// --no-personal-data leaves no contact person's name, email or phone in
// any image or memo of the sample.
func TestNoPersonalDataInAnyOutput(t *testing.T) {
	in := sample(t)
	ws, err := workshop.Load(in)
	if err != nil {
		t.Fatal(err)
	}
	var personal []string
	for _, a := range ws.Actors {
		for _, p := range a.Contacts {
			personal = append(personal, p.Name, p.Email, p.Phone)
		}
	}
	if len(personal) < 30 {
		t.Fatalf("the sample has only %d personal data items", len(personal))
	}
	dir := t.TempDir()
	outputs := map[string][]string{
		"kartta.svg": {"export"}, "kartta.png": {"export"}, "kartta.pdf": {"export"}, "kartta.dot": {"export"},
		"muistio.pdf": {"report"}, "muistio.html": {"report"},
	}
	for name, cmd := range outputs {
		out := filepath.Join(dir, name)
		if code, _, errs, _ := call(t, cmd[0], "--no-personal-data", "-o", out, in); code != exitOK {
			t.Fatalf("%s %s: %s", cmd[0], name, errs)
		}
		data := read(t, out)
		text := string(data)
		if strings.HasSuffix(name, ".pdf") {
			text = pdfText(data)
		}
		if strings.Contains(text, "@example.org") {
			t.Errorf("%s holds an @example.org address", name)
		}
		for _, p := range personal {
			if p != "" && strings.Contains(text, p) {
				t.Errorf("%s holds %q", name, p)
			}
		}
	}
	// Without the option the memo lists the contact persons: the check
	// above would see them.
	out := filepath.Join(dir, "kaikki.html")
	if code, _, errs, _ := call(t, "report", "-o", out, in); code != exitOK {
		t.Fatal(errs)
	}
	if !bytes.Contains(read(t, out), []byte("maija.esimerkki@example.org")) {
		t.Error("the memo without --no-personal-data lists no contact emails")
	}
}

var (
	pdfStream = regexp.MustCompile(`(?s)stream\r?\n(.*?)\r?\nendstream`)
	pdfShow   = regexp.MustCompile(`Td \(((?:\\.|[^\\)])*)\) ?Tj`)
	pdfEscape = regexp.MustCompile(`\\([0-7]{1,3}|.)`)
)

// pdfText returns the text that a PDF written by the export package shows,
// one string a line: fpdf writes text in the embedded fonts as UTF-16BE
// strings in (compressed) content streams.
func pdfText(pdf []byte) string {
	var lines []string
	for _, m := range pdfStream.FindAllSubmatch(pdf, -1) {
		content := m[1]
		if r, err := zlib.NewReader(bytes.NewReader(content)); err == nil {
			if inflated, err := io.ReadAll(r); err == nil {
				content = inflated
			}
		}
		for _, s := range pdfShow.FindAllSubmatch(content, -1) {
			raw := pdfEscape.ReplaceAllFunc(s[1], func(e []byte) []byte {
				switch c := e[1]; {
				case c >= '0' && c <= '7':
					v := 0
					for _, d := range e[1:] {
						v = v*8 + int(d-'0')
					}
					return []byte{byte(v)}
				case c == 'n':
					return []byte{'\n'}
				case c == 'r':
					return []byte{'\r'}
				case c == 't':
					return []byte{'\t'}
				}
				return e[1:]
			})
			units := make([]uint16, len(raw)/2)
			for i := range units {
				units[i] = uint16(raw[2*i])<<8 | uint16(raw[2*i+1])
			}
			lines = append(lines, string(utf16.Decode(units)))
		}
	}
	return strings.Join(lines, "\n")
}
