// Package targets is the dashboard's targets tab: each target a province
// set (the indicator and its period, the value or range, who set it) beside
// the result for the same indicator, the verdict in words, and the gap to
// the target, a figure this program works out (mark ƒ) and never a
// published one. A merged province shows its own targets, then each former
// province's under a heading that names it and the date its figures run
// to: a target the former province set is judged against that province's
// results only.
//
// Where the width allows, each row draws a small bullet bar: the result as
// a bar and the target as a marker on a scale of that row alone. Targets
// are of many units (%, USD, ha, counts), so no two rows share a scale and
// no bar is ever compared with another row's.
package targets

import (
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/theme"
)

// Model is the targets tab. Its items are the rows of the page's sections
// in page order, so the table face's rows are the chart face's items and a
// search's (section, key) selects the same row on either face.
type Model struct {
	common.ListTab
	// rows are the items' targets as the dataset sets them: the page keeps
	// a target's period as text and its bound only in words, while the
	// focus year and the bullet bar need the years and both ends of a range.
	rows []row
	// year is the focus year, found once per context: every row drawn
	// asks whether its period holds it.
	year int
}

// row is one item: its section and row on the page and the target behind
// them.
type row struct {
	sec content.Section
	r   content.Row
	// t is the dataset's target; ok false when none matches the row's key
	// (then the row's last year and its target cell stand in for it).
	t  dataset.TargetRow
	ok bool
}

// Column keys of the targets section (content.targets).
const (
	colTarget  = "target"
	colResult  = "result"
	colVerdict = "verdict"
	colGap     = "gap"
	colSetBy   = "set_by"
)

// focusMark marks the rows whose period holds the focus year, as on the
// other tabs: not a status mark (▸ is "plan"), so the two never read alike.
const focusMark = "◆"

// computedMark is the mark of a figure this program works out; asciiMark
// is how --ascii writes it, for terminals and fonts that lack ƒ.
const (
	computedMark = "ƒ"
	asciiMark    = "f"
)

// New returns the tab; it draws nothing until SetContext and SetSize.
// From content.WideCols columns periods are written out ("14,01 % (6
// tháng đầu năm 2025)"); narrower screens keep the short form the
// glossary explains. The items follow the page in whichever form.
func New() *Model {
	m := &Model{}
	m.Tab = content.Builtin("targets")
	m.Frame, m.Bound, m.Long = m.frame, m.bind, content.Page.Long
	m.Fitted = func() { m.rows = m.items() }
	m.Count = func() int { return len(m.rows) }
	return m
}

// bind keeps what the context gives the tab: the page in ASCII marks
// under --ascii, the focus year.
func (m *Model) bind() {
	ctx := m.Ctx
	if ctx != nil && ctx.ASCII {
		m.Page = asciiPage(m.Page)
	}
	m.year = 0
	if ctx != nil && ctx.Data != nil {
		m.year = ctx.FocusYear()
	}
}

// items pairs every row of the page with the target it was made from.
func (m *Model) items() []row {
	var out []row
	for _, s := range m.Page.Sections {
		var ts []dataset.TargetRow
		if d := common.SectionData(m.Ctx, s); d != nil {
			ts = d.Targets
		}
		for _, r := range s.Rows {
			it := row{sec: s, r: r}
			for _, t := range ts {
				if targetKey(t) == r.Key {
					it.t, it.ok = t, true
					break
				}
			}
			out = append(out, it)
		}
	}
	return out
}

// targetKey is the key content gives a target's row.
func targetKey(t dataset.TargetRow) string {
	return t.Indicator + "/" + content.TargetPeriod(t) + "/" + t.SetBy + "/" + content.FormatKeyNum(t.Low)
}

// asciiPage is p with the computed mark written as asciiMark in every
// text a face draws (marks, cells, headers, intros, notes): --ascii
// promises plain characters, and the table and sources faces and the
// detail draw from the page. p's slices are copied, not changed.
func asciiPage(p content.Page) content.Page {
	fix := func(s string) string { return strings.ReplaceAll(s, computedMark, asciiMark) }
	cell := func(c content.Cell) content.Cell {
		c.Text, c.Mark, c.Long = fix(c.Text), fix(c.Mark), fix(c.Long)
		return c
	}
	p.Title = fix(p.Title)
	secs := make([]content.Section, len(p.Sections))
	for i, s := range p.Sections {
		s.Title, s.Intro, s.Empty = fix(s.Title), fix(s.Intro), fix(s.Empty)
		cols := make([]content.Column, len(s.Columns))
		for j, c := range s.Columns {
			c.Head = fix(c.Head)
			cols[j] = c
		}
		rows := make([]content.Row, len(s.Rows))
		for j, r := range s.Rows {
			r.Label, r.Note = fix(r.Label), fix(r.Note)
			cells := make([]content.Cell, len(r.Cells))
			for k, c := range r.Cells {
				cells[k] = cell(c)
			}
			r.Cells = cells
			more := make(map[string]content.Cell, len(r.More))
			for k, c := range r.More {
				more[k] = cell(c)
			}
			r.More = more
			rows[j] = r
		}
		s.Columns, s.Rows = cols, rows
		secs[i] = s
	}
	p.Sections = secs
	return p
}

// mark is the computed mark as the session draws it.
func (m *Model) mark() string {
	if m.Ctx.ASCII {
		return asciiMark
	}
	return computedMark
}

// cell is the cell in column key of item it (a blank cell when absent).
func cell(it row, key string) content.Cell {
	c, _ := it.sec.Cell(it.r, key)
	return c
}

// verdict is the item's verdict id (content.Verdict*).
func verdict(it row) string {
	c, _ := it.r.Extra("verdict")
	return c.Text
}

// span is the first and last year of the item's period.
func span(it row) (from, to int) {
	if it.ok {
		return it.t.From, it.t.To
	}
	return it.r.Year, it.r.Year
}

// inFocus reports whether the item's period holds year.
func inFocus(it row, year int) bool {
	from, to := span(it)
	return year != 0 && from <= year && year <= to
}

// family is the style of a verdict's badge: good (met, ahead of pace), bad
// (missed, behind pace) or neutral (no verdict reached).
func family(st *theme.Styles, v string) lipgloss.Style {
	switch v {
	case content.VerdictMet, content.VerdictAhead:
		return st.VerdictGood
	case content.VerdictMissed, content.VerdictBehind:
		return st.VerdictBad
	}
	return st.VerdictNeutral
}

func (m *Model) frame() common.ListFrame {
	return common.ListFrame{Title: m.Page.Title, Sub: m.sub(),
		N: len(m.rows), Empty: m.Ctx.Loc.T("targets.none"),
		Detail: func() (string, []common.Field, string) { return m.detail() },
		Chart:  m.chartBody, Legend: m.legend()}
}

// sub are the lines under the title: whose the selected target is once a
// former province's are shown (a row scrolled far below its heading still
// reads as its province's), and what ◆ marks.
func (m *Model) sub() []string {
	l, st := m.Ctx.Loc, m.Ctx.Styles
	var out []string
	if common.Merged(m.Page) && len(m.rows) > 0 {
		s := m.rows[common.Clamp(m.Nav.Sel, 0, len(m.rows)-1)].sec
		p := common.Whose(m.Ctx, s)
		if p == "" {
			p = l.Pick(m.Ctx.Data.Name) + " · " + l.T("app.asof") + " " + l.Date(m.Ctx.Data.AsOf)
		}
		out = append(out, common.Fit(st.Faint.Render(l.T("content.col.province")+": "+p), m.W, 1))
	}
	if len(m.rows) == 0 {
		return out
	}
	year, n := m.year, 0
	for _, it := range m.rows {
		if inFocus(it, year) {
			n++
		}
	}
	key := l.Tf("targets.focus_none", year)
	if n > 0 {
		key = l.Tf("targets.focus", focusMark, year)
	}
	return append(out, common.Fit(st.Faint.Render(key), m.W, 1))
}

// legend is the status marks' legend and the computed mark's, on one line
// where they fit and on two where they do not.
func (m *Model) legend() []string {
	l := m.Ctx.Loc
	own := l.T("targets.legend")
	if m.Ctx.ASCII {
		own = strings.ReplaceAll(own, computedMark, asciiMark)
	}
	one := l.T("app.legend") + " · " + own
	if lipgloss.Width(one) <= m.W {
		return []string{one}
	}
	return []string{l.T("app.legend"), own}
}
