package dataset

import (
	"bytes"
	"encoding/csv"
	"errors"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

var dotDecimal = regexp.MustCompile(`^([>≈]?-?[0-9]+)\.([0-9]+)$`)

// asExcelVI rewrites a comma-separated table the way Excel in a Vietnamese
// locale saves it: BOM, ';' separators, decimal commas, CRLF, and text in
// NFD (as some macOS tools write it).
func asExcelVI(t *testing.T, text string) string {
	t.Helper()
	recs, err := csv.NewReader(strings.NewReader(text)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, rec := range recs {
		for i, f := range rec {
			rec[i] = norm.NFD.String(dotDecimal.ReplaceAllString(f, "$1,$2"))
		}
	}
	var b bytes.Buffer
	b.WriteString("\xEF\xBB\xBF")
	w := csv.NewWriter(&b)
	w.Comma, w.UseCRLF = ';', true
	if err := w.WriteAll(recs); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// A dataset saved from a Vietnamese-locale spreadsheet loads to exactly the
// same Dataset as the comma-separated original.
func TestLoadSemicolonSpreadsheet(t *testing.T) {
	want, err := load(fixture())
	if err != nil {
		t.Fatal(err)
	}
	files := fixture()
	for name, text := range files {
		if strings.HasSuffix(name, ".csv") {
			files[name] = asExcelVI(t, text)
		}
	}
	if !strings.Contains(files[FileGrowth], ";13,85;") {
		t.Fatalf("conversion did not produce decimal commas:\n%s", files[FileGrowth])
	}
	got, err := load(files)
	if err != nil {
		t.Fatalf("semicolon dataset: %v", err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("semicolon dataset differs:\n got %+v\nwant %+v", got, want)
	}
}

// Grouped numbers in a ';' file are read; numbers that could be read two
// ways are errors naming file, line and column.
func TestLoadSemicolonNumbers(t *testing.T) {
	head := "kind;count;area_ha;leased_ha;source;status;date;note_vi;note_en\n"
	files := fixture()
	files[FileZoneTotals] = head + "parks;11;2.720,72;;s1;reported;2025;;\nclusters;55;2327;612,5;s2;official;2025-03-19;;\n"
	d, err := load(files)
	if err != nil {
		t.Fatal(err)
	}
	if a := d.ZoneTotals[0].AreaHa; a.V != 2720.72 || a.Dec != 2 {
		t.Errorf("2.720,72 read as %+v", a)
	}
	if l := d.ZoneTotals[1].Leased; l.V != 612.5 || l.Dec != 1 {
		t.Errorf("612,5 read as %+v", l)
	}

	files[FileZoneTotals] = head + "parks;11;2720.72;;s1;reported;2025;;\nclusters;55;2327;1.23;s2;official;2025-03-19;;\n"
	_, err = load(files)
	var ps Problems
	if !errors.As(err, &ps) || len(ps) != 2 {
		t.Fatalf("want 2 problems, got %v", err)
	}
	for i, w := range []want{
		{FileZoneTotals, 2, 3, "area_ha", `"2720.72": ambiguous number`},
		{FileZoneTotals, 3, 4, "leased_ha", `"1.23": ambiguous number`},
	} {
		p := ps[i]
		if p.File != w.file || p.Line != w.line || p.Col != w.col || p.Column != w.column || !strings.Contains(p.Msg, w.msg) {
			t.Errorf("problem %d = %+v, want %+v", i, p, w)
		}
	}
}

func TestSeparator(t *testing.T) {
	for text, want := range map[string]rune{
		"a,b,c\n1;2;3\n":     ',',
		"a;b;c\n1,5;2;3\n":   ';',
		"\"a;b\",c\n":        ',',
		"a\n":                ',',
		"a;b\r\n1,2;3\r\n":   ';',
		"\"x,y,z\";b;c\n1\n": ';',
	} {
		if got := Separator(text); got != want {
			t.Errorf("Separator(%q) = %q, want %q", text, got, want)
		}
	}
}
