package export

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"sync"

	"github.com/fogleman/gg"
	"github.com/golang/freetype/truetype"
	"golang.org/x/image/font"
)

// maxPixels bounds a PNG's size: an A3 page at 300 dpi is 17 million
// pixels; beyond 60 million the image takes gigabytes to paint.
const maxPixels = 60_000_000

// Draw lays out a DOT document with Graphviz and returns its drawing,
// ready to be painted as PNG or PDF.
func Draw(ctx context.Context, dot []byte) (*Drawing, error) {
	out, err := Layout(ctx, dot, "json")
	if err != nil {
		return nil, err
	}
	return ParseDrawing(out)
}

// PNG lays out a DOT document and paints it as a PNG image of the given
// size.
func PNG(ctx context.Context, dot []byte, size Size) ([]byte, error) {
	d, err := Draw(ctx, dot)
	if err != nil {
		return nil, err
	}
	return d.PNG(size)
}

// PNG paints the drawing as a PNG image of the given size, white where
// the drawing does not reach.
func (d *Drawing) PNG(size Size) ([]byte, error) {
	img, err := d.Image(size)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	// Maps are mostly white: the fastest compression costs little in size.
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&buf, img); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Image paints the drawing on a new image of the given size.
func (d *Drawing) Image(size Size) (*image.RGBA, error) {
	w, h, scale, offset := size.page(d)
	px := size.dpi() / 72 // pixels per point
	wp, hp := int(math.Ceil(w*px)), int(math.Ceil(h*px))
	if wp < 1 || hp < 1 || float64(wp)*float64(hp) > maxPixels {
		return nil, fmt.Errorf("a %d × %d pixel image is too large; choose a smaller size or resolution", wp, hp)
	}
	dc := gg.NewContext(wp, hp)
	dc.SetColor(color.White)
	dc.Clear()
	// Butt caps as in Graphviz's SVG; round ones would cost a third of
	// the painting time on the many short dashes of a large map.
	dc.SetLineCapButt()
	dc.SetLineJoinRound()
	d.paint(&pngPainter{dc: dc}, scale*px, Point{offset.X * px, offset.Y * px})
	return dc.Image().(*image.RGBA), nil
}

// pngPainter paints with gg, in pixels.
type pngPainter struct {
	dc    *gg.Context
	faces map[faceKey]font.Face
}

type faceKey struct {
	bold bool
	size float64
}

func (p *pngPainter) path(pts []Point, curve, closed bool, fill color.NRGBA, pn pen) {
	dc := p.dc
	dc.MoveTo(pts[0].X, pts[0].Y)
	if curve {
		for i := 1; i+2 < len(pts); i += 3 {
			dc.CubicTo(pts[i].X, pts[i].Y, pts[i+1].X, pts[i+1].Y, pts[i+2].X, pts[i+2].Y)
		}
	} else {
		for _, q := range pts[1:] {
			dc.LineTo(q.X, q.Y)
		}
	}
	if closed {
		dc.ClosePath()
	}
	if fill.A > 0 {
		dc.SetColor(fill)
		dc.FillPreserve()
	}
	if pn.width > 0 && pn.colour.A > 0 {
		dc.SetColor(pn.colour)
		// Hairlines stay visible when a large map is scaled down.
		dc.SetLineWidth(math.Max(pn.width, 0.6))
		dc.SetDash(pn.dash...)
		dc.StrokePreserve()
	}
	dc.ClearPath()
}

func (p *pngPainter) text(x, y float64, s string, size float64, bold bool, c color.NRGBA) {
	p.dc.SetFontFace(p.face(size, bold))
	p.dc.SetColor(c)
	p.dc.DrawString(s, x, y)
}

func (p *pngPainter) measure(s string, size float64, bold bool) float64 {
	return float64(font.MeasureString(p.face(size, bold), s)) / 64
}

// face returns the font face of a size, made once per image: faces cache
// their glyphs.
func (p *pngPainter) face(size float64, bold bool) font.Face {
	key := faceKey{bold, math.Round(size*20) / 20}
	if f, ok := p.faces[key]; ok {
		return f
	}
	if p.faces == nil {
		p.faces = map[faceKey]font.Face{}
	}
	regular, boldFont := parsedFonts()
	ttf := regular
	if bold {
		ttf = boldFont
	}
	f := truetype.NewFace(ttf, &truetype.Options{Size: math.Max(key.size, 0.5), Hinting: font.HintingNone})
	p.faces[key] = f
	return f
}

// parsedFonts parses the embedded fonts once.
var parsedFonts = sync.OnceValues(func() (regular, bold *truetype.Font) {
	var err error
	if regular, err = truetype.Parse(fontRegular); err != nil {
		panic("export: the embedded DejaVu Sans is broken: " + err.Error())
	}
	if bold, err = truetype.Parse(fontBold); err != nil {
		panic("export: the embedded DejaVu Sans Bold is broken: " + err.Error())
	}
	return regular, bold
})
