package dataset

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// maxProblems caps what one Load reports, so a file of garbage yields a
// readable list instead of megabytes.
const maxProblems = 200

// colSpec declares one column a table may have.
type colSpec struct {
	name     string
	required bool // the header must contain it
	// num marks a column of figures or whole numbers, where a number split
	// by an unquoted thousands separator is the likely cause of a record
	// with a field too many.
	num bool
	// whole marks a column of whole numbers (a year, a rank), where a
	// split number can only be one split by a thousands separator.
	whole bool
}

// cell is one field of a CSV record: its NFC-normalised text and its
// 1-based field number.
type cell struct {
	v   string
	col int
	// pct marks a workbook number shown as a percentage (v is what the
	// percentage shows: "13.85" for 0.1385 shown as 13.85%).
	pct bool
	// typed marks a workbook number cell: v is what its format shows,
	// with '.' as Excel's decimal point, never a thousands separator.
	typed bool
}

// row is one data record of a CSV table, addressed by column name.
type row struct {
	l    *loader
	file string
	line int
	// format is how numbers are written in this row's file; it follows the
	// file's separator (see NumFormat).
	format NumFormat
	// book marks a row read from a workbook sheet: line is its Excel row
	// and each cell's col its Excel column.
	book bool
	// index maps a column name to its 1-based field number, once for
	// every row of the file: a map per row was a quarter of loading a
	// 20,000-row table. A column absent from the header is not in it.
	index map[string]int
	// vals holds the trimmed text of field number i+1 at i.
	vals []string
	// pct marks, by field as vals, the workbook numbers shown as a
	// percentage (see cell); nil when there are none, as in a CSV file.
	pct []bool
	// typed marks, by field as vals, the workbook number cells (see
	// cell); nil when there are none, as in a CSV file.
	typed []bool
}

// cell returns the named cell of r; a column absent from the header is an
// empty cell in field 0, as a missing figure is.
func (r *row) cell(name string) cell {
	j := r.index[name]
	if j == 0 {
		return cell{}
	}
	c := cell{v: r.vals[j-1], col: j}
	if r.pct != nil {
		c.pct = r.pct[j-1]
	}
	if r.typed != nil {
		c.typed = r.typed[j-1]
	}
	return c
}

// loader accumulates problems while reading one dataset folder.
type loader struct {
	fsys     fs.FS
	dir      string
	lim      Limits
	format   NumFormat
	problems Problems
	sources  map[string]bool
	// sourcesKnown is false when dataset.toml could not be read, so that
	// source ids are not all reported as unknown.
	sourcesKnown bool
	// book is the workbook being read, nil for a folder.
	book *workbook
	// holding sends problems to held instead of problems: see readCSV.
	holding bool
	held    Problems
}

func (l *loader) add(p Problem) {
	if l.holding {
		// Past maxProblems+1 a problem cannot make the list (see below).
		if len(l.held) <= maxProblems {
			l.held = append(l.held, p)
		}
		return
	}
	if l.book != nil {
		p = l.book.locate(p)
	}
	if len(l.problems) < maxProblems {
		l.problems = append(l.problems, p)
	} else if len(l.problems) == maxProblems {
		l.problems = append(l.problems, NewProblem(CodeTooMany, p.File, 0, 0, "", "too many problems; stopping the list here"))
	}
}

// addf records a problem of kind code; format and args give its English
// message and stay with it for translation (see Problem).
func (l *loader) addf(code, file string, line, col int, column, format string, args ...any) {
	l.add(NewProblem(code, file, line, col, column, format, args...))
}

// readText reads a file and returns its text with a UTF-8 BOM removed and
// NFC applied, or ok false after recording why it is unusable.
func (l *loader) readText(name string) (string, bool) {
	b, ok := l.readFile(name)
	if !ok {
		return "", false
	}
	return l.checkText(name, b)
}

// checkText is readText after the read. norm.NFC.String returns text
// itself, not a copy, when it is already NFC, as most saved text is.
func (l *loader) checkText(name, text string) (string, bool) {
	text = strings.TrimPrefix(text, "\xEF\xBB\xBF")
	if len(strings.TrimSpace(text)) == 0 {
		l.addf(CodeEmptyFile, name, 0, 0, "", "empty file")
		return "", false
	}
	if !utf8.ValidString(text) {
		line := 1
		for i := 0; i < len(text); {
			r, size := utf8.DecodeRuneInString(text[i:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			if text[i] == '\n' {
				line++
			}
			i += size
		}
		l.addf(CodeNotUTF8, name, line, 0, "", "not UTF-8 (save the file as UTF-8)")
		return "", false
	}
	return norm.NFC.String(text), true
}

// readCSV parses one table file against its column specs and hands each
// data row to each, after expect(n) with n at least the number of rows to
// come. Structural problems (unknown or missing columns, wrong field
// counts, bad quoting) are recorded; a file with a broken header yields no
// rows so that one mistake is not reported once per line.
//
// Rows are handed over as they are read, in one row reused for the whole
// file, so a 20,000-row table is not held a second time as rows: each
// must not keep r. The problems
// each finds are held back and recorded after the file's, so the list
// reads as it did when the whole file was parsed first: the file's
// structure, then its cells row by row.
func (l *loader) readCSV(name string, specs []colSpec, expect func(n int), each func(r *row)) {
	hand := func(r *row) {
		l.holding = true
		each(r)
		l.holding = false
	}
	if l.book != nil {
		rows := l.book.table(l, name, specs)
		expect(len(rows))
		for _, r := range rows {
			hand(r)
		}
	} else if text, ok := l.readText(name); ok {
		l.parseCSV(name, text, specs, expect, hand)
	}
	held := l.held
	l.held = nil
	for _, p := range held {
		l.add(p)
	}
}

func (l *loader) parseCSV(name, text string, specs []colSpec, expect func(n int), each func(r *row)) {
	r := csv.NewReader(strings.NewReader(text))
	r.FieldsPerRecord = -1
	// The header is copied out and a row lasts only while each runs, so
	// the reader may reuse one slice for all records.
	r.ReuseRecord = true
	r.Comma = Separator(text)
	format := DotDecimal
	if r.Comma == ';' {
		format = CommaDecimal
	}
	header, err := r.Read()
	if err != nil {
		l.csvError(name, err)
		return
	}
	header = slices.Clone(header)
	for i, h := range header {
		line, _ := r.FieldPos(i)
		l.checkCell(name, line, i+1, "", h)
	}
	// The header's names, trimmed once rather than once per cell.
	columns := make([]string, len(header))
	tabs := make([]bool, len(header))
	for i, h := range header {
		columns[i] = strings.TrimSpace(h)
		tabs[i] = allowsTab(columns[i])
	}
	known := make(map[string]bool, len(specs))
	isNum := make(map[string]bool, len(specs))
	whole := make(map[string]bool, len(specs))
	for _, s := range specs {
		known[s.name] = true
		isNum[s.name] = s.num
		whole[s.name] = s.whole
	}
	index := make(map[string]int, len(header))
	headerOK := true
	for i, h := range columns {
		switch {
		case h == "":
			l.addf(CodeEmptyColumnName, name, 1, i+1, "", "empty column name in the header")
			headerOK = false
		case !known[h]:
			l.addf(CodeUnknownColumn, name, 1, i+1, h, "unknown column")
			headerOK = false
		case index[h] != 0:
			l.addf(CodeDuplicateColumn, name, 1, i+1, h, "column appears twice in the header")
			headerOK = false
		default:
			index[h] = i + 1
		}
	}
	for _, s := range specs {
		if s.required && index[s.name] == 0 {
			l.addf(CodeMissingColumn, name, 1, 0, s.name, "missing required column")
			headerOK = false
		}
	}
	if !headerOK {
		return
	}
	// A record takes at least one line, so the lines bound the rows (and
	// the row limit bounds them too).
	expect(min(strings.Count(text, "\n"), l.lim.Rows))
	// One row for the whole file: each reads it before the next record.
	rw := &row{l: l, file: name, format: format, index: index, vals: make([]string, len(header))}
	n := 0 // data rows so far, for the row limit
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			l.csvError(name, err)
			break
		}
		line, _ := r.FieldPos(0)
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue // a blank line in the middle of the file
		}
		if n++; n > l.lim.Rows {
			l.addf(CodeTooManyRows, name, line, 0, "", "more than %d rows: reading stopped here (--max-rows raises the limit)", l.lim.Rows)
			break
		}
		for i, v := range rec {
			fl, _ := r.FieldPos(i)
			column, tab := "", false
			if i < len(columns) {
				column, tab = columns[i], tabs[i]
			}
			l.checkField(name, fl, i+1, column, v, tab)
		}
		if len(rec) != len(header) {
			var ways [][]splitAt
			if r.Comma == ',' {
				ways = splitNumbers(rec, header, isNum, whole)
			}
			switch len(ways) {
			case 0:
				l.addf(CodeFieldCount, name, line, 0, "", "has %d fields, the header has %d", len(rec), len(header))
			case 1:
				// One way to read the record: each split figure in its cell.
				for _, sp := range ways[0] {
					l.addf(sp.problem.code, name, line, sp.col+1, columns[sp.col], msgFields+sp.problem.format,
						append([]any{len(rec), len(header)}, sp.problem.args...)...)
				}
			default:
				// Several: name each cell that may hold the split figure.
				var which []string
				for _, w := range ways {
					c := fmt.Sprintf("%s %q", columns[w[0].col], w[0].problem.args[0])
					if !slices.Contains(which, c) {
						which = append(which, c)
					}
				}
				l.addf(CodeSplitWhich, name, line, 0, "", msgSplitWhich, len(rec), len(header), strings.Join(which, ", "))
			}
			continue
		}
		// Every field has a column (the header was checked above).
		for i, v := range rec {
			rw.vals[i] = strings.TrimSpace(v)
		}
		rw.line = line
		each(rw)
	}
}

func (l *loader) csvError(name string, err error) {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		// pe.Column counts bytes, not fields, so it goes in the message
		// rather than in Col (which is a field number for CSV files).
		// The two quoting mistakes a spreadsheet user makes get codes of
		// their own, so their explanation can be translated too; the
		// library's English text stays in the message, not in Args.
		switch {
		case errors.Is(pe.Err, csv.ErrBareQuote):
			l.addf(CodeCSVBareQuote, name, pe.Line, 0, "", "CSV syntax at character %d: "+csvErrText(pe.Err), pe.Column)
		case errors.Is(pe.Err, csv.ErrQuote):
			l.addf(CodeCSVQuote, name, pe.Line, 0, "", "CSV syntax at character %d: "+csvErrText(pe.Err), pe.Column)
		default:
			l.addf(CodeCSVSyntax, name, pe.Line, 0, "", "CSV syntax at character %d: %v", pe.Column, pe.Err)
		}
		return
	}
	l.addf(CodeCSVError, name, 0, 0, "", "CSV: %v", err)
}

// csvErrText is err's text made safe to splice into a format string.
func csvErrText(err error) string { return strings.ReplaceAll(err.Error(), "%", "%%") }

// Separator returns the field separator of a CSV text: ';' when its header
// line (outside quotes) has more semicolons than commas, as Excel writes in
// locales whose decimal mark is a comma, and ',' otherwise. Column names
// contain neither, so the header decides without looking at any figure.
func Separator(text string) rune {
	commas, semis, quoted := 0, 0, false
	for _, c := range text {
		switch {
		case c == '"':
			quoted = !quoted
		case quoted:
		case c == '\n':
			if semis > commas {
				return ';'
			}
			return ','
		case c == ',':
			commas++
		case c == ';':
			semis++
		}
	}
	if semis > commas {
		return ';'
	}
	return ','
}
