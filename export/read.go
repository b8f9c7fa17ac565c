package export

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/verkostokartta/verkostokartta/graph"
)

// ReadFile reads a network from a foreign format chosen by the file's
// extension. Workspace files (.verkosto) are read by package workshop.
func ReadFile(path string) (*graph.Network, error) {
	switch ext := strings.ToLower(filepath.Ext(path)); ext {
	case ".csv", ".tsv", ".txt":
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		return ReadTiesCSV(f, path)
	default:
		return nil, fmt.Errorf("%s: unsupported file type %q (supported: .verkosto, .csv)", path, ext)
	}
}
