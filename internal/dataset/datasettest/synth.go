// Package datasettest generates large synthetic datasets for tests and
// benchmarks. The figures are random and labelled as such in every name:
// they are never shipped with the binary or shown as real data (only test
// files import this package).
package datasettest

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/provdash/provdash/internal/dataset"
)

// Collection returns a collection folder "synthetic" in a MapFS holding
// provinces dataset folders of years years each, written with
// dataset.ExportCSV so it is in exactly the format Load reads.
func Collection(provinces, years int) (fstest.MapFS, error) {
	fsys := fstest.MapFS{}
	for p := 1; p <= provinces; p++ {
		d := Province(p, years)
		files, err := d.ExportCSV()
		if err != nil {
			return nil, fmt.Errorf("synthetic province %d: %w", p, err)
		}
		for name, b := range files {
			fsys[fmt.Sprintf("synthetic/p%02d/%s", p, name)] = &fstest.MapFile{Data: b}
		}
	}
	return fsys, nil
}

// Province builds synthetic province n (deterministic) with years years of
// every table, ending in 2024.
func Province(n, years int) *dataset.Dataset {
	r := rand.New(rand.NewPCG(uint64(n), 2024))
	fig := func(lo, hi float64, dec int) dataset.Num {
		v := lo + r.Float64()*(hi-lo)
		s := fmt.Sprintf("%.*f", dec, v)
		parsed, _ := dataset.ParseNum(s, dataset.DotDecimal)
		return parsed
	}
	meta := func(y int) dataset.Meta {
		st := dataset.Statuses[r.IntN(len(dataset.Statuses))]
		m := dataset.Meta{Source: fmt.Sprintf("s%d", r.IntN(5)+1), Status: st, Date: fmt.Sprint(y)}
		if r.IntN(6) == 0 {
			m.Note = dataset.Text{VI: "Ghi chú thử nghiệm, số liệu giả", EN: "Test note, synthetic figure"}
		}
		return m
	}
	name := fmt.Sprintf("Tỉnh thử %02d (dữ liệu giả)", n)
	d := &dataset.Dataset{
		ID:      fmt.Sprintf("synthetic-%02d", n),
		Name:    dataset.Text{VI: name, EN: fmt.Sprintf("Synthetic %02d (not real)", n)},
		Country: dataset.Text{VI: "Không có thật", EN: "Not real"},
		AsOf:    "2025-01-01",
		Notes:   []dataset.Text{{VI: "Dữ liệu ngẫu nhiên cho kiểm thử hiệu năng.", EN: "Random data for performance tests."}},
	}
	for i := 1; i <= 5; i++ {
		d.Sources = append(d.Sources, dataset.Source{ID: fmt.Sprintf("s%d", i), Title: fmt.Sprintf("Synthetic source %d", i),
			Publisher: "provdash tests", URL: fmt.Sprintf("https://example.invalid/%d", i), Date: "2025-01-01"})
	}
	d.Merger = dataset.Text{VI: "Không có", EN: "None"}
	d.MergerMeta = dataset.Meta{Source: "s1", Status: dataset.Official, Date: "2025"}
	d.FDICountries = fig(5, 60, 0)
	d.FDIMeta = dataset.Meta{Source: "s1", Status: dataset.Reported, Date: "2024"}
	for _, h := range []struct{ id, unit string }{{"growth_2024", "%"}, {"economy_2024", "usd_bn"}, {"fdi_2024", "usd_bn"},
		{"fdi_2024_new", "usd_m"}, {"parks_count", "count"}, {"parks_area", "ha"}, {"pci_2024", "score"}} {
		v := fig(1, 90, 2)
		hl := dataset.Headline{ID: h.id, Label: dataset.Text{VI: "Chỉ tiêu " + h.id, EN: "Figure " + h.id},
			Value: v, Raw: dataset.FormatNum(v, dataset.DotDecimal), Unit: h.unit, Rank: r.IntN(63) + 1, RankOf: 63,
			SourceID: "s1", StatusRaw: "official", DateRaw: "2024"}
		hl.Meta = dataset.Meta{Source: "s1", Status: dataset.Official, Date: "2024"}
		d.Headline = append(d.Headline, hl)
	}
	sectors := []string{"aff", "ic", "services", "taxes"}
	for y := 2025 - years; y < 2025; y++ {
		g := dataset.GrowthRow{Year: y, Province: fig(-5, 20, 2), Rank: r.IntN(63) + 1, National: fig(2, 9, 2), Meta: meta(y), NatMeta: meta(y)}
		if r.IntN(10) == 0 { // a gap year, as real series have
			g.Province, g.Rank = dataset.Num{}, 0
			g.Meta = dataset.Meta{Note: dataset.Text{VI: "Không công bố", EN: "Not published"}}
		}
		d.Growth = append(d.Growth, g)
		d.Size = append(d.Size, dataset.SizeRow{Year: y, GRDPVNDbn: fig(10000, 300000, 0), GRDPUSDbn: fig(0.5, 12, 2),
			PerCapUSD: fig(800, 6000, 0), Rank: r.IntN(63) + 1, Meta: meta(y)})
		for _, s := range sectors {
			d.Sectors = append(d.Sectors, dataset.SectorRow{Year: y, Sector: s, Growth: fig(-8, 30, 2), Meta: meta(y)})
			d.Structure = append(d.Structure, dataset.StructureRow{Year: y, Sector: s, Share: fig(2, 60, 1), Meta: meta(y)})
		}
		d.PCI = append(d.PCI, dataset.PCIRow{Year: y, Score: fig(45, 75, 2), Rank: r.IntN(63) + 1, Meta: meta(y)})
		for _, def := range []string{dataset.FDINew, dataset.FDIAdded} {
			d.FDIYear = append(d.FDIYear, dataset.FDIYearRow{Year: y, Period: fmt.Sprint(y), Definition: def,
				Projects: fig(1, 120, 0), CapitalUSDm: fig(5, 2000, 2), Meta: meta(y)})
		}
	}
	for i := 0; i < 20; i++ {
		code := string(rune('A'+i)) + "X"
		d.FDICountry = append(d.FDICountry, dataset.FDICountryRow{Country: dataset.Text{VI: "Nước thử " + code, EN: "Testland " + code},
			Code: code, Projects: fig(1, 400, 0), CapitalUSDm: fig(1, 5000, 1), RankCapital: i + 1, RankProj: 20 - i,
			AsOf: "2024-12", Meta: meta(2024)})
	}
	for i := 0; i < 30; i++ {
		d.Zones = append(d.Zones, dataset.Zone{Name: fmt.Sprintf("KCN thử %02d", i+1), District: "Huyện " + strings.Repeat("X", i%5+1),
			AreaHa: fig(50, 800, 2), Occupancy: fig(0, 100, 1), OccDate: "2024-06", Developer: "Công ty thử",
			Tenants: "A, B; C", Stage: dataset.ZoneStages[i%len(dataset.ZoneStages)], Meta: meta(2024)})
	}
	d.ZoneTotals = []dataset.ZoneTotal{
		{Kind: "parks", Count: fig(5, 40, 0), AreaHa: fig(1000, 9000, 2), Meta: meta(2024)},
		{Kind: "clusters", Count: fig(5, 80, 0), AreaHa: fig(500, 5000, 0), Leased: fig(100, 400, 0), Meta: meta(2025)},
	}
	for i := 0; i < 10; i++ {
		d.Agreements = append(d.Agreements, dataset.Agreement{Partner: dataset.Text{VI: fmt.Sprintf("Đối tác thử %d", i), EN: fmt.Sprintf("Test partner %d", i)},
			Country: dataset.Text{VI: "Nước thử", EN: "Testland"}, Level: "province", Kind: dataset.Text{VI: "Thỏa thuận", EN: "Agreement"},
			Signed: fmt.Sprintf("%d-03-01", 2010+i), From: 2010 + i, To: 2015 + i, Verified: i%2 == 0, Meta: meta(2010 + i)})
	}
	d.BuildIndex()
	return d
}

// Big is synthetic province 1 with 30 years and its lists grown to parks
// industrial parks and fdi investor-country rows: the largest lists the
// dashboard is built to draw (the default row limit is 20,000), for
// measuring how `render` scales with the data rather than with the code.
func Big(parks, fdi int) *dataset.Dataset {
	d := Province(1, 30)
	r := rand.New(rand.NewPCG(1, 2025))
	d.Zones = d.Zones[:0]
	for i := range parks {
		d.Zones = append(d.Zones, dataset.Zone{Name: fmt.Sprintf("KCN thử %05d", i+1), District: "Huyện " + strings.Repeat("X", i%5+1),
			AreaHa: bigNum(r, 50, 800), Occupancy: bigNum(r, 0, 100), OccDate: "2024-06", Developer: "Công ty thử",
			Tenants: "A, B; C", Stage: dataset.ZoneStages[i%len(dataset.ZoneStages)],
			Meta: dataset.Meta{Source: "s1", Status: dataset.Estimate, Date: "2024"}})
	}
	d.FDICountry = d.FDICountry[:0]
	for i := range fdi {
		code := fmt.Sprintf("T%05d", i)
		d.FDICountry = append(d.FDICountry, dataset.FDICountryRow{Country: dataset.Text{VI: "Nước thử " + code, EN: "Testland " + code},
			Code: code, Projects: bigNum(r, 1, 400), CapitalUSDm: bigNum(r, 1, 5000), RankCapital: i%1000 + 1, RankProj: (fdi-i-1)%1000 + 1,
			AsOf: "2024-12", Meta: dataset.Meta{Source: "s2", Status: dataset.Reported, Date: "2024"}})
	}
	d.BuildIndex()
	return d
}

// WriteBig writes Big(parks, fdi) as a dataset folder dir (made if
// missing), in the CSV files `--data` reads, and returns dir.
func WriteBig(tb testing.TB, dir string, parks, fdi int) string {
	tb.Helper()
	files, err := Big(parks, fdi).ExportCSV()
	if err != nil {
		tb.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		tb.Fatal(err)
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return dir
}

// bigNum is a random figure between lo and hi with one decimal.
func bigNum(r *rand.Rand, lo, hi float64) dataset.Num {
	n, _ := dataset.ParseNum(fmt.Sprintf("%.1f", lo+r.Float64()*(hi-lo)), dataset.DotDecimal)
	return n
}
