package chart

import (
	"math"
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/NimbleMarkets/ntcharts/v2/canvas"
	"github.com/NimbleMarkets/ntcharts/v2/sparkline"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/cells"
	"github.com/provdash/provdash/internal/ui/theme"
)

// HBars draws one line per bar: label column, bar scaled to max (or to the
// largest value when max ≤ 0), value column. Missing values draw "—" and no
// bar. Returns at most w cells per line.
//
// The label column is as wide as the widest label and is cut (with "…")
// only when the line is short; the value column is never cut before the
// label, because the number is what the reader came for. A negative value
// is drawn as a light shaded bar (░, ASCII '-') so it never looks like a
// positive one of the same size.
func HBars(w int, bars []Bar, max float64, o Opts) (out []string) {
	out = make([]string, len(bars))
	if w <= 0 || len(bars) == 0 {
		return out
	}
	defer func() {
		if r := recover(); r != nil {
			for i, b := range bars {
				out[i] = cells.FitLine(b.Label+" "+numText(o, b.Value, b.Text), w)
			}
		}
	}()
	return hbars(w, bars, max, o)
}

func hbars(w int, bars []Bar, maxV float64, o Opts) []string {
	scale := maxV
	if !(scale > 0) || !finite(scale) {
		scale = 0
		for _, b := range bars {
			if usable(b.Value) {
				scale = math.Max(scale, math.Abs(b.Value.V))
			}
		}
	}
	texts := make([]string, len(bars))
	vw, lw0 := 0, 0
	for i, b := range bars {
		texts[i] = numText(o, b.Value, b.Text)
		vw = max(vw, lipgloss.Width(texts[i]))
		lw0 = max(lw0, lipgloss.Width(b.Label))
	}
	vw = min(vw, w)
	// w = lw + 1 + bw + 1 + vw; the bar gets at least minBar cells when it
	// can, and the label gives way first.
	const minBar = 6
	rest := w - vw - 1 // label, its space and the bar
	lw := 0
	if lw0 > 0 && rest > 1 {
		lw = min(lw0, max((rest-1)/2, rest-1-minBar))
	}
	bw := rest - lw
	if lw > 0 {
		bw--
	}
	bw = max(bw, 0)

	text := role(o, func(s *theme.Styles) *lipgloss.Style { return &s.Text })
	sel := role(o, func(s *theme.Styles) *lipgloss.Style { return &s.Selected })
	gap := role(o, func(s *theme.Styles) *lipgloss.Style { return &s.Gap })
	out := make([]string, len(bars))
	for i, b := range bars {
		var sb strings.Builder
		if lw > 0 {
			l := cells.Pad(b.Label, lw)
			if b.Selected && sel != nil {
				sb.WriteString(sel.Render(l))
			} else {
				sb.WriteString(render(text, l))
			}
			sb.WriteByte(' ')
		}
		if bw > 0 {
			bar := ""
			if usable(b.Value) && scale > 0 && b.Value.V != 0 {
				cells := math.Min(math.Abs(b.Value.V)/scale*float64(bw), float64(bw))
				if b.Value.V > 0 {
					bar = hbar(cells, o.ASCII)
				} else {
					n := max(int(math.Round(cells)), 1)
					r := "░"
					if o.ASCII {
						r = "-"
					}
					bar = strings.Repeat(r, n)
				}
			}
			st := b.Style
			sb.WriteString(render(&st, bar))
			sb.WriteString(strings.Repeat(" ", bw-lipgloss.Width(bar)))
			sb.WriteByte(' ')
		}
		v := cells.PadLeft(texts[i], vw)
		if !usable(b.Value) {
			v = render(gap, v)
		} else {
			v = render(text, v)
		}
		sb.WriteString(v)
		out[i] = cells.FitLine(sb.String(), w)
	}
	return out
}

// Diverging draws vertical bars around a zero axis in w×h cells: positives
// above, negatives below, each labelled with its value and its category.
//
// Values carry an explicit sign (+/−) and positives and negatives use the
// BarPos and BarNeg roles, so the sign never rests on colour alone. A gap
// draws "—" at the axis and no bar.
func Diverging(w, h int, bars []Bar, o Opts) string {
	return safe(w, h, o, func() string { return diverging(w, h, bars, o) })
}

// lowerEighths grow a vertical bar upwards by eighths of a cell.
var lowerEighths = [...]rune{'▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'}

func diverging(w, h int, bars []Bar, o Opts) string {
	n := len(bars)
	if n == 0 {
		return Placeholder(w, h, noData(o), o)
	}
	slot := w / n
	if slot < 3 {
		return Placeholder(w, h, tooSmall(o), o)
	}
	bw := min(slot-1, 10) // bar width, centred in its slot
	// Category labels: one line on a short chart, two from 12 rows, and
	// a third from 16 rows when a label needs it (a sector named in full,
	// "Agriculture, forestry, fishery", in a narrow slot).
	catLines := 1
	if h >= 12 {
		catLines = 2
	}
	if h >= 16 {
		for _, b := range bars {
			if len(wrap(b.Label, slot-1, 3)) == 3 {
				catLines = 3
			}
		}
	}
	var posMax, negMax float64
	for _, b := range bars {
		if usable(b.Value) {
			posMax = math.Max(posMax, b.Value.V)
			negMax = math.Max(negMax, -b.Value.V)
		}
	}
	hasPos, hasNeg := posMax > 0, negMax > 0
	rows := h - catLines - 1 - btoi(hasPos) - btoi(hasNeg)
	if rows < btoi(hasPos)+btoi(hasNeg) || rows < 1 {
		return Placeholder(w, h, tooSmall(o), o)
	}
	up, down := rows, 0
	switch {
	case hasPos && hasNeg:
		up = int(math.Round(float64(rows) * posMax / (posMax + negMax)))
		up = min(max(up, 1), rows-1)
		down = rows - up
	case hasNeg:
		up, down = 0, rows
	}
	axisRow := btoi(hasPos) + up
	if !hasPos && !hasNeg {
		axisRow = min(1, h-1-catLines) // room for the value labels above
	}

	g := newGrid(w, h)
	axis := g.style(role(o, func(s *theme.Styles) *lipgloss.Style { return &s.Axis }))
	label := g.style(role(o, func(s *theme.Styles) *lipgloss.Style { return &s.AxisLabel }))
	text := g.style(role(o, func(s *theme.Styles) *lipgloss.Style { return &s.Text }))
	sel := g.style(role(o, func(s *theme.Styles) *lipgloss.Style { return &s.Selected }))
	pos := g.style(role(o, func(s *theme.Styles) *lipgloss.Style { return &s.BarPos }))
	neg := g.style(role(o, func(s *theme.Styles) *lipgloss.Style { return &s.BarNeg }))
	gapSt := g.style(role(o, func(s *theme.Styles) *lipgloss.Style { return &s.Gap }))

	hl := '─'
	if o.ASCII {
		hl = '-'
	}
	for x := 0; x < w; x++ {
		g.set(x, axisRow, hl, axis)
	}
	catRow := h - catLines

	// When one value text does not fit its slot, all bars show the bare
	// signed number, so the labels stay alike and nothing is cut.
	short := false
	for _, b := range bars {
		short = short || lipgloss.Width(signed(o, b)) > slot-1
	}
	for i, b := range bars {
		x0 := i*slot + (slot-bw)/2 // bar's first column
		sx := i * slot             // slot's first column
		val := signed(o, b)
		if short {
			val = shortSigned(o, b)
		}
		switch {
		case !usable(b.Value):
			put(g, sx, slot, max(axisRow-1, 0), val, gapSt)
		case b.Value.V > 0:
			e := max(int(math.Round(b.Value.V/posMax*float64(up)*8)), 1)
			if o.ASCII { // whole cells only
				e = max(int(math.Round(float64(e)/8)), 1) * 8
			}
			full, rem := e/8, e%8
			for k := 0; k < full; k++ {
				fill(g, x0, axisRow-1-k, bw, blockRune(o), pos)
			}
			top := axisRow - full
			if rem > 0 {
				fill(g, x0, axisRow-1-full, bw, lowerEighths[rem-1], pos)
				top--
			}
			put(g, sx, slot, top-1, val, text)
		case b.Value.V < 0:
			hv := max(int(math.Round(-b.Value.V/negMax*float64(down)*2)), 1)
			if o.ASCII { // whole cells only
				hv = max(int(math.Round(float64(hv)/2)), 1) * 2
			}
			full, half := hv/2, hv%2
			for k := 0; k < full; k++ {
				fill(g, x0, axisRow+1+k, bw, blockRune(o), neg)
			}
			bottom := axisRow + full
			if half > 0 {
				fill(g, x0, axisRow+1+full, bw, '▀', neg)
				bottom++
			}
			put(g, sx, slot, bottom+1, val, text)
		default: // a true zero: no bar, the value just above the axis
			put(g, sx, slot, max(axisRow-1, 0), val, text)
		}
		// Category label under everything, wrapped to the slot.
		st := label
		if b.Selected && sel >= 0 {
			st = sel
		}
		for k, l := range wrap(b.Label, slot-1, catLines) {
			if k == 0 && b.Selected && sel < 0 {
				l = "[" + l // no theme: still show the selection
			}
			g.text(sx+(slot-1-lipgloss.Width(l))/2, catRow+k, l, st)
		}
	}
	return g.render()
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

func blockRune(o Opts) rune {
	if o.ASCII {
		return '#'
	}
	return '█'
}

func fill(g *grid, x, y, n int, r rune, st int16) {
	for k := 0; k < n; k++ {
		g.set(x+k, y, r, st)
	}
}

// put writes s centred in the slot [sx, sx+slot-1) on row y, if y is free
// to use; a value too wide for its slot is cut with "…".
func put(g *grid, sx, slot, y int, s string, st int16) {
	if y < 0 || y >= g.h {
		return
	}
	s = cells.Pad(s, min(lipgloss.Width(s), slot-1))
	g.text(sx+(slot-1-lipgloss.Width(s))/2, y, s, st)
}

// signed is a bar's value text with an explicit sign, so a negative bar is
// readable without colour. A text too wide for nothing else falls back to
// the bare number.
func signed(o Opts, b Bar) string {
	t := numText(o, b.Value, b.Text)
	if !usable(b.Value) {
		return t
	}
	switch {
	case b.Value.V > 0 && !strings.HasPrefix(t, "+"):
		t = "+" + t
	case b.Value.V < 0 && !strings.HasPrefix(t, "−") && !strings.HasPrefix(t, "-"):
		t = "−" + t
	}
	return t
}

// shortSigned is the bare signed number of a bar, for slots too narrow
// for its full text.
func shortSigned(o Opts, b Bar) string {
	if !usable(b.Value) {
		return i18n.Gap
	}
	t := fmtFloat(o, math.Abs(b.Value.V), b.Value.Dec)
	switch {
	case b.Value.V > 0:
		t = "+" + t
	case b.Value.V < 0:
		t = "−" + t
	}
	return b.Value.Qual + t
}

// wrap breaks s into at most n lines of at most w cells, on spaces where
// it can, and ends the last line with "…" when text is left over.
func wrap(s string, w, n int) []string {
	if w <= 0 || n <= 0 {
		return nil
	}
	words := strings.Fields(s)
	var lines []string
	cur := ""
	for i, wd := range words {
		switch {
		case cur == "":
			cur = wd
		case lipgloss.Width(cur)+1+lipgloss.Width(wd) <= w:
			cur += " " + wd
		case len(lines) == n-1:
			rest := strings.Join(append([]string{cur}, words[i:]...), " ")
			return append(lines, strings.TrimRight(cells.Pad(rest, w), " "))
		default:
			lines = append(lines, strings.TrimRight(cells.Pad(cur, w), " "))
			cur = wd
		}
	}
	if cur != "" {
		lines = append(lines, strings.TrimRight(cells.Pad(cur, w), " "))
	}
	return lines
}

// Meter draws a proportion (0–100) as a w-cell bar: the filled part in
// the Bar role, the rest as a dim track; a gap is a dashed empty track, so
// "no figure" never looks like 0 %.
func Meter(w int, pct dataset.Num, o Opts) string {
	if w <= 0 {
		return ""
	}
	track, dash := "░", "╌"
	if o.ASCII {
		track, dash = ".", "-"
	}
	if !usable(pct) {
		return render(role(o, func(s *theme.Styles) *lipgloss.Style { return &s.Gap }), strings.Repeat(dash, w))
	}
	p := math.Min(math.Max(pct.V, 0), 100)
	bar := hbar(p/100*float64(w), o.ASCII)
	if p == 0 {
		bar = ""
	}
	if lipgloss.Width(bar) > w {
		bar = strings.Repeat(string(blockRune(o)), w)
	}
	rest := w - lipgloss.Width(bar)
	return render(role(o, func(s *theme.Styles) *lipgloss.Style { return &s.Bar }), bar) +
		render(role(o, func(s *theme.Styles) *lipgloss.Style { return &s.BarDim }), strings.Repeat(track, rest))
}

// Sparkline draws values in w×h cells, one column group per value, from a
// baseline of 0 (or of the smallest value when some are negative). A gap
// is an empty column; a present value, however small, shows at least ⅛ of
// a cell so it is never confused with a gap. When there are more values
// than columns the latest ones are kept. Under --ascii a cell's height is
// a character of asciiRamp, so the heights stay readable.
func Sparkline(w, h int, values []dataset.Num, style lipgloss.Style, o Opts) string {
	return safe(w, h, o, func() string { return spark(w, h, values, style, o, nil) })
}

// asciiRamp is the sparkline's eight heights under --ascii, lowest first:
// a cell of ▁ is '_', of █ is '#', so a one-row sparkline still says
// which year was higher ("_.:-=+*#"), and a column of several rows ends
// in the part of a cell its top reaches.
const asciiRamp = "_.:-=+*#"

// asciiBlock is the ASCII character of a sparkline cell: the lower block
// elements ▁…█ by height on asciiRamp, anything else '#'.
func asciiBlock(r rune) rune {
	if r >= '▁' && r <= '█' {
		return rune(asciiRamp[r-'▁'])
	}
	return '#'
}

// span is a sparkline's scale when several share one (Trends): bars of
// different provinces are only compared on the same scale.
type span struct{ lo, hi float64 }

// maxSparkRows caps the rows drawn by ntcharts: its canvas holds a style
// per cell, and a sparkline taller than this is no more legible.
const maxSparkRows = 48

func spark(w, h int, values []dataset.Num, style lipgloss.Style, o Opts, shared *span) string {
	top := 0 // blank rows above the drawing
	if h > maxSparkRows {
		top, h = h-maxSparkRows, maxSparkRows
	}
	if len(values) > w {
		values = values[len(values)-w:]
	}
	lo, hi := 0.0, math.Inf(-1)
	any := false
	for _, v := range values {
		if usable(v) {
			any = true
			lo, hi = math.Min(lo, v.V), math.Max(hi, v.V)
		}
	}
	if !any {
		return Placeholder(w, h, i18n.Gap, o)
	}
	if shared != nil {
		lo, hi = math.Min(shared.lo, lo), math.Max(shared.hi, hi)
	}
	k := w / len(values) // columns per value
	cols := make([]float64, 0, w)
	span := hi - lo
	for _, v := range values {
		c := 0.0
		if usable(v) {
			c = float64(h) / 2
			if span > 0 && finite(span) {
				c = (v.V - lo) / span * float64(h)
			}
			c = math.Max(c, 1.0/8)
		}
		for j := 0; j < k; j++ {
			if k >= 3 && j == k-1 {
				cols = append(cols, 0) // a space between wide columns
				continue
			}
			cols = append(cols, c)
		}
	}
	sl := sparkline.New(len(cols), h, sparkline.WithMaxValue(float64(h)), sparkline.WithNoAutoMaxValue())
	sl.PushAll(cols)
	sl.DrawColumnsOnly()
	var b strings.Builder
	blank := strings.Repeat(" ", w)
	for y := 0; y < top; y++ {
		b.WriteString(blank)
		b.WriteByte('\n')
	}
	for y := 0; y < h; y++ {
		if y > 0 {
			b.WriteByte('\n')
		}
		var row strings.Builder
		for x := 0; x < len(cols); x++ {
			r := sl.Canvas.Cell(canvas.Point{X: x, Y: y}).Rune
			if o.ASCII && r != 0 {
				r = asciiBlock(r)
			}
			if r == 0 {
				r = ' '
			}
			row.WriteRune(r)
		}
		line := strings.TrimRight(row.String(), " ")
		b.WriteString(render(&style, line))
		b.WriteString(strings.Repeat(" ", w-utf8.RuneCountInString(line))) // one-cell runes only
	}
	return b.String()
}
