package dataset_test

import (
	"os"
	"testing"
	"testing/fstest"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/dataset/datasettest"
)

// The synthetic 63-province × 30-year collection loads whole, every
// province with all its years.
func TestLoadSyntheticCollection(t *testing.T) {
	fsys, err := datasettest.Collection(63, 30)
	if err != nil {
		t.Fatal(err)
	}
	sets, err := dataset.LoadCollection(fsys, "synthetic")
	if err != nil {
		t.Fatalf("synthetic collection: %v", err)
	}
	if len(sets) != 63 || len(sets[62].Growth) != 30 || len(sets[0].Sectors) != 120 || sets[5].ID != "synthetic-06" {
		t.Fatalf("got %d sets", len(sets))
	}
}

// BenchmarkLoadSynthetic measures loading the whole 63 × 30 collection.
func BenchmarkLoadSynthetic(b *testing.B) {
	fsys, err := datasettest.Collection(63, 30)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := dataset.LoadCollection(fsys, "synthetic"); err != nil {
			b.Fatal(err)
		}
	}
}

// The big synthetic province, at sizes past one rank range (1…1000), loads
// without a problem: the start-up measurement of internal/perf renders it
// at 20,000 parks and 10,000 investor rows.
func TestLoadBigSynthetic(t *testing.T) {
	files, err := datasettest.Big(2500, 1200).ExportCSV()
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{}
	for name, b := range files {
		fsys["big/"+name] = &fstest.MapFile{Data: b}
	}
	d, err := dataset.Load(fsys, "big")
	if err != nil {
		t.Fatalf("big synthetic province: %v", err)
	}
	if len(d.Zones) != 2500 || len(d.FDICountry) != 1200 {
		t.Fatalf("got %d parks, %d investor rows", len(d.Zones), len(d.FDICountry))
	}
}

// BenchmarkLoadBig measures loading the dataset internal/perf renders at
// 20,000 parks and 10,000 investor rows, from files on disk as `render
// --data` reads them: its cost is nearly all of that render's.
func BenchmarkLoadBig(b *testing.B) {
	dir := datasettest.WriteBig(b, b.TempDir(), 20_000, 10_000)
	b.ReportAllocs()
	for b.Loop() {
		d, err := dataset.Load(os.DirFS(dir), ".")
		if err != nil {
			b.Fatal(err)
		}
		if len(d.Zones) != 20_000 || len(d.FDICountry) != 10_000 {
			b.Fatalf("got %d parks, %d investor rows", len(d.Zones), len(d.FDICountry))
		}
	}
}
