// Package zones is the dashboard's industrial-zones tab: the totals for
// industrial parks (KCN) and clusters (CCN), then one row per park with its
// area, occupancy (a meter, the percentage and the date the figure refers
// to), district and stage. A park's detail gives its developer, tenants,
// the occupancy history note and the source.
//
// Occupancy figures for Bắc Giang's parks come from different years; the
// date travels with every percentage so two parks are never compared as if
// measured on the same day.
package zones

import (
	tea "charm.land/bubbletea/v2"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/chart"
	"github.com/provdash/provdash/internal/ui/common"
)

// Model is the zones tab. Items are the totals (parks, clusters) followed
// by the parks, as the page's sections give them, so the totals' conflict
// notes can be opened too and the table face's rows are the items.
type Model struct {
	common.ListTab
}

// New returns the tab; it draws nothing until SetContext and SetSize.
func New() *Model {
	m := &Model{}
	m.Tab = content.Builtin("zones")
	return m
}

// SetContext implements common.View.
func (m *Model) SetContext(ctx *common.Context) {
	m.Bind(ctx)
	m.Nav.Sel = common.Clamp(m.Nav.Sel, 0, m.count()-1)
	m.rebuild()
}

// SetSize implements common.View.
func (m *Model) SetSize(w, h int) {
	m.Resize(w, h)
	m.rebuild()
}

// Update implements common.View.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	if m.Key(msg, m.count(), m.Nav.PageRows) {
		m.rebuild()
	}
	return nil
}

func (m *Model) section(id string) content.Section {
	s, _ := m.Page.Section(id)
	return s
}

func (m *Model) totalsSec() content.Section { return m.section("zones.totals") }
func (m *Model) parksSec() content.Section  { return m.section("zones.parks") }

func (m *Model) count() int { return len(m.totalsSec().Rows) + len(m.parksSec().Rows) }

// at returns the section and row of item n: a total, then a park.
func (m *Model) at(n int) (content.Section, content.Row) {
	t := m.totalsSec()
	if n < len(t.Rows) {
		return t, t.Rows[n]
	}
	p := m.parksSec()
	return p, p.Rows[n-len(t.Rows)]
}

// marked is a figure cell with its mark, or two blanks in the mark's
// place so right-aligned digits line up.
func marked(c content.Cell) string {
	if c.Mark == "" {
		return c.Text + "  "
	}
	return c.Text + " " + c.Mark
}

// cell is the cell in column key of row r of s (a blank cell when the
// section has no such column).
func cell(s content.Section, r content.Row, key string) content.Cell {
	c, _ := s.Cell(r, key)
	return c
}

// extra is the row's cell kept beside its columns, a gap when absent.
func extra(r content.Row, key string) content.Cell {
	if c, ok := r.Extra(key); ok {
		return c
	}
	return content.Cell{Text: i18n.Gap}
}

// leased is "of which N ha leased", "" when the total has no such figure.
func (m *Model) leased(s content.Section, r content.Row) string {
	if c := cell(s, r, "leased"); c.Num.OK {
		return m.Ctx.Loc.Tf("zones.leased", c.Text)
	}
	return ""
}

// meta is what a row's detail cites: its status, date, note and source.
func meta(s content.Section, r content.Row) dataset.Meta {
	m := dataset.Meta{Status: r.Status, Date: r.Date, Note: dataset.Text{VI: r.Note, EN: r.Note}}
	if c, ok := s.Cell(r, "source"); ok && len(c.Cite) > 0 {
		m.Source = c.Cite[0]
	}
	return m
}

func (m *Model) rebuild() {
	if !m.Ready() {
		m.Out = ""
		return
	}
	l := m.Ctx.Loc
	// The table face is the content page: totals then parks, in the chart
	// face's item order (Sequential), so the selection stays on switching.
	m.Render(common.ListFrame{Title: l.T("zones.heading"), Sub: []string{""},
		N: m.count(), Empty: l.T("zones.empty"),
		Detail: func() (string, []common.Field, string) { return m.detailTitle(), m.detailFields(), l.T("zones.hint") },
		Chart:  m.chartBody})
}

// chartBody is the totals, then the parks: laid out once per page,
// context and width, each row drawn only when shown.
func (m *Model) chartBody() *common.Body {
	b := &common.Body{}
	m.totals(b)
	m.parks(b)
	return b
}

// totals are the park and cluster counts and areas, each with its status
// mark, then their notes (the disclosed conflicts), wrapped.
func (m *Model) totals(b *common.Body) {
	l, st := m.Ctx.Loc, m.Ctx.Styles
	s := m.totalsSec()
	if len(s.Rows) == 0 {
		return
	}
	var kind, cnt, area, leased, date []string
	for _, r := range s.Rows {
		kind = append(kind, r.Label)
		cnt = append(cnt, marked(cell(s, r, "count")))
		area = append(area, marked(cell(s, r, "area")))
		leased = append(leased, m.leased(s, r))
		dt := ""
		if r.Date != "" {
			dt = l.T("app.asof") + " " + cell(s, r, "date").Text
		}
		date = append(date, dt)
	}
	tb := common.Plan([]common.Column{
		{Cells: kind, Prio: 0},
		{Cells: cnt, Right: true, Prio: 1},
		{Cells: area, Right: true, Prio: 2},
		{Cells: date, Prio: 3},
		{Cells: leased, Prio: 4},
	}, m.W-2)
	b.Rows(tb.Len(), func(r int) int { return r }, func(r, sel int) string { return tb.Row(st, r, r, sel, 2).S })
	nw := min(m.W, 120) - 4
	for _, r := range s.Rows {
		if r.Note != "" {
			pre := r.Label
			if mk := i18n.Mark(r.Status); mk != "" {
				pre += " " + mk
			}
			b.Add(common.WrapText(pre+": "+r.Note, nw, func(s ...string) string { return "    " + st.Faint.Render(s...) })...)
		}
	}
	b.Add(common.Text(""))
}

// parks is the list of parks with an occupancy meter. Narrow widths drop
// columns, least important first: district, stage, date, meter, area.
func (m *Model) parks(b *common.Body) {
	l, st := m.Ctx.Loc, m.Ctx.Styles
	s := m.parksSec()
	if len(s.Rows) == 0 {
		return
	}
	mw := 10
	switch {
	case m.W >= 160:
		mw = 24
	case m.W >= 110:
		mw = 16
	}
	o := chart.Opts{Styles: st, Loc: l, ASCII: m.Ctx.ASCII}
	var name, dist, area, occ, occd, stage []string
	var pcts []dataset.Num
	for _, r := range s.Rows {
		pct := extra(r, "occ_pct")
		name = append(name, r.Label)
		dist = append(dist, district(s, r))
		area = append(area, marked(cell(s, r, "area")))
		pcts = append(pcts, pct.Num)
		occ = append(occ, marked(pct))
		occd = append(occd, extra(r, "occ_date").Text)
		stage = append(stage, cell(s, r, "stage").Text)
	}
	cols := []common.Column{
		{Head: l.T("zones.name"), Cells: name, Prio: 0},
		{Head: l.T("zones.district"), Cells: dist, Prio: 7},
		{Head: l.T("zones.area"), Cells: area, Right: true, Prio: 2},
		// Meters are drawn for the rows on screen only.
		{Head: "", Draw: func(r int) string { return common.Pad(chart.Meter(mw, pcts[r], o), mw) }, Width: mw, Raw: true, Prio: 4},
		{Head: l.T("zones.occupancy"), Cells: occ, Right: true, Prio: 1},
		{Head: l.T("zones.occ_date"), Cells: occd, Prio: 3},
		{Head: l.T("zones.stage"), Cells: stage, Prio: 5},
	}
	tb := common.Plan(cols, m.W-2)
	b.Add(common.Text(common.Fit(st.Heading.Render(l.T("zones.parks"))+st.Faint.Render(" · "+l.T("zones.parks_nb")), m.W, 1)))
	b.Add(common.Text("  " + st.TableHeader.Render(tb.Head)))
	off := len(m.totalsSec().Rows)
	b.Rows(tb.Len(), func(r int) int { return off + r }, func(r, sel int) string { return tb.Row(st, r, off+r, sel, 2).S })
}

// district is a park's district, blank in the list when unknown (the gap
// would only add noise to a column of names; the detail says "—").
func district(s content.Section, r content.Row) string {
	if c := cell(s, r, "district"); !c.Gap() {
		return c.Text
	}
	return ""
}

func (m *Model) detailTitle() string {
	_, r := m.at(m.Nav.Sel)
	return r.Label
}

func (m *Model) detailFields() []common.Field {
	l := m.Ctx.Loc
	s, r := m.at(m.Nav.Sel)
	if s.ID == "zones.totals" {
		fs := []common.Field{
			{Label: l.T("zones.count"), Value: marked(cell(s, r, "count"))},
			{Label: l.T("zones.area"), Value: marked(cell(s, r, "area"))},
		}
		if ls := m.leased(s, r); ls != "" {
			fs = append(fs, common.Field{Label: "", Value: ls})
		}
		return append(fs, common.MetaFields(m.Ctx, meta(s, r), "")...)
	}
	occ := marked(extra(r, "occ_pct"))
	if d := extra(r, "occ_date"); !d.Gap() {
		occ += " (" + d.Text + ")"
	}
	fs := []common.Field{
		{Label: l.T("zones.district"), Value: cell(s, r, "district").Text},
		{Label: l.T("zones.area"), Value: marked(cell(s, r, "area"))},
		{Label: l.T("zones.occupancy"), Value: occ},
		{Label: l.T("zones.stage"), Value: cell(s, r, "stage").Text},
		{Label: l.T("zones.developer"), Value: cell(s, r, "developer").Text},
		{Label: l.T("zones.tenants"), Value: extra(r, "tenants").Text},
	}
	return append(fs, common.MetaFields(m.Ctx, meta(s, r), l.T("zones.history"))...)
}
