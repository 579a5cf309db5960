// Package chart adapts ntcharts to the dashboard: it clamps sizes, computes
// label widths from the data so ntcharts never panics (CONTRIBUTING: House rules), draws
// gaps as gaps, negatives below a zero axis, and returns plain strings that
// views place with lipgloss. Every function returns at most the width and
// height it was given.
//
// ntcharts is used as a rasteriser (braille and rune lines, block columns);
// axes, labels and legends are laid out here, because ntcharts measures
// labels in bytes (a Vietnamese "−12,5" would misalign) and renders every
// cell as its own styled string (slow, and many bytes over SSH).
package chart

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/cells"
	"github.com/provdash/provdash/internal/ui/theme"
)

// Opts are what every chart needs from the session.
type Opts struct {
	Styles *theme.Styles
	Loc    *i18n.Locale
	ASCII  bool // no braille, no box drawing
	// Focus is the X (a year) a line chart marks with a dotted vertical
	// line: the focus year every tab shares. 0 marks nothing.
	Focus float64
	// Markers are events a line chart marks on its time axis with a
	// solid vertical line and a label (a merger between two years).
	Markers []Marker
}

// Marker is an event on a line chart's time axis: a vertical line at X
// (between years: 2024.5), labelled on the plot with Label ("1 Jul 2025")
// and named in the legend by Name ("Provincial merger"), so the line is
// read without colour.
type Marker struct {
	X           float64
	Label, Name string
}

// Point is one (x, y) of a series; a Y that is not OK is a gap.
type Point struct {
	X    float64 // a year, usually
	Y    dataset.Num
	Mark string // status mark (i18n.Mark) drawn beside the point's label, "" for none
	// Label is the value as the tables write it ("13,85 %"); a line chart
	// writes the label of each series' latest point beside it, so the
	// latest figure is read on the chart itself.
	Label string
}

// Series is a named line.
type Series struct {
	Name   string
	Points []Point
	Style  lipgloss.Style
	Glyph  string // legend/point glyph so colour is not the only carrier: "●", "◆"
	// ASCII is the glyph under --ascii ("" for the chart's own choice by
	// the series' place), so series keep glyphs of their own there too.
	ASCII string
}

// glyph is the series' point and legend glyph: one cell, ASCII when asked.
func (s Series) glyph(i int, ascii bool) rune {
	def := asciiGlyphs[i%len(asciiGlyphs)]
	if ascii && s.ASCII != "" {
		def = oneCell(s.ASCII, def, true)
	}
	return oneCell(s.Glyph, def, ascii)
}

// Bar is one labelled bar.
type Bar struct {
	Label    string
	Value    dataset.Num
	Text     string // the formatted value shown beside the bar (with unit and mark)
	Style    lipgloss.Style
	Selected bool
}

// Span is one row of a timeline.
type Span struct {
	Label string
	// Mark follows the label (e.g. "✗" for unverified). It is kept when
	// the label is cut to the label column, so a long name never loses
	// what the mark says.
	Mark     string
	From, To int  // years; To == From for a point event
	Open     bool // no known end
	Style    lipgloss.Style
	Selected bool
}

// Placeholder fills w×h with a centred, muted message: what a chart shows
// when there is not room enough to draw it safely.
func Placeholder(w, h int, msg string, o Opts) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	msg = ansi.Truncate(strings.ReplaceAll(msg, "\n", " "), w, "…")
	if o.Styles != nil {
		msg = o.Styles.Faint.Render(msg)
	}
	return lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, msg)
}

// tooSmall is the placeholder text for a chart that has no room. It lives
// here rather than in the i18n catalogue because it is the chart package's
// own fallback, not chrome a view chooses.
func tooSmall(o Opts) string {
	if o.Loc != nil && o.Loc.Lang == i18n.VI {
		return "không đủ chỗ để vẽ"
	}
	return "not enough room to draw"
}

// noData is the placeholder text for a chart whose every value is a gap.
func noData(o Opts) string {
	if o.Loc != nil {
		return i18n.Gap + " " + o.Loc.T("app.gap")
	}
	return i18n.Gap
}

// safe runs draw and guarantees the rendering rule whatever happens inside:
// a panic (ntcharts still has some at odd sizes) becomes a placeholder, and
// the result is clipped to w×h as a last guard.
func safe(w, h int, o Opts, draw func() string) (out string) {
	if w <= 0 || h <= 0 {
		return ""
	}
	defer func() {
		if r := recover(); r != nil {
			out = Placeholder(w, h, tooSmall(o), o)
		}
	}()
	return cells.Fit(draw(), w, h)
}

// render applies st to s unless st is the zero style pointer (no theme).
func render(st *lipgloss.Style, s string) string {
	if st == nil || s == "" {
		return s
	}
	return st.Render(s)
}

// role returns a pointer to a theme style, or nil when there is no theme,
// so callers can style without ever building a style themselves.
func role(o Opts, pick func(*theme.Styles) *lipgloss.Style) *lipgloss.Style {
	if o.Styles == nil {
		return nil
	}
	return pick(o.Styles)
}

// fmtFloat formats v with dec decimals in the session's locale.
func fmtFloat(o Opts, v float64, dec int) string {
	if o.Loc != nil {
		return o.Loc.Float(v, dec)
	}
	return strconv.FormatFloat(v, 'f', dec, 64)
}

// numText is the text of a value: the caller's formatted text, or the
// locale's number, or the gap mark.
func numText(o Opts, n dataset.Num, text string) string {
	if !usable(n) {
		return i18n.Gap
	}
	if text != "" {
		return text
	}
	if o.Loc != nil {
		return o.Loc.Num(n)
	}
	return n.Qual + strconv.FormatFloat(n.V, 'f', max(n.Dec, 0), 64)
}

// usable reports whether n is a present, finite value.
func usable(n dataset.Num) bool {
	return n.OK && !math.IsNaN(n.V) && !math.IsInf(n.V, 0)
}

// finite reports whether all of vs are finite.
func finite(vs ...float64) bool {
	for _, v := range vs {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return false
		}
	}
	return true
}

// oneCell returns the first rune of s when it is one cell wide, else def.
// Grid cells hold one rune each, so wide or combining glyphs would break
// the alignment of everything to their right.
func oneCell(s string, def rune, ascii bool) rune {
	r, _ := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || (ascii && r > 0x7e) || ansi.StringWidth(string(r)) != 1 {
		return def
	}
	return r
}

// eighths are the left-aligned partial blocks for horizontal bars.
var eighths = [...]rune{'▏', '▎', '▍', '▌', '▋', '▊', '▉', '█'}

// hbar draws a horizontal bar of cells (fractional) cells, in eighths.
func hbar(cells float64, ascii bool) string {
	if cells <= 0 || !finite(cells) {
		return ""
	}
	if ascii {
		n := int(math.Round(cells))
		if n == 0 {
			n = 1 // a present, positive value is never drawn as nothing
		}
		return strings.Repeat("#", n)
	}
	e := int(math.Round(cells * 8))
	if e == 0 {
		e = 1
	}
	var b strings.Builder
	b.WriteString(strings.Repeat("█", e/8))
	if e%8 > 0 {
		b.WriteRune(eighths[e%8-1])
	}
	return b.String()
}
