package dataset

import (
	"slices"
	"strconv"
)

// presence says whether a column must be in its file's header and whether
// its cells may be empty. data/README.md marks each column with the words
// mark returns, and a test holds the two to each other.
type presence int

const (
	// optional: the column is in the header; an empty cell is missing data.
	optional presence = iota
	// required: the column is in the header and every row has a value.
	required
	// mayBeLeftOut: as optional, and the header may leave the column out;
	// a missing column reads as empty cells.
	mayBeLeftOut
)

// mark is how data/README.md writes p in its "cell" column.
func (p presence) mark() string {
	switch p {
	case required:
		return "required"
	case mayBeLeftOut:
		return "optional, may be left out"
	}
	return "optional"
}

// colKind says how a column's cells are typed in the JSON export.
type colKind int

const (
	kindText colKind = iota
	kindNum          // a figure: Num, may carry a qualifier
	kindInt          // year, rank, period year: whole numbers
	kindBool         // yes/no
)

// colDecl is what a table declares about one CSV column: enough to check a
// header, type the column in JSON and hold data/README.md to it.
type colDecl struct {
	name     string
	presence presence
	kind     colKind
	// allowed is the closed vocabulary of an enumerated column (nil for
	// free text).
	allowed []string
	// figure marks a column holding a figure (a Num or a rank); group is
	// the prefix of the Meta columns that must vouch for it ("" for the
	// row's own source/status/date, "national_" for the comparison series).
	figure bool
	group  string
	// status marks a status column, whose values are Statuses (kept out of
	// allowed, which data/README.md must list for each column).
	status bool
}

// field is one part of a row type R and the CSV columns it is read from
// and written to: one column for most fields, two for a Text (_vi, _en)
// and five for a Meta. Reading and writing through the same declaration
// is what keeps export and load from drifting apart.
type field[R any] struct {
	cols []colDecl
	// read parses the field's cells into v, recording every problem in
	// the cell it is in. figs says which figures the row has; only Meta
	// fields need it.
	read func(r *row, v *R, figs rowFigures)
	// write returns the field's cells as export writes them, one per col.
	write func(v *R) []string
}

// of says which Meta columns vouch for a figure field (see colDecl.group).
func (f field[R]) of(group string) field[R] {
	f.cols = slices.Clone(f.cols)
	f.cols[0].group = group
	return f
}

// rowFigures counts the figures a row carries, from its raw cells: a
// misspelt figure still counts, so it needs a source like any other and
// the row is not mistaken for a gap.
type rowFigures struct {
	r      *row
	groups map[string][]string // figure columns by vouching Meta prefix
	all    []string
}

// in counts the figures that the Meta with prefix vouches for.
func (f rowFigures) in(prefix string) int { return f.r.present(f.groups[prefix]...) }

// total counts every figure of the row, whichever Meta vouches for it.
func (f rowFigures) total() int { return f.r.present(f.all...) }

// tableOf declares one CSV table whose rows are R: its file, its fields in
// header order, and the rules that involve more than one cell.
type tableOf[R any] struct {
	file   string
	fields []field[R]
	// rows is where the table's rows live in a Dataset.
	rows func(d *Dataset) *[]R
	// key returns the column to report a duplicate in and the row's key,
	// which must be unique within the file.
	key func(r *row, v *R) (column, key string)
	// check applies rules across cells (a period inside its year, a
	// period that ends after it starts); nil when there are none.
	check func(r *row, v *R)
	// order sorts the rows after loading (stable); nil keeps file order.
	order func(a, b R) int
	// national marks a national table's file (kind = "national"), which a
	// province's folder must not hold, and the reverse.
	national bool
	// mayBeAbsent lets a dataset leave the table's file (or sheet) out:
	// a table added after datasets were written, that many provinces
	// have no figures for. It then has no rows.
	mayBeAbsent bool
}

// table is a tableOf of any row type, so the ten tables fit in one list.
type table interface {
	fileName() string
	kind() string
	optional() bool
	count(d *Dataset) int
	columns() []colDecl
	load(l *loader, d *Dataset)
	cells(d *Dataset) [][]string
}

func (t *tableOf[R]) fileName() string { return t.file }

func (t *tableOf[R]) kind() string {
	if t.national {
		return KindNational
	}
	return KindProvince
}

func (t *tableOf[R]) optional() bool { return t.mayBeAbsent }

func (t *tableOf[R]) count(d *Dataset) int { return len(*t.rows(d)) }

// columns lists every column of the table in header order.
func (t *tableOf[R]) columns() []colDecl {
	var out []colDecl
	for _, f := range t.fields {
		out = append(out, f.cols...)
	}
	return out
}

// load reads the table's file into d, recording problems in l.
func (t *tableOf[R]) load(l *loader, d *Dataset) {
	cols := t.columns()
	specs := make([]colSpec, len(cols))
	for i, c := range cols {
		specs[i] = colSpec{name: c.name, required: c.presence != mayBeLeftOut, num: c.kind == kindNum || c.kind == kindInt, whole: c.kind == kindInt}
	}
	groups := map[string][]string{}
	var all []string
	for _, c := range cols {
		if c.figure {
			groups[c.group] = append(groups[c.group], c.name)
			all = append(all, c.name)
		}
	}
	if t.mayBeAbsent && !l.has(t.file) {
		return
	}
	rows := t.rows(d)
	var k keys
	expect := func(n int) {
		// One allocation for the table: growing it row by row copied a
		// 20,000-row table's rows some twenty times over. Sized once, the
		// key map is not rehashed as it grows either.
		*rows = slices.Grow(*rows, n)
		k.seen = make(map[string]int, n)
	}
	l.readCSV(t.file, specs, expect, func(r *row) {
		// Read in place: a row value of its own would escape to the heap
		// (the fields get a pointer to it), one allocation per row.
		var zero R
		*rows = append(*rows, zero)
		v := &(*rows)[len(*rows)-1]
		figs := rowFigures{r: r, groups: groups, all: all}
		for _, f := range t.fields {
			f.read(r, v, figs)
		}
		if t.check != nil {
			t.check(r, v)
		}
		col, key := t.key(r, v)
		k.check(r, col, key)
	})
	if t.order != nil {
		slices.SortStableFunc(*rows, t.order)
	}
	if t.mayBeAbsent && len(*rows) == 0 {
		// A header-only file says what an absent one does.
		*rows = nil
	}
}

// cells lays out d's rows of this table as export writes them, one cell
// per column of columns().
func (t *tableOf[R]) cells(d *Dataset) [][]string {
	rows := *t.rows(d)
	out := make([][]string, len(rows))
	for i := range rows {
		rec := make([]string, 0, len(t.fields))
		for _, f := range t.fields {
			rec = append(rec, f.write(&rows[i])...)
		}
		out[i] = rec
	}
	return out
}

// one is a field of a single column.
func one[R any](c colDecl, read func(r *row, v *R), write func(v *R) string) field[R] {
	return field[R]{
		cols:  []colDecl{c},
		read:  func(r *row, v *R, _ rowFigures) { read(r, v) },
		write: func(v *R) []string { return []string{write(v)} },
	}
}

// textField is free text; a required one must not be empty.
func textField[R any](name string, p presence, at func(*R) *string) field[R] {
	return one(colDecl{name: name, presence: p},
		func(r *row, v *R) {
			if p == required {
				*at(v), _ = r.need(name)
				return
			}
			*at(v) = r.get(name)
		},
		func(v *R) string { return *at(v) })
}

// textPair is a Text read from the two columns prefix_vi and prefix_en.
func textPair[R any](prefix string, p presence, at func(*R) *Text) field[R] {
	vi, en := prefix+"_vi", prefix+"_en"
	return field[R]{
		cols: []colDecl{{name: vi, presence: p}, {name: en, presence: p}},
		read: func(r *row, v *R, _ rowFigures) {
			*at(v) = r.text(vi, en)
			if p == required {
				r.need(vi)
				r.need(en)
			}
		},
		write: func(v *R) []string { t := at(v); return []string{t.VI, t.EN} },
	}
}

// enumField is a value from a closed vocabulary.
func enumField[R any](name string, p presence, allowed []string, at func(*R) *string) field[R] {
	return one(colDecl{name: name, presence: p, allowed: allowed},
		func(r *row, v *R) { *at(v) = r.oneOf(name, p == required, allowed...) },
		func(v *R) string { return *at(v) })
}

// yesNoField is a required yes/no column read as a bool.
func yesNoField[R any](name string, at func(*R) *bool) field[R] {
	return one(colDecl{name: name, presence: required, kind: kindBool, allowed: []string{"yes", "no"}},
		func(r *row, v *R) { *at(v) = r.oneOf(name, true, "yes", "no") == "yes" },
		func(v *R) string {
			if *at(v) {
				return "yes"
			}
			return "no"
		})
}

// dateField is an ISO date or period (see ValidDate).
func dateField[R any](name string, p presence, at func(*R) *string) field[R] {
	return one(colDecl{name: name, presence: p},
		func(r *row, v *R) { *at(v) = r.date(name, p == required) },
		func(v *R) string { return *at(v) })
}

// intField is a whole number in [lo, hi]; empty reads as 0 and 0 is
// written as an empty cell.
func intField[R any](name string, p presence, lo, hi int, at func(*R) *int) field[R] {
	return one(colDecl{name: name, presence: p, kind: kindInt},
		func(r *row, v *R) { *at(v) = r.intVal(name, lo, hi, p == required) },
		func(v *R) string { return intCell(*at(v)) })
}

// yearField is the required year column of a table keyed by year.
func yearField[R any](at func(*R) *int) field[R] {
	return intField("year", required, 1900, 2100, at)
}

// rankField is a national or list position: a figure, empty when unknown.
func rankField[R any](name string, at func(*R) *int) field[R] {
	f := intField(name, optional, 1, 1000, at)
	f.cols[0].figure = true
	return f
}

// rankOfField is the count a rank is among (63 provinces before the 2025
// merger, 34 after). It is added to tables that had a rank before it
// existed, so a header may leave it out.
func rankOfField[R any](at func(*R) *int) field[R] {
	return intField("rank_of", mayBeLeftOut, 1, 1000, at)
}

// numField is a figure that must lie in rg.
func numField[R any](name string, rg numRange, at func(*R) *Num) field[R] {
	return one(colDecl{name: name, presence: optional, kind: kindNum, figure: true},
		func(r *row, v *R) { *at(v) = r.num(name, rg) },
		func(v *R) string { return num(*at(v)) })
}

// sourceField is the id of a source in dataset.toml, empty when none.
func sourceField[R any](name string, at func(*R) *string) field[R] {
	return one(colDecl{name: name, presence: optional},
		func(r *row, v *R) {
			if s := r.get(name); s != "" {
				*at(v) = r.sourceID(name, s)
			}
		},
		func(v *R) string { return *at(v) })
}

// metaRule says what a Meta field demands of a row.
type metaRule int

const (
	// dated: the figures it vouches for need a source, a status and a
	// date; a row without any figure needs a note saying why.
	dated metaRule = iota
	// mayBeUndated: as dated, but a figure from an undated page may leave
	// the date empty when the note says so.
	mayBeUndated
	// rowIsFact: the row itself is the fact (an agreement): it always
	// needs a source and a status; its date may be unknown.
	rowIsFact
)

// metaField is the five columns prefix+source, status, date, note_vi and
// note_en. notes is the presence of the two note columns (mayBeLeftOut
// where they were added later).
func metaField[R any](prefix string, rule metaRule, notes presence, at func(*R) *Meta) field[R] {
	return field[R]{
		cols: []colDecl{
			{name: prefix + "source", presence: optional},
			{name: prefix + "status", presence: optional, status: true},
			{name: prefix + "date", presence: optional},
			{name: prefix + "note_vi", presence: notes},
			{name: prefix + "note_en", presence: notes},
		},
		read: func(r *row, v *R, figs rowFigures) { *at(v) = r.meta(prefix, rule, figs) },
		write: func(v *R) []string {
			m := at(v)
			return []string{m.Source, string(m.Status), m.Date, m.Note.VI, m.Note.EN}
		},
	}
}

func intCell(v int) string {
	if v == 0 {
		return ""
	}
	return strconv.Itoa(v)
}
