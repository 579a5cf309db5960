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

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/chart"
	"github.com/provdash/provdash/internal/ui/common"
)

// Model is the zones tab. Items are the totals (parks, clusters) followed
// by the parks, so the totals' conflict notes can be opened too.
type Model struct {
	ctx  *common.Context
	w, h int
	nav  common.ListNav
	out  string
}

// New returns the tab; it draws nothing until SetContext and SetSize.
func New() *Model { return &Model{} }

// ID implements common.View.
func (m *Model) ID() string { return "zones" }

// Title implements common.View.
func (m *Model) Title(loc *i18n.Locale) string { return loc.T("zones.title") }

// SetContext implements common.View.
func (m *Model) SetContext(ctx *common.Context) {
	m.ctx = ctx
	m.nav.Sel = common.Clamp(m.nav.Sel, 0, m.count()-1)
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
	if m.nav.Key(m.ctx.Keys, kp, m.count(), max(1, m.h-8)) {
		m.rebuild()
	}
	return nil
}

// View implements common.View; it returns the cached frame.
func (m *Model) View() string { return m.out }

func (m *Model) count() int {
	if m.ctx == nil || m.ctx.Data == nil {
		return 0
	}
	return len(m.ctx.Data.ZoneTotals) + len(m.ctx.Data.Zones)
}

// zone returns the park of item n, or ok false for a total.
func (m *Model) zone(n int) (dataset.Zone, bool) {
	d := m.ctx.Data
	i := n - len(d.ZoneTotals)
	if i < 0 || i >= len(d.Zones) {
		return dataset.Zone{}, false
	}
	return d.Zones[i], true
}

func (m *Model) kindName(k string) string {
	s := m.ctx.Loc.T("zones.kind." + k)
	if strings.HasPrefix(s, "!") {
		return k
	}
	return s
}

func (m *Model) stageName(s string) string {
	if s == "" {
		return i18n.Gap
	}
	t := m.ctx.Loc.T("zones.stage." + s)
	if strings.HasPrefix(t, "!") {
		return s
	}
	return t
}

func (m *Model) sourceIDs() []string {
	d := m.ctx.Data
	var ids []string
	for _, t := range d.ZoneTotals {
		ids = append(ids, t.Source)
	}
	for _, z := range d.Zones {
		ids = append(ids, z.Source)
	}
	return ids
}

func (m *Model) rebuild() {
	if m.w <= 0 || m.h <= 0 || m.ctx == nil || m.ctx.Data == nil || m.ctx.Loc == nil || m.ctx.Styles == nil {
		m.out = ""
		return
	}
	l, st := m.ctx.Loc, m.ctx.Styles
	head := []string{common.FaceBar(m.ctx, l.T("zones.heading"), m.nav.Face, m.w)}
	if m.h >= 12 {
		head = append(head, "")
	}
	if m.nav.Detail && m.count() > 0 {
		panel := common.DetailScroll(m.ctx, m.detailTitle(), m.detailFields(), l.T("zones.hint"), m.w, m.h-len(head), &m.nav.Pane)
		body := lipgloss.PlaceHorizontal(m.w, lipgloss.Center, panel)
		m.out = common.Fit(strings.Join(head, "\n")+"\n"+body, m.w, m.h)
		return
	}
	if m.count() == 0 && m.nav.Face != common.FaceSources {
		m.out = common.Fit(strings.Join(append(head, st.Muted.Render(l.T("zones.empty"))), "\n"), m.w, m.h)
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
	body := append(m.totals(), m.parks(m.nav.Face == common.FaceTable)...)
	m.out = common.Assemble(m.w, m.h, head, body, m.nav.Sel, &m.nav.Off, foot)
}

// totals are the park and cluster counts and areas, each with its status
// mark, then their notes (the disclosed conflicts), wrapped.
func (m *Model) totals() []common.Line {
	d, l, st := m.ctx.Data, m.ctx.Loc, m.ctx.Styles
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
	}, m.w-2)
	var out []common.Line
	for r := range tb.Rows {
		out = append(out, tb.Row(m.ctx.Styles, r, r, m.nav.Sel, 2))
	}
	nw := min(m.w, 120) - 4
	for _, t := range d.ZoneTotals {
		if n := l.Pick(t.Note); n != "" {
			pre := strings.TrimRight(common.WithMark(m.kindName(t.Kind), t.Status), " ") + ": "
			out = append(out, common.WrapText(pre+n, nw, func(s ...string) string { return "    " + st.Faint.Render(s...) })...)
		}
	}
	return append(out, common.Text(""))
}

// parks is the list of parks. The chart face draws an occupancy meter; the
// table face adds the developer and status. Narrow widths drop columns,
// least important first: district, stage, date, meter, area.
func (m *Model) parks(table bool) []common.Line {
	d, l, st := m.ctx.Data, m.ctx.Loc, m.ctx.Styles
	if len(d.Zones) == 0 {
		return nil
	}
	mw := 10
	switch {
	case m.w >= 160:
		mw = 24
	case m.w >= 110:
		mw = 16
	}
	o := chart.Opts{Styles: st, Loc: l, ASCII: m.ctx.ASCII}
	var name, dist, area, meter, occ, occd, stage, dev, stat []string
	for _, z := range d.Zones {
		name = append(name, z.Name)
		dist = append(dist, z.District)
		area = append(area, common.WithMark(l.Fig(z.AreaHa, dataset.UnitHa), z.Status))
		meter = append(meter, common.Pad(chart.Meter(mw, z.Occupancy, o), mw))
		occ = append(occ, common.WithMark(l.Pct(z.Occupancy), z.Status))
		occd = append(occd, dateOrGap(l, z.OccDate, z.Occupancy.OK))
		stage = append(stage, m.stageName(z.Stage))
		dv := z.Developer
		if dv == "" {
			dv = l.T("zones.unknown")
		}
		dev = append(dev, ansi.Truncate(dv, 30, "…"))
		stat = append(stat, l.Status(z.Status))
	}
	cols := []common.Column{
		{Head: l.T("zones.name"), Cells: name, Prio: 0},
		{Head: l.T("zones.district"), Cells: dist, Prio: 7},
		{Head: l.T("zones.area"), Cells: area, Right: true, Prio: 2},
	}
	if !table {
		cols = append(cols, common.Column{Head: "", Cells: meter, Raw: true, Prio: 4})
	}
	cols = append(cols,
		common.Column{Head: l.T("zones.occupancy"), Cells: occ, Right: true, Prio: 1},
		common.Column{Head: l.T("zones.occ_date"), Cells: occd, Prio: 3},
		common.Column{Head: l.T("zones.stage"), Cells: stage, Prio: 5},
	)
	if table {
		cols = append(cols,
			common.Column{Head: l.T("zones.developer"), Cells: dev, Prio: 6},
			common.Column{Head: l.T("app.status"), Cells: stat, Prio: 8},
		)
	}
	tb := common.Grid(cols, m.w-2)
	out := []common.Line{common.Text(common.Fit(st.Heading.Render(l.T("zones.parks"))+st.Faint.Render(" · "+l.T("zones.parks_nb")), m.w, 1))}
	out = append(out, common.Text("  "+st.TableHeader.Render(tb.Head)))
	off := len(d.ZoneTotals)
	for r := range tb.Rows {
		out = append(out, tb.Row(m.ctx.Styles, r, off+r, m.nav.Sel, 2))
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
	if z, ok := m.zone(m.nav.Sel); ok {
		return z.Name
	}
	t := m.ctx.Data.ZoneTotals[m.nav.Sel]
	return m.kindName(t.Kind)
}

func (m *Model) detailFields() []common.Field {
	l := m.ctx.Loc
	z, ok := m.zone(m.nav.Sel)
	if !ok {
		t := m.ctx.Data.ZoneTotals[m.nav.Sel]
		fs := []common.Field{
			{Label: l.T("zones.count"), Value: common.WithMark(l.Num(t.Count), t.Status)},
			{Label: l.T("zones.area"), Value: common.WithMark(l.Fig(t.AreaHa, dataset.UnitHa), t.Status)},
		}
		if t.Leased.OK {
			fs = append(fs, common.Field{Label: "", Value: l.Tf("zones.leased", l.Fig(t.Leased, dataset.UnitHa))})
		}
		return append(fs, common.MetaFields(m.ctx, t.Meta, "")...)
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
	return append(fs, common.MetaFields(m.ctx, z.Meta, l.T("zones.history"))...)
}
