//go:build tools

// Package deps pins the project's direct dependencies in go.mod while the
// packages that import them are written; removed once they all exist.
package deps

import (
	_ "fyne.io/fyne/v2/app"
	_ "fyne.io/fyne/v2/dialog"
	_ "fyne.io/fyne/v2/lang"
	_ "fyne.io/fyne/v2/test"
	_ "fyne.io/fyne/v2/widget"
	_ "github.com/goccy/go-graphviz"
	_ "gonum.org/v1/gonum/graph"
)
