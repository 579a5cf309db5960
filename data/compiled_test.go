package data

import (
	"bytes"
	"io/fs"
	"reflect"
	"testing"
	"testing/fstest"

	"github.com/provdash/provdash/internal/bundle"
	"github.com/provdash/provdash/internal/dataset"
)

// The compiled form Bundled starts from is exactly what Load makes of the
// embedded files, and was made from these very bytes: editing a CSV without
// `go generate ./data` fails here. Load, with every check it makes, runs on
// the embedded files in this test on every `go test`. (The generator,
// internal/cmd/gencompiled, checks that it would write compiled.go as it is.)
func TestCompiledIsLoad(t *testing.T) {
	loaded, err := dataset.LoadCollection(files, Root)
	if err != nil {
		t.Fatalf("bundled collection does not validate:\n%v", err)
	}
	sum, err := bundle.Sum(files, Root)
	if err != nil {
		t.Fatal(err)
	}
	if sum != compiledSum {
		t.Fatalf("the embedded files changed since compiled.go was generated: run go generate ./data")
	}
	cur := bundle.Current(loaded)
	if compiledID != cur.ID || compiledAsOf != cur.AsOf {
		t.Fatalf("compiled.go names %q as of %q; Load says %q as of %q: run go generate ./data", compiledID, compiledAsOf, cur.ID, cur.AsOf)
	}
	if id, asOf, err := Identity(); err != nil || id != cur.ID || asOf != cur.AsOf {
		t.Fatalf("Identity() = %q, %q, %v; want %q, %q", id, asOf, err, cur.ID, cur.AsOf)
	}
	got := compiled()
	for _, d := range got {
		d.BuildIndex()
	}
	if !reflect.DeepEqual(got, loaded) {
		t.Fatalf("compiled() differs from Load of the embedded files: run go generate ./data")
	}
	sets, err := Collection()
	if err != nil || !reflect.DeepEqual(sets, loaded) {
		t.Fatalf("Collection() = %v; want Load's result", err)
	}
}

// Files other than those compiled.go was made from are loaded, and checked,
// by Load: the compiled form is never used for bytes it does not describe.
func TestChangedFilesAreLoaded(t *testing.T) {
	changed := fstest.MapFS{}
	err := fs.WalkDir(files, Root, func(name string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		b, err := files.ReadFile(name)
		changed[name] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if sum, err := bundle.Sum(changed, Root); err != nil || sum != compiledSum {
		t.Fatalf("a copy of the embedded files sums to %s, %v; want %s", sum, err, compiledSum)
	}
	toml := changed[Dir+"/dataset.toml"]
	toml.Data = bytes.Replace(toml.Data, []byte(`as_of = "`), []byte(`as_of = "1999-01-01" # was "`), 1)
	changedSum := func() (string, error) { return bundle.Sum(changed, Root) }
	sets, err := bundledFrom(changed, changedSum, dataset.DefaultLimits())
	d, ok := dataset.Find(sets, Dir)
	if err != nil || !ok || d.AsOf != "1999-01-01" {
		t.Fatalf("changed files: got %v, %v; want them loaded, as of 1999-01-01", d, err)
	}
	pci := changed[Dir+"/pci.csv"]
	pci.Data = append(pci.Data, "not,a,row\n"...)
	if _, err := bundledFrom(changed, changedSum, dataset.DefaultLimits()); err == nil {
		t.Fatal("a broken copy of the bundled files loaded without a problem")
	}
}

// Limits below what the bundled files need are honoured as Load honours
// them: the compiled form is only taken within the default limits or above.
func TestBundledWithinLimits(t *testing.T) {
	if _, err := CollectionWith(dataset.Limits{Rows: 2}); err == nil {
		t.Fatal("the bundled dataset loaded within a 2-row limit")
	}
	if _, err := CollectionWith(dataset.Limits{Rows: dataset.DefaultMaxRows * 2}); err != nil {
		t.Fatalf("raised limits: %v", err)
	}
}
