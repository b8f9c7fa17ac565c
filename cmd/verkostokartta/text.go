package main

import (
	"github.com/verkostokartta/verkostokartta/export"
	"github.com/verkostokartta/verkostokartta/graph"
)

// texts are the command line's user-visible words in fi, sv and en.
var texts = map[string]graph.Text{
	"betweenness":   {FI: "Välittäjyys", SV: "Mellanhet", EN: "Betweenness"},
	"degree":        {FI: "Yhteyksiä", SV: "Relationer", EN: "Degree"},
	"summary":       {FI: "%s: %s, %s (%s)", SV: "%s: %s, %s (%s)", EN: "%s: %s, %s (%s)"},
	"figures":       {FI: "Tiheys %s · %s · modulaarisuus %s (%s)", SV: "Täthet %s · %s · modularitet %s (%s)", EN: "Density %s · %s · modularity %s (%s)"},
	"brokers":       {FI: "Keskeisimmät välittäjät", SV: "Viktigaste förmedlarna", EN: "Leading brokers"},
	"fragile":       {FI: "Haavoittuvat kohdat", SV: "Sårbara punkter", EN: "Fragile points"},
	"overlaps":      {FI: "Päällekkäisyydet", SV: "Överlappningar", EN: "Overlaps"},
	"gaps":          {FI: "Aukot", SV: "Luckor", EN: "Gaps"},
	"none":          {FI: "ei havaintoja", SV: "inga fynd", EN: "none found"},
	"rules":         {FI: "Säännöt", SV: "Regler", EN: "Rules"},
	"more-findings": {FI: "%s (kaikki: check tai --json)", SV: "%s (alla: check eller --json)", EN: "%s (all: check or --json)"},

	"role-coordinator":    {FI: "koordinaattori", SV: "koordinator", EN: "coordinator"},
	"role-consultant":     {FI: "konsultti", SV: "konsult", EN: "consultant"},
	"role-representative": {FI: "edustaja", SV: "representant", EN: "representative"},
	"role-gatekeeper":     {FI: "portinvartija", SV: "grindvakt", EN: "gatekeeper"},
	"role-liaison":        {FI: "yhdyshenkilö", SV: "länk", EN: "liaison"},

	"empty-cells": {FI: "Tehtävä ilman tarjoajaa: %d/%d kunta–tehtävä-paria", SV: "Uppgift utan aktör: %d av %d kommun–uppgift-par", EN: "Task without a provider: %d of %d municipality–task cells"},

	"wrote":       {FI: "Kirjoitettu %s", SV: "Skrev %s", EN: "Wrote %s"},
	"all-passed":  {FI: "Kaikki käytössä olevat säännöt täyttyvät (%d).", SV: "Alla aktiva regler uppfylls (%d).", EN: "All active rules pass (%d)."},
	"some-failed": {FI: "%d/%d sääntöä ei täyty.", SV: "%d av %d regler uppfylls inte.", EN: "%d of %d rules fail."},

	"diff-actors":      {FI: "Toimijat", SV: "Aktörer", EN: "Actors"},
	"diff-ties":        {FI: "Yhteydet", SV: "Relationer", EN: "Ties"},
	"diff-memberships": {FI: "Jäsenyydet", SV: "Medlemskap", EN: "Memberships"},
	"diff-groups":      {FI: "Ryhmät", SV: "Grupper", EN: "Groups"},
	"diff-metrics":     {FI: "Suurimmat muutokset välittäjyydessä", SV: "Största förändringarna i mellanhet", EN: "Largest changes in betweenness"},
	"diff-none":        {FI: "Ei muutoksia.", SV: "Inga förändringar.", EN: "No changes."},
}

// count words the number n with export's phrase key ("1 yhteys", "2
// yhteyttä").
func (c *cli) count(key string, n int) string { return export.Count(key, n, c.lang) }

// number writes a number for people, with the decimal comma in Finnish and
// Swedish; --json keeps the point.
func (c *cli) number(v float64, decimals int) string { return export.FormatNumber(v, decimals, c.lang) }

// t words key in the user's language; findings shared with the memo come
// from export.Word.
func (c *cli) t(key string) string {
	if t, ok := texts[key]; ok {
		return t.In(c.lang)
	}
	if w := export.Word(key, c.lang); w != "" {
		return w
	}
	return key
}
