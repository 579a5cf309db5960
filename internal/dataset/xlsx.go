package dataset

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/unicode/norm"
)

// WorkbookExt is the extension of a dataset kept as one Excel workbook: a
// sheet per table (named as its CSV file without ".csv") plus the sheets
// of metaSheets for what dataset.toml holds. Planners keep their figures
// in Excel; asking them to export ten CSV files loses the formats that say
// how many decimals a figure has.
const WorkbookExt = ".xlsx"

// IsWorkbookName reports whether name has the workbook extension.
func IsWorkbookName(name string) bool { return strings.EqualFold(path.Ext(name), WorkbookExt) }

// IsWorkbook reports whether name in fsys is a regular file with the
// workbook extension, that Load reads as a workbook rather than a folder,
// or a symbolic link with that extension (which Load follows only to a
// file in the same folder, and otherwise refuses).
func IsWorkbook(fsys fs.FS, name string) bool {
	if !IsWorkbookName(name) {
		return false
	}
	st, err := fs.Lstat(fsys, name)
	return err == nil && (st.Mode().IsRegular() || st.Mode()&fs.ModeSymlink != 0)
}

// Limits on what opening a workbook may unpack. An .xlsx is a zip file: a
// few kilobytes can inflate to gigabytes, and an SSH server loads what an
// operator points it at. A real provincial workbook is well under 10 MB.
const (
	maxWorkbookUnzip    = 256 << 20
	maxWorkbookXMLInRAM = 64 << 20
)

// workbook is an open .xlsx being loaded. It turns sheets into the same
// rows (addressed by column name, positioned by Excel row and column) that
// the CSV reader produces, so every check of the tables applies unchanged.
type workbook struct {
	name     string // the file, as problems name it
	f        *excelize.File
	date1904 bool
	// formats caches what each cell style's number format shows.
	formats map[int]numFormat
	// meta locates dataset.toml problems in the metadata sheets (see
	// metaTOML).
	meta metaIndex
	// sheets is the XML part of each sheet, by its name in lower case;
	// sstPart the shared strings' part and sst their text, read once.
	sheets  map[string]string
	sstPart string
	sst     []string
}

// loadWorkbook loads the workbook name of fsys whole or not at all, like
// Load does a folder.
func loadWorkbook(fsys fs.FS, name string, lim Limits) (d *Dataset, err error) {
	// A workbook is a zip of XML written by any program; a malformed one
	// must cost its problem line, never the process (an SSH server loads
	// what its operator points it at).
	defer func() {
		if r := recover(); r != nil {
			d, err = nil, Problems{NewProblem(CodeNotAWorkbook, path.Base(name), 0, 0, "", "not an Excel workbook (.xlsx): save it from Excel or LibreOffice as .xlsx")}
		}
	}()
	l := newLoader(fsys, path.Dir(name), lim)
	b, bad := openWorkbook(fsys, name, l.lim)
	if bad != nil {
		return nil, Problems{*bad}
	}
	defer func() { _ = b.f.Close() }()
	l.book = b
	return l.run()
}

// openWorkbook opens name, or returns the problem that says why it cannot
// be used.
func openWorkbook(fsys fs.FS, name string, lim Limits) (*workbook, *Problem) {
	base := path.Base(name)
	// Only a regular file within the size limit is read, as for a CSV,
	// and a symbolic link only to a file in the same folder; the file
	// read is the file checked (openChecked).
	raw, bad := readChecked(fsys, name, lim)
	if bad != nil {
		return nil, bad
	}
	// A part that unpacks beyond what is kept in memory is refused here:
	// excelize would spill it to a temporary file, and no sheet of a
	// dataset is that large.
	if zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw))); err == nil {
		for _, zf := range zr.File {
			if zf.UncompressedSize64 >= maxWorkbookXMLInRAM {
				p := NewProblem(CodePartTooLarge, base, 0, 0, "", "%s unpacks to more than %d bytes: no dataset is that large", zf.Name, maxWorkbookXMLInRAM)
				return nil, &p
			}
		}
	}
	f, err := excelize.OpenReader(bytes.NewReader(raw), excelize.Options{
		UnzipSizeLimit: maxWorkbookUnzip, UnzipXMLSizeLimit: maxWorkbookXMLInRAM,
	})
	if err != nil {
		p := NewProblem(CodeNotAWorkbook, base, 0, 0, "", "not an Excel workbook (.xlsx): save it from Excel or LibreOffice as .xlsx")
		return nil, &p
	}
	b := &workbook{name: base, f: f, formats: map[int]numFormat{}}
	b.index()
	if props, err := f.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		b.date1904 = *props.Date1904
	}
	return b, nil
}

// readChecked reads the workbook name of fsys as readFile does a table.
func readChecked(fsys fs.FS, name string, lim Limits) ([]byte, *Problem) {
	base := path.Base(name)
	bad := func(p Problem) ([]byte, *Problem) { return nil, &p }
	p, info, err := resolve(fsys, path.Dir(name), name)
	var le *linkError
	switch {
	case errors.As(err, &le):
		return bad(NewProblem(CodeSymlinkOutside, base, 0, 0, "", "symbolic link to %q, outside the dataset folder: refused", le.target))
	case errors.Is(err, fs.ErrNotExist):
		return bad(NewProblem(CodeFileMissing, base, 0, 0, "", "file is missing"))
	case err != nil:
		return bad(NewProblem(CodeCannotRead, base, 0, 0, "", "cannot read: %v", unwrapPath(err)))
	case !info.Mode().IsRegular():
		return bad(NewProblem(CodeNotRegularFile, base, 0, 0, "", "not a regular file (a folder, named pipe, device or socket): only regular files are read"))
	case info.Size() > lim.FileSize:
		return bad(NewProblem(CodeFileTooLarge, base, 0, 0, "", "larger than the limit of %d bytes (--max-file-size raises it)", lim.FileSize))
	}
	f, err := openChecked(fsys, path.Dir(name), p, info)
	if err != nil {
		return bad(NewProblem(CodeCannotRead, base, 0, 0, "", "cannot read: %v", unwrapPath(err)))
	}
	defer f.Close()
	raw, err := io.ReadAll(io.LimitReader(f, lim.FileSize+1))
	switch {
	case err != nil:
		return bad(NewProblem(CodeCannotRead, base, 0, 0, "", "cannot read: %v", unwrapPath(err)))
	case int64(len(raw)) > lim.FileSize:
		return bad(NewProblem(CodeFileTooLarge, base, 0, 0, "", "larger than the limit of %d bytes (--max-file-size raises it)", lim.FileSize))
	}
	return raw, nil
}

// locate turns a problem recorded against a CSV file name ("pci.csv") or a
// metadata sheet name into one naming the workbook and sheet; problems of
// dataset.toml are located through the metadata index.
func (b *workbook) locate(p Problem) Problem {
	switch {
	case p.Sheet != "":
	case p.File == FileMeta:
		p = b.meta.locate(p)
		p.File = b.name
	case p.File == "":
		p.File = b.name
	default:
		p.Sheet = strings.TrimSuffix(p.File, ".csv")
		p.File = b.name
	}
	return p
}

// sheetName is the sheet of the workbook named like want, ignoring case as
// Excel does, or ok false.
func (b *workbook) sheetName(want string) (string, bool) {
	for _, s := range b.f.GetSheetList() {
		if strings.EqualFold(s, want) {
			return s, true
		}
	}
	return "", false
}

// table reads the sheet of a table file ("pci.csv" → sheet "pci") or of a
// metadata sheet against specs and returns its data rows. The header is
// the first row naming any column of specs: rows above it (a title, an
// explanation, a merged banner) are what a person reads before the table.
// Data starts below the header and below any cell merged down from it.
// Blank rows are skipped; a column without a header is allowed only when
// it holds nothing.
func (b *workbook) table(l *loader, file string, specs []colSpec) []*row {
	rows, _, _ := b.sheetRows(l, file, specs)
	return rows
}

// sheetRows is table, also returning the column of each header name and
// ok false when the sheet is missing, damaged or its header unusable. The
// sheet is read as a stream (streamSheet): what it costs follows the
// cells that hold something, and a damaged sheet fails whole.
func (b *workbook) sheetRows(l *loader, file string, specs []colSpec) ([]*row, map[string]int, bool) {
	want := strings.TrimSuffix(file, ".csv")
	sheet, ok := b.sheetName(want)
	if !ok {
		l.addf(CodeSheetMissing, file, 0, 0, "", "sheet is missing")
		return nil, nil, false
	}
	data, ok := b.part(b.sheets[strings.ToLower(sheet)])
	if !ok {
		l.addf(CodeSheetXML, file, 0, 0, "", "damaged sheet (%v): save it again from Excel or LibreOffice",
			fmt.Errorf("its XML is missing or larger than %d bytes unpacked", maxWorkbookXMLInRAM))
		return nil, nil, false
	}
	known := make(map[string]bool, len(specs))
	names := make([]string, len(specs))
	for i, s := range specs {
		known[s.name] = true
		names[i] = s.name
	}
	sc, serr := b.streamSheet(data, known, l.lim)
	if serr != nil {
		l.addf(serr.code, file, serr.line, serr.col, "", serr.format, serr.args...)
		return nil, nil, false
	}
	if sc.header == nil {
		l.addf(CodeNoHeaderRow, file, 0, 0, "", "no header row: no row names the columns of this sheet (%s)", strings.Join(names, ", "))
		return nil, nil, false
	}
	hr := sc.header.line
	width := sc.header.cells[len(sc.header.cells)-1].col
	index := map[string]int{}
	unnamed := map[int]bool{}
	headerOK := true
	for j := 1; j <= width; j++ {
		c, _ := sc.header.at(j)
		h := cleanText(c.raw)
		switch {
		case h == "":
			unnamed[j] = true
		case !known[h]:
			l.addf(CodeUnknownColumn, file, hr, j, h, "unknown column")
			headerOK = false
		case index[h] != 0:
			l.addf(CodeDuplicateColumn, file, hr, j, h, "column appears twice in the header")
			headerOK = false
		default:
			index[h] = j
		}
	}
	for _, s := range specs {
		if s.required && index[s.name] == 0 {
			l.addf(CodeMissingColumn, file, hr, 0, s.name, "missing required column")
			headerOK = false
		}
	}
	if !headerOK {
		return nil, nil, false
	}
	var rows []*row
	reported := map[int]bool{}
	for i := range sc.rows {
		rec := &sc.rows[i]
		line := rec.line
		if line <= sc.mergeDown {
			continue // under a header cell merged down over it
		}
		rw := &row{l: l, file: file, line: line, format: DotDecimal, book: true, index: index, vals: make([]string, width)}
		filled := false
		for name, j := range index {
			c, _ := rec.at(j)
			v, pct, typed := b.value(l, file, name, line, c)
			// The same text rules and cell limit as a CSV cell.
			l.checkCell(file, line, j, name, v)
			rw.vals[j-1] = v
			if pct {
				if rw.pct == nil {
					rw.pct = make([]bool, width)
				}
				rw.pct[j-1] = true
			}
			if typed {
				if rw.typed == nil {
					rw.typed = make([]bool, width)
				}
				rw.typed[j-1] = true
			}
			filled = filled || v != ""
		}
		for _, c := range rec.cells {
			if unnamed[c.col] && strings.TrimSpace(c.raw) != "" && !reported[c.col] {
				reported[c.col] = true
				l.addf(CodeEmptyColumnName, file, hr, c.col, "", "empty column name in the header")
			}
		}
		if filled {
			if len(rows) >= l.lim.Rows {
				l.addf(CodeTooManyRows, file, line, 0, "", "more than %d rows: reading stopped here (--max-rows raises the limit)", l.lim.Rows)
				return rows, index, true
			}
			rows = append(rows, rw)
		}
	}
	if sc.stopped {
		// Only reached when a header merged down over more than
		// mergeSlack rows hides what would otherwise be over the limit.
		l.addf(CodeTooManyRows, file, sc.rows[len(sc.rows)-1].line, 0, "", "more than %d rows: reading stopped here (--max-rows raises the limit)", l.lim.Rows)
	}
	return rows, index, true
}

// cleanText is a text cell as the loader compares it: trimmed and NFC.
func cleanText(s string) string { return norm.NFC.String(strings.TrimSpace(s)) }

// value is the text of one cell the way a person sees it in Excel: a
// text cell as typed; a number as its number format shows it (13.85 with
// format 0.00 is "13.85", 19.3 in General is "19.3", never the binary
// noise 19.300000000000001); a date as an ISO date with the parts its
// format shows; a formula as its saved result. pct reports a number shown
// as a percentage ("13.85" for 0.1385 shown as 13.85%), which only a
// percentage column accepts; typed a number cell, whose '.' is a decimal
// point and never groups thousands, so "1.234" shown by it is 1.234. An
// empty cell is missing data.
func (b *workbook) value(l *loader, file, column string, line int, c xcell) (v string, pct, typed bool) {
	raw := c.raw
	if raw == "" {
		if c.formula != "" {
			l.addf(CodeFormulaNoValue, file, line, c.col, column,
				"formula =%s has no saved result: open the workbook in Excel or LibreOffice and save it", c.formula)
		}
		return "", false, false
	}
	x, err := strconv.ParseFloat(raw, 64)
	if err != nil {
		return cleanText(raw), false, false
	}
	switch c.typ {
	case excelize.CellTypeSharedString, excelize.CellTypeInlineString, excelize.CellTypeFormula, excelize.CellTypeError:
		return cleanText(raw), false, false
	case excelize.CellTypeBool:
		if x != 0 {
			return "TRUE", false, false
		}
		return "FALSE", false, false
	}
	v, pct = b.format(c.style).show(x, b.date1904)
	return v, pct, true
}

// format is what the number format of style shows, cached per workbook.
func (b *workbook) format(style int) numFormat {
	if nf, ok := b.formats[style]; ok {
		return nf
	}
	var nf numFormat
	if st, err := b.f.GetStyle(style); err == nil && st != nil {
		if st.CustomNumFmt != nil {
			nf = parseNumFormat(*st.CustomNumFmt)
		} else {
			nf = builtinNumFormat(st.NumFmt)
		}
	}
	b.formats[style] = nf
	return nf
}
