package export

import (
	"bytes"
	"context"
	"fmt"
	"sync"

	"github.com/goccy/go-graphviz"
)

// Graphviz is one wasm instance, created on first use (it costs ~0.6 s and
// ~50 MB), shared, and guarded by a mutex: go-graphviz is not safe for
// concurrent use, and a failed render can spoil the next one on the same
// instance, so after an error the instance is replaced.
var gv struct {
	sync.Mutex
	g *graphviz.Graphviz
}

// Render lays out a DOT document and writes it in format, one of "svg",
// "json", "dot" (DOT with positions) or "xdot". go-graphviz's own PNG draws
// no edges and it has no PDF; those are painted from "json" output.
func Render(ctx context.Context, dot []byte, format string) ([]byte, error) {
	switch format {
	case "svg", "json", "dot", "xdot":
	default:
		return nil, fmt.Errorf("graphviz: format %q not supported", format)
	}
	gv.Lock()
	defer gv.Unlock()
	if gv.g == nil {
		g, err := graphviz.New(ctx)
		if err != nil {
			return nil, fmt.Errorf("starting graphviz: %w", err)
		}
		gv.g = g
	}
	g, err := graphviz.ParseBytes(dot)
	if err != nil {
		return nil, fmt.Errorf("graphviz could not read the map: %w", err)
	}
	defer g.Close()
	var buf bytes.Buffer
	if err := gv.g.Render(ctx, g, graphviz.Format(format), &buf); err != nil {
		gv.g.Close()
		gv.g = nil
		return nil, fmt.Errorf("graphviz: %w", err)
	}
	return buf.Bytes(), nil
}

// SVG renders a DOT document as SVG.
func SVG(ctx context.Context, dot []byte) ([]byte, error) { return Render(ctx, dot, "svg") }
