// Command verkostokartta opens the family-centre network map, or, with a
// subcommand, analyses, checks and exports networks without a window.
package main

import (
	"os"

	"github.com/verkostokartta/verkostokartta/ui"
	"github.com/verkostokartta/verkostokartta/workshop"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, func(ws *workshop.Workspace, path string) error {
		ui.Run(ws, path)
		return nil
	}))
}
