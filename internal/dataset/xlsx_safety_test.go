package dataset_test

import (
	"bytes"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/xuri/excelize/v2"

	"github.com/provdash/provdash/data"
	"github.com/provdash/provdash/internal/dataset"
)

// A workbook is held to the same text rules as a folder: an escape
// sequence (stored as Excel stores control characters, _x001B_)
// sequence in a table cell or in a metadata sheet is refused, naming the
// workbook, sheet and cell, and nothing is loaded.
func TestWorkbookRefusesControlCharacters(t *testing.T) {
	d, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	b, err := d.ExportXLSX()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ sheet, cell string }{{"zones", "A2"}, {"dataset", "B2"}} {
		f, err := excelize.OpenReader(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		orig, _ := f.GetCellValue(c.sheet, c.cell)
		if err := f.SetCellStr(c.sheet, c.cell, orig+"_x001B_]52;c;aGk=_x0007_"); err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := f.Write(&buf); err != nil {
			t.Fatal(err)
		}
		got, err := dataset.Load(fstest.MapFS{"x.xlsx": &fstest.MapFile{Data: buf.Bytes()}}, "x.xlsx")
		if got != nil || err == nil {
			t.Fatalf("%s!%s: an escape sequence loaded", c.sheet, c.cell)
		}
		if !strings.Contains(err.Error(), "x.xlsx") || !strings.Contains(err.Error(), "control character") {
			t.Errorf("%s!%s: problem does not name the workbook and the character:\n%v", c.sheet, c.cell, err)
		}
	}
}
