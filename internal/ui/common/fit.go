package common

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/ui/cells"
)

// Fit clips s to at most h lines of at most w cells each, keeping ANSI
// styling intact. It is the last guard of the rendering rule (CONTRIBUTING: House rules):
// views lay out to fit, and Fit makes sure an off-by-one never wraps the
// terminal. Fit(s, 0, 0) is "".
func Fit(s string, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for i, l := range lines {
		if lipgloss.Width(l) > w {
			lines[i] = ansi.Truncate(l, w, "…")
		}
	}
	return strings.Join(lines, "\n")
}

// Pad makes s exactly w cells wide (cut with … or padded with spaces), as
// the charts do: one implementation (package cells).
func Pad(s string, w int) string { return cells.Pad(s, w) }

// PadLeft right-aligns s in w cells (numbers in tables).
func PadLeft(s string, w int) string { return cells.PadLeft(s, w) }
