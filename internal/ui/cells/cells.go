// Package cells fits text into terminal cells: padding, right alignment and
// cutting with "…". The charts and the tabs both lay text out in columns;
// with one implementation a cut looks the same everywhere (no space left
// dangling before the "…").
package cells

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Cut shortens s to at most w cells, ending a cut text with "…" and
// dropping the spaces the cut left before it. ANSI styling is kept.
func Cut(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if lipgloss.Width(s) <= w {
		return s
	}
	return strings.TrimRight(ansi.Truncate(s, w-1, ""), " ") + "…"
}

// Pad makes s exactly w cells wide: cut (Cut) or padded with spaces.
func Pad(s string, w int) string {
	if w <= 0 {
		return ""
	}
	s = Cut(s, w)
	return s + strings.Repeat(" ", w-lipgloss.Width(s))
}

// PadLeft right-aligns s in w cells (numbers), cutting it when longer.
func PadLeft(s string, w int) string {
	if w <= 0 {
		return ""
	}
	s = Cut(s, w)
	return strings.Repeat(" ", w-lipgloss.Width(s)) + s
}
