// Package dataset holds the domain types of a provincial dataset and the
// loader that reads them from a folder of CSV files plus a dataset.toml,
// or from one .xlsx workbook holding the same as sheets.
//
// It has no UI imports: the dashboard, the renderer, the report writer and
// the validator all read the same types, so a figure is parsed once and in
// one way.
package dataset

// Status says how final a figure is. Vietnamese provinces publish December
// estimates and revise them later, so the distinction is shown to users.
type Status string

// The statuses a row may carry (data/README.md).
const (
	Official    Status = "official"
	Estimate    Status = "estimate"
	Preliminary Status = "preliminary"
	Plan        Status = "plan"
	Reported    Status = "reported"
)

// Computed marks the only figures the program works out itself: the gap
// between a result and its target, and the yearly rate a target still to
// be reached needs. It is never a status a data row may carry (Valid
// refuses it) and such figures are never exported as data.
const Computed Status = "computed"

// Statuses lists every valid status in display order.
var Statuses = []Status{Official, Estimate, Preliminary, Plan, Reported}

// Valid reports whether s is one of Statuses.
func (s Status) Valid() bool {
	for _, v := range Statuses {
		if s == v {
			return true
		}
	}
	return false
}

// Num is a figure as written in its source. Dec keeps the number of
// decimals the source printed, so "19.3" is shown as 19,3 and never as
// 19,30: formatting must not invent precision. A Num with OK false is a
// gap (an empty cell), never a zero.
//
// Qual keeps a qualifier the source wrote before the number: ">" for "more
// than" (hơn, trên), "≈" for "about" (khoảng). It is printed with the number.
type Num struct {
	V    float64
	Dec  int
	OK   bool
	Qual string
}

// N builds a present Num; handy in tests.
func N(v float64, dec int) Num { return Num{V: v, Dec: dec, OK: true} }

// Text is a string in both languages. EN falls back to VI when empty.
type Text struct {
	VI string `toml:"vi"`
	EN string `toml:"en"`
}

// In returns the text in lang ("vi" or "en"), falling back to the other.
func (t Text) In(lang string) string {
	if lang == "vi" {
		if t.VI != "" {
			return t.VI
		}
		return t.EN
	}
	if t.EN != "" {
		return t.EN
	}
	return t.VI
}

// Meta is what every row carries: where the figure comes from, how final it
// is, the date it refers to or was published, and an optional note (used to
// disclose conflicting values from other sources).
type Meta struct {
	Source string // id of a Source in dataset.toml
	Status Status
	Date   string // ISO: 2024, 2024-H1, 2023-12-05
	Note   Text
}

// Source is one entry of the numbered source list.
type Source struct {
	ID        string `toml:"id"`
	Title     string `toml:"title"`
	Publisher string `toml:"publisher"`
	// PublisherEN is the publisher in English where it is said in words
	// ("Sở Ngoại vụ tỉnh Bắc Giang" → "Bắc Giang Department of Foreign
	// Affairs"); empty when the name is the same in both languages.
	PublisherEN string `toml:"publisher_en"`
	URL         string `toml:"url"`
	Date        string `toml:"date"`
	// Kind says what kind of publisher it is (SourceKinds): a briefing
	// groups its sources by it, so a statistics office is never read
	// alongside a real-estate blog as if they were alike. Optional.
	Kind string `toml:"kind"`
}

// SourceKinds are the kinds a source may be: a statistics office
// (national or provincial), another government body or its portal, the
// press (including reposts), or anything else (a thesis, a company blog,
// a consultancy).
var SourceKinds = []string{"statistics", "government", "press", "other"}

// PublisherIn is the publisher in lang ("vi" or "en"): an English screen
// never says "(từ Báo Lào Cai)" when the dataset gives the English.
func (s Source) PublisherIn(lang string) string {
	if lang == "en" && s.PublisherEN != "" {
		return s.PublisherEN
	}
	return s.Publisher
}

// Headline is a figure shown on the overview cards.
type Headline struct {
	ID     string `toml:"id"`
	Label  Text   `toml:"label"`
	Value  Num    `toml:"-"`
	Raw    string `toml:"value"` // as written in dataset.toml, parsed into Value
	Unit   string `toml:"unit"`  // one of the Unit constants
	Rank   int    `toml:"rank"`  // 0 when none
	RankOf int    `toml:"rank_of"`
	Approx bool   `toml:"approx"` // the source says "about" (khoảng)
	Meta   `toml:"-"`
	// TOML mirrors of Meta, copied into Meta on load.
	SourceID  string `toml:"source"`
	StatusRaw string `toml:"status"`
	DateRaw   string `toml:"date"`
	NoteText  Text   `toml:"note"`
}

// Units used by figures. Formatting depends on them (i18n.Format).
const (
	UnitPercent = "%"
	UnitUSDbn   = "usd_bn"
	UnitUSDm    = "usd_m"
	UnitUSD     = "usd"
	UnitVNDbn   = "vnd_bn" // tỷ đồng
	UnitHa      = "ha"
	UnitCount   = "count"
	UnitScore   = "score"
	UnitKm2     = "km2"    // square kilometres (an area of land)
	UnitPeople  = "people" // a number of people (a population)
)

// GrowthRow is one year of GRDP growth (constant prices) beside Vietnam's
// national GDP growth for the same year. Either may be a gap.
type GrowthRow struct {
	Year     int
	Province Num // % y/y
	Rank     int // national rank, 0 when unknown
	// RankOf is how many provinces the source ranked among (63 before the
	// 2025 merger, 34 after), 0 when it does not say.
	RankOf int
	// RankSource is the id of the source of Rank when it is not the row's
	// own source (e.g. a GSO top-10 list beside a Statistics Office value).
	RankSource string
	National   Num // % y/y
	NatMeta    Meta
	Meta
}

// SizeRow is GRDP at current prices and per capita for one year.
type SizeRow struct {
	Year      int
	GRDPVNDbn Num // billion VND (tỷ đồng)
	GRDPUSDbn Num // billion USD, as the source converted it
	PerCapUSD Num
	Rank      int // national rank by size, 0 when unknown
	RankOf    int // how many provinces the rank is among, 0 when not said
	// RankSource is the id of the source of Rank when it differs from the
	// row's own source, empty otherwise.
	RankSource string
	Meta
}

// SectorRow is the growth of one sector in one year.
type SectorRow struct {
	Year   int
	Sector string // aff, ic, services, taxes
	Growth Num
	Meta
}

// StructureRow is the share of one sector in GRDP in one year.
type StructureRow struct {
	Year   int
	Sector string
	Share  Num
	Meta
}

// Sector ids and their names.
var SectorNames = map[string]Text{
	"aff":      {VI: "Nông, lâm, thủy sản", EN: "Agriculture, forestry, fishery"},
	"ic":       {VI: "Công nghiệp – xây dựng", EN: "Industry & construction"},
	"services": {VI: "Dịch vụ", EN: "Services"},
	"taxes":    {VI: "Thuế sản phẩm", EN: "Product taxes"},
}

// PCIRow is the Provincial Competitiveness Index for one year.
type PCIRow struct {
	Year  int
	Score Num
	Rank  int // of 63
	// RankSource is the id of the source of Rank when it differs from the
	// row's own source, empty otherwise.
	RankSource string
	Meta
}

// FDIYearRow is foreign direct investment attracted in one year under one
// definition. Definitions differ between sources (new only, new + added,
// converted total including domestic), so the definition travels with the
// row and rows with different definitions are never summed or compared.
type FDIYearRow struct {
	Year        int
	Period      string // "2024", "2024-8M" when the figure covers part of the year
	Definition  string // new, added, new_added, converted
	Projects    Num
	CapitalUSDm Num
	Rank        int
	Meta
}

// FDICountryRow is one country's latest known snapshot.
type FDICountryRow struct {
	Country     Text
	Code        string // ISO 3166 alpha-2 or a short id
	Projects    Num
	CapitalUSDm Num
	RankCapital int
	RankProj    int
	AsOf        string
	Meta
}

// ExportRow is the value of goods a province exported (and imported) in
// a year or part of one, as customs or the province reported it.
type ExportRow struct {
	Year       int
	Period     string // "2023", "2025-10M" when the figure covers part of the year
	Exports    Num    // billion USD
	Imports    Num    // billion USD
	Rank       int    // national rank by exports, 0 when unknown
	RankOf     int    // how many provinces the rank is among, 0 when not said
	RankSource string // id of the rank's source when it is not the row's
	Meta
}

// Zone is one industrial park (KCN).
type Zone struct {
	Name      string
	District  string
	AreaHa    Num
	Occupancy Num    // % of leasable land leased
	OccDate   string // date of the occupancy figure
	Developer string // empty when not found
	Tenants   string
	Stage     string // operating, construction, clearance, appraisal, new, planning
	Meta
}

// ZoneTotal is a count and area of parks or clusters at a date.
type ZoneTotal struct {
	Kind   string // parks, clusters
	Count  Num
	AreaHa Num
	Leased Num // ha leased, when known
	Meta
}

// Agreement is an international agreement or partnership.
type Agreement struct {
	Partner  Text
	Country  Text
	Level    string // province, district, city
	Kind     Text   // type of agreement
	Signed   string // ISO date or year
	From     int    // period start year, 0 when none
	To       int
	Verified bool // confirmed by an independent source
	Meta
}

// Link names another province of a lineage: its dataset id and its name,
// so a dataset loaded without the other can still say which it was.
type Link struct {
	ID   string
	Name Text
}

// Lineage is how a province came about or ended: formed from others on a
// date, or merged into another. Both ends of a merger say it, so a
// collection can check they agree (CheckLineage) and a dataset read alone
// can still tell its users. The merger notice is derived from it.
type Lineage struct {
	// FormedFrom are the provinces this one was formed from, in the order
	// the dashboard shows them; empty when none.
	FormedFrom []Link
	// Became is the province this one merged into; ID is "" when none.
	Became Link
	// Meta holds the source, status, note and the date the change took
	// effect (Meta.Date).
	Meta
}

// Empty reports whether the lineage says nothing.
func (l Lineage) Empty() bool { return len(l.FormedFrom) == 0 && l.Became.ID == "" }

// Kinds of dataset. A province's is "" (dataset.toml may say
// kind = "province"); a national table's is KindNational: it holds every
// province's figures side by side and is never shown as a province.
const (
	KindProvince = ""
	KindNational = "national"
)

// NationalRow is one province's figure for one indicator and year in a
// national table, with the rank and the count it was ranked among exactly
// as the source states them (0 when it states none): a rank is never
// worked out from a partial list.
type NationalRow struct {
	ProvinceID string // the province's dataset id when a collection holds it, "" otherwise
	Province   Text
	Year       int
	Indicator  string // grdp_growth, grdp_vnd_bn, exports_usd_bn
	Value      Num
	Rank       int
	RankOf     int
	Meta
}

// RegionRow is one region's growth in one year (the whole country is a
// region too, "Cả nước").
type RegionRow struct {
	Region Text
	Year   int
	Growth Num
	Meta
}

// TargetRow is a target a body set for a province: an indicator over a
// year or a span, a value or a range, who set it and by which act. Its
// status is always plan. Conflicting targets are separate rows.
type TargetRow struct {
	Indicator  string // see TargetIndicators
	From, To   int    // years; equal for one year or a level to reach by then
	Low, High  Num    // High only for a range
	Bound      string // exact, at_least, at_most, range, about
	Definition string // the FDI definition for fdi_usd_m, "" otherwise
	SetBy      string // government, council, party, committee, plan
	Act        Text   // the act or meeting, in both languages
	Meta
}

// PeriodRow is GRDP growth over part of a year (2025-Q1, 2025-H1,
// 2025-9M): a target for the year can only be compared with it for pace.
type PeriodRow struct {
	Year       int
	Period     string
	Growth     Num
	Rank       int
	RankOf     int
	RankSource string
	Meta
}

// Dataset is one province's data, loaded whole or not at all.
type Dataset struct {
	ID string
	// Kind is KindProvince or KindNational.
	Kind    string
	Name    Text
	Country Text
	AsOf    string
	Notes   []Text
	Merger  Text // an administrative change users must be told about (free text)
	// MergerMeta is the provenance of Merger (source, status, date).
	MergerMeta Meta
	// Lineage says which provinces this one was formed from or became.
	Lineage  Lineage
	Sources  []Source
	Headline []Headline

	Growth     []GrowthRow
	Size       []SizeRow
	Sectors    []SectorRow
	Structure  []StructureRow
	PCI        []PCIRow
	FDIYear    []FDIYearRow
	FDICountry []FDICountryRow
	Zones      []Zone
	ZoneTotals []ZoneTotal
	Agreements []Agreement
	Exports    []ExportRow
	Targets    []TargetRow
	Periods    []PeriodRow

	// A national table's rows (Kind national).
	National []NationalRow
	Regions  []RegionRow

	// Scalars from dataset.toml the tabs quote.
	FDICountries Num // number of investing countries and territories
	FDIMeta      Meta

	// sourceIndex is built once by the loader (BuildIndex) and only read
	// afterwards, so one Dataset can be shared by many SSH sessions.
	sourceIndex map[string]int
}

// BuildIndex prepares lookups. Load calls it; code that builds a Dataset by
// hand may call it too. It must not be called while other goroutines read d.
func (d *Dataset) BuildIndex() {
	d.sourceIndex = make(map[string]int, len(d.Sources))
	for i, s := range d.Sources {
		d.sourceIndex[s.ID] = i
	}
}

// SourceByID returns the source with id and its 1-based number in the
// source list, or ok false.
func (d *Dataset) SourceByID(id string) (s Source, n int, ok bool) {
	if d.sourceIndex != nil {
		i, ok := d.sourceIndex[id]
		if !ok {
			return Source{}, 0, false
		}
		return d.Sources[i], i + 1, true
	}
	for i, s := range d.Sources {
		if s.ID == id {
			return s, i + 1, true
		}
	}
	return Source{}, 0, false
}

// HeadlineByID returns the headline figure with id.
func (d *Dataset) HeadlineByID(id string) (Headline, bool) {
	for _, h := range d.Headline {
		if h.ID == id {
			return h, true
		}
	}
	return Headline{}, false
}

// RowCount is how many table rows d holds, every table counted.
func (d *Dataset) RowCount() int {
	n := 0
	for _, t := range tablesOf(d.Kind) {
		n += t.count(d)
	}
	return n
}
