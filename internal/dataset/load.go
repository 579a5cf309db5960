package dataset

import "io/fs"

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
//	exports.csv        exports and imports by year or period (optional) → ExportRow
//
// The columns of each table are declared once, in tables (columns.go), and
// documented for people who edit the files in data/README.md.
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
	FileExports    = "exports.csv"
	FileTargets    = "targets.csv"
	FilePeriods    = "growth_periods.csv"
	// A national table's files (kind = "national").
	FileNational = "provinces.csv"
	FileRegions  = "regions.csv"
)

// Target indicators, each with the unit its figures are in.
var TargetIndicators = map[string]string{
	"grdp_growth":     UnitPercent, // % for one year
	"grdp_growth_avg": UnitPercent, // %/yr average over a span
	"per_capita_usd":  UnitUSD,
	"grdp_vnd_bn":     UnitVNDbn,
	"fdi_usd_m":       UnitUSDm,
	"exports_usd_bn":  UnitUSDbn,
	"budget_vnd_bn":   UnitVNDbn,
	"parks_count":     UnitCount,
	"parks_ha":        UnitHa,
	"clusters_count":  UnitCount,
	"clusters_ha":     UnitHa,
}

// National indicators, each with its unit.
var NationalIndicators = map[string]string{
	"grdp_growth":    UnitPercent,
	"grdp_vnd_bn":    UnitVNDbn,
	"exports_usd_bn": UnitUSDbn,
}

// Target bounds: how the target's figures are read.
var TargetBounds = []string{"exact", "at_least", "at_most", "range", "about"}

// Bodies that set targets.
var TargetSetters = []string{"government", "council", "party", "committee", "plan"}

// FDI definitions. Sources count FDI in incompatible ways, so every figure
// says which one it is and rows of different definitions are never summed.
const (
	FDINew       = "new"       // newly registered projects only
	FDIAdded     = "added"     // capital added to existing projects
	FDINewAdded  = "new_added" // new + added
	FDIConverted = "converted" // "vốn đầu tư quy đổi": all investment converted to USD, includes domestic capital
	FDITotal     = "total"     // total foreign investment as reported, definition not stated (may include share purchases)
	// FDIRegistered is the Foreign Investment Agency's total registered
	// capital: new + added + capital contributions and share purchases.
	FDIRegistered = "registered"
)

// FDIDefinitions lists the valid definitions.
var FDIDefinitions = []string{FDINew, FDIAdded, FDINewAdded, FDIRegistered, FDIConverted, FDITotal}

// Zone stages, in the order a park goes through them.
var ZoneStages = []string{"planning", "appraisal", "new", "clearance", "construction", "operating"}

// Load reads the dataset in dir of fsys: dataset.toml and every table, or,
// when dir names a .xlsx file, the same from its sheets. It returns the
// dataset, or nil and a Problems error listing everything that is wrong.
// A dataset is used whole or not at all: a dashboard that shows half a
// dataset would show gaps that are not gaps. It reads within
// DefaultLimits.
func Load(fsys fs.FS, dir string) (*Dataset, error) { return LoadWith(fsys, dir, DefaultLimits()) }

// LoadWith is Load within lim (zero fields take the defaults). Only
// regular files are read, and a symbolic link only when it stays inside
// dir (see data/README.md, "Limits").
func LoadWith(fsys fs.FS, dir string, lim Limits) (*Dataset, error) {
	if IsWorkbook(fsys, dir) {
		return loadWorkbook(fsys, dir, lim)
	}
	return newLoader(fsys, dir, lim).run()
}

func newLoader(fsys fs.FS, dir string, lim Limits) *loader {
	return &loader{fsys: fsys, dir: dir, lim: lim.orDefault(), format: DotDecimal, sources: map[string]bool{}}
}

// run reads the metadata and every table through l, whichever form they
// are kept in.
func (l *loader) run() (*Dataset, error) {
	d := &Dataset{}
	l.loadMeta(d)
	for _, t := range tables() {
		if t.kind() != d.Kind {
			// A table of the other kind of dataset: a national table's
			// provinces.csv in a province folder, or the reverse, is a
			// mistake worth saying, not data to ignore.
			if l.has(t.fileName()) {
				l.addf(CodeWrongKind, t.fileName(), 0, 0, "", "belongs to a dataset of kind %q, and this one is of kind %q", kindName(t.kind()), kindName(d.Kind))
			}
			continue
		}
		t.load(l, d)
	}
	l.complete(d)
	if len(l.problems) > 0 {
		return nil, l.problems
	}
	d.BuildIndex()
	return d, nil
}

// kindName is how data/README.md and problems name a kind.
func kindName(k string) string {
	if k == KindProvince {
		return "province"
	}
	return k
}
