package content

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
)

// SectorOrder is the order sectors are shown in, matching the statistics
// office's reports (agriculture, industry and construction, services,
// product taxes); a sector a dataset adds comes after them.
func SectorOrder() []string { return []string{"aff", "ic", "services", "taxes"} }

// overview is tab 1: the lineage and merger notices, the headline
// figures, the predecessors' latest figures, the growth trend and the PCI.
func overview(s *Scope, l *i18n.Locale) Page {
	d, f := s.D, own(s, l)
	p := Page{Title: l.T("overview.title")}
	if n, ok := lineageNotice(s, l); ok {
		p.Notices = append(p.Notices, n)
	}
	if m := l.Pick(d.Merger); m != "" {
		p.Notices = append(p.Notices, Notice{Title: l.T("content.merger"), Text: m,
			Note: l.Pick(d.MergerMeta.Note), Cite: appendNew(nil, d.MergerMeta.Source)})
	}
	p.Sections = []Section{f.headlines()}
	if len(s.Pred) > 0 {
		p.Sections = append(p.Sections, formedFrom(s, l))
	}
	p.Sections = append(p.Sections, f.growth(), f.pci())
	return p
}

// headlines is the headline figures in dataset order.
func (f fmtr) headlines() Section {
	l := f.l
	s := Section{ID: "headlines", Title: l.T("content.headlines"), Empty: l.T("overview.none"),
		Columns: []Column{{Key: "figure", Head: l.T("content.col.figure"), Search: true},
			{Key: "value", Head: l.T("content.col.value"), Right: true},
			{Key: "rank", Head: l.T("content.col.rank"), Prio: 2},
			{Key: "status", Head: l.T("content.col.status"), Prio: 3},
			{Key: "date", Head: l.T("content.col.date"), Prio: 4},
			{Key: "source", Head: l.T("content.col.source"), Prio: 1}}}
	for _, h := range f.d.Headline {
		s.Rows = append(s.Rows, Row{Key: h.ID, Label: l.Pick(h.Label), Status: h.Status, Note: l.Pick(h.Note),
			Cells: []Cell{f.text(l.Pick(h.Label)), f.fig(HeadlineValue(h), h.Unit, h.Status), f.rank(h.Rank, h.RankOf, ""),
				f.status(h.Status), f.date(h.Date), f.source(h.Source)}})
	}
	return s
}

// HeadlineValue is the headline's figure, "about" when the dataset says
// approx = true and the value itself carries no qualifier: every face says
// the same.
func HeadlineValue(h dataset.Headline) dataset.Num {
	v := h.Value
	if h.Approx && v.OK && v.Qual == "" {
		v.Qual = dataset.QualApprox
	}
	return v
}

// gdp is tab 2: growth beside Vietnam's, growth by sector, the structure
// of the economy, its size and its exports; then each predecessor's
// growth, size and exports under its own name.
func gdp(s *Scope, l *i18n.Locale) Page {
	f := own(s, l)
	p := Page{Title: l.T("gdp.heading"), Sections: []Section{f.growth(), f.sectors(), f.structure(), f.size()}}
	if len(s.D.Exports) > 0 {
		p.Sections = append(p.Sections, f.exports())
	}
	for _, pd := range s.Pred {
		fp := of(s, pd, l)
		p.Sections = append(p.Sections, fp.from(fp.growth()), fp.from(fp.size()))
		if len(pd.Exports) > 0 {
			p.Sections = append(p.Sections, fp.from(fp.exports()))
		}
	}
	p.Sections = append(p.Sections, nationwide(s, l)...)
	return p
}

// byYear returns rows sorted by year, oldest first (stable: a dataset's
// order within a year is kept).
func byYear[T any](rows []T, year func(T) int) []T {
	out := slices.Clone(rows)
	slices.SortStableFunc(out, func(a, b T) int { return cmp.Compare(year(a), year(b)) })
	return out
}

// growth is GRDP growth by year, oldest first, beside Vietnam's GDP growth.
// A rank's own source is cited in the rank cell.
func (f fmtr) growth() Section {
	l, d := f.l, f.d
	s := Section{ID: "growth", Title: l.T("content.growth"), Empty: l.T("gdp.none"),
		Columns: []Column{{Key: "year", Head: l.T("content.col.year")},
			{Key: "province", Head: l.Pick(d.Name), Right: true},
			{Key: "rank", Head: l.T("content.col.rank"), Prio: 2},
			{Key: "national", Head: l.T("content.col.national"), Right: true, Prio: 1},
			{Key: "status", Head: l.T("content.col.status"), Prio: 3},
			{Key: "source", Head: l.T("content.col.source"), Prio: 1}}}
	for _, g := range byYear(d.Growth, func(g dataset.GrowthRow) int { return g.Year }) {
		// A row cites the source of what it shows: the province's figure,
		// rank or note (a gap's note says what the source did publish),
		// and the nation's figure or note.
		var src []string
		if g.Province.OK || g.Rank > 0 || l.Pick(g.Note) != "" {
			src = append(src, g.Source)
		}
		if g.National.OK || l.Pick(g.NatMeta.Note) != "" {
			src = append(src, g.NatMeta.Source)
		}
		st := f.status(g.Status)
		if !g.Province.OK && g.National.OK {
			st = f.status(g.NatMeta.Status)
		}
		nat := ""
		if n := l.Pick(g.NatMeta.Note); n != "" {
			nat = l.T("gdp.vietnam") + ": " + n
		}
		y := strconv.Itoa(g.Year)
		// The figures cite their own sources too, so a readout can cite
		// the province's and the nation's figure apart (the source column
		// cites both).
		prov := f.fig(g.Province, dataset.UnitPercent, g.Status)
		if g.Province.OK {
			prov.Cite = f.ids(g.Source)
		}
		natl := f.fig(g.National, dataset.UnitPercent, g.NatMeta.Status)
		if g.National.OK {
			natl.Cite = f.ids(g.NatMeta.Source)
		}
		s.Rows = append(s.Rows, Row{Key: y, Label: y, Year: g.Year, Status: g.Status, Note: joinNotes(l.Pick(g.Note), nat),
			Cells: []Cell{f.text(y), prov, f.rank(g.Rank, g.RankOf, rankSrc(g.RankSource, g.Source)), natl, st, f.source(src...)}})
	}
	return s
}

// rankSrc is the source a rank cell cites: its own when it differs from
// the row's, none otherwise (the source column already cites the row's).
func rankSrc(rank, row string) string {
	if rank == row {
		return ""
	}
	return rank
}

// sectorFigure is one figure of a sector table.
type sectorFigure struct {
	year   int
	sector string
	n      dataset.Num
	meta   dataset.Meta
}

// sectors is growth by sector: one row per year, one column per sector.
func (f fmtr) sectors() Section {
	rs := make([]sectorFigure, len(f.d.Sectors))
	for i, r := range f.d.Sectors {
		rs[i] = sectorFigure{r.Year, r.Sector, r.Growth, r.Meta}
	}
	return f.pivot("sectors", f.l.T("content.sectors"), rs)
}

// structure is the share of each sector in GRDP, one row per year.
func (f fmtr) structure() Section {
	rs := make([]sectorFigure, len(f.d.Structure))
	for i, r := range f.d.Structure {
		rs[i] = sectorFigure{r.Year, r.Sector, r.Share, r.Meta}
	}
	return f.pivot("structure", f.l.T("content.structure"), rs)
}

// pivot lays sector figures out as years × sectors, the sectors in
// SectorOrder then any other, each column only when some row uses it.
func (f fmtr) pivot(id, title string, rs []sectorFigure) Section {
	l := f.l
	s := Section{ID: id, Title: title, Empty: l.T("gdp.sectors.none"),
		Columns: []Column{{Key: "year", Head: l.T("content.col.year")}}}
	var sectors []string
	for _, k := range SectorOrder() {
		if slices.ContainsFunc(rs, func(r sectorFigure) bool { return r.sector == k }) {
			sectors = append(sectors, k)
		}
	}
	for _, r := range rs {
		if !slices.Contains(sectors, r.sector) {
			sectors = append(sectors, r.sector)
		}
	}
	for i, k := range sectors {
		s.Columns = append(s.Columns, Column{Key: "sector." + k, Head: f.SectorName(k), Right: true, Prio: 1 + i})
	}
	s.Columns = append(s.Columns, Column{Key: "source", Head: l.T("content.col.source"), Prio: 1})
	rows := byYear(rs, func(r sectorFigure) int { return r.year })
	for i := 0; i < len(rows); {
		y := rows[i].year
		j := i
		for j < len(rows) && rows[j].year == y {
			j++
		}
		ys := strconv.Itoa(y)
		row := Row{Key: ys, Label: ys, Year: y, Cells: []Cell{f.text(ys)}}
		var ids, notes []string
		for _, k := range sectors {
			c := Cell{Text: i18n.Gap}
			for _, r := range rows[i:j] {
				if r.sector == k {
					c = f.fig(r.n, dataset.UnitPercent, r.meta.Status)
					ids = append(ids, r.meta.Source)
					if n := l.Pick(r.meta.Note); n != "" {
						notes = append(notes, f.SectorName(k)+": "+n)
					}
				}
			}
			row.Cells = append(row.Cells, c)
		}
		row.Cells = append(row.Cells, f.source(ids...))
		row.Note = joinNotes(notes...)
		s.Rows = append(s.Rows, row)
		i = j
	}
	return s
}

// SectorName is a sector's name in the locale: the dataset's long name,
// the id for a sector it does not name.
func (f fmtr) SectorName(id string) string {
	if t, ok := dataset.SectorNames[id]; ok {
		return f.l.Pick(t)
	}
	return id
}

// size is GRDP at current prices by year.
func (f fmtr) size() Section {
	l := f.l
	s := Section{ID: "size", Title: l.T("content.size"), Empty: l.T("gdp.size.none"),
		Columns: []Column{{Key: "year", Head: l.T("content.col.year")},
			{Key: "vnd", Head: l.T("content.col.vnd"), Right: true},
			{Key: "usd", Head: l.T("content.col.usd"), Right: true, Prio: 2},
			{Key: "percap", Head: l.T("content.col.percap"), Right: true, Prio: 2},
			{Key: "rank", Head: l.T("content.col.rank"), Prio: 3},
			{Key: "status", Head: l.T("content.col.status"), Prio: 4},
			{Key: "source", Head: l.T("content.col.source"), Prio: 1}}}
	for _, r := range byYear(f.d.Size, func(r dataset.SizeRow) int { return r.Year }) {
		y := strconv.Itoa(r.Year)
		s.Rows = append(s.Rows, Row{Key: y, Label: y, Year: r.Year, Status: r.Status, Note: l.Pick(r.Note),
			Cells: []Cell{f.text(y), f.fig(r.GRDPVNDbn, dataset.UnitVNDbn, r.Status), f.fig(r.GRDPUSDbn, dataset.UnitUSDbn, r.Status),
				f.fig(r.PerCapUSD, dataset.UnitUSD, r.Status), f.rank(r.Rank, r.RankOf, rankSrc(r.RankSource, r.Source)),
				f.status(r.Status), f.source(r.Source)}})
	}
	return s
}

// pci is the Provincial Competitiveness Index by year.
func (f fmtr) pci() Section {
	l := f.l
	s := Section{ID: "pci", Title: l.T("content.pci"), Empty: l.T("content.empty"),
		Columns: []Column{{Key: "year", Head: l.T("content.col.year")},
			{Key: "score", Head: l.T("content.col.score"), Right: true},
			{Key: "rank", Head: l.T("content.col.rank"), Prio: 2},
			{Key: "status", Head: l.T("content.col.status"), Prio: 3},
			{Key: "source", Head: l.T("content.col.source"), Prio: 1}}}
	for _, r := range byYear(f.d.PCI, func(r dataset.PCIRow) int { return r.Year }) {
		y := strconv.Itoa(r.Year)
		s.Rows = append(s.Rows, Row{Key: y, Label: y, Year: r.Year, Status: r.Status, Note: l.Pick(r.Note),
			Cells: []Cell{f.text(y), f.fig(r.Score, dataset.UnitScore, r.Status), f.rank(r.Rank, 0, rankSrc(r.RankSource, r.Source)),
				f.status(r.Status), f.source(r.Source)}})
	}
	return s
}

// exports is exports and imports by year or period, oldest first.
func (f fmtr) exports() Section {
	l := f.l
	s := Section{ID: "exports", Title: l.T("content.exports"), Empty: l.T("content.empty"),
		Columns: []Column{{Key: "period", Head: l.T("content.col.period")},
			{Key: "exports", Head: l.T("content.col.exports"), Right: true},
			{Key: "imports", Head: l.T("content.col.imports"), Right: true, Prio: 3},
			{Key: "rank", Head: l.T("content.col.rank"), Prio: 2},
			{Key: "status", Head: l.T("content.col.status"), Prio: 4},
			{Key: "source", Head: l.T("content.col.source"), Prio: 1}}}
	for _, r := range f.d.Exports {
		s.Rows = append(s.Rows, Row{Key: r.Period, Label: l.Date(r.Period), Year: r.Year, Status: r.Status, Note: l.Pick(r.Note), Date: r.Date,
			Cells: []Cell{f.date(r.Period), f.fig(r.Exports, dataset.UnitUSDbn, r.Status), f.fig(r.Imports, dataset.UnitUSDbn, r.Status),
				f.rank(r.Rank, r.RankOf, rankSrc(r.RankSource, r.Source)), f.status(r.Status), f.source(r.Source)}})
	}
	return s
}
