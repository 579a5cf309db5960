package dataset

import (
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// fmtKind is how a number format shows a number.
type fmtKind int

const (
	fmtGeneral fmtKind = iota // as many decimals as the value has (up to 15 significant digits)
	fmtFixed                  // exactly dec decimals: 0, 0.00, #,##0.0
	fmtPercent                // the value × 100 with dec decimals: 0.00%
	fmtDate                   // a date: the parts the format shows
)

// numFormat is what a cell's number format shows: enough to read a number
// the way the person who typed it sees it, without imitating the rest of
// Excel's formatting (colours, currency signs, grouping) that changes
// nothing about the figure.
type numFormat struct {
	kind fmtKind
	dec  int
	// For a date: whether the format shows the year, month and day. A
	// format showing only "yyyy" gives "2024", "mm/yyyy" gives "2024-03".
	year, month, day bool
}

// builtinNumFormat is the format of a built-in number format id (ECMA-376
// §18.8.30). Ids 27–36 and 50–58 are East Asian date formats.
func builtinNumFormat(id int) numFormat {
	switch id {
	case 1, 3, 37, 38, 41, 42:
		return numFormat{kind: fmtFixed}
	case 2, 4, 39, 40, 43, 44:
		return numFormat{kind: fmtFixed, dec: 2}
	case 9:
		return numFormat{kind: fmtPercent}
	case 10:
		return numFormat{kind: fmtPercent, dec: 2}
	case 14, 15, 16, 22:
		return numFormat{kind: fmtDate, year: id != 16, month: true, day: true}
	case 17:
		return numFormat{kind: fmtDate, year: true, month: true}
	}
	if (id >= 27 && id <= 36) || (id >= 50 && id <= 58) {
		return numFormat{kind: fmtDate, year: true, month: true, day: true}
	}
	return numFormat{} // General, text, times, fractions, scientific
}

// parseNumFormat reads a custom number format code: its first section
// (positive numbers) without quoted text, escapes, [colour]/[locale]
// brackets and padding, then looks for date letters, a percent sign and
// the digits after the decimal point.
func parseNumFormat(code string) numFormat {
	var b strings.Builder
	quoted := false
	rs := []rune(code)
scan:
	for i := 0; i < len(rs); i++ {
		c := rs[i]
		switch {
		case quoted:
			quoted = c != '"'
		case c == '"':
			quoted = true
		case c == '[':
			// [Red], [$-42A], [>100] say nothing about the figure; [h],
			// [mm], [ss] are elapsed time and kept as time letters.
			j := i + 1
			for j < len(rs) && rs[j] != ']' {
				j++
			}
			if inner := strings.ToLower(string(rs[i+1 : j])); inner != "" && strings.Trim(inner, "hms") == "" {
				b.WriteString(inner)
			}
			i = j
		case c == '\\' || c == '_' || c == '*':
			i++ // the next character is literal or padding
		case c == ';':
			break scan
		default:
			b.WriteRune(c)
		}
	}
	f := strings.ToLower(b.String())
	if f == "" || f == "general" || f == "@" {
		return numFormat{}
	}
	if strings.Contains(f, "e+") || strings.Contains(f, "e-") {
		return numFormat{} // scientific: read the value as it is
	}
	hasY := strings.Contains(f, "y")
	hasD := strings.Contains(f, "d")
	if hasY || hasD {
		return numFormat{kind: fmtDate, year: hasY, month: strings.Contains(f, "m"), day: hasD || !hasY}
	}
	if strings.ContainsAny(f, "hs") || strings.Contains(f, "m") {
		return numFormat{} // a time or an elapsed duration: not a figure format
	}
	if strings.Contains(f, "/") {
		return numFormat{} // a fraction: read the value as it is
	}
	nf := numFormat{kind: fmtFixed}
	if strings.Contains(f, "%") {
		nf.kind = fmtPercent
	}
	if _, frac, ok := strings.Cut(f, "."); ok {
		for _, c := range frac {
			if c != '0' && c != '#' && c != '?' {
				break
			}
			nf.dec++
		}
	}
	return nf
}

// show writes x as nf shows it, in the dot-decimal form ParseNum reads.
// pct reports a percentage format.
func (nf numFormat) show(x float64, date1904 bool) (string, bool) {
	switch nf.kind {
	case fmtDate:
		t, err := excelize.ExcelDateToTime(x, date1904)
		if err != nil {
			return excelDecimal(x), false
		}
		switch {
		case nf.day || !nf.year:
			return t.Format("2006-01-02"), false
		case nf.month:
			return t.Format("2006-01"), false
		}
		return t.Format("2006"), false
	case fmtFixed:
		return roundDecimal(excelDecimal(x), nf.dec), false
	case fmtPercent:
		return roundDecimal(shiftDecimal(excelDecimal(x), 2), nf.dec), true
	}
	return excelDecimal(x), false
}

// excelDecimal is x with the 15 significant digits Excel keeps, in plain
// decimal notation without trailing zeros: 13.850000000000001 (binary
// noise a formula or another program wrote) is "13.85", as Excel shows it.
func excelDecimal(x float64) string {
	y, err := strconv.ParseFloat(strconv.FormatFloat(x, 'g', 15, 64), 64)
	if err != nil {
		y = x
	}
	return strconv.FormatFloat(y, 'f', -1, 64)
}

// shiftDecimal multiplies a plain decimal string by 100 exactly, by moving
// its decimal point: "0.1385" → "13.85".
func shiftDecimal(s string, places int) string {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	ip, fp, _ := strings.Cut(s, ".")
	for len(fp) < places {
		fp += "0"
	}
	ip, fp = ip+fp[:places], fp[places:]
	ip = strings.TrimLeft(ip, "0")
	if ip == "" {
		ip = "0"
	}
	out := ip
	if fp != "" {
		out += "." + fp
	}
	if neg {
		out = "-" + out
	}
	return out
}

// roundDecimal rounds a plain decimal string half away from zero to dec
// decimals and pads it to exactly dec, as a fixed format shows it. Working
// on the decimal digits, not the float, rounds 2.675 to 2.68 as Excel does
// (the float nearest 2.675 is just below it).
func roundDecimal(s string, dec int) string {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	ip, fp, _ := strings.Cut(s, ".")
	up := len(fp) > dec && fp[dec] >= '5'
	if len(fp) > dec {
		fp = fp[:dec]
	}
	for len(fp) < dec {
		fp += "0"
	}
	digits := []byte(ip + fp)
	if up {
		i := len(digits) - 1
		for ; i >= 0; i-- {
			if digits[i] == '9' {
				digits[i] = '0'
				continue
			}
			digits[i]++
			break
		}
		if i < 0 {
			digits = append([]byte{'1'}, digits...)
		}
	}
	n := len(digits) - dec
	out := string(digits[:n])
	if dec > 0 {
		out += "." + string(digits[n:])
	}
	if neg && strings.Trim(out, "0.") != "" {
		out = "-" + out
	}
	return out
}
