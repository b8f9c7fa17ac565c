package main

import (
	"flag"
	"fmt"

	"github.com/verkostokartta/verkostokartta/workshop"
)

func runSample(c *cli, args []string) int {
	fs := flag.NewFlagSet("sample", flag.ContinueOnError)
	out := fs.String("o", "", "output workspace file (.verkosto)")
	pos, ok := c.flags(fs, args, commandUsage("sample"))
	if !ok {
		return exitBad
	}
	if *out == "" || len(pos) > 0 {
		fmt.Fprintln(c.stderr, "verkostokartta sample: give the output file with -o FILE and nothing else")
		fs.Usage()
		return exitBad
	}
	if err := workshop.Sample().Save(*out); err != nil {
		return c.fail(err)
	}
	fmt.Fprintf(c.stderr, c.t("wrote")+"\n", *out)
	return exitOK
}
