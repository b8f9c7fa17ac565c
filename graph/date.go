package graph

import (
	"fmt"
	"time"
)

// Date is a calendar day written as ISO 8601 "YYYY-MM-DD". The empty Date
// means "open": no start or no end. ISO strings compare correctly as text,
// which keeps Date trivially serialisable and comparable.
type Date string

const dateLayout = "2006-01-02"

// ParseDate accepts ISO dates ("2020-12-31") and Finnish dates ("31.12.2020").
func ParseDate(s string) (Date, error) {
	if s == "" {
		return "", nil
	}
	for _, layout := range []string{dateLayout, "2.1.2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return Date(t.Format(dateLayout)), nil
		}
	}
	return "", fmt.Errorf("invalid date %q (expected YYYY-MM-DD or D.M.YYYY)", s)
}

// Valid reports whether d is empty or a real calendar day in ISO form.
func (d Date) Valid() bool {
	if d == "" {
		return true
	}
	t, err := time.Parse(dateLayout, string(d))
	return err == nil && t.Format(dateLayout) == string(d)
}

// Within reports whether day falls in the closed interval [since, until];
// empty bounds are open. An empty day matches everything.
func Within(day, since, until Date) bool {
	if day == "" {
		return true
	}
	if since != "" && day < since {
		return false
	}
	if until != "" && day > until {
		return false
	}
	return true
}
