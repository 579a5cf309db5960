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
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/chart"
	"github.com/provdash/provdash/internal/ui/common"
)

// Model is the zones tab. Items are the totals (parks, clusters) followed
// by the parks, so the totals' conflict notes can be opened too.
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

func (m *Model) count() int {
	if m.Ctx == nil || m.Ctx.Data == nil {
		return 0
	}
	return len(m.Ctx.Data.ZoneTotals) + len(m.Ctx.Data.Zones)
}

// zone returns the park of item n, or ok false for a total.
func (m *Model) zone(n int) (dataset.Zone, bool) {
	d := m.Ctx.Data
	i := n - len(d.ZoneTotals)
	if i < 0 || i >= len(d.Zones) {
		return dataset.Zone{}, false
	}
	return d.Zones[i], true
}

func (m *Model) kindName(k string) string {
	if s, ok := m.Ctx.Loc.Lookup("zones.kind." + k); ok {
		return s
	}
	return k
}

func (m *Model) stageName(s string) string { return content.StageName(m.Ctx.Loc, s) }

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
		Chart:  func() []common.Line { return append(m.totals(), m.parks()...) }})
}

// totals are the park and cluster counts and areas, each with its status
// mark, then their notes (the disclosed conflicts), wrapped.
func (m *Model) totals() []common.Line {
	d, l, st := m.Ctx.Data, m.Ctx.Loc, m.Ctx.Styles
	if len(d.ZoneTotals) == 0 {
		return nil
	}
	var kind, cnt, area, leased, date []string
	for _, t := range d.ZoneTotals {
		kind = append(kind, m.kindName(t.Kind))
		cnt = append(cnt, common.WithMark(l.Num(t.Count), t.Status))
		area = append(area, common.WithMark(l.Fig(t.AreaHa, dataset.UnitHa), t.Status))
		ls := ""
		if t.Leased.OK {
			ls = l.Tf("zones.leased", l.Fig(t.Leased, dataset.UnitHa))
		}
		leased = append(leased, ls)
		dt := ""
		if t.Date != "" {
			dt = l.T("app.asof") + " " + l.Date(t.Date)
		}
		date = append(date, dt)
	}
	tb := common.Grid([]common.Column{
		{Cells: kind, Prio: 0},
		{Cells: cnt, Right: true, Prio: 1},
		{Cells: area, Right: true, Prio: 2},
		{Cells: date, Prio: 3},
		{Cells: leased, Prio: 4},
	}, m.W-2)
	var out []common.Line
	for r := range tb.Rows {
		out = append(out, tb.Row(m.Ctx.Styles, r, r, m.Nav.Sel, 2))
	}
	nw := min(m.W, 120) - 4
	for _, t := range d.ZoneTotals {
		if n := l.Pick(t.Note); n != "" {
			pre := strings.TrimRight(common.WithMark(m.kindName(t.Kind), t.Status), " ") + ": "
			out = append(out, common.WrapText(pre+n, nw, func(s ...string) string { return "    " + st.Faint.Render(s...) })...)
		}
	}
	return append(out, common.Text(""))
}

// parks is the list of parks with an occupancy meter. Narrow widths drop
// columns, least important first: district, stage, date, meter, area.
func (m *Model) parks() []common.Line {
	d, l, st := m.Ctx.Data, m.Ctx.Loc, m.Ctx.Styles
	if len(d.Zones) == 0 {
		return nil
	}
	mw := 10
	switch {
	case m.W >= 160:
		mw = 24
	case m.W >= 110:
		mw = 16
	}
	o := chart.Opts{Styles: st, Loc: l, ASCII: m.Ctx.ASCII}
	var name, dist, area, meter, occ, occd, stage []string
	for _, z := range d.Zones {
		name = append(name, z.Name)
		dist = append(dist, z.District)
		area = append(area, common.WithMark(l.Fig(z.AreaHa, dataset.UnitHa), z.Status))
		meter = append(meter, common.Pad(chart.Meter(mw, z.Occupancy, o), mw))
		occ = append(occ, common.WithMark(l.Pct(z.Occupancy), z.Status))
		occd = append(occd, dateOrGap(l, z.OccDate, z.Occupancy.OK))
		stage = append(stage, m.stageName(z.Stage))
	}
	cols := []common.Column{
		{Head: l.T("zones.name"), Cells: name, Prio: 0},
		{Head: l.T("zones.district"), Cells: dist, Prio: 7},
		{Head: l.T("zones.area"), Cells: area, Right: true, Prio: 2},
		{Head: "", Cells: meter, Raw: true, Prio: 4},
		{Head: l.T("zones.occupancy"), Cells: occ, Right: true, Prio: 1},
		{Head: l.T("zones.occ_date"), Cells: occd, Prio: 3},
		{Head: l.T("zones.stage"), Cells: stage, Prio: 5},
	}
	tb := common.Grid(cols, m.W-2)
	out := []common.Line{common.Text(common.Fit(st.Heading.Render(l.T("zones.parks"))+st.Faint.Render(" · "+l.T("zones.parks_nb")), m.W, 1))}
	out = append(out, common.Text("  "+st.TableHeader.Render(tb.Head)))
	off := len(d.ZoneTotals)
	for r := range tb.Rows {
		out = append(out, tb.Row(m.Ctx.Styles, r, off+r, m.Nav.Sel, 2))
	}
	return out
}

func dateOrGap(l *i18n.Locale, d string, ok bool) string {
	if !ok || d == "" {
		return i18n.Gap
	}
	return l.Date(d)
}

func (m *Model) detailTitle() string {
	if z, ok := m.zone(m.Nav.Sel); ok {
		return z.Name
	}
	t := m.Ctx.Data.ZoneTotals[m.Nav.Sel]
	return m.kindName(t.Kind)
}

func (m *Model) detailFields() []common.Field {
	l := m.Ctx.Loc
	z, ok := m.zone(m.Nav.Sel)
	if !ok {
		t := m.Ctx.Data.ZoneTotals[m.Nav.Sel]
		fs := []common.Field{
			{Label: l.T("zones.count"), Value: common.WithMark(l.Num(t.Count), t.Status)},
			{Label: l.T("zones.area"), Value: common.WithMark(l.Fig(t.AreaHa, dataset.UnitHa), t.Status)},
		}
		if t.Leased.OK {
			fs = append(fs, common.Field{Label: "", Value: l.Tf("zones.leased", l.Fig(t.Leased, dataset.UnitHa))})
		}
		return append(fs, common.MetaFields(m.Ctx, t.Meta, "")...)
	}
	occ := common.WithMark(l.Pct(z.Occupancy), z.Status)
	if z.Occupancy.OK && z.OccDate != "" {
		occ += " (" + l.Date(z.OccDate) + ")"
	}
	dev := z.Developer
	if dev == "" {
		dev = l.T("zones.unknown")
	}
	ten := z.Tenants
	if ten == "" {
		ten = i18n.Gap
	}
	fs := []common.Field{
		{Label: l.T("zones.district"), Value: common.OrGap(z.District)},
		{Label: l.T("zones.area"), Value: common.WithMark(l.Fig(z.AreaHa, dataset.UnitHa), z.Status)},
		{Label: l.T("zones.occupancy"), Value: occ},
		{Label: l.T("zones.stage"), Value: m.stageName(z.Stage)},
		{Label: l.T("zones.developer"), Value: dev},
		{Label: l.T("zones.tenants"), Value: ten},
	}
	return append(fs, common.MetaFields(m.Ctx, z.Meta, l.T("zones.history"))...)
}
