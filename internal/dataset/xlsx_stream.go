package dataset

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// Limits on the XML of a workbook, which a few kilobytes of zip can make
// arbitrarily deep or wide. A sheet is read as a stream of its cells, and
// only the cells that hold something are kept, so what loading a sheet
// costs follows the cells that exist, never the columns or rows they
// claim to be at.
const (
	// maxXMLDepth is how deeply elements may nest in a sheet or the
	// shared strings. Excel writes at most about ten levels (an extension
	// list inside a cell's rich text); the decoder keeps a stack entry per
	// open element, so millions of levels would cost gigabytes.
	maxXMLDepth = 64
	// maxSheetColumns is the last column (BL) a table sheet may use.
	// The widest table has a few dozen columns; Excel's last is 16,384
	// (XFD), and a row that claims it must not cost its width.
	maxSheetColumns = 64
	// mergeSlack is how many rows a header cell merged down over units
	// may cover: the row limit stops reading that many rows late so that
	// such a sheet at exactly the limit still loads.
	mergeSlack = 8
)

// xcell is one cell of a sheet that holds something, as the sheet's XML
// has it: its column, its raw value (shared and inline strings already
// looked up), its type, its style and any formula.
type xcell struct {
	col     int
	raw     string
	typ     excelize.CellType
	style   int
	formula string
}

// xrow is a row of a sheet with the cells that hold something, in column
// order.
type xrow struct {
	line  int
	cells []xcell
}

// at returns the cell of column col, or ok false.
func (r *xrow) at(col int) (xcell, bool) {
	for _, c := range r.cells {
		if c.col == col {
			return c, true
		}
		if c.col > col {
			break
		}
	}
	return xcell{}, false
}

// sheetError is a sheet whose XML cannot be read to its end: damaged,
// cut short, nested too deeply, or holding a cell where no table may
// have one. line and col locate it (0 when unknown).
type sheetError struct {
	line, col int
	code      string
	format    string
	args      []any
}

func (e *sheetError) Error() string { return fmt.Sprintf(e.format, e.args...) }

// xmlReader reads tokens of one part of a workbook, refusing nesting
// deeper than maxXMLDepth. Strict XML: an undefined entity, a tag left
// open or a part cut short is an error, never the end of the data.
type xmlReader struct {
	d     *xml.Decoder
	depth int
}

func newXMLReader(b []byte) *xmlReader {
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = true
	return &xmlReader{d: d}
}

// next returns the next token, or io.EOF after the last one of a part
// that closed every element it opened.
func (x *xmlReader) next() (xml.Token, error) {
	tok, err := x.d.Token()
	if err != nil {
		if errors.Is(err, io.EOF) && x.depth > 0 {
			return nil, errors.New("the XML ends before its elements are closed")
		}
		return nil, err
	}
	switch tok.(type) {
	case xml.StartElement:
		x.depth++
		if x.depth > maxXMLDepth {
			return nil, fmt.Errorf("XML nested more than %d elements deep", maxXMLDepth)
		}
	case xml.EndElement:
		x.depth--
	}
	return tok, nil
}

// text reads the character data up to the end of the element just
// started, keeping at most max bytes (cut at a character boundary, so
// that a cell over the character limit is still reported as one) and
// ignoring elements inside it except that skip names ones whose text is
// left out (a phonetic run).
func (x *xmlReader) text(max int, skip string) (string, error) {
	var b []byte
	base, skipping := x.depth, 0
	for {
		tok, err := x.next()
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if skip != "" && t.Name.Local == skip && skipping == 0 {
				skipping = x.depth
			}
		case xml.EndElement:
			if skipping != 0 && x.depth < skipping {
				skipping = 0
			}
			if x.depth < base {
				return string(b), nil
			}
		case xml.CharData:
			if skipping == 0 && len(b) < max {
				room := max - len(b)
				if len(t) > room {
					t = t[:room]
					for len(t) > 0 && !utf8.Valid(t) {
						t = t[:len(t)-1]
					}
				}
				b = append(b, t...)
			}
		}
	}
}

// part is the bytes of a part of the workbook's zip, as excelize unpacked
// it. A part too large to be kept in memory (over maxWorkbookXMLInRAM) is
// refused rather than read from the temporary file excelize spills it to.
func (b *workbook) part(name string) ([]byte, bool) {
	v, ok := b.f.Pkg.Load(name)
	if !ok {
		return nil, false
	}
	data, ok := v.([]byte)
	return data, ok
}

// rels are the relationships of a part: id → target path in the zip.
type rels struct {
	byID   map[string]string
	byType map[string]string
}

// readRels reads the relationships part name, whose targets are relative
// to the folder dir.
func (b *workbook) readRels(name, dir string) rels {
	out := rels{byID: map[string]string{}, byType: map[string]string{}}
	data, ok := b.part(name)
	if !ok {
		return out
	}
	var doc struct {
		Rel []struct {
			ID     string `xml:"Id,attr"`
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if xml.Unmarshal(data, &doc) != nil {
		return out
	}
	for _, r := range doc.Rel {
		t := strings.TrimPrefix(path.Clean("/"+path.Join(dir, r.Target)), "/")
		if strings.HasPrefix(r.Target, "/") {
			t = strings.TrimPrefix(path.Clean(r.Target), "/")
		}
		out.byID[r.ID] = t
		if i := strings.LastIndexByte(r.Type, '/'); i >= 0 {
			out.byType[r.Type[i+1:]] = t
		}
	}
	return out
}

// index finds the parts of the workbook: each sheet's XML by sheet name
// and the shared strings.
func (b *workbook) index() {
	b.sheets = map[string]string{}
	wb := b.readRels("_rels/.rels", "").byType["officeDocument"]
	if wb == "" {
		wb = "xl/workbook.xml"
	}
	dir := path.Dir(wb)
	rs := b.readRels(path.Join(dir, "_rels", path.Base(wb)+".rels"), dir)
	b.sstPart = rs.byType["sharedStrings"]
	data, ok := b.part(wb)
	if !ok {
		return
	}
	// The relationship id is r:id in the officeDocument namespace; only
	// its local name is matched, as strict and transitional files name
	// the namespace differently.
	var raw struct {
		Sheets []struct {
			Attrs []xml.Attr `xml:",any,attr"`
		} `xml:"sheets>sheet"`
	}
	if xml.Unmarshal(data, &raw) != nil {
		return
	}
	for _, s := range raw.Sheets {
		var name, id string
		for _, a := range s.Attrs {
			switch {
			case a.Name.Local == "name" && a.Name.Space == "":
				name = a.Value
			case a.Name.Local == "id" && a.Name.Space != "":
				id = a.Value
			}
		}
		if p, ok := rs.byID[id]; ok && name != "" {
			b.sheets[strings.ToLower(name)] = p
		}
	}
}

// sharedStrings returns the shared string table, read once.
func (b *workbook) sharedStrings(lim Limits) ([]string, error) {
	if b.sst != nil || b.sstPart == "" {
		return b.sst, nil
	}
	data, ok := b.part(b.sstPart)
	if !ok {
		return nil, errors.New("the shared strings are larger than a workbook may unpack")
	}
	x := newXMLReader(data)
	sst := []string{}
	for {
		tok, err := x.next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("shared strings: %w", err)
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "si" {
			s, err := x.text(cellBytes(lim), "rPh")
			if err != nil {
				return nil, fmt.Errorf("shared strings: %w", err)
			}
			sst = append(sst, bstrUnescape(s))
		}
	}
	b.sst = sst
	return sst, nil
}

// cellBytes is how many bytes of one cell's text are kept: enough that a
// cell over the character limit is still seen to be over it.
func cellBytes(lim Limits) int { return 4*lim.Cell + 4 }

// bstrUnescape decodes the _xHHHH_ escapes Excel stores characters XML
// cannot hold with (_x005F_ is a literal underscore), as excelize reads
// them.
func bstrUnescape(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var out strings.Builder
	for i := 0; i < len(s); {
		if i+7 <= len(s) && s[i] == '_' && s[i+1] == 'x' && s[i+6] == '_' {
			if v, err := strconv.ParseUint(s[i+2:i+6], 16, 32); err == nil {
				if r := rune(v); utf8.ValidRune(r) {
					out.WriteRune(r)
				}
				i += 7
				continue
			}
		}
		out.WriteByte(s[i])
		i++
	}
	return out.String()
}

// sheetScan is what streamSheet found: the header row, the rows below it
// that hold something, and the last row a header cell is merged down to.
type sheetScan struct {
	header    *xrow // nil when no row names a column
	rows      []xrow
	mergeDown int // last row of a merge covering the header row, or 0
	stopped   bool
}

// streamSheet reads the sheet XML data cell by cell. The header is the
// first row with a cell naming a column of known; rows above it are read
// and forgotten. Below it, a cell holding something in a column the
// header does not reach is an error naming the cell, and reading stops
// there, as it does once the sheet holds more rows than lim allows
// (with mergeSlack) or at the first XML error.
func (b *workbook) streamSheet(data []byte, known map[string]bool, lim Limits) (sheetScan, *sheetError) {
	var sc sheetScan
	x := newXMLReader(data)
	line, lastCol, width := 0, 0, 0
	var cur *xrow
	fail := func(l, c int, err error) *sheetError {
		return &sheetError{line: l, col: c, code: CodeSheetXML, format: "damaged sheet (%v): save it again from Excel or LibreOffice", args: []any{err}}
	}
	inData, sawData := false, false
	for {
		tok, err := x.next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			col := 0
			if cur != nil {
				col = lastCol + 1
			}
			return sc, fail(line, col, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "sheetData":
				inData, sawData = true, true
			case "row":
				if !inData {
					continue
				}
				n := line + 1
				if v := attr(t, "r"); v != "" {
					if n, err = strconv.Atoi(v); err != nil || n <= line || n > excelize.TotalRows {
						return sc, fail(line+1, 0, fmt.Errorf("row number %q out of order", v))
					}
				}
				line, lastCol = n, 0
				cur = &xrow{line: line}
			case "c":
				if cur == nil {
					return sc, fail(line, 0, errors.New("a cell outside a row"))
				}
				c, err := b.readCell(x, t, lastCol, lim)
				if err != nil {
					return sc, fail(line, lastCol+1, err)
				}
				lastCol = c.col
				if c.raw == "" && c.formula == "" {
					continue
				}
				switch {
				case sc.header != nil && c.col > width:
					return sc, &sheetError{line: line, col: c.col, code: CodeBeyondHeader,
						format: "a cell right of the header's last column %s: name its column or clear it", args: []any{columnName(width)}}
				case c.col > maxSheetColumns:
					return sc, &sheetError{line: line, col: c.col, code: CodeBeyondHeader,
						format: "a cell right of the header's last column %s: name its column or clear it", args: []any{columnName(maxSheetColumns)}}
				}
				cur.cells = append(cur.cells, c)
			case "mergeCell":
				if sc.header == nil {
					continue
				}
				lo, hi, ok := strings.Cut(attr(t, "ref"), ":")
				if !ok {
					continue
				}
				_, r1, err1 := excelize.CellNameToCoordinates(lo)
				_, r2, err2 := excelize.CellNameToCoordinates(hi)
				if err1 == nil && err2 == nil && r1 <= sc.header.line && r2 > sc.mergeDown {
					sc.mergeDown = r2
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "sheetData":
				inData = false
			case "row":
				if cur == nil || len(cur.cells) == 0 {
					cur = nil
					continue
				}
				if sc.header == nil {
					for _, c := range cur.cells {
						if known[cleanText(c.raw)] {
							sc.header = cur
							width = cur.cells[len(cur.cells)-1].col
							break
						}
					}
				} else {
					sc.rows = append(sc.rows, *cur)
					if len(sc.rows) > lim.Rows+mergeSlack {
						sc.stopped = true
						return sc, nil
					}
				}
				cur = nil
			}
		}
	}
	if !sawData {
		return sc, fail(0, 0, errors.New("no sheetData"))
	}
	return sc, nil
}

// readCell reads the cell element start, after the cell in column prev.
func (b *workbook) readCell(x *xmlReader, start xml.StartElement, prev int, lim Limits) (xcell, error) {
	c := xcell{col: prev + 1, typ: excelize.CellTypeUnset}
	t := ""
	for _, a := range start.Attr {
		switch a.Name.Local {
		case "r":
			col, _, err := excelize.CellNameToCoordinates(a.Value)
			if err != nil {
				return c, fmt.Errorf("cell reference %q: %w", a.Value, err)
			}
			c.col = col
		case "s":
			s, err := strconv.Atoi(a.Value)
			if err != nil || s < 0 {
				return c, fmt.Errorf("cell style %q is not a number", a.Value)
			}
			c.style = s
		case "t":
			t = a.Value
		}
	}
	if c.col <= prev {
		return c, errors.New("cells out of order")
	}
	switch t {
	case "", "n":
		c.typ = excelize.CellTypeUnset
	case "b":
		c.typ = excelize.CellTypeBool
	case "d":
		c.typ = excelize.CellTypeDate
	case "e":
		c.typ = excelize.CellTypeError
	case "s":
		c.typ = excelize.CellTypeSharedString
	case "str":
		c.typ = excelize.CellTypeFormula
	case "inlineStr":
		c.typ = excelize.CellTypeInlineString
	}
	var v, is string
	for {
		tok, err := x.next()
		if err != nil {
			return c, err
		}
		switch el := tok.(type) {
		case xml.StartElement:
			var s string
			switch el.Name.Local {
			case "v":
				s, err = x.text(cellBytes(lim), "")
				v = s
			case "f":
				s, err = x.text(cellBytes(lim), "")
				c.formula = s
				if c.formula == "" {
					// A shared formula names its master cell only.
					c.formula = "…"
				}
			case "is":
				s, err = x.text(cellBytes(lim), "rPh")
				is = bstrUnescape(s)
			default:
				_, err = x.text(0, "")
			}
			if err != nil {
				return c, err
			}
		case xml.EndElement:
			switch t {
			case "s":
				if v != "" {
					sst, err := b.sharedStrings(lim)
					if err != nil {
						return c, err
					}
					i, err := strconv.Atoi(strings.TrimSpace(v))
					if err != nil || i < 0 || i >= len(sst) {
						return c, fmt.Errorf("shared string %q does not exist", v)
					}
					v = sst[i]
				}
			case "inlineStr":
				v = is
			}
			c.raw = v
			return c, nil
		}
	}
}

// attr is the value of the attribute of start with local name name.
func attr(start xml.StartElement, name string) string {
	for _, a := range start.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// columnName is Excel's name of column n (1 is A), or "" when n < 1.
func columnName(n int) string {
	s, err := excelize.ColumnNumberToName(n)
	if err != nil {
		return ""
	}
	return s
}
