package export

import (
	"context"
	"fmt"
	"image/color"
	"math"
	"strings"

	"github.com/go-pdf/fpdf"
)

// A4 portrait in points, and the memo's margins.
const (
	a4W, a4H     = 595.28, 841.89
	memoMargin   = 56.0 // left, right and top: 2 cm
	memoBottom   = 62.0
	memoFontSize = 10.0
)

// Colours of the memo's text.
var (
	inkText  = color.NRGBA{0x1c, 0x1c, 0x1c, 255}
	inkMuted = color.NRGBA{0x5f, 0x6a, 0x6a, 255}
	inkHead  = color.NRGBA{0x1b, 0x4f, 0x72, 255}
)

// ReportPDF writes the workshop memo as an A4 PDF: a title page with the
// key figures and the leading brokers, the map with its legend on a
// landscape page, then the workspace's description, coverage, fragile
// points, overlaps, gaps, rules, contact persons and the workshop's own
// record. All text is real text.
func ReportPDF(ctx context.Context, r *Report) ([]byte, error) {
	m := buildMemo(r)
	var drawing, beforeDrawing *Drawing
	if m.dot != nil {
		d, err := Draw(ctx, m.dot)
		if err != nil {
			return nil, err
		}
		drawing = d
	}
	if m.before != nil && m.before.dot != nil {
		d, err := Draw(ctx, m.before.dot)
		if err != nil {
			return nil, err
		}
		beforeDrawing = d
	}
	f := newPDF(a4W, a4H)
	f.SetTitle(m.title, true)
	f.SetSubject(m.subtitle, true)
	f.SetLang(m.lang)
	f.SetMargins(memoMargin, memoMargin, memoMargin)
	f.SetAutoPageBreak(true, memoBottom)
	w := &memoPDF{f: f, m: m}
	f.SetFooterFunc(w.footer)

	f.AddPage()
	w.titleBlock()
	w.figures()
	w.brokers()
	w.mapPage(drawing)
	f.AddPage()
	if m.intro != "" {
		w.heading(w.t("background"))
		w.font(9, false, inkText)
		f.MultiCell(w.width(), 12.5, m.intro, "", "L", false)
	}
	w.coverage()
	for _, s := range m.sections {
		w.heading(s.Title)
		w.bullets(s.Items)
	}
	w.rules()
	w.contacts(r.NoPersonalData)
	w.review(m.reviewDay)
	if len(m.workshop) > 0 {
		w.heading(w.t("workshop"))
		for _, s := range m.workshop {
			w.subheading(s.Title)
			w.bullets(s.Items)
		}
	}
	w.beforeAfter(beforeDrawing)
	return outputPDF(f)
}

// memoPDF writes a memo with fpdf, top to bottom.
type memoPDF struct {
	f *fpdf.Fpdf
	m *memo
}

func (w *memoPDF) t(key string) string { return reportWords[key].In(w.m.lang) }

func (w *memoPDF) width() float64 {
	pw, _ := w.f.GetPageSize()
	return pw - 2*memoMargin
}

func (w *memoPDF) font(size float64, bold bool, c color.NRGBA) {
	style := ""
	if bold {
		style = "B"
	}
	w.f.SetFont(pdfFont, style, size)
	w.f.SetTextColor(int(c.R), int(c.G), int(c.B))
}

func (w *memoPDF) fillColour(hex string) {
	r, g, b, _ := parseHex(hex)
	w.f.SetFillColor(int(r), int(g), int(b))
}

// room starts a new page unless h points are left on this one.
func (w *memoPDF) room(h float64) {
	_, ph := w.f.GetPageSize()
	if w.f.GetY()+h > ph-memoBottom {
		w.f.AddPage()
	}
}

func (w *memoPDF) footer() {
	f := w.f
	_, ph := f.GetPageSize()
	f.SetY(ph - 40)
	w.font(7.5, false, inkMuted)
	f.CellFormat(w.width()/2, 10, w.m.generated, "", 0, "L", false, 0, "")
	f.CellFormat(w.width()/2, 10, fmt.Sprintf(w.t("page"), f.PageNo(), "{nb}"), "", 0, "R", false, 0, "")
}

func (w *memoPDF) titleBlock() {
	f := w.f
	w.font(22, true, inkHead)
	f.MultiCell(w.width(), 27, w.m.title, "", "L", false)
	f.Ln(2)
	w.font(11, false, inkMuted)
	f.MultiCell(w.width(), 15, w.m.subtitle, "", "L", false)
	f.SetDrawColor(0x1b, 0x4f, 0x72)
	f.SetLineWidth(1.2)
	y := f.GetY() + 6
	f.Line(memoMargin, y, memoMargin+w.width(), y)
	f.SetY(y + 10)

}

func (w *memoPDF) heading(s string) {
	w.room(60)
	f := w.f
	f.Ln(8)
	f.Bookmark(s, 0, -1)
	w.font(14, true, inkHead)
	f.MultiCell(w.width(), 18, s, "", "L", false)
	f.Ln(3)
}

func (w *memoPDF) subheading(s string) {
	w.room(40)
	w.f.Ln(3)
	w.font(11, true, inkText)
	w.f.MultiCell(w.width(), 14, s, "", "L", false)
	w.f.Ln(1)
}

func (w *memoPDF) paragraph(s string) {
	w.font(memoFontSize, false, inkText)
	w.f.MultiCell(w.width(), memoFontSize*1.4, s, "", "L", false)
	w.f.Ln(4)
}

func (w *memoPDF) note(s string) {
	w.font(8.5, false, inkMuted)
	w.f.MultiCell(w.width(), 11.5, s, "", "L", false)
	w.f.Ln(3)
}

func (w *memoPDF) bullets(items []string) {
	f := w.f
	if len(items) == 0 {
		w.font(memoFontSize, false, inkMuted)
		f.MultiCell(w.width(), memoFontSize*1.4, w.t("none"), "", "L", false)
		return
	}
	for _, it := range items {
		w.room(memoFontSize * 1.4)
		w.font(memoFontSize, false, inkText)
		f.SetX(memoMargin)
		f.CellFormat(12, memoFontSize*1.4, "•", "", 0, "L", false, 0, "")
		f.MultiCell(w.width()-12, memoFontSize*1.4, it, "", "L", false)
		f.Ln(1.5)
	}
}

// figures draws the key figures as a grid of cards, three to a row.
func (w *memoPDF) figures() {
	f := w.f
	w.heading(w.t("figures"))
	const cols, cardH, gap = 3, 52.0, 8.0
	cardW := (w.width() - gap*(cols-1)) / cols
	y := f.GetY()
	for i, fig := range w.m.figures {
		if i%cols == 0 {
			if i > 0 {
				f.SetY(y + cardH + gap)
			}
			w.room(cardH)
			y = f.GetY()
		}
		x := memoMargin + float64(i%cols)*(cardW+gap)
		w.fillColour("#eef3f7")
		f.Rect(x, y, cardW, cardH, "F")
		f.SetXY(x+8, y+7)
		w.font(15, true, inkHead)
		f.CellFormat(cardW-16, 17, fig.Value, "", 0, "L", false, 0, "")
		f.SetXY(x+8, y+25)
		w.font(8, false, inkMuted)
		f.MultiCell(cardW-16, 10, fig.Label, "", "L", false)
	}
	f.SetXY(memoMargin, y+cardH+gap)
}

// brokers draws the leading brokers as a horizontal bar chart with their
// betweenness and brokerage roles.
func (w *memoPDF) brokers() {
	f := w.f
	w.heading(w.t("brokers"))
	w.note(w.t("brokers-note"))
	if len(w.m.brokers) == 0 {
		w.paragraph(w.t("no-brokers"))
		return
	}
	const labelW, valueW, rowH = 150.0, 40.0, 27.0
	barMax := w.width() - labelW - valueW
	top := w.m.brokers[0].value
	for _, b := range w.m.brokers {
		w.room(rowH)
		y := f.GetY()
		w.font(9, false, inkText)
		f.SetXY(memoMargin, y)
		f.CellFormat(labelW-6, 13, fitText(f, b.label, labelW-6), "", 0, "R", false, 0, "")
		w.fillColour("#1f77b4")
		bw := math.Max(barMax*b.value/top, 1)
		f.Rect(memoMargin+labelW, y+1, bw, 11, "F")
		f.SetXY(memoMargin+labelW+bw+4, y)
		w.font(9, true, inkText)
		f.CellFormat(valueW, 13, FormatNumber(b.value, 3, w.m.lang), "", 0, "L", false, 0, "")
		if b.note != "" {
			f.SetXY(memoMargin+labelW, y+13)
			w.font(7, false, inkMuted)
			f.CellFormat(barMax+valueW, 10, fitText(f, b.note, barMax+valueW), "", 0, "L", false, 0, "")
		}
		f.SetXY(memoMargin, y+rowH)
	}
}

// mapPage paints the map with its legend on an A4 landscape page, as
// vector graphics with real text.
func (w *memoPDF) mapPage(d *Drawing) {
	f := w.f
	f.AddPageFormat("L", fpdf.SizeType{Wd: a4W, Ht: a4H})
	w.heading(w.t("map"))
	w.note(w.t("map-note"))
	if d == nil {
		w.paragraph(w.t("none"))
		return
	}
	w.drawing(d)
}

// drawing paints a Graphviz drawing into the rest of the page, as vector
// graphics with real text, and returns to the memo's own pen.
func (w *memoPDF) drawing(d *Drawing) {
	f := w.f
	pw, ph := f.GetPageSize()
	y := f.GetY()
	scale, offset := d.Fit(memoMargin, y, pw-2*memoMargin, ph-memoBottom-y, maxMapScale)
	d.paint(newPDFPainter(f), scale, offset)
	f.SetAlpha(1, "Normal")
	f.SetDashPattern(nil, 0)
	f.SetLineWidth(1)
}

// coverage draws the task × municipality matrix as a heat map: the number
// of providers in each cell, red where there is none.
func (w *memoPDF) coverage() {
	f := w.f
	c := w.m.coverage
	w.heading(w.t("coverage"))
	if len(c.rows) == 0 || len(c.cols) == 0 {
		w.paragraph(w.t("no-coverage"))
		return
	}
	w.note(w.t("coverage-key"))
	const labelW = 150.0
	cellW := math.Min(34, (w.width()-labelW)/float64(len(c.cols)))
	cellH := 17.0
	fs := math.Min(8, cellW*0.45)
	// Column headings, turned to read upwards.
	w.font(fs, false, inkText)
	headH := 0.0
	for _, col := range c.cols {
		headH = math.Max(headH, f.GetStringWidth(col))
	}
	headH = math.Min(headH, 110) + 6
	w.room(headH + cellH*float64(len(c.rows)) + 40)
	y := f.GetY()
	for j, col := range c.cols {
		x := memoMargin + labelW + float64(j)*cellW + cellW/2 + fs/3
		f.TransformBegin()
		f.TransformRotate(90, x, y+headH-3)
		f.Text(x, y+headH-3, fitText(f, col, headH-6))
		f.TransformEnd()
	}
	y += headH
	for i, row := range c.rows {
		w.font(8, false, inkText)
		f.SetXY(memoMargin, y)
		f.CellFormat(labelW-6, cellH, fitText(f, row, labelW-6), "", 0, "R", false, 0, "")
		for j, k := range c.counts[i] {
			x := memoMargin + labelW + float64(j)*cellW
			w.fillColour(coverageColour(k))
			f.SetDrawColor(255, 255, 255)
			f.SetLineWidth(1)
			f.Rect(x, y, cellW, cellH, "FD")
			ink := inkText
			if k >= 4 {
				ink = color.NRGBA{255, 255, 255, 255}
			}
			w.font(fs, k == 0, ink)
			f.SetXY(x, y)
			f.CellFormat(cellW, cellH, fmt.Sprint(k), "", 0, "C", false, 0, "")
		}
		y += cellH
	}
	// The key.
	y += 8
	x := memoMargin + labelW
	for _, k := range []int{0, 1, 2, 3, 4} {
		w.fillColour(coverageColour(k))
		f.Rect(x, y, 12, 10, "F")
		label := fmt.Sprint(k)
		if k == 4 {
			label = "4+"
		}
		w.font(8, false, inkText)
		f.SetXY(x+14, y)
		f.CellFormat(24, 10, label, "", 0, "L", false, 0, "")
		x += 40
	}
	f.SetXY(memoMargin, y+18)
}

func (w *memoPDF) rules() {
	f := w.f
	w.heading(w.t("rules"))
	for _, r := range w.m.rules {
		w.room(48)
		y := f.GetY()
		r8, g8, b8, _ := parseHex(statusColour[r.status])
		f.SetFont(pdfFont, "B", 11)
		f.SetTextColor(int(r8), int(g8), int(b8))
		f.SetXY(memoMargin, y)
		f.CellFormat(16, 14, statusMark[r.status], "", 0, "L", false, 0, "")
		w.font(memoFontSize, true, inkText)
		f.MultiCell(w.width()-16, 14, fmt.Sprintf("%s %s — %s", r.id, r.title, w.t("status-"+r.status)), "", "L", false)
		w.font(8.5, false, inkText)
		findings := r.findings
		if r.more > 0 {
			findings = append(findings[:len(findings):len(findings)], Count("more", r.more, w.m.lang))
		}
		for _, s := range findings {
			w.room(12)
			f.SetX(memoMargin + 16)
			f.CellFormat(9, 11.5, "–", "", 0, "L", false, 0, "")
			f.MultiCell(w.width()-25, 11.5, s, "", "L", false)
		}
		f.Ln(4)
	}
}

// contacts lists the contact persons; without personal data only the
// actors and roles remain, and the memo says why.
func (w *memoPDF) contacts(removed bool) {
	w.heading(w.t("contacts"))
	if removed {
		w.note(w.t("contacts-removed"))
	}
	if len(w.m.contacts) == 0 {
		w.paragraph(w.t("no-contacts"))
		return
	}
	heads := []string{w.t("col-actor"), w.t("col-role"), w.t("col-name"), w.t("col-email"), w.t("col-phone")}
	if removed {
		heads = heads[:2]
	}
	// Emails and phones are no use cut short: the actor and role columns
	// give way first.
	w.table(heads, w.m.contacts, 2, 90)
}

// table writes a table with a shaded head row, repeated on every page it
// runs onto, and striped rows. Columns take their natural widths fitted
// to the page (fitColumns: the first soft columns give way first, down to
// floor points); a cell that does not fit its column wraps onto more
// lines, so that nothing in it is lost in print.
func (w *memoPDF) table(heads []string, rows [][]string, soft int, floor float64) {
	f := w.f
	const size, rowH, lineH = 7.5, 13.0, 9.5
	w.font(size, true, inkText)
	widths := make([]float64, len(heads))
	for i, h := range heads {
		widths[i] = f.GetStringWidth(h) + 8
	}
	w.font(size, false, inkText)
	for _, c := range rows {
		for i := range heads {
			if i < len(c) {
				widths[i] = math.Max(widths[i], f.GetStringWidth(c[i])+8)
			}
		}
	}
	widths = fitColumns(widths, w.width(), soft, floor)
	var header func()
	row := func(cells []string, bold bool, fill string) {
		w.font(size, bold, inkText)
		lines := make([][]string, len(heads))
		k := 1
		for i := range heads {
			cell := ""
			if i < len(cells) {
				cell = cells[i]
			}
			lines[i] = wrapText(f, cell, widths[i]-6)
			k = max(k, len(lines[i]))
		}
		h := rowH + float64(k-1)*lineH
		if _, ph := f.GetPageSize(); !bold && f.GetY()+h > ph-memoBottom {
			f.AddPage()
			header()
			w.font(size, bold, inkText)
		}
		x, y := memoMargin, f.GetY()
		w.fillColour(fill)
		for i := range heads {
			f.Rect(x, y, widths[i], h, "F")
			for j, line := range lines[i] {
				f.SetXY(x, y+float64(j)*lineH)
				f.CellFormat(widths[i], rowH, line, "", 0, "L", false, 0, "")
			}
			x += widths[i]
		}
		f.SetXY(memoMargin, y+h)
	}
	header = func() { row(heads, true, "#dfe7ee") }
	w.room(3 * rowH)
	header()
	for i, c := range rows {
		fill := "#ffffff"
		if i%2 == 1 {
			fill = "#f4f6f7"
		}
		row(c, false, fill)
	}
}

// review writes the steering group's review: a table or a list per block.
func (w *memoPDF) review(day string) {
	if len(w.m.review) == 0 {
		return
	}
	// The heading, the introduction, the first table's title, note and a
	// few rows stay together.
	w.room(260)
	w.heading(w.t("review"))
	w.paragraph(fmt.Sprintf(w.t("review-intro"), day))
	for _, b := range w.m.review {
		w.subheading(b.Title)
		if b.Note != "" {
			w.note(b.Note)
		}
		if len(b.Heads) > 0 && len(b.Rows) > 0 {
			w.table(b.Heads, b.Rows, b.Soft, 60)
			w.f.Ln(6)
		}
		if len(b.Items) > 0 {
			w.bullets(b.Items)
		}
	}
}

// beforeAfter draws the before/after map on a landscape page, with the
// changes listed after it.
func (w *memoPDF) beforeAfter(d *Drawing) {
	b := w.m.before
	if b == nil {
		return
	}
	f := w.f
	f.AddPageFormat("L", fpdf.SizeType{Wd: a4W, Ht: a4H})
	w.heading(b.Title)
	w.note(b.Note)
	if d != nil {
		w.drawing(d)
	}
	f.AddPage()
	w.subheading(w.t("changes"))
	w.bullets(b.Changes)
}

// fitColumns fits columns of natural widths into total. When they are too
// wide, the first soft columns shrink first, down to floor; then the
// widest columns shrink together, as little as they can, so that narrow
// columns keep their natural width. Columns that fit are widened in
// proportion to fill the width.
func fitColumns(natural []float64, total float64, soft int, floor float64) []float64 {
	w := append([]float64(nil), natural...)
	sum := 0.0
	for _, x := range w {
		sum += x
	}
	if sum <= total {
		for i := range w {
			w[i] *= total / sum
		}
		return w
	}
	shrink := func(cols []float64, excess, floor float64) {
		for range len(cols) + 1 {
			top, next, at := 0.0, floor, 0
			for _, x := range cols {
				top = math.Max(top, x)
			}
			for _, x := range cols {
				if x >= top-0.01 {
					at++
				} else {
					next = math.Max(next, x)
				}
			}
			if excess <= 0.01 || top <= floor {
				return
			}
			// Cut the widest columns together, down to the next widest.
			cut := math.Min(excess/float64(at), top-next)
			for i, x := range cols {
				if x >= top-0.01 {
					cols[i] -= cut
				}
			}
			excess -= cut * float64(at)
		}
	}
	soft = min(soft, len(w))
	shrink(w[:soft], sum-total, floor)
	sum = 0
	for _, x := range w {
		sum += x
	}
	shrink(w, sum-total, 0)
	return w
}

// wrapText breaks s into lines that fit width points in the current font,
// between words where it can and inside a word longer than the width.
func wrapText(f *fpdf.Fpdf, s string, width float64) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(s) {
		if line != "" && f.GetStringWidth(line+" "+word) <= width {
			line += " " + word
			continue
		}
		if line != "" {
			lines = append(lines, line)
		}
		line = ""
		for _, r := range word {
			if line != "" && f.GetStringWidth(line+string(r)) > width {
				lines = append(lines, line)
				line = ""
			}
			line += string(r)
		}
	}
	if line != "" || len(lines) == 0 {
		lines = append(lines, line)
	}
	return lines
}

// fitText shortens s with an ellipsis until it fits width points in the
// current font.
func fitText(f *fpdf.Fpdf, s string, width float64) string {
	if f.GetStringWidth(s) <= width {
		return s
	}
	r := []rune(s)
	for len(r) > 1 && f.GetStringWidth(string(r)+"…") > width {
		r = r[:len(r)-1]
	}
	return strings.TrimSpace(string(r)) + "…"
}
