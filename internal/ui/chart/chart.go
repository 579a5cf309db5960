// Package chart adapts ntcharts to the dashboard: it clamps sizes, computes
// label widths from the data so ntcharts never panics (DESIGN.md §5), draws
// gaps as gaps, negatives below a zero axis, and returns plain strings that
// views place with lipgloss. Every function returns at most the width and
// height it was given.
package chart

import (
	"charm.land/lipgloss/v2"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/theme"
)

// Opts are what every chart needs from the session.
type Opts struct {
	Styles *theme.Styles
	Loc    *i18n.Locale
	ASCII  bool // no braille, no box drawing
}

// Point is one (x, y) of a series; a Y that is not OK is a gap.
type Point struct {
	X    float64 // a year, usually
	Y    dataset.Num
	Mark string // status mark (i18n.Mark) drawn beside the point's label, "" for none
}

// Series is a named line.
type Series struct {
	Name   string
	Points []Point
	Style  lipgloss.Style
	Glyph  string // legend/point glyph so colour is not the only carrier: "●", "◆"
}

// Line draws series against X (years) in w×h cells with a Y axis labelled
// in the locale's number format and a legend line. Gaps break the line.
// Below the safe size it returns Placeholder.
func Line(w, h int, series []Series, o Opts) string {
	return Placeholder(w, h, "line", o)
}

// Sparkline draws values (gaps skipped) in w×h cells.
func Sparkline(w, h int, values []dataset.Num, style lipgloss.Style, o Opts) string {
	return Placeholder(w, h, "sparkline", o)
}

// Bar is one labelled bar.
type Bar struct {
	Label    string
	Value    dataset.Num
	Text     string // the formatted value shown beside the bar (with unit and mark)
	Style    lipgloss.Style
	Selected bool
}

// HBars draws one line per bar: label column, bar scaled to max (or to the
// largest value when max ≤ 0), value column. Missing values draw "—" and no
// bar. Returns at most w cells per line.
func HBars(w int, bars []Bar, max float64, o Opts) []string {
	out := make([]string, len(bars))
	for i, b := range bars {
		out[i] = b.Label + " " + b.Text
	}
	return out
}

// Diverging draws vertical bars around a zero axis in w×h cells: positives
// above, negatives below, each labelled with its value and its category.
func Diverging(w, h int, bars []Bar, o Opts) string {
	return Placeholder(w, h, "diverging", o)
}

// Meter draws a proportion (0–100) as a w-cell bar.
func Meter(w int, pct dataset.Num, o Opts) string {
	return ""
}

// Span is one row of a timeline.
type Span struct {
	Label    string
	From, To int  // years; To == From for a point event
	Open     bool // no known end
	Style    lipgloss.Style
	Selected bool
}

// Timeline draws one line per span over the years [from, to] with a year
// axis line at the bottom; returns the lines.
func Timeline(w int, spans []Span, from, to int, o Opts) []string {
	return nil
}

// Placeholder fills w×h with a centred, muted message: what a chart shows
// when there is not room enough to draw it safely.
func Placeholder(w, h int, msg string, o Opts) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	st := lipgloss.NewStyle()
	if o.Styles != nil {
		st = o.Styles.Faint
	}
	return lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, st.MaxWidth(w).Render(msg))
}
