package plain

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/report"
)

// title opens a tab: the tab's heading, the province and the as-of date.
func (w *writer) title(heading string) {
	w.heading(heading + ": " + w.loc.Tf("overview.province", w.loc.Pick(w.d.Name)))
	if w.d.AsOf != "" {
		w.para(w.loc.Tf("plain.asof", w.date(w.d.AsOf)))
	}
}

// overview: province, as-of date, the merger notice and every headline
// figure as a sentence.
func (w *writer) overview() {
	w.title(w.loc.T("overview.title"))
	if m := w.loc.Pick(w.d.Merger); m != "" {
		w.heading(w.loc.T("plain.merger"))
		w.para(sentence(strings.TrimSuffix(m, "."), w.cite(w.d.MergerMeta.Source)))
		w.note(w.d.MergerMeta.Note)
	}
	w.heading(w.loc.T("overview.headlines"))
	if len(w.d.Headline) == 0 {
		w.para(w.loc.T("overview.none"))
	}
	for _, h := range w.d.Headline {
		w.blank()
		w.para(w.headline(h))
		w.note(h.Note)
	}
}

// headline is one headline figure as a sentence: "Tăng trưởng GRDP 2024:
// 13,85 %, đứng thứ 1/63 [16]." The date is said when the label does not
// already carry it.
func (w *writer) headline(h dataset.Headline) string {
	v := h.Value
	if h.Approx && v.OK && v.Qual == "" {
		v.Qual = dataset.QualApprox
	}
	parts := []string{w.loc.Pick(h.Label), ": ", w.say(v, h.Unit), w.qualify(h.Status)}
	if h.Rank > 0 {
		parts = append(parts, ", ", w.loc.Tf("plain.rank", keep(w.loc.Rank(h.Rank, h.RankOf))))
	}
	if h.Date != "" && !strings.Contains(w.loc.Pick(h.Label), h.Date) {
		parts = append(parts, ", ", w.loc.Tf("plain.asof_at", w.date(h.Date)))
	}
	return sentence(append(parts, w.cite(h.Source))...)
}

// gdp: growth by year beside Vietnam's, sector growth of the latest year,
// GRDP size.
func (w *writer) gdp() {
	w.title(w.loc.T("gdp.heading"))
	w.para(w.loc.T("plain.gap_rule"))
	rows := slices.Clone(w.d.Growth)
	slices.SortStableFunc(rows, func(a, b dataset.GrowthRow) int { return cmp.Compare(a.Year, b.Year) })
	if n := len(rows); n > 0 && rows[n-1].Province.OK {
		g := rows[n-1]
		s := w.loc.Tf("plain.gdp.latest", g.Year, w.loc.Pick(w.d.Name), w.fig(g.Province, dataset.UnitPercent)) + w.qualify(g.Status)
		if g.Rank > 0 {
			s += ", " + w.loc.Tf("plain.rank", keep(w.loc.Rank(g.Rank, 0)))
		}
		s += w.cite(g.Source, g.RankSource)
		if g.National.OK {
			s += "; " + w.loc.Tf("plain.gdp.latest_nat", w.fig(g.National, dataset.UnitPercent)) + w.qualify(g.NatMeta.Status) + w.cite(g.NatMeta.Source)
		}
		w.para(sentence(s))
	}
	var cells [][]string
	var notes []dataset.Text
	var years []string
	for _, g := range rows {
		st := w.status(g.Status)
		if g.National.OK && g.NatMeta.Status != "" && g.NatMeta.Status != dataset.Official {
			st += "; " + w.loc.Tf("plain.gdp.status_nat", w.status(g.NatMeta.Status))
		}
		var src []string
		if g.Province.OK || g.Rank > 0 {
			src = append(src, g.Source)
		}
		if g.National.OK {
			src = append(src, g.NatMeta.Source)
		}
		y := strconv.Itoa(g.Year)
		cells = append(cells, []string{y, w.fig(g.Province, dataset.UnitPercent), w.rankCite(g.Rank, g.RankSource),
			w.fig(g.National, dataset.UnitPercent), st, w.srcCell(src...)})
		for _, n := range []dataset.Text{g.Note, g.NatMeta.Note} {
			if w.loc.Pick(n) != "" {
				notes, years = append(notes, n), append(years, y)
			}
		}
	}
	w.table([]col{{head: w.loc.T("gdp.col.year")}, {head: w.loc.Pick(w.d.Name), right: true},
		{head: w.loc.T("gdp.col.rank")}, {head: w.loc.T("gdp.vietnam"), right: true},
		{head: w.loc.T("gdp.col.status")}, {head: w.loc.T("app.source")}}, cells)
	w.notes(years, notes)
	w.sectors()
	w.size()
}

// rankCite is a rank cell followed by the source of the rank when it is
// not the row's own: "thứ 4 [9]".
func (w *writer) rankCite(rank int, src string) string {
	if rank > 0 && src != "" {
		return w.rank(rank) + w.cite(src)
	}
	return w.rank(rank)
}

// notes lists the notes of a table's rows, each after the row's label.
func (w *writer) notes(labels []string, notes []dataset.Text) {
	if len(notes) == 0 {
		return
	}
	w.heading(w.loc.T("plain.notes"))
	for i, n := range notes {
		w.para(sentence(labels[i] + ": " + strings.TrimSuffix(w.loc.Pick(n), ".")))
	}
}

// sectorOrder is the order sectors are said in, as on the dashboard.
var sectorOrder = []string{"aff", "ic", "services", "taxes"}

// sectors says the growth of each sector in the latest year that has any.
func (w *writer) sectors() {
	year := 0
	for _, s := range w.d.Sectors {
		if s.Growth.OK {
			year = max(year, s.Year)
		}
	}
	if year == 0 {
		w.heading(w.loc.T("gdp.sectors.none"))
		return
	}
	w.heading(w.loc.Tf("plain.gdp.sectors", year))
	var rows []dataset.SectorRow
	for _, s := range w.d.Sectors {
		if s.Year == year {
			rows = append(rows, s)
		}
	}
	order := func(id string) int {
		if i := slices.Index(sectorOrder, id); i >= 0 {
			return i
		}
		return len(sectorOrder)
	}
	slices.SortStableFunc(rows, func(a, b dataset.SectorRow) int { return cmp.Compare(order(a.Sector), order(b.Sector)) })
	for _, r := range rows {
		name := w.loc.Pick(dataset.SectorNames[r.Sector])
		if name == "" {
			name = r.Sector
		}
		g := r.Growth
		key := "plain.gdp.flat"
		switch {
		case g.OK && g.V > 0:
			key = "plain.gdp.up"
		case g.OK && g.V < 0:
			key, g.V = "plain.gdp.down", -g.V
		}
		w.para(sentence(w.loc.Tf(key, name, w.say(g, dataset.UnitPercent)), w.qualify(r.Status), w.cite(r.Source)))
		w.note(r.Note)
	}
}

// size is the GRDP size table (current prices).
func (w *writer) size() {
	w.heading(w.loc.T("gdp.size"))
	rows := slices.Clone(w.d.Size)
	slices.SortStableFunc(rows, func(a, b dataset.SizeRow) int { return cmp.Compare(a.Year, b.Year) })
	var cells [][]string
	var notes []dataset.Text
	var years []string
	for _, s := range rows {
		y := strconv.Itoa(s.Year)
		cells = append(cells, []string{y, w.fig(s.GRDPVNDbn, ""), w.fig(s.GRDPUSDbn, ""), w.fig(s.PerCapUSD, ""),
			w.rankCite(s.Rank, s.RankSource), w.status(s.Status), w.srcCell(s.Source)})
		if w.loc.Pick(s.Note) != "" {
			notes, years = append(notes, s.Note), append(years, y)
		}
	}
	w.table([]col{{head: w.loc.T("gdp.col.year")}, {head: w.loc.T("gdp.col.vnd"), right: true},
		{head: w.loc.T("gdp.col.usd"), right: true}, {head: w.loc.T("plain.gdp.col.percap"), right: true},
		{head: w.loc.T("gdp.col.rank")}, {head: w.loc.T("gdp.col.status")},
		{head: w.loc.T("app.source")}}, cells)
	w.notes(years, notes)
}

// fdi: investing countries, capital by country, FDI by year one table per
// definition, and the latest year's new and added capital.
func (w *writer) fdi() {
	d, l := w.d, w.loc
	w.title(l.T("fdi.heading"))
	w.para(l.T("plain.gap_rule"))
	if d.FDICountries.OK || d.FDIMeta.Source != "" {
		s := l.Tf("plain.fdi.countries", w.say(d.FDICountries, dataset.UnitCount)) + w.qualify(d.FDIMeta.Status)
		if d.FDIMeta.Date != "" {
			s += ", " + l.Tf("plain.asof_at", w.date(d.FDIMeta.Date))
		}
		w.para(sentence(s, w.cite(d.FDIMeta.Source)))
		w.note(d.FDIMeta.Note)
	}
	w.newAdded()

	w.heading(l.T("fdi.by_country") + " (" + l.T("fdi.by_country_nb") + ")")
	countries := slices.Clone(d.FDICountry)
	slices.SortStableFunc(countries, func(a, b dataset.FDICountryRow) int {
		ca, cb := a.CapitalUSDm, b.CapitalUSDm
		switch {
		case ca.OK && cb.OK:
			return cmp.Compare(cb.V, ca.V)
		case ca.OK:
			return -1
		case cb.OK:
			return 1
		}
		return 0
	})
	var cells [][]string
	var notes []dataset.Text
	var names []string
	for _, c := range countries {
		asOf := c.AsOf
		if asOf == "" {
			asOf = c.Date
		}
		name := l.Pick(c.Country)
		cells = append(cells, []string{name, w.fig(c.Projects, ""), w.fig(c.CapitalUSDm, ""), w.rank(c.RankCapital),
			w.rank(c.RankProj), w.date(asOf), w.status(c.Status), w.srcCell(c.Source)})
		if l.Pick(c.Note) != "" {
			notes, names = append(notes, c.Note), append(names, name)
		}
	}
	w.table([]col{{head: l.T("fdi.country")}, {head: l.T("plain.fdi.projects_col"), right: true},
		{head: l.T("plain.fdi.capital_col"), right: true}, {head: l.T("fdi.rank_capital")},
		{head: l.T("fdi.rank_projects")}, {head: l.T("fdi.asof")},
		{head: l.T("app.status")}, {head: l.T("app.source")}}, cells)
	w.notes(names, notes)

	w.heading(l.T("fdi.by_year"))
	w.para(sentence(capitalize(l.T("fdi.by_year_nb"))))
	for _, def := range fdiDefinitions(d.FDIYear) {
		w.heading(w.defName(def))
		var cells [][]string
		var notes []dataset.Text
		var periods []string
		for _, r := range fdiRows(d.FDIYear, def) {
			p := w.date(r.Period)
			if r.Period == "" {
				p = strconv.Itoa(r.Year)
			}
			cells = append(cells, []string{p, w.fig(r.Projects, ""), w.fig(r.CapitalUSDm, ""), w.rank(r.Rank),
				w.status(r.Status), w.srcCell(r.Source)})
			if l.Pick(r.Note) != "" {
				notes, periods = append(notes, r.Note), append(periods, p)
			}
		}
		w.table([]col{{head: l.T("fdi.period")}, {head: l.T("plain.fdi.projects_col"), right: true},
			{head: l.T("plain.fdi.capital_col"), right: true}, {head: l.T("app.rank")},
			{head: l.T("app.status")}, {head: l.T("app.source")}}, cells)
		w.notes(periods, notes)
	}
}

// defName is the long name of an FDI definition, the id when unknown.
func (w *writer) defName(def string) string {
	if s := w.loc.T("fdi.def." + def); !strings.HasPrefix(s, "!") {
		return s
	}
	return def
}

// fdiDefinitions are the definitions the rows use: the known ones in
// dataset order, then any other.
func fdiDefinitions(rows []dataset.FDIYearRow) []string {
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

// fdiRows are the rows of one definition by year, in the dataset's order
// within a year (part-year periods come before the full year there).
func fdiRows(rows []dataset.FDIYearRow, def string) []dataset.FDIYearRow {
	var out []dataset.FDIYearRow
	for _, r := range rows {
		if r.Definition == def {
			out = append(out, r)
		}
	}
	slices.SortStableFunc(out, func(a, b dataset.FDIYearRow) int { return cmp.Compare(a.Year, b.Year) })
	return out
}

// newAdded says the latest full year's new and added capital, each with
// its projects, status and note (the note discloses conflicting reports).
func (w *writer) newAdded() {
	full := func(r dataset.FDIYearRow) bool { return r.Period == "" || r.Period == strconv.Itoa(r.Year) }
	year := 0
	for _, r := range w.d.FDIYear {
		if full(r) && (r.Definition == dataset.FDINew || r.Definition == dataset.FDIAdded) {
			year = max(year, r.Year)
		}
	}
	if year == 0 {
		return
	}
	w.heading(w.loc.Tf("fdi.y2024", year))
	for _, def := range []string{dataset.FDINew, dataset.FDIAdded} {
		for _, r := range w.d.FDIYear {
			if r.Year != year || r.Definition != def || !full(r) {
				continue
			}
			proj := w.loc.Tf("plain.fdi.projects", w.say(r.Projects, ""))
			w.para(sentence(w.loc.Tf("plain.fdi."+def, year, w.say(r.CapitalUSDm, dataset.UnitUSDm), proj),
				w.qualify(r.Status), w.cite(r.Source)))
			w.note(r.Note)
			break
		}
	}
}

// zones: totals of parks and clusters as sentences, then the parks table.
func (w *writer) zones() {
	d, l := w.d, w.loc
	w.title(l.T("zones.heading"))
	w.para(l.T("plain.gap_rule"))
	for _, z := range d.ZoneTotals {
		kind := l.T("zones.kind." + z.Kind)
		if strings.HasPrefix(kind, "!") {
			kind = z.Kind
		}
		at := l.Tf("plain.asof_at", w.date(z.Date))
		s := l.Tf("plain.zones.total", kind, w.say(z.Count, dataset.UnitCount), w.say(z.AreaHa, dataset.UnitHa),
			w.say(z.Leased, dataset.UnitHa), at)
		w.blank()
		w.para(sentence(s, w.qualify(z.Status), w.cite(z.Source)))
		w.note(z.Note)
	}
	w.heading(l.T("zones.parks") + " (" + l.T("zones.parks_nb") + ")")
	var cells [][]string
	var notes []dataset.Text
	var names []string
	for _, z := range d.Zones {
		occ := w.fig(z.Occupancy, dataset.UnitPercent)
		if z.Occupancy.OK && z.OccDate != "" {
			occ = l.Tf("plain.zones.occ", occ, w.date(z.OccDate))
		}
		stage := i18n.Gap
		if z.Stage != "" {
			if stage = l.T("zones.stage." + z.Stage); strings.HasPrefix(stage, "!") {
				stage = z.Stage
			}
		}
		dev := z.Developer
		if dev == "" {
			dev = l.T("zones.unknown")
		}
		cells = append(cells, []string{z.Name, orGap(z.District), w.fig(z.AreaHa, ""), occ, stage, dev,
			w.status(z.Status), w.srcCell(z.Source)})
		if l.Pick(z.Note) != "" {
			notes, names = append(notes, z.Note), append(names, z.Name)
		}
	}
	w.table([]col{{head: l.T("zones.name")}, {head: l.T("zones.district")},
		{head: l.T("plain.zones.area_col"), right: true}, {head: l.T("zones.occupancy")},
		{head: l.T("zones.stage")}, {head: l.T("zones.developer")},
		{head: l.T("app.status")}, {head: l.T("app.source")}}, cells)
	w.notes(names, notes)
}

// agreements: how many, how many verified, and the list.
func (w *writer) agreements() {
	d, l := w.d, w.loc
	w.title(l.T("agreements.heading"))
	w.para(l.T("plain.gap_rule"))
	verified := 0
	for _, a := range d.Agreements {
		if a.Verified {
			verified++
		}
	}
	w.para(l.Tf("plain.agr.count", len(d.Agreements), verified))
	var cells [][]string
	var notes []dataset.Text
	var names []string
	for _, a := range d.Agreements {
		level := i18n.Gap
		if a.Level != "" {
			if level = l.T("agreements.level." + a.Level); strings.HasPrefix(level, "!") {
				level = a.Level
			}
		}
		ver := l.T("plain.agr.no")
		if a.Verified {
			ver = l.T("plain.agr.yes")
		}
		partner := orGap(l.Pick(a.Partner))
		cells = append(cells, []string{partner, orGap(l.Pick(a.Country)), level, orGap(l.Pick(a.Kind)),
			w.date(a.Signed), report.Period(a), ver, w.status(a.Status), w.srcCell(a.Source)})
		if l.Pick(a.Note) != "" {
			notes, names = append(notes, a.Note), append(names, partner)
		}
	}
	w.table([]col{{head: l.T("agreements.partner")}, {head: l.T("agreements.country")},
		{head: l.T("agreements.level")}, {head: l.T("agreements.kind")},
		{head: l.T("agreements.signed")}, {head: l.T("agreements.period")},
		{head: l.T("agreements.verified")}, {head: l.T("app.status")},
		{head: l.T("app.source")}}, cells)
	w.notes(names, notes)
}

// capitalize upper-cases the first letter of a phrase used as a sentence.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
