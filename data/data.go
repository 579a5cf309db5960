// Package data embeds the bundled province datasets so the binary works
// with no files beside it (an SSH server, a projector laptop): the new
// Bắc Ninh (from 1 July 2025) and the two provinces it was formed from,
// Bắc Giang and the former Bắc Ninh, one folder each, as one collection.
package data

//go:generate go run github.com/provdash/provdash/internal/cmd/gencompiled

import (
	"embed"
	"fmt"
	"io/fs"
	"sync"

	"github.com/provdash/provdash/internal/bundle"
	"github.com/provdash/provdash/internal/dataset"
)

// Dir is the folder of the bundled Bắc Giang dataset inside FS(): the
// worked example of the format (data/README.md) that Bundled returns.
const Dir = "bac-giang"

// Root is the folder of FS() that holds the bundled collection.
const Root = "."

//go:embed bac-giang bac-ninh bac-ninh-cu national
var files embed.FS

// FS returns the embedded datasets, one folder per province. Other tools
// (validate, export) read it through dataset.LoadCollection like any
// collection folder.
func FS() fs.FS { return files }

// Bundled returns the embedded Bắc Giang dataset, the format's worked
// example, out of Collection.
func Bundled() (*dataset.Dataset, error) {
	sets, err := Collection()
	if err != nil {
		return nil, err
	}
	d, ok := dataset.Find(sets, Dir)
	if !ok {
		return nil, fmt.Errorf("bundled dataset %s: not in the collection", Dir)
	}
	return d, nil
}

// Collection returns every embedded dataset, in collection (folder name)
// order: what dataset.LoadCollection, with every check it makes (the
// lineage's two ends agreeing included), makes of the embedded files.
//
// Parsing and checking the same embedded bytes on every start was most of
// the time `provdash render` took, so the binary starts from compiled.go,
// Load's result written out as Go by internal/cmd/gencompiled (go generate
// ./data), which needs only the loader. The bundled data
// still gets no shortcut: Load runs on these files in `go test`, which
// fails when compiled.go is not exactly Load's result; and compiled.go
// carries a checksum of the files it was made from, so a binary built from
// edited files that were never regenerated loads and checks them with Load.
func Collection() ([]*dataset.Dataset, error) {
	sets, err := CollectionWith(dataset.DefaultLimits())
	if err != nil {
		return nil, fmt.Errorf("bundled data: %w", err)
	}
	return sets, nil
}

// CollectionWith is Collection within lim, failing as
// dataset.LoadCollectionWith fails (a problem list names files within the
// collection: "bac-giang/pci.csv"). Limits only ever reject a dataset, so
// the compiled form, which Load accepted within the default limits, is
// used at those limits or above; below them Load decides.
func CollectionWith(lim dataset.Limits) ([]*dataset.Dataset, error) {
	return bundledFrom(files, embeddedSum, lim)
}

// Identity is the id and as-of date of the bundled province the dashboard
// opens on (the one that became no other province), which the version
// string quotes on every start. When the embedded files are those
// compiled.go was made from it answers from compiled.go's constants
// rather than building and indexing the whole dataset for two strings;
// otherwise it is Bundled's, with Bundled's error.
func Identity() (id, asOf string, err error) {
	if sum, err := embeddedSum(); err == nil && sum == compiledSum {
		return compiledID, compiledAsOf, nil
	}
	sets, err := Collection()
	if err != nil {
		return "", "", err
	}
	d := bundle.Current(sets)
	return d.ID, d.AsOf, nil
}

// embeddedSum is bundle.Sum of the embedded files, worked out once per
// process: they cannot change while it runs, and the version string and
// the dataset both ask. The value is immutable, so sharing it between the
// dashboards of an SSH server is safe.
var embeddedSum = sync.OnceValues(func() (string, error) { return bundle.Sum(files, Root) })

// bundledFrom is CollectionWith for the files in fsys, whose bundle.Sum is sum,
// so tests can change them.
func bundledFrom(fsys fs.FS, sum func() (string, error), lim dataset.Limits) ([]*dataset.Dataset, error) {
	if lim.Covers(dataset.DefaultLimits()) {
		if sum, err := sum(); err == nil && sum == compiledSum {
			sets := compiled()
			for _, d := range sets {
				d.BuildIndex()
			}
			return sets, nil
		}
	}
	return dataset.LoadCollectionWith(fsys, Root, lim)
}
