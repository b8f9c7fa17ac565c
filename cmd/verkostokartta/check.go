package main

import (
	"flag"
	"fmt"

	"github.com/verkostokartta/verkostokartta/graph"
)

func runCheck(c *cli, args []string) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON")
	pos, ok := c.flags(fs, args, commandUsage("check"))
	if !ok {
		return exitBad
	}
	path, ok := c.oneFile(fs, pos)
	if !ok {
		return exitBad
	}
	ws, err := openWorkspace(path)
	if err != nil {
		return c.fail(err)
	}
	rules := c.rulesJSON(graph.CheckRules(&ws.Network, "", ws.Rules))
	failed, active := 0, 0
	for _, r := range rules {
		if r.Status == "fail" {
			failed++
		}
		if r.Status != "disabled" && r.Status != "not_applicable" {
			active++
		}
	}
	if *asJSON {
		if code := c.printJSON(struct {
			Passed bool       `json:"passed"`
			Rules  []ruleJSON `json:"rules"`
		}{failed == 0, rules}); code != exitOK {
			return code
		}
	} else {
		c.printRules(c.stdout, rules, 0)
		fmt.Fprintln(c.stdout)
		if failed == 0 {
			fmt.Fprintf(c.stdout, c.t("all-passed")+"\n", active)
		} else {
			fmt.Fprintf(c.stdout, c.t("some-failed")+"\n", failed, active)
		}
	}
	if failed > 0 {
		return exitFailed
	}
	return exitOK
}
