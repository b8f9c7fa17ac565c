package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/lang"
)

// TestProviderIsTarjoaja: the window calls a provider "tarjoaja", as the
// coverage cells, the memo and rule R8 do, not "järjestäjä" (the body
// responsible for organising a service, which is another thing).
func TestProviderIsTarjoaja(t *testing.T) {
	open(t, chain())
	if got, want := lang.L("Providers per task and municipality: red no provider, amber one. Tap a cell to see who."),
		"Tarjoajia tehtävittäin ja kunnittain: punainen = ei tarjoajaa, keltainen = yksi. Napauta solua nähdäksesi, keitä."; got != want {
		t.Errorf("coverage header %q, want %q", got, want)
	}
	for k, v := range loadTranslations(t, "fi") {
		if s, ok := v.(string); ok && strings.Contains(strings.ToLower(s), "järjestäjä") {
			t.Errorf("%q is %q", k, s)
		}
	}
}
