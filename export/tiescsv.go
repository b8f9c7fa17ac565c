package export

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/verkostokartta/verkostokartta/graph"
)

// tiesColumns maps accepted header names (lower case; English, Finnish and
// Swedish) to the column they mean.
var tiesColumns = map[string]string{
	"from": "from", "source": "from", "mistä": "from", "mista": "from", "lähde": "from", "från": "from",
	"to": "to", "target": "to", "mihin": "to", "kohde": "to", "till": "to",
	"kind": "kind", "type": "kind", "tyyppi": "kind", "laji": "kind", "typ": "kind",
	"weight": "weight", "strength": "weight", "vahvuus": "weight", "paino": "weight", "styrka": "weight",
	"directed": "directed", "suunnattu": "directed", "riktad": "directed",
}

// ReadTiesCSV reads a ties table (columns from,to and optionally
// kind,weight,directed; Finnish headers mistä,mihin,tyyppi,vahvuus too)
// into a new network with the default vocabularies. Actors are created from
// the names in from/to. The delimiter (comma, semicolon or tab) is detected
// from the header line and a UTF-8 byte-order mark is skipped. name is used
// in errors, which give the row (1 = header) and the column.
func ReadTiesCSV(r io.Reader, name string) (*graph.Network, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxTableBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(data) > maxTableBytes {
		return nil, fmt.Errorf("%s: file is larger than %d MiB", name, maxTableBytes>>20)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = detectDelimiter(data)
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err == io.EOF {
		return nil, fmt.Errorf("%s: the file is empty (expected a header row with from,to)", name)
	}
	if err != nil {
		return nil, csvError(name, err)
	}
	col := map[string]int{}
	for i, h := range header {
		key := strings.ToLower(strings.TrimSpace(h))
		if c, ok := tiesColumns[key]; ok {
			if _, dup := col[c]; dup {
				return nil, fmt.Errorf("%s: row 1, column %d: column %q appears twice", name, i+1, h)
			}
			col[c] = i
		}
	}
	for _, need := range []string{"from", "to"} {
		if _, ok := col[need]; !ok {
			return nil, fmt.Errorf("%s: row 1: missing column %q (or its Finnish name %q); the header is %q",
				name, need, map[string]string{"from": "mistä", "to": "mihin"}[need], strings.Join(header, string(cr.Comma)))
		}
	}

	n := &graph.Network{Vocab: graph.DefaultVocabularies()}
	ids := map[string]string{} // actor name → ID
	taken := map[string]bool{}
	actorID := func(nameField string) string {
		if id, ok := ids[nameField]; ok {
			return id
		}
		id := graph.UniqueID(graph.Slug(nameField), func(s string) bool { return taken[s] })
		ids[nameField], taken[id] = id, true
		// Actors from a bare ties table have no known sector; "municipality"
		// would be a guess, so they are marked as residents/other until the
		// user sets it. The actors CSV (issue 5) carries real sectors.
		n.Actors = append(n.Actors, &graph.Actor{ID: id, Name: nameField, Sector: "residents"})
		return id
	}
	field := func(rec []string, c string) string {
		if i, ok := col[c]; ok && i < len(rec) {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, csvError(name, err)
		}
		row, _ := cr.FieldPos(0)
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue // blank line
		}
		bad := func(c, format string, args ...any) error {
			return fmt.Errorf("%s: row %d, column %d (%s): %s", name, row, col[c]+1, header[col[c]], fmt.Sprintf(format, args...))
		}
		from, to := field(rec, "from"), field(rec, "to")
		if from == "" {
			return nil, bad("from", "empty actor name")
		}
		if to == "" {
			return nil, bad("to", "empty actor name")
		}
		if from == to {
			return nil, bad("to", "a tie cannot connect %q to itself", to)
		}
		t := &graph.Tie{ID: fmt.Sprintf("t%d", len(n.Ties)+1), Kind: "joint", Strength: 1, Status: graph.TieExisting}
		if k := field(rec, "kind"); k != "" {
			term, ok := lookupTerm(n.Vocab.TieKinds, k)
			if !ok {
				return nil, bad("kind", "unknown tie kind %q (use a code such as joint, referral, or its Finnish name)", k)
			}
			t.Kind = term.Code
		}
		kind, _ := graph.Find(n.Vocab.TieKinds, t.Kind)
		t.Directed = kind.Direction == "directed"
		if w := field(rec, "weight"); w != "" {
			s, err := strconv.Atoi(w)
			if err != nil || s < 1 || s > 3 {
				return nil, bad("weight", "strength %q must be 1, 2 or 3", w)
			}
			t.Strength = s
		}
		if d := field(rec, "directed"); d != "" {
			b, ok := parseBool(d)
			if !ok {
				return nil, bad("directed", "%q is not yes/no, true/false, kyllä/ei or 1/0", d)
			}
			t.Directed = b
		}
		t.From, t.To = actorID(from), actorID(to)
		n.Ties = append(n.Ties, t)
		if len(n.Ties) > maxTableRows {
			return nil, fmt.Errorf("%s: more than %d rows", name, maxTableRows)
		}
	}
	return n, nil
}

// Limits that keep a wrong or hostile file from exhausting memory.
const (
	maxTableBytes = 64 << 20
	maxTableRows  = 1_000_000
)

func csvError(name string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: row %d, column %d: %v", name, pe.StartLine, pe.Column, pe.Err)
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
	case "1", "true", "yes", "y", "kyllä", "k", "ja", "x":
		return true, true
	case "0", "false", "no", "n", "ei", "e", "nej":
		return false, true
	}
	return false, false
}
