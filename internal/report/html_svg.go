package report

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
)

// Charts of the briefing, drawn as inline SVG from the sections' cells:
// points and bar lengths from a cell's figure (Num), every label and
// value from its text as the table prints it, its mark included. Colour
// never carries meaning alone: series differ by dash and marker too and
// are named in a legend, the province shown is bold and marked ◀, a
// figure with a mark is drawn hollow or pale and keeps its mark.

// Chart palette: the province shown, Vietnam, and its predecessors.
const (
	inkColor    = "#1b1f24"
	mutedColor  = "#57606a"
	ruleColor   = "#d0d7de"
	accentColor = "#1f4e99"
	barColor    = "#8c959f"
)

// predStyle styles the predecessors' series in lineage order.
var predStyle = []struct{ color, dash, marker string }{
	{"#b45309", "7 3", "triangle"},
	{"#15803d", "2 3", "diamond"},
	{"#7c3aed", "9 3 2 3", "square"},
}

// chartFont is the font size of every chart, in the chart's own units.
const chartFont = 13

// sectionChart draws the chart that goes with section s, if it has one.
func (w *hw) sectionChart(s content.Section) {
	switch {
	case s.ID == "growth":
		w.growthChart(s)
	case strings.HasPrefix(s.ID, "fdi.by_country"):
		w.valueBars(s, "country", "capital")
	case s.ID == w.latestRanking():
		w.rankingBars(s)
	case s.ID == "targets" || strings.HasPrefix(s.ID, "targets@"):
		w.targetBars(s)
	}
}

// latestRanking is the id of the nationwide growth section of the latest
// year, "" when there is none.
func (w *hw) latestRanking() string {
	prefix := content.NationalPrefix + "grdp_growth."
	best, id := 0, ""
	for _, p := range w.pages {
		for _, s := range p.Sections {
			if y, err := strconv.Atoi(strings.TrimPrefix(s.ID, prefix)); err == nil && strings.HasPrefix(s.ID, prefix) && y > best {
				best, id = y, s.ID
			}
		}
	}
	return id
}

// textW is the width of s in a chart's units at font size fs, estimated
// generously (figures and capitals wider than other letters).
func textW(s string, fs float64) float64 {
	w := 0.0
	for _, r := range s {
		switch {
		case r == ' ':
			w += 0.32
		case unicode.IsDigit(r), unicode.IsUpper(r), r == '%', r == '—', r == '◀', r == '▸':
			w += 0.68
		default:
			w += 0.6
		}
	}
	return w * fs
}

// clip shortens s to fit width at font size fs, ending it with "…".
func clip(s string, width, fs float64) string {
	if textW(s, fs) <= width {
		return s
	}
	r := []rune(s)
	for len(r) > 1 && textW(string(r)+"…", fs) > width {
		r = r[:len(r)-1]
	}
	return strings.TrimSpace(string(r)) + "…"
}

// f1 writes a coordinate.
func f1(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }

// svgOpen starts a figure and its SVG of width × height units. The figure
// is at most 640 px wide on a screen, and narrower when the chart is tall,
// so that it fits a printed page.
func (w *hw) svgOpen(label string, width, height float64) {
	maxW := 640.0
	if h := height * maxW / width; h > 820 {
		maxW = 820 * width / height
	}
	w.p("<figure class=\"chart\"><svg viewBox=\"0 0 %s %s\" style=\"max-width:%dpx\" role=\"img\" aria-label=\"%s\" font-size=\"%d\">",
		f1(width), f1(height), int(maxW), esc(label), chartFont)
	w.p("<title>%s</title>", esc(label))
}

// svgText writes a text at (x, y), anchored "start", "middle" or "end".
func (w *hw) svgText(x, y float64, anchor, attrs, text string) {
	if attrs != "" {
		attrs = " " + attrs
	}
	w.p("<text x=\"%s\" y=\"%s\" text-anchor=\"%s\"%s>%s</text>", f1(x), f1(y), anchor, attrs, esc(text))
}

// marked reports whether a figure carries a mark (estimate, plan, press).
func marked(c content.Cell) bool { return c.Mark != "" }

// ticks are round values spanning lo..hi, about n of them, and the
// decimals they need.
func ticks(lo, hi float64, n int) ([]float64, int) {
	if hi <= lo {
		hi = lo + 1
	}
	raw := (hi - lo) / float64(n)
	e := math.Pow(10, math.Floor(math.Log10(raw)))
	step := 10 * e
	for _, m := range []float64{1, 2, 5} {
		if raw <= m*e {
			step = m * e
			break
		}
	}
	dec := 0
	if step < 1 {
		dec = int(math.Ceil(-math.Log10(step) - 1e-9))
	}
	var out []float64
	for v := math.Floor(lo/step) * step; v <= hi+step*1e-6; v += step {
		out = append(out, math.Round(v/step)*step)
		if len(out) > 2*n+4 {
			break
		}
	}
	if out[len(out)-1] < hi {
		out = append(out, out[len(out)-1]+step)
	}
	return out, dec
}

// pct is a tick of a percentage axis in the locale ("5 %", "5%").
func (w *hw) pct(v float64, dec int) string {
	return w.loc.Pct(dataset.Num{V: v, Dec: dec, OK: true})
}

// series is one line of the growth chart.
type series struct {
	name                string
	color, dash, marker string
	width               float64
	pts                 map[int]content.Cell
}

// growthChart is GRDP growth by year as lines: the province shown, each
// predecessor the collection holds (their growth sections), and Vietnam,
// a year without a figure a break in the line, a marked figure a hollow
// point, each line's latest figure written at its end.
func (w *hw) growthChart(own content.Section) {
	sections := []content.Section{own}
	for _, p := range w.pages {
		for _, s := range p.Sections {
			if strings.HasPrefix(s.ID, "growth@") {
				sections = append(sections, s)
			}
		}
	}
	col := func(s content.Section, key string) (string, map[int]content.Cell) {
		pts := map[int]content.Cell{}
		head := ""
		for _, c := range s.Columns {
			if c.Key == key {
				head = c.Head
			}
		}
		for _, r := range s.Rows {
			if c, ok := s.Cell(r, key); ok && c.Num.OK && r.Year > 0 {
				pts[r.Year] = c
			}
		}
		return head, pts
	}
	var lines []series
	// Vietnam: each year's figure from the first section that has one
	// (the province's own, then its predecessors'), as published.
	natName, nat := col(own, "national")
	for _, s := range sections[1:] {
		_, more := col(s, "national")
		for y, c := range more {
			if _, ok := nat[y]; !ok {
				nat[y] = c
			}
		}
	}
	if len(nat) > 0 {
		lines = append(lines, series{name: natName, color: mutedColor, dash: "5 4", marker: "square", width: 2, pts: nat})
	}
	for i, s := range sections[1:] {
		name, pts := col(s, "province")
		st := predStyle[i%len(predStyle)]
		if len(pts) > 0 {
			lines = append(lines, series{name: name, color: st.color, dash: st.dash, marker: st.marker, width: 2.2, pts: pts})
		}
	}
	ownName, ownPts := col(own, "province")
	if len(ownPts) > 0 {
		lines = append(lines, series{name: ownName, color: accentColor, marker: "circle", width: 3, pts: ownPts})
	}
	if len(lines) == 0 {
		return
	}
	y0, y1 := math.MaxInt, 0
	lo, hi := 0.0, 0.0
	var ends []string
	for _, l := range lines {
		for y, c := range l.pts {
			y0, y1 = min(y0, y), max(y1, y)
			lo, hi = min(lo, c.Num.V), max(hi, c.Num.V)
		}
		ends = append(ends, l.pts[lastYear(l.pts)].String())
	}
	tk, dec := ticks(lo, hi, 5)
	left := 10.0
	for _, v := range tk {
		left = max(left, textW(w.pct(v, dec), chartFont)+10)
	}
	right := 12.0
	for _, e := range ends {
		right = max(right, textW(e, chartFont)+16)
	}
	const width, height, top, bottom = 560.0, 300.0, 14.0, 26.0
	plotW, plotH := width-left-right, height-top-bottom
	xOf := func(y int) float64 {
		if y1 == y0 {
			return left + plotW/2
		}
		return left + float64(y-y0)/float64(y1-y0)*plotW
	}
	vlo, vhi := tk[0], tk[len(tk)-1]
	yOf := func(v float64) float64 { return top + (vhi-v)/(vhi-vlo)*plotH }

	label := fmt.Sprintf(w.t("chart.growth"), own.Title)
	w.svgOpen(label, width, height)
	// Grid and axes.
	for _, v := range tk {
		y := yOf(v)
		stroke := ruleColor
		if v == 0 {
			stroke = mutedColor
		}
		w.p("<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"%s\" stroke-width=\"1\"/>", f1(left), f1(y), f1(left+plotW), f1(y), stroke)
		w.svgText(left-6, y+4, "end", "fill=\""+mutedColor+"\"", w.pct(v, dec))
	}
	step := 1
	switch n := y1 - y0 + 1; {
	case n > 24:
		step = 5
	case n > 9:
		step = 2
	}
	for y := y0; y <= y1; y++ {
		if (y1-y)%step != 0 {
			continue
		}
		w.svgText(xOf(y), height-8, "middle", "fill=\""+mutedColor+"\"", strconv.Itoa(y))
	}
	// Lines: a segment for each run of consecutive years with a figure.
	for _, l := range lines {
		var seg []string
		flush := func() {
			if len(seg) > 1 {
				dash := ""
				if l.dash != "" {
					dash = " stroke-dasharray=\"" + l.dash + "\""
				}
				w.p("<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%s\" stroke-linejoin=\"round\"%s/>", strings.Join(seg, " "), l.color, f1(l.width), dash)
			}
			seg = seg[:0]
		}
		for y := y0; y <= y1; y++ {
			c, ok := l.pts[y]
			if !ok {
				flush()
				continue
			}
			seg = append(seg, f1(xOf(y))+","+f1(yOf(c.Num.V)))
		}
		flush()
		for y := y0; y <= y1; y++ {
			if c, ok := l.pts[y]; ok {
				w.marker(l.marker, xOf(y), yOf(c.Num.V), l.color, marked(c), l.name+", "+strconv.Itoa(y)+": "+c.String())
			}
		}
	}
	// Each line's latest figure at the right, moved apart so none
	// overlaps, joined to its point by a thin line of its colour.
	type end struct {
		x, y, ly float64
		text     string
		color    string
	}
	var es []end
	for _, l := range lines {
		y := lastYear(l.pts)
		c := l.pts[y]
		es = append(es, end{x: xOf(y), y: yOf(c.Num.V), ly: yOf(c.Num.V), text: c.String(), color: l.color})
	}
	slices.SortStableFunc(es, func(a, b end) int { return cmpF(a.y, b.y) })
	for i := range es {
		if i > 0 && es[i].ly < es[i-1].ly+15 {
			es[i].ly = es[i-1].ly + 15
		}
	}
	if n := len(es); n > 0 && es[n-1].ly > top+plotH+4 {
		shift := es[n-1].ly - (top + plotH + 4)
		for i := range es {
			es[i].ly -= shift
		}
	}
	lx := left + plotW + 10
	for _, e := range es {
		w.p("<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"%s\" stroke-width=\"0.8\" stroke-dasharray=\"1 2\"/>", f1(e.x+5), f1(e.y), f1(lx-2), f1(e.ly), e.color)
		w.svgText(lx, e.ly+4, "start", "fill=\""+e.color+"\" font-weight=\"600\"", e.text)
	}
	w.p("</svg>")
	// The legend, in HTML so it wraps on a phone.
	w.p("<figcaption><ul class=\"keys\">")
	for i := len(lines) - 1; i >= 0; i-- {
		l := lines[i]
		dash := ""
		if l.dash != "" {
			dash = " stroke-dasharray=\"" + l.dash + "\""
		}
		w.p("<li><svg width=\"36\" height=\"12\" viewBox=\"0 0 36 12\" aria-hidden=\"true\"><line x1=\"1\" y1=\"6\" x2=\"35\" y2=\"6\" stroke=\"%s\" stroke-width=\"%s\"%s/>", l.color, f1(l.width), dash)
		w.marker(l.marker, 18, 6, l.color, false, "")
		w.p("</svg>%s</li>", esc(l.name))
	}
	w.p("</ul><p>%s · %s. %s</p></figcaption></figure>\n", esc(w.t("chart.marked")), esc(w.t("chart.gap")), esc(w.t("chart.values")))
}

func cmpF(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// lastYear is the latest year of pts.
func lastYear(pts map[int]content.Cell) int {
	best := 0
	for y := range pts {
		best = max(best, y)
	}
	return best
}

// marker draws a point: filled, or hollow for a marked figure; title is
// what a pointer over it reads ("" for none).
func (w *hw) marker(kind string, x, y float64, color string, hollow bool, title string) {
	fill := color
	if hollow {
		fill = "#ffffff"
	}
	attrs := fmt.Sprintf("fill=\"%s\" stroke=\"%s\" stroke-width=\"1.6\"", fill, color)
	tt := ""
	if title != "" {
		tt = "<title>" + esc(title) + "</title>"
	}
	switch kind {
	case "square":
		w.p("<rect x=\"%s\" y=\"%s\" width=\"7\" height=\"7\" %s>%s</rect>", f1(x-3.5), f1(y-3.5), attrs, tt)
	case "triangle":
		w.p("<path d=\"M%s %sL%s %sL%s %sZ\" %s>%s</path>", f1(x), f1(y-4.5), f1(x+4.5), f1(y+3.5), f1(x-4.5), f1(y+3.5), attrs, tt)
	case "diamond":
		w.p("<path d=\"M%s %sL%s %sL%s %sL%s %sZ\" %s>%s</path>", f1(x), f1(y-5), f1(x+5), f1(y), f1(x), f1(y+5), f1(x-5), f1(y), attrs, tt)
	default:
		w.p("<circle cx=\"%s\" cy=\"%s\" r=\"4\" %s>%s</circle>", f1(x), f1(y), attrs, tt)
	}
}

// hbar is one bar of a horizontal bar chart.
type hbar struct {
	label string
	cell  content.Cell // the figure: length from Num, value from text
	shown bool         // the province of the briefing
	rule  string       // a caption drawn above this bar ("" for none)
}

// valueBars draws the figures of column val of s as bars labelled by
// column lab, in the section's order, leaving out gaps.
func (w *hw) valueBars(s content.Section, lab, val string) {
	var bars []hbar
	for _, r := range s.Rows {
		c, ok := s.Cell(r, val)
		l, _ := s.Cell(r, lab)
		if ok && c.Num.OK {
			bars = append(bars, hbar{label: l.Text, cell: c})
		}
	}
	w.hbars(s.Title, bars, false)
}

// rankingBars draws a nationwide growth section: the provinces in
// published rank order, then those with a figure and no published rank
// under a caption of their own; the province shown dark and marked ◀.
func (w *hw) rankingBars(s content.Section) {
	var bars []hbar
	unranked := false
	for _, r := range s.Rows {
		c, ok := s.Cell(r, "value")
		name, _ := s.Cell(r, "province")
		if !ok || !c.Num.OK {
			continue
		}
		b := hbar{label: name.Text, cell: c, shown: content.IsShown(r)}
		if rank, _ := s.Cell(r, "rank"); !rank.Num.OK && !unranked {
			unranked = true
			b.rule = w.t("chart.unranked")
		} else if rank.Num.OK {
			b.label = strconv.Itoa(int(rank.Num.V)) + ". " + b.label
		}
		bars = append(bars, b)
	}
	w.hbars(s.Title, bars, true)
}

// hbars draws bars left to right from a zero line (a negative figure to
// its left), labels in a column at the left, values as printed in a
// column at the right.
func (w *hw) hbars(title string, bars []hbar, shownKey bool) {
	if len(bars) == 0 {
		return
	}
	const width, rowH, barH, top = 560.0, 22.0, 14.0, 6.0
	labelW, valueW := 0.0, 0.0
	lo, hi := 0.0, 0.0
	rules := 0
	for _, b := range bars {
		labelW = max(labelW, textW(b.label, chartFont))
		valueW = max(valueW, textW(b.cell.String(), chartFont))
		lo, hi = min(lo, b.cell.Num.V), max(hi, b.cell.Num.V)
		if b.rule != "" {
			rules++
		}
	}
	labelW = min(labelW+10, width*0.42)
	valueW += 10
	plotL, plotW := labelW, width-labelW-valueW
	if hi == lo {
		hi = lo + 1
	}
	xOf := func(v float64) float64 { return plotL + (v-lo)/(hi-lo)*plotW }
	height := top + float64(len(bars))*rowH + float64(rules)*rowH + 6
	w.svgOpen(title, width, height)
	y := top
	for _, b := range bars {
		if b.rule != "" {
			w.p("<line x1=\"0\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"%s\"/>", f1(y+4), f1(width), f1(y+4), ruleColor)
			w.svgText(0, y+rowH-5, "start", "fill=\""+mutedColor+"\" font-style=\"italic\"", b.rule)
			y += rowH
		}
		x0, x1 := xOf(0), xOf(b.cell.Num.V)
		if x1 < x0 {
			x0, x1 = x1, x0
		}
		fill, weight := barColor, ""
		if b.shown {
			fill, weight = accentColor, "font-weight=\"700\" "
		}
		style := fmt.Sprintf("fill=\"%s\"", fill)
		if marked(b.cell) {
			style = fmt.Sprintf("fill=\"%s\" fill-opacity=\"0.45\" stroke=\"%s\" stroke-dasharray=\"3 2\"", fill, fill)
		}
		w.p("<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" %s><title>%s</title></rect>", f1(x0), f1(y+(rowH-barH)/2), f1(max(x1-x0, 0.5)), f1(barH), style, esc(b.label+": "+b.cell.String()))
		w.svgText(labelW-8, y+rowH/2+4.5, "end", weight+"fill=\""+inkColor+"\"", clip(b.label, labelW-10, chartFont))
		w.svgText(width-2, y+rowH/2+4.5, "end", weight+"fill=\""+inkColor+"\"", b.cell.String())
		y += rowH
	}
	if lo < 0 {
		x := xOf(0)
		w.p("<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"%s\"/>", f1(x), f1(top), f1(x), f1(y), mutedColor)
	}
	w.p("</svg><figcaption><p>")
	if shownKey {
		w.p("%s · ", esc(w.t("chart.shown")))
	}
	w.p("%s. %s</p></figcaption></figure>\n", esc(w.t("chart.marked")), esc(w.t("chart.values")))
}

// targetBars draws each target that has a result beside it: the target
// as an outlined bar, the result as a solid one, each pair on its own
// scale (the indicators have different units), the verdict in words.
// A result under another definition than the target's is left out, as
// it gets no verdict.
func (w *hw) targetBars(s content.Section) {
	type pair struct {
		label, verdict string
		target, result content.Cell
	}
	var ps []pair
	for _, r := range s.Rows {
		t, _ := s.Cell(r, "target")
		res, _ := s.Cell(r, "result")
		v, _ := r.Extra("verdict")
		vt, _ := s.Cell(r, "verdict")
		if !t.Num.OK || !res.Num.OK || v.Text == content.VerdictDefinitions {
			continue
		}
		ps = append(ps, pair{label: r.Label, verdict: vt.Text, target: t, result: res})
	}
	if len(ps) == 0 {
		return
	}
	const width, rowH, barH, top = 560.0, 62.0, 12.0, 4.0
	valueW := 0.0
	for _, p := range ps {
		valueW = max(valueW, textW(p.target.String(), chartFont), textW(p.result.String(), chartFont))
	}
	valueW += 12
	plotW := width - valueW
	w.svgOpen(s.Title, width, top+float64(len(ps))*rowH)
	y := top
	for _, p := range ps {
		lo, hi := min(0, p.target.Num.V, p.result.Num.V), max(0, p.target.Num.V, p.result.Num.V)
		if hi == lo {
			hi = lo + 1
		}
		xOf := func(v float64) float64 { return 1 + (v-lo)/(hi-lo)*(plotW-2) }
		head := p.label + " — " + p.verdict
		w.svgText(0, y+14, "start", "fill=\""+inkColor+"\" font-weight=\"600\"", clip(head, width, chartFont))
		bar := func(c content.Cell, by float64, style string) {
			x0, x1 := xOf(0), xOf(c.Num.V)
			if x1 < x0 {
				x0, x1 = x1, x0
			}
			w.p("<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" %s><title>%s</title></rect>", f1(x0), f1(by), f1(max(x1-x0, 0.5)), f1(barH), style, esc(p.label+": "+c.String()))
			w.svgText(width-2, by+barH-1.5, "end", "fill=\""+inkColor+"\"", c.String())
		}
		bar(p.target, y+21, "fill=\"#ffffff\" stroke=\""+inkColor+"\" stroke-width=\"1.5\"")
		res := "fill=\"" + accentColor + "\""
		if marked(p.result) {
			res = "fill=\"" + accentColor + "\" fill-opacity=\"0.45\" stroke=\"" + accentColor + "\" stroke-dasharray=\"3 2\""
		}
		bar(p.result, y+37, res)
		if lo < 0 {
			x := xOf(0)
			w.p("<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"%s\"/>", f1(x), f1(y+19), f1(x), f1(y+51), mutedColor)
		}
		y += rowH
	}
	w.p("</svg><figcaption><p>%s · %s. %s</p></figcaption></figure>\n", esc(w.t("chart.target")), esc(w.t("chart.marked")), esc(w.t("chart.values")))
}
