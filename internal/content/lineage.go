package content

import (
	"strconv"
	"strings"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
)

// lineageNotice is the notice a dataset's lineage makes, in the locale:
// what the province was formed from, or what it became, on which date and
// by which act, and whether `P` opens the other end (only when the
// collection holds it). ok is false for a dataset without a lineage.
func lineageNotice(s *Scope, l *i18n.Locale) (Notice, bool) {
	d := s.D
	lin := d.Lineage
	if lin.Empty() {
		return Notice{}, false
	}
	n := Notice{Title: l.T("content.lineage.title"), Note: l.Pick(lin.Note), Cite: appendNew(nil, lin.Source)}
	date := l.Date(lin.Date)
	if len(lin.FormedFrom) > 0 {
		names := make([]string, len(lin.FormedFrom))
		for i, f := range lin.FormedFrom {
			names[i] = l.Pick(f.Name)
		}
		n.Text = l.Tf("content.lineage.formed", l.Pick(d.Name), date, l.List(names))
		if len(s.Pred) > 0 {
			n.Hint = l.T("content.lineage.formed.p")
		}
	}
	if b := lin.Became; b.ID != "" {
		n.Text = strings.TrimSpace(n.Text + " " + l.Tf("content.lineage.became", date, l.Pick(d.Name), l.Pick(b.Name)))
		if s.Succ != nil {
			n.Hint = strings.TrimSpace(n.Hint + " " + l.Tf("content.lineage.became.p", l.Pick(b.Name)))
		}
	}
	return n, true
}

// formedFrom is the latest figures of each predecessor side by side: one
// row per province, one column per indicator, each cell saying the year
// (or period, or date) of its own figure so years are never mixed
// silently, and citing that predecessor's own source.
func formedFrom(s *Scope, l *i18n.Locale) Section {
	sec := Section{ID: "formed_from", Title: l.T("content.formed_from"), Intro: l.T("content.formed_from.intro"),
		Columns: []Column{{Key: "province", Head: l.T("content.col.province"), Search: true},
			{Key: "growth", Head: l.T("content.col.growth"), Right: true},
			{Key: "grdp", Head: l.T("content.col.vnd"), Right: true, Prio: 3},
			{Key: "fdi", Head: l.T("content.col.fdi"), Right: true, Prio: 4},
			{Key: "exports", Head: l.T("content.col.exports"), Right: true, Prio: 2},
			{Key: "parks", Head: l.T("content.col.parks"), Right: true, Prio: 5},
			{Key: "source", Head: l.T("content.col.source"), Prio: 1}}}
	for _, p := range s.Pred {
		f := of(s, p, l)
		var cited []string
		cell := func(c Cell, when, src string) Cell {
			if !c.Num.OK {
				return Cell{Text: i18n.Gap}
			}
			c.Text = when + ": " + c.Text
			c.Cite = f.ids(src)
			cited = append(cited, src)
			return c
		}
		row := Row{Key: p.ID, Label: l.Pick(p.Name), Date: p.AsOf, Cells: []Cell{f.text(l.Pick(p.Name))}}
		g := latest(p.Growth, func(r dataset.GrowthRow) (int, bool) { return r.Year, r.Province.OK })
		row.Cells = append(row.Cells, cellOf(g, func(r dataset.GrowthRow) Cell {
			return cell(f.fig(r.Province, dataset.UnitPercent, r.Status), strconv.Itoa(r.Year), r.Source)
		}))
		z := latest(p.Size, func(r dataset.SizeRow) (int, bool) { return r.Year, r.GRDPVNDbn.OK })
		row.Cells = append(row.Cells, cellOf(z, func(r dataset.SizeRow) Cell {
			return cell(f.fig(r.GRDPVNDbn, dataset.UnitVNDbn, r.Status), strconv.Itoa(r.Year), r.Source)
		}))
		fd := latest(p.FDIYear, func(r dataset.FDIYearRow) (int, bool) {
			return r.Year, r.CapitalUSDm.OK && r.Period == strconv.Itoa(r.Year) && r.Definition != dataset.FDIConverted
		})
		row.Cells = append(row.Cells, cellOf(fd, func(r dataset.FDIYearRow) Cell {
			c := cell(f.fig(r.CapitalUSDm, dataset.UnitUSDm, r.Status), strconv.Itoa(r.Year), r.Source)
			c.Text += " (" + DefinitionName(l, r.Definition) + ")"
			return c
		}))
		ex := latest(p.Exports, func(r dataset.ExportRow) (int, bool) {
			return r.Year, r.Exports.OK && r.Period == strconv.Itoa(r.Year)
		})
		row.Cells = append(row.Cells, cellOf(ex, func(r dataset.ExportRow) Cell {
			return cell(f.fig(r.Exports, dataset.UnitUSDbn, r.Status), strconv.Itoa(r.Year), r.Source)
		}))
		pk := latestBy(p.ZoneTotals, func(r dataset.ZoneTotal) (string, bool) { return r.Date, r.Kind == "parks" && r.Count.OK })
		row.Cells = append(row.Cells, cellOf(pk, func(r dataset.ZoneTotal) Cell {
			c := cell(f.fig(r.Count, dataset.UnitCount, r.Status), l.Date(r.Date), r.Source)
			if long := l.DateLong(r.Date); long != l.Date(r.Date) && strings.HasPrefix(c.Text, l.Date(r.Date)) {
				c.Long = long + strings.TrimPrefix(c.Text, l.Date(r.Date))
			}
			return c
		}))
		row.Cells = append(row.Cells, f.source(cited...))
		sec.Rows = append(sec.Rows, row)
	}
	return sec
}

// latest is the row with the latest year among those ok accepts (the
// first of equal years), nil when none.
func latest[T any](rows []T, key func(T) (int, bool)) *T {
	var best *T
	by := -1
	for i := range rows {
		if y, ok := key(rows[i]); ok && y > by {
			best, by = &rows[i], y
		}
	}
	return best
}

// latestBy is latest for rows keyed by an ISO date, which compare as
// strings.
func latestBy[T any](rows []T, key func(T) (string, bool)) *T {
	var best *T
	by := ""
	for i := range rows {
		if d, ok := key(rows[i]); ok && (best == nil || d > by) {
			best, by = &rows[i], d
		}
	}
	return best
}

// cellOf is the cell of r, a gap when there is no row.
func cellOf[T any](r *T, cell func(T) Cell) Cell {
	if r == nil {
		return Cell{Text: i18n.Gap}
	}
	return cell(*r)
}
