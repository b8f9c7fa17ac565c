package export

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/verkostokartta/verkostokartta/graph"
	"github.com/verkostokartta/verkostokartta/internal/fsutil"
)

// maxCSVBytes bounds what a CSV reader takes in.
const maxCSVBytes = 64 << 20

// ReadCSV reads one CSV table — ties (columns from,to and optionally
// kind,weight,directed; Finnish mistä,mihin,tyyppi,vahvuus) or actors
// (nimi, sektori, kunta …) — into a network with the default
// vocabularies. It detects the delimiter (comma, semicolon or tab), skips
// a UTF-8 byte-order mark, and reads text that is not UTF-8 as
// Windows-1252, which is what Finnish Excel writes. Errors name the file,
// the row (the header is row 1) and the column.
func ReadCSV(r io.Reader, name string, opt ReadOptions) (*graph.Network, error) {
	t, err := readCSVTable(r, name)
	if err != nil {
		return nil, err
	}
	return tablesToNetwork(name, []*table{t}, opt)
}

// ReadTiesCSV reads a ties table; see ReadCSV.
func ReadTiesCSV(r io.Reader, name string) (*graph.Network, error) {
	return ReadCSV(r, name, ReadOptions{})
}

// ReadCSVFile reads a CSV file and the tables written beside it: for
// kartta.csv, kartta-toimijat.csv (or -actors), kartta-yhteyshenkilot.csv
// (-contacts), kartta-ryhmat.csv (-groups), kartta-jasenyydet.csv
// (-memberships), kartta-palvelut.csv (-services) and kartta-sanastot.csv
// (-vocabularies); an actors table may also be toimijat.csv or actors.csv
// in the same folder. Errors name the file they are in.
func ReadCSVFile(path string, opt ReadOptions) (*graph.Network, error) {
	t, err := readCSVPath(path)
	if err != nil {
		return nil, err
	}
	tables := []*table{t}
	for _, sib := range csvSiblings(path) {
		st, err := readCSVPath(sib.path)
		if err != nil {
			return nil, err
		}
		st.file, st.name = sib.path, sib.spec.code
		tables = append(tables, st)
	}
	return tablesToNetwork(path, tables, opt)
}

type sibling struct {
	path string
	spec sheet
}

// csvFileName is a table's file-name suffix: "toimijat", "actors" ….
func csvFileName(s sheet, lang string) string {
	if lang == "fi" {
		return graph.Slug(s.fi)
	}
	return graph.Slug(s.code)
}

func csvSiblings(path string) []sibling {
	dir, base := filepath.Dir(path), filepath.Base(path)
	stem := strings.TrimSuffix(base, filepath.Ext(base))
	var out []sibling
	for _, s := range allSheets {
		if s.code == tieSheet.code {
			continue
		}
		candidates := []string{stem + "-" + csvFileName(s, "fi") + ".csv", stem + "-" + csvFileName(s, "en") + ".csv"}
		if s.code == actorSheet.code {
			candidates = append(candidates, "toimijat.csv", "actors.csv")
		}
		for _, name := range candidates {
			p := filepath.Join(dir, name)
			if p == path {
				continue
			}
			if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
				out = append(out, sibling{p, s})
				break
			}
		}
	}
	return out
}

func readCSVPath(path string) (*table, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readCSVTable(f, path)
}

// readCSVTable decodes a CSV file into a table.
func readCSVTable(r io.Reader, name string) (*table, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxCSVBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(data) > maxCSVBytes {
		return nil, fmt.Errorf("%s: file is larger than %d MiB", name, maxCSVBytes>>20)
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, fmt.Errorf("%s: not a text file (it contains NUL bytes; UTF-16 is not supported, save as CSV UTF-8)", name)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		if data, err = charmap.Windows1252.NewDecoder().Bytes(data); err != nil {
			return nil, fmt.Errorf("%s: unreadable text: %w", name, err)
		}
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = detectDelimiter(data)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = false
	t := &table{headerLine: 1}
	header, err := cr.Read()
	if err == io.EOF {
		return nil, fmt.Errorf("%s: the file is empty (expected a header row such as from,to or nimi,sektori)", name)
	}
	if err != nil {
		return nil, csvError(name, err)
	}
	t.header = header
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, csvError(name, err)
		}
		line, _ := cr.FieldPos(0)
		t.rows = append(t.rows, rec)
		t.lines = append(t.lines, line)
		if len(t.rows) > maxRows {
			return nil, fmt.Errorf("%s: more than %d rows", name, maxRows)
		}
	}
	return t, nil
}

func csvError(name string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: row %d, column %s: %v", name, pe.StartLine, columnName(pe.Column-1), pe.Err)
	}
	return fmt.Errorf("%s: %w", name, err)
}

// detectDelimiter picks the most frequent of comma, semicolon and tab in
// the first line (Finnish Excel writes semicolons).
func detectDelimiter(data []byte) rune {
	line := data
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		line = data[:i]
	}
	best, count := ',', 0
	for _, d := range []rune{',', ';', '\t'} {
		if c := bytes.Count(line, []byte(string(d))); c > count {
			best, count = d, c
		}
	}
	return best
}

// WriteCSV writes the network's ties to path and its other tables beside
// it (kartta-toimijat.csv and so on, see ReadCSVFile), as Finnish Excel
// opens them: UTF-8 with a byte-order mark, semicolons. It returns the
// paths written.
func WriteCSV(n *graph.Network, path, lang string) ([]string, error) {
	tables := networkToTables(n, lang)
	stem := strings.TrimSuffix(path, filepath.Ext(path))
	files := map[string]*table{}
	var order []string
	for _, t := range tables {
		p := path
		for _, s := range allSheets {
			if (t.name == s.code || t.name == s.fi) && s.code != tieSheet.code {
				p = stem + "-" + csvFileName(s, lang) + ".csv"
			}
		}
		files[p] = t
		order = append(order, p)
	}
	var written []string
	for _, p := range order {
		var buf bytes.Buffer
		buf.WriteString("\xef\xbb\xbf")
		w := csv.NewWriter(&buf)
		w.Comma = ';'
		w.Write(files[p].header)
		for _, row := range files[p].rows {
			w.Write(row)
		}
		w.Flush()
		if err := w.Error(); err != nil {
			return written, fmt.Errorf("%s: %w", p, err)
		}
		if err := fsutil.WriteFileAtomic(p, buf.Bytes()); err != nil {
			return written, fmt.Errorf("%s: %w", p, err)
		}
		written = append(written, p)
	}
	return written, nil
}

// lookupTerm finds a vocabulary entry by code or by its fi/sv/en label,
// ignoring case.
func lookupTerm(vocab []graph.Term, s string) (graph.Term, bool) {
	for _, t := range vocab {
		for _, v := range []string{t.Code, t.FI, t.SV, t.EN} {
			if v != "" && strings.EqualFold(v, s) {
				return t, true
			}
		}
	}
	return graph.Term{}, false
}

func parseBool(s string) (bool, bool) {
	switch strings.ToLower(s) {
	case "1", "true", "yes", "y", "kyllä", "k", "ja", "x", "tosi":
		return true, true
	case "0", "false", "no", "n", "ei", "e", "nej", "epätosi":
		return false, true
	}
	return false, false
}
