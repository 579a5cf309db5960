package common

import (
	"github.com/provdash/provdash/internal/ui/cells"
)

// Fit clips s to at most h lines of at most w cells each, keeping ANSI
// styling intact. It is the last guard of the rendering rule (CONTRIBUTING:
// House rules): views lay out to fit, and Fit makes sure an off-by-one
// never wraps the terminal. Fit(s, 0, 0) is "". The charts clip with the
// same implementation (package cells).
func Fit(s string, w, h int) string { return cells.Fit(s, w, h) }

// Pad makes s exactly w cells wide (cut with … or padded with spaces), as
// the charts do: one implementation (package cells).
func Pad(s string, w int) string { return cells.Pad(s, w) }

// PadLeft right-aligns s in w cells (numbers in tables).
func PadLeft(s string, w int) string { return cells.PadLeft(s, w) }
