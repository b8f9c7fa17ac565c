package ui

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
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
	// stale says an edit came while the tab was hidden: it is worded
	// again when it is shown, not on every edit.
	stale bool
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

// invalidate follows an edit: the review is worded again now if its tab
// is showing, else when it is next shown.
func (p *reviewPanel) invalidate() {
	if sel := p.w.side; sel != nil && sel.Selected() != nil && sel.Selected().Content == p.object {
		p.update()
		return
	}
	p.stale = true
}

// refresh words the review again if an edit came since it last was.
func (p *reviewPanel) refresh() {
	if p.stale || p.blocks == nil {
		p.update()
	}
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
	p.stale = false
	p.blocks = export.Review(&p.w.ws.Network, day, p.w.ws.Rules, p.w.lang)
	// The contact persons of each actor: personal data, shown here on the
	// facilitator's own machine as the memo shows them unless removed.
	contacts := export.ReviewBlock{Title: lang.L("Contact persons"), Soft: 1,
		Heads: []string{lang.L("Actor"), lang.L("Role"), lang.L("Name"), lang.L("Email"), lang.L("Phone")}}
	for _, a := range p.w.ws.Actors {
		for _, c := range a.Contacts {
			contacts.Rows = append(contacts.Rows, []string{a.Label(), c.Role, c.Name, c.Email, c.Phone})
		}
	}
	if len(contacts.Rows) > 0 {
		p.blocks = append(p.blocks, contacts)
	}
	p.body.RemoveAll()
	p.body.Add(widget.NewLabel(lang.L("As of {{.D}}", map[string]any{"D": finnishDate(day)})))
	for _, b := range p.blocks {
		title := widget.NewLabelWithStyle(b.Title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		title.Wrapping = fyne.TextWrapWord
		p.body.Add(title)
		if b.Note != "" {
			l := widget.NewLabel(b.Note)
			l.Wrapping = fyne.TextWrapWord
			l.TextStyle.Italic = true
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

// reviewTable lays a block's table out in columns as wide as their
// widest cell, the head row in bold. When the panel is narrower, the first
// column (the names) gives way first, then the widest ones; cells that do
// not fit end in an ellipsis. The table never widens the side panel.
func reviewTable(b export.ReviewBlock) fyne.CanvasObject {
	natural := make([]float32, len(b.Heads))
	var cells []fyne.CanvasObject
	add := func(text string, bold bool, col int) {
		l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: bold})
		// Its width before it may give way, and a little more: a label
		// that truncates needs a few pixels beyond that to show all.
		natural[col] = max(natural[col], l.MinSize().Width+2*theme.Padding())
		l.Truncation = fyne.TextTruncateEllipsis
		cells = append(cells, l)
	}
	for i, h := range b.Heads {
		add(h, true, i)
	}
	for _, row := range b.Rows {
		for i := range b.Heads {
			cell := ""
			if i < len(row) {
				cell = row[i]
			}
			add(cell, false, i)
		}
	}
	return container.New(&columnsLayout{natural: natural}, cells...)
}

// columnsLayout places cells row by row in columns of natural widths,
// fitted to the width it is given.
type columnsLayout struct{ natural []float32 }

func (l *columnsLayout) rowHeight(objects []fyne.CanvasObject) float32 {
	h := float32(0)
	for _, o := range objects {
		h = max(h, o.MinSize().Height)
	}
	return h
}

func (l *columnsLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	cols := len(l.natural)
	if cols == 0 {
		return fyne.Size{}
	}
	rows := (len(objects) + cols - 1) / cols
	return fyne.NewSize(float32(cols)*40, float32(rows)*l.rowHeight(objects))
}

func (l *columnsLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	cols := len(l.natural)
	if cols == 0 {
		return
	}
	widths := append([]float32(nil), l.natural...)
	total := float32(0)
	for _, w := range widths {
		total += w
	}
	if total > size.Width && cols > 1 {
		// The names give way first, down to a third of the width.
		widths[0] = max(widths[0]-(total-size.Width), min(widths[0], size.Width/3))
		total = 0
		for _, w := range widths {
			total += w
		}
	}
	// Then the widest columns shrink together, as little as they can, so
	// that narrow columns (a role, a number) stay readable.
	for total > size.Width+0.01 {
		top, next, at := float32(0), float32(0), 0
		for _, w := range widths {
			top = max(top, w)
		}
		for _, w := range widths {
			if w >= top-0.01 {
				at++
			} else {
				next = max(next, w)
			}
		}
		cut := min((total-size.Width)/float32(at), top-next)
		if cut <= 0 {
			break // nothing left to take (a width of zero or less)
		}
		for i, w := range widths {
			if w >= top-0.01 {
				widths[i] -= cut
			}
		}
		total -= cut * float32(at)
	}
	h := l.rowHeight(objects)
	for i, o := range objects {
		row, col := i/cols, i%cols
		x := float32(0)
		for _, w := range widths[:col] {
			x += w
		}
		o.Move(fyne.NewPos(x, float32(row)*h))
		o.Resize(fyne.NewSize(widths[col], h))
	}
}
