package export

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/verkostokartta/verkostokartta/graph"
)

// The tabular form of a network, shared by the spreadsheet (XLSX) and CSV
// formats: one table per kind of record, each column known by an English
// code and by Finnish and Swedish headers, so that a facilitator's own
// spreadsheet reads in whatever language its headers are in.

// column is one column of a table: its code (the English header), the
// headers it is also known by, and the Finnish header written by default.
type column struct {
	code    string
	fi      string
	aliases []string
}

// sheet describes one table.
type sheet struct {
	code    string // English sheet name
	fi      string // Finnish sheet name
	aliases []string
	columns []column
}

var (
	actorSheet = sheet{"Actors", "Toimijat", []string{"aktörer", "toimijat", "actors", "nodes", "solmut"}, []column{
		{"id", "tunnus", []string{"id", "tunnus", "koodi", "kod"}},
		{"name", "nimi", []string{"name", "nimi", "namn", "label", "toimija", "aktör"}},
		{"short_name", "lyhenne", []string{"short_name", "short name", "lyhenne", "lyhyt nimi", "förkortning"}},
		{"sector", "sektori", []string{"sector", "sektori", "sektor"}},
		{"subtype", "alatyyppi", []string{"subtype", "alatyyppi", "undertyp"}},
		{"parent", "kuuluu", []string{"parent", "kuuluu", "emo", "emo-organisaatio", "hör till"}},
		{"municipalities", "kunnat", []string{"municipalities", "municipality", "kunnat", "kunta", "kommuner", "kommun"}},
		{"meeting_place", "kohtaamispaikka", []string{"meeting_place", "meeting place", "kohtaamispaikka", "mötesplats"}},
		{"project", "hanke", []string{"project", "hanke", "projekt"}},
		{"project_start", "hanke alkaa", []string{"project_start", "hanke alkaa", "projektet börjar"}},
		{"project_end", "hanke päättyy", []string{"project_end", "hanke päättyy", "projektet slutar"}},
		{"tasks", "tehtävät", []string{"tasks", "tehtävät", "uppgifter"}},
		{"life_stages", "ikävaiheet", []string{"life_stages", "life stages", "ikävaiheet", "ikävaihe", "livsskeden"}},
		{"status", "jäsenyys", []string{"status", "jäsenyys", "medlemskap"}},
		{"since", "alkaen", []string{"since", "alkaen", "från och med", "sedan"}},
		{"until", "saakka", []string{"until", "saakka", "asti", "till och med"}},
		{"notes", "muistiinpanot", []string{"notes", "muistiinpanot", "huomiot", "anteckningar"}},
		{"x", "x", []string{"x"}},
		{"y", "y", []string{"y"}},
	}}
	contactSheet = sheet{"Contacts", "Yhteyshenkilöt", []string{"contacts", "yhteyshenkilöt", "kontaktpersoner"}, []column{
		{"actor", "toimija", []string{"actor", "toimija", "aktör"}},
		{"id", "tunnus", []string{"id", "tunnus"}},
		{"name", "nimi", []string{"name", "nimi", "namn"}},
		{"role", "rooli", []string{"role", "rooli", "tehtävä", "roll"}},
		{"email", "sähköposti", []string{"email", "e-mail", "sähköposti", "e-post"}},
		{"phone", "puhelin", []string{"phone", "puhelin", "telefon"}},
	}}
	tieSheet = sheet{"Ties", "Yhteydet", []string{"ties", "yhteydet", "relationer", "edges", "kaaret"}, []column{
		{"id", "tunnus", []string{"id", "tunnus"}},
		{"from", "mistä", []string{"from", "source", "mistä", "mista", "lähde", "från"}},
		{"to", "mihin", []string{"to", "target", "mihin", "kohde", "till"}},
		{"kind", "tyyppi", []string{"kind", "type", "tyyppi", "laji", "typ"}},
		{"directed", "suunnattu", []string{"directed", "suunnattu", "riktad"}},
		{"strength", "vahvuus", []string{"strength", "weight", "vahvuus", "paino", "styrka"}},
		{"status", "tila", []string{"status", "tila"}},
		{"since", "alkaen", []string{"since", "alkaen", "sedan"}},
		{"until", "saakka", []string{"until", "saakka", "asti", "till och med"}},
		{"contacts", "yhteyshenkilöt", []string{"contacts", "yhteyshenkilöt", "kontaktpersoner"}},
		{"tasks", "tehtävät", []string{"tasks", "tehtävät", "uppgifter"}},
		{"notes", "muistiinpanot", []string{"notes", "muistiinpanot", "anteckningar"}},
	}}
	groupSheet = sheet{"Groups", "Ryhmät", []string{"groups", "ryhmät", "grupper", "forums", "foorumit"}, []column{
		{"id", "tunnus", []string{"id", "tunnus"}},
		{"name", "nimi", []string{"name", "nimi", "namn"}},
		{"kind", "tyyppi", []string{"kind", "type", "tyyppi", "typ"}},
		{"level", "taso", []string{"level", "taso", "nivå"}},
		{"purpose", "tarkoitus", []string{"purpose", "tarkoitus", "syfte"}},
		{"meetings_per_year", "kokouksia vuodessa", []string{"meetings_per_year", "meetings per year", "kokouksia vuodessa", "möten per år"}},
		{"coordinator", "koordinaattori", []string{"coordinator", "koordinaattori", "koordinator"}},
	}}
	membershipSheet = sheet{"Memberships", "Jäsenyydet", []string{"memberships", "jäsenyydet", "medlemskap"}, []column{
		{"group", "ryhmä", []string{"group", "ryhmä", "grupp"}},
		{"actor", "toimija", []string{"actor", "toimija", "aktör"}},
		{"role", "rooli", []string{"role", "rooli", "roll"}},
		{"since", "alkaen", []string{"since", "alkaen", "sedan"}},
		{"until", "saakka", []string{"until", "saakka", "asti"}},
		{"representative", "edustaja", []string{"representative", "edustaja", "representant"}},
		{"notice", "irtisanottu", []string{"notice", "irtisanottu", "irtisanomispäivä", "uppsagt"}},
	}}
	serviceSheet = sheet{"Services", "Palvelut", []string{"services", "palvelut", "tjänster"}, []column{
		{"id", "tunnus", []string{"id", "tunnus"}},
		{"name", "nimi", []string{"name", "nimi", "namn"}},
		{"providers", "tarjoajat", []string{"providers", "provider", "tarjoajat", "tarjoaja", "järjestäjä", "aktörer"}},
		{"tasks", "tehtävät", []string{"tasks", "tehtävät", "uppgifter"}},
		{"life_stages", "ikävaiheet", []string{"life_stages", "life stages", "ikävaiheet", "livsskeden"}},
		{"municipalities", "kunnat", []string{"municipalities", "kunnat", "kunta", "kommuner"}},
		{"mode", "muoto", []string{"mode", "muoto", "toimintamuoto", "form"}},
		{"notes", "muistiinpanot", []string{"notes", "muistiinpanot", "anteckningar"}},
	}}
	vocabSheet = sheet{"Vocabularies", "Sanastot", []string{"vocabularies", "sanastot", "ordlistor"}, []column{
		{"list", "luettelo", []string{"list", "luettelo", "lista"}},
		{"code", "koodi", []string{"code", "koodi", "kod"}},
		{"fi", "suomi", []string{"fi", "suomi", "finska"}},
		{"sv", "ruotsi", []string{"sv", "ruotsi", "svenska"}},
		{"en", "englanti", []string{"en", "englanti", "engelska"}},
		{"source", "lähde", []string{"source", "lähde", "källa"}},
		{"colour", "väri", []string{"colour", "color", "väri", "färg"}},
		{"direction", "suunta", []string{"direction", "suunta", "riktning"}},
	}}
	allSheets = []sheet{vocabSheet, actorSheet, contactSheet, tieSheet, groupSheet, membershipSheet, serviceSheet}
)

// statusWords lets tables say statuses in Finnish and Swedish.
var statusWords = map[string]string{
	"ydin": graph.StatusCore, "ydintoimija": graph.StatusCore, "kärna": graph.StatusCore,
	"jäsen": graph.StatusMember, "medlem": graph.StatusMember,
	"kumppani": graph.StatusPartner, "partner": graph.StatusPartner,
	"ehdokas": graph.StatusCandidate, "kandidat": graph.StatusCandidate,
	"ulkopuolinen": graph.StatusOutside, "utanför": graph.StatusOutside,
	"olemassa": graph.TieExisting, "voimassa": graph.TieExisting, "befintlig": graph.TieExisting,
	"suunniteltu": graph.TiePlanned, "planerad": graph.TiePlanned,
	"toivottu": graph.TieWished, "önskad": graph.TieWished,
	"päättynyt": graph.TieEnded, "avslutad": graph.TieEnded,
}

// Limits against hostile or mistaken files.
const (
	maxCellChars = 32767 // Excel's own limit for a cell
	maxRows      = 1_000_000
)

// table is one sheet of cells as read from a file; rows[i] is on line
// lines[i] of the file (1-based, the header is line headerLine).
type table struct {
	file       string // the file the table came from, when not the one read
	name       string // as in the file, for messages
	header     []string
	headerLine int
	rows       [][]string
	lines      []int
}

// ReadOptions tune how tables become a network.
type ReadOptions struct {
	// CreateMissing creates an actor for a tie, membership or service that
	// names an unknown actor, instead of refusing the file.
	CreateMissing bool
}

// tableReader reads one table's cells by column code, and reports errors
// naming the file, sheet, row and column.
type tableReader struct {
	file  string
	t     *table
	spec  sheet
	index map[string]int
	row   int // index into t.rows
}

func newTableReader(file string, t *table, spec sheet) (*tableReader, error) {
	r := &tableReader{file: file, t: t, spec: spec, index: map[string]int{}}
	for i, h := range t.header {
		key := strings.ToLower(strings.TrimSpace(h))
		for _, c := range spec.columns {
			for _, a := range c.aliases {
				if key == a {
					if _, dup := r.index[c.code]; dup {
						return nil, r.errAt(t.headerLine, i, "column %q appears twice", h)
					}
					r.index[c.code] = i
				}
			}
		}
	}
	return r, nil
}

func (r *tableReader) where() string {
	if r.t.file != "" {
		return r.t.file
	}
	if r.t.name != "" {
		return fmt.Sprintf("%s, sheet %s", r.file, r.t.name)
	}
	return r.file
}

func (r *tableReader) errAt(line, col int, format string, args ...any) error {
	msg := fmt.Sprintf(format, args...)
	if col >= 0 && col < len(r.t.header) {
		return fmt.Errorf("%s: row %d, column %s (%s): %s", r.where(), line, columnName(col), r.t.header[col], msg)
	}
	return fmt.Errorf("%s: row %d: %s", r.where(), line, msg)
}

// bad reports a problem with column code in the current row.
func (r *tableReader) bad(code, format string, args ...any) error {
	col, ok := r.index[code]
	if !ok {
		col = -1
	}
	return r.errAt(r.t.lines[r.row], col, format, args...)
}

func (r *tableReader) has(code string) bool { _, ok := r.index[code]; return ok }

func (r *tableReader) require(codes ...string) error {
	for _, c := range codes {
		if !r.has(c) {
			var names []string
			for _, col := range r.spec.columns {
				if col.code == c {
					names = append(names, col.code, col.fi)
				}
			}
			return fmt.Errorf("%s: row %d: missing column %q (or %q); the header is %q", r.where(), r.t.headerLine,
				names[0], names[1], strings.Join(r.t.header, ", "))
		}
	}
	return nil
}

func (r *tableReader) get(code string) string {
	i, ok := r.index[code]
	if !ok || i >= len(r.t.rows[r.row]) {
		return ""
	}
	return strings.TrimSpace(r.t.rows[r.row][i])
}

// columnName is a spreadsheet column letter: 0 → A, 26 → AA.
func columnName(i int) string {
	name := ""
	for i >= 0 {
		name = string(rune('A'+i%26)) + name
		i = i/26 - 1
	}
	return name
}

// blank reports whether the current row has no content.
func (r *tableReader) blank() bool {
	for _, c := range r.t.rows[r.row] {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// list splits a cell of several values: "a; b" or "a, b".
func list(s string) []string {
	sep := ";"
	if !strings.Contains(s, ";") {
		sep = ","
	}
	var out []string
	for _, p := range strings.Split(s, sep) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func (r *tableReader) codes(code string, vocab []graph.Term, what string) ([]string, error) {
	var out []string
	for _, v := range list(r.get(code)) {
		t, ok := lookupTerm(vocab, v)
		if !ok {
			return nil, r.bad(code, "unknown %s %q", what, v)
		}
		out = append(out, t.Code)
	}
	return out, nil
}

func (r *tableReader) term(code string, vocab []graph.Term, what, def string) (string, error) {
	v := r.get(code)
	if v == "" {
		return def, nil
	}
	t, ok := lookupTerm(vocab, v)
	if !ok {
		return "", r.bad(code, "unknown %s %q", what, v)
	}
	return t.Code, nil
}

func (r *tableReader) date(code string) (graph.Date, error) {
	v := r.get(code)
	// A spreadsheet date cell arrives as Excel's serial day number
	// (1 = 1900-01-01, with Excel's phantom 29 February 1900).
	if serial, err := strconv.Atoi(v); err == nil && serial > 20000 && serial < 80000 {
		return graph.Date(time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, serial).Format("2006-01-02")), nil
	}
	d, err := graph.ParseDate(v)
	if err != nil {
		return "", r.bad(code, "%v", err)
	}
	return d, nil
}

func (r *tableReader) boolean(code string) (bool, error) {
	v := r.get(code)
	if v == "" {
		return false, nil
	}
	b, ok := parseBool(v)
	if !ok {
		return false, r.bad(code, "%q is not yes/no, kyllä/ei, true/false or 1/0", v)
	}
	return b, nil
}

func (r *tableReader) number(code string) (float64, error) {
	v := strings.Replace(r.get(code), ",", ".", 1) // Finnish decimal comma
	if v == "" {
		return 0, nil
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil {
		return 0, r.bad(code, "%q is not a number", r.get(code))
	}
	return f, nil
}

func (r *tableReader) integer(code string, min, max, def int) (int, error) {
	v := r.get(code)
	if v == "" {
		return def, nil
	}
	f, err := strconv.ParseFloat(strings.Replace(v, ",", ".", 1), 64)
	if err != nil || f != float64(int(f)) || int(f) < min || int(f) > max {
		return 0, r.bad(code, "%q must be a whole number from %d to %d", v, min, max)
	}
	return int(f), nil
}

func (r *tableReader) status(code string, allowed []string) (string, error) {
	v := strings.ToLower(r.get(code))
	if v == "" {
		return "", nil
	}
	if s, ok := statusWords[v]; ok {
		v = s
	}
	for _, a := range allowed {
		if a == v {
			return v, nil
		}
	}
	return "", r.bad(code, "unknown status %q (allowed: %s)", r.get(code), strings.Join(allowed, ", "))
}

// checkCells refuses cells larger than a spreadsheet cell can be, and text
// that is not UTF-8 after decoding.
func checkCells(file string, t *table) error {
	for i, row := range t.rows {
		for j, c := range row {
			if len(c) > maxCellChars && utf8.RuneCountInString(c) > maxCellChars {
				return fmt.Errorf("%s: row %d, column %s: the cell holds more than %d characters", file, t.lines[i], columnName(j), maxCellChars)
			}
		}
	}
	return nil
}

var errNoActors = errors.New("no actors")
