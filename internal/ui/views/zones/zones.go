// Package zones is the dashboard's industrial-zones tab: the totals for
// industrial parks (KCN) and clusters (CCN), then one row per park with its
// area, occupancy (a meter, the percentage and the date the figure refers
// to), district and stage. A park's detail gives its developer, tenants,
// the occupancy history note and the source.
//
// Occupancy figures for Bắc Giang's parks come from different years; the
// date travels with every percentage so two parks are never compared as if
// measured on the same day.
//
// A province formed from others shows its own totals and parks first, then
// each former province's totals and parks under the heading of their
// section, which names that province and the date its figures run to. The
// counts and areas stay each province's own: no source published a sum of
// them, so none is drawn.
package zones

import (
	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/chart"
	"github.com/provdash/provdash/internal/ui/common"
)

// Model is the zones tab. Items are the rows of the page's sections in
// page order (the totals, parks, clusters, then the parks; then the same for
// each former province), so the totals' conflict notes can be opened too
// and the table face's rows are the items.
type Model struct {
	common.ListTab
}

// New returns the tab; it draws nothing until SetContext and SetSize.
// Periods are written out from content.WideCols columns ("quý 2 năm
// 2025") where there is room, the short form the glossary explains where
// there is not.
func New() *Model {
	m := &Model{}
	m.Tab = content.Builtin("zones")
	m.Frame = m.frame
	m.Long = content.Page.Long
	return m
}

// Section ids of the tab's page; a former province's carry "@" and its
// id after them (base strips it).
const (
	secTotals = "zones.totals"
	secParks  = "zones.parks"
)

// at returns the section and row of item n, counting the rows of the
// page's sections in order (the table face's order).
func (m *Model) at(n int) (content.Section, content.Row) {
	s, r, _ := common.RowAt(m.Page, n)
	return s, r
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

// frame is the tab's part of its frame (common.ListFrame).
func (m *Model) frame() common.ListFrame {
	l := m.Ctx.Loc
	// The table face is the content page: totals then parks, in the chart
	// face's item order (Sequential), so the selection stays on switching.
	sel, _ := m.at(m.Nav.Sel)
	return common.ListFrame{Title: l.T("zones.heading"), Sub: []string{common.WhoseLine(m.Ctx, m.Page, sel, m.W)},
		N: common.Rows(m.Page), Empty: l.T("zones.empty"),
		Detail: func() (string, []common.Field, string) { return m.detailTitle(), m.detailFields(), l.T("zones.hint") },
		Chart:  m.chartBody}
}

// chartBody is the totals, then the parks, of the province and then of
// each former province: laid out once per page, context and width, each
// row drawn only when shown. Item numbers run over the sections in page
// order, as on the table face.
func (m *Model) chartBody() *common.Body {
	b := &common.Body{}
	off := 0
	for _, s := range m.Page.Sections {
		switch common.BaseID(s.ID) {
		case secTotals:
			if s.From != "" && b.Len() > 0 {
				// A blank line ends the parks above.
				b.Add(common.Text(""))
			}
			m.totals(b, s, off)
		case secParks:
			m.parks(b, s, off)
		}
		off += len(s.Rows)
	}
	return b
}

// slideNoteLines is how many lines of a total's note a slide shows.
const slideNoteLines = 2

// totals are the park and cluster counts and areas of section s (its
// first item off), each with its status mark, then their notes (the
// disclosed conflicts), wrapped. A former province's come under their
// section's title, which names the province and its date.
func (m *Model) totals(b *common.Body, s content.Section, off int) {
	l, st := m.Ctx.Loc, m.Ctx.Styles
	switch {
	case s.From == "" && common.Merged(m.Page):
		// Beside a former province's totals, the province's own say
		// whose they are.
		b.Add(common.Heading(m.Ctx, s.Title, l.Pick(m.Ctx.Data.Name), m.W))
	case s.From != "":
		b.Add(common.PredHeading(m.Ctx, m.Page, s, "", m.W))
		if len(s.Rows) == 0 {
			b.Add(common.Text(st.Muted.Render("  "+i18n.Gap+" "+l.T("app.gap"))), common.Text(""))
			return
		}
	}
	if len(s.Rows) == 0 {
		return
	}
	var kind, cnt, area, leased, date []string
	for _, r := range s.Rows {
		kind = append(kind, r.Label)
		cnt = append(cnt, common.Marked(cell(s, r, "count")))
		area = append(area, common.Marked(cell(s, r, "area")))
		leased = append(leased, m.leased(s, r))
		dt := ""
		if r.Date != "" {
			dt = l.AsOf(cell(s, r, "date").Text)
		}
		date = append(date, dt)
	}
	// Columns as the content declares them, without their headers: the
	// count and area say their unit, the date and leased area are phrases.
	cols := []common.Column{{Cells: kind}, common.ColumnOf(s, "count"), common.ColumnOf(s, "area"),
		common.ColumnOf(s, "date"), common.ColumnOf(s, "leased")}
	for i, c := range [][]string{kind, cnt, area, date, leased} {
		cols[i].Head, cols[i].Cells = "", c
	}
	tb := common.Plan(cols, m.W-2)
	b.Rows(tb.Len(), func(r int) int { return off + r }, func(r, sel int) string { return tb.Row(st, r, off+r, sel, 2).S })
	nw := min(m.W, 120) - 4
	// On a slide a note is its first lines, ending in "…" (enter opens
	// the total with its note in full): the room reads the figures and
	// the parks, and a paragraph of disclosures would push them off.
	most := 0
	if m.Ctx.Present {
		most = slideNoteLines
	}
	for _, r := range s.Rows {
		if r.Note != "" {
			pre := r.Label
			if mk := i18n.Mark(r.Status); mk != "" {
				pre += " " + mk
			}
			b.Add(common.WrapTextMax(pre+": "+r.Note, nw, most, func(s ...string) string { return "    " + st.Faint.Render(s...) })...)
		}
	}
	b.Add(common.Text(""))
}

// parks is the list of parks of section s (its first item off) with an
// occupancy meter. Narrow widths drop columns, least important first:
// district, stage, date, meter, area. A former province's parks are a
// table of their own under their section's title, so no column and no
// meter is shared with another province's.
func (m *Model) parks(b *common.Body, s content.Section, off int) {
	l, st := m.Ctx.Loc, m.Ctx.Styles
	if len(s.Rows) == 0 {
		if s.From != "" {
			b.Add(common.PredHeading(m.Ctx, m.Page, s, "", m.W), common.Text(st.Muted.Render("  "+i18n.Gap+" "+l.T("app.gap"))))
		}
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
	// The columns the content declares, in its order and with its
	// priorities of giving way, so a column added there shows here too.
	// The status is each figure's mark and the source the tab's citation
	// line, so neither takes a column; the occupancy brings a meter before
	// it and its date after it, this face's own, dropped after the stage
	// and before the area (the priorities content leaves them).
	var cols []common.Column
	for _, c := range s.Columns {
		col := common.ColumnOf(s, c.Key)
		switch c.Key {
		case "status", "source":
			continue
		case "occupancy":
			pcts := make([]dataset.Num, 0, len(s.Rows))
			var occd []string
			for _, r := range s.Rows {
				pct := extra(r, "occ_pct")
				pcts = append(pcts, pct.Num)
				col.Cells = append(col.Cells, common.Marked(pct))
				occd = append(occd, extra(r, "occ_date").Text)
			}
			// Meters are drawn for the rows on screen only.
			meter := common.Column{Draw: func(r int) string { return common.Pad(chart.Meter(mw, pcts[r], o), mw) }, Width: mw, Raw: true, Prio: col.Prio + 3}
			date := common.Column{Head: l.T("zones.occ_date"), Cells: occd, Prio: col.Prio + 2}
			cols = append(cols, meter, col, date)
			continue
		}
		for _, r := range s.Rows {
			switch x := cell(s, r, c.Key); {
			case c.Key == "district":
				col.Cells = append(col.Cells, district(s, r))
			case c.Right:
				col.Cells = append(col.Cells, common.Marked(x))
			default:
				col.Cells = append(col.Cells, x.Text)
			}
		}
		cols = append(cols, col)
	}
	tb := common.Plan(cols, m.W-2)
	if s.From == "" {
		b.Add(common.Text(common.Fit(st.Heading.Render(l.T("zones.parks"))+st.Faint.Render(" · "+l.T("zones.parks_nb")), m.W, 1)))
	} else {
		b.Add(common.PredHeading(m.Ctx, m.Page, s, l.T("zones.parks_nb"), m.W))
	}
	b.Add(common.Text("  " + st.TableHeader.Render(tb.Head)))
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
	var fs []common.Field
	if p := common.Whose(m.Ctx, s); p != "" {
		fs = append(fs, common.Field{Label: l.T("content.col.province"), Value: p})
	}
	if common.BaseID(s.ID) == secTotals {
		fs = append(fs, []common.Field{
			{Label: l.T("zones.count"), Value: common.Marked(cell(s, r, "count"))},
			{Label: l.T("zones.area"), Value: common.Marked(cell(s, r, "area"))},
		}...)
		if ls := m.leased(s, r); ls != "" {
			fs = append(fs, common.Field{Label: "", Value: ls})
		}
		return append(fs, common.MetaFields(m.Ctx, common.RowMeta(s, r), "")...)
	}
	occ := common.Marked(extra(r, "occ_pct"))
	if d := extra(r, "occ_date"); !d.Gap() {
		occ += " (" + d.Text + ")"
	}
	fs = append(fs, []common.Field{
		{Label: l.T("zones.district"), Value: cell(s, r, "district").Text},
		{Label: l.T("zones.area"), Value: common.Marked(cell(s, r, "area"))},
		{Label: l.T("zones.occupancy"), Value: occ},
		{Label: l.T("zones.stage"), Value: cell(s, r, "stage").Text},
		{Label: l.T("zones.developer"), Value: cell(s, r, "developer").Text},
		{Label: l.T("zones.tenants"), Value: extra(r, "tenants").Text},
	}...)
	return append(fs, common.MetaFields(m.Ctx, common.RowMeta(s, r), l.T("zones.history"))...)
}
