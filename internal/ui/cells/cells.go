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

// Fit clips s to at most h lines of at most w cells each (each line cut
// with "…", ANSI styling kept): the last guard of the rule that nothing
// drawn is wider or taller than its place. Fit(s, 0, 0) is "".
func Fit(s string, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for i, l := range lines {
		lines[i] = FitLine(l, w)
	}
	return strings.Join(lines, "\n")
}

// FitLine cuts one line to at most w cells with "…", keeping ANSI styling
// (Fit of one line).
func FitLine(l string, w int) string {
	if w <= 0 {
		return ""
	}
	// A line never has more cells than bytes: skip measuring short ones.
	if len(l) > w && lipgloss.Width(l) > w {
		return ansi.Truncate(l, w, "…")
	}
	return l
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

// CutTitle is Cut for a title that ends with what identifies it: a year
// ("Tăng trưởng GRDP 2024"), a citation ("… [7]") or a unit ("…, %"). That
// ending is kept and the words before it give way ("Tăng trưởng G… 2024"),
// because a card titled "Tăng trưởng GRDP…" no longer says which year its
// figure is.
func CutTitle(s string, w int) string {
	if w <= 0 || lipgloss.Width(s) <= w {
		return Cut(s, w)
	}
	plain := strings.TrimRight(ansi.Strip(s), " ")
	// The ending is the run of last words that identify the title: "2019
	// [7]" in "Growth by sector, 2019 [7]".
	i := len(plain)
	for {
		j := strings.LastIndexByte(plain[:i], ' ')
		if j <= 0 || !keepTail(plain[j+1:i]) {
			break
		}
		i = j
	}
	if i == len(plain) {
		return Cut(s, w)
	}
	tail := plain[i+1:]
	room := w - lipgloss.Width(tail) - 1
	if room < 4 {
		return Cut(s, w)
	}
	return Cut(plain[:i], room) + " " + tail
}

// keepTail reports whether the last word of a title identifies it: it
// holds a digit (a year, a citation) or is a unit sign.
func keepTail(t string) bool {
	if t == "%" || t == "ha" {
		return true
	}
	for _, r := range t {
		if r >= '0' && r <= '9' {
			return true
		}
	}
	return false
}
