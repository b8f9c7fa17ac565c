package main

import "github.com/verkostokartta/verkostokartta/graph"

// texts are the command line's user-visible words in fi, sv and en.
var texts = map[string]graph.Text{
	"actor":       {FI: "Toimija", SV: "Aktör", EN: "Actor"},
	"sector":      {FI: "Sektori", SV: "Sektor", EN: "Sector"},
	"degree":      {FI: "Yhteyksiä", SV: "Grad", EN: "Degree"},
	"in":          {FI: "Sisään", SV: "In", EN: "In"},
	"out":         {FI: "Ulos", SV: "Ut", EN: "Out"},
	"betweenness": {FI: "Välittäjyys", SV: "Mellanhet", EN: "Betweenness"},
	"closeness":   {FI: "Läheisyys", SV: "Närhet", EN: "Closeness"},
	"summary":     {FI: "%s: %d toimijaa, %d yhteyttä (%d toimijaparia)", SV: "%s: %d aktörer, %d relationer (%d aktörspar)", EN: "%s: %d actors, %d ties (%d connected pairs)"},
	"rules":       {FI: "Säännöt", SV: "Regler", EN: "Rules"},
	"passed":      {FI: "kunnossa", SV: "uppfylld", EN: "passed"},
	"failed":      {FI: "ei täyty", SV: "uppfylls inte", EN: "failed"},
	"wrote":       {FI: "Kirjoitettu %s", SV: "Skrev %s", EN: "Wrote %s"},
	"all-passed":  {FI: "Kaikki %d sääntöä täyttyvät.", SV: "Alla %d regler uppfylls.", EN: "All %d rules pass."},
	"some-failed": {FI: "%d/%d sääntöä ei täyty.", SV: "%d av %d regler uppfylls inte.", EN: "%d of %d rules fail."},
}

func (c *cli) t(key string) string { return texts[key].In(c.lang) }
