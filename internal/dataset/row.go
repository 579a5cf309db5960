package dataset

import (
	"errors"
	"strconv"
	"strings"
)

// Range limits for figures: a value outside is a typing mistake, not data.
type numRange struct {
	min, max float64
	what     string // in the English message: "out of range for a percentage"
	code     string // the problem code, one per range so each translates whole
}

var (
	nonNeg   = numRange{min: 0, max: 1e15, what: "a count or size", code: CodeRangeCount}
	pctShare = numRange{min: 0, max: 100, what: "a percentage", code: CodeRangeShare}
	// Growth in % y/y: a province can shrink, but not by more than all of it.
	pctGrowth = numRange{min: -100, max: 100, what: "a growth rate", code: CodeRangeGrowth}
	pciScore  = numRange{min: 0, max: 100, what: "a PCI score", code: CodeRangePCI}
	// anyFigure is a figure whose unit the row names (a national table's
	// value, a target): a growth rate may be negative, an amount large.
	anyFigure = numRange{min: -100, max: 1e15, what: "a figure", code: CodeRangeFigure}
)

// get returns a cell's text ("" when the column is absent from the file).
func (r *row) get(name string) string {
	if j := r.index[name]; j != 0 {
		return r.vals[j-1]
	}
	return ""
}

// bad records a problem of kind code in the named cell of r.
func (r *row) bad(code, name, format string, args ...any) {
	r.l.addf(code, r.file, r.line, r.index[name], name, format, args...)
}

// value is a cell's text and whether it holds any: an empty cell is a
// missing-value problem where the column is required, and nothing to
// check otherwise.
func (r *row) value(name string, required bool) (string, bool) {
	v := r.get(name)
	if v == "" && required {
		r.bad(CodeMissingValue, name, "missing value")
	}
	return v, v != ""
}

// need reports a required value that is empty.
func (r *row) need(name string) (string, bool) { return r.value(name, true) }

// num parses a figure, checks its range and counts it when present.
func (r *row) num(name string, rg numRange) Num {
	raw := r.get(name)
	f := r.format
	if r.cell(name).typed {
		f = numberCell // a workbook number: its '.' never groups thousands
	}
	n, err := ParseNum(raw, f)
	if err != nil {
		switch {
		case r.numHint(name, raw):
		case errors.Is(err, ErrNumGrouping):
			r.bad(CodeNumGrouping, name, "%q: thousands separators are not allowed in a comma-separated file (write 2720.72, not 2,720.72)", raw)
		case errors.Is(err, ErrNumPrecision):
			r.bad(CodeNumPrecision, name, "%q: more than 15 significant digits: it cannot be kept exactly", raw)
		case errors.Is(err, ErrNumAmbiguous):
			r.bad(CodeAmbiguousNumber, name, "%q: ambiguous number: in a semicolon-separated file ',' is the decimal mark and '.' groups thousands in threes (write 13,85 or 2.720,72)", raw)
		default:
			r.bad(CodeNotANumber, name, "%q: not a number", raw)
		}
		return Num{}
	}
	if !n.OK {
		return n
	}
	if r.cell(name).pct && rg != pctShare && rg != pctGrowth {
		r.bad(CodePctFormat, name, "%s%%: the cell is formatted as a percentage but the column is not one: format it as a number", raw)
		return Num{}
	}
	if n.V < rg.min || n.V > rg.max {
		r.bad(rg.code, name, "%s out of range for "+rg.what+" (%g to %g)", raw, rg.min, rg.max)
		return Num{}
	}
	return n
}

// present counts the named cells that are not empty, so meta can tell a
// row with figures (even misspelt ones) from a pure gap.
func (r *row) present(names ...string) int {
	n := 0
	for _, name := range names {
		if r.get(name) != "" {
			n++
		}
	}
	return n
}

// intVal parses a whole number in [lo, hi]; empty gives 0 unless required.
func (r *row) intVal(name string, lo, hi int, required bool) int {
	raw, ok := r.value(name, required)
	if !ok {
		return 0
	}
	v, err := strconv.Atoi(raw)
	if err != nil {
		if w, ok := wholeWithDecimals(raw); ok {
			r.bad(CodeWholeWithDecimals, name, "%q: a whole number is written without decimals: write %d", raw, w)
			return 0
		}
		r.bad(CodeNotWholeNumber, name, "%q: not a whole number", raw)
		return 0
	}
	if v < lo || v > hi {
		r.bad(CodeIntRange, name, "%d out of range (%d to %d)", v, lo, hi)
		return 0
	}
	return v
}

// date checks an ISO date or period; empty is allowed unless required.
func (r *row) date(name string, required bool) string {
	v, ok := r.value(name, required)
	if !ok {
		return ""
	}
	if !ValidDate(v) {
		if dayFirst, monthFirst, ok := slashReadings(v); ok {
			// A semicolon-separated file comes from a spreadsheet in a
			// locale that writes dates day first (Vietnamese: 19/03/2024),
			// so it is read that way; anywhere else the order is unknown.
			if r.format == CommaDecimal && !r.book && dayFirst != "" {
				return dayFirst
			}
			r.slashDateProblem(name, v, dayFirst, monthFirst)
			return ""
		}
		r.bad(CodeBadDate, name, "%q: bad date (use 2024, 2024-03, 2024-03-19, 2024-H1, 2024-Q1 or 2024-8M)", v)
		return ""
	}
	return v
}

// oneOf checks a value against a closed vocabulary.
func (r *row) oneOf(name string, required bool, allowed ...string) string {
	v, ok := r.value(name, required)
	if !ok {
		return ""
	}
	for _, a := range allowed {
		if v == a {
			return v
		}
	}
	if near, ok := nearest(v, allowed); ok {
		r.bad(CodeDidYouMean, name, "unknown value %q: did you mean `%s`? (allowed: %s)", v, near, strings.Join(allowed, ", "))
		return ""
	}
	r.bad(CodeUnknownValue, name, "unknown value %q (allowed: %s)", v, strings.Join(allowed, ", "))
	return ""
}

func (r *row) text(vi, en string) Text { return Text{VI: r.get(vi), EN: r.get(en)} }

// meta reads the source/status/date/note columns named with prefix (""
// for the row's own, "national_" for the comparison series) under rule.
// A figure must name its source, status and date. A row with no figure at
// all is a gap: its own note must say why, and its source/status/date may
// be empty (or cite the source its note quotes). Columns whose figures are
// empty while the row has others (a province figure without the national
// one) need nothing: data/README.md asks a note of a row whose figures are
// all empty, not of each empty cell.
func (r *row) meta(prefix string, rule metaRule, figs rowFigures) Meta {
	m := Meta{Note: r.text(prefix+"note_vi", prefix+"note_en")}
	src, status, date := prefix+"source", prefix+"status", prefix+"date"
	noted := m.Note.VI != "" || m.Note.EN != ""
	if rule == rowIsFact {
		// An agreement is itself the fact: it always needs a source and a
		// status, but its date may be unknown (the signing date is in
		// "signed" when a source gives it).
		m.Date = r.date(date, false)
		m.Status = r.status(status, true)
		if v, ok := r.need(src); ok {
			m.Source = r.sourceID(src, v)
		}
		return m
	}
	if figs.in(prefix) > 0 {
		if v, ok := r.need(src); ok {
			m.Source = r.sourceID(src, v)
		}
		m.Status = r.status(status, true)
		m.Date = r.date(date, rule == dated)
		if m.Date == "" && rule == mayBeUndated && !noted {
			r.l.addf(CodeUndatedNeedsNote, r.file, r.line, 0, date, "an undated figure needs a note saying so")
		}
		return m
	}
	if v := r.get(src); v != "" {
		m.Source = r.sourceID(src, v)
	}
	m.Status = r.status(status, false)
	m.Date = r.date(date, false)
	if prefix == "" && figs.total() == 0 && !noted {
		r.l.addf(CodeGapNeedsNote, r.file, r.line, 0, prefix+"note_vi", "a row without figures needs a note saying why they are missing")
	}
	return m
}

func (r *row) sourceID(col, v string) string {
	if r.l.sourcesKnown && !r.l.sources[v] {
		r.bad(CodeUnknownSource, col, "unknown source id %q (not in dataset.toml)", v)
		return ""
	}
	return v
}

func (r *row) status(col string, required bool) Status {
	v, ok := r.value(col, required)
	if !ok {
		return ""
	}
	s := Status(v)
	if !s.Valid() {
		names := make([]string, len(Statuses))
		for i, st := range Statuses {
			names[i] = string(st)
		}
		if near, ok := nearest(v, names); ok {
			r.bad(CodeStatusDidYouMean, col, "unknown status %q: did you mean `%s`? (allowed: official, estimate, preliminary, plan, reported)", v, near)
			return ""
		}
		r.bad(CodeUnknownStatus, col, "unknown status %q (allowed: official, estimate, preliminary, plan, reported)", v)
		return ""
	}
	return s
}

// keys detects duplicate keys within one table.
type keys struct {
	seen map[string]int
}

func (k *keys) check(r *row, col, key string) {
	if k.seen == nil {
		k.seen = make(map[string]int)
	}
	if first, ok := k.seen[key]; ok {
		r.bad(CodeDuplicateKey, col, "duplicate key %s (first on line %d)", key, first)
		return
	}
	k.seen[key] = r.line
}
