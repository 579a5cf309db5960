package dataset

import (
	"errors"
	"strconv"
	"strings"
)

// NumFormat says how numbers are written in a file. It follows the file's
// field separator, never the cell, so one file is read one way:
//
//   - a comma-separated file (the bundled CSVs, Excel in an English locale)
//     uses '.' as decimal mark and no grouping: "13.85", "2720.72";
//   - a semicolon-separated file (Excel in a Vietnamese locale) uses ',' as
//     decimal mark and may group thousands with '.' in threes: "13,85",
//     "2.720,72", "207.000".
//
// Anything else ("13.85" in a ';' file, "2,720.72" in a ',' file, "1.23,4")
// is ambiguous and an error, never a guess: a wrong figure is worse than
// none.
type NumFormat struct {
	Decimal byte // '.' or ','
}

// DotDecimal is the format of comma-separated files and dataset.toml:
// "13.85", "2720.72".
var DotDecimal = NumFormat{Decimal: '.'}

// CommaDecimal is the format of semicolon-separated files: "13,85",
// "2.720,72".
var CommaDecimal = NumFormat{Decimal: ','}

// Qualifiers a source may write before a number. "more than" (hơn, trên) and
// "about" (khoảng) change what the figure means, so they are kept with it.
const (
	QualMore   = ">"
	QualApprox = "≈"
)

// Errors ParseNum reports; wrapped so callers can match them.
var (
	ErrNumSyntax   = errors.New("not a number")
	ErrNumGrouping = errors.New("thousands separators are not allowed")
	// ErrNumAmbiguous is a number that could be read two ways in its
	// file's format, such as "13.85" where ',' is the decimal mark.
	ErrNumAmbiguous = errors.New("ambiguous number")
	// ErrNumPrecision is a figure with more significant digits than a
	// float64 holds (15): it would be stored rounded and then printed with
	// digits nobody wrote.
	ErrNumPrecision = errors.New("more than 15 significant digits")
)

// maxDigits is how many significant digits a float64 keeps exactly.
const maxDigits = 15

// ParseNum parses a figure as written in a dataset: an optional qualifier
// (">" or "≈"), an optional sign ("-", "+", or the typographic minus U+2212),
// digits, and optionally the decimal separator of f followed by digits.
// An empty (or all-space) string is a gap: Num{OK: false}, never zero. Dec is
// the number of decimals written, so "19.30" keeps two. Exponents, NaN, Inf
// and grouping separators are rejected: a figure must read the same to a
// person as to the program.
func ParseNum(s string, f NumFormat) (Num, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Num{}, nil
	}
	var n Num
	for _, q := range []string{QualMore, QualApprox} {
		if rest, ok := strings.CutPrefix(s, q); ok {
			n.Qual = q
			s = strings.TrimSpace(rest)
			break
		}
	}
	neg := false
	switch {
	case strings.HasPrefix(s, "-"):
		neg, s = true, s[1:]
	case strings.HasPrefix(s, "−"):
		neg, s = true, s[len("−"):]
	case strings.HasPrefix(s, "+"):
		s = s[1:]
	}
	if s == "" {
		return Num{}, ErrNumSyntax
	}
	intPart, frac, hasDec := strings.Cut(s, string(f.Decimal))
	if f.Decimal == ',' && strings.Contains(intPart, ".") {
		ungrouped, ok := ungroup(intPart)
		if !ok {
			return Num{}, ErrNumAmbiguous
		}
		intPart = ungrouped
	}
	if !allDigits(intPart) || (hasDec && !allDigits(frac)) || intPart == "" || (hasDec && frac == "") {
		switch {
		case f.Decimal == '.' && strings.Contains(s, ","):
			return Num{}, ErrNumGrouping
		case f.Decimal == ',' && strings.Contains(frac, "."):
			return Num{}, ErrNumAmbiguous
		}
		return Num{}, ErrNumSyntax
	}
	if sigDigits(intPart, frac) > maxDigits {
		return Num{}, ErrNumPrecision
	}
	// In a '.' file s is already what ParseFloat reads; building it anew
	// cost two allocations per figure of a 20,000-row table.
	canon := s
	if hasDec {
		n.Dec = len(frac)
	}
	if f.Decimal != '.' {
		canon = intPart
		if hasDec {
			canon += "." + frac
		}
	}
	v, err := strconv.ParseFloat(canon, 64)
	if err != nil {
		// Only a value too large for float64 can get here.
		return Num{}, ErrNumSyntax
	}
	if neg {
		v = -v
	}
	n.V, n.OK = v, true
	return n, nil
}

// sigDigits counts the significant digits of the number whose digits are
// intPart then frac: all of them but the leading zeros.
func sigDigits(intPart, frac string) int {
	if i := strings.TrimLeft(intPart, "0"); i != "" {
		return len(i) + len(frac)
	}
	return len(strings.TrimLeft(frac, "0"))
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// ungroup removes '.' thousands separators from the integer part of a
// decimal-comma number, accepting only consistent grouping: one to three
// leading digits, then groups of exactly three ("2.720", "1.234.567").
func ungroup(s string) (string, bool) {
	groups := strings.Split(s, ".")
	if len(groups[0]) < 1 || len(groups[0]) > 3 || !allDigits(groups[0]) {
		return "", false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 || !allDigits(g) {
			return "", false
		}
	}
	return strings.Join(groups, ""), true
}

// FormatNum writes n so that ParseNum(FormatNum(n, f), f) gives n back:
// the qualifier, the sign, and exactly Dec decimals, without grouping. A
// gap is the empty string. Export uses it, so exported files read the same.
func FormatNum(n Num, f NumFormat) string {
	if !n.OK {
		return ""
	}
	s := strconv.FormatFloat(n.V, 'f', max(n.Dec, 0), 64)
	if f.Decimal == ',' {
		s = strings.Replace(s, ".", ",", 1)
	}
	return n.Qual + s
}
