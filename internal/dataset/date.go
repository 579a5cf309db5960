package dataset

import (
	"strconv"
	"strings"
)

// ValidDate reports whether s is one of the ISO date and period forms the
// dataset uses: "2024", "2024-03", "2023-12-05", "2024-H1"/"2024-H2",
// "2024-Q1".."2024-Q4", and "2024-8M" (the first n months, 1 ≤ n ≤ 12).
// Vietnamese reports are often cumulative ("8 tháng"), hence the nM form.
func ValidDate(s string) bool {
	// At most three parts, split without allocating: every date cell of
	// a 20,000-row table comes here.
	var buf [3]string
	n := 0
	for rest := s; ; {
		part, after, more := strings.Cut(rest, "-")
		if n == len(buf) {
			return false
		}
		buf[n], n = part, n+1
		if !more {
			break
		}
		rest = after
	}
	parts := buf[:n]
	if !isYear(parts[0]) {
		return false
	}
	y, _ := strconv.Atoi(parts[0])
	switch len(parts) {
	case 1:
		return true
	case 2:
		p := parts[1]
		switch {
		case p == "H1" || p == "H2":
			return true
		case len(p) == 2 && p[0] == 'Q':
			return p[1] >= '1' && p[1] <= '4'
		case strings.HasSuffix(p, "M"):
			n, ok := smallInt(strings.TrimSuffix(p, "M"))
			return ok && n >= 1 && n <= 12
		default:
			m, ok := twoDigits(p)
			return ok && m >= 1 && m <= 12
		}
	default:
		m, ok := twoDigits(parts[1])
		if !ok || m < 1 || m > 12 {
			return false
		}
		d, ok := twoDigits(parts[2])
		return ok && d >= 1 && d <= daysIn(y, m)
	}
}

// DateYear returns the year an ISO date or period starts with, or 0.
func DateYear(s string) int {
	if !ValidDate(s) {
		return 0
	}
	y, _ := strconv.Atoi(s[:4])
	return y
}

func isYear(s string) bool {
	if len(s) != 4 || !allDigits(s) {
		return false
	}
	y, _ := strconv.Atoi(s)
	return y >= 1900 && y <= 2100
}

func twoDigits(s string) (int, bool) {
	if len(s) != 2 || !allDigits(s) {
		return 0, false
	}
	n, _ := strconv.Atoi(s)
	return n, true
}

func smallInt(s string) (int, bool) {
	if s == "" || len(s) > 2 || !allDigits(s) || (len(s) == 2 && s[0] == '0') {
		return 0, false
	}
	n, _ := strconv.Atoi(s)
	return n, true
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
