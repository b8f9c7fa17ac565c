package ui

import (
	"testing"

	"fyne.io/fyne/v2/theme"
)

// The map is white whatever the desktop prefers, so the window around it
// is light too.
func TestLightTheme(t *testing.T) {
	light := theme.DefaultTheme().Color(theme.ColorNameBackground, theme.VariantLight)
	if got := (lightTheme{}).Color(theme.ColorNameBackground, theme.VariantDark); got != light {
		t.Errorf("background in the dark variant %v, want the light %v", got, light)
	}
}
