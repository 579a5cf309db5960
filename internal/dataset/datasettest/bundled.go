package datasettest

import (
	"testing"

	"github.com/provdash/provdash/data"
	"github.com/provdash/provdash/internal/dataset"
)

// Bundled is the bundled Bắc Giang dataset (data.Bundled), a fresh one
// on each call so that a test may change it; tb fails when it does not
// load. Most tests start from it, and the load's error is never theirs to
// handle.
func Bundled(tb testing.TB) *dataset.Dataset {
	tb.Helper()
	d, err := data.Bundled()
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// BundledSets is the bundled collection (data.Collection); tb fails when
// it does not load.
func BundledSets(tb testing.TB) []*dataset.Dataset {
	tb.Helper()
	sets, err := data.Collection()
	if err != nil {
		tb.Fatal(err)
	}
	return sets
}
