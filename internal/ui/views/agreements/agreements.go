// Package agreements is the dashboard's international-agreements tab: a
// timeline of agreement periods by year (a point at the signing year for
// agreements without a period) and a list with partner, country, level,
// type, signing date, period and whether an independent source confirms it.
//
// Several agreements in the seed article could not be found anywhere else,
// so "verified" is spelled out in words and a mark, never by colour alone.
package agreements

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/chart"
	"github.com/provdash/provdash/internal/ui/common"
)

// Model is the agreements tab.
type Model struct {
	ctx  *common.Context
	w, h int
	nav  common.ListNav

	order []int // indexes into Agreements, by signing date
	out   string
}

// New returns the tab; it draws nothing until SetContext and SetSize.
func New() *Model { return &Model{} }

// ID implements common.View.
func (m *Model) ID() string { return "agreements" }

// Title implements common.View.
func (m *Model) Title(loc *i18n.Locale) string { return loc.T("agreements.title") }

// SetContext implements common.View.
func (m *Model) SetContext(ctx *common.Context) {
	m.ctx = ctx
	m.order = nil
	if ctx != nil && ctx.Data != nil {
		as := ctx.Data.Agreements
		for i := range as {
			m.order = append(m.order, i)
		}
		slices.SortStableFunc(m.order, func(a, b int) int { return cmp.Compare(as[a].Signed, as[b].Signed) })
	}
	m.nav.Sel = common.Clamp(m.nav.Sel, 0, len(m.order)-1)
	m.rebuild()
}

// SetSize implements common.View.
func (m *Model) SetSize(w, h int) {
	m.w, m.h = max(0, w), max(0, h)
	m.rebuild()
}

// Capturing implements common.View.
func (m *Model) Capturing() bool { return m.nav.Detail }

// ShortHelp implements common.View.
func (m *Model) ShortHelp() []key.Binding {
	if m.ctx == nil {
		return nil
	}
	return m.nav.ShortHelp(m.ctx.Keys)
}

// FullHelp implements common.View.
func (m *Model) FullHelp() [][]key.Binding {
	if m.ctx == nil {
		return nil
	}
	return m.nav.FullHelp(m.ctx.Keys)
}

// Update implements common.View.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok || m.ctx == nil || m.ctx.Keys == nil {
		return nil
	}
	if m.nav.Key(m.ctx.Keys, kp, len(m.order), max(1, m.h-8)) {
		m.rebuild()
	}
	return nil
}

// View implements common.View; it returns the cached frame.
func (m *Model) View() string { return m.out }

func (m *Model) agreement(n int) dataset.Agreement { return m.ctx.Data.Agreements[m.order[n]] }

// signedYear is the year an ISO date or year starts with, 0 when none.
func signedYear(s string) int {
	if len(s) < 4 {
		return 0
	}
	y, err := strconv.Atoi(s[:4])
	if err != nil {
		return 0
	}
	return y
}

func (m *Model) period(a dataset.Agreement) string {
	switch {
	case a.From > 0 && a.To > 0:
		return strconv.Itoa(a.From) + "–" + strconv.Itoa(a.To)
	case a.From > 0:
		return strconv.Itoa(a.From) + "–"
	}
	return i18n.Gap
}

func (m *Model) level(s string) string {
	if s == "" {
		return i18n.Gap
	}
	t := m.ctx.Loc.T("agreements.level." + s)
	if strings.HasPrefix(t, "!") {
		return s
	}
	return t
}

func (m *Model) verified(a dataset.Agreement) string {
	if a.Verified {
		return m.ctx.Loc.T("agreements.yes")
	}
	return m.ctx.Loc.T("agreements.no")
}

func (m *Model) sourceIDs() []string {
	var ids []string
	for n := range m.order {
		ids = append(ids, m.agreement(n).Source)
	}
	return ids
}

func (m *Model) rebuild() {
	if m.w <= 0 || m.h <= 0 || m.ctx == nil || m.ctx.Data == nil || m.ctx.Loc == nil || m.ctx.Styles == nil {
		m.out = ""
		return
	}
	l, st := m.ctx.Loc, m.ctx.Styles
	head := []string{common.FaceBar(m.ctx, l.T("agreements.heading"), m.nav.Face, m.w)}
	if m.h >= 12 {
		head = append(head, m.countLine(), "")
	}
	if m.nav.Detail && len(m.order) > 0 {
		panel := common.DetailScroll(m.ctx, l.Pick(m.agreement(m.nav.Sel).Partner), m.detailFields(), l.T("agreements.hint"), m.w, m.h-len(head), &m.nav.Pane)
		body := lipgloss.PlaceHorizontal(m.w, lipgloss.Center, panel)
		m.out = common.Fit(strings.Join(head, "\n")+"\n"+body, m.w, m.h)
		return
	}
	if len(m.order) == 0 && m.nav.Face != common.FaceSources {
		m.out = common.Fit(strings.Join(append(head, st.Muted.Render(l.T("agreements.empty"))), "\n"), m.w, m.h)
		return
	}
	if m.nav.Face == common.FaceSources {
		m.out = common.AssembleText(m.ctx, m.w, m.h, head, common.SourceLines(m.ctx, m.sourceIDs(), m.w), &m.nav.Src)
		return
	}
	foot := []string{common.SourceLine(m.ctx, m.sourceIDs(), m.w)}
	if m.h >= 30 {
		foot = append([]string{st.Faint.Render(common.Pad(l.T("app.legend"), m.w))}, foot...)
	}
	var body []common.Line
	switch m.nav.Face {
	case common.FaceTable:
		body = m.list(true)
	default:
		body = append(m.timeline(), m.list(false)...)
	}
	m.out = common.Assemble(m.w, m.h, head, body, m.nav.Sel, &m.nav.Off, foot)
}

func (m *Model) countLine() string {
	st := m.ctx.Styles
	v := 0
	for _, a := range m.ctx.Data.Agreements {
		if a.Verified {
			v++
		}
	}
	return common.Fit(st.Muted.Render(m.ctx.Loc.Tf("agreements.count", len(m.order), v)), m.w, 1)
}

// timeline draws one span per agreement over the years they cover; the
// selected agreement is highlighted there as well as in the list.
func (m *Model) timeline() []common.Line {
	l, st := m.ctx.Loc, m.ctx.Styles
	var spans []chart.Span
	from, to := 0, 0
	for n := range m.order {
		a := m.agreement(n)
		s := chart.Span{Label: l.Pick(a.Partner), Style: st.Bar, Selected: n == m.nav.Sel}
		switch {
		case a.From > 0:
			s.From, s.To = a.From, a.To
			if a.To <= 0 {
				s.To, s.Open = a.From, true
			}
		default:
			y := signedYear(a.Signed)
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
			s.Label += " ✗"
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
	out := []common.Line{common.Heading(m.ctx, l.T("agreements.timeline"), l.T("agreements.timeline_nb"), m.w)}
	for _, tl := range chart.Timeline(min(m.w, 140)-2, spans, from, to, chart.Opts{Styles: st, Loc: l, ASCII: m.ctx.ASCII}) {
		out = append(out, common.Text("  "+tl))
	}
	return append(out, common.Text(""))
}

// list is the agreements as a table; the table face adds the status.
// Narrow widths drop level, period, type and country, in that order.
func (m *Model) list(full bool) []common.Line {
	l, st := m.ctx.Loc, m.ctx.Styles
	var partner, country, level, kind, signed, period, ver, stat []string
	for n := range m.order {
		a := m.agreement(n)
		partner = append(partner, l.Pick(a.Partner))
		country = append(country, l.Pick(a.Country))
		level = append(level, m.level(a.Level))
		kind = append(kind, l.Pick(a.Kind))
		signed = append(signed, l.Date(a.Signed))
		period = append(period, m.period(a))
		ver = append(ver, m.verified(a))
		stat = append(stat, l.Status(a.Status))
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
	if full {
		cols = append(cols, common.Column{Head: l.T("app.status"), Cells: stat, Prio: 8})
	}
	tb := common.Grid(cols, m.w-2)
	out := []common.Line{common.Heading(m.ctx, l.T("agreements.list"), "", m.w), common.Text("  " + st.TableHeader.Render(tb.Head))}
	for r := range tb.Rows {
		out = append(out, tb.Row(st, r, r, m.nav.Sel, 2))
	}
	return out
}

func (m *Model) detailFields() []common.Field {
	l := m.ctx.Loc
	a := m.agreement(m.nav.Sel)
	fs := []common.Field{
		{Label: l.T("agreements.country"), Value: common.OrGap(l.Pick(a.Country))},
		{Label: l.T("agreements.level"), Value: m.level(a.Level)},
		{Label: l.T("agreements.kind"), Value: common.OrGap(l.Pick(a.Kind))},
		{Label: l.T("agreements.signed"), Value: l.Date(a.Signed)},
		{Label: l.T("agreements.period"), Value: m.period(a)},
		{Label: l.T("agreements.verified"), Value: m.verified(a)},
	}
	return append(fs, common.MetaFields(m.ctx, a.Meta, "")...)
}
