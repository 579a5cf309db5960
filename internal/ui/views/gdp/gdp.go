// Package gdp is tab 2: GRDP growth of the province against Vietnam's GDP
// growth by year, the growth of each sector in the latest year with data,
// and the size of the economy.
//
// Faces (`v`): the chart (line chart, sector bars, size list); the tables
// of the tab's content (growth, sectors, structure, size), where ↑/↓ move
// a selection and the selected row's note is shown below; the numbered
// sources.
package gdp

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/chart"
	"github.com/provdash/provdash/internal/ui/common"
)

// Layout thresholds, in cells.
const (
	wideAt  = 110 // from here the sector bars and size list sit right of the line chart
	minLine = 6   // the line chart is not worth drawing in fewer rows
	// minChart is the fewest rows the line chart is drawn in under the
	// readout: four plot rows, the axis, the years and the legend. In
	// fewer, points of different lines share rows and a value label sits
	// as near another line's point as its own; the readout says the
	// figures instead. Below twice this the chart is drawn only when no
	// province's point covers another's (chart.Hidden).
	minChart = 7
	divMinH  = 7 // the diverging chart needs labels above and below the axis
)

// Model is the GDP growth tab. It draws from its content page: the
// growth, sectors and size sections.
type Model struct {
	common.FaceTab
	// line is where the chart face drew its line chart (x, y, w, h in the
	// tab's cells), so a click on it can focus the year under it.
	line [4]int
}

// New returns the GDP tab; it draws nothing until SetContext.
func New() *Model {
	m := &Model{}
	m.Tab = content.Builtin("gdp")
	m.ChartDetail = m.focusDetail
	m.Draw = m.rebuild
	return m
}

// click focuses the year of the point under a click on the line chart.
func (m *Model) click(c common.ClickMsg) tea.Cmd {
	x, y, w, h := m.line[0], m.line[1], m.line[2], m.line[3]
	if m.Nav.Face != common.FaceChart || m.Nav.Detail || w == 0 || c.X < x || c.X >= x+w || c.Y < y || c.Y >= y+h {
		return nil
	}
	year, ok := chart.YearAt(w, h, m.series(), m.opts(), c.X-x)
	if !ok {
		return nil
	}
	return func() tea.Msg { return common.FocusMsg{Year: int(year)} }
}

// focusDetail is what enter opens on the chart: the focus year's growth
// row, whole (figures, rank, note and sources); for a merged province
// also each predecessor's row of that year, under its section's title
// (which names the predecessor), so every figure the readout shows is
// read whole with its sources.
func (m *Model) focusDetail() (string, []common.Field, bool) {
	year := m.Ctx.FocusYear()
	g := m.section("growth")
	var secs []content.Section
	for _, s := range m.Page.Sections {
		if s.ID == "growth" || (s.From != "" && s.ID == "growth@"+s.From) {
			if _, ok := s.YearRow(year); ok {
				secs = append(secs, s)
			}
		}
	}
	if len(secs) == 0 {
		return "", nil, false
	}
	if len(secs) == 1 {
		r, _ := secs[0].YearRow(year)
		return r.Label + " · " + secs[0].Title, common.RowFields(m.Ctx, secs[0], r), true
	}
	var fs []common.Field
	for i, s := range secs {
		r, _ := s.YearRow(year)
		if i > 0 {
			fs = append(fs, common.Field{Label: " ", Value: " "})
		}
		fs = append(fs, common.Field{Label: "", Value: m.Ctx.Styles.Heading.Render(s.Title)})
		fs = append(fs, common.RowFields(m.Ctx, s, r)...)
	}
	return fmt.Sprintf("%d · %s", year, g.Title), fs, true
}

// Update handles a click on the line chart (it focuses the year under
// it); the face and selection keys are FaceTab's.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	if c, ok := msg.(common.ClickMsg); ok {
		return m.click(c)
	}
	return m.FaceTab.Update(msg)
}

// rebuild renders the frame for the current size, context and face.
func (m *Model) rebuild() { m.Render(m.chartFace, m.tableFace, m.sourcesFace) }

// section is one of the page's sections (empty when the page has none).
func (m *Model) section(id string) content.Section {
	s, _ := m.Page.Section(id)
	return s
}

// header is the face's title on the left and the faces on the right.
func (m *Model) header(title string) string {
	return m.FaceHeader(m.Ctx.Styles.Title.Render(title))
}

func (m *Model) headingText() string {
	l := m.Ctx.Loc
	t := l.T("gdp.heading")
	if lipgloss.Width(t) > m.W-30 {
		t = l.T("gdp.heading.short")
	}
	return t
}

// growth is what the growth chart draws: the province's growth rows and,
// for a merged province, each predecessor's under the name its lineage
// gives it, with the nation's line across them (chart.Growth).
func (m *Model) growth() chart.Growth {
	g := chart.LineageGrowth(m.Page, m.Ctx.Scoped(), m.Ctx.Loc)
	g.National = m.Ctx.Loc.T("gdp.vietnam")
	return g
}

// series builds the province's, its predecessors' and Vietnam's lines
// from the growth sections. Gaps stay gaps (the chart breaks the line)
// and each point carries its status mark.
func (m *Model) series() []chart.Series { return m.growth().Series(m.Ctx.Styles) }

// opts are the line chart's options: the focus year and, for a merged
// province, the merger marked on the time axis.
func (m *Model) opts() chart.Opts {
	return chart.Opts{Styles: m.Ctx.Styles, Loc: m.Ctx.Loc, ASCII: m.Ctx.ASCII,
		Focus: float64(m.Ctx.FocusYear()), Markers: m.growth().Markers()}
}

// sectorFig is one sector's figure in the latest year.
type sectorFig struct {
	id   string
	cell content.Cell
}

// focusSectors returns the focus year's sector figures in the section's
// column order (the statistics office's) and that year's source cell;
// figs is empty when the focus year has no sector figure.
func (m *Model) focusSectors() (int, []sectorFig, content.Cell) {
	s := m.section("sectors")
	year := m.Ctx.FocusYear()
	for i := len(s.Rows) - 1; i >= 0; i-- {
		r := s.Rows[i]
		if r.Year != year {
			continue
		}
		var figs []sectorFig
		any := false
		for j, c := range s.Columns {
			if id, ok := strings.CutPrefix(c.Key, "sector."); ok && j < len(r.Cells) && !r.Cells[j].Gap() {
				figs = append(figs, sectorFig{id, r.Cells[j]})
				any = any || r.Cells[j].Num.OK
			}
		}
		if any {
			src, _ := s.Cell(r, "source")
			return r.Year, figs, src
		}
	}
	return year, nil, content.Cell{}
}

// readout is the focus year's growth on one line: "2019  Bắc Giang 16,10 %
// ~ [7] · Việt Nam 7,36 % [20]", each figure with its mark and its own
// source, or a line saying the year has no growth figure.
func (m *Model) readout() string {
	st, l, d := m.Ctx.Styles, m.Ctx.Loc, m.Ctx.Data
	if gr := m.growth(); gr.HasLineage() {
		return m.lineageReadout(gr)
	}
	g := m.section("growth")
	year := st.Bold.Render(fmt.Sprintf("%d", m.Ctx.FocusYear()))
	for _, r := range g.Rows {
		if r.Year != m.Ctx.FocusYear() {
			continue
		}
		part := func(name string, c content.Cell, style lipgloss.Style) string {
			out := st.Muted.Render(name+" ") + common.WithMarkStyled(m.Ctx, style.Render(c.Text), c)
			for _, id := range c.Cite {
				out += " " + st.Accent.Render(common.SourceNum(m.Ctx, id))
			}
			return out
		}
		p, _ := g.Cell(r, "province")
		n, _ := g.Cell(r, "national")
		line := year + "  " + part(l.Pick(d.Name), p, st.Province) + st.Faint.Render(" · ") + part(l.T("gdp.vietnam"), n, st.National)
		if rk, _ := g.Cell(r, "rank"); !rk.Gap() {
			line += st.Faint.Render(" · " + rk.Text)
		}
		return line
	}
	return year + "  " + st.Faint.Render(l.T("gdp.readout.none"))
}

// lineageReadout is the readout of a merged province: "2024  ◆ Bắc Giang
// 13,85 % ~ [12] · ■ Bắc Ninh (cũ) 6,03 % ~ [20] · ◇ Việt Nam 7,09 %
// [15]", each figure after the glyph of its line and the name of whose it
// is, with its mark and its own source; the province's rank ends it in a
// year the province has a row.
func (m *Model) lineageReadout(gr chart.Growth) string {
	st, l := m.Ctx.Styles, m.Ctx.Loc
	year := m.Ctx.FocusYear()
	head := st.Bold.Render(fmt.Sprintf("%d", year))
	figs, ok := gr.Figures(year)
	if !ok {
		return head + "  " + st.Faint.Render(l.T("gdp.readout.none"))
	}
	series := gr.Series(st)
	parts := make([]string, 0, len(figs)+1)
	for _, f := range figs {
		style := series[f.Series].Style
		glyph := f.Glyph
		if m.Ctx.ASCII {
			glyph = series[f.Series].ASCII
		}
		out := style.Render(glyph) + " " + st.Muted.Render(f.Name+" ") + common.WithMarkStyled(m.Ctx, style.Render(f.Cell.Text), f.Cell)
		for _, id := range f.Cell.Cite {
			out += " " + st.Accent.Render(common.SourceNum(m.Ctx, id))
		}
		parts = append(parts, out)
	}
	if r, ok := gr.Own.YearRow(year); ok {
		if rk, _ := gr.Own.Cell(r, "rank"); !rk.Gap() {
			parts = append(parts, st.Faint.Render(rk.Text))
		}
	}
	return head + "  " + strings.Join(parts, st.Faint.Render(" · "))
}

// readoutLines is the readout in w cells: one line, or, when it is wider,
// wrapped between figures (the later lines indented under the first
// figure), so no figure loses its source to a cut; at most n lines.
func (m *Model) readoutLines(w, n int) []string {
	line := m.readout()
	if lipgloss.Width(line) <= w || n <= 1 {
		return []string{ansi.Truncate(line, w, "…")}
	}
	sep := m.Ctx.Styles.Faint.Render(" · ")
	parts := strings.Split(line, sep)
	indent := strings.Repeat(" ", len(fmt.Sprint(m.Ctx.FocusYear()))+2)
	var out []string
	cur := ""
	for _, p := range parts {
		switch {
		case cur == "":
			cur = p
		case lipgloss.Width(cur+sep+p) <= w:
			cur += sep + p
		default:
			out = append(out, cur)
			cur = indent + p
		}
	}
	out = append(out, cur)
	if len(out) > n {
		out = out[:n]
		out[n-1] += "…"
	}
	for i := range out {
		out[i] = ansi.Truncate(out[i], w, "…")
	}
	return out
}

// spelledOut is the width from which sector names and periods are
// written out ("Agriculture, forestry, fishery", "first half of 2025"):
// narrower screens use the short forms, which the legend and the `?`
// glossary explain.
const spelledOut = content.WideCols

// sectorName is the sector's name for bar labels and the sector line: in
// full when long, else the catalogue's short name; an id the catalogue
// has no short name for falls back to the dataset's long name, then to
// the id.
func (m *Model) sectorName(id string, long bool) string {
	l := m.Ctx.Loc
	if t, ok := dataset.SectorNames[id]; ok && long {
		return l.Pick(t)
	}
	if s, ok := l.Lookup("gdp.sector." + id); ok {
		return s
	}
	if t, ok := dataset.SectorNames[id]; ok {
		return l.Pick(t)
	}
	return id
}

// sectorBars are the sector figures as bars, labelled by sectorName.
func (m *Model) sectorBars(figs []sectorFig, long bool) []chart.Bar {
	st, l := m.Ctx.Styles, m.Ctx.Loc
	bars := make([]chart.Bar, 0, len(figs))
	for _, f := range figs {
		style := st.BarPos
		if f.cell.Num.OK && f.cell.Num.V < 0 {
			style = st.BarNeg
		}
		text := l.Signed(f.cell.Num)
		if f.cell.Mark != "" {
			text += " " + f.cell.Mark
		}
		bars = append(bars, chart.Bar{Label: m.sectorName(f.id, long), Value: f.cell.Num, Text: text, Style: style})
	}
	return bars
}

// longSectorChart is the sector bars with the sectors named in full, nil
// when a name would be cut ("Nông, lâm,…").
func (m *Model) longSectorChart(w, h int, secs []sectorFig, o chart.Opts) []string {
	out := chart.Diverging(w, h, m.sectorBars(secs, true), o)
	if strings.Contains(ansi.Strip(out), "…") {
		return nil
	}
	return strings.Split(out, "\n")
}

// namedSectorBars is the sector figures as horizontal bars, each under
// its sector's name in full on a line of its own: two lines a sector. It
// is what spelledOut columns draw when the vertical bars leave a name too
// narrow a slot, since a name written out is the point of being that
// wide; nil when a name is wider than w or the lines exceed h.
func (m *Model) namedSectorBars(w, h int, secs []sectorFig, o chart.Opts) []string {
	if 2*len(secs) > h {
		return nil
	}
	bars := m.sectorBars(secs, true)
	for _, b := range bars {
		if lipgloss.Width(b.Label) > w {
			return nil
		}
	}
	names := make([]string, len(bars))
	for i := range bars {
		names[i], bars[i].Label = bars[i].Label, ""
	}
	lines := chart.HBars(w, bars, 0, o)
	out := make([]string, 0, 2*len(bars))
	for i, x := range lines {
		out = append(out, m.Ctx.Styles.Muted.Render(names[i]), x)
	}
	return out
}

// spelledSectorChart is the sector bars with the sectors named in full:
// vertical when every name fits under its bar, else horizontal under
// names on their own lines; nil when neither fits.
func (m *Model) spelledSectorChart(w, h int, secs []sectorFig, o chart.Opts) []string {
	if out := m.longSectorChart(w, h, secs, o); out != nil {
		return out
	}
	return m.namedSectorBars(w, h, secs, o)
}

// sectorChart is the sector bars, the sectors named in full from
// spelledOut columns when the names fit, else by their short names.
func (m *Model) sectorChart(w, h int, secs []sectorFig, o chart.Opts) []string {
	if m.W >= spelledOut {
		if out := m.spelledSectorChart(w, h, secs, o); out != nil {
			return out
		}
	}
	return strings.Split(chart.Diverging(w, h, m.sectorBars(secs, false), o), "\n")
}

// sectorLine is the one-line form of the sector growth for narrow screens.
func (m *Model) sectorLine(year int, figs []sectorFig, src string) string {
	st, l := m.Ctx.Styles, m.Ctx.Loc
	if len(figs) == 0 {
		return st.Faint.Render(l.Tf("gdp.sectors.none_year", year))
	}
	parts := make([]string, 0, len(figs))
	for _, f := range figs {
		v := st.Positive.Render(l.Signed(f.cell.Num))
		if f.cell.Num.OK && f.cell.Num.V < 0 {
			v = st.Negative.Render(l.Signed(f.cell.Num))
		}
		parts = append(parts, st.Muted.Render(m.sectorName(f.id, m.W >= spelledOut)+" ")+common.WithMarkStyled(m.Ctx, v, f.cell))
	}
	if src != "" && len(parts) > 0 {
		parts[len(parts)-1] += " " + st.Accent.Render(src)
	}
	return st.Heading.Render(l.Tf("gdp.sectors.short", year)+": ") + strings.Join(parts, st.Faint.Render(" · "))
}

// sectorLines is sectorLine on one line, or on two (split between
// sectors, the second indented) when one is too narrow.
func (m *Model) sectorLines(year int, figs []sectorFig, src content.Cell, w int) []string {
	line := m.sectorLine(year, figs, src.Text)
	if lipgloss.Width(line) <= w || len(figs) < 2 {
		return []string{ansi.Truncate(line, w, "…")}
	}
	half := (len(figs) + 1) / 2
	a := m.sectorLine(year, figs[:half], "")
	b := m.sectorLine(year, figs[half:], src.Text)
	// The second line repeats no heading: replace it by spaces.
	head := lipgloss.Width(m.Ctx.Loc.Tf("gdp.sectors.short", year) + ": ")
	b = strings.Repeat(" ", head) + ansi.Cut(b, head, lipgloss.Width(b))
	return []string{ansi.Truncate(a, w, "…"), ansi.Truncate(b, w, "…")}
}

// sizeLine is the focus year's GRDP size on one line for narrow screens.
func (m *Model) sizeLine() string {
	st, l := m.Ctx.Styles, m.Ctx.Loc
	s := m.section("size")
	r, ok := s.YearRow(m.Ctx.FocusYear())
	if !ok {
		return st.Faint.Render(l.Tf("gdp.size.none_year", m.Ctx.FocusYear()))
	}
	cell := func(k string) content.Cell { c, _ := s.Cell(r, k); return c }
	var parts []string
	if c := cell("vnd"); c.Num.OK {
		parts = append(parts, st.Bold.Render(c.Text))
	}
	if c := cell("usd"); c.Num.OK {
		parts = append(parts, st.Text.Render(c.Text))
	}
	if c := cell("percap"); c.Num.OK {
		parts = append(parts, st.Text.Render(c.Text+l.T("gdp.percap")))
	}
	if c := cell("rank"); !c.Gap() {
		parts = append(parts, st.Muted.Render(c.Text))
	}
	if len(parts) == 0 {
		parts = append(parts, i18n.Gap)
	}
	line := st.Heading.Render(l.Tf("gdp.size.line", r.Year)+": ") + strings.Join(parts, st.Faint.Render(" · "))
	if mk := i18n.Mark(r.Status); mk != "" {
		line += " " + common.MarkStyle(m.Ctx.Styles, r.Status).Render(mk)
	}
	return line + " " + st.Accent.Render(cell("source").Text)
}

// sizeTable is the GRDP size list: one row per year, latest first, as
// many as fit in h lines (heading and column header included). It shows
// the figures without their units (the header names them) to fit beside
// the chart.
func (m *Model) sizeTable(w, h int) []string {
	st, l := m.Ctx.Styles, m.Ctx.Loc
	s := m.section("size")
	out := []string{ansi.Truncate(st.Heading.Render(l.T("gdp.size")), w, "…")}
	if len(s.Rows) == 0 {
		return append(out, st.Faint.Render(ansi.Truncate(l.T("gdp.size.none"), w, "…")))
	}
	num := func(r content.Row, k string) string {
		c, _ := s.Cell(r, k)
		if k == "rank" && c.Num.OK {
			return l.Int(int(c.Num.V))
		}
		return l.Num(c.Num)
	}
	cols := []common.Column{{Head: l.T("gdp.col.year")}, {Head: l.T("gdp.col.vnd"), Right: true},
		{Head: l.T("gdp.col.usd"), Right: true}, {Head: l.T("gdp.col.percap"), Right: true},
		{Head: l.T("gdp.col.rank"), Right: true}, {Head: ""}}
	for i := len(s.Rows) - 1; i >= 0; i-- {
		r := s.Rows[i]
		src, _ := s.Cell(r, "source")
		cols[0].Cells = append(cols[0].Cells, r.Label)
		for j, k := range []string{"vnd", "usd", "percap", "rank"} {
			cols[j+1].Cells = append(cols[j+1].Cells, num(r, k))
		}
		cols[5].Cells = append(cols[5].Cells, strings.TrimSpace(i18n.Mark(r.Status)+" "+src.Text))
	}
	t := common.Grid(cols, w)
	out = append(out, st.TableHeader.Render(strings.TrimRight(t.Head, " ")))
	for i, r := range t.Rows {
		if len(out) >= h {
			break
		}
		line := strings.TrimRight(strings.Join(r, common.ColGap), " ")
		if s.Rows[len(s.Rows)-1-i].Year == m.Ctx.FocusYear() {
			// The focus year's row: bold, so it reads without colour.
			out = append(out, st.Bold.Render(line))
			continue
		}
		out = append(out, st.TableCell.Render(line))
	}
	return out
}

// chartFace: the line chart, with the sector bars and the size list beside
// it (wide) or as two summary lines under it (narrow), the legend of marks
// and the citation line.
func (m *Model) chartFace() []string {
	st, l := m.Ctx.Styles, m.Ctx.Loc
	w, h := m.W, m.H
	m.line = [4]int{}
	out := []string{m.header(m.headingText())}
	source := common.PageCitation(m.Ctx, m.Page, w)
	if h <= 2 {
		return append(out, source)
	}
	if len(m.section("growth").Rows) == 0 {
		return append(out, st.Faint.Render(l.T("gdp.none")), source)
	}
	legend := st.Faint.Render(ansi.Truncate(l.T("app.legend"), w, "…"))
	avail := h - 2 // header and source
	readoutN := 0  // lines of the readout, the last lines of out
	if big := m.bigReadout(w, avail); big != nil {
		// Presenting: the province's figure in big digits (big.go).
		out = append(out, big...)
		avail -= len(big)
	} else if avail >= minLine+2 {
		// The focus year's figures, read without the table; a merged
		// province's (several figures) wrap on tall screens rather than
		// lose their sources to a cut.
		n := 1
		if avail >= 2*minLine+4 {
			n = 3
		}
		rl := m.readoutLines(w, n)
		out = append(out, rl...)
		avail -= len(rl)
		readoutN = len(rl)
	}
	useLegend := avail >= minLine+3
	if useLegend {
		avail--
	}
	year, secs, src := m.focusSectors()
	o := m.opts()
	series := m.series()

	// The nationwide lists of the focus year: right of the province's
	// charts on wide screens, under them when the rows allow, else not
	// at all (the table face lists them). hb is the height the province's
	// part may use, w its width from here on.
	var nation []string
	hb, full := h, w
	if m.hasNation() {
		switch {
		case w >= nationBesideAt && avail >= nationMinH:
			nw := common.Clamp(w*3/10, nationMinW, nationMaxW)
			if nation = m.nationColumn(nw, avail); len(nation) > 0 {
				w = w - nw - 3
			}
		case avail >= 2*minChart+4+nationBelowMin:
			nh := common.Clamp(avail*2/5, nationBelowMin, avail-2*minChart-4)
			if w >= nationPairAt {
				nation = m.nationPair(w, nh)
			} else {
				nation = m.nationColumn(w, nh)
			}
			if len(nation) > 0 {
				nation = append([]string{""}, nation...)
				avail -= len(nation)
				hb -= len(nation)
			}
		}
	}

	var body []string
	if w >= wideAt && avail >= divMinH+4 {
		lw := w * 58 / 100
		rw := w - lw - 3
		left := strings.Split(chart.Line(lw, avail, series, o), "\n")
		m.line = [4]int{0, len(out), lw, avail}
		right := m.rightColumn(rw, avail, year, secs, src, o)
		body = beside(left, lw, right, 3)
	} else {
		var extra []string
		if avail >= minLine+3 {
			extra = append(extra, "")
			extra = append(extra, m.sectorLines(year, secs, src, w)...)
			extra = append(extra, ansi.Truncate(m.sizeLine(), w, "…"))
		}
		lh := avail - len(extra)
		// Tall narrow screens have room for the sector bars under the line.
		if lh >= 2*divMinH+8 && len(secs) > 0 {
			dh := common.Clamp(lh/3, divMinH, 14)
			lh -= dh + 2
			extra = append([]string{"", st.Heading.Render(ansi.Truncate(l.Tf("gdp.sectors", year), w, "…"))},
				m.sectorChart(w, dh, secs, o)...)
			extra = append(extra, "", ansi.Truncate(m.sizeLine(), w, "…"))
			lh = avail - len(extra)
		}
		// Short screens: the spacer and the legend of marks (the chart's
		// own legend names the marks it uses) give way to the chart.
		spacer, legendKept := len(extra) > 0 && extra[0] == "", useLegend
		if lh < minChart && spacer {
			extra, lh = extra[1:], lh+1
		}
		if lh < minChart && useLegend {
			useLegend, lh = false, lh+1
		}
		switch {
		case lh >= minChart && (lh >= 2*minChart || chart.Hidden(w, lh, series, o) == 0):
			body = append(strings.Split(chart.Line(w, lh, series, o), "\n"), extra...)
			m.line = [4]int{0, len(out), w, lh}
		default:
			// Too few rows for a chart whose points and labels can be
			// told apart: the readout says the figures instead, whole
			// (wrapped between figures), above the sector and size lines.
			useLegend = legendKept
			if spacer && len(extra) > 0 && extra[0] == "" {
				extra = extra[1:]
			}
			room := hb - 2 - btoi(useLegend) - (len(out) - 1 - readoutN) - len(extra)
			out = append(out[:len(out)-readoutN], m.readoutLines(full, common.Clamp(room, 0, 3))...)
			// The rows the chart would have had: the latest years as a
			// table, each figure under whose it is, then a spacer before
			// the sector and size lines.
			free := hb - 1 - btoi(useLegend) - len(out) - len(extra)
			if len(extra) > 0 {
				free-- // the spacer
			}
			if t := m.growth().Table(w, free, o, m.cite); len(t) > 1 {
				body = t
				if len(extra) > 0 {
					body = append(body, "")
				}
			}
			body = append(body, extra...)
		}
	}
	switch {
	case len(nation) > 0 && w < full: // beside
		if len(body) < len(nation) {
			body = append(body, make([]string, len(nation)-len(body))...)
		}
		body = beside(body, w, nation, 3)
	case len(nation) > 0: // below
		for len(out)+len(body) < hb-1-btoi(useLegend) {
			body = append(body, "")
		}
		body = append(body, nation...)
	}
	out = append(out, body...)
	for len(out) < h-1-btoi(useLegend) {
		out = append(out, "")
	}
	if useLegend {
		out = append(out, legend)
	}
	return append(out, source)
}

// cite is the source numbers of ids ("[12]"), as the readout cites them.
func (m *Model) cite(ids []string) string {
	var b strings.Builder
	for _, id := range ids {
		b.WriteString(common.SourceNum(m.Ctx, id))
	}
	return b.String()
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// rightColumn is the sector bars above the size list, in w×h.
func (m *Model) rightColumn(w, h, year int, secs []sectorFig, src content.Cell, o chart.Opts) []string {
	st, l := m.Ctx.Styles, m.Ctx.Loc
	size := m.sizeTable(w, max(h/3, 4))
	var out []string
	if len(secs) == 0 {
		out = []string{st.Faint.Render(ansi.Truncate(l.Tf("gdp.sectors.none_year", year), w, "…"))}
	} else {
		// From spelledOut columns the sectors are named in full: under
		// vertical bars when the names fit there, else over horizontal
		// ones (a name cut to "Nông, lâm,…" would say less than "NLTS"
		// and the legend under it).
		var legend, bars []string
		// The bars stop growing at 20 rows: taller bars add no precision
		// and push the size list away from them.
		dh := common.Clamp(h-len(size)-2, 0, 20)
		if m.W >= spelledOut && dh > 0 {
			bars = m.spelledSectorChart(w, dh, secs, o)
		}
		if bars == nil {
			legend = wrap(l.T("gdp.sector.legend"), w, 2)
			if dh = common.Clamp(h-len(size)-len(legend)-2, 0, 20); dh > 0 {
				bars = strings.Split(chart.Diverging(w, dh, m.sectorBars(secs, false), o), "\n")
			}
		}
		out = append(out, ansi.Truncate(st.Heading.Render(l.Tf("gdp.sectors", year))+" "+st.Accent.Render(src.Text), w, "…"))
		out = append(out, bars...)
		for _, x := range legend {
			out = append(out, st.Faint.Render(x))
		}
	}
	out = append(out, "")
	return append(out, size...)
}

// wrap word-wraps s to w cells in at most n lines, the last cut with "…".
func wrap(s string, w, n int) []string {
	if w <= 0 || n <= 0 {
		return nil
	}
	lines := strings.Split(ansi.Wordwrap(s, w, " "), "\n")
	if len(lines) > n {
		lines = lines[:n]
		lines[n-1] = ansi.Truncate(lines[n-1]+" …", w, "…")
	}
	for i, x := range lines {
		lines[i] = ansi.Truncate(x, w, "…")
	}
	return lines
}

// beside joins two blocks left|gap|right, padding the left to lw.
func beside(a []string, lw int, b []string, gap int) []string {
	n := max(len(a), len(b))
	out := make([]string, n)
	for i := range n {
		var x, y string
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		out[i] = common.Pad(x, lw) + strings.Repeat(" ", gap) + y
	}
	return out
}

// tableFace is every section of the page (growth, sectors, structure,
// size) with the selection, the selected row's note and the citation;
// the focus year's rows are marked (markedTable).
func (m *Model) tableFace() []string { return m.markedTable() }

// sourcesFace is the numbered list of the tab's sources, scrolled by ↑/↓
// when it is longer than the screen.
func (m *Model) sourcesFace() string {
	st, l := m.Ctx.Styles, m.Ctx.Loc
	head := []string{m.header(m.headingText()), "", st.Heading.Render(ansi.Truncate(l.T("app.sources"), m.W, "…"))}
	return common.AssembleText(m.Ctx, m.W, m.H, head, common.PageSources(m.Ctx, m.Page, m.W), &m.Nav.Src)
}
