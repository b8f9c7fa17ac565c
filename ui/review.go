package ui

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/verkostokartta/verkostokartta/export"
	"github.com/verkostokartta/verkostokartta/graph"
)

// reviewPanel is the steering group's review of who belongs (seeds 002 and
// 003): the membership matrix, the agreement parties and their terms,
// representation gaps and candidates to invite, as of a day — the
// workshop's date when it has one, else today. It shows what the memo
// says.
type reviewPanel struct {
	w      *MainWindow
	day    *widget.Entry
	err    *widget.Label
	body   *fyne.Container
	object fyne.CanvasObject
	blocks []export.ReviewBlock
	today  func() time.Time
}

func newReviewPanel(w *MainWindow) *reviewPanel {
	p := &reviewPanel{w: w, body: container.NewVBox(), today: time.Now}
	p.day = widget.NewEntry()
	p.day.SetPlaceHolder(lang.L("D.M.YYYY"))
	p.day.OnSubmitted = func(string) { p.update() }
	p.err = widget.NewLabel("")
	p.err.Importance = widget.DangerImportance
	p.err.Hide()
	show := widget.NewButton(lang.L("Show"), p.update)
	top := container.NewVBox(
		container.NewBorder(nil, nil, widget.NewLabel(lang.L("As of")), show, p.day), p.err)
	p.object = container.NewBorder(top, nil, nil, nil, container.NewVScroll(p.body))
	return p
}

// Day is the day the review looks at: the one typed, the workshop's date,
// or today.
func (p *reviewPanel) Day() (graph.Date, error) {
	if s := strings.TrimSpace(p.day.Text); s != "" {
		d, err := graph.ParseDate(s)
		if err != nil {
			return "", err
		}
		return d, nil
	}
	if s := p.w.ws.Workshop; s != nil && s.Date != "" {
		return s.Date, nil
	}
	return graph.Date(p.today().Format("2006-01-02")), nil
}

// update words the review again, after an edit or a new day.
func (p *reviewPanel) update() {
	day, err := p.Day()
	if err != nil {
		p.err.SetText(lang.L("not a date: write e.g. 31.12.2025"))
		p.err.Show()
		return
	}
	p.err.Hide()
	p.blocks = export.Review(&p.w.ws.Network, day, p.w.ws.Rules, p.w.lang)
	p.body.RemoveAll()
	p.body.Add(widget.NewLabel(lang.L("As of {{.D}}", map[string]any{"D": finnishDate(day)})))
	for _, b := range p.blocks {
		p.body.Add(widget.NewLabelWithStyle(b.Title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		if b.Note != "" {
			l := widget.NewLabel(b.Note)
			l.Wrapping = fyne.TextWrapWord
			l.Importance = widget.LowImportance
			p.body.Add(l)
		}
		if len(b.Heads) > 0 && len(b.Rows) > 0 {
			p.body.Add(reviewTable(b))
		}
		for _, item := range b.Items {
			l := widget.NewLabel("• " + item)
			l.Wrapping = fyne.TextWrapWord
			p.body.Add(l)
		}
	}
	p.body.Refresh()
}

// reviewTable lays a block's table out as a grid of labels, the head row
// in bold.
func reviewTable(b export.ReviewBlock) fyne.CanvasObject {
	g := container.NewGridWithColumns(len(b.Heads))
	for _, h := range b.Heads {
		g.Add(widget.NewLabelWithStyle(h, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	}
	for _, row := range b.Rows {
		for i := range b.Heads {
			cell := ""
			if i < len(row) {
				cell = row[i]
			}
			l := widget.NewLabel(cell)
			l.Truncation = fyne.TextTruncateEllipsis
			g.Add(l)
		}
	}
	return g
}
