package dataset_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/dataset/datasettest"
)

// Export of the bundled dataset loads back to a deeply equal Dataset, and
// exporting that again gives the same bytes.
func TestExportCSVRoundTrip(t *testing.T) {
	d := datasettest.Bundled(t)
	files, err := d.ExportCSV()
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(dataset.FileNames()) {
		t.Fatalf("exported %d files, want %d", len(files), len(dataset.FileNames()))
	}
	back, err := dataset.Load(asFS("x", files), "x")
	if err != nil {
		t.Fatalf("exported dataset does not load:\n%v\n--- dataset.toml:\n%s", err, files[dataset.FileMeta])
	}
	sameDataset(t, d, back, "round trip changed the dataset",
		"Headline", "Growth", "Size", "FDIYear", "FDICountry", "Zones", "Agreements", "Exports", "Lineage", "Merger", "MergerMeta", "Sources")
	again, err := back.ExportCSV()
	if err != nil {
		t.Fatal(err)
	}
	for name, b := range files {
		if string(again[name]) != string(b) {
			t.Errorf("%s: second export differs", name)
		}
	}
	if strings.Contains(string(files[dataset.FileGrowth]), "\r") || strings.HasPrefix(string(files[dataset.FileGrowth]), "\xEF\xBB\xBF") {
		t.Error("export must be LF, without BOM")
	}
}

func TestExportJSON(t *testing.T) {
	d := datasettest.Bundled(t)
	b, err := d.ExportJSON()
	if err != nil {
		t.Fatal(err)
	}
	var j struct {
		Format  string
		ID      string
		Sources []struct {
			N  int
			ID string
		}
		Tables map[string][]map[string]any
	}
	if err := json.Unmarshal(b, &j); err != nil {
		t.Fatal(err)
	}
	if j.Format != dataset.JSONFormat || j.ID != d.ID || len(j.Sources) != len(d.Sources) || j.Sources[0].N != 1 {
		t.Fatalf("header = %+v", j)
	}
	if len(j.Tables) != len(dataset.FileNames())-1 || len(j.Tables["grdp_growth"]) != len(d.Growth) {
		t.Fatalf("tables: %d, growth rows %d", len(j.Tables), len(j.Tables["grdp_growth"]))
	}
	// 2024 growth is written with the source's decimals, a gap is null.
	s := string(b)
	if !strings.Contains(s, `"growth": 13.85`) {
		t.Error("13.85 not exported as a number")
	}
	for _, row := range j.Tables["fdi_country"] {
		for _, col := range []string{"projects", "capital_usd_m"} {
			if v, ok := row[col]; !ok {
				t.Fatalf("row without %s: %v", col, row)
			} else if v != nil {
				if _, isNum := v.(float64); !isNum {
					t.Fatalf("%s = %#v, want a number or null", col, v)
				}
			}
		}
	}
	again, _ := d.ExportJSON()
	if string(again) != s {
		t.Error("JSON export is not stable")
	}
}

func fixtureFS(t *testing.T, dir string, mutate func(*dataset.Dataset)) fstest.MapFS {
	t.Helper()
	d := datasettest.Bundled(t)
	if mutate != nil {
		mutate(d)
	}
	files, err := d.ExportCSV()
	if err != nil {
		t.Fatal(err)
	}
	return asFS(dir, files)
}

func TestLoadCollection(t *testing.T) {
	fsys := fixtureFS(t, "all/b", nil)
	for k, v := range fixtureFS(t, "all/a", func(d *dataset.Dataset) { d.ID = "a" }) {
		fsys[k] = v
	}
	fsys["all/README.md"] = &fstest.MapFile{Data: []byte("x")}
	sets, err := dataset.LoadCollection(fsys, "all")
	if err != nil {
		t.Fatal(err)
	}
	if len(sets) != 2 || sets[0].ID != "a" || sets[1].ID != "bac-giang" {
		t.Fatalf("collection = %d sets", len(sets))
	}
	if d, ok := dataset.Find(sets, "bac-giang"); !ok || d != sets[1] {
		t.Fatal("Find")
	}
	single, err := dataset.LoadCollection(fsys, "all/a")
	if err != nil || len(single) != 1 {
		t.Fatalf("a dataset folder is a collection of one: %v", err)
	}

	// One broken province fails the whole collection, problems prefixed.
	fsys["all/b/pci.csv"] = &fstest.MapFile{Data: []byte("year,score\n")}
	_, err = dataset.LoadCollection(fsys, "all")
	var ps dataset.Problems
	if !errors.As(err, &ps) || !strings.HasPrefix(ps[0].String(), "b/pci.csv:1: column ") {
		t.Fatalf("err = %v", err)
	}
	// Duplicate ids across provinces.
	dup := fixtureFS(t, "c/x", nil)
	for k, v := range fixtureFS(t, "c/y", nil) {
		dup[k] = v
	}
	if _, err := dataset.LoadCollection(dup, "c"); err == nil || !strings.Contains(err.Error(), `y/dataset.toml: key id: duplicate dataset id "bac-giang" (also in x)`) {
		t.Fatalf("duplicate ids: %v", err)
	}
	if _, err := dataset.LoadCollection(fstest.MapFS{"e/f.txt": {}}, "e"); err == nil || !strings.Contains(err.Error(), "not a dataset or a collection") {
		t.Fatalf("empty folder: %v", err)
	}
}

// Export of the bundled dataset as a workbook loads back to a deeply equal
// Dataset, figures with the decimals the source wrote.
func TestExportXLSXRoundTrip(t *testing.T) {
	d := datasettest.Bundled(t)
	b, err := d.ExportXLSX()
	if err != nil {
		t.Fatal(err)
	}
	back, err := loadBook(t, "bac-giang.xlsx", b)
	if err != nil {
		t.Fatalf("exported workbook does not load:\n%v", err)
	}
	sameDataset(t, d, back, "round trip changed the dataset",
		"ID", "Name", "Country", "AsOf", "Notes", "Merger", "MergerMeta", "Sources", "Headline", "Growth", "Size", "Sectors", "Structure", "PCI", "FDIYear", "FDICountry", "Zones", "ZoneTotals", "Agreements", "FDICountries", "FDIMeta")
}
