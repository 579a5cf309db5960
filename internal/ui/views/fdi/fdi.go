// Package fdi is the dashboard's FDI tab: registered capital by investing
// country (each with the date of its own latest figure), the number of
// investing countries, FDI by year kept apart by definition, and the 2024
// split between new projects and capital added to existing ones.
//
// FDI figures in the press use several definitions (new only, new + added,
// converted totals that include domestic capital). Mixing them produces
// numbers nobody published, so every series here is one definition.
package fdi

import (
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/chart"
	"github.com/provdash/provdash/internal/ui/common"
)

// highlightYear is the year whose new-versus-added split the tab shows
// side by side when the data has both rows.
const highlightYear = 2024

// item is one selectable row: a country (index into FDICountry) or a year
// row (index into FDIYear).
type item struct {
	country bool
	idx     int
	// key is the row's key in the content page, which the table face
	// selects by.
	key string
}

// Model is the FDI tab.
type Model struct {
	common.ListTab

	items []item
	// itemOf maps a page row's key to its item number.
	itemOf map[string]int
}

// New returns the tab; it draws nothing until SetContext and SetSize.
func New() *Model {
	m := &Model{}
	m.Tab = content.Builtin("fdi")
	return m
}

// SetContext implements common.View.
func (m *Model) SetContext(ctx *common.Context) {
	m.Bind(ctx)
	m.items = buildItems(ctx)
	m.itemOf = make(map[string]int, len(m.items))
	for n, it := range m.items {
		m.itemOf[it.key] = n
	}
	m.Nav.Sel = common.Clamp(m.Nav.Sel, 0, len(m.items)-1)
	m.rebuild()
}

// SetSize implements common.View.
func (m *Model) SetSize(w, h int) {
	m.Resize(w, h)
	m.rebuild()
}

// Update implements common.View.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	if m.Key(msg, len(m.items), m.Nav.PageRows) {
		m.rebuild()
	}
	return nil
}

// buildItems orders the selectable rows as the content page does:
// countries by capital (largest first, those without a figure last), then
// year rows grouped by definition.
func buildItems(ctx *common.Context) []item {
	if ctx == nil || ctx.Data == nil {
		return nil
	}
	d := ctx.Data
	var items []item
	for _, i := range content.CountryOrder(d.FDICountry) {
		c := d.FDICountry[i]
		key := c.Code
		if key == "" {
			key = ctx.Loc.Pick(c.Country)
		}
		items = append(items, item{country: true, idx: i, key: "c/" + key})
	}
	for _, g := range yearGroups(d.FDIYear) {
		for _, i := range g.rows {
			r := d.FDIYear[i]
			p := r.Period
			if p == "" {
				p = strconv.Itoa(r.Year)
			}
			items = append(items, item{idx: i, key: "y/" + r.Definition + "/" + p})
		}
	}
	return items
}

type yearGroup struct {
	def  string
	rows []int
}

// yearGroups splits year rows by definition in the content page's order.
func yearGroups(rows []dataset.FDIYearRow) []yearGroup {
	var out []yearGroup
	for _, d := range content.FDIDefinitions(rows) {
		out = append(out, yearGroup{def: d, rows: content.FDIRows(rows, d)})
	}
	return out
}

func (m *Model) defName(d string, short bool) string {
	if !short {
		return content.DefinitionName(m.Ctx.Loc, d)
	}
	if s, ok := m.Ctx.Loc.Lookup("fdi.def.short." + d); ok {
		return s
	}
	return d
}

func (m *Model) capital(r dataset.FDIYearRow) string {
	s := m.Ctx.Loc.Fig(r.CapitalUSDm, dataset.UnitUSDm)
	if r.Definition == "added" && r.CapitalUSDm.OK && r.CapitalUSDm.V > 0 && r.CapitalUSDm.Qual == "" {
		s = "+" + s
	}
	return common.WithMark(s, r.Status)
}

func (m *Model) projects(n dataset.Num) string {
	if !n.OK {
		return i18n.Gap
	}
	return m.Ctx.Loc.Tf("fdi.projects", m.Ctx.Loc.Num(n))
}

func (m *Model) period(r dataset.FDIYearRow) string {
	if r.Period != "" {
		return m.Ctx.Loc.Date(r.Period)
	}
	return m.Ctx.Loc.Int(r.Year)
}

func (m *Model) rebuild() {
	if !m.Ready() {
		m.Out = ""
		return
	}
	l := m.Ctx.Loc
	m.Render(common.ListFrame{Title: l.T("fdi.heading"), Sub: []string{m.countLine(), ""},
		N: len(m.items), Empty: l.T("fdi.empty"),
		Detail: func() (string, []common.Field, string) { return m.detailTitle(), m.detailFields(), l.T("fdi.hint") },
		Chart:  m.chartBody, Table: m.tableItem})
}

// countLine is the number of investing countries and territories, with its
// status mark and date.
func (m *Model) countLine() string {
	d, l, st := m.Ctx.Data, m.Ctx.Loc, m.Ctx.Styles
	n := common.WithMark(l.Num(d.FDICountries), d.FDIMeta.Status)
	s := st.CardValue.Render(n) + " " + st.Muted.Render(l.T("fdi.countries_n"))
	if d.FDIMeta.Date != "" {
		s += st.Faint.Render(" · " + l.T("app.asof") + " " + l.Date(d.FDIMeta.Date))
	}
	return common.Fit(s, m.W, 1)
}

func (m *Model) opts() chart.Opts {
	return chart.Opts{Styles: m.Ctx.Styles, Loc: m.Ctx.Loc, ASCII: m.Ctx.ASCII}
}

func (m *Model) chartBody() []common.Line {
	d, l, st := m.Ctx.Data, m.Ctx.Loc, m.Ctx.Styles
	var ls []common.Line
	ls = append(ls, common.Heading(m.Ctx, l.T("fdi.by_country"), l.T("fdi.by_country_nb"), m.W))

	// Countries: one HBars call so labels and values align; the as-of
	// column is appended, and gaps are placed under their own sub-heading.
	var bars []chart.Bar
	var dates []string
	var its []int
	dw := 0
	for n, it := range m.items {
		if !it.country {
			continue
		}
		c := d.FDICountry[it.idx]
		bars = append(bars, chart.Bar{
			Label:    l.Pick(c.Country),
			Value:    c.CapitalUSDm,
			Text:     common.WithMark(l.Fig(c.CapitalUSDm, dataset.UnitUSDm), c.Status),
			Style:    st.Bar,
			Selected: n == m.Nav.Sel,
		})
		ds := l.Date(content.CountryAsOf(c))
		dates = append(dates, ds)
		its = append(its, n)
		dw = max(dw, lipgloss.Width(ds))
	}
	if len(bars) > 0 {
		bw := min(m.W, 110) - 2 - dw - 2
		if bw < 20 {
			bw, dw = m.W-2, 0
		}
		lines := chart.HBars(bw, bars, 0, m.opts())
		if dw > 0 {
			ls = append(ls, common.Text(strings.Repeat(" ", 2+bw+2-max(0, lipgloss.Width(l.T("fdi.asof"))-dw))+st.TableHeader.Render(l.T("fdi.asof"))))
		}
		gapHead := false
		for i, bl := range lines {
			if i >= len(bars) {
				break
			}
			if !bars[i].Value.OK && !gapHead {
				gapHead = true
				ls = append(ls, common.Text(st.Muted.Render("  "+l.T("fdi.no_capital"))))
			}
			mark, cell := "  ", ""
			if dw > 0 {
				cell = "  " + common.PadLeft(dates[i], dw)
			}
			if bars[i].Selected {
				mark = st.Selected.Render("›") + " "
				cell = st.Selected.Render(cell)
			} else {
				cell = st.Faint.Render(cell)
			}
			ls = append(ls, common.Line{S: mark + common.Pad(bl, bw) + cell, Item: its[i]})
		}
	}

	// The highlighted year: new projects beside capital added.
	if nb := m.compareBars(); len(nb) > 0 {
		ls = append(ls, common.Text(""), common.Heading(m.Ctx, l.Tf("fdi.y2024", highlightYear), "", m.W))
		bw := min(m.W, 110) - 2
		for _, bl := range chart.HBars(bw, nb, 0, m.opts()) {
			ls = append(ls, common.Text("  "+bl))
		}
		for _, n := range m.compareNotes() {
			ls = append(ls, common.WrapText(n, min(m.W, 110)-2, func(s ...string) string { return "  " + st.Faint.Render(s...) })...)
		}
	}

	// FDI by year, one block per definition.
	ls = append(ls, common.Text(""), common.Heading(m.Ctx, l.T("fdi.by_year"), l.T("fdi.by_year_nb"), m.W))
	pos := make(map[int]int) // FDIYear index → item number
	for n, it := range m.items {
		if !it.country {
			pos[it.idx] = n
		}
	}
	// One grid for all definitions so the columns line up across blocks.
	groups := yearGroups(d.FDIYear)
	var per, pro, capi, rk []string
	for _, g := range groups {
		for _, i := range g.rows {
			r := d.FDIYear[i]
			per = append(per, m.period(r))
			pro = append(pro, m.projects(r.Projects))
			capi = append(capi, m.capital(r))
			if r.Rank > 0 {
				rk = append(rk, l.Tf("fdi.rank_nat", l.Rank(r.Rank, 0)))
			} else {
				rk = append(rk, "")
			}
		}
	}
	t := common.Grid([]common.Column{
		{Cells: per, Prio: 0},
		{Cells: capi, Right: true, Prio: 1},
		{Cells: pro, Right: true, Prio: 2},
		{Cells: rk, Prio: 3},
	}, min(m.W, 110)-4)
	r := 0
	for _, g := range groups {
		ls = append(ls, common.Text(st.Accent.Render("  "+m.defName(g.def, false))))
		for _, i := range g.rows {
			if r < len(t.Rows) {
				ls = append(ls, t.Row(m.Ctx.Styles, r, pos[i], m.Nav.Sel, 4))
			}
			r++
		}
	}
	return ls
}

// compareRows returns the highlighted year's full-year "new" and "added"
// rows, when present.
func (m *Model) compareRows() []dataset.FDIYearRow {
	var out []dataset.FDIYearRow
	for _, def := range []string{"new", "added"} {
		for _, r := range m.Ctx.Data.FDIYear {
			if r.Year == highlightYear && r.Definition == def && (r.Period == "" || r.Period == strconv.Itoa(highlightYear)) {
				out = append(out, r)
				break
			}
		}
	}
	return out
}

func (m *Model) compareBars() []chart.Bar {
	st := m.Ctx.Styles
	var bars []chart.Bar
	for i, r := range m.compareRows() {
		style := st.Bar
		if i == 1 {
			style = st.BarAlt
		}
		lab := m.defName(r.Definition, true)
		if r.Projects.OK {
			lab += " · " + m.projects(r.Projects)
		}
		bars = append(bars, chart.Bar{Label: lab, Value: r.CapitalUSDm, Text: m.capital(r), Style: style})
	}
	return bars
}

// compareNotes are the status and conflict notes of the compared rows,
// each said once.
func (m *Model) compareNotes() []string {
	l := m.Ctx.Loc
	var out []string
	seen := map[string]bool{}
	for _, r := range m.compareRows() {
		if mk := i18n.Mark(r.Status); mk != "" {
			s := mk + " " + l.Status(r.Status)
			if !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
		if n := l.Pick(r.Note); n != "" && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}

// tableItem maps a row of the table face (the content page) to the chart
// face's item of the same key, so switching faces keeps the selection.
func (m *Model) tableItem(sec string, r content.Row) int {
	prefix := "y/"
	switch sec {
	case "fdi.by_country":
		prefix = "c/"
	case "fdi.summary":
		return -1
	}
	if n, ok := m.itemOf[prefix+r.Key]; ok {
		return n
	}
	return -1
}

func rankOrGap(l *i18n.Locale, r int) string {
	if r <= 0 {
		return i18n.Gap
	}
	return l.Rank(r, 0)
}

func (m *Model) detailTitle() string {
	d, l := m.Ctx.Data, m.Ctx.Loc
	it := m.items[m.Nav.Sel]
	if it.country {
		return l.Pick(d.FDICountry[it.idx].Country)
	}
	r := d.FDIYear[it.idx]
	return l.T("fdi.detail.year") + " " + m.period(r) + " — " + m.defName(r.Definition, false)
}

func (m *Model) detailFields() []common.Field {
	d, l := m.Ctx.Data, m.Ctx.Loc
	it := m.items[m.Nav.Sel]
	var fs []common.Field
	var meta dataset.Meta
	if it.country {
		c := d.FDICountry[it.idx]
		meta = c.Meta
		fs = append(fs,
			common.Field{Label: l.T("fdi.capital"), Value: common.WithMark(l.Fig(c.CapitalUSDm, dataset.UnitUSDm), c.Status)},
			common.Field{Label: l.T("fdi.projects_col"), Value: l.Num(c.Projects)},
			common.Field{Label: l.T("fdi.rank_capital"), Value: rankOrGap(l, c.RankCapital)},
			common.Field{Label: l.T("fdi.rank_projects"), Value: rankOrGap(l, c.RankProj)},
			common.Field{Label: l.T("fdi.asof"), Value: l.Date(content.CountryAsOf(c))},
		)
	} else {
		r := d.FDIYear[it.idx]
		meta = r.Meta
		fs = append(fs,
			common.Field{Label: l.T("fdi.definition"), Value: m.defName(r.Definition, false)},
			common.Field{Label: l.T("fdi.period"), Value: m.period(r)},
			common.Field{Label: l.T("fdi.projects_col"), Value: l.Num(r.Projects)},
			common.Field{Label: l.T("fdi.capital"), Value: m.capital(r)},
			common.Field{Label: l.T("fdi.rank"), Value: rankOrGap(l, r.Rank)},
		)
	}
	return append(fs, common.MetaFields(m.Ctx, meta, "")...)
}
