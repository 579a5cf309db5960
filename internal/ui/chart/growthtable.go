package chart

import (
	"math"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/cells"
	"github.com/provdash/provdash/internal/ui/theme"
)

// Table is the growth chart's figures as a table of years, for a panel too
// short for the chart to keep the provinces' points apart: a line chart
// squeezed into a few rows puts two provinces' figures of a year in one
// cell, while a table keeps every figure and says whose it is. The header
// names each line (its glyph, then its name, cut before the glyph goes);
// then one row per year, latest first, as many as n lines
// hold (header included). Each figure carries its status mark and, when
// every column fits with them, its sources as cite gives them ("[12]"; a
// nil cite cites nothing), so the table reads like the readout. Columns
// that do not fit in w are dropped from the last (the nation's first),
// never the first province's. The focus year's row is bold, so it is
// found without colour. Nil when not even the year and one column fit, or
// when none of the years that fit has a figure.
func (g Growth) Table(w, n int, o Opts, cite func(ids []string) string) []string {
	if w <= 0 || n < 2 {
		return nil
	}
	// Every year a row has, a gap year too (its cells say "—": a year
	// left out would read as no year at all).
	var years []int
	all, any := g.years(), false
	for i := len(all) - 1; i >= 0 && len(years) < n-1; i-- {
		years = append(years, all[i])
		_, ok := g.Figures(all[i])
		any = any || ok
	}
	if !any {
		return nil
	}
	st := o.Styles
	if st == nil {
		st = &theme.Styles{} // no theme: unstyled, as every chart here
	}
	series := g.Series(st)
	cellOf := func(si, year int) (content.Cell, bool) {
		var s content.Section
		switch {
		case si == 0:
			s = g.Own
		case si <= len(g.Pred):
			s = g.Pred[si-1].Section
		default:
			return g.NationalCell(year)
		}
		if r, ok := s.YearRow(year); ok {
			if c, _ := s.Cell(r, "province"); c.Num.OK {
				return c, true
			}
		}
		return content.Cell{}, false
	}
	// Plain text of each cell, to measure before styling.
	type fig struct {
		text, mark, cite string
		status           dataset.Status
		ok               bool
	}
	figs := make([][]fig, len(series))
	for si := range series {
		figs[si] = make([]fig, len(years))
		for yi, y := range years {
			c, ok := cellOf(si, y)
			if !ok {
				continue
			}
			f := fig{text: c.Text, mark: c.Mark, status: c.Status, ok: true}
			if cite != nil {
				f.cite = cite(c.Cite)
			}
			figs[si][yi] = f
		}
	}
	// Each column is three slots, so figures line up without their marks
	// and sources pushing them about: the figure right-aligned, the mark,
	// the sources.
	type slots struct{ text, mark, cite int }
	sl := make([]slots, len(series))
	for si := range series {
		for _, f := range figs[si] {
			if !f.ok {
				sl[si].text = max(sl[si].text, lipgloss.Width(i18n.Gap))
				continue
			}
			sl[si].text = max(sl[si].text, lipgloss.Width(f.text))
			sl[si].mark = max(sl[si].mark, lipgloss.Width(f.mark))
			sl[si].cite = max(sl[si].cite, lipgloss.Width(f.cite))
		}
	}
	figW := func(si int, cites bool) int {
		n := sl[si].text
		if sl[si].mark > 0 {
			n += 1 + sl[si].mark
		}
		if cites && sl[si].cite > 0 {
			n += 1 + sl[si].cite
		}
		return n
	}
	const gap = 2
	yearW := lipgloss.Width(yearHead(o))
	for _, y := range years {
		yearW = max(yearW, len(itoa(y)))
	}
	glyphs := make([]string, len(series))
	for i, s := range series {
		glyphs[i] = string(s.glyph(i, o.ASCII))
	}
	// widths lays the columns out: each as wide as its figures, and its
	// header as wide as that allows when names are cut (short), else the
	// whole name.
	widths := func(cites, short bool) ([]int, int) {
		ws := make([]int, len(series))
		total := yearW
		for si, s := range series {
			ws[si] = figW(si, cites)
			head := 2 + lipgloss.Width(s.Name)
			if short {
				head = min(head, max(ws[si], 2+minName))
			}
			ws[si] = max(ws[si], head)
			total += gap + ws[si]
		}
		return ws, total
	}
	// The first layout that fits: with sources; without; without the
	// nation's column (the provinces' names matter more, and a readout
	// says the nation's figure); then with the names cut, dropping
	// columns from the last.
	nProv := 1 + len(g.Pred)
	var ws []int
	cites, keep := false, 0
	for _, v := range []struct {
		cites, short bool
		keep         int
	}{{true, false, len(series)}, {false, false, len(series)}, {false, false, nProv}, {false, true, nProv}} {
		var total int
		ws, total = widths(v.cites, v.short)
		keep = min(v.keep, len(series))
		for k := len(series) - 1; k >= keep; k-- {
			total -= gap + ws[k]
		}
		for keep > 1 && total > w && v.short {
			keep--
			total -= gap + ws[keep]
		}
		if total <= w {
			cites = v.cites
			break
		}
		keep = 0
	}
	if keep == 0 {
		return nil
	}
	head := role(o, func(s *theme.Styles) *lipgloss.Style { return &s.TableHeader })
	cell := role(o, func(s *theme.Styles) *lipgloss.Style { return &s.TableCell })
	faint := role(o, func(s *theme.Styles) *lipgloss.Style { return &s.Faint })
	accent := role(o, func(s *theme.Styles) *lipgloss.Style { return &s.Accent })
	bold := role(o, func(s *theme.Styles) *lipgloss.Style { return &s.Bold })

	var b strings.Builder
	b.WriteString(render(head, cells.Pad(yearHead(o), yearW)))
	for si := range keep {
		s := series[si]
		sty := s.Style
		name := cells.Cut(s.Name, ws[si]-2)
		b.WriteString(strings.Repeat(" ", gap))
		b.WriteString(cells.PadLeft(render(&sty, glyphs[si])+" "+render(head, name), ws[si]))
	}
	out := []string{strings.TrimRight(b.String(), " ")}
	for yi, y := range years {
		b.Reset()
		ys := cells.Pad(itoa(y), yearW)
		if float64(y) == o.Focus {
			b.WriteString(render(bold, ys))
		} else {
			b.WriteString(render(cell, ys))
		}
		for si := range keep {
			f := figs[si][yi]
			b.WriteString(strings.Repeat(" ", gap))
			if !f.ok {
				gapCell := cells.PadLeft(render(faint, i18n.Gap), sl[si].text)
				b.WriteString(cells.PadLeft(cells.Pad(gapCell, figW(si, cites)), ws[si]))
				continue
			}
			sty := series[si].Style
			if float64(y) == o.Focus {
				sty = sty.Bold(true)
			}
			txt := cells.PadLeft(render(&sty, f.text), sl[si].text)
			if sl[si].mark > 0 {
				txt += " " + cells.Pad(render(markStyle(o.Styles, f.status), f.mark), sl[si].mark)
			}
			if cites && sl[si].cite > 0 {
				txt += " " + cells.Pad(render(accent, f.cite), sl[si].cite)
			}
			b.WriteString(cells.PadLeft(txt, ws[si]))
		}
		out = append(out, strings.TrimRight(b.String(), " "))
	}
	return out
}

// minName is the fewest cells of a province's name a cut header keeps
// beside its glyph: the glyph tells the lines apart, the name's start
// says which province it is.
const minName = 6

// yearHead is the year column's header: the content tables' own, so the
// table here and the table face say it alike.
func yearHead(o Opts) string {
	if o.Loc == nil {
		return ""
	}
	return o.Loc.T("content.col.year")
}

// markStyle is the style of a status mark: the mark carries the meaning,
// the colour repeats it (a plan is muted, a press report and an estimate
// warn).
func markStyle(st *theme.Styles, s dataset.Status) *lipgloss.Style {
	if st == nil {
		return nil
	}
	switch s {
	case dataset.Plan:
		return &st.Plan
	case dataset.Reported:
		return &st.Reported
	}
	return &st.Estimate
}

// itoa is a year as text.
func itoa(y int) string { return strconv.Itoa(y) }

// Trends is each line's trend on one line of w cells, for a panel of a
// single row: per series with two figures or more, its glyph and name,
// its first year, a one-row sparkline of its figures (a gap is an empty
// column) and its last year ("◆ Bắc Giang 2011 ▃▅▆▇█▆ 2024"). A series
// with one figure has no trend and is left out (a heading says its
// figure). When the line is short the names give way to the glyphs, then
// the last series go, then the earliest years of each. "" when not even
// one series fits.
func Trends(w int, series []Series, o Opts) string {
	type trend struct {
		glyph, name string
		style       lipgloss.Style
		vals        []dataset.Num
		years       []int
	}
	var ts []trend
	for i, s := range series {
		var t trend
		first, last := -1, -1
		for k, p := range s.Points {
			if usable(p.Y) && finite(p.X) {
				if first < 0 {
					first = k
				}
				last = k
			}
		}
		if first < 0 || last == first {
			continue
		}
		for _, p := range s.Points[first : last+1] {
			t.vals = append(t.vals, p.Y)
			t.years = append(t.years, int(p.X))
		}
		t.glyph, t.name, t.style = string(s.glyph(i, o.ASCII)), s.Name, s.Style
		ts = append(ts, t)
	}
	// One scale for every sparkline (from 0, or from the lowest figure
	// when one is negative), so bars of two provinces compare.
	sc := span{lo: 0, hi: math.Inf(-1)}
	for _, t := range ts {
		for _, v := range t.vals {
			if usable(v) {
				sc.lo, sc.hi = math.Min(sc.lo, v.V), math.Max(sc.hi, v.V)
			}
		}
	}
	const sep, minSpark = 3, 4
	// fixed is the cells of a trend besides its sparkline.
	fixed := func(t trend, named bool) int {
		n := 1 + 1 + len(itoa(t.years[0])) + 1 + 1 + len(itoa(t.years[len(t.years)-1]))
		if named {
			n += lipgloss.Width(t.name) + 1
		}
		return n
	}
	for n := len(ts); n > 0; n-- {
		for _, named := range []bool{true, false} {
			room := w - sep*(n-1)
			for _, t := range ts[:n] {
				room -= fixed(t, named)
			}
			if room/n < minSpark {
				continue
			}
			parts := make([]string, n)
			for i, t := range ts[:n] {
				vals, years := t.vals, t.years
				if sw := room / n; len(vals) > sw {
					vals, years = vals[len(vals)-sw:], years[len(years)-sw:]
				}
				sty := t.style
				head := render(&sty, t.glyph) + " "
				if named {
					head += t.name + " "
				}
				axis := role(o, func(s *theme.Styles) *lipgloss.Style { return &s.AxisLabel })
				spark := safe(len(vals), 1, o, func() string { return spark(len(vals), 1, vals, t.style, o, &sc) })
				parts[i] = head + render(axis, itoa(years[0])) + " " + spark + " " + render(axis, itoa(years[len(years)-1]))
			}
			return cells.FitLine(strings.Join(parts, strings.Repeat(" ", sep)), w)
		}
	}
	return ""
}
