package ui

import (
	"embed"
	"os"
	"strings"

	"fyne.io/fyne/v2/lang"
)

// translations hold our strings and Fyne's own dialog strings ("Save",
// "Cancel", "Create Folder"…) in Finnish, Swedish and English: Fyne ships
// no Finnish.
//
//go:embed translations
var translations embed.FS

// localeVars are the environment variables the language is read from, in
// gettext's order of precedence.
var localeVars = []string{"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}

// Language returns the user's language, "fi", "sv" or "en": Swedish or
// English when the first locale variable that is set (LANGUAGE, LC_ALL,
// LC_MESSAGES, LANG) asks for it, Finnish otherwise — also when nothing is
// set or the locale is C/POSIX, where Fyne would fall back to English.
func Language() string {
	for _, v := range localeVars {
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

// setUpLanguage loads the translations and makes Fyne use code. Fyne picks
// the language with github.com/jeandeaual/go-locale, which reads LANGUAGE
// unless the first of LC_ALL, LC_MESSAGES, LANG that is set is exactly "C"
// or "POSIX" — then it reports no locale and Fyne uses English. So LANGUAGE
// is set to code, and such a C locale variable too, in this process only.
func setUpLanguage(code string) error {
	os.Setenv("LANGUAGE", code)
	for _, v := range localeVars[1:] {
		val := os.Getenv(v)
		if val == "" {
			continue
		}
		if val == "C" || val == "POSIX" {
			os.Setenv(v, code)
		}
		break
	}
	return lang.AddTranslationsFS(translations, "translations")
}
