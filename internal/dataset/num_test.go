package dataset

import (
	"errors"
	"math"
	"testing"
)

func TestParseNum(t *testing.T) {
	tests := []struct {
		in      string
		want    Num
		wantErr error
	}{
		{"", Num{}, nil},
		{"   ", Num{}, nil},
		{"13.85", Num{V: 13.85, Dec: 2, OK: true}, nil},
		{"19.3", Num{V: 19.3, Dec: 1, OK: true}, nil},
		{"16.10", Num{V: 16.10, Dec: 2, OK: true}, nil},
		{"155876.0", Num{V: 155876, Dec: 1, OK: true}, nil},
		{"2720.72", Num{V: 2720.72, Dec: 2, OK: true}, nil},
		{"0", Num{V: 0, Dec: 0, OK: true}, nil},
		{"-1.34", Num{V: -1.34, Dec: 2, OK: true}, nil},
		{"−3.32", Num{V: -3.32, Dec: 2, OK: true}, nil},
		{"+7", Num{V: 7, OK: true}, nil},
		{">30", Num{V: 30, OK: true, Qual: ">"}, nil},
		{"≈8.6", Num{V: 8.6, Dec: 1, OK: true, Qual: "≈"}, nil},
		{"> 2140", Num{V: 2140, OK: true, Qual: ">"}, nil},
		{"2,720.72", Num{}, ErrNumGrouping},
		{"13,85", Num{}, ErrNumGrouping},
		{"1e3", Num{}, ErrNumSyntax},
		{"NaN", Num{}, ErrNumSyntax},
		{"Inf", Num{}, ErrNumSyntax},
		{".5", Num{}, ErrNumSyntax},
		{"5.", Num{}, ErrNumSyntax},
		{"1.2.3", Num{}, ErrNumSyntax},
		{"-", Num{}, ErrNumSyntax},
		{">", Num{}, ErrNumSyntax},
		{"abc", Num{}, ErrNumSyntax},
		{"12 %", Num{}, ErrNumSyntax},
		{"0x10", Num{}, ErrNumSyntax},
	}
	for _, tt := range tests {
		got, err := ParseNum(tt.in, DotDecimal)
		if !errors.Is(err, tt.wantErr) {
			t.Errorf("ParseNum(%q) error = %v, want %v", tt.in, err, tt.wantErr)
			continue
		}
		if err == nil && (got.OK != tt.want.OK || got.Dec != tt.want.Dec || got.Qual != tt.want.Qual ||
			math.Abs(got.V-tt.want.V) > 1e-12) {
			t.Errorf("ParseNum(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

// Semicolon files (Excel in a Vietnamese locale) use the decimal comma and
// may group thousands with '.' in threes; anything that could be read two
// ways is an error.
func TestParseNumDecimalComma(t *testing.T) {
	tests := []struct {
		in      string
		want    Num
		wantErr error
	}{
		{"13,85", N(13.85, 2), nil},
		{"2.720,72", N(2720.72, 2), nil},
		{"207.000", N(207000, 0), nil},
		{"1.234.567,5", N(1234567.5, 1), nil},
		{"-3,32", N(-3.32, 2), nil},
		{"−1,34", N(-1.34, 2), nil},
		{"≈1.400", Num{V: 1400, OK: true, Qual: QualApprox}, nil},
		{"> 2.140", Num{V: 2140, OK: true, Qual: QualMore}, nil},
		{"155876,0", N(155876, 1), nil},
		{"", Num{}, nil},
		{"13.85", Num{}, ErrNumAmbiguous},    // a dot decimal in a ';' file
		{"1.23", Num{}, ErrNumAmbiguous},     // not a group of three
		{"1234.567", Num{}, ErrNumAmbiguous}, // leading group too long
		{".720,72", Num{}, ErrNumAmbiguous},
		{"2.720.", Num{}, ErrNumAmbiguous},
		{"2,720.72", Num{}, ErrNumAmbiguous}, // English grouping in a ';' file
		{"1,2,3", Num{}, ErrNumSyntax},
		{"13,", Num{}, ErrNumSyntax},
		{",5", Num{}, ErrNumSyntax},
		{"1 234", Num{}, ErrNumSyntax},
	}
	for _, tt := range tests {
		got, err := ParseNum(tt.in, CommaDecimal)
		if !errors.Is(err, tt.wantErr) {
			t.Errorf("ParseNum(%q, comma) error = %v, want %v", tt.in, err, tt.wantErr)
			continue
		}
		if err == nil && (got.OK != tt.want.OK || got.Dec != tt.want.Dec || got.Qual != tt.want.Qual ||
			math.Abs(got.V-tt.want.V) > 1e-9) {
			t.Errorf("ParseNum(%q, comma) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

// FuzzParseNum checks both formats: no panic, an error never comes with a
// figure, and every figure read survives FormatNum → ParseNum unchanged
// (the export round trip depends on it).
func FuzzParseNum(f *testing.F) {
	for _, s := range []string{"", "13.85", "-1.34", "−3.32", ">30", "≈8.6", "2,720.72", "1e9", "155876.0", "> ", "9999999999999999999999999",
		"13,85", "2.720,72", "1.234.567,5", "1.23", "-0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, format := range []NumFormat{DotDecimal, CommaDecimal} {
			n, err := ParseNum(s, format)
			if err != nil {
				if n.OK {
					t.Fatalf("error %v but OK num %+v", err, n)
				}
				continue
			}
			if !n.OK {
				continue
			}
			if math.IsNaN(n.V) || math.IsInf(n.V, 0) {
				t.Fatalf("ParseNum(%q) = %v", s, n.V)
			}
			if n.Dec < 0 || n.Dec > len(s) {
				t.Fatalf("ParseNum(%q) Dec = %d", s, n.Dec)
			}
			if n.Qual != "" && n.Qual != QualMore && n.Qual != QualApprox {
				t.Fatalf("ParseNum(%q) Qual = %q", s, n.Qual)
			}
			back, err := ParseNum(FormatNum(n, format), format)
			if err != nil || back != n {
				t.Fatalf("round trip of %q (%+v) via %q = %+v, %v", s, n, FormatNum(n, format), back, err)
			}
		}
	})
}

func TestValidDate(t *testing.T) {
	good := []string{"2024", "2024-03", "2023-12-05", "2024-02-29", "2024-H1", "2024-H2", "2024-Q1", "2024-Q4", "2024-8M", "2024-12M", "2024-1M"}
	bad := []string{"", "24", "2024-13", "2024-00", "2023-02-29", "2024-04-31", "2024-H3", "2024-Q5", "2024-0M", "2024-13M", "2024-08M",
		"2024/03", "03/2024", "2024-3", "2024-03-5", "1800", "2024-03-05-01", "2024-", "x2024"}
	for _, s := range good {
		if !ValidDate(s) {
			t.Errorf("ValidDate(%q) = false, want true", s)
		}
	}
	for _, s := range bad {
		if ValidDate(s) {
			t.Errorf("ValidDate(%q) = true, want false", s)
		}
	}
	if y := DateYear("2024-8M"); y != 2024 {
		t.Errorf("DateYear = %d", y)
	}
}

// TestParseNumPrecision: more significant digits than a float64 keeps is an
// error, not a silently rounded figure; leading zeros do not count.
func TestParseNumPrecision(t *testing.T) {
	for _, s := range []string{"999999999999999.99", "1.00000000000000000001", "1234567890123456"} {
		if _, err := ParseNum(s, DotDecimal); !errors.Is(err, ErrNumPrecision) {
			t.Errorf("%q: err %v, want ErrNumPrecision", s, err)
		}
	}
	for _, s := range []string{"999999999999999", "0.000000000000001", "2720.72"} {
		if _, err := ParseNum(s, DotDecimal); err != nil {
			t.Errorf("%q: %v", s, err)
		}
	}
}
