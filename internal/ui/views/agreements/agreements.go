// Package agreements is the dashboard's international-agreements tab: a
// timeline of agreement periods by year (a point at the signing year for
// agreements without a period) and a list with partner, country, level,
// type, signing date, period and whether an independent source confirms it.
//
// Several agreements in the seed article could not be found anywhere else,
// so "verified" is spelled out in words and a mark, never by colour alone.
package agreements

import (
	tea "charm.land/bubbletea/v2"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/chart"
	"github.com/provdash/provdash/internal/ui/common"
)

// Model is the agreements tab.
type Model struct {
	common.ListTab

	order []int // indexes into Agreements, by signing date
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
	m.order = nil
	if ctx != nil && ctx.Data != nil {
		// The content page's order, so the table face's rows are the items.
		m.order = content.AgreementOrder(ctx.Data.Agreements)
	}
	m.Nav.Sel = common.Clamp(m.Nav.Sel, 0, len(m.order)-1)
	m.rebuild()
}

// SetSize implements common.View.
func (m *Model) SetSize(w, h int) {
	m.Resize(w, h)
	m.rebuild()
}

// Update implements common.View.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	if m.Key(msg, len(m.order), m.Nav.PageRows) {
		m.rebuild()
	}
	return nil
}

func (m *Model) agreement(n int) dataset.Agreement { return m.Ctx.Data.Agreements[m.order[n]] }

func (m *Model) period(a dataset.Agreement) string { return content.Period(a) }

func (m *Model) level(s string) string {
	if s == "" {
		return i18n.Gap
	}
	if t, ok := m.Ctx.Loc.Lookup("agreements.level." + s); ok {
		return t
	}
	return s
}

func (m *Model) verified(a dataset.Agreement) string {
	if a.Verified {
		return m.Ctx.Loc.T("agreements.yes")
	}
	return m.Ctx.Loc.T("agreements.no")
}

func (m *Model) rebuild() {
	if !m.Ready() {
		m.Out = ""
		return
	}
	l := m.Ctx.Loc
	m.Render(common.ListFrame{Title: l.T("agreements.heading"), Sub: []string{m.countLine(), ""},
		N: len(m.order), Empty: l.T("agreements.empty"),
		Detail: func() (string, []common.Field, string) {
			return l.Pick(m.agreement(m.Nav.Sel).Partner), m.detailFields(), l.T("agreements.hint")
		},
		Chart: func() []common.Line { return append(m.timeline(), m.list()...) }})
}

func (m *Model) countLine() string {
	st := m.Ctx.Styles
	v := 0
	for _, a := range m.Ctx.Data.Agreements {
		if a.Verified {
			v++
		}
	}
	return common.Fit(st.Muted.Render(m.Ctx.Loc.Tf("agreements.count", len(m.order), v)), m.W, 1)
}

// timeline draws one span per agreement over the years they cover; the
// selected agreement is highlighted there as well as in the list.
func (m *Model) timeline() []common.Line {
	l, st := m.Ctx.Loc, m.Ctx.Styles
	var spans []chart.Span
	from, to := 0, 0
	for n := range m.order {
		a := m.agreement(n)
		s := chart.Span{Label: l.Pick(a.Partner), Style: st.Bar, Selected: n == m.Nav.Sel}
		switch {
		case a.From > 0:
			s.From, s.To = a.From, a.To
			if a.To <= 0 {
				s.To, s.Open = a.From, true
			}
		default:
			y := content.SignedYear(a.Signed)
			if y == 0 {
				continue
			}
			s.From, s.To = y, y
			s.Style = st.BarAlt
		}
		if !a.Verified {
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
	for n := range m.order {
		a := m.agreement(n)
		partner = append(partner, l.Pick(a.Partner))
		country = append(country, l.Pick(a.Country))
		level = append(level, m.level(a.Level))
		kind = append(kind, l.Pick(a.Kind))
		signed = append(signed, l.Date(a.Signed))
		period = append(period, m.period(a))
		ver = append(ver, m.verified(a))
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
	a := m.agreement(m.Nav.Sel)
	fs := []common.Field{
		{Label: l.T("agreements.country"), Value: common.OrGap(l.Pick(a.Country))},
		{Label: l.T("agreements.level"), Value: m.level(a.Level)},
		{Label: l.T("agreements.kind"), Value: common.OrGap(l.Pick(a.Kind))},
		{Label: l.T("agreements.signed"), Value: l.Date(a.Signed)},
		{Label: l.T("agreements.period"), Value: m.period(a)},
		{Label: l.T("agreements.verified"), Value: m.verified(a)},
	}
	return append(fs, common.MetaFields(m.Ctx, a.Meta, "")...)
}
