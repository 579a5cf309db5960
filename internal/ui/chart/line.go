package chart

import (
	"math"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/NimbleMarkets/ntcharts/v2/canvas"
	"github.com/NimbleMarkets/ntcharts/v2/canvas/graph"
	"github.com/NimbleMarkets/ntcharts/v2/canvas/runes"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/cells"
	"github.com/provdash/provdash/internal/ui/theme"
)

// asciiGlyphs stand in for series glyphs that are not plain ASCII.
var asciiGlyphs = [...]rune{'*', 'o', '+', 'x', '#', '@'}

// asciiLines are the rune lines of the series in ASCII mode, one per series
// so two lines stay apart without colour.
var asciiLines = [...]rune{'.', ':', ',', ';'}

// Line draws series against X (years) in w×h cells with a Y axis labelled
// in the locale's number format and a legend line. Gaps break the line:
// each run of present values is drawn on its own and nothing is drawn
// across a missing year. Points carry the series glyph; a point with a
// status mark has the mark drawn beside it. Below the safe size it
// returns Placeholder.
func Line(w, h int, series []Series, o Opts) string {
	return safe(w, h, o, func() string { return line(w, h, series, o) })
}

// xy is one drawable point.
type xy struct {
	x, y  float64
	mark  string
	label string
}

// runsOf splits a series into runs of consecutive present, finite points.
func runsOf(s Series) [][]xy {
	var out [][]xy
	var cur []xy
	for _, p := range s.Points {
		if !usable(p.Y) || !finite(p.X) {
			if len(cur) > 0 {
				out = append(out, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, xy{p.X, p.Y.V, p.Mark, p.Label})
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// ticks is a nice Y scale: lo..hi in steps of step, labels with dec decimals.
type ticks struct {
	lo, hi, step float64
	dec          int
}

// niceTicks picks a 1-2-5 step giving about target intervals over [lo, hi].
func niceTicks(lo, hi float64, target int) (ticks, bool) {
	if !finite(lo, hi) {
		return ticks{}, false
	}
	if hi == lo {
		d := math.Abs(lo) * 0.1
		if d == 0 {
			d = 1
		}
		lo, hi = lo-d, hi+d
	}
	target = max(target, 1)
	raw := (hi - lo) / float64(target)
	if !finite(raw) || raw <= 0 {
		return ticks{}, false
	}
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	step := 10 * mag
	for _, m := range []float64{1, 2, 5} {
		if m*mag >= raw {
			step = m * mag
			break
		}
	}
	t := ticks{lo: math.Floor(lo/step) * step, hi: math.Ceil(hi/step) * step, step: step}
	if !finite(t.lo, t.hi, step) || step <= 0 || t.hi <= t.lo {
		return ticks{}, false
	}
	if step < 1 {
		t.dec = min(int(math.Ceil(-math.Log10(step)-1e-9)), 12)
	}
	return t, true
}

// values lists the tick values, bottom to top.
func (t ticks) values() []float64 {
	n := int(math.Round((t.hi - t.lo) / t.step))
	n = min(max(n, 1), 1000)
	out := make([]float64, 0, n+1)
	for k := 0; k <= n; k++ {
		v := t.lo + float64(k)*t.step
		if math.Abs(v) < t.step*1e-9 {
			v = 0 // never print "−0"
		}
		out = append(out, v)
	}
	return out
}

// scale maps data to plot cells the way ntcharts rasterises: sub is the
// number of dots per cell (2×4 for braille, 1×1 for runes), so glyphs,
// ticks and lines land in the same cells.
type scale struct {
	minX, maxX, lo, hi float64
	gw, gh, subX, subY int
}

func (s scale) col(x float64) int {
	if s.maxX <= s.minX {
		return s.gw / 2
	}
	g := math.Round((x - s.minX) / (s.maxX - s.minX) * float64(s.gw*s.subX-1))
	return min(max(int(g)/s.subX, 0), s.gw-1)
}

func (s scale) row(y float64) int {
	g := math.Round((s.hi - y) / (s.hi - s.lo) * float64(s.gh*s.subY-1))
	return min(max(int(g)/s.subY, 0), s.gh-1)
}

// geom is where a line chart puts its plot: the layout line() draws with
// and YearAt reads clicks with, computed once so the two always agree.
type geom struct {
	runs               [][][]xy
	minX, maxX         float64
	minY, maxY         float64
	t                  ticks
	labels             []string
	lw, gw, gh, in, pw int
	ox, px             int
	sc                 scale
	rMinX, rMaxX       float64
}

// layout works out a line chart's geometry, or the placeholder text to
// draw instead (ok false).
func layout(w, h int, series []Series, o Opts) (g geom, placeholder string, ok bool) {
	// Data extent.
	minX, maxX := math.Inf(1), math.Inf(-1)
	minY, maxY := math.Inf(1), math.Inf(-1)
	runs := make([][][]xy, len(series))
	for i, s := range series {
		runs[i] = runsOf(s)
		for _, r := range runs[i] {
			for _, p := range r {
				minX, maxX = math.Min(minX, p.x), math.Max(maxX, p.x)
				minY, maxY = math.Min(minY, p.y), math.Max(maxY, p.y)
			}
		}
	}
	if math.IsInf(minX, 1) {
		return g, noData(o), false
	}

	// Rows: plot, X axis, year labels, legend.
	gh := h - 3
	if gh < 2 {
		return g, tooSmall(o), false
	}
	// About one labelled tick every three rows, and at least two intervals
	// once there are rows for them, so a short chart still reads.
	target := 1
	if gh >= 4 {
		target = max(gh/3, 2)
	}
	t, ok := niceTicks(minY, maxY, target)
	if !ok {
		return g, tooSmall(o), false
	}
	tv := t.values()
	labels := make([]string, len(tv))
	lw := 0
	for i, v := range tv {
		labels[i] = fmtFloat(o, v, t.dec)
		lw = max(lw, lipgloss.Width(labels[i]))
	}
	gw := w - lw - 1
	if gw < 4 {
		return g, tooSmall(o), false
	}

	// Inset the data one cell from the axes when there is room, so the
	// first and last points do not sit on the axis or the edge.
	in := 0
	if gw >= 12 {
		in = 1
	}
	pw := gw - 2*in
	sc := scale{minX: minX, maxX: maxX, lo: t.lo, hi: t.hi, gw: pw, gh: gh, subX: 2, subY: 4}
	if o.ASCII {
		sc.subX, sc.subY = 1, 1
	}
	// Put every labelled tick the same number of rows apart: stretch the top
	// of the scale so each interval is exactly r rows (the spare rows sit
	// above the top tick). Without this, 10 intervals over 32 rows come out
	// 3 or 4 rows apart and the axis looks uneven.
	if n := len(t.values()) - 1; n > 0 {
		if r := (gh - 1) / n; r >= 1 {
			sc.hi = t.lo + t.step*float64(gh*sc.subY-1)/float64(r*sc.subY)
		}
	}
	// The rasteriser needs a non-empty X range; a single year sits in the middle.
	rMinX, rMaxX := minX, maxX
	if rMaxX <= rMinX {
		rMinX, rMaxX = minX-1, maxX+1
	}
	return geom{runs: runs, minX: minX, maxX: maxX, minY: minY, maxY: maxY, t: t, labels: labels,
		lw: lw, gw: gw, gh: gh, in: in, pw: pw, ox: lw + 1, px: lw + 1 + in, sc: sc, rMinX: rMinX, rMaxX: rMaxX}, "", true
}

// YearAt is the X (a year) of the data point nearest to column col of a
// line chart drawn by Line(w, h, series, o), ok false outside its plot or
// when the chart draws a placeholder. A click on the chart focuses it.
func YearAt(w, h int, series []Series, o Opts, col int) (float64, bool) {
	g, _, ok := layout(w, h, series, o)
	if !ok || col < g.ox || col >= g.ox+g.gw {
		return 0, false
	}
	best, bestD := 0.0, math.Inf(1)
	for _, rs := range g.runs {
		for _, r := range rs {
			for _, p := range r {
				if d := math.Abs(float64(g.px + g.sc.col(p.x) - col)); d < bestD {
					best, bestD = p.x, d
				}
			}
		}
	}
	return best, !math.IsInf(bestD, 1)
}

func line(w, h int, series []Series, o Opts) string {
	geo, placeholder, ok := layout(w, h, series, o)
	if !ok {
		return Placeholder(w, h, placeholder, o)
	}
	runs, minX, maxX, t := geo.runs, geo.minX, geo.maxX, geo.t
	tv, labels, lw, gw, gh, in, pw := t.values(), geo.labels, geo.lw, geo.gw, geo.gh, geo.in, geo.pw
	sc, rMinX, rMaxX := geo.sc, geo.rMinX, geo.rMaxX

	g := newGrid(w, h)
	ox := lw + 1  // first column right of the Y axis
	px := ox + in // first data column
	axis := g.style(role(o, func(s *theme.Styles) *lipgloss.Style { return &s.Axis }))
	label := g.style(role(o, func(s *theme.Styles) *lipgloss.Style { return &s.AxisLabel }))
	markSt := g.style(role(o, func(s *theme.Styles) *lipgloss.Style { return &s.Estimate }))

	vbar, tick, corner, hline, zero, xtick := '│', '┤', '└', '─', '┈', '┬'
	if o.ASCII {
		vbar, tick, corner, hline, zero, xtick = '|', '+', '+', '-', '-', '+'
	}

	// Y axis, ticks and labels.
	for y := 0; y < gh; y++ {
		g.set(lw, y, vbar, axis)
	}
	lastRow := -1
	for i := len(tv) - 1; i >= 0; i-- { // top to bottom
		r := sc.row(tv[i])
		if r == lastRow {
			continue
		}
		lastRow = r
		g.text(lw-lipgloss.Width(labels[i]), r, labels[i], label)
		g.set(lw, r, tick, axis)
	}
	// Zero line when the scale crosses zero, so negatives read as negatives.
	if t.lo < 0 && t.hi > 0 {
		r := sc.row(0)
		for x := 0; x < gw; x++ {
			g.set(ox+x, r, zero, axis)
		}
	}
	// X axis.
	g.set(lw, gh, corner, axis)
	for x := 0; x < gw; x++ {
		g.set(ox+x, gh, hline, axis)
	}
	// Year labels that fit, with a tick on the axis above each.
	yearLabels(g, sc, ox, in, gw, gh, minX, maxX, axis, label, xtick)

	// Series, first to last; a later series is drawn over an earlier one.
	usedMarks := map[string]bool{}
	var glyphs []placed
	for i, s := range series {
		st := s.Style
		si := g.style(&st)
		glyph := s.glyph(i, o.ASCII)
		drawRuns(g, runs[i], sc, px, si, asciiLines[i%len(asciiLines)], rMinX, rMaxX, o.ASCII)
		for _, r := range runs[i] {
			for _, p := range r {
				cx, cy := sc.col(p.x), sc.row(p.y)
				g.set(px+cx, cy, glyph, si)
				glyphs = append(glyphs, placed{px + cx, cy, i})
				if p.mark == "" {
					continue
				}
				usedMarks[p.mark] = true
				mx := cx + 1
				if mx >= pw+in {
					mx = cx - 1
				}
				if mx >= -in {
					g.set(px+mx, cy, oneCell(p.mark, '~', o.ASCII), markSt)
				}
			}
		}
	}
	// A point drawn later over an earlier series' point owns the cell.
	glyphs = visibleGlyphs(g, glyphs, series, o.ASCII)

	// Events on the time axis (a merger): a solid line through the plot's
	// empty cells and a tick on the axis, told from the focus year's
	// dotted line by its glyph and by its label.
	mbar, mtick := '│', '┼'
	if o.ASCII {
		mbar, mtick = '|', '|'
	}
	ms := g.style(role(o, func(s *theme.Styles) *lipgloss.Style { return &s.Muted }))
	var markerCols []int
	for _, mk := range o.Markers {
		if !finite(mk.X) || mk.X < minX || mk.X > maxX {
			continue
		}
		mx := px + sc.col(mk.X)
		// Between two years whose points sit in neighbouring columns the
		// marker takes the later one's cell only if it is free.
		markerCols = append(markerCols, mx)
		for y := 0; y < gh; y++ {
			if r := g.at(mx, y); r == 0 || r == ' ' {
				g.set(mx, y, mbar, ms)
			}
		}
		g.set(mx, gh, mtick, axis)
	}

	// The focus year: a dotted line through the plot's empty cells, so the
	// series stay readable across it.
	if o.Focus != 0 && o.Focus >= minX && o.Focus <= maxX {
		fs := g.style(role(o, func(s *theme.Styles) *lipgloss.Style { return &s.Accent }))
		fx := px + sc.col(o.Focus)
		dot := '┊'
		if o.ASCII {
			dot = ':'
		}
		for y := 0; y < gh; y++ {
			if r := g.at(fx, y); r == 0 || r == ' ' {
				g.set(fx, y, dot, fs)
			}
		}
	}
	free := func(r rune) bool { return r == 0 || r == ' ' || r == '┊' || r == ':' }
	// Each marker's label on the plot, beside its line: in the top rows
	// first (the labels of values sit lower, at the last points), right
	// of the line, then left of it.
	for k, mk := range o.Markers {
		if k >= len(markerCols) || mk.Label == "" {
			continue
		}
		mx, lbl := markerCols[k], []rune(mk.Label)
		if lipgloss.Width(mk.Label) != len(lbl) {
			continue
		}
		for _, at := range [][2]int{{mx + 1, 0}, {mx - len(lbl), 0}, {mx + 1, 1}, {mx - len(lbl), 1}, {mx + 1, gh - 1}, {mx - len(lbl), gh - 1}} {
			if writeFree(g, at[0], at[1], lbl, ox, gw, gh, free, ms) {
				break
			}
		}
	}
	// Each series' latest value, written beside its last point (right of
	// it when there is room, else left), where the cells are free and
	// where no other point is as near as its own: a label beside another
	// series' point would read as that series' figure.
	labelFree := func(r rune) bool { return free(r) || r == mbar }
	for i, s := range series {
		if len(runs[i]) == 0 {
			continue
		}
		last := runs[i][len(runs[i])-1]
		p := last[len(last)-1]
		if p.label == "" {
			continue
		}
		st := s.Style
		lbl := []rune(p.label)
		if lipgloss.Width(p.label) != len(lbl) {
			continue
		}
		cx, cy := px+sc.col(p.x), sc.row(p.y)
		right := cx + 2
		if p.mark != "" {
			right++
		}
		// Right of the point, left of it, then above or below it ending
		// at its column: the first place whose cells are all free.
		for _, at := range [][2]int{{right, cy}, {cx - 1 - len(lbl), cy}, {cx + 1 - len(lbl), cy - 1}, {cx + 1 - len(lbl), cy + 1}} {
			if !owns(glyphs, placed{cx, cy, i}, at[0], at[1], len(lbl)) {
				continue
			}
			if writeFree(g, at[0], at[1], lbl, ox, gw, gh, labelFree, g.style(&st)) {
				break
			}
		}
	}

	// Legend.
	lg := legend(w, series, usedMarks, o, len(markerCols) > 0)
	out := g.render()
	// The last grid row is blank; replace it with the legend.
	if i := strings.LastIndexByte(out, '\n'); i >= 0 {
		out = out[:i+1] + lg
	}
	return out
}

// drawRuns rasterises each run of a series with ntcharts' line algorithm:
// braille dots (2×4 per cell) merged with what is already in the cell, or
// one ASCII rune per cell. Runs are drawn apart, so a gap stays a gap.
func drawRuns(g *grid, runs [][]xy, sc scale, px int, si int16, ascii rune, minX, maxX float64, isASCII bool) {
	limit := 2*(sc.gw*sc.subX+sc.gh*sc.subY) + 2
	if isASCII {
		for _, r := range runs {
			for k := 1; k < len(r); k++ {
				a := canvas.Point{X: sc.col(r[k-1].x), Y: sc.row(r[k-1].y)}
				b := canvas.Point{X: sc.col(r[k].x), Y: sc.row(r[k].y)}
				for _, p := range graph.GetLinePointsWithLimit(a, b, limit) {
					g.set(px+p.X, p.Y, ascii, si)
				}
			}
		}
		return
	}
	bg := graph.NewBrailleGrid(sc.gw, sc.gh, minX, maxX, sc.lo, sc.hi)
	drawn := false
	for _, r := range runs {
		for k := 1; k < len(r); k++ {
			a := bg.GridPoint(canvas.Float64Point{X: r[k-1].x, Y: r[k-1].y})
			b := bg.GridPoint(canvas.Float64Point{X: r[k].x, Y: r[k].y})
			for _, p := range graph.GetLinePointsWithLimit(a, b, limit) {
				bg.Set(p)
				drawn = true
			}
		}
	}
	if !drawn {
		return
	}
	for y, row := range bg.BraillePatterns() {
		for x, c := range row {
			if c == runes.BrailleBlockOffset {
				continue
			}
			if old := g.at(px+x, y); runes.IsBraillePattern(old) {
				c = runes.CombineBraillePatterns(old, c)
			}
			g.set(px+x, y, c, si)
		}
	}
}

// yearLabels writes the year ticks under the plot and marks them on the
// axis row above.
func yearLabels(g *grid, sc scale, ox, in, gw, gh int, minX, maxX float64, axis, label int16, xtick rune) {
	col := func(y float64) int { return in + sc.col(y) }
	for _, t := range yearTicks(minX, maxX, gw, col) {
		g.text(ox+t.x, gh+1, t.s, label)
		g.set(ox+t.col, gh, xtick, axis)
	}
}

// tick is one placed axis label: text s from cell x, for the data at col.
type tick struct {
	x, col int
	s      string
}

// yearTicks picks the smallest step of 1, 2, 5, 10… years whose round
// years in [first, last] can all be labelled, centred on their column,
// within width cells and a space apart; so the ticks are evenly spaced.
func yearTicks(first, last float64, width int, col func(float64) int) []tick {
	first, last = math.Ceil(first), math.Floor(last)
	if last < first || width <= 0 || !finite(first, last) {
		return nil
	}
	place := func(y float64, end int) (tick, bool) {
		s := strconv.FormatFloat(y, 'f', 0, 64)
		c := col(y)
		x := min(max(c-len(s)/2, 0), width-len(s))
		return tick{x: x, col: c, s: s}, x >= 0 && x > end+1
	}
	for mag := 1.0; mag < 1e18; mag *= 10 {
		for _, m := range []float64{1, 2, 5} {
			step := m * mag
			var out []tick
			end, ok := -2, true
			for y := math.Ceil(first/step) * step; y <= last; y += step {
				t, fits := place(y, end)
				if !fits || len(out) >= width {
					ok = false
					break
				}
				out = append(out, t)
				end = t.x + len(t.s) - 1
			}
			if ok && len(out) > 0 {
				return out
			}
		}
	}
	if t, ok := place(first, -2); ok {
		return []tick{t}
	}
	return nil
}

// legend names each series with its glyph in its style, then the events
// marked on the time axis (markers: some were drawn), then the status
// marks used in the chart, in one line of at most w cells. Names are cut
// evenly when the line is short, so every series stays named.
func legend(w int, series []Series, marks map[string]bool, o Opts, markers bool) string {
	type item struct {
		glyph string
		st    *lipgloss.Style
		name  string
	}
	var items []item
	for i, s := range series {
		st := s.Style
		items = append(items, item{string(s.glyph(i, o.ASCII)), &st, s.Name})
	}
	nSeries := len(items)
	if markers {
		mbar := "│"
		if o.ASCII {
			mbar = "|"
		}
		for _, mk := range o.Markers {
			if name := strings.TrimSpace(mk.Name + " " + mk.Label); name != "" {
				items = append(items, item{mbar, role(o, func(s *theme.Styles) *lipgloss.Style { return &s.Muted }), name})
			}
		}
	}
	nEvents := len(items)
	markSt := role(o, func(s *theme.Styles) *lipgloss.Style { return &s.Estimate })
	for _, st := range dataset.Statuses {
		m := i18n.Mark(st)
		if m == "" || !marks[m] {
			continue
		}
		delete(marks, m) // "~" names estimate, not also preliminary
		name := string(st)
		if o.Loc != nil {
			name = o.Loc.Status(st)
		}
		items = append(items, item{string(oneCell(m, '~', o.ASCII)), markSt, name})
	}
	build := func(its []item, nameW int, sep string) string {
		parts := make([]string, len(its))
		for i, it := range its {
			name := it.name
			if nameW >= 0 {
				name = cells.Pad(name, nameW)
				name = strings.TrimRight(name, " ")
			}
			parts[i] = render(it.st, it.glyph) + " " + name
		}
		return strings.Join(parts, sep)
	}
	width := func(its []item, sep string) int {
		n := 0
		for i, it := range its {
			if i > 0 {
				n += len(sep)
			}
			n += 2 + lipgloss.Width(it.name)
		}
		return n
	}
	if width(items, "   ") <= w {
		return build(items, -1, "   ")
	}
	if width(items, "  ") <= w {
		return build(items, -1, "  ")
	}
	// Drop the mark items, then the events (their lines are labelled
	// on the plot), before cutting series names.
	for _, n := range []int{nEvents, nSeries} {
		if width(items[:n], "  ") <= w {
			return build(items[:n], -1, "  ")
		}
	}
	items = items[:nSeries]
	if width(items, "  ") <= w {
		return build(items, -1, "  ")
	}
	if len(items) == 0 {
		return ""
	}
	nameW := (w-2*(len(items)-1))/len(items) - 2
	if nameW < 1 {
		return cells.FitLine(build(items, 1, " "), w)
	}
	return cells.FitLine(build(items, nameW, "  "), w)
}

// placed is a point glyph drawn at (x, y) for series s.
type placed struct{ x, y, s int }

// visibleGlyphs keeps the glyphs still on the grid: a later series' point
// drawn over an earlier one's takes its cell.
func visibleGlyphs(g *grid, ps []placed, series []Series, ascii bool) []placed {
	out := ps[:0]
	for _, p := range ps {
		if g.at(p.x, p.y) == series[p.s].glyph(p.s, ascii) {
			out = append(out, p)
		}
	}
	return out
}

// owns reports whether a label of n cells from (x0, y0) belongs to point p
// by sight: every other series' point glyph is farther from the label than
// p is (counting cells, diagonals as one), so no other series reads as its
// owner. Points of p's own series may be as near: the label is still that
// series' figure, and its latest point is the one it is beside.
func owns(glyphs []placed, p placed, x0, y0, n int) bool {
	dist := func(q placed) int {
		dx := 0
		if q.x < x0 {
			dx = x0 - q.x
		} else if q.x > x0+n-1 {
			dx = q.x - (x0 + n - 1)
		}
		return max(dx, abs(q.y-y0))
	}
	own := dist(p)
	for _, q := range glyphs {
		if q.s != p.s && dist(q) <= own {
			return false
		}
	}
	return true
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

// writeFree writes lbl from (x0, y0) in style si when it lies inside the
// plot (right of the Y axis, within gw columns and gh rows) and every cell
// it covers is free; it reports whether it wrote.
func writeFree(g *grid, x0, y0 int, lbl []rune, ox, gw, gh int, free func(rune) bool, si int16) bool {
	if x0 <= ox || x0+len(lbl) > ox+gw || y0 < 0 || y0 >= gh {
		return false
	}
	for k := range lbl {
		if !free(g.at(x0+k, y0)) {
			return false
		}
	}
	for k, r := range lbl {
		g.set(x0+k, y0, r, si)
	}
	return true
}

// Hidden counts the points of a line chart drawn by Line(w, h, series, o)
// that another series' point covers (the later series is drawn over the
// earlier): on a short chart two provinces' figures of a year can fall in
// one cell, and the covered one is then neither seen nor labelled. A view
// gives way to its readout rather than draw such a chart. A chart that
// draws a placeholder hides nothing.
func Hidden(w, h int, series []Series, o Opts) int {
	g, _, ok := layout(w, h, series, o)
	if !ok {
		return 0
	}
	owner := map[[2]int]int{}
	n := 0
	for i, rs := range g.runs {
		for _, r := range rs {
			for _, p := range r {
				c := [2]int{g.sc.col(p.x), g.sc.row(p.y)}
				if j, ok := owner[c]; ok && j != i {
					n++
				}
				owner[c] = i
			}
		}
	}
	return n
}
