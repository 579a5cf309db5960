package dataset_test

import (
	"testing"

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
