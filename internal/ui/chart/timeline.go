package chart

import (
	"math"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/provdash/provdash/internal/ui/cells"
	"github.com/provdash/provdash/internal/ui/theme"
)

// Timeline draws one line per span over the years [from, to] with a year
// axis line at the bottom; returns len(spans)+1 lines of at most w cells.
//
// A span is a heavy rule (━, ASCII '='), a point event a dot (●, '*'), an
// open-ended span ends in an arrow (▶, '>'), and a span that starts before
// from begins with ◀ ('<'), so the shape, not colour, says what it is.
//
// o.Focus, when not 0, is the focus year every tab shares: a dotted column
// (┊, ':') through the spans' empty cells, as on the line chart, with the
// year written bold beside it on the axis, so the column is named without
// colour ("┊2019"). A focus outside [from, to] is written at the end of the axis it
// lies beyond, with an arrow ("◀ 2019"): the axis keeps the spans' years,
// so moving the focus never rescales what is drawn.
func Timeline(w int, spans []Span, from, to int, o Opts) (out []string) {
	if w <= 0 {
		return make([]string, len(spans)+1)
	}
	defer func() {
		if r := recover(); r != nil {
			out = make([]string, len(spans)+1)
			for i, s := range spans {
				out[i] = cells.FitLine(s.Label, w)
			}
		}
	}()
	return timeline(w, spans, from, to, o)
}

func timeline(w int, spans []Span, from, to int, o Opts) []string {
	if to < from {
		from, to = to, from
	}
	lw0 := 0
	for _, s := range spans {
		lw0 = max(lw0, lipgloss.Width(spanLabel(s, math.MaxInt)))
	}
	lw := min(lw0, max((w-1)/3, w-1-30))
	tw := w - lw - 1
	if lw == 0 {
		tw = w
	}
	ox := w - tw
	col := func(y int) int {
		if to == from || tw <= 1 {
			return tw / 2
		}
		return int(math.Round((float64(y) - float64(from)) / (float64(to) - float64(from)) * float64(tw-1)))
	}

	g := newGrid(w, len(spans)+1)
	text := g.style(role(o, func(s *theme.Styles) *lipgloss.Style { return &s.Text }))
	sel := g.style(role(o, func(s *theme.Styles) *lipgloss.Style { return &s.Selected }))
	label := g.style(role(o, func(s *theme.Styles) *lipgloss.Style { return &s.AxisLabel }))
	rule, right, left, mark := '━', '▶', '◀', '┊'
	if o.ASCII {
		rule, right, left, mark = '=', '>', '<', ':'
	}
	dot := TimelineDot(o.ASCII)

	for i, s := range spans {
		if lw > 0 {
			st := text
			if s.Selected {
				st = sel
			}
			g.text(0, i, cells.Pad(spanLabel(s, lw), lw), st)
		}
		if tw <= 0 {
			continue
		}
		st := s.Style
		si := g.style(&st)
		a, b := s.From, s.To
		switch {
		case s.Open && b < a:
			b = a // an open span's To may be unset
		case b < a:
			a, b = b, a
		}
		if s.Open {
			b = max(b, to)
		}
		switch {
		case a == b && !s.Open && a >= from && a <= to:
			g.set(ox+col(a), i, dot, si)
		case b < from:
			g.set(ox, i, left, si)
		case a > to:
			g.set(ox+tw-1, i, right, si)
		default:
			ca, cb := col(max(a, from)), col(min(b, to))
			for x := ca; x <= cb; x++ {
				g.set(ox+x, i, rule, si)
			}
			if a < from {
				g.set(ox+ca, i, left, si)
			}
			if s.Open || b > to {
				g.set(ox+cb, i, right, si)
			}
		}
	}

	// The focus year's label (fl at column fx of the track), and its
	// dotted column when it lies inside the axis.
	fl, fx := "", 0
	if f := int(o.Focus); o.Focus != 0 && tw > 0 {
		switch y := strconv.Itoa(f); {
		case f < from:
			fl = string(left) + " " + y
		case f > to:
			fl = y + " " + string(right)
			fx = tw - lipgloss.Width(fl)
		default:
			// The column's glyph then the year, or the year then the
			// glyph at the right end, so the label points at the column.
			c := col(f)
			fl, fx = string(mark)+y, c
			if c+len(fl) > tw {
				fl, fx = y+string(mark), c-len(y)
			}
			fs := g.style(role(o, func(s *theme.Styles) *lipgloss.Style { return &s.Accent }))
			for i := range spans {
				if r := g.at(ox+c, i); r == 0 || r == ' ' {
					g.set(ox+c, i, mark, fs)
				}
			}
		}
		if lipgloss.Width(fl) > tw {
			fl = ""
		}
		fx = max(0, min(fx, tw-lipgloss.Width(fl)))
	}

	// Year axis: evenly spaced round years that fit, less those the focus
	// year's label would touch.
	if tw > 0 {
		colF := func(y float64) int { return col(int(y)) }
		fe := fx + lipgloss.Width(fl) // one past the label's last cell
		for _, t := range yearTicks(float64(from), float64(to), tw, colF) {
			if fl != "" && t.x <= fe && t.x+len(t.s) >= fx {
				continue
			}
			g.text(ox+t.x, len(spans), t.s, label)
		}
		if fl != "" {
			g.text(ox+fx, len(spans), fl, g.style(role(o, func(s *theme.Styles) *lipgloss.Style { return &s.Bold })))
		}
	}
	return strings.Split(g.render(), "\n")
}

// TimelineDot is the glyph Timeline draws for a point event (●, under
// --ascii '*'), so a legend names the glyph that is drawn.
func TimelineDot(ascii bool) rune {
	if ascii {
		return '*'
	}
	return '●'
}

// spanLabel is the label and mark of s in at most w cells: the label is
// cut, not the mark.
func spanLabel(s Span, w int) string {
	if s.Mark == "" {
		return s.Label
	}
	if s.Label == "" {
		return s.Mark
	}
	mw := lipgloss.Width(s.Mark) + 1
	if w <= mw {
		return s.Mark
	}
	return cells.Cut(s.Label, w-mw) + " " + s.Mark
}
