// Package gdp is tab 2: GRDP growth of the province against Vietnam's GDP
// growth by year, the growth of each sector in the latest year with data,
// and the size of the economy.
//
// Faces (`v`): the chart (line chart, sector bars, size list); the table of
// every year with its status, source and note, where ↑/↓ move a selection
// and the selected year's full note is shown below; the numbered sources.
package gdp

import (
	"fmt"
	"sort"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/chart"
	"github.com/provdash/provdash/internal/ui/common"
)

// Layout thresholds, in cells.
const (
	wideAt    = 110 // from here the sector bars and size list sit right of the line chart
	minLine   = 6   // the line chart is not worth drawing in fewer rows
	rankOf    = 63  // provinces ranked before the 2025 merger
	divMinH   = 7   // the diverging chart needs labels above and below the axis
	sizeCols  = 5
	noteLines = 2
)

// sectorOrder is the order sectors are shown in, matching the statistics
// office's reports (AFF, industry & construction, services, product taxes).
var sectorOrder = []string{"aff", "ic", "services", "taxes"}

// Model is the GDP growth tab.
type Model struct {
	common.FaceTab
	rows []dataset.GrowthRow // latest year first
}

// New returns the GDP tab; it draws nothing until SetContext.
func New() *Model { return &Model{} }

// ID is the stable tab name used by --tab.
func (m *Model) ID() string { return "gdp" }

// Title is the tab name in the session's language.
func (m *Model) Title(loc *i18n.Locale) string { return loc.T("gdp.title") }

// SetContext replaces the session context, keeps the selection in range
// and re-renders.
func (m *Model) SetContext(ctx *common.Context) {
	m.Ctx = ctx
	m.rows = nil
	if ctx != nil && ctx.Data != nil {
		m.rows = append(m.rows, ctx.Data.Growth...)
		sort.SliceStable(m.rows, func(i, j int) bool { return m.rows[i].Year > m.rows[j].Year })
	}
	m.Nav.Sel = common.Clamp(m.Nav.Sel, 0, max(len(m.rows)-1, 0))
	m.rebuild()
}

// SetSize gives the tab its cells and re-renders.
func (m *Model) SetSize(w, h int) {
	m.Resize(w, h)
	m.rebuild()
}

// Update handles the face key and, on the table face, the selection keys.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	if m.Key(msg, len(m.rows), m.tableRows()) {
		m.rebuild()
	}
	return nil
}

// Selected returns the year of the selected table row, 0 when none.
func (m *Model) Selected() int {
	if m.Nav.Sel < len(m.rows) {
		return m.rows[m.Nav.Sel].Year
	}
	return 0
}

// rebuild renders the frame for the current size, context and face.
func (m *Model) rebuild() { m.Render(m.chartFace, m.tableFace, m.sourcesFace) }

// sourceIDs lists the sources the tab cites, in citing order: growth
// (province then national), sectors, size.
func (m *Model) sourceIDs() []string {
	d := m.Ctx.Data
	var ids []string
	for i := len(m.rows) - 1; i >= 0; i-- {
		r := m.rows[i]
		if r.Province.OK {
			ids = append(ids, r.Source)
		}
		if r.National.OK {
			ids = append(ids, r.NatMeta.Source)
		}
	}
	for _, s := range d.Sectors {
		ids = append(ids, s.Source)
	}
	for _, s := range d.Size {
		ids = append(ids, s.Source)
	}
	return ids
}

// withMark appends the status mark after a present figure.
func (m *Model) withMark(v string, n dataset.Num, s dataset.Status) string {
	if !n.OK {
		return v
	}
	if mk := i18n.Mark(s); mk != "" {
		return v + " " + common.MarkStyle(m.Ctx.Styles, s).Render(mk)
	}
	return v
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

// series builds the province and Vietnam lines. Gaps stay gaps (the chart
// breaks the line) and each point carries its status mark.
func (m *Model) series() []chart.Series {
	st, l, d := m.Ctx.Styles, m.Ctx.Loc, m.Ctx.Data
	prov := chart.Series{Name: l.Pick(d.Name), Style: st.Province, Glyph: "●"}
	nat := chart.Series{Name: l.T("gdp.vietnam"), Style: st.National, Glyph: "◆"}
	for i := len(m.rows) - 1; i >= 0; i-- {
		r := m.rows[i]
		prov.Points = append(prov.Points, chart.Point{X: float64(r.Year), Y: r.Province, Mark: markIf(r.Province, r.Status)})
		nat.Points = append(nat.Points, chart.Point{X: float64(r.Year), Y: r.National, Mark: markIf(r.National, r.NatMeta.Status)})
	}
	return []chart.Series{prov, nat}
}

func markIf(n dataset.Num, s dataset.Status) string {
	if !n.OK {
		return ""
	}
	return i18n.Mark(s)
}

// latestSectors returns the sector rows of the latest year in which any
// sector has a value, in sectorOrder.
func latestSectors(d *dataset.Dataset) (int, []dataset.SectorRow) {
	year := 0
	for _, s := range d.Sectors {
		if s.Growth.OK && s.Year > year {
			year = s.Year
		}
	}
	if year == 0 {
		return 0, nil
	}
	rank := func(id string) int {
		for i, s := range sectorOrder {
			if s == id {
				return i
			}
		}
		return len(sectorOrder)
	}
	var rows []dataset.SectorRow
	for _, s := range d.Sectors {
		if s.Year == year {
			rows = append(rows, s)
		}
	}
	sort.SliceStable(rows, func(i, j int) bool { return rank(rows[i].Sector) < rank(rows[j].Sector) })
	return year, rows
}

// sectorName is the short sector name for bar labels; unknown ids fall back
// to the dataset's long name, then to the id.
func (m *Model) sectorName(id string) string {
	l := m.Ctx.Loc
	if s := l.T("gdp.sector." + id); !strings.HasPrefix(s, "!") {
		return s
	}
	if t, ok := dataset.SectorNames[id]; ok {
		return l.Pick(t)
	}
	return id
}

func (m *Model) sectorBars(rows []dataset.SectorRow) []chart.Bar {
	st, l := m.Ctx.Styles, m.Ctx.Loc
	bars := make([]chart.Bar, 0, len(rows))
	for _, r := range rows {
		style := st.BarPos
		if r.Growth.OK && r.Growth.V < 0 {
			style = st.BarNeg
		}
		bars = append(bars, chart.Bar{Label: m.sectorName(r.Sector), Value: r.Growth, Text: signedMark(l, r.Growth, r.Status), Style: style})
	}
	return bars
}

// signedMark is "+17,94 %" with the status mark, unstyled (charts style it).
func signedMark(l *i18n.Locale, n dataset.Num, s dataset.Status) string {
	v := l.Signed(n)
	if mk := markIf(n, s); mk != "" {
		v += " " + mk
	}
	return v
}

// sectorLine is the one-line form of the sector growth for narrow screens.
func (m *Model) sectorLine(year int, rows []dataset.SectorRow, cite bool) string {
	st, l := m.Ctx.Styles, m.Ctx.Loc
	if year == 0 {
		return st.Faint.Render(l.T("gdp.sectors.none"))
	}
	parts := make([]string, 0, len(rows))
	var ids []string
	for _, r := range rows {
		v := st.Positive.Render(l.Signed(r.Growth))
		if r.Growth.OK && r.Growth.V < 0 {
			v = st.Negative.Render(l.Signed(r.Growth))
		}
		parts = append(parts, st.Muted.Render(m.sectorName(r.Sector)+" ")+m.withMark(v, r.Growth, r.Status))
		ids = append(ids, r.Source)
	}
	if cite && len(parts) > 0 {
		parts[len(parts)-1] += " " + st.Accent.Render(m.srcNums(ids))
	}
	return st.Heading.Render(l.Tf("gdp.sectors.short", year)+": ") + strings.Join(parts, st.Faint.Render(" · "))
}

// sectorLines is sectorLine on one line, or on two (split between
// sectors, the second indented) when one is too narrow.
func (m *Model) sectorLines(year int, rows []dataset.SectorRow, w int) []string {
	line := m.sectorLine(year, rows, true)
	if lipgloss.Width(line) <= w || len(rows) < 2 {
		return []string{ansi.Truncate(line, w, "…")}
	}
	half := (len(rows) + 1) / 2
	a := m.sectorLine(year, rows[:half], false)
	b := m.sectorLine(year, rows[half:], true)
	// The second line repeats no heading: replace it by spaces.
	head := lipgloss.Width(m.Ctx.Loc.Tf("gdp.sectors.short", year) + ": ")
	b = strings.Repeat(" ", head) + ansi.Cut(b, head, lipgloss.Width(b))
	return []string{ansi.Truncate(a, w, "…"), ansi.Truncate(b, w, "…")}
}

// srcNums is "[2][5]" for the distinct sources of ids.
func (m *Model) srcNums(ids []string) string {
	seen := map[string]bool{}
	var b strings.Builder
	for _, id := range ids {
		if seen[id] {
			continue
		}
		seen[id] = true
		b.WriteString(common.SourceNum(m.Ctx, id))
	}
	return b.String()
}

func sizeRows(d *dataset.Dataset) []dataset.SizeRow {
	rows := append([]dataset.SizeRow(nil), d.Size...)
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].Year > rows[j].Year })
	return rows
}

// sizeLine is the latest GRDP size on one line for narrow screens.
func (m *Model) sizeLine() string {
	st, l := m.Ctx.Styles, m.Ctx.Loc
	rows := sizeRows(m.Ctx.Data)
	if len(rows) == 0 {
		return st.Faint.Render(l.T("gdp.size.none"))
	}
	r := rows[0]
	var parts []string
	if r.GRDPVNDbn.OK {
		parts = append(parts, st.Bold.Render(l.Fig(r.GRDPVNDbn, dataset.UnitVNDbn)))
	}
	if r.GRDPUSDbn.OK {
		parts = append(parts, st.Text.Render(l.Fig(r.GRDPUSDbn, dataset.UnitUSDbn)))
	}
	if r.PerCapUSD.OK {
		parts = append(parts, st.Text.Render(l.Fig(r.PerCapUSD, dataset.UnitUSD)+l.T("gdp.percap")))
	}
	if r.Rank > 0 {
		parts = append(parts, st.Muted.Render(l.Rank(r.Rank, rankOf)))
	}
	if len(parts) == 0 {
		parts = append(parts, i18n.Gap)
	}
	line := st.Heading.Render(l.Tf("gdp.size.line", r.Year)+": ") + strings.Join(parts, st.Faint.Render(" · "))
	if mk := i18n.Mark(r.Status); mk != "" {
		line += " " + common.MarkStyle(m.Ctx.Styles, r.Status).Render(mk)
	}
	return line + " " + st.Accent.Render(common.SourceNum(m.Ctx, r.Source))
}

// sizeTable is the GRDP size list: one row per year, latest first, as
// many as fit in h lines (heading and column header included).
func (m *Model) sizeTable(w, h int) []string {
	st, l := m.Ctx.Styles, m.Ctx.Loc
	rows := sizeRows(m.Ctx.Data)
	out := []string{ansi.Truncate(st.Heading.Render(l.T("gdp.size")), w, "…")}
	if len(rows) == 0 {
		return append(out, st.Faint.Render(ansi.Truncate(l.T("gdp.size.none"), w, "…")))
	}
	head := []string{l.T("gdp.col.year"), l.T("gdp.col.vnd"), l.T("gdp.col.usd"), l.T("gdp.col.percap"), l.T("gdp.col.rank")}
	cells := make([][]string, len(rows))
	widths := make([]int, sizeCols+1)
	for j, c := range head {
		widths[j] = lipgloss.Width(c)
	}
	for i, r := range rows {
		rank := i18n.Gap
		if r.Rank > 0 {
			rank = fmt.Sprint(r.Rank)
		}
		cells[i] = []string{fmt.Sprint(r.Year), l.Num(r.GRDPVNDbn), l.Num(r.GRDPUSDbn), l.Num(r.PerCapUSD), rank,
			strings.TrimSpace(i18n.Mark(r.Status) + " " + common.SourceNum(m.Ctx, r.Source))}
		for j, c := range cells[i] {
			widths[j] = max(widths[j], lipgloss.Width(c))
		}
	}
	line := func(c []string, style lipgloss.Style) string {
		var b strings.Builder
		for j, x := range c {
			if j > 0 {
				b.WriteString("  ")
			}
			if j == 0 || j == sizeCols {
				b.WriteString(common.Pad(x, widths[j]))
			} else {
				b.WriteString(common.PadLeft(x, widths[j]))
			}
		}
		return style.Render(ansi.Truncate(strings.TrimRight(b.String(), " "), w, "…"))
	}
	out = append(out, line(append(head, ""), st.TableHeader))
	for i := range rows {
		if len(out) >= h {
			break
		}
		out = append(out, line(cells[i], st.TableCell))
	}
	return out
}

// chartFace: the line chart, with the sector bars and the size list beside
// it (wide) or as two summary lines under it (narrow), the legend of marks
// and the citation line.
func (m *Model) chartFace() []string {
	st, l := m.Ctx.Styles, m.Ctx.Loc
	w, h := m.W, m.H
	out := []string{m.header(m.headingText())}
	source := common.SourceLine(m.Ctx, m.sourceIDs(), w)
	if h <= 2 {
		return append(out, source)
	}
	if len(m.rows) == 0 {
		return append(out, st.Faint.Render(l.T("gdp.none")), source)
	}
	legend := st.Faint.Render(ansi.Truncate(l.T("app.legend"), w, "…"))
	avail := h - 2 // header and source
	useLegend := avail >= minLine+3
	if useLegend {
		avail--
	}
	year, secs := latestSectors(m.Ctx.Data)
	o := chart.Opts{Styles: st, Loc: l, ASCII: m.Ctx.ASCII}

	var body []string
	if w >= wideAt && avail >= divMinH+4 {
		lw := w * 58 / 100
		rw := w - lw - 3
		left := strings.Split(chart.Line(lw, avail, m.series(), o), "\n")
		right := m.rightColumn(rw, avail, year, secs, o)
		body = beside(left, lw, right, 3)
	} else {
		var extra []string
		if avail >= minLine+3 {
			extra = append(extra, "")
			extra = append(extra, m.sectorLines(year, secs, w)...)
			extra = append(extra, ansi.Truncate(m.sizeLine(), w, "…"))
		}
		lh := avail - len(extra)
		// Tall narrow screens have room for the sector bars under the line.
		if lh >= 2*divMinH+8 && year != 0 {
			dh := common.Clamp(lh/3, divMinH, 14)
			lh -= dh + 2
			extra = append([]string{"", st.Heading.Render(ansi.Truncate(l.Tf("gdp.sectors", year), w, "…"))},
				strings.Split(chart.Diverging(w, dh, m.sectorBars(secs), o), "\n")...)
			extra = append(extra, "", ansi.Truncate(m.sizeLine(), w, "…"))
			lh = avail - len(extra)
		}
		if lh >= 1 {
			body = append(strings.Split(chart.Line(w, lh, m.series(), o), "\n"), extra...)
		}
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

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// rightColumn is the sector bars above the size list, in w×h.
func (m *Model) rightColumn(w, h, year int, secs []dataset.SectorRow, o chart.Opts) []string {
	st, l := m.Ctx.Styles, m.Ctx.Loc
	size := m.sizeTable(w, max(h/3, 4))
	var out []string
	if year == 0 {
		out = []string{st.Faint.Render(ansi.Truncate(l.T("gdp.sectors.none"), w, "…"))}
	} else {
		legend := wrap(l.T("gdp.sector.legend"), w, 2)
		// The bars stop growing at 20 rows: taller bars add no precision
		// and push the size list away from them.
		dh := common.Clamp(h-len(size)-len(legend)-2, 0, 20)
		out = append(out, ansi.Truncate(st.Heading.Render(l.Tf("gdp.sectors", year))+" "+st.Accent.Render(m.srcNums(sectorSources(secs))), w, "…"))
		if dh > 0 {
			out = append(out, strings.Split(chart.Diverging(w, dh, m.sectorBars(secs), o), "\n")...)
		}
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

func sectorSources(rows []dataset.SectorRow) []string {
	ids := make([]string, len(rows))
	for i, r := range rows {
		ids[i] = r.Source
	}
	return ids
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

// tableRows is how many data rows the table face shows at this size:
// the frame minus header, column header, the note strip and the source.
func (m *Model) tableRows() int {
	return m.H - 4 - noteLines
}

// tableFace is every year: year, province growth, rank, national growth,
// status, source numbers and note; the selected row is reversed and its
// full note is shown under the table.
func (m *Model) tableFace() []string {
	st, l := m.Ctx.Styles, m.Ctx.Loc
	w := m.W
	out := []string{m.header(m.headingText())}
	src := common.SourceLine(m.Ctx, m.sourceIDs(), w)
	if len(m.rows) == 0 {
		return append(out, st.Faint.Render(l.T("gdp.none")), src)
	}
	n := m.tableRows()
	notes := noteLines
	if n < 1 {
		n, notes = max(m.H-3, 0), 0
	}
	if n > len(m.rows) {
		n = len(m.rows)
	}
	// Scroll so the selection is visible.
	if m.Nav.Sel < m.Nav.Off {
		m.Nav.Off = m.Nav.Sel
	}
	if n > 0 && m.Nav.Sel >= m.Nav.Off+n {
		m.Nav.Off = m.Nav.Sel - n + 1
	}
	m.Nav.Off = common.Clamp(m.Nav.Off, 0, max(len(m.rows)-n, 0))

	head := []string{l.T("gdp.col.year"), l.Pick(m.Ctx.Data.Name), l.T("gdp.col.rank"), l.T("gdp.col.national"),
		l.T("gdp.col.status"), l.T("gdp.col.source"), l.T("gdp.col.note")}
	type cellRow struct{ plain, styled []string }
	cells := make([]cellRow, len(m.rows))
	widths := make([]int, len(head))
	for j, c := range head {
		widths[j] = lipgloss.Width(c)
	}
	for i, r := range m.rows {
		rank := i18n.Gap
		if r.Rank > 0 {
			rank = l.Rank(r.Rank, rankOf)
		}
		status := i18n.Gap
		if r.Province.OK && r.Status != "" {
			status = l.Status(r.Status)
		}
		var srcs []string
		if r.Province.OK {
			srcs = append(srcs, r.Source)
		}
		if r.National.OK {
			srcs = append(srcs, r.NatMeta.Source)
		}
		note := noteOf(l, r)
		pv, nv := l.Pct(r.Province), l.Pct(r.National)
		pm, nm := markIf(r.Province, r.Status), markIf(r.National, r.NatMeta.Status)
		plain := []string{fmt.Sprint(r.Year), join(pv, pm), rank, join(nv, nm), status, m.srcNums(srcs), firstLine(note)}
		gapOr := func(v string, s lipgloss.Style) string {
			if v == i18n.Gap {
				return st.Gap.Render(v)
			}
			return s.Render(v)
		}
		styled := []string{
			st.Text.Render(plain[0]),
			m.withMark(gapOr(pv, st.Province), r.Province, r.Status),
			gapOr(rank, st.Text),
			m.withMark(gapOr(nv, st.National), r.National, r.NatMeta.Status),
			gapOr(status, st.Muted),
			st.Accent.Render(plain[5]),
			st.Faint.Render(plain[6]),
		}
		cells[i] = cellRow{plain, styled}
		for j, c := range plain[:6] {
			widths[j] = max(widths[j], lipgloss.Width(c))
		}
	}
	fixed := 0
	for _, x := range widths[:6] {
		fixed += x + 2
	}
	widths[6] = max(w-fixed, 0)
	right := map[int]bool{1: true, 2: true, 3: true}
	render := func(c []string) string {
		var b strings.Builder
		for j, x := range c {
			if widths[j] == 0 {
				continue
			}
			if j > 0 {
				b.WriteString("  ")
			}
			if right[j] {
				b.WriteString(common.PadLeft(x, widths[j]))
			} else {
				b.WriteString(common.Pad(x, widths[j]))
			}
		}
		return b.String()
	}
	out = append(out, st.TableHeader.Render(ansi.Truncate(render(head), w, "…")))
	for i := m.Nav.Off; i < m.Nav.Off+n && i < len(m.rows); i++ {
		if i == m.Nav.Sel {
			out = append(out, st.Selected.Render(ansi.Truncate(common.Pad(render(cells[i].plain), w), w, "…")))
		} else {
			out = append(out, ansi.Truncate(render(cells[i].styled), w, "…"))
		}
	}
	if notes > 0 {
		out = append(out, m.noteStrip(w, notes, n)...)
	}
	return append(out, src)
}

// noteStrip shows the selected year's full note (where other sources'
// values are disclosed) and the scroll position, in exactly lines lines.
func (m *Model) noteStrip(w, lines, shown int) []string {
	st, l := m.Ctx.Styles, m.Ctx.Loc
	r := m.rows[m.Nav.Sel]
	pos := st.Faint.Render(l.Tf("gdp.rows", m.Nav.Off+1, m.Nav.Off+shown, len(m.rows)))
	note := noteOf(l, r)
	var out []string
	if note != "" {
		// "2024: ", not "2024 ▸ ": ▸ is the plan mark (i18n.Mark), and
		// beside an official figure it would say the figure is a plan.
		prefix := fmt.Sprintf("%d: ", r.Year)
		body := strings.Split(ansi.Wordwrap(note, max(w-lipgloss.Width(prefix), 1), " "), "\n")
		for i, b := range body {
			if i >= lines {
				break
			}
			p := prefix
			if i > 0 {
				p = strings.Repeat(" ", lipgloss.Width(prefix))
			}
			line := ansi.Truncate(p+b, w, "…")
			if i == lines-1 && len(body) > lines {
				// The note goes on (often with another source's value):
				// say so rather than end mid-sentence.
				line = ansi.Truncate(line, w-1, "") + "…"
			}
			out = append(out, st.Italic.Render(line))
		}
	}
	for len(out) < lines {
		out = append(out, "")
	}
	// The position goes at the right of the last line when it fits.
	lastW := lipgloss.Width(out[lines-1])
	if pw := lipgloss.Width(pos); lastW+pw+2 <= w {
		out[lines-1] += strings.Repeat(" ", w-lastW-pw) + pos
	}
	return out
}

// noteOf joins the province and national notes of a row.
func noteOf(l *i18n.Locale, r dataset.GrowthRow) string {
	a, b := l.Pick(r.Note), l.Pick(r.NatMeta.Note)
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + " · " + l.T("gdp.vietnam") + ": " + b
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

func join(v, mark string) string {
	if mark == "" {
		return v
	}
	return v + " " + mark
}

// sourcesFace is the numbered list of the tab's sources, scrolled by ↑/↓
// when it is longer than the screen.
func (m *Model) sourcesFace() string {
	st, l := m.Ctx.Styles, m.Ctx.Loc
	head := []string{m.header(m.headingText()), "", st.Heading.Render(ansi.Truncate(l.T("app.sources"), m.W, "…"))}
	return common.AssembleText(m.Ctx, m.W, m.H, head, common.SourceLines(m.Ctx, m.sourceIDs(), m.W), &m.Nav.Src)
}
