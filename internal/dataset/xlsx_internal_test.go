package dataset

import (
	"testing"
	"testing/fstest"
)

// Number formats are read for what they show: decimals, percent, the date
// parts; colours, currency text, grouping and padding change nothing.
func TestParseNumFormat(t *testing.T) {
	for code, want := range map[string]numFormat{
		"General":                         {},
		"@":                               {},
		"0":                               {kind: fmtFixed},
		"0.00":                            {kind: fmtFixed, dec: 2},
		"#,##0.0":                         {kind: fmtFixed, dec: 1},
		`#,##0.00 "₫";[Red]-#,##0.00 "₫"`: {kind: fmtFixed, dec: 2},
		"_(* #,##0.000_)":                 {kind: fmtFixed, dec: 3},
		"0.00%":                           {kind: fmtPercent, dec: 2},
		"0%":                              {kind: fmtPercent},
		"0.00E+00":                        {},
		"dd/mm/yyyy":                      {kind: fmtDate, year: true, month: true, day: true},
		"[$-42A]d mmmm yyyy":              {kind: fmtDate, year: true, month: true, day: true},
		"mm/yyyy":                         {kind: fmtDate, year: true, month: true},
		"yyyy":                            {kind: fmtDate, year: true},
		`"Năm "yyyy`:                      {kind: fmtDate, year: true},
		"h:mm:ss":                         {},
		"[h]:mm":                          {},
		"# ?/?":                           {},
	} {
		if got := parseNumFormat(code); got != want {
			t.Errorf("parseNumFormat(%q) = %+v, want %+v", code, got, want)
		}
	}
}

// A number shows as its format shows it, with Excel's 15 significant
// digits and half-away-from-zero rounding on the decimal digits.
func TestNumFormatShow(t *testing.T) {
	fixed := func(dec int) numFormat { return numFormat{kind: fmtFixed, dec: dec} }
	for _, c := range []struct {
		nf   numFormat
		x    float64
		want string
		pct  bool
	}{
		{numFormat{}, 13.850000000000001, "13.85", false},
		{numFormat{}, 19.3, "19.3", false},
		{numFormat{}, 207000, "207000", false},
		{numFormat{}, -3.32, "-3.32", false},
		{fixed(2), 13.85, "13.85", false},
		{fixed(2), 19.3, "19.30", false},
		{fixed(1), 19.3, "19.3", false},
		{fixed(2), 2.675, "2.68", false},
		{fixed(0), 2720.72, "2721", false},
		{fixed(1), 9.96, "10.0", false},
		{fixed(2), -0.001, "0.00", false},
		{numFormat{kind: fmtPercent, dec: 2}, 0.1385, "13.85", true},
		{numFormat{kind: fmtPercent, dec: 1}, -0.0332, "-3.3", true},
		{numFormat{kind: fmtDate, year: true, month: true, day: true}, 45370, "2024-03-19", false},
		{numFormat{kind: fmtDate, year: true, month: true}, 45370, "2024-03", false},
		{numFormat{kind: fmtDate, year: true}, 45370, "2024", false},
	} {
		got, pct := c.nf.show(c.x, false)
		if got != c.want || pct != c.pct {
			t.Errorf("%+v.show(%v) = %q, %v; want %q, %v", c.nf, c.x, got, pct, c.want, c.pct)
		}
	}
}

func TestSheetRef(t *testing.T) {
	for name, want := range map[string]string{
		"grdp_growth": "grdp_growth", "Số liệu": "'Số liệu'", "it's": "'it''s'", "2024": "'2024'",
	} {
		if got := SheetRef(name); got != want {
			t.Errorf("SheetRef(%q) = %q, want %q", name, got, want)
		}
	}
	p := Problem{File: "b.xlsx", Sheet: "pci", Line: 17, Col: 2}
	if got := p.Location(); got != "b.xlsx: pci!B17" {
		t.Errorf("Location = %q", got)
	}
	p.Col = 0
	if got := p.Location(); got != "b.xlsx: pci!17:17" {
		t.Errorf("Location = %q", got)
	}
}

func TestNearest(t *testing.T) {
	allowed := []string{"official", "estimate", "preliminary", "plan", "reported"}
	for v, want := range map[string]string{
		"offical": "official", "Official": "official", "estimated": "estimate", "preliminery": "preliminary",
		"final": "", "x": "", "plant": "plan", "pla": "plan", "ok": "",
	} {
		got, ok := nearest(v, allowed)
		if got != want || ok != (want != "") {
			t.Errorf("nearest(%q) = %q, %v; want %q", v, got, ok, want)
		}
	}
}

// FuzzLoadWorkbook feeds arbitrary bytes as a .xlsx: Load must never panic
// and must return a dataset or located problems. The seed is the fixture
// exported as a workbook (small), plus files that are not workbooks.
func FuzzLoadWorkbook(f *testing.F) {
	d, err := load(fixture())
	if err != nil {
		f.Fatal(err)
	}
	b, err := d.ExportXLSX()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add(b[:len(b)/2])
	f.Add([]byte("PK\x03\x04"))
	f.Add([]byte("year,growth\n2024,13.85\n"))
	f.Fuzz(func(t *testing.T, book []byte) {
		d, err := Load(fstest.MapFS{"f.xlsx": &fstest.MapFile{Data: book}}, "f.xlsx")
		checkLoadResult(t, d, err, "f.xlsx")
	})
}
