package export

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/verkostokartta/verkostokartta/graph"
	"github.com/verkostokartta/verkostokartta/internal/fsutil"
)

// Formats lists the foreign formats by extension, for messages and file
// dialogs. Workspace files (.verkosto) are package workshop's.
var Formats = []string{".csv", ".xlsx", ".graphml", ".gexf"}

// ReadFile reads a network from a foreign format chosen by the file's
// extension; see ReadFileWith.
func ReadFile(path string) (*graph.Network, error) { return ReadFileWith(path, ReadOptions{}) }

// ReadFileWith reads a network from .csv (.tsv, .txt), .xlsx, .graphml or
// .gexf.
func ReadFileWith(path string, opt ReadOptions) (*graph.Network, error) {
	ext := strings.ToLower(filepath.Ext(path))
	switch ext {
	case ".csv", ".tsv", ".txt":
		return ReadCSVFile(path, opt)
	case ".xlsx":
		return ReadXLSXFile(path, opt)
	case ".graphml", ".gexf":
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		var n *graph.Network
		if ext == ".graphml" {
			n, _, err = ReadGraphML(f, path)
		} else {
			n, _, err = ReadGEXF(f, path)
		}
		return n, err
	}
	return nil, fmt.Errorf("%s: unsupported file type %q (supported: .verkosto, %s)", path, ext, strings.Join(Formats, ", "))
}

// WriteFile writes the network in the format of path's extension and
// returns the files written (a CSV writes its actors beside its ties).
// name is the workspace's name; lang the header language of tables.
func WriteFile(n *graph.Network, name, path, lang string) ([]string, error) {
	var data []byte
	switch strings.ToLower(filepath.Ext(path)) {
	case ".csv":
		return WriteCSV(n, path, lang)
	case ".xlsx":
		if err := WriteXLSX(n, path, lang); err != nil {
			return nil, err
		}
		return []string{path}, nil
	case ".graphml":
		data = GraphML(n, name)
	case ".gexf":
		data = GEXF(n, name)
	default:
		return nil, fmt.Errorf("%s: unsupported file type %q (supported: .verkosto, .json, %s)", path, filepath.Ext(path), strings.Join(Formats, ", "))
	}
	if err := fsutil.WriteFileAtomic(path, data); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return []string{path}, nil
}
