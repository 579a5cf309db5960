package dataset

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// This file turns the mistakes people make in spreadsheets most often into
// problems that say how to fix them: a planner who reads "has 14 fields,
// the header has 13" still has to find which of thirteen cells is wrong
// and why.

// SheetRef is a sheet name as an Excel reference writes it: quoted when it
// holds anything but letters, digits, '_' and '.'.
func SheetRef(name string) string {
	plain := name != ""
	for _, r := range name {
		if !(r == '_' || r == '.' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			plain = false
		}
	}
	if plain && (name[0] < '0' || name[0] > '9') {
		return name
	}
	return "'" + strings.ReplaceAll(name, "'", "''") + "'"
}

// cellRef is "!B17" for a cell, "!17:17" for a row, "!B:B" for a column
// and "" for a whole sheet.
func cellRef(col, line int) string {
	name := ""
	if col > 0 {
		name, _ = excelize.ColumnNumberToName(col)
	}
	switch {
	case name != "" && line > 0:
		return fmt.Sprintf("!%s%d", name, line)
	case line > 0:
		return fmt.Sprintf("!%d:%d", line, line)
	case name != "":
		return "!" + name + ":" + name
	}
	return ""
}

// wholeWithDecimals reports whether v is a whole number written with zero
// decimals ("2024.0", as a spreadsheet formats a year it took for a
// figure) and returns it.
func wholeWithDecimals(v string) (int, bool) {
	i := strings.IndexAny(v, ".,")
	if i < 0 || i == len(v)-1 || strings.Trim(v[i+1:], "0") != "" {
		return 0, false
	}
	digits := strings.TrimPrefix(v[:i], "-")
	if digits == "" || !allDigits(digits) {
		return 0, false
	}
	n, err := strconv.Atoi(v[:i])
	return n, err == nil
}

// How a figure written the Vietnamese way, or two ways at once, is told
// where '.' is the decimal mark (a ',' file, a workbook's text cell,
// dataset.toml). Every reading a message offers is written as it reads
// unambiguously there, so the fix can be copied as it stands.
const (
	msgDotTwoWays = "%q could be read two ways: %s (the '.' groups thousands, as Vietnamese writes) or %s " +
		"(the '.' is the decimal point: a figure with three decimals takes a fourth zero): write the one you mean"
	msgCommaTwoWays = "%q could be read two ways: %s (the ',' groups thousands) or %s " +
		"(the ',' is a decimal comma: a figure with three decimals takes a fourth zero): write the one you mean"
	msgDecimalComma   = "%q: a decimal comma: the decimal mark here is '.': write %s"
	msgThousandsComma = "%q: a ',' grouping thousands: write %s, without thousands separators"
	msgThousandsDot   = "%q: a '.' grouping thousands, as Vietnamese writes: write %s, without thousands separators"
	msgFields         = "has %d fields, the header has %d: "
	msgSplitWhich     = msgFields + "one of these looks like a number split in two cells by an unquoted ',': %s: " +
		"write it with '.' for decimals and no thousands separator"
	msgSplitTwoWays = "%q, unquoted, looks like one number split in two cells: it could be %s " +
		"(the ',' groups thousands) or %s (the ',' is a decimal comma: a figure with three decimals takes a fourth zero): write the one you mean"
	msgSplitDecimal   = "%q, unquoted, looks like one number split in two cells at its decimal comma: write %s"
	msgSplitThousands = "%q, unquoted, looks like one number split in two cells by its thousands separator: write %s"
)

// numReading is a problem with a figure that has a reading or two: its
// code and English format, and the format's arguments.
type numReading struct {
	code, format string
	args         []any
}

// commaReadings reads s, a figure with a ',' where '.' is the decimal
// mark, both ways: the ',' grouping thousands as English writes ("2,720.72",
// "1,234") and the ',' as the decimal mark as Vietnamese writes ("9,5",
// "2.720,72", "1,234"). Each reading is ok only when the whole of s reads
// that way.
func commaReadings(s string) (thousands, decimal Num, tOK, dOK bool) {
	if !strings.Contains(s, ",") {
		return Num{}, Num{}, false, false
	}
	decimal, err := ParseNum(s, CommaDecimal)
	dOK = err == nil && decimal.OK
	// English grouping is Vietnamese with the marks swapped.
	swapped := strings.Map(func(r rune) rune {
		switch r {
		case ',':
			return '.'
		case '.':
			return ','
		}
		return r
	}, s)
	thousands, err = ParseNum(swapped, CommaDecimal)
	tOK = err == nil && thousands.OK
	return thousands, decimal, tOK, dOK
}

// dotReading explains a figure ParseNum refused in DotDecimal when it is
// one written with a comma, a '.' grouping thousands or exactly three
// decimals, with the readings it has; ok is false for any other mistake.
func dotReading(raw string) (numReading, bool) {
	s := strings.TrimSpace(raw)
	if th, dec, ok := ThreeDecimalReadings(s); ok {
		return numReading{CodeNumDotTwoWays, msgDotTwoWays, []any{raw, th, dec}}, true
	}
	th, dec, tOK, dOK := commaReadings(s)
	switch {
	case tOK && dOK:
		return numReading{CodeNumCommaTwoWays, msgCommaTwoWays, []any{raw, FormatNum(th, DotDecimal), FormatNum(dec, DotDecimal)}}, true
	case dOK:
		return numReading{CodeNumDecimalComma, msgDecimalComma, []any{raw, FormatNum(dec, DotDecimal)}}, true
	case tOK:
		return numReading{CodeNumThousandsComma, msgThousandsComma, []any{raw, FormatNum(th, DotDecimal)}}, true
	}
	if n, err := ParseNum(s, CommaDecimal); err == nil && n.OK && strings.Contains(s, ".") {
		return numReading{CodeNumThousandsDot, msgThousandsDot, []any{raw, FormatNum(n, DotDecimal)}}, true
	}
	return numReading{}, false
}

// splitAt is a figure an unquoted ',' split over fields of a record, in
// column col (an index into the header), and what to say of it.
type splitAt struct {
	col     int
	problem numReading
}

// splitNumbers looks for the reason a record of a comma-separated file
// has more fields than its header: figures written with a ',' and not
// quoted ("1,234" read as "1" and "234", "13,85" as "13" and "85"). It
// lines the record up with the header, joining the fields of a figure
// column that read as one number, in every way that accounts for each
// extra field and leaves each figure column a figure or nothing (so a
// stray comma in a note is not taken for one). whole marks the columns of
// whole numbers, which take no decimal comma. It returns the joins of
// each such way, at most maxWays of them.
func splitNumbers(rec, header []string, isNum, whole map[string]bool) [][]splitAt {
	var ways [][]splitAt
	var walk func(c, j, extra int, done []splitAt)
	walk = func(c, j, extra int, done []splitAt) {
		if len(ways) >= maxWays {
			return
		}
		if c == len(header) {
			if j == len(rec) && extra == 0 {
				ways = append(ways, slices.Clone(done))
			}
			return
		}
		if j >= len(rec) {
			return
		}
		name := strings.TrimSpace(header[c])
		if !isNum[name] {
			walk(c+1, j+1, extra, done)
			return
		}
		for n := min(extra, len(rec)-j-1); n >= 1; n-- {
			if p, ok := splitReading(rec[j:j+n+1], whole[name]); ok {
				walk(c+1, j+n+1, extra-n, append(done, splitAt{col: c, problem: p}))
			}
		}
		if v := strings.TrimSpace(rec[j]); v != "" {
			if _, err := ParseNum(v, DotDecimal); err != nil {
				return
			}
		}
		walk(c+1, j+1, extra, done)
	}
	if len(rec) > len(header) {
		walk(0, 0, len(rec)-len(header), nil)
	}
	return ways
}

// maxWays bounds the ways splitNumbers lists: a record it cannot tell
// apart in a few is reported by its field count alone.
const maxWays = 4

// splitReading reads parts, the fields of one figure an unquoted ','
// split, as that figure.
func splitReading(parts []string, whole bool) (numReading, bool) {
	trimmed := make([]string, len(parts))
	for k, p := range parts {
		if trimmed[k] = strings.TrimSpace(p); trimmed[k] == "" {
			return numReading{}, false
		}
	}
	s := strings.Join(trimmed, ",")
	th, dec, tOK, dOK := commaReadings(s)
	if whole {
		dOK = false
		tOK = tOK && th.Dec == 0
	}
	switch {
	case tOK && dOK:
		return numReading{CodeSplitNumber, msgSplitTwoWays, []any{s, FormatNum(th, DotDecimal), FormatNum(dec, DotDecimal)}}, true
	case dOK:
		return numReading{CodeSplitDecimal, msgSplitDecimal, []any{s, FormatNum(dec, DotDecimal)}}, true
	case tOK:
		return numReading{CodeSplitThousands, msgSplitThousands, []any{s, FormatNum(th, DotDecimal)}}, true
	}
	return numReading{}, false
}

// nearest is the word of allowed closest to v when it is close enough to
// be a misspelling of it (at most two edits, and fewer than half of v):
// "offical" → "official", "Estimate" → "estimate".
func nearest(v string, allowed []string) (string, bool) {
	best, bestD, tie := "", 3, false
	lv := strings.ToLower(v)
	for _, a := range allowed {
		d := editDistance(lv, strings.ToLower(a))
		switch {
		case d < bestD:
			best, bestD, tie = a, d, false
		case d == bestD:
			tie = true
		}
	}
	if best == "" || tie || bestD*2 >= len([]rune(v)) {
		return "", false
	}
	return best, true
}

// editDistance is the Levenshtein distance between a and b in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// slashReadings reads a date written d/m/yyyy or m/d/yyyy both ways and
// returns the readings that are real dates as ISO dates (day first, then
// month first; "" for one that is not a date). ok is false when v is not
// written that way.
func slashReadings(v string) (dayFirst, monthFirst string, ok bool) {
	m := strings.Split(v, "/")
	if len(m) != 3 || len(m[2]) != 4 || !allDigits(m[2]) {
		return "", "", false
	}
	for _, p := range m[:2] {
		if len(p) < 1 || len(p) > 2 || !allDigits(p) {
			return "", "", false
		}
	}
	a, _ := strconv.Atoi(m[0])
	b, _ := strconv.Atoi(m[1])
	iso := func(month, day int) string {
		s := fmt.Sprintf("%s-%02d-%02d", m[2], month, day)
		if ValidDate(s) {
			return s
		}
		return ""
	}
	return iso(b, a), iso(a, b), true
}

// slashDateProblem reports a d/m/yyyy date where an ISO date was wanted,
// naming each way it can be read so the person picks the one she meant.
func (r *row) slashDateProblem(name, v, dayFirst, monthFirst string) {
	switch {
	case dayFirst != "" && monthFirst != "" && dayFirst != monthFirst:
		r.bad(CodeSlashDate, name, "%q: not an ISO date: read day first it is %s, month first %s: write the one you mean as YYYY-MM-DD", v, dayFirst, monthFirst)
	case dayFirst != "":
		r.bad(CodeSlashDateOne, name, "%q: not an ISO date: write %s (YYYY-MM-DD)", v, dayFirst)
	case monthFirst != "":
		r.bad(CodeSlashDateOne, name, "%q: not an ISO date: write %s (YYYY-MM-DD)", v, monthFirst)
	default:
		r.bad(CodeBadDate, name, "%q: bad date (use 2024, 2024-03, 2024-03-19, 2024-H1, 2024-Q1 or 2024-8M)", v)
	}
}

// numHint reports a figure ParseNum rejected with the fix when the mistake
// is a common one, and returns false when it is not.
func (r *row) numHint(name, raw string) bool {
	if t := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(raw), "%")); t != strings.TrimSpace(raw) {
		if n, err := ParseNum(t, r.format); err == nil && n.OK {
			r.bad(CodeNumPercent, name, "%q: drop the %%: the column is in percent already (write %s)", raw, t)
			return true
		}
	}
	if r.format.Decimal == '.' {
		if p, ok := dotReading(raw); ok {
			r.bad(p.code, name, p.format, p.args...)
			return true
		}
	}
	if r.book && strings.Contains(raw, ",") {
		r.bad(CodeTextNumComma, name, "%q: text with a comma: type the figure as a number, or as text with '.' for decimals and no thousands separator", raw)
		return true
	}
	return false
}

// complete reports a dataset with nothing in it yet, such as the skeleton
// `provdash init` writes, naming what to fill in: without a source no
// figure can be entered, and without a row every tab is empty.
func (l *loader) complete(d *Dataset) {
	if !l.sourcesKnown {
		return // dataset.toml is unreadable: that is already the problem
	}
	if len(d.Sources) == 0 {
		l.addf(CodeNoSources, FileMeta, 0, 0, "source.id", "no sources yet: add at least one (every figure names its source)")
	}
	if d.RowCount() == 0 {
		l.addf(CodeNoRows, FileMeta, 0, 0, "", "no table has a row yet: fill in at least one")
	}
}
