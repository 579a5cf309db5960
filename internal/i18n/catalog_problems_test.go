package i18n

import (
	"errors"
	"io/fs"
	"path"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/provdash/provdash/data"
	"github.com/provdash/provdash/internal/dataset"
)

// Every problem code the loader can report has a catalogue entry in both
// languages, and no entry is left over from a code that no longer exists.
func TestProblemCodesTranslated(t *testing.T) {
	codes := map[string]bool{}
	for _, c := range dataset.ProblemCodes() {
		if codes[c] {
			t.Errorf("code %q listed twice", c)
		}
		codes[c] = true
		e, ok := catalog["problem."+c]
		if !ok {
			t.Errorf("problem code %q has no catalogue entry problem.%s", c, c)
			continue
		}
		if strings.TrimSpace(e.vi) == "" || strings.TrimSpace(e.en) == "" {
			t.Errorf("problem.%s: both languages needed: %q / %q", c, e.vi, e.en)
		}
	}
	for k := range catalog {
		if c, ok := strings.CutPrefix(k, "problem."); ok && !codes[c] {
			t.Errorf("catalogue entry %s matches no dataset problem code", k)
		}
	}
}

// bundledFiles returns the bundled dataset's files under "p/".
func bundledFiles(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := fs.WalkDir(data.FS(), data.Dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(data.FS(), p)
		out[path.Base(p)] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// replaceLine swaps line n (1-based) of text.
func replaceLine(text string, n int, line string) string {
	lines := strings.Split(text, "\n")
	lines[n-1] = line
	return strings.Join(lines, "\n")
}

// loadBroken loads the bundled dataset with one file replaced (or removed
// when text is "-") and returns its problems.
func loadBroken(t *testing.T, file, text string) dataset.Problems {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, body := range bundledFiles(t) {
		fsys["p/"+name] = &fstest.MapFile{Data: []byte(body)}
	}
	if text == "-" {
		delete(fsys, "p/"+file)
	} else {
		fsys["p/"+file] = &fstest.MapFile{Data: []byte(text)}
	}
	_, err := dataset.LoadCollection(fsys, "p")
	var ps dataset.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("%s: want problems, got %v", file, err)
	}
	return ps
}

// The loader's own English (Problem.Msg) is exactly the catalogue's English
// entry applied to Args, for every kind of problem these broken datasets
// produce; the Vietnamese line keeps file, line and column and formats
// cleanly. The broken inputs cover most codes; the test says which it
// reached so a new code without a case is noticed.
func TestProblemMessagesMatchCatalogue(t *testing.T) {
	fx := bundledFiles(t)
	pci := fx[dataset.FilePCI]
	pciRow := func(cells string) string { return replaceLine(pci, 2, cells) }
	cases := []struct{ file, text, code string }{
		{dataset.FilePCI, pciRow("2006,48.3x,46,,vcci-pci,official,2006,,"), dataset.CodeNotANumber},
		{dataset.FilePCI, pciRow("2006,48.36,46,,vcci-pci,final,2006,,"), dataset.CodeUnknownStatus},
		{dataset.FilePCI, pciRow("2006,48.36,46,,vcci-pci,offical,2006,,"), dataset.CodeStatusDidYouMean},
		{dataset.FilePCI, pciRow("2006,48.36,46,,vcci-pci,official,2006-13,,"), dataset.CodeBadDate},
		{dataset.FilePCI, pciRow("2006,48.36,46,,vcci-pci,official,13/12/2006,,"), dataset.CodeSlashDateOne},
		{dataset.FilePCI, pciRow("2006.0,48.36,46,,vcci-pci,official,2006,,"), dataset.CodeWholeWithDecimals},
		{dataset.FilePCI, pciRow("2006,48.36%,46,,vcci-pci,official,2006,,"), dataset.CodeNumPercent},
		{dataset.FilePCI, pciRow("2006,1,048,46,,vcci-pci,official,2006,,"), dataset.CodeSplitNumber},
		{dataset.FilePCI, pciRow("2006,48,36,46,,vcci-pci,official,2006,,"), dataset.CodeSplitDecimal},
		{dataset.FilePCI, pciRow("2006,1,048.5,46,,vcci-pci,official,2006,,"), dataset.CodeSplitThousands},
		{dataset.FileZoneTotals, replaceLine(fx[dataset.FileZoneTotals], 2, "parks,11,2,720,,dofa-2025,official,2025,,"), dataset.CodeSplitWhich},
		{dataset.FilePCI, pciRow("2006,48.360,46,,vcci-pci,official,2006,,"), dataset.CodeNumDotTwoWays},
		{dataset.FilePCI, pciRow(`2006,"48,360",46,,vcci-pci,official,2006,,`), dataset.CodeNumCommaTwoWays},
		{dataset.FilePCI, pciRow(`2006,"48,36",46,,vcci-pci,official,2006,,`), dataset.CodeNumDecimalComma},
		{dataset.FilePCI, pciRow(`2006,"1,048.5",46,,vcci-pci,official,2006,,`), dataset.CodeNumThousandsComma},
		{dataset.FilePCI, pciRow("2006,1.048.500,46,,vcci-pci,official,2006,,"), dataset.CodeNumThousandsDot},
		{dataset.FileMeta, strings.Replace(fx[dataset.FileMeta], `value = "13.85"`, `value = "207.000"`, 1), dataset.CodeNumDotTwoWays},
		{dataset.FileSectors, replaceLine(fx[dataset.FileSectors], 2, "2011,Ic,18.2,ppc-2012,official,2011,,"), dataset.CodeDidYouMean},
		{dataset.FilePCI, pciRow("2006,148.36,46,,vcci-pci,official,2006,,"), dataset.CodeRangePCI},
		{dataset.FilePCI, pciRow("2006,48.36,46,,nope,official,2006,,"), dataset.CodeUnknownSource},
		{dataset.FilePCI, pciRow("2006,48.36,46,,vcci-pci,official,06/12/2006,,"), dataset.CodeSlashDate},
		{dataset.FilePCI, pciRow("20x6,48.36,46,,vcci-pci,official,2006,,"), dataset.CodeNotWholeNumber},
		{dataset.FilePCI, pciRow("1806,48.36,46,,vcci-pci,official,2006,,"), dataset.CodeIntRange},
		{dataset.FilePCI, pciRow("2007,48.36,46,,vcci-pci,official,2006,,"), dataset.CodeDuplicateKey},
		{dataset.FilePCI, pciRow("2006,48.36,46,,,official,2006,,"), dataset.CodeMissingValue},
		{dataset.FilePCI, pciRow("2006,,,,,,,,"), dataset.CodeGapNeedsNote},
		{dataset.FilePCI, pciRow("2006,48.36,46,,vcci-pci,official,2006"), dataset.CodeFieldCount},
		{dataset.FilePCI, pciRow(`2006,48.36,46,,vcci-pci,official,2006,a"b,`), dataset.CodeCSVBareQuote},
		{dataset.FilePCI, pciRow(`2006,48.36,46,,vcci-pci,official,2006,"a"b,`), dataset.CodeCSVQuote},
		{dataset.FilePCI, replaceLine(pci, 1, "year,score,rank,rank_source,source,status,date,note_vi,note_en,colour"), dataset.CodeUnknownColumn},
		{dataset.FilePCI, replaceLine(pci, 1, "year,score,rank,rank_source,source,status,date,note_vi,score"), dataset.CodeDuplicateColumn},
		{dataset.FilePCI, replaceLine(pci, 1, "year,,rank,rank_source,source,status,date,note_vi,note_en"), dataset.CodeEmptyColumnName},
		{dataset.FilePCI, replaceLine(pci, 1, "year,scores,rank,rank_source,source,status,date,note_vi,note_en"), dataset.CodeMissingColumn},
		{dataset.FilePCI, strings.ReplaceAll(pci, ",", ";"), dataset.CodeAmbiguousNumber},
		{dataset.FilePCI, "", dataset.CodeEmptyFile},
		{dataset.FilePCI, "-", dataset.CodeFileMissing},
		{dataset.FilePCI, "year,score\n2006,\xff\n", dataset.CodeNotUTF8},
		{dataset.FileSectors, replaceLine(fx[dataset.FileSectors], 2, "2011,ic,\"1,8.2\",ppc-2012,official,2011,,"), dataset.CodeNumGrouping},
		{dataset.FileSectors, replaceLine(fx[dataset.FileSectors], 2, "2011,mining,18.2,ppc-2012,official,2011,,"), dataset.CodeUnknownValue},
		{dataset.FileStructure, replaceLine(fx[dataset.FileStructure], 2, "2011,ic,-36,ppc-2012,official,2011,,"), dataset.CodeRangeShare},
		{dataset.FileFDIYear, replaceLine(fx[dataset.FileFDIYear], 2, "2017,2016-H1,new,30,514.2,,baodauthau-2017,official,2017-H1,,"), dataset.CodePeriodYear},
		{dataset.FileFDIYear, replaceLine(fx[dataset.FileFDIYear], 2, "2017,2017-H1,new,-30,514.2,,baodauthau-2017,official,2017-H1,,"), dataset.CodeRangeCount},
		{dataset.FileAgreements, replaceLine(fx[dataset.FileAgreements], 2, "A,A,,,province,,,2024,2028,2024,no,vnplus-laos-2021,reported,2024,,"), dataset.CodePeriodOrder},
		{dataset.FileMeta, "colour = \"red\"\n" + fx[dataset.FileMeta], dataset.CodeUnknownKey},
		{dataset.FileMeta, strings.Replace(fx[dataset.FileMeta], `as_of = "2025-07-01"`, `as_of = "1/7/2025"`, 1), dataset.CodeTOMLBadDate},
		{dataset.FileMeta, strings.Replace(fx[dataset.FileMeta], `status = "official"`, `status = "final"`, 1), dataset.CodeTOMLUnknownStatus},
		{dataset.FileMeta, strings.Replace(fx[dataset.FileMeta], `source = "nq-202-2025"`, `source = "nope"`, 1), dataset.CodeTOMLUnknownSource},
		{dataset.FileMeta, "id = \n" + fx[dataset.FileMeta], dataset.CodeTOMLSyntax},
		{dataset.FileMeta, strings.Replace(fx[dataset.FileMeta], `value = "13.85"`, `value = "138.5"`, 1), dataset.CodePctRange},
		{dataset.FileMeta, strings.Replace(fx[dataset.FileMeta], `rank_of = 63`, `rank_of = 0`+"\n"+`unit2 = 1`, 1), dataset.CodeUnknownKey},
		{dataset.FileMeta, strings.Replace(fx[dataset.FileMeta], "rank = 1\n", "rank = 99\n", 1), dataset.CodeBadRank},
		{dataset.FileMeta, strings.Replace(fx[dataset.FileMeta], `url = "https://`, `url = "javascript:alert(1)//`, 1), dataset.CodeBadURL},
		{dataset.FileMeta, strings.Replace(fx[dataset.FileMeta], `url = "http://`, `url = "file:///etc/passwd#`, 1), dataset.CodeBadURL},
		{dataset.FileMeta, strings.Replace(fx[dataset.FileMeta], `unit = "%"`, `unit = "percent"`, 1), dataset.CodeUnknownUnit},
		{dataset.FileMeta, strings.Replace(fx[dataset.FileMeta], `id = "bac-ninh"`, `id = "bac-giang"`, 1), dataset.CodeLineageSelf},
		{dataset.FileMeta, strings.Replace(fx[dataset.FileMeta], `id = "economy_2024"`, `id = "growth_2024"`, 1), dataset.CodeDuplicateHeadline},
		{dataset.FileMeta, strings.Replace(fx[dataset.FileMeta], "[[source]]\nid = \"dofa-2025\"", "[[source]]\nid = \"dofa-2025\"\ntitle = \"x\"\n\n[[source]]\nid = \"dofa-2025\"", 1), dataset.CodeDuplicateSource},
		{dataset.FileGrowth, replaceLine(fx[dataset.FileGrowth], 3, strings.Replace(strings.Split(fx[dataset.FileGrowth], "\n")[2], "2011,10.5,", "2011,1050,", 1)), dataset.CodeRangeGrowth},
	}
	seen := map[string]bool{}
	en, vi := New(EN), New(VI)
	for _, c := range cases {
		ps := loadBroken(t, c.file, c.text)
		found := false
		for _, p := range ps {
			seen[p.Code] = true
			found = found || p.Code == c.code
			if p.Code == "" {
				t.Errorf("problem without a code: %s", p)
				continue
			}
			if got := en.Tf("problem."+p.Code, p.Args...); got != p.Msg {
				t.Errorf("%s: catalogue English %q, loader says %q", p.Code, got, p.Msg)
			}
			if got := en.Problem(p); got != p.String() {
				t.Errorf("English line %q, want the loader's %q", got, p.String())
			}
			v := vi.Problem(p)
			if strings.Contains(v, "%!") || !strings.HasPrefix(v, p.Location()+": ") ||
				(p.Column != "" && !p.IsKey() && !strings.HasPrefix(v, p.Location()+": cột "+p.Column+": ")) ||
				(p.Column != "" && p.IsKey() && !strings.HasPrefix(v, p.Location()+": khóa "+p.Column+": ")) {
				t.Errorf("Vietnamese line %q for %s", v, p)
			}
		}
		if !found {
			t.Errorf("%s: want a %s problem, got:\n%v", c.file, c.code, ps)
		}
	}
	var missed []string
	for _, c := range dataset.ProblemCodes() {
		if !seen[c] {
			missed = append(missed, c)
		}
	}
	t.Logf("codes not produced by these cases: %v", missed)
}

// A few lines end to end, in Vietnamese.
func TestProblemVietnamese(t *testing.T) {
	vi := New(VI)
	cases := []struct {
		p    dataset.Problem
		want string
	}{
		{dataset.NewProblem(dataset.CodeUnknownStatus, "bg/pci.csv", 3, 6, "status",
			"unknown status %q (allowed: official, estimate, preliminary, plan, reported)", "offical"),
			`bg/pci.csv:3: cột status: trạng thái không hợp lệ "offical" (cho phép: official, estimate, preliminary, plan, reported)`},
		{dataset.NewProblem(dataset.CodeEmptyFile, "zones.csv", 0, 0, "", "empty file"), "zones.csv: tệp rỗng"},
		{dataset.NewProblem(dataset.CodeDuplicateKey, "pci.csv", 4, 1, "year", "duplicate key %s (first on line %d)", "2024", 2),
			"pci.csv:4: cột year: khóa 2024 bị trùng (lần đầu ở dòng 2)"},
		// A code without a translation keeps its English message.
		{dataset.Problem{File: "x.csv", Line: 2, Column: "c", Msg: "something new", Code: "no_such_code"},
			"x.csv:2: cột c: something new"},
	}
	for _, c := range cases {
		if got := vi.Problem(c.p); got != c.want {
			t.Errorf("got  %q\nwant %q", got, c.want)
		}
	}
	if got := vi.Plural(3, "cli.problems"); got != "3 lỗi" {
		t.Errorf("Plural = %q", got)
	}
	if got := New(EN).Plural(1, "cli.rows"); got != "1 row" {
		t.Errorf("Plural = %q", got)
	}
}

// init explains every sheet of a workbook in both languages.
func TestInitExplainsEverySheet(t *testing.T) {
	for _, s := range dataset.SheetNames() {
		e, ok := catalog["init.about."+s]
		if !ok || strings.TrimSpace(e.vi) == "" || strings.TrimSpace(e.en) == "" {
			t.Errorf("sheet %s: no init.about.%s in both languages", s, s)
		}
	}
	if n := len(dataset.SheetNames()); n != 21 {
		t.Errorf("%d sheets, want 21", n)
	}
}

// checkAgainstCatalogue asserts that each problem's English message is the
// catalogue's English applied to its Args, and that the Vietnamese line
// formats cleanly; it returns the codes seen.
func checkAgainstCatalogue(t *testing.T, ps dataset.Problems) map[string]bool {
	t.Helper()
	seen := map[string]bool{}
	en, vi := New(EN), New(VI)
	for _, p := range ps {
		seen[p.Code] = true
		if got := en.Tf("problem."+p.Code, p.Args...); got != p.Msg {
			t.Errorf("%s: catalogue English %q, loader says %q", p.Code, got, p.Msg)
		}
		if got := en.Problem(p); got != p.String() {
			t.Errorf("English line %q, want the loader's %q", got, p.String())
		}
		if v := vi.Problem(p); strings.Contains(v, "%!") || !strings.HasPrefix(v, p.Location()+": ") {
			t.Errorf("Vietnamese line %q for %s", v, p)
		}
	}
	return seen
}

// The problems about text a terminal would act on, and about cell length
// and TOML depth, match the catalogue like every other problem.
func TestTextProblemMessagesMatchCatalogue(t *testing.T) {
	fx := bundledFiles(t)
	pci := fx[dataset.FilePCI]
	pciRow := func(cells string) string { return replaceLine(pci, 2, cells) }
	cases := []struct{ file, text, code string }{
		{dataset.FilePCI, pciRow("2006,48.36,46,,vcci-pci,official,2006,a\x1b]52;c;eA==\ab,"), dataset.CodeControlChar},
		{dataset.FilePCI, pciRow("2006,48.36,46,,vcci-pci,official,2006,a\u202eb,"), dataset.CodeBidiChar},
		{dataset.FilePCI, pciRow("2006,48.36,46,,vcci-pci,official,2006,a\u200bb,"), dataset.CodeInvisibleChar},
		{dataset.FilePCI, pciRow("2006,48.36,46,,vcci-pci,official,2006," + strings.Repeat("x", dataset.DefaultMaxCell+1) + ","), dataset.CodeCellTooLong},
		{dataset.FileMeta, strings.Replace(fx[dataset.FileMeta], `as_of = "2025-07-01"`, `as_of = "2025\e[?1049l"`, 1), dataset.CodeControlChar},
		{dataset.FileMeta, "x = " + strings.Repeat("[", 100) + "\n" + fx[dataset.FileMeta], dataset.CodeTOMLTooDeep},
	}
	for _, c := range cases {
		if seen := checkAgainstCatalogue(t, loadBroken(t, c.file, c.text)); !seen[c.code] {
			t.Errorf("%s: want a %s problem", c.file, c.code)
		}
	}
}

// The problems about files the loader refuses and about its limits match
// the catalogue too; they need a file system and limits loadBroken does
// not give.
func TestRefusalMessagesMatchCatalogue(t *testing.T) {
	fsys := fstest.MapFS{}
	for name, body := range bundledFiles(t) {
		fsys["p/"+name] = &fstest.MapFile{Data: []byte(body)}
	}
	fsys["p/"+dataset.FilePCI] = &fstest.MapFile{Data: []byte("/etc/shadow"), Mode: fs.ModeSymlink}
	fsys["p/"+dataset.FileZones] = &fstest.MapFile{Mode: fs.ModeDir}
	fsys["p/"+dataset.FileAgreements] = &fstest.MapFile{Data: []byte(strings.Repeat("x", 600))}
	_, err := dataset.LoadWith(fsys, "p", dataset.Limits{Rows: 2, FileSize: 20000})
	var ps dataset.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("want problems, got %v", err)
	}
	seen := checkAgainstCatalogue(t, ps)
	for _, c := range []string{dataset.CodeSymlinkOutside, dataset.CodeNotRegularFile, dataset.CodeTooManyRows, dataset.CodeFileTooLarge} {
		if !seen[c] {
			t.Errorf("no %s problem in:\n%v", c, ps)
		}
	}
}
