package dataset

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
	"github.com/xuri/excelize/v2"
	"golang.org/x/text/unicode/norm"
)

// ExportXLSX returns d as one workbook in exactly the form Load reads: a
// sheet per metaSheets entry, then a sheet per table with the columns of
// its CSV file. Figures are number cells whose format shows the decimals
// the source wrote (19.30 as 0.00), so Load(ExportXLSX(d)) gives d back;
// the tests hold it to that. Each sheet's header row is bold and frozen,
// columns are as wide as their content, and status and other closed
// vocabularies get an in-cell dropdown, so a planner typing a new row is
// offered the allowed values.
func (d *Dataset) ExportXLSX() ([]byte, error) {
	values, err := metaValues(d.exportTOML())
	if err != nil {
		return nil, err
	}
	return writeBook(values, d.Kind, func(t table) [][]string { return t.cells(d) }, nil)
}

// SkeletonXLSX returns an empty dataset workbook for `provdash init`:
// every sheet with its header, the metadata keys with the province's name
// filled in, and above each header the explanation about(sheet) gives.
// Load reports it as incomplete, naming what to fill in.
func SkeletonXLSX(name Text, about func(sheet string) string) ([]byte, error) {
	return writeBook(skeletonValues(name), KindProvince, func(table) [][]string { return nil }, about)
}

// SkeletonFolder is SkeletonXLSX as a dataset folder: dataset.toml with
// the explanations as comments, and each CSV file with its header line.
func SkeletonFolder(name Text, about func(sheet string) string) map[string][]byte {
	var b strings.Builder
	comment := func(s string) {
		for _, line := range strings.Split(s, "\n") {
			b.WriteString(strings.TrimRight("# "+line, " ") + "\n")
		}
	}
	kv := func(k, v string) { fmt.Fprintf(&b, "%s = %s\n", k, tomlString(v)) }
	sk := skeletonValues(name)
	comment(about("dataset"))
	kv("id", sk["id"].(string))
	kv("as_of", "")
	b.WriteString("\n[name]\n")
	kv("vi", name.VI)
	kv("en", name.EN)
	b.WriteString("\n[country]\n")
	kv("vi", "Việt Nam")
	kv("en", "Vietnam")
	for _, s := range metaSheets()[1:] {
		b.WriteString("\n")
		comment(about(s.name))
		head := "[" + s.table + "]"
		if s.list {
			head = "[" + head + "]"
		}
		comment(head)
		for _, k := range s.keys {
			comment(k.key + " = ")
		}
	}
	b.WriteString("\n")
	for _, t := range tablesOf(KindProvince) {
		comment(t.fileName() + ": " + about(strings.TrimSuffix(t.fileName(), ".csv")))
	}
	out := map[string][]byte{FileMeta: []byte(b.String())}
	for _, t := range tablesOf(KindProvince) {
		names := make([]string, 0, len(t.columns()))
		for _, c := range t.columns() {
			names = append(names, c.name)
		}
		out[t.fileName()] = []byte(strings.Join(names, ",") + "\n")
	}
	return out
}

// skeletonValues is the metadata of an empty dataset named name.
func skeletonValues(name Text) map[string]any {
	return map[string]any{
		"id":      Slug(name.VI),
		"as_of":   "",
		"name":    map[string]any{"vi": name.VI, "en": name.EN},
		"country": map[string]any{"vi": "Việt Nam", "en": "Vietnam"},
	}
}

// Slug is a dataset id made from a province's name: "Tỉnh Mẫu" →
// "tinh-mau" (lower-case ASCII, digits and hyphens, as validID wants).
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'đ':
			b.WriteByte('d')
			dash = false
		case r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	out := strings.TrimRight(b.String(), "-")
	if len(out) > 64 {
		out = strings.TrimRight(out[:64], "-")
	}
	return out
}

// metaValues decodes dataset.toml text and checks that every key it holds
// has a place in metaSheets, so a key added to dataset.toml but not to the
// workbook form fails the export instead of vanishing from it.
func metaValues(text []byte) (map[string]any, error) {
	var m map[string]any
	if _, err := toml.Decode(string(text), &m); err != nil {
		return nil, fmt.Errorf("export xlsx: dataset.toml: %w", err)
	}
	declared := map[string]bool{}
	for _, s := range metaSheets() {
		for _, k := range s.keys {
			declared[s.path(k)] = true
		}
	}
	var walk func(prefix string, v any) error
	walk = func(prefix string, v any) error {
		switch v := v.(type) {
		case map[string]any:
			for k, sub := range v {
				p := k
				if prefix != "" {
					p = prefix + "." + k
				}
				if err := walk(p, sub); err != nil {
					return err
				}
			}
		case []map[string]any:
			for _, rec := range v {
				if err := walk(prefix, rec); err != nil {
					return err
				}
			}
		default:
			if !declared[prefix] {
				return fmt.Errorf("export xlsx: dataset.toml key %s has no place in the workbook", prefix)
			}
		}
		return nil
	}
	if err := walk("", m); err != nil {
		return nil, err
	}
	return m, nil
}

// lookup follows a dotted key path in a decoded TOML table.
func lookup(m map[string]any, path string) (any, bool) {
	var v any = m
	for _, part := range strings.Split(path, ".") {
		t, ok := v.(map[string]any)
		if !ok {
			return nil, false
		}
		if v, ok = t[part]; !ok {
			return nil, false
		}
	}
	return v, true
}

// numCell is a figure written as a number with dec decimals shown.
type numCell struct {
	v   float64
	dec int
}

// figureCell is a figure's text as a number cell when it is a plain
// number that reads back as written, and as text otherwise (">30").
func figureCell(s string) any {
	if s == "" {
		return nil
	}
	n, err := ParseNum(s, DotDecimal)
	if err != nil || !n.OK || n.Qual != "" || FormatNum(n, DotDecimal) != s {
		return s
	}
	return numCell{v: n.V, dec: n.Dec}
}

// bookWriter lays out sheets with shared styles.
type bookWriter struct {
	f             *excelize.File
	header, about int
	dec           map[int]int // style per number of decimals shown
	sheets        int
}

// writeBook writes the metadata values and the cells of each table (nil:
// only the header) as a workbook; about, when not nil, adds an explanation
// above each header.
func writeBook(values map[string]any, kind string, cells func(t table) [][]string, about func(string) string) ([]byte, error) {
	w := &bookWriter{f: excelize.NewFile(), dec: map[int]int{}}
	defer func() { _ = w.f.Close() }()
	var err error
	if w.header, err = w.f.NewStyle(&excelize.Style{
		Font:   &excelize.Font{Bold: true},
		Fill:   excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E7EEF7"}},
		Border: []excelize.Border{{Type: "bottom", Color: "7F8FA6", Style: 1}},
	}); err != nil {
		return nil, fmt.Errorf("export xlsx: %w", err)
	}
	if w.about, err = w.f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Italic: true, Color: "44546A"},
		Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"},
	}); err != nil {
		return nil, fmt.Errorf("export xlsx: %w", err)
	}
	explain := func(sheet string) string {
		if about == nil {
			return ""
		}
		return about(sheet)
	}
	for _, s := range metaSheets() {
		var (
			header []string
			rows   [][]any
		)
		if s.list {
			for _, k := range s.keys {
				header = append(header, k.key)
			}
			found, _ := lookup(values, s.table)
			recs, _ := found.([]map[string]any)
			for _, rec := range recs {
				row := make([]any, len(s.keys))
				for i, k := range s.keys {
					v, _ := lookup(rec, k.key)
					row[i] = metaCell(k, v)
				}
				rows = append(rows, row)
			}
		} else {
			header = []string{kvKey, kvValue}
			scope := values
			if s.table != "" {
				found, _ := lookup(values, s.table)
				scope, _ = found.(map[string]any)
			}
			for _, k := range s.keys {
				v, _ := lookup(scope, k.key)
				rows = append(rows, []any{k.key, metaCell(k, v)})
			}
		}
		drop := map[int][]string{}
		for i, h := range header {
			if s.list && h == "status" {
				drop[i] = statusNames()
			}
		}
		if err := w.sheet(s.name, explain(s.name), header, rows, drop); err != nil {
			return nil, err
		}
	}
	for _, t := range tablesOf(kind) {
		cols := t.columns()
		header := make([]string, len(cols))
		drop := map[int][]string{}
		for i, c := range cols {
			header[i] = c.name
			switch {
			case c.allowed != nil:
				drop[i] = c.allowed
			case c.status:
				drop[i] = statusNames()
			}
		}
		recs := cells(t)
		rows := make([][]any, len(recs))
		for r, rec := range recs {
			row := make([]any, len(rec))
			for i, s := range rec {
				row[i] = tableCell(cols[i].kind, s)
			}
			rows[r] = row
		}
		sheet := strings.TrimSuffix(t.fileName(), ".csv")
		if err := w.sheet(sheet, explain(sheet), header, rows, drop); err != nil {
			return nil, err
		}
	}
	buf, err := w.f.WriteToBuffer()
	if err != nil {
		return nil, fmt.Errorf("export xlsx: %w", err)
	}
	return buf.Bytes(), nil
}

func statusNames() []string {
	out := make([]string, len(Statuses))
	for i, s := range Statuses {
		out[i] = string(s)
	}
	return out
}

// metaCell is a decoded dataset.toml value as the cell of key k.
func metaCell(k metaKey, v any) any {
	switch v := v.(type) {
	case string:
		if k.kind == metaNumber {
			return figureCell(v)
		}
		if v == "" {
			return nil
		}
		return v
	case int64:
		return int(v)
	case bool:
		return v
	}
	return nil
}

// tableCell is an exported CSV cell of a column of kind k as a sheet cell.
func tableCell(k colKind, s string) any {
	switch {
	case s == "":
		return nil
	case k == kindNum:
		return figureCell(s)
	case k == kindInt:
		if n, err := strconv.Atoi(s); err == nil {
			return n
		}
	}
	return s
}

// sheet writes one sheet: an optional explanation row, the header, the
// rows, then freezes the header, sizes the columns and adds dropdowns.
func (w *bookWriter) sheet(name, about string, header []string, rows [][]any, drop map[int][]string) error {
	wrap := func(err error) error { return fmt.Errorf("export xlsx: sheet %s: %w", name, err) }
	if w.sheets == 0 {
		if err := w.f.SetSheetName(w.f.GetSheetName(0), name); err != nil {
			return wrap(err)
		}
	} else if _, err := w.f.NewSheet(name); err != nil {
		return wrap(err)
	}
	w.sheets++
	hr := 1
	last, _ := excelize.ColumnNumberToName(max(len(header), 1))
	if about != "" {
		if err := w.f.SetCellStr(name, "A1", about); err != nil {
			return wrap(err)
		}
		if len(header) > 1 {
			if err := w.f.MergeCell(name, "A1", last+"1"); err != nil {
				return wrap(err)
			}
		}
		if err := w.f.SetCellStyle(name, "A1", last+"1", w.about); err != nil {
			return wrap(err)
		}
		lines := 1 + utf8.RuneCountInString(about)/max(12*len(header), 60)
		if err := w.f.SetRowHeight(name, 1, float64(15*lines)); err != nil {
			return wrap(err)
		}
		hr = 2
	}
	widths := make([]int, len(header))
	for i, h := range header {
		ref, _ := excelize.CoordinatesToCellName(i+1, hr)
		if err := w.f.SetCellStr(name, ref, h); err != nil {
			return wrap(err)
		}
		widths[i] = utf8.RuneCountInString(h)
	}
	if len(header) > 0 {
		if err := w.f.SetCellStyle(name, "A"+strconv.Itoa(hr), last+strconv.Itoa(hr), w.header); err != nil {
			return wrap(err)
		}
	}
	for r, row := range rows {
		for i, v := range row {
			ref, _ := excelize.CoordinatesToCellName(i+1, hr+1+r)
			n, err := w.cell(name, ref, v)
			if err != nil {
				return wrap(err)
			}
			widths[i] = max(widths[i], n)
		}
	}
	for i, n := range widths {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := w.f.SetColWidth(name, col, col, float64(min(max(n+2, 8), 60))); err != nil {
			return wrap(err)
		}
	}
	top, _ := excelize.CoordinatesToCellName(1, hr+1)
	if err := w.f.SetPanes(name, &excelize.Panes{Freeze: true, YSplit: hr, TopLeftCell: top, ActivePane: "bottomLeft"}); err != nil {
		return wrap(err)
	}
	idx := make([]int, 0, len(drop))
	for i := range drop {
		idx = append(idx, i)
	}
	slices.Sort(idx)
	for _, i := range idx {
		col, _ := excelize.ColumnNumberToName(i + 1)
		dv := excelize.NewDataValidation(true)
		dv.SetSqref(fmt.Sprintf("%s%d:%s%d", col, hr+1, col, excelize.TotalRows))
		if err := dv.SetDropList(drop[i]); err != nil {
			return wrap(err)
		}
		if err := w.f.AddDataValidation(name, dv); err != nil {
			return wrap(err)
		}
	}
	return nil
}

// cell writes v at ref and returns how wide it shows, in characters.
func (w *bookWriter) cell(sheet, ref string, v any) (int, error) {
	switch v := v.(type) {
	case nil:
		return 0, nil
	case string:
		return utf8.RuneCountInString(v), w.f.SetCellStr(sheet, ref, v)
	case int:
		return len(strconv.Itoa(v)), w.f.SetCellInt(sheet, ref, int64(v))
	case bool:
		return 5, w.f.SetCellBool(sheet, ref, v)
	case numCell:
		style, ok := w.dec[v.dec]
		if !ok {
			code := "0"
			if v.dec > 0 {
				code += "." + strings.Repeat("0", v.dec)
			}
			var err error
			if style, err = w.f.NewStyle(&excelize.Style{CustomNumFmt: &code}); err != nil {
				return 0, err
			}
			w.dec[v.dec] = style
		}
		if err := w.f.SetCellFloat(sheet, ref, v.v, -1, 64); err != nil {
			return 0, err
		}
		return len(strconv.FormatFloat(v.v, 'f', v.dec, 64)), w.f.SetCellStyle(sheet, ref, ref, style)
	}
	return 0, fmt.Errorf("cell %s: unexpected value %T", ref, v)
}
