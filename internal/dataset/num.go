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
//
// The ';' rule is mirrored where '.' is the decimal mark: a '.' followed
// by exactly three digits ("1.234", "207.000") is how Vietnamese groups
// thousands, so it is ambiguous too. A figure with exactly three decimals
// is written there with a fourth zero ("1.2340" is 1.234, kept with three
// decimals): figures in those files never have exactly three decimals, so
// no reading of one depends on who typed it.
type NumFormat struct {
	Decimal byte // '.' or ','
	// typed marks a figure a workbook stored as a number: its '.' is the
	// decimal point the program wrote, never a grouping, so three
	// decimals are read as they are and "1.2340" keeps four.
	typed bool
}

// DotDecimal is the format of comma-separated files and dataset.toml:
// "13.85", "2720.72".
var DotDecimal = NumFormat{Decimal: '.'}

// numberCell is the format of a workbook's number cells, as the reader
// writes them out: '.' decimals, no grouping, and any number of decimals.
var numberCell = NumFormat{Decimal: '.', typed: true}

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
	// ErrNumThreeDecimals is a '.' followed by exactly three digits where
	// '.' is the decimal mark ("1.234", "207.000"): Vietnamese writes a
	// thousands separator that way, so it could be 1000 times the figure
	// the dot reading gives. ThreeDecimalReadings gives both readings.
	ErrNumThreeDecimals = errors.New("a '.' before exactly three digits could group thousands")
)

// maxDigits is how many significant digits a float64 keeps exactly.
const maxDigits = 15

// ParseNum parses a figure as written in a dataset: an optional qualifier
// (">" or "≈"), an optional sign ("-", "+", or the typographic minus U+2212),
// digits, and optionally the decimal separator of f followed by digits.
// An empty (or all-space) string is a gap: Num{OK: false}, never zero. Dec is
// the number of decimals written, so "19.30" keeps two. Exponents, NaN, Inf
// and grouping separators are rejected: a figure must read the same to a
// person as to the program. In DotDecimal exactly three decimals are
// ErrNumThreeDecimals, and four whose last is a zero are the way three are
// written: "1.2340" is 1.234 with Dec 3 (see NumFormat).
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
	if f.Decimal == '.' && !f.typed && hasDec {
		switch {
		case len(frac) == 3:
			return Num{}, ErrNumThreeDecimals
		case len(frac) == 4 && frac[3] == '0':
			// The fourth zero only says the '.' is a decimal point.
			frac = frac[:3]
		}
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
// the qualifier, the sign, and exactly Dec decimals, without grouping; in
// DotDecimal three decimals take a fourth zero ("1.2340"), since "1.234"
// could group thousands. A gap is the empty string. Export uses it, so
// exported files read the same. (A figure with four decimals, the last a
// zero, as a ';' file or a number cell can hold, comes back from
// DotDecimal with three: the same value, one trailing zero fewer.)
func FormatNum(n Num, f NumFormat) string {
	if !n.OK {
		return ""
	}
	s := strconv.FormatFloat(n.V, 'f', max(n.Dec, 0), 64)
	switch {
	case f.Decimal == ',':
		s = strings.Replace(s, ".", ",", 1)
	case n.Dec == 3 && !f.typed:
		s += "0"
	}
	return n.Qual + s
}

// ThreeDecimalReadings are the two ways to read a figure ParseNum refused
// with ErrNumThreeDecimals, each as it is written unambiguously: the '.'
// grouping thousands ("1.234" → "1234", "207.000" → "207000") and the '.'
// as decimal point, with the fourth zero ("1.2340"). ok is false for any
// other text.
func ThreeDecimalReadings(s string) (thousands, decimal string, ok bool) {
	if _, err := ParseNum(s, DotDecimal); !errors.Is(err, ErrNumThreeDecimals) {
		return "", "", false
	}
	s = strings.TrimSpace(s)
	i := strings.LastIndexByte(s, '.')
	head := s[:i]
	lead := strings.TrimRight(head, "0123456789") // qualifier and sign
	whole := strings.TrimLeft(head[len(lead):]+s[i+1:], "0")
	if whole == "" {
		whole = "0"
	}
	return lead + whole, s + "0", true
}
