package dataset

import (
	"errors"
	"strings"
	"testing"
)

// The common slips are reported with their fix, in the cell they are in.
func TestHints(t *testing.T) {
	head := "kind,count,area_ha,leased_ha,source,status,date,note_vi,note_en\n"
	for _, c := range []struct {
		name, body string
		want       string
	}{
		{"thousands separator or decimal comma, unquoted", "parks,,2,720,,s1,reported,2025,,\n",
			`zone_totals.csv:2: column area_ha: has 10 fields, the header has 9: "2,720", unquoted, looks like one number split in two cells: it could be 2720 (the ',' groups thousands) or 2.7200 (the ',' is a decimal comma: a figure with three decimals takes a fourth zero): write the one you mean`},
		{"decimal comma, unquoted", "parks,,2720,72,,s1,reported,2025,,\n",
			`zone_totals.csv:2: column area_ha: has 10 fields, the header has 9: "2720,72", unquoted, looks like one number split in two cells at its decimal comma: write 2720.72`},
		{"thousands separator, unquoted", "parks,,2720.5,1,234,567.5,s1,reported,2025,,\n",
			`zone_totals.csv:2: column leased_ha: has 11 fields, the header has 9: "1,234,567.5", unquoted, looks like one number split in two cells by its thousands separator: write 1234567.5`},
		{"split, two places it may be", "parks,11,2,720,,s1,reported,2025,,\n",
			`zone_totals.csv:2: has 10 fields, the header has 9: one of these looks like a number split in two cells by an unquoted ',': count "11,2", area_ha "2,720": write it with '.' for decimals and no thousands separator`},
		{"percent sign", "parks,11,2720.72,13.85%,s1,reported,2025,,\n",
			`zone_totals.csv:2: column leased_ha: "13.85%": drop the %: the column is in percent already (write 13.85)`},
		{"misspelt status", "parks,11,2720.72,,s1,offical,2025,,\n",
			"zone_totals.csv:2: column status: unknown status \"offical\": did you mean `official`? (allowed: official, estimate, preliminary, plan, reported)"},
		{"misspelt value", "park,11,2720.72,,s1,official,2025,,\n",
			"zone_totals.csv:2: column kind: unknown value \"park\": did you mean `parks`? (allowed: parks, clusters)"},
		{"slash date, two readings", "parks,11,2720.72,,s1,official,06/12/2024,,\n",
			`zone_totals.csv:2: column date: "06/12/2024": not an ISO date: read day first it is 2024-12-06, month first 2024-06-12: write the one you mean as YYYY-MM-DD`},
		{"slash date, one reading", "parks,11,2720.72,,s1,official,19/03/2024,,\n",
			`zone_totals.csv:2: column date: "19/03/2024": not an ISO date: write 2024-03-19 (YYYY-MM-DD)`},
	} {
		t.Run(c.name, func(t *testing.T) {
			files := fixture()
			files[FileZoneTotals] = head + c.body
			_, err := load(files)
			var ps Problems
			if !errors.As(err, &ps) || len(ps) != 1 || ps[0].String() != c.want {
				t.Errorf("got  %v\nwant %s", err, c.want)
			}
		})
	}
	// A year written 2024.0, as a spreadsheet formats a number.
	files := fixture()
	files[FilePCI] = strings.Replace(files[FilePCI], "\n2024,", "\n2024.0,", 1)
	_, err := load(files)
	if err == nil || !strings.Contains(err.Error(), `column year: "2024.0": a whole number is written without decimals: write 2024`) {
		t.Errorf("2024.0 as a year: %v", err)
	}
}

// In a ';' file, the dialect of a Vietnamese-locale spreadsheet, a date
// written dd/mm/yyyy is read day first.
func TestSemicolonDatesDayFirst(t *testing.T) {
	files := fixture()
	files[FileZoneTotals] = "kind;count;area_ha;leased_ha;source;status;date;note_vi;note_en\n" +
		"parks;11;2.720,72;;s1;reported;2025;;\nclusters;55;2327;612,5;s2;official;19/03/2025;;\n"
	d, err := load(files)
	if err != nil {
		t.Fatal(err)
	}
	if got := d.ZoneTotals[1].Date; got != "2025-03-19" {
		t.Errorf("19/03/2025 in a ';' file read as %q", got)
	}
}

func TestHintMatchers(t *testing.T) {
	for v, want := range map[string]int{"2024.0": 2024, "2024,00": 2024, "-3.0": -3} {
		if got, ok := wholeWithDecimals(v); !ok || got != want {
			t.Errorf("wholeWithDecimals(%q) = %d, %v", v, got, ok)
		}
	}
	for _, v := range []string{"2024", "2024.5", "2024.", ".0", "x.0", "20-24.0"} {
		if _, ok := wholeWithDecimals(v); ok {
			t.Errorf("wholeWithDecimals(%q) accepted", v)
		}
	}
	for v, want := range map[string][2]string{"06/12/2024": {"2024-12-06", "2024-06-12"}, "13/01/2024": {"2024-01-13", ""}, "1/2/2024": {"2024-02-01", "2024-01-02"}} {
		d, m, ok := slashReadings(v)
		if !ok || d != want[0] || m != want[1] {
			t.Errorf("slashReadings(%q) = %q, %q, %v", v, d, m, ok)
		}
	}
	for _, v := range []string{"2024/01/02", "1/2/24", "a/b/2024", "1/2/2024/3"} {
		if _, _, ok := slashReadings(v); ok {
			t.Errorf("slashReadings(%q) accepted", v)
		}
	}
}
