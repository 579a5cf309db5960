package dataset

import (
	"io/fs"
	"sort"
	"strconv"
	"strings"
)

// Files of a dataset folder. Every file must exist; a table with no data
// yet is a file with only its header line.
//
//	dataset.toml       id, names, as-of date, notes, merger, sources, headlines, scalars
//	grdp_growth.csv    GRDP growth by year beside Vietnam's GDP growth  → GrowthRow
//	grdp_size.csv      GRDP at current prices and per capita by year    → SizeRow
//	sector_growth.csv  growth of each sector by year                    → SectorRow
//	structure.csv      share of each sector in GRDP by year             → StructureRow
//	pci.csv            Provincial Competitiveness Index by year         → PCIRow
//	fdi_year.csv       FDI attracted per year or period, per definition → FDIYearRow
//	fdi_country.csv    latest snapshot per investing country            → FDICountryRow
//	zones.csv          industrial parks (KCN)                           → Zone
//	zone_totals.csv    counts and areas of parks and clusters           → ZoneTotal
//	agreements.csv     international agreements                         → Agreement
//
// Columns common to every CSV (all must be in the header):
//
//	source    id of a [[source]] in dataset.toml (required when the row has a figure)
//	status    official | estimate | preliminary | plan | reported
//	date      ISO date or period the figure refers to: 2024, 2024-03, 2024-03-19, 2024-H1, 2024-Q1, 2024-8M
//	note_vi   note in Vietnamese; discloses conflicting values from other sources
//	note_en   the same note in English
//
// A row whose figures are all empty is a gap: it needs a note saying why,
// and its source/status/date may be empty. Numbers use '.' as decimal
// separator, no grouping, an optional leading ">" (more than) or "≈"
// (about); empty means missing, never zero.
//
// Table columns (* = required value):
//
//	grdp_growth.csv    year*, growth (% y/y), rank (of 63), rank_source (id, when the rank
//	                   comes from another source), national (Vietnam GDP % y/y),
//	                   national_source, national_status, national_date,
//	                   national_note_vi, national_note_en
//	grdp_size.csv      year*, grdp_vnd_bn (billion VND, current prices), grdp_usd_bn
//	                   (as the source converted it), per_capita_usd, rank (by size, of 63),
//	                   rank_source
//	sector_growth.csv  year*, sector* (aff|ic|services|taxes), growth (% y/y)
//	structure.csv      year*, sector*, share (% of GRDP)
//	pci.csv            year*, score, rank, rank_source
//	fdi_year.csv       year*, period* (2024 or 2024-8M...), definition* (new|added|
//	                   new_added|converted|total), projects, capital_usd_m, rank
//	fdi_country.csv    code*, country_vi*, country_en*, projects, capital_usd_m,
//	                   rank_capital, rank_projects, as_of
//	zones.csv          name*, district, area_ha, occupancy_pct, occupancy_date,
//	                   developer, tenants, stage* (operating|construction|clearance|
//	                   appraisal|new|planning)
//	zone_totals.csv    kind* (parks|clusters), count, area_ha, leased_ha
//	agreements.csv     partner_vi*, partner_en*, country_vi, country_en, level*
//	                   (province|district|city), type_vi, type_en, signed (ISO),
//	                   period_from, period_to (years), verified* (yes|no)
const (
	FileMeta       = "dataset.toml"
	FileGrowth     = "grdp_growth.csv"
	FileSize       = "grdp_size.csv"
	FileSectors    = "sector_growth.csv"
	FileStructure  = "structure.csv"
	FilePCI        = "pci.csv"
	FileFDIYear    = "fdi_year.csv"
	FileFDICountry = "fdi_country.csv"
	FileZones      = "zones.csv"
	FileZoneTotals = "zone_totals.csv"
	FileAgreements = "agreements.csv"
)

// FDI definitions. Sources count FDI in incompatible ways, so every figure
// says which one it is and rows of different definitions are never summed.
const (
	FDINew       = "new"       // newly registered projects only
	FDIAdded     = "added"     // capital added to existing projects
	FDINewAdded  = "new_added" // new + added
	FDIConverted = "converted" // "vốn đầu tư quy đổi": all investment converted to USD, includes domestic capital
	FDITotal     = "total"     // total foreign investment as reported, definition not stated (may include share purchases)
)

// FDIDefinitions lists the valid definitions.
var FDIDefinitions = []string{FDINew, FDIAdded, FDINewAdded, FDIConverted, FDITotal}

// Zone stages, in the order a park goes through them.
var ZoneStages = []string{"planning", "appraisal", "new", "clearance", "construction", "operating"}

var metaCols = []colSpec{
	{"source", true}, {"status", true}, {"date", true}, {"note_vi", true}, {"note_en", true},
}

func cols(names ...string) []colSpec {
	out := make([]colSpec, 0, len(names)+len(metaCols))
	for _, n := range names {
		req := !strings.HasSuffix(n, "?")
		out = append(out, colSpec{strings.TrimSuffix(n, "?"), req})
	}
	return append(out, metaCols...)
}

// Load reads the dataset in dir of fsys: dataset.toml and every table. It
// returns the dataset, or nil and a Problems error listing everything that
// is wrong. A dataset is used whole or not at all: a dashboard that shows
// half a dataset would show gaps that are not gaps. It reads within
// DefaultLimits.
func Load(fsys fs.FS, dir string) (*Dataset, error) { return LoadWith(fsys, dir, DefaultLimits()) }

// LoadWith is Load within lim (zero fields take the defaults). Only
// regular files are read, and a symbolic link only when it stays inside
// dir (see data/README.md, "Limits").
func LoadWith(fsys fs.FS, dir string, lim Limits) (*Dataset, error) {
	l := &loader{fsys: fsys, dir: dir, lim: lim.orDefault(), format: DotDecimal, sources: map[string]bool{}}
	d := &Dataset{}
	l.loadMeta(d)
	l.loadGrowth(d)
	l.loadSize(d)
	l.loadSectors(d)
	l.loadStructure(d)
	l.loadPCI(d)
	l.loadFDIYear(d)
	l.loadFDICountry(d)
	l.loadZones(d)
	l.loadZoneTotals(d)
	l.loadAgreements(d)
	if len(l.problems) > 0 {
		return nil, l.problems
	}
	d.BuildIndex()
	return d, nil
}

func (l *loader) loadGrowth(d *Dataset) {
	var k keys
	for _, r := range l.readCSV(FileGrowth, cols("year", "growth", "rank", "rank_source",
		"national", "national_source", "national_status", "national_date",
		"national_note_vi?", "national_note_en?")) {
		g := GrowthRow{Year: r.year("year")}
		k.check(r, "year", strconv.Itoa(g.Year))
		g.Province = r.num("growth", pctGrowth)
		g.Rank = r.rank("rank")
		if v := r.get("rank_source"); v != "" {
			g.RankSource = r.sourceID("rank_source", v)
		}
		g.National = r.num("national", pctGrowth)
		g.Meta = r.meta("", r.present("growth", "rank"))
		g.NatMeta = r.meta("national_", r.present("national"))
		d.Growth = append(d.Growth, g)
	}
	sort.SliceStable(d.Growth, func(i, j int) bool { return d.Growth[i].Year < d.Growth[j].Year })
}

func (l *loader) loadSize(d *Dataset) {
	var k keys
	for _, r := range l.readCSV(FileSize, cols("year", "grdp_vnd_bn", "grdp_usd_bn", "per_capita_usd", "rank", "rank_source")) {
		s := SizeRow{Year: r.year("year")}
		k.check(r, "year", strconv.Itoa(s.Year))
		s.GRDPVNDbn = r.num("grdp_vnd_bn", nonNeg)
		s.GRDPUSDbn = r.num("grdp_usd_bn", nonNeg)
		s.PerCapUSD = r.num("per_capita_usd", nonNeg)
		s.Rank = r.rank("rank")
		if v := r.get("rank_source"); v != "" {
			s.RankSource = r.sourceID("rank_source", v)
		}
		s.Meta = r.meta("", r.present("grdp_vnd_bn", "grdp_usd_bn", "per_capita_usd", "rank"))
		d.Size = append(d.Size, s)
	}
	sort.SliceStable(d.Size, func(i, j int) bool { return d.Size[i].Year < d.Size[j].Year })
}

func sectorIDs() []string {
	ids := make([]string, 0, len(SectorNames))
	for id := range SectorNames {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

func (l *loader) loadSectors(d *Dataset) {
	var k keys
	for _, r := range l.readCSV(FileSectors, cols("year", "sector", "growth")) {
		s := SectorRow{Year: r.year("year"), Sector: r.oneOf("sector", true, sectorIDs()...)}
		k.check(r, "sector", strconv.Itoa(s.Year)+"/"+r.get("sector"))
		s.Growth = r.num("growth", pctGrowth)
		s.Meta = r.meta("", r.present("growth"))
		d.Sectors = append(d.Sectors, s)
	}
}

func (l *loader) loadStructure(d *Dataset) {
	var k keys
	for _, r := range l.readCSV(FileStructure, cols("year", "sector", "share")) {
		s := StructureRow{Year: r.year("year"), Sector: r.oneOf("sector", true, sectorIDs()...)}
		k.check(r, "sector", strconv.Itoa(s.Year)+"/"+r.get("sector"))
		s.Share = r.num("share", pctShare)
		s.Meta = r.meta("", r.present("share"))
		d.Structure = append(d.Structure, s)
	}
}

func (l *loader) loadPCI(d *Dataset) {
	var k keys
	for _, r := range l.readCSV(FilePCI, cols("year", "score", "rank", "rank_source")) {
		p := PCIRow{Year: r.year("year")}
		k.check(r, "year", strconv.Itoa(p.Year))
		p.Score = r.num("score", pciScore)
		p.Rank = r.rank("rank")
		if v := r.get("rank_source"); v != "" {
			p.RankSource = r.sourceID("rank_source", v)
		}
		p.Meta = r.meta("", r.present("score", "rank"))
		d.PCI = append(d.PCI, p)
	}
	sort.SliceStable(d.PCI, func(i, j int) bool { return d.PCI[i].Year < d.PCI[j].Year })
}

func (l *loader) loadFDIYear(d *Dataset) {
	var k keys
	for _, r := range l.readCSV(FileFDIYear, cols("year", "period", "definition", "projects", "capital_usd_m", "rank")) {
		f := FDIYearRow{Year: r.year("year"), Definition: r.oneOf("definition", true, FDIDefinitions...)}
		f.Period = r.date("period", true)
		if f.Period != "" && f.Year != 0 && DateYear(f.Period) != f.Year {
			r.bad(CodePeriodYear, "period", "%q is not in year %d", f.Period, f.Year)
		}
		k.check(r, "period", r.get("period")+"/"+r.get("definition"))
		f.Projects = r.num("projects", nonNeg)
		f.CapitalUSDm = r.num("capital_usd_m", nonNeg)
		f.Rank = r.rank("rank")
		f.Meta = r.meta("", r.present("projects", "capital_usd_m", "rank"))
		d.FDIYear = append(d.FDIYear, f)
	}
}

func (l *loader) loadFDICountry(d *Dataset) {
	var k keys
	for _, r := range l.readCSV(FileFDICountry, cols("code", "country_vi", "country_en", "projects",
		"capital_usd_m", "rank_capital", "rank_projects", "as_of")) {
		c := FDICountryRow{Country: r.text("country_vi", "country_en")}
		c.Code, _ = r.need("code")
		r.need("country_vi")
		r.need("country_en")
		k.check(r, "code", c.Code)
		c.Projects = r.num("projects", nonNeg)
		c.CapitalUSDm = r.num("capital_usd_m", nonNeg)
		c.RankCapital = r.rank("rank_capital")
		c.RankProj = r.rank("rank_projects")
		c.AsOf = r.date("as_of", false)
		// Some country totals come from undated pages: kept, with a note.
		c.Meta = r.metaDate("", r.present("projects", "capital_usd_m", "rank_capital", "rank_projects"), false)
		d.FDICountry = append(d.FDICountry, c)
	}
}

func (l *loader) loadZones(d *Dataset) {
	var k keys
	for _, r := range l.readCSV(FileZones, cols("name", "district", "area_ha", "occupancy_pct",
		"occupancy_date", "developer", "tenants", "stage")) {
		z := Zone{District: r.get("district"), Developer: r.get("developer"), Tenants: r.get("tenants")}
		z.Name, _ = r.need("name")
		k.check(r, "name", z.Name)
		z.AreaHa = r.num("area_ha", nonNeg)
		z.Occupancy = r.num("occupancy_pct", pctShare)
		z.OccDate = r.date("occupancy_date", z.Occupancy.OK)
		z.Stage = r.oneOf("stage", true, ZoneStages...)
		z.Meta = r.meta("", r.present("area_ha", "occupancy_pct"))
		d.Zones = append(d.Zones, z)
	}
}

func (l *loader) loadZoneTotals(d *Dataset) {
	var k keys
	for _, r := range l.readCSV(FileZoneTotals, cols("kind", "count", "area_ha", "leased_ha")) {
		z := ZoneTotal{Kind: r.oneOf("kind", true, "parks", "clusters")}
		z.Count = r.num("count", nonNeg)
		z.AreaHa = r.num("area_ha", nonNeg)
		z.Leased = r.num("leased_ha", nonNeg)
		z.Meta = r.meta("", r.present("count", "area_ha", "leased_ha"))
		k.check(r, "kind", r.get("kind")+"/"+r.get("date"))
		d.ZoneTotals = append(d.ZoneTotals, z)
	}
}

func (l *loader) loadAgreements(d *Dataset) {
	var k keys
	for _, r := range l.readCSV(FileAgreements, cols("partner_vi", "partner_en", "country_vi", "country_en",
		"level", "type_vi", "type_en", "signed", "period_from", "period_to", "verified")) {
		a := Agreement{
			Partner: r.text("partner_vi", "partner_en"),
			Country: r.text("country_vi", "country_en"),
			Kind:    r.text("type_vi", "type_en"),
			Level:   r.oneOf("level", true, "province", "district", "city"),
		}
		r.need("partner_vi")
		r.need("partner_en")
		k.check(r, "partner_en", r.get("partner_en")+"/"+r.get("type_en"))
		a.Signed = r.date("signed", false)
		a.From = r.intVal("period_from", 1900, 2100, false)
		a.To = r.intVal("period_to", 1900, 2100, false)
		if a.From != 0 && a.To != 0 && a.To < a.From {
			r.bad(CodePeriodOrder, "period_to", "period ends (%d) before it starts (%d)", a.To, a.From)
		}
		a.Verified = r.oneOf("verified", true, "yes", "no") == "yes"
		// An agreement is itself the fact: it always needs a source and a
		// status, but its date may be unknown (the signing date is in
		// "signed" when a source gives it).
		a.Meta = Meta{Note: r.text("note_vi", "note_en"), Date: r.date("date", false), Status: r.status("status", true)}
		if v, ok := r.need("source"); ok {
			a.Meta.Source = r.sourceID("source", v)
		}
		d.Agreements = append(d.Agreements, a)
	}
}
