package data

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/bundle"
	"github.com/provdash/provdash/internal/dataset"
)

func bundled(t *testing.T) *dataset.Dataset {
	t.Helper()
	d, err := Bundled()
	if err != nil {
		t.Fatalf("bundled dataset does not validate:\n%v", err)
	}
	return d
}

func approx(n dataset.Num, v float64) bool {
	return n.OK && n.V > v-1e-9 && n.V < v+1e-9
}

func TestBundledIdentity(t *testing.T) {
	d := bundled(t)
	if d.ID != "bac-giang" || d.Name.VI != "Bắc Giang" || d.AsOf == "" {
		t.Errorf("identity: %q %q %q", d.ID, d.Name.VI, d.AsOf)
	}
	if l := d.Lineage; l.Became.ID != "bac-ninh" || l.Date != "2025-07-01" || l.Source == "" || l.Status != dataset.Official ||
		!strings.Contains(l.Note.EN, "202/2025/QH15") {
		t.Errorf("lineage must say Bắc Giang became bac-ninh on 2025-07-01 under Resolution 202/2025/QH15: %+v", l)
	}
	if d.Merger != (dataset.Text{}) {
		t.Errorf("the bundled data says the merger through its lineage, not [merger]: %+v", d.Merger)
	}
	if len(d.Notes) == 0 {
		t.Error("no notes")
	}
}

func TestBundledGrowth(t *testing.T) {
	d := bundled(t)
	by := map[int]dataset.GrowthRow{}
	for _, g := range d.Growth {
		by[g.Year] = g
	}
	for y := 2010; y <= 2024; y++ {
		if _, ok := by[y]; !ok {
			t.Errorf("growth: year %d missing", y)
		}
	}
	for _, y := range []int{2010, 2012, 2014, 2015} {
		if by[y].Province.OK {
			t.Errorf("growth %d must be a gap (not found in any source), got %+v", y, by[y].Province)
		}
		if by[y].Note.VI == "" || by[y].Note.EN == "" {
			t.Errorf("gap %d needs a note in both languages", y)
		}
	}
	want := map[int]float64{2016: 10.73, 2017: 13.33, 2018: 15.96, 2022: 19.3, 2023: 13.45, 2024: 13.85}
	for y, v := range want {
		if !approx(by[y].Province, v) {
			t.Errorf("growth %d = %+v, want %v", y, by[y].Province, v)
		}
	}
	if by[2022].Province.Dec != 1 {
		t.Errorf("2022 must keep one decimal as written (19.3), Dec = %d", by[2022].Province.Dec)
	}
	if !strings.Contains(by[2016].Note.VI, "10,4") || !strings.Contains(by[2022].Note.EN, "19.8") {
		t.Error("conflicting values (2016 10.4, 2022 19.8) must be disclosed in notes")
	}
	nat := map[int]float64{2011: 6.41, 2020: 2.87, 2021: 2.56, 2022: 8.02, 2023: 5.05, 2024: 7.09}
	for y, v := range nat {
		if !approx(by[y].National, v) || by[y].NatMeta.Source == "" {
			t.Errorf("national %d = %+v (source %q), want %v", y, by[y].National, by[y].NatMeta.Source, v)
		}
	}
	if by[2024].Rank != 1 || by[2022].Rank != 2 || by[2021].Rank != 10 {
		t.Errorf("ranks: 2024=%d 2022=%d 2021=%d", by[2024].Rank, by[2022].Rank, by[2021].Rank)
	}
}

func TestBundledSizeAndSectors(t *testing.T) {
	d := bundled(t)
	years := map[int]dataset.SizeRow{}
	for _, s := range d.Size {
		years[s.Year] = s
	}
	for _, y := range []int{2017, 2018, 2021, 2022, 2023, 2024} {
		if _, ok := years[y]; !ok {
			t.Errorf("size: year %d missing", y)
		}
	}
	if s := years[2024]; !approx(s.GRDPUSDbn, 8.65) || s.Rank != 12 || !approx(s.PerCapUSD, 4370) {
		t.Errorf("size 2024 = %+v", s)
	}
	neg := map[int]float64{2017: -1.34, 2024: -3.32}
	found := 0
	for _, s := range d.Sectors {
		if v, ok := neg[s.Year]; ok && s.Sector == "aff" {
			if !approx(s.Growth, v) {
				t.Errorf("AFF %d = %+v, want %v", s.Year, s.Growth, v)
			}
			found++
		}
	}
	if found != 2 {
		t.Errorf("negative AFF growth rows found: %d, want 2", found)
	}
	if len(d.Structure) == 0 {
		t.Error("no economic structure rows")
	}
}

func TestBundledPCI(t *testing.T) {
	d := bundled(t)
	if len(d.PCI) != 19 || d.PCI[0].Year != 2006 || d.PCI[18].Year != 2024 {
		t.Fatalf("PCI must cover 2006–2024, got %d rows", len(d.PCI))
	}
	if p := d.PCI[16]; p.Year != 2022 || !approx(p.Score, 72.80) || p.Score.Dec != 2 || p.Rank != 2 {
		t.Errorf("PCI 2022 = %+v", p)
	}
}

func TestBundledFDI(t *testing.T) {
	d := bundled(t)
	var newRow, addedRow, totalRow *dataset.FDIYearRow
	for i, f := range d.FDIYear {
		if f.Period == "2024" {
			switch f.Definition {
			case dataset.FDINew:
				newRow = &d.FDIYear[i]
			case dataset.FDIAdded:
				addedRow = &d.FDIYear[i]
			case dataset.FDITotal:
				totalRow = &d.FDIYear[i]
			}
		}
	}
	if newRow == nil || !approx(newRow.Projects, 66) || !approx(newRow.CapitalUSDm, 459.38) || newRow.Status != dataset.Official ||
		!strings.Contains(newRow.Note.EN, "73") {
		t.Errorf("2024 new FDI (Department of Foreign Affairs, official, repost disclosed) = %+v", newRow)
	}
	if addedRow == nil || !approx(addedRow.Projects, 63) || !approx(addedRow.CapitalUSDm, 762.02) || addedRow.Status != dataset.Official ||
		!strings.Contains(addedRow.Note.EN, "782.8") {
		t.Errorf("2024 added FDI = %+v", addedRow)
	}
	if totalRow == nil || totalRow.Rank != 10 || totalRow.CapitalUSDm.Qual != ">" {
		t.Errorf("2024 >2.14 bn, 10th nationally = %+v", totalRow)
	}

	codes := map[string]dataset.FDICountryRow{}
	for _, c := range d.FDICountry {
		codes[c.Code] = c
	}
	for _, c := range []string{"KR", "CN", "JP"} {
		if r := codes[c]; !r.CapitalUSDm.OK && !r.Projects.OK {
			t.Errorf("%s must have figures", c)
		}
	}
	for _, c := range []string{"SG", "HK", "TW"} {
		r, ok := codes[c]
		if !ok || r.CapitalUSDm.OK || r.Projects.OK || r.Note.VI == "" {
			t.Errorf("%s must be a gap row with a note, got %+v (present %v)", c, r, ok)
		}
	}
	if !approx(d.FDICountries, 30) || d.FDICountries.Qual != ">" {
		t.Errorf("investing countries = %+v, want >30", d.FDICountries)
	}
}

func TestBundledZonesAndAgreements(t *testing.T) {
	d := bundled(t)
	if len(d.Zones) < 10 {
		t.Errorf("zones: %d", len(d.Zones))
	}
	var parks, clusters bool
	for _, z := range d.ZoneTotals {
		switch z.Kind {
		case "parks":
			parks = approx(z.Count, 11) && approx(z.AreaHa, 2720.72) && z.Status == dataset.Official && strings.Contains(z.Note.EN, "2,252")
		case "clusters":
			clusters = approx(z.Count, 55) && approx(z.AreaHa, 2327) && z.Date == "2025-03-19"
		}
	}
	if !parks || !clusters {
		t.Errorf("zone totals parks=%v clusters=%v: %+v", parks, clusters, d.ZoneTotals)
	}
	var chung, unverified int
	for _, a := range d.Agreements {
		if strings.Contains(a.Partner.EN, "Chungcheongnam") && a.Signed == "2023-12-05" && a.From == 2023 && a.To == 2030 {
			chung++
		}
		if !a.Verified {
			unverified++
		}
	}
	if chung != 1 || unverified != 3 {
		t.Errorf("agreements: chungcheongnam=%d unverified=%d", chung, unverified)
	}
}

func TestBundledHeadlines(t *testing.T) {
	d := bundled(t)
	for _, id := range []string{"growth_2024", "economy_2024", "fdi_2024", "parks_count", "clusters_count", "fdi_countries"} {
		if _, ok := d.HeadlineByID(id); !ok {
			t.Errorf("headline %q missing", id)
		}
	}
	if h, _ := d.HeadlineByID("economy_2024"); !approx(h.Value, 8.6) || !h.Approx || h.Rank != 12 || !strings.Contains(h.Note.EN, "8.65") {
		t.Errorf("economy headline = %+v", h)
	}
}

// Every source in the list is cited somewhere, and every cited id exists
// (the latter Load checks): no dead entries in the numbered list.
func TestBundledSourcesAllCited(t *testing.T) {
	sets, err := Collection()
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range sets {
		t.Run(d.ID, func(t *testing.T) { sourcesAllCited(t, d) })
	}
}

func sourcesAllCited(t *testing.T, d *dataset.Dataset) {
	cited := map[string]bool{d.MergerMeta.Source: true, d.FDIMeta.Source: true, d.Lineage.Source: true}
	add := func(m dataset.Meta) { cited[m.Source] = true }
	for _, r := range d.Growth {
		add(r.Meta)
		add(r.NatMeta)
		cited[r.RankSource] = true
	}
	for _, r := range d.Size {
		add(r.Meta)
		cited[r.RankSource] = true
	}
	for _, r := range d.Sectors {
		add(r.Meta)
	}
	for _, r := range d.Structure {
		add(r.Meta)
	}
	for _, r := range d.PCI {
		add(r.Meta)
		cited[r.RankSource] = true
	}
	for _, r := range d.FDIYear {
		add(r.Meta)
	}
	for _, r := range d.FDICountry {
		add(r.Meta)
	}
	for _, r := range d.Zones {
		add(r.Meta)
	}
	for _, r := range d.ZoneTotals {
		add(r.Meta)
	}
	for _, r := range d.Agreements {
		add(r.Meta)
	}
	for _, h := range d.Headline {
		add(h.Meta)
	}
	for _, r := range d.Exports {
		add(r.Meta)
		cited[r.RankSource] = true
	}
	for _, r := range d.Targets {
		add(r.Meta)
	}
	for _, r := range d.Periods {
		add(r.Meta)
		cited[r.RankSource] = true
	}
	for _, r := range d.National {
		add(r.Meta)
	}
	for _, r := range d.Regions {
		add(r.Meta)
	}
	for _, s := range d.Sources {
		if !cited[s.ID] {
			t.Errorf("source %q is never cited", s.ID)
		}
	}
}

func TestFS(t *testing.T) {
	if _, err := fs.Stat(FS(), Dir+"/dataset.toml"); err != nil {
		t.Fatal(err)
	}
}

// The article by the provincial Department of Foreign Affairs is named by
// its title and publisher: no file users read calls it a "seed" or the
// "original article" (bài gốc).
func TestNoSeedWording(t *testing.T) {
	err := fs.WalkDir(FS(), Dir, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		b, err := fs.ReadFile(FS(), path)
		if err != nil {
			return err
		}
		for i, line := range strings.Split(string(b), "\n") {
			low := strings.ToLower(line)
			for _, w := range []string{"seed", "bài gốc", "bài viết gốc"} {
				if strings.Contains(low, w) {
					t.Errorf("%s:%d says %q: %s", path, i+1, w, line)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	d := bundled(t)
	s, n, ok := d.SourceByID("dofa-2025")
	if !ok || n != 1 || s.Publisher == "" || !strings.HasPrefix(s.Publisher, "Sở Ngoại vụ tỉnh Bắc Giang") ||
		s.Title != "Trợ lực giúp Bắc Giang trở thành điểm đến chiến lược" {
		t.Errorf("source [1] = %d %+v", n, s)
	}
}

// The Department of Foreign Affairs is a body of the provincial government:
// what its article states is an official statement of the province (the
// notes disclose conflicts), never a "reported" press figure.
func TestDepartmentFiguresAreOfficial(t *testing.T) {
	d := bundled(t)
	var metas []dataset.Meta
	for _, r := range d.FDIYear {
		metas = append(metas, r.Meta)
	}
	for _, r := range d.FDICountry {
		metas = append(metas, r.Meta)
	}
	for _, r := range d.ZoneTotals {
		metas = append(metas, r.Meta)
	}
	for _, r := range d.Agreements {
		metas = append(metas, r.Meta)
	}
	for _, h := range d.Headline {
		metas = append(metas, h.Meta)
	}
	metas = append(metas, d.FDIMeta)
	n := 0
	for _, m := range metas {
		if m.Source != "dofa-2025" {
			continue
		}
		n++
		if m.Status == dataset.Reported {
			t.Errorf("Department figure marked reported: %+v", m)
		}
	}
	if n < 10 {
		t.Errorf("only %d rows cite the Department's article", n)
	}
}

// The bundled collection is the province as it is today and the two it
// was formed from, and both ends of the merger agree (LoadCollection
// checks it; this says what it must find).
func TestBundledLineage(t *testing.T) {
	sets, err := Collection()
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]*dataset.Dataset{}
	for _, d := range sets {
		byID[d.ID] = d
	}
	bn, bg, cu := byID["bac-ninh"], byID["bac-giang"], byID["bac-ninh-cu"]
	if bn == nil || bg == nil || cu == nil || byID["national"] == nil || len(sets) != 4 {
		t.Fatalf("want bac-ninh, bac-giang, bac-ninh-cu and the national table, got %d datasets", len(sets))
	}
	if f := bn.Lineage.FormedFrom; len(f) != 2 || f[0].ID != "bac-giang" || f[1].ID != "bac-ninh-cu" ||
		bn.Lineage.Date != "2025-07-01" || bn.Lineage.Source == "" {
		t.Errorf("bac-ninh lineage: %+v", bn.Lineage)
	}
	for _, p := range []*dataset.Dataset{bg, cu} {
		if p.Lineage.Became.ID != "bac-ninh" || p.Lineage.Date != bn.Lineage.Date {
			t.Errorf("%s lineage: %+v", p.ID, p.Lineage)
		}
	}
	if cu.Name.VI != "Bắc Ninh (cũ)" || cu.Name.EN != "Bắc Ninh (former)" {
		t.Errorf("former Bắc Ninh is named %+v", cu.Name)
	}
	if got := bundle.Current(sets); got != bn {
		t.Errorf("the province the dashboard opens on is %s, want bac-ninh", got.ID)
	}
	if id, _, err := Identity(); err != nil || id != "bac-ninh" {
		t.Errorf("Identity() = %q, %v; want bac-ninh", id, err)
	}
}

// Every bundled source says what kind of publisher it is, so the briefing
// never lists the statistics office among blogs undistinguished.
func TestBundledSourcesHaveAKind(t *testing.T) {
	sets, err := Collection()
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range sets {
		for _, s := range d.Sources {
			if s.Kind == "" {
				t.Errorf("%s: source %q has no kind", d.ID, s.ID)
			}
		}
	}
}
