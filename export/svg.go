package export

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/goccy/go-graphviz"
)

// renderer is the one Graphviz of the process. It is created on first use
// (compiling the wasm costs ~0.6 s and ~50 MB), shared, and guarded by a
// mutex: go-graphviz is not safe for concurrent use, parsing included. A
// failed render spoils the next one on the same instance, so after an
// error the instance is closed and the next call makes a new one.
var renderer struct {
	sync.Mutex
	gv *graphviz.Graphviz
}

// Layout lays out a DOT document with the engine its layout attribute
// names (dot when it names none) and writes the result as format: "svg",
// "json" (positions and drawing operations, from which PNG and PDF are
// painted), "dot" (DOT with positions) or "xdot". go-graphviz's own PNG
// draws no edges and it has no PDF, so other formats are refused.
func Layout(ctx context.Context, dot []byte, format string) ([]byte, error) {
	switch format {
	case "svg", "json", "dot", "xdot":
	default:
		return nil, fmt.Errorf("graphviz: output format %q not supported (use svg, json, dot or xdot)", format)
	}
	renderer.Lock()
	defer renderer.Unlock()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if renderer.gv == nil {
		gv, err := graphviz.New(ctx)
		if err != nil {
			return nil, fmt.Errorf("starting graphviz: %w", err)
		}
		renderer.gv = gv
	}
	g, err := graphviz.ParseBytes(dot)
	if err == nil && g == nil {
		err = errors.New("no graph found")
	}
	if err != nil {
		return nil, fmt.Errorf("graphviz could not read the DOT document: %w", err)
	}
	defer g.Close()
	var buf bytes.Buffer
	if err := renderer.gv.Render(ctx, g, graphviz.Format(format), &buf); err != nil {
		renderer.gv.Close()
		renderer.gv = nil
		return nil, fmt.Errorf("graphviz %s output: %w", format, err)
	}
	out := buf.Bytes()
	if format == "svg" {
		out = fontFallbacks(out)
	}
	return out, nil
}

// SVG lays out a DOT document and writes it as SVG.
func SVG(ctx context.Context, dot []byte) ([]byte, error) { return Layout(ctx, dot, "svg") }

// fontFallbacks gives the fonts of DOT's documents fallbacks for viewers
// without DejaVu Sans (Verdana is as wide, Arial narrower, so labels still
// fit their boxes) and turns the bold face into a weight that SVG knows.
// User text cannot match: the SVG writer escapes its quotes.
func fontFallbacks(svg []byte) []byte {
	const stack = FontName + ",Verdana,Arial,Helvetica,sans-serif"
	svg = bytes.ReplaceAll(svg, []byte(`font-family="`+FontNameBold+`"`), []byte(`font-family="`+stack+`" font-weight="bold"`))
	return bytes.ReplaceAll(svg, []byte(`font-family="`+FontName+`"`), []byte(`font-family="`+stack+`"`))
}
