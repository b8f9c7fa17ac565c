package ui

import (
	"embed"
	"os"
	"strings"

	"fyne.io/fyne/v2/lang"
)

//go:embed translations
var translations embed.FS

// Language returns the user's language: "sv" or "en" when the environment
// asks for it, Finnish otherwise — also when nothing is set, where Fyne
// would fall back to English.
func Language() string {
	for _, v := range []string{"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"} {
		val := strings.ToLower(os.Getenv(v))
		if val == "" || val == "c" || val == "posix" || strings.HasPrefix(val, "c.") {
			continue
		}
		switch {
		case strings.HasPrefix(val, "sv"):
			return "sv"
		case strings.HasPrefix(val, "en"):
			return "en"
		}
		return "fi"
	}
	return "fi"
}

// setUpLanguage loads our translations, which also cover Fyne's own dialog
// strings, and makes Fyne use the chosen language: Fyne reads the locale
// from LANGUAGE when it loads translations.
func setUpLanguage(code string) error {
	os.Setenv("LANGUAGE", code)
	return lang.AddTranslationsFS(translations, "translations")
}
