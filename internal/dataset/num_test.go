package dataset

import (
	"errors"
	"math"
	"strings"
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

// Where '.' is the decimal mark, a Vietnamese number must not be read 1000
// times too small: "1.234" (one thousand two hundred and thirty-four, as
// Vietnamese writes it) is refused with both readings, as "13.85" is in a
// ';' file, and commas say what to write. Each case names the cell.
func TestNumbersReadOneWayOnly(t *testing.T) {
	zones := "name,district,area_ha,occupancy_pct,occupancy_date,developer,tenants,stage,source,status,date,note_vi,note_en\n"
	growth := "year,growth,rank,rank_source,source,status,date,note_vi,note_en,national,national_source,national_status,national_date\n"
	meta := fixture()[FileMeta]
	for _, c := range []struct {
		name, file, text, want string
	}{
		{"a '.' before three digits in a ',' file", FileZones, zones + "Vân Trung,Việt Yên,1.234,100,2022-01,,,operating,s1,official,2022-01,,\n",
			`zones.csv:2: column area_ha: "1.234" could be read two ways: 1234 (the '.' groups thousands, as Vietnamese writes) or 1.2340 (the '.' is the decimal point: a figure with three decimals takes a fourth zero): write the one you mean`},
		{"thousands with a qualifier", FileZones, zones + "Vân Trung,Việt Yên,≈207.000,100,2022-01,,,operating,s1,official,2022-01,,\n",
			`zones.csv:2: column area_ha: "≈207.000" could be read two ways: ≈207000 (the '.' groups thousands, as Vietnamese writes) or ≈207.0000 (the '.' is the decimal point: a figure with three decimals takes a fourth zero): write the one you mean`},
		{"a headline in dataset.toml", FileMeta, strings.Replace(meta, `value = "13.85"`, `value = "207.000"`, 1),
			`dataset.toml:33: key headline.value: "207.000" could be read two ways: 207000 (the '.' groups thousands, as Vietnamese writes) or 207.0000 (the '.' is the decimal point: a figure with three decimals takes a fourth zero): write the one you mean`},
		{"the count of investing countries in dataset.toml", FileMeta, strings.Replace(meta, `value = ">30"`, `value = "1.500"`, 1),
			`dataset.toml:15: key fdi_countries.value: "1.500" could be read two ways: 1500 (the '.' groups thousands, as Vietnamese writes) or 1.5000 (the '.' is the decimal point: a figure with three decimals takes a fourth zero): write the one you mean`},
		{"Vietnamese grouping in a ',' file", FileZones, zones + "Vân Trung,Việt Yên,1.234.567,100,2022-01,,,operating,s1,official,2022-01,,\n",
			`zones.csv:2: column area_ha: "1.234.567": a '.' grouping thousands, as Vietnamese writes: write 1234567, without thousands separators`},
		{"a quoted decimal comma", FileZones, zones + "Vân Trung,Việt Yên,\"9,5\",100,2022-01,,,operating,s1,official,2022-01,,\n",
			`zones.csv:2: column area_ha: "9,5": a decimal comma: the decimal mark here is '.': write 9.5`},
		{"a quoted Vietnamese figure", FileZones, zones + "Vân Trung,Việt Yên,\"2.720,72\",100,2022-01,,,operating,s1,official,2022-01,,\n",
			`zones.csv:2: column area_ha: "2.720,72": a decimal comma: the decimal mark here is '.': write 2720.72`},
		{"a quoted English grouping", FileZones, zones + "Vân Trung,Việt Yên,\"2,720.72\",100,2022-01,,,operating,s1,official,2022-01,,\n",
			`zones.csv:2: column area_ha: "2,720.72": a ',' grouping thousands: write 2720.72, without thousands separators`},
		{"a quoted comma read two ways", FileZones, zones + "Vân Trung,Việt Yên,\"1,234\",100,2022-01,,,operating,s1,official,2022-01,,\n",
			`zones.csv:2: column area_ha: "1,234" could be read two ways: 1234 (the ',' groups thousands) or 1.2340 (the ',' is a decimal comma: a figure with three decimals takes a fourth zero): write the one you mean`},
		{"an unquoted decimal comma splits a figure", FileGrowth, growth + "2024,13,85,1,,s1,official,2024,,,7.09,s2,official,2024\n",
			`grdp_growth.csv:2: column growth: has 14 fields, the header has 13: "13,85", unquoted, looks like one number split in two cells at its decimal comma: write 13.85`},
	} {
		t.Run(c.name, func(t *testing.T) {
			files := fixture()
			files[c.file] = c.text
			d, err := load(files)
			var ps Problems
			if !errors.As(err, &ps) {
				t.Fatalf("loaded (%v): want the problem\n  %s", d != nil, c.want)
			}
			if len(ps) != 1 || ps[0].String() != c.want {
				t.Errorf("got\n  %v\nwant\n  %s", err, c.want)
			}
		})
	}
}

// A figure with three decimals is written with a fourth zero where '.' is
// the decimal mark, and keeps its three decimals; ';' files keep theirs,
// and export writes each figure so that it reads back the same.
func TestThreeDecimalsWrittenWithAFourthZero(t *testing.T) {
	n, err := ParseNum("1.2340", DotDecimal)
	if err != nil || n != (Num{V: 1.234, Dec: 3, OK: true}) {
		t.Errorf(`ParseNum("1.2340") = %+v, %v; want 1.234 with 3 decimals`, n, err)
	}
	for _, s := range []string{"1.2345", "1.23", "-0.12340", "1234"} {
		n, err := ParseNum(s, DotDecimal)
		if err != nil || FormatNum(n, DotDecimal) != s {
			t.Errorf("ParseNum(%q) = %+v, %v: written back as %q", s, n, err, FormatNum(n, DotDecimal))
		}
	}
	files := fixture()
	files[FileZoneTotals] = "kind;count;area_ha;leased_ha;source;status;date;note_vi;note_en\nparks;11;2.720,725;;s1;reported;2025;;\n"
	d, err := load(files)
	if err != nil {
		t.Fatal(err)
	}
	if got := d.ZoneTotals[0].AreaHa; got != (Num{V: 2720.725, Dec: 3, OK: true}) {
		t.Fatalf("2.720,725 in a ';' file read as %+v", got)
	}
	out, err := d.ExportCSV()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out[FileZoneTotals]), ",2720.7250,") {
		t.Errorf("exported as\n%s", out[FileZoneTotals])
	}
	back := map[string]string{}
	for k, v := range out {
		back[k] = string(v)
	}
	e, err := load(back)
	if err != nil || e.ZoneTotals[0].AreaHa != d.ZoneTotals[0].AreaHa {
		t.Errorf("read back as %+v, %v", e.ZoneTotals[0].AreaHa, err)
	}
}

// ambiguousTaken reports a figure one reader takes that the other takes
// as a different figure: the two readers' forms never overlap, so no text
// reads as one figure in a ',' file and another in a ';' file.
func ambiguousTaken(s string) (Num, Num, bool) {
	dot, errDot := ParseNum(s, DotDecimal)
	comma, errComma := ParseNum(s, CommaDecimal)
	return dot, comma, errDot == nil && errComma == nil && dot.OK && comma.OK && dot.V != comma.V
}

// numSeeds are both readers' forms, and their slips.
var numSeeds = []string{
	"", "13.85", "19.30", "-1.34", "−3.32", ">30", "≈8.6", "155876.0", "2720.72", "1.234", "207.000", "4.370", "1.2340",
	"0.125", "1234.567", "1.234.567", "2,720.72", "1,234", "9,5", "13,85", "2.720,72", "207.000,5", "1.234.567,5", "1.23",
	"-0", "1e9", "> 1.234", "+1.000", "≈1.400", "0,000", ".5", "5.", "9999999999999999999999999",
}

// The rule as a property, on the readers' own forms and their slips.
func TestNoFigureTakenInAnAmbiguousReading(t *testing.T) {
	for _, s := range numSeeds {
		if dot, comma, bad := ambiguousTaken(s); bad {
			t.Errorf("%q is %v in a ',' file and %v in a ';' file", s, dot.V, comma.V)
		}
	}
}
