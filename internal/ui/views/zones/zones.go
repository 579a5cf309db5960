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
	ctx    *common.Context
	w, h   int
	face   common.Face
	sel    int
	off    int
	detail bool
	out    string
}

// New returns the tab; it draws nothing until SetContext and SetSize.
func New() *Model { return &Model{} }

// ID implements common.View.
func (m *Model) ID() string { return "zones" }

// Title implements common.View.
func (m *Model) Title() string {
	if m.ctx == nil || m.ctx.Loc == nil {
		return "Zones"
	}
	return m.ctx.Loc.T("zones.title")
}

// SetContext implements common.View.
func (m *Model) SetContext(ctx *common.Context) {
	m.ctx = ctx
	m.sel = clamp(m.sel, 0, m.count()-1)
	m.rebuild()
}

// SetSize implements common.View.
func (m *Model) SetSize(w, h int) {
	m.w, m.h = max(0, w), max(0, h)
	m.rebuild()
}

// Capturing implements common.View.
func (m *Model) Capturing() bool { return m.detail }

// ShortHelp implements common.View.
func (m *Model) ShortHelp() []key.Binding {
	if m.ctx == nil || m.ctx.Keys == nil {
		return nil
	}
	k := m.ctx.Keys
	if m.detail {
		return []key.Binding{k.Close}
	}
	return []key.Binding{k.Up, k.Down, k.Open, k.Face}
}

// FullHelp implements common.View.
func (m *Model) FullHelp() [][]key.Binding {
	if m.ctx == nil || m.ctx.Keys == nil {
		return nil
	}
	k := m.ctx.Keys
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDn, k.Top, k.Bottom}, {k.Open, k.Close, k.Face}}
}

// Update implements common.View.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok || m.ctx == nil || m.ctx.Keys == nil {
		return nil
	}
	k := m.ctx.Keys
	switch {
	case m.detail && key.Matches(kp, k.Close):
		m.detail = false
	case key.Matches(kp, k.Open):
		if m.count() > 0 {
			m.detail = true
		}
	case key.Matches(kp, k.Face):
		m.face = m.face.Next()
		m.off = 0
	default:
		sel, moved := navigate(k, kp, m.sel, m.count(), max(1, m.h-8))
		if !moved || sel == m.sel {
			return nil
		}
		m.sel = sel
	}
	m.rebuild()
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

// A mark-less figure gets a blank in the mark's place so right-aligned
// columns keep their digits aligned.
func withMark(s string, st dataset.Status) string {
	if mk := i18n.Mark(st); mk != "" && s != i18n.Gap {
		return s + " " + mk
	}
	return s + "  "
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
	head := []string{faceBar(m.ctx, l.T("zones.heading"), m.face, m.w)}
	if m.h >= 12 {
		head = append(head, "")
	}
	if m.detail && m.count() > 0 {
		panel := detailPanel(m.ctx, m.detailTitle(), m.detailFields(), l.T("zones.hint"), m.w, m.h-len(head))
		body := lipgloss.PlaceHorizontal(m.w, lipgloss.Center, panel)
		m.out = common.Fit(strings.Join(head, "\n")+"\n"+body, m.w, m.h)
		return
	}
	if m.count() == 0 && m.face != common.FaceSources {
		m.out = common.Fit(strings.Join(append(head, st.Muted.Render(l.T("zones.empty"))), "\n"), m.w, m.h)
		return
	}
	foot := []string{common.SourceLine(m.ctx, m.sourceIDs(), m.w)}
	if m.h >= 30 {
		foot = append([]string{st.Faint.Render(common.Pad(l.T("app.legend"), m.w))}, foot...)
	}
	sel := m.sel
	var body []line
	switch m.face {
	case common.FaceSources:
		for _, s := range common.SourceLines(m.ctx, m.sourceIDs(), m.w) {
			body = append(body, text(s))
		}
		foot, sel = nil, -1
	default:
		body = append(m.totals(), m.parks(m.face == common.FaceTable)...)
	}
	m.out = assemble(m.w, m.h, head, body, sel, &m.off, foot)
}

// selectable renders row r of t (item n), reversed, bold and marked with ›
// when it is the selection.
func (m *Model) selectable(t table, r, n int) line {
	st := m.ctx.Styles
	if n == m.sel {
		return line{s: st.Selected.Render("› ") + t.render(r, st.Selected), item: n}
	}
	return line{s: "  " + t.render(r, st.TableCell), item: n}
}

// totals are the park and cluster counts and areas, each with its status
// mark, then their notes (the disclosed conflicts), wrapped.
func (m *Model) totals() []line {
	d, l, st := m.ctx.Data, m.ctx.Loc, m.ctx.Styles
	if len(d.ZoneTotals) == 0 {
		return nil
	}
	var kind, cnt, area, leased, date []string
	for _, t := range d.ZoneTotals {
		kind = append(kind, m.kindName(t.Kind))
		cnt = append(cnt, withMark(l.Num(t.Count), t.Status))
		area = append(area, withMark(l.Fig(t.AreaHa, dataset.UnitHa), t.Status))
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
	tb := grid([]column{
		{cells: kind, prio: 0},
		{cells: cnt, right: true, prio: 1},
		{cells: area, right: true, prio: 2},
		{cells: date, prio: 3},
		{cells: leased, prio: 4},
	}, m.w-2)
	var out []line
	for r := range tb.rows {
		out = append(out, m.selectable(tb, r, r))
	}
	nw := min(m.w, 120) - 4
	for _, t := range d.ZoneTotals {
		if n := l.Pick(t.Note); n != "" {
			pre := withMark(m.kindName(t.Kind), t.Status) + ": "
			out = append(out, wrapText(pre+n, nw, func(s ...string) string { return "    " + st.Faint.Render(s...) })...)
		}
	}
	return append(out, text(""))
}

// parks is the list of parks. The chart face draws an occupancy meter; the
// table face adds the developer and status. Narrow widths drop columns,
// least important first: district, stage, date, meter, area.
func (m *Model) parks(table bool) []line {
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
		area = append(area, withMark(l.Fig(z.AreaHa, dataset.UnitHa), z.Status))
		meter = append(meter, common.Pad(chart.Meter(mw, z.Occupancy, o), mw))
		occ = append(occ, withMark(l.Pct(z.Occupancy), z.Status))
		occd = append(occd, dateOrGap(l, z.OccDate, z.Occupancy.OK))
		stage = append(stage, m.stageName(z.Stage))
		dv := z.Developer
		if dv == "" {
			dv = l.T("zones.unknown")
		}
		dev = append(dev, ansi.Truncate(dv, 30, "…"))
		stat = append(stat, l.Status(z.Status))
	}
	cols := []column{
		{head: l.T("zones.name"), cells: name, prio: 0},
		{head: l.T("zones.district"), cells: dist, prio: 7},
		{head: l.T("zones.area"), cells: area, right: true, prio: 2},
	}
	if !table {
		cols = append(cols, column{head: "", cells: meter, raw: true, prio: 4})
	}
	cols = append(cols,
		column{head: l.T("zones.occupancy"), cells: occ, right: true, prio: 1},
		column{head: l.T("zones.occ_date"), cells: occd, prio: 3},
		column{head: l.T("zones.stage"), cells: stage, prio: 5},
	)
	if table {
		cols = append(cols,
			column{head: l.T("zones.developer"), cells: dev, prio: 6},
			column{head: l.T("app.status"), cells: stat, prio: 8},
		)
	}
	tb := grid(cols, m.w-2)
	out := []line{text(common.Fit(st.Heading.Render(l.T("zones.parks"))+st.Faint.Render(" · "+l.T("zones.parks_nb")), m.w, 1))}
	out = append(out, text("  "+st.TableHeader.Render(tb.head)))
	off := len(d.ZoneTotals)
	for r := range tb.rows {
		out = append(out, m.selectable(tb, r, off+r))
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
	if z, ok := m.zone(m.sel); ok {
		return z.Name
	}
	t := m.ctx.Data.ZoneTotals[m.sel]
	return m.kindName(t.Kind)
}

func (m *Model) detailFields() []field {
	l := m.ctx.Loc
	z, ok := m.zone(m.sel)
	if !ok {
		t := m.ctx.Data.ZoneTotals[m.sel]
		fs := []field{
			{l.T("zones.count"), withMark(l.Num(t.Count), t.Status)},
			{l.T("zones.area"), withMark(l.Fig(t.AreaHa, dataset.UnitHa), t.Status)},
		}
		if t.Leased.OK {
			fs = append(fs, field{"", l.Tf("zones.leased", l.Fig(t.Leased, dataset.UnitHa))})
		}
		return append(fs, metaFields(m.ctx, t.Meta, "")...)
	}
	occ := withMark(l.Pct(z.Occupancy), z.Status)
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
	fs := []field{
		{l.T("zones.district"), orGap(z.District)},
		{l.T("zones.area"), withMark(l.Fig(z.AreaHa, dataset.UnitHa), z.Status)},
		{l.T("zones.occupancy"), occ},
		{l.T("zones.stage"), m.stageName(z.Stage)},
		{l.T("zones.developer"), dev},
		{l.T("zones.tenants"), ten},
	}
	return append(fs, metaFields(m.ctx, z.Meta, l.T("zones.history"))...)
}

func orGap(s string) string {
	if s == "" {
		return i18n.Gap
	}
	return s
}
