package export

import (
	"bytes"
	"context"
	"fmt"
	"html/template"
	"math"
	"strings"
)

// ReportHTML writes the workshop memo as one self-contained HTML file:
// the same content as ReportPDF, with the map as inline SVG, so that it
// can be mailed, opened in any browser and printed. Every name is escaped
// by html/template; the SVG comes from Graphviz, which escapes its text.
func ReportHTML(ctx context.Context, r *Report) ([]byte, error) {
	m := buildMemo(r)
	var svg []byte
	if m.dot != nil {
		out, err := SVG(ctx, m.dot)
		if err != nil {
			return nil, err
		}
		// Keep the <svg> element only: the XML prolog and DOCTYPE do not
		// belong inside HTML.
		if i := bytes.Index(out, []byte("<svg")); i >= 0 {
			out = out[i:]
		}
		svg = out
	}
	var beforeSVG []byte
	if m.before != nil && m.before.dot != nil {
		out, err := SVG(ctx, m.before.dot)
		if err != nil {
			return nil, err
		}
		if i := bytes.Index(out, []byte("<svg")); i >= 0 {
			out = out[i:]
		}
		beforeSVG = out
	}
	t := func(key string) string { return reportWords[key].In(m.lang) }

	type barView struct {
		Label, Value, Note string
		Percent            float64
	}
	type cellView struct {
		Count int
		Class string
	}
	type rowView struct {
		Label string
		Cells []cellView
	}
	type ruleView struct {
		Mark, Status, Class, Heading string
		Findings                     []string
	}
	v := struct {
		Lang, Title, Subtitle, Generated string
		Intro                            []string // paragraphs
		Figures                          []figure
		Map                              template.HTML
		Brokers                          []barView
		Columns                          []string
		Rows                             []rowView
		Sections                         []section
		Rules                            []ruleView
		ContactHeads                     []string
		Contacts                         [][]string
		Removed                          bool
		Workshop                         []section
		ReviewDay                        string
		Review                           []ReviewBlock
		Before                           *memoBefore
		BeforeMap                        template.HTML
	}{
		Lang: m.lang, Title: m.title, Subtitle: m.subtitle, Intro: nonEmpty(strings.Split(m.intro, "\n\n")...), Generated: m.generated,
		Figures: m.figures, Map: template.HTML(svg), Columns: m.coverage.cols, Sections: m.sections,
		Removed: r.NoPersonalData, Workshop: m.workshop,
		ReviewDay: m.reviewDay, Review: m.review, Before: m.before, BeforeMap: template.HTML(beforeSVG),
	}
	for _, b := range m.brokers {
		v.Brokers = append(v.Brokers, barView{b.label, FormatNumber(b.value, 3, m.lang), b.note,
			math.Round(1000*b.value/m.brokers[0].value) / 10})
	}
	for i, row := range m.coverage.rows {
		rv := rowView{Label: row}
		for _, k := range m.coverage.counts[i] {
			rv.Cells = append(rv.Cells, cellView{k, fmt.Sprintf("c%d", min(k, 4))})
		}
		v.Rows = append(v.Rows, rv)
	}
	for _, r := range m.rules {
		findings := r.findings
		if r.more > 0 {
			findings = append(findings[:len(findings):len(findings)], Count("more", r.more, m.lang))
		}
		v.Rules = append(v.Rules, ruleView{statusMark[r.status], t("status-" + r.status), r.status,
			fmt.Sprintf("%s %s", r.id, r.title), findings})
	}
	v.ContactHeads = []string{t("col-actor"), t("col-role"), t("col-name"), t("col-email"), t("col-phone")}
	for _, c := range m.contacts {
		if r.NoPersonalData {
			c = c[:2]
		}
		v.Contacts = append(v.Contacts, c)
	}
	if r.NoPersonalData {
		v.ContactHeads = v.ContactHeads[:2]
	}

	tf := func(key string, args ...any) string { return fmt.Sprintf(t(key), args...) }
	tmpl, err := template.New("memo").Funcs(template.FuncMap{"t": t, "tf": tf}).Parse(memoTemplate)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := tmpl.Execute(&buf, v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

const memoTemplate = `<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Verkostokartta">
<title>{{.Title}}</title>
<style>
body { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; color: #1c1c1c; max-width: 62rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
h1 { color: #1b4f72; margin: 0 0 .2rem; }
h2 { color: #1b4f72; margin-top: 2.2rem; }
h3 { margin-bottom: .3rem; }
.subtitle { color: #5f6a6a; border-bottom: 2px solid #1b4f72; padding-bottom: .6rem; }
.note { color: #5f6a6a; font-size: .85rem; }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: .5rem; }
.figure { background: #eef3f7; padding: .5rem .8rem; }
.figure b { display: block; font-size: 1.35rem; color: #1b4f72; }
.figure span { font-size: .8rem; color: #5f6a6a; }
.map svg { width: 100%; height: auto; border: 1px solid #dfe7ee; }
table { border-collapse: collapse; }
.bars { width: 100%; }
.bars th { text-align: right; font-weight: normal; padding-right: .6rem; white-space: nowrap; width: 12rem; }
.bars .bar { background: #1f77b4; height: .8rem; display: inline-block; vertical-align: middle; }
.bars .value { font-weight: bold; padding-left: .4rem; }
.bars .roles { display: block; color: #5f6a6a; font-size: .75rem; }
.heat th { font-weight: normal; font-size: .8rem; }
.heat th.col { writing-mode: vertical-rl; transform: rotate(180deg); text-align: left; padding: .2rem 0; }
.heat th.row { text-align: right; padding-right: .5rem; }
.heat td { width: 2.1rem; height: 1.5rem; text-align: center; font-size: .8rem; border: 1px solid #fff; }
.c0 { background: #f4b6ae; font-weight: bold; } .c1 { background: #fde3a7; } .c2 { background: #c7e9c0; }
.c3 { background: #74c476; } .c4 { background: #238b45; color: #fff; }
.key span { display: inline-block; padding: 0 .5rem; margin-right: .3rem; font-size: .8rem; }
.rules { list-style: none; padding-left: 0; }
.rules > li { margin-bottom: .6rem; }
.rules ul { font-size: .85rem; margin: .2rem 0 0; }
.mark { display: inline-block; width: 1.2rem; font-weight: bold; }
.pass .mark { color: #1e8449; } .fail .mark { color: #c0392b; } .warn .mark { color: #b9770e; }
.not_applicable .mark, .disabled .mark { color: #7f8c8d; }
.contacts { width: 100%; font-size: .85rem; }
.contacts th { text-align: left; background: #dfe7ee; }
.contacts th, .contacts td { padding: .2rem .4rem; }
.contacts tr:nth-child(even) td { background: #f4f6f7; }
footer { margin-top: 3rem; color: #5f6a6a; font-size: .8rem; }
@media print {
  body { max-width: none; margin: 0; }
  h2 { break-after: avoid; }
  .map, .heat, .figures { break-inside: avoid; }
}
</style>
</head>
<body>
<header>
<h1>{{.Title}}</h1>
<p class="subtitle">{{.Subtitle}}</p>
</header>

<h2>{{t "figures"}}</h2>
<div class="figures">
{{- range .Figures}}
<div class="figure"><b>{{.Value}}</b><span>{{.Label}}</span></div>
{{- end}}
</div>

<h2>{{t "brokers"}}</h2>
<p class="note">{{t "brokers-note"}}</p>
{{if .Brokers}}<table class="bars">
{{- range .Brokers}}
<tr><th>{{.Label}}</th><td><span class="bar" style="width: {{.Percent}}%"></span><span class="value">{{.Value}}</span>{{with .Note}}<span class="roles">{{.}}</span>{{end}}</td></tr>
{{- end}}
</table>{{else}}<p>{{t "no-brokers"}}</p>{{end}}

<h2>{{t "map"}}</h2>
<p class="note">{{t "map-note"}}</p>
{{if .Map}}<figure class="map">{{.Map}}</figure>{{else}}<p>{{t "none"}}</p>{{end}}

{{if .Intro}}<h2>{{t "background"}}</h2>
{{range .Intro}}<p>{{.}}</p>
{{end}}{{end}}
<h2>{{t "coverage"}}</h2>
{{if .Rows}}<p class="note">{{t "coverage-key"}}</p>
<table class="heat">
<tr><th></th>{{range .Columns}}<th class="col">{{.}}</th>{{end}}</tr>
{{- range .Rows}}
<tr><th class="row">{{.Label}}</th>{{range .Cells}}<td class="{{.Class}}">{{.Count}}</td>{{end}}</tr>
{{- end}}
</table>
<p class="key"><span class="c0">0</span><span class="c1">1</span><span class="c2">2</span><span class="c3">3</span><span class="c4">4+</span></p>
{{else}}<p>{{t "no-coverage"}}</p>{{end}}

{{range .Sections}}
<h2>{{.Title}}</h2>
{{if .Items}}<ul>{{range .Items}}
<li>{{.}}</li>{{end}}
</ul>{{else}}<p>{{t "none"}}</p>{{end}}
{{end}}

<h2>{{t "rules"}}</h2>
<ul class="rules">
{{- range .Rules}}
<li class="{{.Class}}"><span class="mark">{{.Mark}}</span><b>{{.Heading}}</b> — {{.Status}}
{{- if .Findings}}<ul>{{range .Findings}}<li>{{.}}</li>{{end}}</ul>{{end}}</li>
{{- end}}
</ul>

<h2>{{t "contacts"}}</h2>
{{if .Removed}}<p class="note">{{t "contacts-removed"}}</p>{{end}}
{{if .Contacts}}<table class="contacts">
<tr>{{range .ContactHeads}}<th>{{.}}</th>{{end}}</tr>
{{- range .Contacts}}
<tr>{{range .}}<td>{{.}}</td>{{end}}</tr>
{{- end}}
</table>{{else}}<p>{{t "no-contacts"}}</p>{{end}}

{{if .Review}}<h2>{{t "review"}}</h2>
<p>{{tf "review-intro" .ReviewDay}}</p>
{{range .Review}}<h3>{{.Title}}</h3>
{{with .Note}}<p class="note">{{.}}</p>{{end}}
{{if and .Heads .Rows}}<table class="contacts">
<tr>{{range .Heads}}<th>{{.}}</th>{{end}}</tr>
{{- range .Rows}}
<tr>{{range .}}<td>{{.}}</td>{{end}}</tr>
{{- end}}
</table>{{end}}
{{if .Items}}<ul>{{range .Items}}<li>{{.}}</li>{{end}}</ul>{{end}}
{{end}}{{end}}

{{if .Workshop}}<h2>{{t "workshop"}}</h2>
{{range .Workshop}}<h3>{{.Title}}</h3>
<ul>{{range .Items}}<li>{{.}}</li>{{end}}</ul>
{{end}}{{end}}

{{with .Before}}<h2>{{.Title}}</h2>
<p class="note">{{.Note}}</p>
{{if $.BeforeMap}}<figure class="map">{{$.BeforeMap}}</figure>{{end}}
<h3>{{t "changes"}}</h3>
<ul>{{range .Changes}}<li>{{.}}</li>{{end}}</ul>
{{end}}
<footer>{{.Generated}}</footer>
</body>
</html>
`
