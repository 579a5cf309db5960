package content

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
)

// NationalPrefix starts the id of every nationwide section:
// "national.grdp_growth.2025", "national.regions.2025".
const NationalPrefix = "national."

// nationwide is the national table's sections for the GDP page: for each
// indicator and year it has, every province with a figure in the order of
// its published rank, then the provinces with a figure but no published
// rank (a separate group, with no rank number: a rank is never worked out
// from a partial list), then those the sources give none for; and each
// year's regions. The shown province's row — or, for a year before it was
// formed, its predecessors' — is marked ◀.
func nationwide(s *Scope, l *i18n.Locale) []Section {
	n := s.National
	if n == nil {
		return nil
	}
	f := of(s, n, l)
	type key struct {
		ind  string
		year int
	}
	var keys []key
	for _, r := range n.National {
		k := key{r.Indicator, r.Year}
		if !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	order := map[string]int{"grdp_growth": 0, "exports_usd_bn": 1, "grdp_vnd_bn": 2}
	slices.SortFunc(keys, func(a, b key) int {
		if c := cmp.Compare(b.year, a.year); c != 0 {
			return c
		}
		return cmp.Compare(order[a.ind], order[b.ind])
	})
	var out []Section
	for _, k := range keys {
		out = append(out, f.nationalSection(s, k.ind, k.year))
		if k.ind == "grdp_growth" {
			if r, ok := f.regionSection(k.year); ok {
				out = append(out, r)
			}
		}
	}
	return out
}

// NationalGroup says which group a nationwide row is in: "ranked",
// "unranked" (a figure, no published rank) or "gap" (no figure).
func NationalGroup(r Row) string {
	if c, ok := r.Extra("group"); ok {
		return c.Text
	}
	return ""
}

// IsShown reports whether a nationwide row is the shown province's (or
// one of its predecessors' for a year before it was formed).
func IsShown(r Row) bool {
	c, ok := r.Extra("shown")
	return ok && c.Text != ""
}

// nationalSection is one indicator in one year.
func (f fmtr) nationalSection(sc *Scope, ind string, year int) Section {
	l := f.l
	unit := dataset.NationalIndicators[ind]
	var rows []dataset.NationalRow
	of, ranked, valued := 0, 0, 0
	for _, r := range f.d.National {
		if r.Indicator != ind || r.Year != year {
			continue
		}
		rows = append(rows, r)
		of = max(of, r.RankOf)
		if r.Rank > 0 {
			ranked++
		}
		if r.Value.OK {
			valued++
		}
	}
	group := func(r dataset.NationalRow) int {
		switch {
		case r.Rank > 0:
			return 0
		case r.Value.OK:
			return 1
		}
		return 2
	}
	slices.SortStableFunc(rows, func(a, b dataset.NationalRow) int {
		if c := cmp.Compare(group(a), group(b)); c != 0 {
			return c
		}
		if a.Rank > 0 {
			return cmp.Compare(a.Rank, b.Rank)
		}
		return cmp.Compare(b.Value.V, a.Value.V)
	})
	ys := strconv.Itoa(year)
	s := Section{ID: NationalPrefix + ind + "." + ys, Title: l.Tf("national.title."+ind, ys),
		Columns: []Column{{Key: "rank", Head: l.T("content.col.rank")},
			{Key: "province", Head: l.T("content.col.province"), Max: 30, Search: true},
			{Key: "value", Head: l.T("national.col." + ind), Right: true},
			{Key: "status", Head: l.T("content.col.status"), Prio: 2},
			{Key: "source", Head: l.T("content.col.source"), Prio: 1}}}
	if of > 0 {
		s.Intro = l.Tf("national.coverage.of", valued, of, ranked)
	} else {
		s.Intro = l.Tf("national.coverage", valued)
	}
	// Before a merged province was formed, its predecessors stand in
	// for it; a province that merged into another is itself all along.
	shown := map[string]bool{sc.D.ID: true}
	if len(sc.D.Lineage.FormedFrom) > 0 && year < dataset.DateYear(sc.D.Lineage.Date) {
		delete(shown, sc.D.ID)
		for _, p := range sc.Pred {
			shown[p.ID] = true
		}
	}
	for _, r := range rows {
		name := l.Pick(r.Province)
		g := [...]string{"ranked", "unranked", "gap"}[group(r)]
		more := map[string]Cell{"group": {Text: g}}
		if r.ProvinceID != "" && shown[r.ProvinceID] {
			more["shown"] = Cell{Text: "1"}
			name += " ◀"
		}
		rank := Cell{Text: i18n.Gap}
		if r.Rank > 0 {
			rank = Cell{Text: l.Rank(r.Rank, r.RankOf), Num: dataset.N(float64(r.Rank), 0)}
		}
		val := f.fig(r.Value, unit, r.Status)
		if r.Value.OK {
			val.Cite = f.ids(r.Source)
		}
		s.Rows = append(s.Rows, Row{Key: r.Province.EN, Label: l.Pick(r.Province), Year: r.Year, Status: r.Status,
			Note: l.Pick(r.Note), Date: r.Date, More: more,
			Cells: []Cell{rank, f.text(name), val, f.status(r.Status), f.source(r.Source)}})
	}
	return s
}

// regionSection is the regions' growth in year, ok false when the table
// has none for it.
func (f fmtr) regionSection(year int) (Section, bool) {
	l := f.l
	ys := strconv.Itoa(year)
	s := Section{ID: NationalPrefix + "regions." + ys, Title: l.Tf("national.title.regions", ys),
		Columns: []Column{{Key: "region", Head: l.T("national.col.region"), Max: 36, Search: true},
			{Key: "growth", Head: l.T("national.col.grdp_growth"), Right: true},
			{Key: "status", Head: l.T("content.col.status"), Prio: 2},
			{Key: "source", Head: l.T("content.col.source"), Prio: 1}}}
	for _, r := range f.d.Regions {
		if r.Year != year {
			continue
		}
		g := f.fig(r.Growth, dataset.UnitPercent, r.Status)
		if r.Growth.OK {
			g.Cite = f.ids(r.Source)
		}
		s.Rows = append(s.Rows, Row{Key: r.Region.EN, Label: l.Pick(r.Region), Year: r.Year, Status: r.Status,
			Note: l.Pick(r.Note), Date: r.Date,
			Cells: []Cell{f.text(l.Pick(r.Region)), g, f.status(r.Status), f.source(r.Source)}})
	}
	return s, len(s.Rows) > 0
}
