package dataset_test

import (
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/provdash/provdash/internal/dataset"
)

// bookCell is the reference of the cell of column in the row of sheet
// whose first cell is key, in the hand-made workbook (header on row 2).
func bookCell(t *testing.T, f *excelize.File, sheet, column, key string) string {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil || len(rows) < 2 {
		t.Fatalf("sheet %s: %v", sheet, err)
	}
	col := 0
	for i, h := range rows[1] {
		if h == column {
			col = i + 1
		}
	}
	for r, row := range rows {
		if len(row) > 0 && row[0] == key && col > 0 {
			ref, _ := excelize.CoordinatesToCellName(col, r+1)
			return ref
		}
	}
	t.Fatalf("sheet %s: no cell %s for %s", sheet, column, key)
	return ""
}

// A figure typed as text in a workbook is read like a CSV figure: 207.000
// (bn VND) and 4.370 (USD per person), typed the Vietnamese way, are
// refused with both readings in their cells, not read 1000 times too
// small; so is a headline's value typed as text.
func TestWorkbookTextThreeDecimalsRefused(t *testing.T) {
	var vnd, usd, hl string
	err := editBook(t, func(f *excelize.File) {
		vnd = bookCell(t, f, "grdp_size", "grdp_vnd_bn", "2024")
		usd = bookCell(t, f, "grdp_size", "per_capita_usd", "2024")
		hl = bookCell(t, f, "headlines", "value", "growth_2024")
		_ = f.SetCellStr("grdp_size", vnd, "207.000")
		_ = f.SetCellStr("grdp_size", usd, "4.370")
		_ = f.SetCellStr("headlines", hl, "13.850")
	})
	wantLine(t, err, "bac-giang.xlsx: headlines!"+hl+`: column value: "13.850" could be read two ways: 13850 (the '.' groups thousands, as Vietnamese writes) or 13.8500 (the '.' is the decimal point: a figure with three decimals takes a fourth zero): write the one you mean`)
	wantLine(t, err, "bac-giang.xlsx: grdp_size!"+vnd+`: column grdp_vnd_bn: "207.000" could be read two ways: 207000 (the '.' groups thousands, as Vietnamese writes) or 207.0000 (the '.' is the decimal point: a figure with three decimals takes a fourth zero): write the one you mean`)
	wantLine(t, err, "bac-giang.xlsx: grdp_size!"+usd+`: column per_capita_usd: "4.370" could be read two ways: 4370 (the '.' groups thousands, as Vietnamese writes) or 4.3700 (the '.' is the decimal point: a figure with three decimals takes a fourth zero): write the one you mean`)
}

// A number stored as a number stays as it is: its '.' is Excel's decimal
// point, so 8.652 shown with three decimals is 8.652, in a table and in a
// headline alike.
func TestWorkbookNumberCellsKeepThreeDecimals(t *testing.T) {
	f, err := excelize.OpenReader(bytes.NewReader(foreignBundled(t)))
	if err != nil {
		t.Fatal(err)
	}
	three := "0.000"
	style, err := f.NewStyle(&excelize.Style{CustomNumFmt: &three})
	if err != nil {
		t.Fatal(err)
	}
	usd := bookCell(t, f, "grdp_size", "grdp_usd_bn", "2024")
	hl := bookCell(t, f, "headlines", "value", "growth_2024")
	for _, c := range []struct{ sheet, ref string }{{"grdp_size", usd}, {"headlines", hl}} {
		if err := f.SetCellFloat(c.sheet, c.ref, 8.652, -1, 64); err != nil {
			t.Fatal(err)
		}
		if err := f.SetCellStyle(c.sheet, c.ref, c.ref, style); err != nil {
			t.Fatal(err)
		}
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	d, err := loadBook(t, "bac-giang.xlsx", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	want := dataset.Num{V: 8.652, Dec: 3, OK: true}
	seen := 0
	for _, s := range d.Size {
		if s.Year == 2024 {
			seen++
			if s.GRDPUSDbn != want {
				t.Errorf("grdp_usd_bn 2024 = %+v, want %+v", s.GRDPUSDbn, want)
			}
		}
	}
	for _, h := range d.Headline {
		if h.ID == "growth_2024" {
			seen++
			if h.Value != want {
				t.Errorf("headline growth_2024 = %+v, want %+v", h.Value, want)
			}
		}
	}
	if seen != 2 {
		t.Errorf("found %d of the two figures", seen)
	}
}
