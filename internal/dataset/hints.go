package dataset

import (
	"fmt"
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

// splitHead is the part of a figure before an unquoted thousands
// separator: a qualifier and sign at most, then one to three digits.
func splitHead(s string) bool {
	for _, p := range []string{QualMore, QualApprox} {
		s = strings.TrimPrefix(s, p)
	}
	s = strings.TrimPrefix(strings.TrimPrefix(s, "-"), "−")
	return len(s) >= 1 && len(s) <= 3 && allDigits(s)
}

// splitTail is the part after it: three digits, perhaps with decimals.
func splitTail(s string) bool {
	ip, frac, dec := strings.Cut(s, ".")
	return len(ip) == 3 && allDigits(ip) && (!dec || (frac != "" && allDigits(frac)))
}

// splitNumber looks for the reason a record of a comma-separated file has
// one field too many: a figure written with a thousands separator and not
// quoted ("1,234" read as "1" and "234"). It returns the header index of
// the figure's column and the figure without the separator.
func splitNumber(rec, header []string, isNum map[string]bool) (int, string, bool) {
	if len(rec) != len(header)+1 {
		return 0, "", false
	}
	for i := 0; i+1 < len(rec) && i < len(header); i++ {
		if isNum[strings.TrimSpace(header[i])] && splitHead(strings.TrimSpace(rec[i])) && splitTail(strings.TrimSpace(rec[i+1])) {
			return i, strings.TrimSpace(rec[i]) + strings.TrimSpace(rec[i+1]), true
		}
	}
	return 0, "", false
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
