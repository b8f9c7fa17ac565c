package export

import (
	"bytes"
	"context"
	"image/color"
	"math"
	"slices"

	"github.com/go-pdf/fpdf"
)

// pdfFont is the family name of the embedded font inside PDF documents.
const pdfFont = "DejaVu"

// PDF lays out a DOT document and paints it as a one-page PDF of the
// given size. The map stays vector graphics and its text stays text:
// names can be searched and copied (pdftotext finds them).
func PDF(ctx context.Context, dot []byte, size Size) ([]byte, error) {
	d, err := Draw(ctx, dot)
	if err != nil {
		return nil, err
	}
	return d.PDF(size, "")
}

// PDF paints the drawing as a one-page PDF of the given size; title goes
// into the document's properties.
func (d *Drawing) PDF(size Size, title string) ([]byte, error) {
	w, h, scale, offset := size.page(d)
	f := newPDF(w, h)
	if title != "" {
		f.SetTitle(title, true)
	}
	f.AddPage()
	d.paint(newPDFPainter(f), scale, offset)
	return outputPDF(f)
}

// newPDF returns a document in points with the embedded fonts, whose
// pages are w × h points unless AddPageFormat says otherwise.
func newPDF(w, h float64) *fpdf.Fpdf {
	f := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", Size: fpdf.SizeType{Wd: w, Ht: h}})
	f.SetAutoPageBreak(false, 0)
	f.SetMargins(0, 0, 0)
	f.SetCreator("Verkostokartta", true)
	f.AliasNbPages("{nb}") // before the fonts: it changes their subsets
	f.AddUTF8FontFromBytes(pdfFont, "", fontRegular)
	f.AddUTF8FontFromBytes(pdfFont, "B", fontBold)
	f.SetFont(pdfFont, "", 10)
	return f
}

func outputPDF(f *fpdf.Fpdf) ([]byte, error) {
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// pdfPainter paints with fpdf, in points. It remembers the graphics state
// it set, so that a map of thousands of shapes does not repeat it.
type pdfPainter struct {
	f     *fpdf.Fpdf
	alpha float64
	width float64
	dash  []float64
	fill  color.NRGBA
	draw  color.NRGBA
	ink   color.NRGBA
	bold  bool
	size  float64
}

func newPDFPainter(f *fpdf.Fpdf) *pdfPainter {
	f.SetAlpha(1, "Normal")
	f.SetLineCapStyle("round")
	f.SetLineJoinStyle("round")
	f.SetDashPattern(nil, 0)
	f.SetLineWidth(1)
	f.SetFillColor(0, 0, 0)
	f.SetDrawColor(0, 0, 0)
	f.SetTextColor(0, 0, 0)
	f.SetFont(pdfFont, "", 10)
	black := color.NRGBA{A: 255}
	return &pdfPainter{f: f, alpha: 1, width: 1, fill: black, draw: black, ink: black, size: 10}
}

func (p *pdfPainter) setAlpha(a uint8) {
	if v := float64(a) / 255; v != p.alpha {
		p.f.SetAlpha(v, "Normal")
		p.alpha = v
	}
}

func (p *pdfPainter) path(pts []Point, curve, closed bool, fill color.NRGBA, pn pen) {
	stroke := pn.width > 0 && pn.colour.A > 0
	if fill.A == 0 && !stroke {
		return
	}
	f := p.f
	trace := func() {
		f.MoveTo(pts[0].X, pts[0].Y)
		if curve {
			for i := 1; i+2 < len(pts); i += 3 {
				f.CurveBezierCubicTo(pts[i].X, pts[i].Y, pts[i+1].X, pts[i+1].Y, pts[i+2].X, pts[i+2].Y)
			}
		} else {
			for _, q := range pts[1:] {
				f.LineTo(q.X, q.Y)
			}
		}
		if closed {
			f.ClosePath()
		}
	}
	if fill.A > 0 {
		if fill != p.fill {
			f.SetFillColor(int(fill.R), int(fill.G), int(fill.B))
			p.fill = fill
		}
	}
	if stroke {
		if c := pn.colour; c != p.draw {
			f.SetDrawColor(int(c.R), int(c.G), int(c.B))
			p.draw = c
		}
		if w := math.Max(pn.width, 0.2); w != p.width {
			f.SetLineWidth(w)
			p.width = w
		}
		if !slices.Equal(pn.dash, p.dash) {
			f.SetDashPattern(pn.dash, 0)
			p.dash = pn.dash
		}
	}
	switch {
	case fill.A > 0 && stroke && fill.A == pn.colour.A:
		p.setAlpha(fill.A)
		trace()
		f.DrawPath("FD")
	default:
		if fill.A > 0 {
			p.setAlpha(fill.A)
			trace()
			f.DrawPath("F")
		}
		if stroke {
			p.setAlpha(pn.colour.A)
			trace()
			f.DrawPath("D")
		}
	}
}

func (p *pdfPainter) setFont(size float64, bold bool) {
	if size != p.size || bold != p.bold {
		style := ""
		if bold {
			style = "B"
		}
		p.f.SetFont(pdfFont, style, size)
		p.size, p.bold = size, bold
	}
}

func (p *pdfPainter) text(x, y float64, s string, size float64, bold bool, c color.NRGBA) {
	p.setFont(size, bold)
	if c != p.ink {
		p.f.SetTextColor(int(c.R), int(c.G), int(c.B))
		p.ink = c
	}
	p.setAlpha(c.A)
	p.f.Text(x, y, s)
}

func (p *pdfPainter) measure(s string, size float64, bold bool) float64 {
	p.setFont(size, bold)
	return p.f.GetStringWidth(s)
}
