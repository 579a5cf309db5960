package chart

import (
	"math"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/ui/cells"
	"github.com/provdash/provdash/internal/ui/theme"
)

// RankBar is one province's bar in a nationwide list: its published rank
// as the source prints it ("5"; "" when it has none, a number is never
// worked out here), its name, its figure and that figure's text with unit
// and mark, and whether it is the province shown.
type RankBar struct {
	Rank  string
	Label string
	Value dataset.Num
	Text  string
	Shown bool
}

// RankList lays out the bars of one nationwide list, so every group of
// the list (ranked, unranked) and every window of it shares one scale and
// one set of columns: a bar means the same length wherever it is drawn,
// and the rows of different groups line up.
//
// A line is: the rank right-aligned, the name, the bar area and the value.
// The bar area has a zero axis; positive bars grow right of it in eighths
// of a cell, negative ones left of it in a light shade (░, ASCII '-'), so
// a fall never looks like a rise of the same size. The reference (the
// nation's figure) is a dotted column across the empty cells of every
// line, named on its own line (RefLine).
type RankList struct {
	w, rw, lw, bw, vw int
	// zero is the axis column in the bar area, ref the reference's (-1
	// when there is none); pos and neg are how many cells the largest
	// positive and negative values fill.
	zero, ref int
	hi, lo    float64
	pos, neg  int
	o         Opts
}

// minRankBar is the fewest cells a bar area is drawn in: below it the
// list is names and figures only.
const minRankBar = 6

// NewRankList measures bars (all the list's bars, not only those shown)
// and the reference ref (not OK for none) for lines of w cells.
func NewRankList(w int, bars []RankBar, ref dataset.Num, o Opts) RankList {
	r := RankList{w: max(w, 0), ref: -1, o: o}
	lw := 0
	for _, b := range bars {
		r.rw = max(r.rw, lipgloss.Width(b.Rank))
		r.vw = max(r.vw, lipgloss.Width(numText(o, b.Value, b.Text)))
		lw = max(lw, lipgloss.Width(b.Label)+btoi(b.Shown)*2)
		if usable(b.Value) {
			r.hi = math.Max(r.hi, b.Value.V)
			r.lo = math.Min(r.lo, b.Value.V)
		}
	}
	if usable(ref) {
		r.hi = math.Max(r.hi, ref.V)
		r.lo = math.Min(r.lo, ref.V)
	}
	// rank, name, bar and value, a space between each; the name gives
	// way to the bar down to minRankBar cells, then the bar goes.
	rest := r.w - r.vw - 1
	if r.rw > 0 {
		rest -= r.rw + 1
	}
	r.lw = min(lw, max(rest-1-minRankBar, min(lw, rest/2)))
	r.bw = rest - r.lw - 1
	if r.bw < minRankBar {
		r.bw = 0
		r.lw = max(rest, 0)
	}
	if r.bw > 0 {
		span := r.hi - r.lo
		if r.lo < 0 && span > 0 {
			r.zero = int(math.Round(-r.lo / span * float64(r.bw-1)))
			r.zero = min(max(r.zero, 1), r.bw-2)
		}
		r.pos = r.bw - 1 - r.zero
		r.neg = r.zero
		if usable(ref) && ref.V > 0 && r.hi > 0 {
			r.ref = r.zero + max(int(math.Round(ref.V/r.hi*float64(r.pos))), 1)
		}
	}
	return r
}

// BarAt is the column the bars start at (after the rank and its space):
// a list's headings and "more" lines align there.
func (r RankList) BarAt() int {
	if r.rw > 0 {
		return r.rw + 1
	}
	return 0
}

func (r RankList) style(pick func(*theme.Styles) *lipgloss.Style) *lipgloss.Style {
	return role(r.o, pick)
}

// Line is one bar's line, at most w cells: the shown province's name in
// NationShown with the ◀ marker (kept when the name is cut), its bar in
// NationShownBar.
func (r RankList) Line(b RankBar) string {
	if r.w <= 0 {
		return ""
	}
	var sb strings.Builder
	text := r.style(func(s *theme.Styles) *lipgloss.Style { return &s.Text })
	shown := r.style(func(s *theme.Styles) *lipgloss.Style { return &s.NationShown })
	lab := text
	if b.Shown {
		lab = shown
	}
	if r.rw > 0 {
		sb.WriteString(render(lab, cells.PadLeft(b.Rank, r.rw)) + " ")
	}
	name := cells.Pad(b.Label, r.lw)
	if b.Shown {
		// ◀ under --ascii too: it is no box drawing, and the list's
		// coverage line names it.
		mark := "◀"
		name = cells.Pad(cells.Cut(b.Label, r.lw-2)+" "+mark, r.lw)
		if r.lw < 3 {
			name = cells.Pad(mark, r.lw)
		}
	}
	sb.WriteString(render(lab, name))
	if r.bw > 0 {
		sb.WriteString(" " + r.bar(b))
	}
	v := cells.PadLeft(numText(r.o, b.Value, b.Text), r.vw)
	switch {
	case !usable(b.Value):
		v = render(r.style(func(s *theme.Styles) *lipgloss.Style { return &s.Gap }), v)
	default:
		v = render(lab, v)
	}
	sb.WriteString(" " + v)
	return cells.FitLine(sb.String(), r.w)
}

// bar is the bar area of one line: the bar from the zero axis, the axis,
// and the reference column where no bar covers it.
func (r RankList) bar(b RankBar) string {
	g := newGrid(r.bw, 1)
	barSt := r.style(func(s *theme.Styles) *lipgloss.Style { return &s.NationBar })
	if b.Shown {
		barSt = r.style(func(s *theme.Styles) *lipgloss.Style { return &s.NationShownBar })
	}
	bar := g.style(barSt)
	neg := g.style(r.style(func(s *theme.Styles) *lipgloss.Style { return &s.BarNeg }))
	if b.Shown {
		neg = bar
	}
	axis := g.style(r.style(func(s *theme.Styles) *lipgloss.Style { return &s.Axis }))
	ref := g.style(r.style(func(s *theme.Styles) *lipgloss.Style { return &s.NationRef }))
	ax, dot, shade := '│', '┊', '░'
	if r.o.ASCII {
		ax, dot, shade = '|', ':', '-'
	}
	if r.ref >= 0 && r.ref < r.bw {
		g.set(r.ref, 0, dot, ref)
	}
	g.set(r.zero, 0, ax, axis)
	if usable(b.Value) && b.Value.V > 0 && r.hi > 0 {
		s := hbar(b.Value.V/r.hi*float64(r.pos), r.o.ASCII)
		g.text(r.zero+1, 0, s, bar)
	}
	if usable(b.Value) && b.Value.V < 0 && r.lo < 0 {
		n := max(int(math.Round(b.Value.V/r.lo*float64(r.neg))), 1)
		for k := 1; k <= min(n, r.zero); k++ {
			g.set(r.zero-k, 0, shade, neg)
		}
	}
	return g.render()
}

// RefLine names the reference on the line above the bars, its ┊ in the
// reference's column: "┊ Việt Nam 8,02 %" from there when it fits, else
// ending there. "" when the list has no reference column.
func (r RankList) RefLine(label string) string {
	if r.ref < 0 || r.w <= 0 {
		return ""
	}
	dot := "┊"
	if r.o.ASCII {
		dot = ":"
	}
	col := r.BarAt() + r.lw + 1 + r.ref
	st := r.style(func(s *theme.Styles) *lipgloss.Style { return &s.NationRef })
	lw := lipgloss.Width(label)
	var line string
	switch {
	case col+2+lw <= r.w:
		line = strings.Repeat(" ", col) + render(st, dot+" "+label)
	case col >= lw+1:
		line = strings.Repeat(" ", col-lw-1) + render(st, label+" "+dot)
	default:
		line = render(st, cells.Cut(label, r.w))
	}
	return cells.FitLine(line, r.w)
}
