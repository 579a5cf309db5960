package dataset_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/provdash/provdash/internal/dataset"
)

// editSheetXML returns book with the XML of sheet replaced by what edit
// makes of it, byte for byte: how a hostile workbook is made, which no
// spreadsheet program would write.
func editSheetXML(t *testing.T, book []byte, sheet string, edit func(string) string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(book), int64(len(book)))
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string]string{}
	for _, f := range zr.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		parts[f.Name] = string(b)
	}
	m := regexp.MustCompile(`<sheet name="` + sheet + `" sheetId="\d+" r:id="(rId\d+)"`).FindStringSubmatch(parts["xl/workbook.xml"])
	if m == nil {
		t.Fatalf("no sheet %s in the workbook", sheet)
	}
	tm := regexp.MustCompile(`Id="` + m[1] + `" Target="([^"]+)"`).FindStringSubmatch(parts["xl/_rels/workbook.xml.rels"])
	if tm == nil {
		t.Fatalf("no part for sheet %s", sheet)
	}
	name := "xl/" + tm[1]
	parts[name] = edit(parts[name])
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.WriteString(w, parts[f.Name]); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// appendRows adds rows before the end of a sheet's data.
func appendRows(rows string) func(string) string {
	return func(s string) string { return strings.Replace(s, "</sheetData>", rows+"</sheetData>", 1) }
}

// loadAlloc loads book and returns the bytes the load allocated.
func loadAlloc(t *testing.T, book []byte) (*dataset.Dataset, uint64, error) {
	t.Helper()
	fsys := fstest.MapFS{"w.xlsx": &fstest.MapFile{Data: book}}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	d, err := dataset.Load(fsys, "w.xlsx")
	runtime.ReadMemStats(&after)
	return d, after.TotalAlloc - before.TotalAlloc, err
}

// A row whose one cell claims Excel's last column (XFD) costs that cell,
// not the 16,384 columns before it: a sheet of such rows, which read whole
// took gigabytes, allocates about what the plain workbook does. A value
// there is a problem naming the cell; an empty styled cell is nothing.
func TestWorkbookFarColumnsCostTheirCells(t *testing.T) {
	book := bundledBook(t)
	_, base, err := loadAlloc(t, book)
	if err != nil {
		t.Fatal(err)
	}
	var empty, full strings.Builder
	for r := 100; r < 400; r++ {
		fmt.Fprintf(&empty, `<row r="%d"><c r="XFD%d" s="1"/></row>`, r, r)
		fmt.Fprintf(&full, `<row r="%d"><c r="XFD%d"><v>1</v></c></row>`, r, r)
	}
	d, got, err := loadAlloc(t, editSheetXML(t, book, "zones", appendRows(empty.String())))
	if err != nil || d == nil {
		t.Fatalf("empty styled cells far right are nothing, got %v", err)
	}
	if limit := base + 4<<20; got > limit {
		t.Errorf("300 rows with an empty cell in XFD allocated %d bytes, the plain workbook %d: over %d", got, base, limit)
	}
	d, got, err = loadAlloc(t, editSheetXML(t, book, "zones", appendRows(full.String())))
	if d != nil {
		t.Fatal("a value right of the header loaded")
	}
	wantLine(t, err, "w.xlsx: zones!XFD100: a cell right of the header's last column M: name its column or clear it")
	if limit := base + 4<<20; got > limit {
		t.Errorf("300 rows with a value in XFD allocated %d bytes, the plain workbook %d: over %d", got, base, limit)
	}
}

// A value one column right of the header's last one is an error naming
// the cell, not ignored.
func TestWorkbookCellRightOfHeader(t *testing.T) {
	book := editSheetXML(t, bundledBook(t), "pci", appendRows(`<row r="40"><c r="Z40" t="inlineStr"><is><t>x</t></is></c></row>`))
	d, err := loadBook(t, "w.xlsx", book)
	if d != nil {
		t.Fatal("a value right of the header loaded")
	}
	lines := problemLines(t, err)
	if len(lines) != 1 || !strings.HasPrefix(lines[0], "w.xlsx: pci!Z40: a cell right of the header's last column") {
		t.Errorf("got %q", lines)
	}
}

// A sheet whose XML is damaged fails the dataset, naming the sheet and the
// cell where reading stopped; nothing read before it is used.
func TestWorkbookDamagedSheetFailsWhole(t *testing.T) {
	cell := regexp.MustCompile(`<c r="A10"[^>]*>.*?</c>`)
	for _, c := range []struct {
		name, want string
		edit       func(string) string
	}{
		{"undefined entity", "w.xlsx: zones!A10: damaged sheet", func(s string) string {
			return cell.ReplaceAllLiteralString(s, `<c r="A10" t="inlineStr"><is><t>&foo;</t></is></c>`)
		}},
		{"cut before row 10", "w.xlsx: zones!9:9: damaged sheet", func(s string) string {
			return s[:strings.Index(s, `<row r="10"`)]
		}},
		{"cut inside a cell", "w.xlsx: zones!A10: damaged sheet", func(s string) string {
			i := strings.Index(s, `<c r="A10"`)
			return s[:i+len(`<c r="A10"`)+8]
		}},
		{"nested 100,000 deep", "w.xlsx: zones!A10: damaged sheet", func(s string) string {
			deep := strings.Repeat("<x>", 100_000) + strings.Repeat("</x>", 100_000)
			return cell.ReplaceAllLiteralString(s, `<c r="A10"><v>1</v>`+deep+`</c>`)
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			book := bundledBook(t)
			d, got, err := loadAlloc(t, editSheetXML(t, book, "zones", c.edit))
			if d != nil {
				t.Fatal("a damaged sheet loaded")
			}
			lines := problemLines(t, err)
			if len(lines) != 1 || !strings.HasPrefix(lines[0], c.want) {
				t.Errorf("want one problem starting %q, got\n  %s", c.want, strings.Join(lines, "\n  "))
			}
			// The nesting is refused at its 65th level, not decoded to
			// the end: about what the plain workbook costs.
			_, base, _ := loadAlloc(t, book)
			if limit := base + 4<<20; got > limit {
				t.Errorf("allocated %d bytes, the plain workbook %d: over %d", got, base, limit)
			}
		})
	}
}

// A part of the workbook that says it unpacks to more than a sheet may be
// is refused before anything is unpacked (excelize would otherwise spill
// it to a temporary file and read it back).
func TestWorkbookHugePartRefused(t *testing.T) {
	book := bundledBook(t)
	zr, err := zip.NewReader(bytes.NewReader(book), int64(len(book)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		if err := zw.Copy(f); err != nil {
			t.Fatal(err)
		}
	}
	// Declared, not written: 64 MiB of a stored (uncompressed) part.
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "xl/media/big.bin", Method: zip.Store, UncompressedSize64: 64 << 20, CompressedSize64: 1})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write([]byte{0}); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	d, err := loadBook(t, "w.xlsx", out.Bytes())
	if d != nil {
		t.Fatal("loaded")
	}
	if got := problemLines(t, err); len(got) != 1 || got[0] != "w.xlsx: xl/media/big.bin unpacks to more than 67108864 bytes: no dataset is that large" {
		t.Errorf("got %q", got)
	}
}
