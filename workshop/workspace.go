package workshop

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/verkostokartta/verkostokartta/graph"
	"github.com/verkostokartta/verkostokartta/internal/fsutil"
)

// Format is the value of the "format" field of every workspace file.
const Format = "verkostokartta-workspace"

// Version is the newest workspace file version this build reads and the
// one it writes.
const Version = 1

// Extension is the file extension of workspace files.
const Extension = ".verkosto"

// MaxFileSize bounds what Load reads, so that a wrong file picked by
// mistake (a video, a disk image) is refused instead of filling memory.
const MaxFileSize = 256 << 20

// Workspace is one workspace document: the network and what the workshop
// records about it.
type Workspace struct {
	Format      string `json:"format"`
	Version     int    `json:"version"`
	Name        string `json:"name"`
	Description string `json:"description,omitempty"`
	// Region names the area the network serves, e.g. "Etelä-Savo".
	Region string `json:"region,omitempty"`
	graph.Network
	// Rules switches rules of the catalogue off and sets their parameters.
	Rules graph.RuleSettings `json:"rules,omitempty"`
	// Workshop is the workshop's goal, agenda, notes and actions; nil
	// until a workshop is run.
	Workshop *Session `json:"workshop,omitempty"`
	// Snapshots are frozen copies of the network, oldest first.
	Snapshots []Snapshot `json:"snapshots,omitempty"`
	// Views are the map views kept for presenting, in order.
	Views []SavedView `json:"views,omitempty"`
}

// New returns an empty workspace with the default vocabularies.
func New(name string) *Workspace {
	return &Workspace{Format: Format, Version: Version, Name: name, Network: graph.Network{Vocab: graph.DefaultVocabularies()}}
}

// FileError is an error in a named file, at a line or field when known.
type FileError struct {
	File   string
	Line   int    // 1-based; 0 when unknown
	Column int    // 1-based; 0 when unknown
	Field  string // document path such as actors[2].sector; "" when unknown
	Err    error
}

func (e *FileError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Column > 0 {
			fmt.Fprintf(&b, ":%d", e.Column)
		}
	}
	if e.Field != "" {
		b.WriteString(": " + e.Field)
	}
	b.WriteString(": " + e.Err.Error())
	return b.String()
}

func (e *FileError) Unwrap() error { return e.Err }

// ErrNewerVersion is wrapped by Decode when the file was written by a newer
// version of the app; it is refused rather than read with fields dropped.
var ErrNewerVersion = errors.New("the file was saved by a newer version of Verkostokartta")

// Load reads and validates a workspace file.
func Load(path string) (*Workspace, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &FileError{File: path, Err: err}
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, &FileError{File: path, Err: err}
	}
	if len(data) > MaxFileSize {
		return nil, &FileError{File: path, Err: fmt.Errorf("file is larger than %d MiB", MaxFileSize>>20)}
	}
	return Decode(data, path)
}

// Decode parses and validates a workspace document; name is used in errors.
// Unknown fields are an error, never silently dropped.
func Decode(data []byte, name string) (*Workspace, error) {
	var head struct {
		Format  string `json:"format"`
		Version int    `json:"version"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return nil, jsonError(name, data, err)
	}
	if head.Format != Format {
		return nil, &FileError{File: name, Field: "format", Err: fmt.Errorf("not a Verkostokartta workspace (format %q, expected %q)", head.Format, Format)}
	}
	switch {
	case head.Version > Version:
		return nil, &FileError{File: name, Field: "version", Err: fmt.Errorf("%w (file version %d, this version reads up to %d)", ErrNewerVersion, head.Version, Version)}
	case head.Version < 1:
		return nil, &FileError{File: name, Field: "version", Err: fmt.Errorf("invalid version %d", head.Version)}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	ws := &Workspace{}
	if err := dec.Decode(ws); err != nil {
		return nil, jsonError(name, data, err)
	}
	if dec.More() {
		return nil, jsonError(name, data, errors.New("unexpected data after the end of the document"))
	}
	if errs := append(append(ws.Validate(), graph.ValidateSettings(ws.Rules)...), ws.validateSession()...); len(errs) > 0 {
		return nil, validationError(name, errs)
	}
	return ws, nil
}

// validationError reports the first problems of a document, naming the
// file and the field of each.
func validationError(name string, errs []error) error {
	const show = 10
	var list []error
	for i, e := range errs {
		if i == show {
			list = append(list, fmt.Errorf("%s: … and %d more problems", name, len(errs)-show))
			break
		}
		fe := &FileError{File: name, Err: e}
		var gf *graph.FieldError
		if errors.As(e, &gf) {
			fe.Field, fe.Err = gf.Field, errors.New(gf.Msg)
		}
		list = append(list, fe)
	}
	return errors.Join(list...)
}

// jsonError turns an encoding/json error into one naming the line, column
// and, for type errors, the field.
func jsonError(name string, data []byte, err error) error {
	fe := &FileError{File: name, Err: err}
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn) && syn.Offset >= int64(len(data)):
		fe.Line, fe.Column = lineCol(data, int64(len(data)))
		fe.Err = errors.New("the file ends too early (truncated or incomplete)")
	case errors.As(err, &syn):
		// Offset counts the offending byte as read; point at it.
		fe.Line, fe.Column = lineCol(data, syn.Offset-1)
		fe.Err = fmt.Errorf("invalid JSON: %v", syn)
	case errors.As(err, &typ):
		fe.Line, fe.Column = lineCol(data, typ.Offset)
		fe.Field = typ.Field
		fe.Err = fmt.Errorf("expected %s, found JSON %s", typ.Type, typ.Value)
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		fe.Line, fe.Column = lineCol(data, int64(len(data)))
		fe.Err = errors.New("the file ends too early (truncated or incomplete)")
	}
	return fe
}

func lineCol(data []byte, offset int64) (int, int) {
	if offset < 0 {
		offset = 0
	}
	if offset > int64(len(data)) {
		offset = int64(len(data))
	}
	before := data[:offset]
	line := bytes.Count(before, []byte{'\n'}) + 1
	col := int(offset) - bytes.LastIndexByte(before, '\n')
	return line, col
}

// Encode returns the workspace as indented JSON, stamped with the current
// format and version.
func (ws *Workspace) Encode() ([]byte, error) {
	ws.Format, ws.Version = Format, Version
	data, err := json.MarshalIndent(ws, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(data, '\n'), nil
}

// Save writes the workspace atomically: to a temporary file in the same
// folder, flushed to disk, then renamed over path. The previous version is
// kept as path + "~" so that one bad save can be undone by hand.
func (ws *Workspace) Save(path string) error {
	data, err := ws.Encode()
	if err != nil {
		return &FileError{File: path, Err: err}
	}
	// An empty file (one a file dialog has just created) is no version
	// worth keeping.
	if old, err := os.ReadFile(path); err == nil && len(old) > 0 {
		if err := WriteFileAtomic(BackupPath(path), old); err != nil {
			return &FileError{File: path, Err: fmt.Errorf("keeping the previous version: %w", err)}
		}
	}
	if err := WriteFileAtomic(path, data); err != nil {
		return &FileError{File: path, Err: err}
	}
	return nil
}

// BackupPath is where Save keeps the previous version of path.
func BackupPath(path string) string { return path + "~" }

// WriteFileAtomic replaces path with data so that a crash at any moment
// leaves either the old or the new content, never a mix.
func WriteFileAtomic(path string, data []byte) error { return fsutil.WriteFileAtomic(path, data) }
