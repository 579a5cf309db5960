// Package agreements is the dashboard's international-agreements tab: a
// timeline of agreement periods by year (a point at the signing year for
// agreements without a period) and a list with partner, country, level,
// type, signing date, period and whether an independent source confirms it.
//
// Several agreements named in the provincial Department of Foreign
// Affairs' article could not be found in any other source, so "verified"
// is spelled out in words and a mark, never by colour alone.
//
// The focus year every tab shares is a dotted column on the timeline and
// a column of the list saying which agreements were in force that year
// (or only signed in it), in words and a mark.
//
// A province formed from others lists its own agreements first, then each
// former province's under that section's title, which names the province
// and the date its figures run to; on the timeline each province's spans
// are grouped under its name. Every count (agreements, verified, in force)
// is one section's own: the provinces' lists are never added up.
package agreements

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/chart"
	"github.com/provdash/provdash/internal/ui/common"
)

// Model is the agreements tab. Its items are the rows of the page's
// sections in page order (the province's agreements by signing date, then
// each former province's), so the table face's rows are the items.
type Model struct {
	common.ListTab
}

// New returns the tab; it draws nothing until SetContext and SetSize.
func New() *Model {
	m := &Model{}
	m.Tab = content.Builtin("agreements")
	m.Frame = m.frame
	return m
}

// secOwn is the id of the province's own agreements section; a former
// province's is secOwn, "@" and its id.
const secOwn = "agreements"

// section is the page's own agreements section (empty before SetContext).
func (m *Model) section() content.Section {
	s, _ := m.Page.Section(secOwn)
	return s
}

// at returns the section and row of item n, counting the rows of the
// page's sections in order (the table face's order).
func (m *Model) at(n int) (content.Section, content.Row) {
	s, r, _ := common.RowAt(m.Page, n)
	return s, r
}

// row is the page row of item n.
func (m *Model) row(n int) content.Row {
	_, r := m.at(n)
	return r
}

// text is the text of the cell in column key of row r of section s.
func text(s content.Section, r content.Row, key string) string {
	c, _ := s.Cell(r, key)
	return c.Text
}

// name is the name of the province whose rows section s holds.
func (m *Model) name(s content.Section) string {
	if d := common.SectionData(m.Ctx, s); d != nil {
		return m.Ctx.Loc.Pick(d.Name)
	}
	return s.From
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

// inYear is what an agreement was in the focus year, as far as the data
// says: in force (inside its period), signed that year (and not in force
// by its period), or nothing known.
type inYear int

const (
	yearNone inYear = iota
	yearInForce
	yearSigned
)

// in says what row r was in year y. An agreement is in force from its
// first year to its last, or from its first year on when it has no last;
// one with no period is never said to be in force, only signed in the
// year it was signed, so the list never claims more than the data.
func in(r content.Row, y int) inYear {
	if f, t := year(r, "from"), year(r, "to"); f > 0 && f <= y && (t <= 0 || y <= t) {
		return yearInForce
	}
	if r.Year > 0 && r.Year == y {
		return yearSigned
	}
	return yearNone
}

// compactPeriod is the period with the last year's century dropped when
// it is the first's ("2021–25"): the form the list uses when the full one
// would not fit, so the period is never left out.
func compactPeriod(r content.Row, full string) string {
	f, t := year(r, "from"), year(r, "to")
	if f > 0 && t > 0 && f/100 == t/100 {
		return fmt.Sprintf("%d–%02d", f, t%100)
	}
	return full
}

// frame is the tab's part of its frame (common.ListFrame).
func (m *Model) frame() common.ListFrame {
	l := m.Ctx.Loc
	sel, _ := m.at(m.Nav.Sel)
	return common.ListFrame{Title: l.T("agreements.heading"), Sub: []string{m.countLine(), common.WhoseLine(m.Ctx, m.Page, sel, m.W)},
		N: common.Rows(m.Page), Empty: l.T("agreements.empty"),
		Detail: func() (string, []common.Field, string) {
			return m.row(m.Nav.Sel).Label, m.detailFields(), l.T("agreements.hint")
		},
		Chart: m.chartBody}
}

// chartBody is the timeline, then the list: laid out once per page,
// context and width, each row drawn only when shown.
func (m *Model) chartBody() *common.Body {
	b := &common.Body{}
	m.timeline(b)
	m.list(b)
	return b
}

// countLine is how many agreements there are and how many are verified:
// the own section's intro. Beside former provinces' lists it names the
// province it counts, so it is not read as a count of every row shown.
func (m *Model) countLine() string {
	intro := m.section().Intro
	if common.Merged(m.Page) {
		if intro == "" {
			intro = i18n.Gap + " " + m.Ctx.Loc.T("app.gap")
		}
		intro = m.Ctx.Loc.Pick(m.Ctx.Data.Name) + ": " + intro
	}
	return common.Fit(m.Ctx.Styles.Muted.Render(intro), m.W, 1)
}

// timeline draws one span per agreement over the years they cover; the
// selected agreement is highlighted there as well as in the list. The
// spans, their year range and widest label are found once; the rows shown
// are drawn together with that label (its line dropped), so the label
// column is as wide as for the whole list. A merged province's spans keep
// the page's order (its own, then each former province's), a former
// province's each carrying the province's name after its label, where a
// cut label keeps it: on one year axis, the spans are periods, never added.
func (m *Model) timeline(b *common.Body) {
	l, st := m.Ctx.Loc, m.Ctx.Styles
	// A chart.Span carries its style: spans are made for the rows drawn;
	// the layout keeps which rows (item numbers) have one.
	var its []int
	from, to, ww := 0, 0, -1
	var wide chart.Span
	n := 0
	for _, sec := range m.Page.Sections {
		for _, r := range sec.Rows {
			if s, ok := m.spanIn(sec, r); ok {
				if from == 0 || s.From < from {
					from = s.From
				}
				to = max(to, s.To)
				if lw := labelWidth(s); lw > ww {
					wide, ww = s, lw
				}
				its = append(its, n)
			}
			n++
		}
	}
	if len(its) == 0 {
		return
	}
	b.Add(common.Heading(m.Ctx, l.T("agreements.timeline"), l.Tf("agreements.timeline_dot", chart.TimelineDot(m.Ctx.ASCII)), m.W))
	o := chart.Opts{Styles: st, Loc: l, ASCII: m.Ctx.ASCII, Focus: float64(m.Ctx.FocusYear())}
	w := min(m.W, 140) - 2
	// The spans are no items: the list below is where the selection sits
	// and scrolls to; a span only lights up with it.
	b.Block(len(its), func(int) int { return -1 }, func(k int) int { return its[k] }, func(lo, hi, sel int) []string {
		win := make([]chart.Span, 0, hi-lo+1)
		for k := lo; k < hi; k++ {
			s, _ := m.spanIn(m.at(its[k]))
			s.Selected = its[k] == sel
			win = append(win, s)
		}
		lines := chart.Timeline(w, append(win, wide), from, to, o)
		out := make([]string, 0, hi-lo)
		for _, tl := range lines[:hi-lo] {
			out = append(out, "  "+tl)
		}
		return out
	})
	// The axis, under every span.
	axis := chart.Timeline(w, []chart.Span{wide}, from, to, o)
	b.Add(common.Text("  "+axis[len(axis)-1]), common.Text(""))
}

// span is row r's span on the timeline: its period, or a point at its
// signing year; false for a row with neither.
func (m *Model) span(r content.Row) (chart.Span, bool) {
	st := m.Ctx.Styles
	s := chart.Span{Label: r.Label, Style: st.Bar}
	switch f, t := year(r, "from"), year(r, "to"); {
	case f > 0:
		s.From, s.To = f, t
		if t <= 0 {
			s.To, s.Open = f, true
		}
	default:
		if r.Year == 0 {
			return s, false
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
	return s, true
}

// spanIn is span for row r of section s: a former province's span says
// whose it is after its label (and after ✗), in words, as the spans of
// two provinces are drawn alike.
func (m *Model) spanIn(s content.Section, r content.Row) (chart.Span, bool) {
	sp, ok := m.span(r)
	if ok && s.From != "" {
		sp.Mark = strings.TrimSpace(sp.Mark + " · " + m.name(s))
	}
	return sp, ok
}

// labelWidth is the width of a span's label and mark, uncut: what the
// timeline sizes its label column by.
func labelWidth(s chart.Span) int {
	switch {
	case s.Mark == "":
		return lipgloss.Width(s.Label)
	case s.Label == "":
		return lipgloss.Width(s.Mark)
	}
	return lipgloss.Width(s.Label) + 1 + lipgloss.Width(s.Mark)
}

// list is the agreements as a list under the timeline, with a column
// saying what each was in the focus year; its heading counts them. Narrow
// widths drop level, type and country, in that order, and write the
// period in its compact form ("2021–25") rather than drop it: the partner
// is cut to what the other columns leave. One grid holds every section's
// rows, so columns line up; each former province's rows follow under
// their section's title and a line of that section's own counts.
func (m *Model) list(b *common.Body) {
	l, st := m.Ctx.Loc, m.Ctx.Styles
	y := m.Ctx.FocusYear()
	var partner, country, level, kind, signed, period, short, focus, ver []string
	var bold []bool
	// force and sign count per section: a count is one province's.
	force := make([]int, len(m.Page.Sections))
	sign := make([]int, len(m.Page.Sections))
	for i, sec := range m.Page.Sections {
		for _, r := range sec.Rows {
			partner = append(partner, r.Label)
			country = append(country, text(sec, r, "country"))
			level = append(level, text(sec, r, "level"))
			kind = append(kind, text(sec, r, "kind"))
			signed = append(signed, text(sec, r, "signed"))
			p := text(sec, r, "period")
			period = append(period, p)
			short = append(short, compactPeriod(r, p))
			ver = append(ver, text(sec, r, "verified"))
			f := ""
			switch in(r, y) {
			case yearInForce:
				f = l.T("agreements.in_force")
				force[i]++
			case yearSigned:
				f = l.T("agreements.signed_in")
				sign[i]++
			}
			focus = append(focus, f)
			bold = append(bold, f != "")
		}
	}
	w := m.W - 2
	// The columns the page declares (the province's own section's: a
	// former province's declares the same), in its order of giving way;
	// the focus year's column is this face's own, dropped after the
	// period and before whether an agreement is verified (the priority
	// content leaves it).
	sec0 := m.section()
	verCol := common.ColumnOf(sec0, "verified")
	cols := []common.Column{
		common.ColumnOf(sec0, "partner"),
		common.ColumnOf(sec0, "country"),
		common.ColumnOf(sec0, "level"),
		common.ColumnOf(sec0, "kind"),
		common.ColumnOf(sec0, "signed"),
		common.ColumnOf(sec0, "period"),
		{Head: l.Tf("agreements.focus_col", y), Prio: verCol.Prio + 1},
		verCol,
	}
	for i, c := range [][]string{partner, country, level, kind, signed, period, focus, ver} {
		cols[i].Cells = c
	}
	// The columns that must stay: the partner takes what they leave,
	// with the period in full when that leaves a name readable (80
	// columns do not: the compact form gives the name back two cells).
	const minPartner, fullPartner = 20, 28
	room := func() int {
		n := w
		for _, c := range cols[4:] {
			n -= colWidth(c) + len(common.ColGap)
		}
		return n
	}
	if room() < fullPartner {
		cols[5].Cells = short
	}
	// The country too, where it leaves a name of 36 cells or more.
	cols[0].Max = max(minPartner, room())
	if r := room() - colWidth(cols[1]) - len(common.ColGap); r >= 36 {
		cols[0].Max = r
	}
	tb := common.Plan(cols, w)
	head := common.Text("  " + st.TableHeader.Render(tb.Head))
	row := func(r, sel int) string {
		if bold[r] && r != sel {
			// In force or signed in the focus year: bold, beside the
			// words of the focus column, so it reads without colour.
			return "  " + tb.Render(r, st.Bold)
		}
		return tb.Row(st, r, r, sel, 2).S
	}
	off := 0
	for i, sec := range m.Page.Sections {
		note := l.Tf("agreements.focus_none", y)
		if force[i]+sign[i] > 0 {
			note = l.Tf("agreements.focus_count", y, force[i], sign[i])
		}
		switch {
		case sec.From == "":
			title := l.T("agreements.list")
			if common.Merged(m.Page) {
				title += " — " + m.name(sec)
			}
			b.Add(common.Heading(m.Ctx, title, note, m.W))
		default:
			// The section's title names the province and its date; its
			// counts are its own.
			counts := note
			if sec.Intro != "" {
				counts = sec.Intro + " · " + note
			}
			b.Add(common.Text(""), common.PredHeading(m.Ctx, m.Page, sec, "", m.W),
				common.Text(common.Fit("  "+st.Faint.Render(counts), m.W, 1)))
		}
		if len(sec.Rows) == 0 {
			b.Add(common.Text(st.Muted.Render("  " + i18n.Gap + " " + l.T("app.gap"))))
			continue
		}
		b.Add(head)
		first := off
		b.Rows(len(sec.Rows), func(k int) int { return first + k }, func(k, sel int) string { return row(first+k, sel) })
		off += len(sec.Rows)
	}
}

// colWidth is the width Grid gives c: its widest cell or its header.
func colWidth(c common.Column) int {
	n := lipgloss.Width(c.Head)
	for _, s := range c.Cells {
		n = max(n, lipgloss.Width(s))
	}
	return n
}

func (m *Model) detailFields() []common.Field {
	l := m.Ctx.Loc
	s, r := m.at(m.Nav.Sel)
	var fs []common.Field
	if p := common.Whose(m.Ctx, s); p != "" {
		fs = append(fs, common.Field{Label: l.T("content.col.province"), Value: p})
	}
	fs = append(fs, []common.Field{
		{Label: l.T("agreements.country"), Value: text(s, r, "country")},
		{Label: l.T("agreements.level"), Value: text(s, r, "level")},
		{Label: l.T("agreements.kind"), Value: text(s, r, "kind")},
		{Label: l.T("agreements.signed"), Value: text(s, r, "signed")},
		{Label: l.T("agreements.period"), Value: text(s, r, "period")},
		{Label: l.T("agreements.verified"), Value: text(s, r, "verified")},
	}...)
	return append(fs, common.MetaFields(m.Ctx, common.RowMeta(s, r), "")...)
}
