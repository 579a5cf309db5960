// Package fdi is the dashboard's FDI tab: registered capital by investing
// country (each with the date of its own latest figure), the number of
// investing countries, FDI by year kept apart by definition, and the 2024
// split between new projects and capital added to existing ones.
//
// FDI figures in the press use several definitions (new only, new + added,
// converted totals that include domestic capital). Mixing them produces
// numbers nobody published, so every series here is one definition.
//
// The focus year every tab shares marks (◆, and bold) the by-year rows of
// that year in every definition, picks the year of the new-versus-added
// split, and is set beside the countries' own as-of dates: a country's
// figure is a snapshot at its date, never a figure for the focus year.
//
// A province formed from others shows its own figures first, then each
// former province's capital by country under that section's title, which
// names the province and the date its figures run to. Each province's
// bars have their own scale: no bar is measured against, or added to,
// another province's.
package fdi

import (
	"math"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/chart"
	"github.com/provdash/provdash/internal/ui/common"
)

// Sections of the tab's content page the chart face draws.
const (
	secSummary = "fdi.summary"
	secCountry = "fdi.by_country"
	secYear    = "fdi.by_year."
)

// item is one selectable row: row idx of the page's section sec (a
// country, of the province or of a former one, or a year under one
// definition). Both faces read the page, so an item is where its row is.
type item struct {
	sec string
	idx int
}

// Model is the FDI tab.
type Model struct {
	common.ListTab

	items []item
	// itemOf maps a page row (section id and row key) to its item number,
	// so the table face selects what the chart face does.
	itemOf map[string]int
	// asOfYear is the year of each country's as-of date by itemKey of
	// its section and row key (0: none); the page carries only the
	// formatted date.
	asOfYear map[string]int
}

// focusMark marks what belongs to the focus year: not a status mark (▸ is
// "plan"), so the two never read alike.
const focusMark = "◆"

// New returns the tab; it draws nothing until SetContext and SetSize.
// From content.WideCols columns periods are written out ("Jan–Jul 2018",
// "7 tháng đầu năm 2018" for "7M 2018", "7T/2018"): narrower screens keep
// the short forms, which the `?` glossary explains.
func New() *Model {
	m := &Model{}
	m.Tab = content.Builtin("fdi")
	m.Frame, m.Bound = m.frame, m.bind
	m.Count = func() int { return len(m.items) }
	m.Long = content.Page.Long
	return m
}

// bind derives the tab's items from the page SetContext built.
func (m *Model) bind() {
	ctx := m.Ctx
	m.items = buildItems(m.Page)
	m.itemOf = make(map[string]int, len(m.items))
	for n, it := range m.items {
		m.itemOf[itemKey(it.sec, m.row(it).Key)] = n
	}
	m.asOfYear = map[string]int{}
	if ctx != nil && ctx.Data != nil && ctx.Loc != nil {
		// The province's countries, then each former province's, by the
		// section their rows are in: two provinces may list one country.
		sets := map[string]*dataset.Dataset{secCountry: ctx.Data}
		for _, p := range ctx.Scoped().Pred {
			sets[secCountry+"@"+p.ID] = p
		}
		for sec, d := range sets {
			for _, c := range d.FDICountry {
				// The page's row key: the country code, else its name.
				k := c.Code
				if k == "" {
					k = ctx.Loc.Pick(c.Country)
				}
				m.asOfYear[itemKey(sec, k)] = content.SignedYear(content.CountryAsOf(c))
			}
		}
	}
}

// buildItems are the page's country rows, then its year rows section by
// section, then each former province's country rows: the table face's
// order, so both faces number rows alike. The summary is no item: the
// count line shows it.
func buildItems(p content.Page) []item {
	var items []item
	for _, s := range p.Sections {
		if b := common.BaseID(s.ID); b != secCountry && !strings.HasPrefix(b, secYear) {
			continue
		}
		for i := range s.Rows {
			items = append(items, item{sec: s.ID, idx: i})
		}
	}
	return items
}

func itemKey(sec, key string) string { return sec + "\x00" + key }

// isCountry reports whether section sec is capital by country, the
// province's own or a former province's.
func isCountry(sec string) bool { return common.BaseID(sec) == secCountry }

func (m *Model) section(id string) content.Section {
	s, _ := m.Page.Section(id)
	return s
}

// row is the page row of an item.
func (m *Model) row(it item) content.Row { return m.section(it.sec).Rows[it.idx] }

// cell is the cell in column key of an item's row.
func (m *Model) cell(it item, key string) content.Cell {
	c, _ := m.section(it.sec).Cell(m.row(it), key)
	return c
}

// def is the definition of a year section ("new", "added"), "" for others.
func def(sec string) string { return strings.TrimPrefix(sec, secYear) }

func (m *Model) defName(d string, short bool) string {
	if !short {
		return content.DefinitionName(m.Ctx.Loc, d)
	}
	if s, ok := m.Ctx.Loc.Lookup("fdi.def.short." + d); ok {
		return s
	}
	return d
}

// capital is a year row's capital with its mark; capital added to
// existing projects is signed, as it adds to a stock.
func (m *Model) capital(it item) string {
	c := m.cell(it, "capital")
	if def(it.sec) == "added" && c.Num.OK && c.Num.V > 0 && c.Num.Qual == "" {
		c.Text = "+" + c.Text
	}
	return common.Marked(c)
}

// projects is "12 dự án", a gap when the row has no count.
func (m *Model) projects(it item) string {
	c := m.cell(it, "projects")
	if !c.Num.OK {
		return i18n.Gap
	}
	return m.Ctx.Loc.Tf("fdi.projects", c.Text)
}

// frame is the tab's part of its frame (common.ListFrame).
func (m *Model) frame() common.ListFrame {
	l := m.Ctx.Loc
	var sel content.Section
	if m.Nav.Sel >= 0 && m.Nav.Sel < len(m.items) {
		sel = m.section(m.items[m.Nav.Sel].sec)
	}
	return common.ListFrame{Title: l.T("fdi.heading"), Sub: []string{m.countLine(), common.WhoseLine(m.Ctx, m.Page, sel, m.W)},
		N: len(m.items), Empty: l.T("fdi.empty"),
		Detail: func() (string, []common.Field, string) { return m.detailTitle(), m.detailFields(), l.T("fdi.hint") },
		Chart:  m.chartBody, Table: m.tableItem}
}

// countLine is the number of investing countries and territories, with its
// status mark and date (a gap when the page has no summary). Beside former
// provinces' rows it names the province it counts: the count is its own,
// not one of every row shown.
func (m *Model) countLine() string {
	l, st := m.Ctx.Loc, m.Ctx.Styles
	// In a sentence, not a column: the figure with its mark, no blanks
	// kept for a mark it does not have (">30   countries").
	n, date := i18n.Gap, ""
	if s, ok := m.Page.Section(secSummary); ok && len(s.Rows) > 0 {
		r := s.Rows[0]
		v, _ := s.Cell(r, "value")
		n = v.String()
		if d, ok := s.Cell(r, "date"); ok && r.Date != "" {
			date = d.Text
		}
	}
	s := st.CardValue.Render(n) + " " + st.Muted.Render(l.T("fdi.countries_n"))
	if common.Merged(m.Page) {
		s = st.Muted.Render(l.Pick(m.Ctx.Data.Name)+": ") + s
	}
	if date != "" {
		s += st.Faint.Render(" · " + l.AsOf(date))
	}
	return common.Fit(s, m.W, 1)
}

func (m *Model) opts() chart.Opts {
	return chart.Opts{Styles: m.Ctx.Styles, Loc: m.Ctx.Loc, ASCII: m.Ctx.ASCII}
}

// chartBody lays the chart face out once per page, context and width:
// the countries' bars, the split of one year and FDI by year, then each
// former province's countries' bars. Rows are drawn only when shown.
func (m *Model) chartBody() *common.Body {
	l, st := m.Ctx.Loc, m.Ctx.Styles
	b := &common.Body{}
	year := m.Ctx.FocusYear()
	b.Add(common.Heading(m.Ctx, l.T("fdi.by_country"), l.T("fdi.by_country_nb"), m.W))
	if !m.countries(b, secCountry) {
		// A province may publish no figure by country (the new one
		// does not yet): a line says so rather than an empty chart.
		b.Add(common.Text(st.Muted.Render("  " + i18n.Gap + " " + l.T("app.gap"))))
	}

	// The split of one year: new projects beside capital added.
	if cy, nb := m.compareYear(), m.compareBars(); len(nb) > 0 {
		head, nbText := l.Tf("fdi.y2024", cy), ""
		if cy == year {
			head = focusMark + " " + head
		} else {
			nbText = l.Tf("fdi.compare_other", year)
		}
		b.Add(common.Text(""), common.Heading(m.Ctx, head, nbText, m.W))
		bw := min(m.W, 110) - 2
		for _, bl := range chart.HBars(bw, nb, 0, m.opts()) {
			b.Add(common.Text("  " + bl))
		}
		for _, n := range m.compareNotes() {
			b.Add(common.WrapText(n, min(m.W, 110)-2, func(s ...string) string { return "  " + st.Faint.Render(s...) })...)
		}
	}

	// FDI by year, one block per definition, in one grid for all
	// definitions so the columns line up across blocks.
	b.Add(common.Text(""), common.Heading(m.Ctx, l.T("fdi.by_year"), l.T("fdi.by_year_nb"), m.W))
	var per, pro, capi, rk []string
	var rows []int // item number of each grid row
	focus := 0
	for n, it := range m.items {
		if isCountry(it.sec) {
			continue
		}
		// The mark leads the period so it survives any column cut and
		// the selection's reverse video.
		p := "  " + m.cell(it, "period").Text
		if m.row(it).Year == year {
			p = focusMark + " " + m.cell(it, "period").Text
			focus++
		}
		per = append(per, p)
		pro = append(pro, m.projects(it))
		capi = append(capi, m.capital(it))
		r := ""
		if c := m.cell(it, "rank"); c.Num.OK {
			r = l.Tf("fdi.rank_nat", c.Text)
		}
		rk = append(rk, r)
		rows = append(rows, n)
	}
	t := common.Plan([]common.Column{
		{Cells: per, Prio: 0},
		{Cells: capi, Right: true, Prio: 1},
		{Cells: pro, Right: true, Prio: 2},
		{Cells: rk, Prio: 3},
	}, min(m.W, 110)-4)
	key := l.Tf("fdi.focus_none", year)
	if focus > 0 {
		key = l.Tf("fdi.focus_rows", focusMark, year)
	}
	b.Add(common.Text(common.Fit("  "+st.Faint.Render(key), m.W, 1)))
	for start := 0; start < len(rows) && start < t.Len(); {
		// One run per definition, under its name.
		sec := m.items[rows[start]].sec
		end := start
		for end < len(rows) && end < t.Len() && m.items[rows[end]].sec == sec {
			end++
		}
		b.Add(common.Text(st.Accent.Render("  " + m.defName(def(sec), false))))
		first := start
		b.Rows(end-first, func(k int) int { return rows[first+k] }, func(k, sel int) string {
			r := first + k
			n := rows[r]
			if m.row(m.items[n]).Year == year && n != sel {
				// The focus year's rows: bold as well as marked.
				return "    " + t.Render(r, st.Bold)
			}
			return t.Row(st, r, n, sel, 4).S
		})
		start = end
	}
	for _, sec := range m.Page.Sections {
		if sec.From != "" && isCountry(sec.ID) {
			b.Add(common.Text(""), common.PredHeading(m.Ctx, m.Page, sec, "", m.W))
			m.countries(b, sec.ID)
		}
	}
	return b
}

// countries lays out the bars of section sec's countries, largest first,
// each with the date of its own figure, and reports whether it had any.
// The rows shown are drawn by one HBars call with the bars that set its
// label and value columns (their lines dropped) and the scale of all of
// sec's bars, so labels and values align as for the whole list and bars
// are measured against their own province's only. The as-of column is
// appended, and gaps are placed under their own sub-heading.
func (m *Model) countries(b *common.Body, sec string) bool {
	l, st := m.Ctx.Loc, m.Ctx.Styles
	// A chart.Bar carries its style: bars are made for the rows drawn,
	// from what the layout keeps of each (label, value, text).
	var bars []countryBar
	var dates []string
	var its []int
	dw, year, inFocus := 0, m.Ctx.FocusYear(), 0
	for n, it := range m.items {
		if it.sec != sec {
			continue
		}
		c := m.cell(it, "capital")
		bars = append(bars, countryBar{label: m.row(it).Label, value: c.Num, text: common.Marked(c)})
		ds := m.cell(it, "asof").Text
		if m.asOfYear[itemKey(sec, m.row(it).Key)] == year {
			ds = focusMark + " " + ds
			inFocus++
		}
		dates = append(dates, ds)
		its = append(its, n)
		dw = max(dw, lipgloss.Width(ds))
	}
	if len(bars) == 0 {
		return false
	}
	bw := min(m.W, 110) - 2 - dw - 2
	if bw < 20 {
		bw, dw = m.W-2, 0
	}
	if dw > 0 {
		b.Add(common.Text(strings.Repeat(" ", 2+bw+2-max(0, lipgloss.Width(l.T("fdi.asof"))-dw)) + st.TableHeader.Render(l.T("fdi.asof"))))
	}
	bar := func(i int) chart.Bar {
		b := bars[i]
		return chart.Bar{Label: b.label, Value: b.value, Text: b.text, Style: st.Bar}
	}
	var wide []chart.Bar
	widest, scale := widestBars(bars)
	for _, i := range widest {
		wide = append(wide, bar(i))
	}
	draw := func(lo, hi, sel int) []string {
		win := make([]chart.Bar, 0, hi-lo+len(wide))
		for i := lo; i < hi; i++ {
			b := bar(i)
			b.Selected = its[i] == sel
			win = append(win, b)
		}
		lines := chart.HBars(bw, append(win, wide...), scale, m.opts())
		out := make([]string, 0, hi-lo)
		for k, bl := range lines[:hi-lo] {
			i := lo + k
			mark, cell := "  ", ""
			if dw > 0 {
				cell = "  " + common.PadLeft(dates[i], dw)
			}
			if its[i] == sel {
				mark = st.Selected.Render("›") + " "
				cell = st.Selected.Render(cell)
			} else {
				cell = st.Faint.Render(cell)
			}
			out = append(out, mark+common.Pad(bl, bw)+cell)
		}
		return out
	}
	gap := len(bars)
	for i, b := range bars {
		if !b.value.OK {
			gap = i
			break
		}
	}
	b.Block(gap, func(k int) int { return its[k] }, func(k int) int { return its[k] }, draw)
	if gap < len(bars) {
		b.Add(common.Text(st.Muted.Render("  " + l.T("fdi.no_capital"))))
		b.Block(len(bars)-gap, func(k int) int { return its[gap+k] }, func(k int) int { return its[gap+k] }, func(lo, hi, sel int) []string {
			return draw(gap+lo, gap+hi, sel)
		})
	}
	// Each figure is a snapshot at its own date: say so beside the
	// focus year, so no one reads them as that year's.
	note := l.Tf("fdi.asof_focus_none", year)
	if inFocus > 0 {
		note = l.Tf("fdi.asof_focus", year, focusMark)
	}
	b.Add(common.WrapText(note, min(m.W, 110)-2, func(s ...string) string { return "  " + st.Faint.Render(s...) })...)
	return true
}

// countryBar is what the layout keeps of a country's bar.
type countryBar struct {
	label string
	value dataset.Num
	text  string
}

// widestBars are the bars that set HBars' label and value columns (the
// widest label, the widest value, a gap) and the largest magnitude among
// bars: given with any few bars, HBars lays them out as it would the
// whole list.
func widestBars(bars []countryBar) ([]int, float64) {
	label, value, gap, lw, vw := -1, -1, -1, -1, -1
	scale := 0.0
	for i, b := range bars {
		if w := lipgloss.Width(b.label); w > lw {
			label, lw = i, w
		}
		if !b.value.OK || math.IsNaN(b.value.V) || math.IsInf(b.value.V, 0) {
			if gap < 0 {
				gap = i
			}
			continue
		}
		scale = max(scale, math.Abs(b.value.V))
		if w := lipgloss.Width(b.text); w > vw {
			value, vw = i, w
		}
	}
	var out []int
	for _, i := range []int{label, value, gap} {
		if i >= 0 {
			out = append(out, i)
		}
	}
	return out, scale
}

// compareYear is the year whose full-year new and added rows are set
// side by side: the focus year when it has both, else the latest year
// that does (0: none), so the split follows the focus year where the
// data allows and is never of a year without both rows.
func (m *Model) compareYear() int {
	has := func(d string, y int) bool {
		for _, r := range m.section(secYear + d).Rows {
			if r.Key == d+"/"+strconv.Itoa(y) {
				return true
			}
		}
		return false
	}
	if y := m.Ctx.FocusYear(); has("new", y) && has("added", y) {
		return y
	}
	best := 0
	for _, r := range m.section(secYear + "new").Rows {
		if r.Year > best && has("new", r.Year) && has("added", r.Year) {
			best = r.Year
		}
	}
	return best
}

// compareItems are the compared year's full-year "new" and "added" rows,
// when present (see compareYear).
func (m *Model) compareItems() []item {
	y := m.compareYear()
	if y == 0 {
		return nil
	}
	var out []item
	for _, d := range []string{"new", "added"} {
		s := m.section(secYear + d)
		for i, r := range s.Rows {
			if r.Key == d+"/"+strconv.Itoa(y) {
				out = append(out, item{sec: s.ID, idx: i})
				break
			}
		}
	}
	return out
}

func (m *Model) compareBars() []chart.Bar {
	st := m.Ctx.Styles
	var bars []chart.Bar
	for i, it := range m.compareItems() {
		style := st.Bar
		if i == 1 {
			style = st.BarAlt
		}
		lab := m.defName(def(it.sec), true)
		if p := m.cell(it, "projects"); p.Num.OK {
			lab += " · " + m.projects(it)
		}
		bars = append(bars, chart.Bar{Label: lab, Value: m.cell(it, "capital").Num, Text: m.capital(it), Style: style})
	}
	return bars
}

// compareNotes are the status and conflict notes of the compared rows,
// each said once.
func (m *Model) compareNotes() []string {
	var out []string
	seen := map[string]bool{}
	for _, it := range m.compareItems() {
		r := m.row(it)
		if mk := i18n.Mark(r.Status); mk != "" {
			s := mk + " " + m.cell(it, "status").Text
			if !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
		if n := r.Note; n != "" && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}

// tableItem maps a row of the table face (the content page) to the chart
// face's item of the same row, so switching faces keeps the selection.
func (m *Model) tableItem(sec string, r content.Row) int {
	if n, ok := m.itemOf[itemKey(sec, r.Key)]; ok {
		return n
	}
	return -1
}

func (m *Model) detailTitle() string {
	it := m.items[m.Nav.Sel]
	if isCountry(it.sec) {
		return m.row(it).Label
	}
	return m.Ctx.Loc.T("fdi.detail.year") + " " + m.cell(it, "period").Text + " — " + m.defName(def(it.sec), false)
}

func (m *Model) detailFields() []common.Field {
	l := m.Ctx.Loc
	it := m.items[m.Nav.Sel]
	var fs []common.Field
	if p := common.Whose(m.Ctx, m.section(it.sec)); p != "" {
		fs = append(fs, common.Field{Label: l.T("content.col.province"), Value: p})
	}
	if isCountry(it.sec) {
		fs = append(fs,
			common.Field{Label: l.T("fdi.capital"), Value: common.Marked(m.cell(it, "capital"))},
			common.Field{Label: l.T("fdi.projects_col"), Value: m.cell(it, "projects").Text},
			common.Field{Label: l.T("fdi.rank_capital"), Value: m.cell(it, "rank_capital").Text},
			common.Field{Label: l.T("fdi.rank_projects"), Value: m.cell(it, "rank_projects").Text},
			common.Field{Label: l.T("fdi.asof"), Value: m.cell(it, "asof").Text},
		)
	} else {
		fs = append(fs,
			common.Field{Label: l.T("fdi.definition"), Value: m.defName(def(it.sec), false)},
			common.Field{Label: l.T("fdi.period"), Value: m.cell(it, "period").Text},
			common.Field{Label: l.T("fdi.projects_col"), Value: m.cell(it, "projects").Text},
			common.Field{Label: l.T("fdi.capital"), Value: m.capital(it)},
			common.Field{Label: l.T("fdi.rank"), Value: m.cell(it, "rank").Text},
		)
	}
	return append(fs, common.MetaFields(m.Ctx, common.RowMeta(m.section(it.sec), m.row(it)), "")...)
}
