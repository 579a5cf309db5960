package dataset_test

import (
	"reflect"
	"testing"
	"testing/fstest"

	"github.com/provdash/provdash/data"
	"github.com/provdash/provdash/internal/dataset"
)

// Export of the bundled dataset as a workbook loads back to a deeply equal
// Dataset, figures with the decimals the source wrote.
func TestExportXLSXRoundTrip(t *testing.T) {
	d, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	b, err := d.ExportXLSX()
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{"bac-giang.xlsx": &fstest.MapFile{Data: b}}
	back, err := dataset.Load(fsys, "bac-giang.xlsx")
	if err != nil {
		t.Fatalf("exported workbook does not load:\n%v", err)
	}
	if !reflect.DeepEqual(d, back) {
		for _, f := range []string{"ID", "Name", "Country", "AsOf", "Notes", "Merger", "MergerMeta", "Sources", "Headline", "Growth", "Size", "Sectors", "Structure", "PCI", "FDIYear", "FDICountry", "Zones", "ZoneTotals", "Agreements", "FDICountries", "FDIMeta"} {
			a, b := reflect.ValueOf(*d).FieldByName(f).Interface(), reflect.ValueOf(*back).FieldByName(f).Interface()
			if !reflect.DeepEqual(a, b) {
				t.Errorf("%s differs:\n got %+v\nwant %+v", f, b, a)
			}
		}
		t.Fatal("round trip changed the dataset")
	}
}
