package dataset

import (
	"errors"
	"strconv"
	"strings"
)

// NumFormat says how numbers are written in a file. The bundled CSVs use
// '.' as decimal separator and no grouping; spreadsheets exported with a
// Vietnamese locale use ',' (a later issue). Keeping the separator in a
// value lets one parser serve both without guessing per cell.
type NumFormat struct {
	Decimal byte // '.' or ','
}

// DotDecimal is the format of the bundled CSV files: "13.85", "2720.72".
var DotDecimal = NumFormat{Decimal: '.'}

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
)

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
	if !allDigits(intPart) || (hasDec && !allDigits(frac)) || intPart == "" || (hasDec && frac == "") {
		if f.Decimal == '.' && strings.Contains(s, ",") || f.Decimal == ',' && strings.Count(s, ".") > 0 {
			return Num{}, ErrNumGrouping
		}
		return Num{}, ErrNumSyntax
	}
	canon := intPart
	if hasDec {
		canon += "." + frac
		n.Dec = len(frac)
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

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
