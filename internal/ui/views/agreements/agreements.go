// Package agreements is the dashboard's international-agreements tab: a
// timeline of agreement periods by year (a point at the signing year for
// agreements without a period) and a list with partner, country, level,
// type, signing date, period and whether an independent source confirms it.
//
// Several agreements named in the provincial Department of Foreign
// Affairs' article could not be found in any other source, so "verified"
// is spelled out in words and a mark, never by colour alone.
package agreements

import (
	tea "charm.land/bubbletea/v2"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/ui/chart"
	"github.com/provdash/provdash/internal/ui/common"
)

// Model is the agreements tab. Its items are the rows of the page's one
// section, by signing date, so the table face's rows are the items.
type Model struct {
	common.ListTab
}

// New returns the tab; it draws nothing until SetContext and SetSize.
func New() *Model {
	m := &Model{}
	m.Tab = content.Builtin("agreements")
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

// section is the page's agreements section (empty before SetContext).
func (m *Model) section() content.Section {
	s, _ := m.Page.Section("agreements")
	return s
}

func (m *Model) count() int { return len(m.section().Rows) }

// row is the page row of item n.
func (m *Model) row(n int) content.Row { return m.section().Rows[n] }

// text is the text of the cell in column key of row r.
func (m *Model) text(r content.Row, key string) string {
	c, _ := m.section().Cell(r, key)
	return c.Text
}

// year is the row's first or last year (More's "from", "to"), 0 for none.
func year(r content.Row, key string) int {
	if c, ok := r.Extra(key); ok && c.Num.OK {
		return int(c.Num.V)
	}
	return 0
}

// verified reports whether an independent source confirms the agreement.
func verified(r content.Row) bool {
	c, ok := r.Extra("verified")
	return ok && c.Num.OK && c.Num.V == 1
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
	m.Render(common.ListFrame{Title: l.T("agreements.heading"), Sub: []string{m.countLine(), ""},
		N: m.count(), Empty: l.T("agreements.empty"),
		Detail: func() (string, []common.Field, string) {
			return m.row(m.Nav.Sel).Label, m.detailFields(), l.T("agreements.hint")
		},
		Chart: func() []common.Line { return append(m.timeline(), m.list()...) }})
}

// countLine is how many agreements there are and how many are verified:
// the section's intro.
func (m *Model) countLine() string {
	return common.Fit(m.Ctx.Styles.Muted.Render(m.section().Intro), m.W, 1)
}

// timeline draws one span per agreement over the years they cover; the
// selected agreement is highlighted there as well as in the list.
func (m *Model) timeline() []common.Line {
	l, st := m.Ctx.Loc, m.Ctx.Styles
	var spans []chart.Span
	from, to := 0, 0
	for n, r := range m.section().Rows {
		s := chart.Span{Label: r.Label, Style: st.Bar, Selected: n == m.Nav.Sel}
		switch f, t := year(r, "from"), year(r, "to"); {
		case f > 0:
			s.From, s.To = f, t
			if t <= 0 {
				s.To, s.Open = f, true
			}
		default:
			if r.Year == 0 {
				continue
			}
			s.From, s.To = r.Year, r.Year
			s.Style = st.BarAlt
		}
		if !verified(r) {
			s.Style = st.BarDim
			if st.Mono {
				s.Style = st.Faint
			}
			s.Mark = "✗"
		}
		if from == 0 || s.From < from {
			from = s.From
		}
		to = max(to, s.To)
		spans = append(spans, s)
	}
	if len(spans) == 0 {
		return nil
	}
	out := []common.Line{common.Heading(m.Ctx, l.T("agreements.timeline"), l.T("agreements.timeline_nb"), m.W)}
	for _, tl := range chart.Timeline(min(m.W, 140)-2, spans, from, to, chart.Opts{Styles: st, Loc: l, ASCII: m.Ctx.ASCII}) {
		out = append(out, common.Text("  "+tl))
	}
	return append(out, common.Text(""))
}

// list is the agreements as a list under the timeline. Narrow widths drop
// level, period, type and country, in that order.
func (m *Model) list() []common.Line {
	l, st := m.Ctx.Loc, m.Ctx.Styles
	var partner, country, level, kind, signed, period, ver []string
	for _, r := range m.section().Rows {
		partner = append(partner, r.Label)
		country = append(country, m.text(r, "country"))
		level = append(level, m.text(r, "level"))
		kind = append(kind, m.text(r, "kind"))
		signed = append(signed, m.text(r, "signed"))
		period = append(period, m.text(r, "period"))
		ver = append(ver, m.text(r, "verified"))
	}
	cols := []common.Column{
		{Head: l.T("agreements.partner"), Cells: partner, Prio: 0},
		{Head: l.T("agreements.country"), Cells: country, Prio: 4},
		{Head: l.T("agreements.level"), Cells: level, Prio: 7},
		{Head: l.T("agreements.kind"), Cells: kind, Prio: 5},
		{Head: l.T("agreements.signed"), Cells: signed, Prio: 2},
		{Head: l.T("agreements.period"), Cells: period, Prio: 6},
		{Head: l.T("agreements.verified"), Cells: ver, Prio: 1},
	}
	tb := common.Grid(cols, m.W-2)
	out := []common.Line{common.Heading(m.Ctx, l.T("agreements.list"), "", m.W), common.Text("  " + st.TableHeader.Render(tb.Head))}
	for r := range tb.Rows {
		out = append(out, tb.Row(st, r, r, m.Nav.Sel, 2))
	}
	return out
}

func (m *Model) detailFields() []common.Field {
	l := m.Ctx.Loc
	r := m.row(m.Nav.Sel)
	fs := []common.Field{
		{Label: l.T("agreements.country"), Value: m.text(r, "country")},
		{Label: l.T("agreements.level"), Value: m.text(r, "level")},
		{Label: l.T("agreements.kind"), Value: m.text(r, "kind")},
		{Label: l.T("agreements.signed"), Value: m.text(r, "signed")},
		{Label: l.T("agreements.period"), Value: m.text(r, "period")},
		{Label: l.T("agreements.verified"), Value: m.text(r, "verified")},
	}
	return append(fs, common.MetaFields(m.Ctx, meta(m.section(), r), "")...)
}
