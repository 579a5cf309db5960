package dataset

import (
	"errors"
	"strings"
	"testing"
)

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
