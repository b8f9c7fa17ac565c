package export

import (
	"fmt"
	"slices"
	"strings"

	"github.com/verkostokartta/verkostokartta/graph"
)

// ExplainCell says in plain words what one cell of the coverage matrix
// (task row, municipality col, for life stage stage or all) means for a
// planner: a gap and where the task is offered instead; coverage resting
// on one provider or one sector; overlapping offers from different
// organisations (a.Overlaps) and which of their providers have no tie. The
// findings name the actors, so that a click can show them.
func ExplainCell(n *graph.Network, a *graph.Analysis, c *graph.Coverage, row, col int, stage, lang string) []Finding {
	if c == nil || row < 0 || col < 0 || row >= len(c.Cells) || col >= len(c.Cells[row]) {
		return nil
	}
	t := func(key string) string { return reportWords[key].In(lang) }
	term := func(list []graph.Term, code string) string {
		if x, ok := graph.Find(list, code); ok {
			return x.Label(lang)
		}
		return code
	}
	name := func(id string) string {
		if x := n.Actor(id); x != nil {
			return x.Label()
		}
		return id
	}
	names := func(ids []string) string {
		var out []string
		for _, id := range ids {
			out = append(out, name(id))
		}
		return strings.Join(out, ", ")
	}
	task, place := c.Tasks[row], c.Municipalities[col]
	taskName := strings.ToLower(term(n.Vocab.Tasks, task))
	placeName := term(n.Vocab.Municipalities, place)
	who := t("cell-all-stages")
	if stage != "" {
		who = strings.ToLower(term(n.Vocab.LifeStages, stage))
	}
	cell := c.Cells[row][col]
	var out []Finding
	switch len(cell.Providers) {
	case 0:
		// Where else the task is offered, most providers first.
		type other struct {
			place string
			count int
		}
		var others []other
		for j, x := range c.Cells[row] {
			if j != col && len(x.Providers) > 0 {
				others = append(others, other{c.Municipalities[j], len(x.Providers)})
			}
		}
		slices.SortStableFunc(others, func(p, q other) int { return q.count - p.count })
		f := Finding{Text: fmt.Sprintf(t("cell-gap"), placeName, taskName, who)}
		if len(others) == 0 {
			f.Text += " " + t("cell-gap-nowhere")
		} else {
			var list []string
			for _, o := range others[:min(4, len(others))] {
				list = append(list, fmt.Sprintf("%s (%d)", term(n.Vocab.Municipalities, o.place), o.count))
			}
			f.Text += " " + fmt.Sprintf(t("cell-gap-elsewhere"), strings.Join(list, ", "))
		}
		out = append(out, f)
	case 1:
		out = append(out, Finding{Text: fmt.Sprintf(t("cell-single"), name(cell.Providers[0]), taskName, placeName), Actors: cell.Providers})
	default:
		f := Finding{Text: fmt.Sprintf(t("cell-many"), len(cell.Providers), taskName, placeName, names(cell.Providers)), Actors: cell.Providers}
		if len(cell.Sectors) == 1 {
			f.Text += " " + fmt.Sprintf(t("cell-one-sector"), strings.ToLower(term(n.Vocab.Sectors, cell.Sectors[0])))
		}
		out = append(out, f)
	}
	if a == nil {
		return out
	}
	for _, o := range a.Overlaps {
		if o.Task != task || !slices.Contains(o.Municipalities, place) || (stage != "" && !slices.Contains(o.LifeStages, stage)) {
			continue
		}
		var stages []string
		for _, s := range o.LifeStages {
			stages = append(stages, strings.ToLower(term(n.Vocab.LifeStages, s)))
		}
		f := Finding{Text: fmt.Sprintf(t("cell-overlap"), strings.Join(o.Offers, ", "), strings.Join(stages, ", ")), Actors: o.Providers}
		if len(o.UntiedPairs) > 0 {
			var pairs []string
			for _, p := range o.UntiedPairs {
				pairs = append(pairs, name(p[0])+" – "+name(p[1]))
			}
			f.Text += " " + fmt.Sprintf(t("cell-untied"), strings.Join(pairs, "; "))
		} else {
			f.Text += " " + t("cell-tied")
		}
		out = append(out, f)
	}
	return out
}
