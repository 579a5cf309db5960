package content

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
)

// fdi is tab 3: the number of investing countries, capital by country
// (each with the date of its own figure) and FDI by year, one section per
// definition. Definitions differ between sources (new only, new + added,
// converted totals that include domestic capital); mixing them produces
// numbers nobody published, so a section never holds two.
func fdi(s *Scope, l *i18n.Locale) Page {
	d, f := s.D, own(s, l)
	p := Page{Title: l.T("fdi.heading")}
	if d.FDICountries.OK || d.FDIMeta.Source != "" {
		p.Sections = append(p.Sections, f.fdiSummary())
	}
	p.Sections = append(p.Sections, f.fdiCountries())
	for _, def := range FDIDefinitions(d.FDIYear) {
		p.Sections = append(p.Sections, f.fdiYear(def))
	}
	for _, pd := range s.Pred {
		if len(pd.FDICountry) > 0 {
			fp := of(s, pd, l)
			p.Sections = append(p.Sections, fp.from(fp.fdiCountries()))
		}
	}
	return p
}

// fdiSummary is the number of investing countries and territories.
func (f fmtr) fdiSummary() Section {
	l, d := f.l, f.d
	label := l.T("content.fdi.countries")
	return Section{ID: "fdi.summary", Title: l.T("content.fdi.summary"),
		Columns: []Column{{Key: "figure", Head: l.T("content.col.figure"), Search: true},
			{Key: "value", Head: l.T("content.col.value"), Right: true},
			{Key: "status", Head: l.T("content.col.status"), Prio: 3},
			{Key: "date", Head: l.T("content.col.date"), Prio: 2},
			{Key: "source", Head: l.T("content.col.source"), Prio: 1}},
		Rows: []Row{{Key: "countries", Label: label, Status: d.FDIMeta.Status, Note: l.Pick(d.FDIMeta.Note), Date: d.FDIMeta.Date,
			Cells: []Cell{f.text(label), f.fig(d.FDICountries, dataset.UnitCount, d.FDIMeta.Status),
				f.status(d.FDIMeta.Status), f.date(d.FDIMeta.Date), f.source(d.FDIMeta.Source)}}}}
}

// CountryOrder orders the countries by capital, largest first, those
// without a capital figure last (in dataset order).
func CountryOrder(cs []dataset.FDICountryRow) []int {
	idx := make([]int, len(cs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		ca, cb := cs[a].CapitalUSDm, cs[b].CapitalUSDm
		switch {
		case ca.OK && !cb.OK:
			return -1
		case !ca.OK && cb.OK:
			return 1
		case ca.OK && cb.OK:
			return cmp.Compare(cb.V, ca.V)
		}
		return 0
	})
	return idx
}

// CountryAsOf is the date of a country's figures: its own as-of date, else
// the row's date.
func CountryAsOf(c dataset.FDICountryRow) string {
	if c.AsOf != "" {
		return c.AsOf
	}
	return c.Date
}

// fdiCountries is capital by country.
func (f fmtr) fdiCountries() Section {
	l, d := f.l, f.d
	s := Section{ID: "fdi.by_country", Title: l.T("content.fdi.by_country"), Empty: l.T("fdi.empty"),
		Columns: []Column{{Key: "country", Head: l.T("fdi.country"), Search: true},
			{Key: "capital", Head: l.T("content.col.capital"), Right: true},
			{Key: "projects", Head: l.T("content.col.projects"), Right: true, Prio: 2},
			{Key: "rank_capital", Head: l.T("fdi.rank_capital"), Prio: 4},
			{Key: "rank_projects", Head: l.T("fdi.rank_projects"), Prio: 5},
			{Key: "asof", Head: l.T("fdi.asof"), Prio: 3},
			{Key: "status", Head: l.T("content.col.status"), Prio: 6},
			{Key: "source", Head: l.T("content.col.source"), Prio: 1}}}
	for _, i := range CountryOrder(d.FDICountry) {
		c := d.FDICountry[i]
		name := l.Pick(c.Country)
		key := c.Code
		if key == "" {
			key = name
		}
		s.Rows = append(s.Rows, Row{Key: key, Label: name, Status: c.Status, Note: l.Pick(c.Note), Date: c.Date,
			Cells: []Cell{f.text(name), f.fig(c.CapitalUSDm, dataset.UnitUSDm, c.Status), f.fig(c.Projects, dataset.UnitCount, c.Status),
				f.rank(c.RankCapital, 0, ""), f.rank(c.RankProj, 0, ""), f.date(CountryAsOf(c)), f.status(c.Status), f.source(c.Source)}})
	}
	return s
}

// FDIDefinitions are the definitions the rows use: the known ones in the
// order dataset.FDIDefinitions gives, then any other in dataset order.
func FDIDefinitions(rows []dataset.FDIYearRow) []string {
	var out []string
	for _, def := range dataset.FDIDefinitions {
		if slices.ContainsFunc(rows, func(r dataset.FDIYearRow) bool { return r.Definition == def }) {
			out = append(out, def)
		}
	}
	for _, r := range rows {
		if !slices.Contains(out, r.Definition) {
			out = append(out, r.Definition)
		}
	}
	return out
}

// FDIRows are the indexes of the rows of one definition, by year and, in
// a year, part-year periods before the full year.
func FDIRows(rows []dataset.FDIYearRow, def string) []int {
	var out []int
	for i, r := range rows {
		if r.Definition == def {
			out = append(out, i)
		}
	}
	slices.SortStableFunc(out, func(a, b int) int {
		if c := cmp.Compare(rows[a].Year, rows[b].Year); c != 0 {
			return c
		}
		return cmp.Compare(periodMonths(rows[a].Period), periodMonths(rows[b].Period))
	})
	return out
}

// periodMonths orders the periods of one year: H1 (6) before 8M (8)
// before the full year (12).
func periodMonths(p string) int {
	_, suf, ok := strings.Cut(p, "-")
	if !ok {
		return 12
	}
	switch {
	case suf == "H1":
		return 6
	case suf == "H2":
		return 12
	case strings.HasPrefix(suf, "Q") && len(suf) == 2:
		return 3 * int(suf[1]-'0')
	case strings.HasSuffix(suf, "M"):
		if n, err := strconv.Atoi(strings.TrimSuffix(suf, "M")); err == nil {
			return n
		}
	}
	return 12
}

// DefinitionName is the long name of an FDI definition, the id itself for
// one the catalogue does not know.
func DefinitionName(l *i18n.Locale, def string) string {
	return fmtr{l: l}.name("fdi.def.", def)
}

// fdiYear is FDI by year under one definition.
func (f fmtr) fdiYear(def string) Section {
	l, d := f.l, f.d
	s := Section{ID: "fdi.by_year." + def, Title: fmt.Sprintf(l.T("content.fdi.by_year"), DefinitionName(l, def)),
		Intro: l.T("content.fdi.year_intro"),
		Columns: []Column{{Key: "period", Head: l.T("content.col.period")},
			{Key: "capital", Head: l.T("content.col.capital"), Right: true},
			{Key: "projects", Head: l.T("content.col.projects"), Right: true, Prio: 2},
			{Key: "rank", Head: l.T("content.col.rank"), Prio: 4},
			{Key: "status", Head: l.T("content.col.status"), Prio: 3},
			{Key: "source", Head: l.T("content.col.source"), Prio: 1}}}
	for _, i := range FDIRows(d.FDIYear, def) {
		r := d.FDIYear[i]
		p := r.Period
		if p == "" {
			p = strconv.Itoa(r.Year)
		}
		s.Rows = append(s.Rows, Row{Key: def + "/" + p, Label: l.Date(p), Year: r.Year, Status: r.Status, Note: l.Pick(r.Note), Date: r.Date,
			Cells: []Cell{f.date(p), f.fig(r.CapitalUSDm, dataset.UnitUSDm, r.Status), f.fig(r.Projects, dataset.UnitCount, r.Status),
				f.rank(r.Rank, 0, ""), f.status(r.Status), f.source(r.Source)}})
	}
	return s
}

// zones is tab 4: totals of parks and clusters, then every park.
func zones(s *Scope, l *i18n.Locale) Page {
	f := own(s, l)
	p := Page{Title: l.T("zones.heading"), Sections: []Section{f.zoneTotals(), f.parks()}}
	for _, pd := range s.Pred {
		fp := of(s, pd, l)
		p.Sections = append(p.Sections, fp.from(fp.zoneTotals()), fp.from(fp.parks()))
	}
	return p
}

func (f fmtr) zoneTotals() Section {
	l := f.l
	s := Section{ID: "zones.totals", Title: l.T("content.zones.totals"), Empty: l.T("content.empty"),
		Columns: []Column{{Key: "kind", Head: l.T("content.col.kind"), Search: true},
			{Key: "count", Head: l.T("content.col.count"), Right: true},
			{Key: "area", Head: l.T("content.col.area"), Right: true, Prio: 2},
			{Key: "leased", Head: l.T("content.col.leased"), Right: true, Prio: 4},
			{Key: "date", Head: l.T("content.col.date"), Prio: 3},
			{Key: "status", Head: l.T("content.col.status"), Prio: 5},
			{Key: "source", Head: l.T("content.col.source"), Prio: 1}}}
	n := map[string]int{}
	for _, z := range f.d.ZoneTotals {
		n[z.Kind]++
	}
	for _, z := range f.d.ZoneTotals {
		kind := f.name("zones.kind.", z.Kind)
		// A kind counted at several dates keeps them apart: a selection,
		// a search hit or a room names one of them, not the first.
		key := z.Kind
		if n[z.Kind] > 1 {
			key += "/" + z.Date
		}
		s.Rows = append(s.Rows, Row{Key: key, Label: kind, Status: z.Status, Note: l.Pick(z.Note), Date: z.Date,
			Cells: []Cell{f.text(kind), f.fig(z.Count, dataset.UnitCount, z.Status), f.fig(z.AreaHa, dataset.UnitHa, z.Status),
				f.fig(z.Leased, dataset.UnitHa, z.Status), f.date(z.Date), f.status(z.Status), f.source(z.Source)}})
	}
	return s
}

// StageName is a park's stage in the locale, the id for one the catalogue
// does not know, "—" for none.
func StageName(l *i18n.Locale, stage string) string { return fmtr{l: l}.name("zones.stage.", stage) }

func (f fmtr) parks() Section {
	l := f.l
	s := Section{ID: "zones.parks", Title: l.T("content.zones.parks"), Intro: l.T("zones.parks_nb"), Empty: l.T("zones.empty"),
		// The chart face draws the occupancy's date and a meter as
		// columns of their own, dropped after the stage and before the
		// area (priorities 4 and 5).
		Columns: []Column{{Key: "name", Head: l.T("zones.name"), Search: true},
			{Key: "district", Head: l.T("zones.district"), Prio: 7, Search: true},
			{Key: "area", Head: l.T("content.col.area"), Right: true, Prio: 3},
			{Key: "occupancy", Head: l.T("content.col.occupancy"), Right: true, Prio: 2},
			{Key: "stage", Head: l.T("zones.stage"), Prio: 6, Search: true},
			{Key: "developer", Head: l.T("zones.developer"), Prio: 8, Max: 30, Search: true},
			{Key: "status", Head: l.T("content.col.status"), Prio: 9},
			{Key: "source", Head: l.T("content.col.source"), Prio: 1}},
		Extras: []Column{{Key: "tenants", Head: l.T("zones.tenants"), Search: true}}}
	for _, z := range f.d.Zones {
		// The occupancy column says the date with the figure; the chart
		// gives the date a column of its own, so More keeps both apart.
		pct, occDate := f.fig(z.Occupancy, dataset.UnitPercent, z.Status), f.text("")
		occ := pct
		if z.Occupancy.OK && z.OccDate != "" {
			occ = withLong(occ, l.Tf("plain.zones.occ", occ.Text, l.InSentence(l.DateLong(z.OccDate))))
			occ.Text = l.Tf("plain.zones.occ", occ.Text, l.Date(z.OccDate))
			occDate = f.date(z.OccDate)
		}
		dev := z.Developer
		if dev == "" {
			dev = l.T("zones.unknown")
		}
		s.Rows = append(s.Rows, Row{Key: z.Name, Label: z.Name, Status: z.Status, Note: l.Pick(z.Note), Date: z.Date,
			More: map[string]Cell{"tenants": f.text(z.Tenants), "occ_pct": pct, "occ_date": occDate},
			Cells: []Cell{f.text(z.Name), f.text(z.District), f.fig(z.AreaHa, dataset.UnitHa, z.Status), occ,
				Cell{Text: StageName(l, z.Stage)}, f.text(dev), f.status(z.Status), f.source(z.Source)}})
	}
	return s
}

// agreements is tab 5: every international agreement, by signing date.
func agreements(sc *Scope, l *i18n.Locale) Page {
	p := Page{Title: l.T("agreements.heading"), Sections: []Section{own(sc, l).agreements()}}
	for _, pd := range sc.Pred {
		fp := of(sc, pd, l)
		p.Sections = append(p.Sections, fp.from(fp.agreements()))
	}
	return p
}

// agreements is the dataset's agreements, by signing date.
func (f fmtr) agreements() Section {
	d, l := f.d, f.l
	s := Section{ID: "agreements", Title: l.T("content.agreements"), Empty: l.T("agreements.empty"),
		// Whether an agreement is verified gives way last, after the
		// period, which the chart face follows with a column of its own
		// for the focus year (priority 3).
		Columns: []Column{{Key: "partner", Head: l.T("agreements.partner"), Max: 40, Search: true},
			{Key: "country", Head: l.T("agreements.country"), Prio: 6, Search: true},
			{Key: "signed", Head: l.T("agreements.signed"), Prio: 5},
			{Key: "period", Head: l.T("agreements.period"), Prio: 4},
			{Key: "level", Head: l.T("agreements.level"), Prio: 8, Search: true},
			{Key: "kind", Head: l.T("agreements.kind"), Prio: 7, Max: 36, Search: true},
			{Key: "verified", Head: l.T("agreements.verified"), Prio: 2},
			{Key: "status", Head: l.T("content.col.status"), Prio: 9},
			{Key: "source", Head: l.T("content.col.source"), Prio: 1}}}
	verified := 0
	for _, a := range d.Agreements {
		if a.Verified {
			verified++
		}
	}
	if len(d.Agreements) > 0 {
		s.Intro = l.Tf("agreements.count", l.Plural(len(d.Agreements), "agreements.n"), verified)
	}
	for _, i := range AgreementOrder(d.Agreements) {
		a := d.Agreements[i]
		partner := l.Pick(a.Partner)
		ver := l.T("agreements.no")
		if a.Verified {
			ver = l.T("agreements.yes")
		}
		s.Rows = append(s.Rows, Row{Key: a.Partner.VI + "/" + a.Signed, Label: partner, Year: SignedYear(a.Signed),
			Status: a.Status, Note: l.Pick(a.Note), Date: a.Date,
			More: map[string]Cell{"from": year(a.From), "to": year(a.To), "verified": flag(ver, a.Verified)},
			Cells: []Cell{f.text(partner), f.text(l.Pick(a.Country)), f.date(a.Signed), {Text: Period(a)},
				{Text: f.name("agreements.level.", a.Level)}, f.text(l.Pick(a.Kind)), {Text: ver}, f.status(a.Status), f.source(a.Source)}})
	}
	return s
}

// AgreementOrder orders agreements by signing date (dataset order among
// equal dates; an undated one first, as ISO strings compare).
func AgreementOrder(as []dataset.Agreement) []int {
	idx := make([]int, len(as))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(as[a].Signed, as[b].Signed) })
	return idx
}

// year is an agreement's first or last year as a cell whose Num the
// timeline draws its span from (a gap for 0: no such year).
func year(y int) Cell {
	if y == 0 {
		return Cell{Text: i18n.Gap}
	}
	return Cell{Text: strconv.Itoa(y), Num: dataset.N(float64(y), 0)}
}

// flag is a yes/no cell whose Num (1 or 0) a chart styles by, so it
// never compares words of the locale.
func flag(text string, b bool) Cell {
	v := 0.0
	if b {
		v = 1
	}
	return Cell{Text: text, Num: dataset.N(v, 0)}
}

// SignedYear is the year an ISO date or year starts with, 0 when none.
func SignedYear(s string) int {
	if len(s) < 4 {
		return 0
	}
	y, err := strconv.Atoi(s[:4])
	if err != nil {
		return 0
	}
	return y
}

// Period is an agreement's period: "2021–2025", "2024–" when open-ended,
// "—" when there is none.
func Period(a dataset.Agreement) string {
	switch {
	case a.From != 0 && a.To != 0:
		return fmt.Sprintf("%d–%d", a.From, a.To)
	case a.From != 0:
		return fmt.Sprintf("%d–", a.From)
	}
	return i18n.Gap
}
