package dataset

import (
	"strconv"
	"strings"
)

// metaKind is how a dataset.toml value is typed, in TOML and in a sheet.
type metaKind int

const (
	metaText   metaKind = iota // a TOML string, a text cell
	metaNumber                 // a TOML string holding a figure ("13.85", ">30"); a number cell when it is a plain number
	metaInt                    // a TOML integer (rank), a whole number cell
	metaBool                   // a TOML boolean, a TRUE/FALSE cell
)

// metaKey is one dataset.toml key as a workbook holds it: key is its
// dotted path inside its table ("label.vi" for label = { vi = … }), which
// is also the sheet's column (a list sheet) or the text of its key cell
// (a key/value sheet).
type metaKey struct {
	key  string
	kind metaKind
}

// metaSheet declares one sheet of a workbook holding part of dataset.toml.
// A list sheet holds an array of tables ([[source]]): a row per entry, a
// column per key. Any other sheet holds one table as key/value rows: a
// "key" column naming the key and a "value" column.
type metaSheet struct {
	name  string // the sheet
	table string // the dataset.toml table: "" for the top-level keys
	list  bool
	keys  []metaKey
	// optional sheets may be left out of a workbook: they hold parts of
	// dataset.toml added after workbooks were written.
	optional bool
}

// Columns of a key/value sheet.
const (
	kvKey   = "key"
	kvValue = "value"
)

// metaSheets declares, once, how the content of dataset.toml maps onto a
// workbook's sheets, key for key. The workbook reader turns the sheets into
// dataset.toml text through it (so the metadata is checked by the one
// loadMeta), the workbook writer and init lay the sheets out from it, and a
// test holds data/README.md to it.
func metaSheets() []metaSheet {
	text := func(keys ...string) []metaKey {
		out := make([]metaKey, len(keys))
		for i, k := range keys {
			out[i] = metaKey{key: k}
		}
		return out
	}
	provenance := text("source", "status", "date", "note.vi", "note.en")
	cat := func(parts ...[]metaKey) []metaKey {
		var out []metaKey
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	return []metaSheet{
		{name: "dataset", keys: text("id", "kind", "as_of", "name.vi", "name.en", "country.vi", "country.en")},
		{name: "sources", table: "source", list: true, keys: text("id", "title", "publisher", "publisher_en", "url", "date", "kind")},
		{name: "headlines", table: "headline", list: true, keys: cat(
			text("id", "label.vi", "label.en"),
			[]metaKey{{key: "value", kind: metaNumber}},
			text("unit"),
			[]metaKey{{key: "rank", kind: metaInt}, {key: "rank_of", kind: metaInt}, {key: "approx", kind: metaBool}},
			provenance)},
		{name: "notes", table: "note", list: true, keys: text("vi", "en")},
		{name: "merger", table: "merger", keys: cat(text("vi", "en"), provenance)},
		{name: "fdi_countries", table: "fdi_countries", keys: cat([]metaKey{{key: "value", kind: metaNumber}}, provenance)},
		{name: "lineage", table: "lineage", optional: true, keys: cat(
			text("date", "source", "status", "note.vi", "note.en", "became.id", "became.name.vi", "became.name.en"))},
		{name: "formed_from", table: "lineage.formed_from", list: true, optional: true, keys: text("id", "name.vi", "name.en")},
	}
}

// path is the full dataset.toml path of k in s, as loadMeta names the
// column of a problem ("headline.label.vi", "id").
func (s metaSheet) path(k metaKey) string {
	if s.table == "" {
		return k.key
	}
	return s.table + "." + k.key
}

func (s metaSheet) key(name string) (metaKey, bool) {
	for _, k := range s.keys {
		if k.key == name {
			return k, true
		}
	}
	return metaKey{}, false
}

// specs are the columns the sheet's header may have.
func (s metaSheet) specs() []colSpec {
	if !s.list {
		return []colSpec{{name: kvKey, required: true}, {name: kvValue, required: true}}
	}
	out := make([]colSpec, len(s.keys))
	for i, k := range s.keys {
		out[i] = colSpec{name: k.key}
	}
	return out
}

// metaLoc is a place in a workbook: a sheet, its row and column (0 when
// the place is the whole row or sheet).
type metaLoc struct {
	sheet    string
	row, col int
}

// metaIndex maps dataset.toml made from a workbook back to its cells, so
// a problem loadMeta finds in line 7 of that text, or in its key
// "headline.value", is reported in the cell it came from.
type metaIndex struct {
	lines []metaLoc            // per line of the text, 1-based line = index+1
	paths map[string][2]string // dataset.toml path → sheet, key
	kv    map[string]bool      // key/value sheets
	// rows of each key in a key/value sheet, and its value column.
	rows     map[string]map[string]int
	valueCol map[string]int
	// cols of each key in a list sheet.
	cols map[string]map[string]int
}

func (x metaIndex) locate(p Problem) Problem {
	loc := metaLoc{sheet: metaSheets()[0].name}
	if p.Line > 0 && p.Line <= len(x.lines) {
		loc = x.lines[p.Line-1]
	}
	if ref, ok := x.paths[p.Column]; ok {
		sheet, key := ref[0], ref[1]
		p.Column = key
		if x.kv[sheet] {
			loc = metaLoc{sheet: sheet, row: x.rows[sheet][key]}
			if loc.row > 0 {
				loc.col = x.valueCol[sheet]
			}
		} else {
			if loc.sheet != sheet {
				loc = metaLoc{sheet: sheet}
			}
			loc.col = x.cols[sheet][key]
		}
	}
	p.Sheet, p.Line, p.Col = loc.sheet, loc.row, loc.col
	return p
}

// metaText returns the text of dataset.toml: the file's, or for a
// workbook the one its metadata sheets spell.
func (l *loader) metaText() (string, bool) {
	if l.book == nil {
		return l.readText(FileMeta)
	}
	return l.book.metaTOML(l)
}

// metaTOML writes the metadata sheets as dataset.toml text, one line per
// value cell, and records where each line came from. Problems only a sheet
// can have (an unknown or repeated key, a rank that is not a whole number)
// are reported here, in their cell; the rest is left to loadMeta, exactly
// as for a dataset.toml file. ok is false when a sheet is missing or its
// header is unusable.
func (b *workbook) metaTOML(l *loader) (string, bool) {
	x := metaIndex{
		paths: map[string][2]string{}, kv: map[string]bool{},
		rows: map[string]map[string]int{}, valueCol: map[string]int{}, cols: map[string]map[string]int{},
	}
	var text strings.Builder
	emit := func(s string, loc metaLoc) {
		text.WriteString(s)
		text.WriteByte('\n')
		x.lines = append(x.lines, loc)
	}
	ok := true
	for _, s := range metaSheets() {
		for _, k := range s.keys {
			x.paths[s.path(k)] = [2]string{s.name, k.key}
		}
		x.kv[s.name] = !s.list
		if _, there := b.sheetName(s.name); s.optional && !there {
			continue
		}
		rows, index, good := b.sheetRows(l, s.name, s.specs())
		if !good {
			ok = false
			continue
		}
		if s.list {
			x.cols[s.name] = index
			for _, r := range rows {
				emit("[["+s.table+"]]", metaLoc{sheet: s.name, row: r.line})
				for _, k := range s.keys {
					c := r.cell(k.key)
					if lit, ok := b.literal(l, s.name, r.line, c.col, k, c); ok {
						emit(k.key+" = "+lit, metaLoc{s.name, r.line, c.col})
					}
				}
			}
			continue
		}
		x.rows[s.name] = map[string]int{}
		x.valueCol[s.name] = index[kvValue]
		header := false
		for _, r := range rows {
			kc, vc := r.cell(kvKey), r.cell(kvValue)
			k, known := s.key(kc.v)
			switch {
			case kc.v == "":
				l.addf(CodeMissingValue, s.name, r.line, kc.col, kvKey, "missing value")
				continue
			case !known:
				l.addf(CodeUnknownKey, s.name, r.line, kc.col, kc.v, "unknown key")
				continue
			case x.rows[s.name][k.key] != 0:
				l.addf(CodeDuplicateKey, s.name, r.line, kc.col, k.key, "duplicate key %s (first on line %d)", k.key, x.rows[s.name][k.key])
				continue
			}
			x.rows[s.name][k.key] = r.line
			lit, ok := b.literal(l, s.name, r.line, vc.col, k, vc)
			if !ok {
				continue
			}
			if !header && s.table != "" {
				emit("["+s.table+"]", metaLoc{sheet: s.name})
				header = true
			}
			emit(k.key+" = "+lit, metaLoc{s.name, r.line, vc.col})
		}
	}
	b.meta = x
	if !ok {
		return "", false
	}
	return text.String(), true
}

// literal is c's text as the TOML value of k, or ok false when it is
// empty or cannot be one (reported in its cell). A figure in a number cell
// is written as dataset.toml writes it ("1.2340" for 1.234 shown with
// three decimals), since its '.' is a decimal point, never a grouping.
func (b *workbook) literal(l *loader, sheet string, line, col int, k metaKey, c cell) (string, bool) {
	v := c.v
	if v == "" {
		return "", false
	}
	switch k.kind {
	case metaNumber:
		if n, err := ParseNum(v, numberCell); c.typed && err == nil && n.OK {
			return tomlString(FormatNum(n, DotDecimal)), true
		}
	case metaInt:
		n, err := strconv.Atoi(v)
		if err != nil {
			if w, ok := wholeWithDecimals(v); ok {
				l.addf(CodeWholeWithDecimals, sheet, line, col, k.key, "%q: a whole number is written without decimals: write %d", v, w)
			} else {
				l.addf(CodeNotWholeNumber, sheet, line, col, k.key, "%q: not a whole number", v)
			}
			return "", false
		}
		return strconv.Itoa(n), true
	case metaBool:
		switch strings.ToLower(v) {
		case "true", "yes":
			return "true", true
		case "false", "no":
			return "false", true
		}
		l.addf(CodeNotYesNo, sheet, line, col, k.key, "%q: write TRUE or FALSE", v)
		return "", false
	}
	return tomlString(v), true
}

// SheetNames lists the sheets of a dataset workbook in the order export
// and init write them: the metadata sheets, then a sheet per table.
func SheetNames() []string {
	var out []string
	for _, s := range metaSheets() {
		out = append(out, s.name)
	}
	for _, t := range tablesOf(KindProvince) {
		out = append(out, strings.TrimSuffix(t.fileName(), ".csv"))
	}
	return out
}
