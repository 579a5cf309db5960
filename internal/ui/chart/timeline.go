package chart

import (
	"math"
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
func Timeline(w int, spans []Span, from, to int, o Opts) (out []string) {
	if w <= 0 {
		return make([]string, len(spans)+1)
	}
	defer func() {
		if r := recover(); r != nil {
			out = make([]string, len(spans)+1)
			for i, s := range spans {
				out[i] = clipLine(s.Label, w)
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
	rule, dot, right, left := '━', '●', '▶', '◀'
	if o.ASCII {
		rule, dot, right, left = '=', '*', '>', '<'
	}

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

	// Year axis: evenly spaced round years that fit.
	if tw > 0 {
		colF := func(y float64) int { return col(int(y)) }
		for _, t := range yearTicks(float64(from), float64(to), tw, colF) {
			g.text(ox+t.x, len(spans), t.s, label)
		}
	}
	return strings.Split(g.render(), "\n")
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
