package dataset_test

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"path"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/provdash/provdash/data"
	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/dataset/datasettest"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/plain"
)

// foreign builds, with excelize directly and not with provdash's export,
// the workbook a planner would make of the bundled dataset by hand in
// Excel: a styled title row merged across each sheet, bold headers
// (grdp_growth's two rows high, its first name merged down over a unit),
// figures as number cells formatted with the decimals the source wrote, some typed
// as text, some computed by a formula whose result Excel saved, ISO dates
// typed as date cells shown dd/mm/yyyy or mm/yyyy, and years as numbers.
type foreign struct {
	t     *testing.T
	f     *excelize.File
	title int
	head  int
	fmts  map[string]int
	n     int // cells written, to vary their kinds
}

func newForeign(t *testing.T) *foreign {
	t.Helper()
	fb := &foreign{t: t, f: excelize.NewFile(), fmts: map[string]int{}}
	var err error
	if fb.title, err = fb.f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 14},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFF2CC"}}}); err != nil {
		t.Fatal(err)
	}
	if fb.head, err = fb.f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Color: "1F4E79"},
		Alignment: &excelize.Alignment{Horizontal: "center", WrapText: true}}); err != nil {
		t.Fatal(err)
	}
	return fb
}

func (fb *foreign) must(err error) {
	fb.t.Helper()
	if err != nil {
		fb.t.Fatal(err)
	}
}

func (fb *foreign) style(code string) int {
	if s, ok := fb.fmts[code]; ok {
		return s
	}
	c := code
	s, err := fb.f.NewStyle(&excelize.Style{CustomNumFmt: &c})
	fb.must(err)
	fb.fmts[code] = s
	return s
}

var (
	isoDay   = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	isoMonth = regexp.MustCompile(`^\d{4}-\d{2}$`)
	plainNum = regexp.MustCompile(`^-?\d+(\.(\d+))?$`)
)

// put writes v as a person would type it into a cell of column col.
func (fb *foreign) put(sheet, ref, col, v string) {
	fb.t.Helper()
	if v == "" {
		return
	}
	dateCol := col == "date" || strings.HasSuffix(col, "_date") || col == "as_of" || col == "signed"
	serial := func(t time.Time) float64 {
		return t.Sub(time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)).Hours() / 24
	}
	switch {
	case dateCol && isoDay.MatchString(v):
		tm, err := time.Parse("2006-01-02", v)
		fb.must(err)
		fb.must(fb.f.SetCellFloat(sheet, ref, serial(tm), -1, 64))
		fb.must(fb.f.SetCellStyle(sheet, ref, ref, fb.style("dd/mm/yyyy")))
	case dateCol && isoMonth.MatchString(v):
		tm, err := time.Parse("2006-01", v)
		fb.must(err)
		fb.must(fb.f.SetCellFloat(sheet, ref, serial(tm), -1, 64))
		fb.must(fb.f.SetCellStyle(sheet, ref, ref, fb.style("mm/yyyy")))
	case plainNum.MatchString(v) && col != "period" && col != "code":
		fb.n++
		m := plainNum.FindStringSubmatch(v)
		code := "General"
		if m[2] != "" {
			code = "0." + strings.Repeat("0", len(m[2]))
		} else if fb.n%2 == 0 {
			code = "#,##0"
		}
		switch fb.n % 5 {
		case 1: // typed as text
			fb.must(fb.f.SetCellStr(sheet, ref, v))
			return
		case 2: // a formula whose result Excel saved (see saveFormulaResults)
			x, _ := strconv.ParseFloat(v, 64)
			fb.must(fb.f.SetCellFloat(sheet, ref, x, -1, 64))
			fb.must(fb.f.SetCellFormula(sheet, ref, v+"*1"))
		default:
			x, _ := strconv.ParseFloat(v, 64)
			if fb.n%3 == 0 {
				// 17 significant digits, as Excel stores a computed
				// value: 13.85 is "13.850000000000001".
				fb.must(fb.f.SetCellDefault(sheet, ref, strconv.FormatFloat(math.Nextafter(x, math.Inf(1)), 'g', 17, 64)))
			} else {
				fb.must(fb.f.SetCellFloat(sheet, ref, x, -1, 64))
			}
		}
		fb.must(fb.f.SetCellStyle(sheet, ref, ref, fb.style(code)))
	case v == "TRUE":
		fb.must(fb.f.SetCellBool(sheet, ref, true))
	default:
		fb.must(fb.f.SetCellStr(sheet, ref, v))
	}
}

// sheet writes a title row, the header (row 2) and rows from row 3 (or 4
// when mergeDown merges the first header cell over row 3).
func (fb *foreign) sheet(name string, header []string, rows [][]string, mergeDown bool) {
	fb.t.Helper()
	if fb.f.GetSheetName(0) == "Sheet1" {
		fb.must(fb.f.SetSheetName("Sheet1", name))
	} else {
		_, err := fb.f.NewSheet(name)
		fb.must(err)
	}
	last, _ := excelize.ColumnNumberToName(len(header))
	fb.must(fb.f.SetCellStr(name, "A1", "Số liệu tỉnh Bắc Giang – "+name))
	if len(header) > 1 {
		fb.must(fb.f.MergeCell(name, "A1", last+"1"))
	}
	fb.must(fb.f.SetCellStyle(name, "A1", last+"1", fb.title))
	for i, h := range header {
		ref, _ := excelize.CoordinatesToCellName(i+1, 2)
		fb.must(fb.f.SetCellStr(name, ref, h))
	}
	fb.must(fb.f.SetCellStyle(name, "A2", last+"2", fb.head))
	start := 3
	if mergeDown {
		// A two-row header: the first name merged down, a unit under
		// the second.
		fb.must(fb.f.MergeCell(name, "A2", "A3"))
		fb.must(fb.f.SetCellStr(name, "B3", "% so với năm trước"))
		start = 4
	}
	for r, rec := range rows {
		for i, v := range rec {
			ref, _ := excelize.CoordinatesToCellName(i+1, start+r)
			fb.put(name, ref, header[i], v)
		}
	}
}

// bytes saves the workbook the way Excel does: a formula's saved result
// is a number cell (excelize marks every formula it writes as text).
func (fb *foreign) bytes() []byte {
	fb.t.Helper()
	buf, err := fb.f.WriteToBuffer()
	fb.must(err)
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	fb.must(err)
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	numFormula := regexp.MustCompile(`(<c [^>]*?) t="str"(><f>[0-9])`)
	for _, e := range zr.File {
		rc, err := e.Open()
		fb.must(err)
		b, err := io.ReadAll(rc)
		fb.must(err)
		fb.must(rc.Close())
		if strings.HasPrefix(e.Name, "xl/worksheets/") {
			b = numFormula.ReplaceAll(b, []byte("$1$2"))
		}
		w, err := zw.Create(e.Name)
		fb.must(err)
		_, err = w.Write(b)
		fb.must(err)
	}
	fb.must(zw.Close())
	return out.Bytes()
}

// foreignBundled is the bundled dataset as a hand-made workbook.
func foreignBundled(t *testing.T) []byte {
	t.Helper()
	d := datasettest.Bundled(t)
	fb := newForeign(t)
	kv := [][]string{{"id", d.ID}, {"as_of", d.AsOf}, {"name.vi", d.Name.VI}, {"name.en", d.Name.EN},
		{"country.vi", d.Country.VI}, {"country.en", d.Country.EN}}
	fb.sheet("dataset", []string{"key", "value"}, kv, false)
	var src [][]string
	for _, s := range d.Sources {
		src = append(src, []string{s.ID, s.Title, s.Publisher, s.PublisherEN, s.URL, s.Date, s.Kind})
	}
	fb.sheet("sources", []string{"id", "title", "publisher", "publisher_en", "url", "date", "kind"}, src, false)
	var hl [][]string
	for _, h := range d.Headline {
		rank, of, approx := "", "", ""
		if h.Rank != 0 {
			rank = strconv.Itoa(h.Rank)
		}
		if h.RankOf != 0 {
			of = strconv.Itoa(h.RankOf)
		}
		if h.Approx {
			approx = "TRUE"
		}
		hl = append(hl, []string{h.ID, h.Label.VI, h.Label.EN, h.Raw, h.Unit, rank, of, approx,
			h.SourceID, h.StatusRaw, h.DateRaw, h.NoteText.VI, h.NoteText.EN})
	}
	fb.sheet("headlines", []string{"id", "label.vi", "label.en", "value", "unit", "rank", "rank_of", "approx",
		"source", "status", "date", "note.vi", "note.en"}, hl, false)
	var notes [][]string
	for _, n := range d.Notes {
		notes = append(notes, []string{n.VI, n.EN})
	}
	fb.sheet("notes", []string{"vi", "en"}, notes, false)
	m := d.MergerMeta
	fb.sheet("merger", []string{"key", "value"}, [][]string{{"vi", d.Merger.VI}, {"en", d.Merger.EN},
		{"source", m.Source}, {"status", string(m.Status)}, {"date", m.Date}, {"note.vi", m.Note.VI}, {"note.en", m.Note.EN}}, false)
	fm := d.FDIMeta
	fb.sheet("fdi_countries", []string{"key", "value"}, [][]string{{"value", dataset.FormatNum(d.FDICountries, dataset.DotDecimal)},
		{"source", fm.Source}, {"status", string(fm.Status)}, {"date", fm.Date}, {"note.vi", fm.Note.VI}, {"note.en", fm.Note.EN}}, false)
	if lin := d.Lineage; !lin.Empty() {
		fb.sheet("lineage", []string{"key", "value"}, [][]string{{"date", lin.Date}, {"source", lin.Source},
			{"status", string(lin.Status)}, {"note.vi", lin.Note.VI}, {"note.en", lin.Note.EN},
			{"became.id", lin.Became.ID}, {"became.name.vi", lin.Became.Name.VI}, {"became.name.en", lin.Became.Name.EN}}, false)
		var ff [][]string
		for _, l := range lin.FormedFrom {
			ff = append(ff, []string{l.ID, l.Name.VI, l.Name.EN})
		}
		fb.sheet("formed_from", []string{"id", "name.vi", "name.en"}, ff, false)
	}
	for _, name := range dataset.FileNames()[1:] {
		b, err := fs.ReadFile(data.FS(), path.Join(data.Dir, name))
		if errors.Is(err, fs.ErrNotExist) {
			continue // a table that may be absent
		}
		if err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		sheet := strings.TrimSuffix(name, ".csv")
		fb.sheet(sheet, recs[0], recs[1:], sheet == "grdp_growth")
	}
	return fb.bytes()
}

// A workbook made by another program loads to exactly the dataset its
// CSV form does, and so every tab shows the same: numbers, text numbers,
// dates, formulas, styled and merged headers all read as a person sees
// them.
func TestForeignWorkbookMatchesCSV(t *testing.T) {
	want := datasettest.Bundled(t)
	got, err := loadBook(t, "bac-giang.xlsx", foreignBundled(t))
	if err != nil {
		t.Fatalf("hand-made workbook does not load:\n%v", err)
	}
	sameDataset(t, want, got, "workbook and CSV give different datasets",
		"ID", "Name", "Country", "AsOf", "Notes", "Merger", "MergerMeta", "Sources", "Headline", "Growth", "Size", "Sectors", "Structure", "PCI", "FDIYear", "FDICountry", "Zones", "ZoneTotals", "Agreements", "FDICountries", "FDIMeta")
	// The same text on every tab, in both languages.
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		loc := i18n.New(lang)
		for _, tab := range content.Default().IDs() {
			a, err1 := plain.Tab(content.Single(want), loc, tab, 100)
			b, err2 := plain.Tab(content.Single(got), loc, tab, 100)
			if err1 != nil || err2 != nil || a != b {
				t.Errorf("%s %s: the workbook shows something else (%v %v)", lang, tab, err1, err2)
			}
		}
	}
}

// editBook loads the hand-made workbook after edit changes it.
func editBook(t *testing.T, edit func(f *excelize.File)) error {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(foreignBundled(t)))
	if err != nil {
		t.Fatal(err)
	}
	edit(f)
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	d, err := loadBook(t, "bac-giang.xlsx", buf.Bytes())
	if d != nil {
		t.Fatal("a workbook with problems must not be half-loaded")
	}
	return err
}

func problemLines(t *testing.T, err error) []string {
	t.Helper()
	var ps dataset.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("want problems, got %v", err)
	}
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.String()
	}
	return out
}

func wantLine(t *testing.T, err error, want string) {
	t.Helper()
	lines := problemLines(t, err)
	for _, l := range lines {
		if l == want {
			return
		}
	}
	t.Errorf("want the problem\n  %s\ngot\n  %s", want, strings.Join(lines, "\n  "))
}

// Problems name the workbook, the sheet and the cell as Excel does.
func TestWorkbookProblemsNameCells(t *testing.T) {
	// grdp_growth: title row 1, header row 2 merged over row 3, so the
	// year 2023 (the 14th data row) is on row 17.
	err := editBook(t, func(f *excelize.File) {
		v, _ := f.GetCellValue("grdp_growth", "A17")
		if strings.ReplaceAll(v, ",", "") != "2023" { // as the cell's format shows it
			t.Fatalf("A17 holds %q, want 2023", v)
		}
		_ = f.SetCellStr("grdp_growth", "B17", "abc")
		_ = f.SetCellStr("pci", "F5", "offical")
		_ = f.SetCellStr("sources", "A3", "")
		_ = f.SetCellStr("headlines", "F3", "first")
		_ = f.SetCellStr("dataset", "A5", "colour")
		_ = f.SetCellStr("pci", "B4", "55,48")
		pct, _ := f.NewStyle(&excelize.Style{NumFmt: 10})
		_ = f.SetCellFloat("zone_totals", "C3", 0.2772, -1, 64)
		_ = f.SetCellStyle("zone_totals", "C3", "C3", pct)
	})
	wantLine(t, err, `bac-giang.xlsx: grdp_growth!B17: column growth: "abc": not a number`)
	wantLine(t, err, "bac-giang.xlsx: pci!F5: column status: unknown status \"offical\": did you mean `official`? (allowed: official, estimate, preliminary, plan, reported)")
	wantLine(t, err, `bac-giang.xlsx: sources!A3: column id: missing value`)
	wantLine(t, err, `bac-giang.xlsx: headlines!F3: column rank: "first": not a whole number`)
	wantLine(t, err, `bac-giang.xlsx: dataset!A5: column colour: unknown key`)
	wantLine(t, err, `bac-giang.xlsx: pci!B4: column score: "55,48": a decimal comma: the decimal mark here is '.': write 55.48`)
	wantLine(t, err, `bac-giang.xlsx: zone_totals!C3: column area_ha: 27.72%: the cell is formatted as a percentage but the column is not one: format it as a number`)
}

func TestWorkbookMissingSheet(t *testing.T) {
	err := editBook(t, func(f *excelize.File) { _ = f.DeleteSheet("pci") })
	if got := problemLines(t, err); len(got) != 1 || got[0] != "bac-giang.xlsx: pci: sheet is missing" {
		t.Errorf("got %q", got)
	}
	err = editBook(t, func(f *excelize.File) { _ = f.DeleteSheet("sources") })
	wantLine(t, err, "bac-giang.xlsx: sources: sheet is missing")
}

func TestWorkbookFormulaWithoutResult(t *testing.T) {
	err := editBook(t, func(f *excelize.File) {
		_ = f.SetCellValue("pci", "B4", nil)
		_ = f.SetCellFormula("pci", "B4", "SUM(B5:B6)")
	})
	wantLine(t, err, "bac-giang.xlsx: pci!B4: column score: formula =SUM(B5:B6) has no saved result: open the workbook in Excel or LibreOffice and save it")
}

func TestNotAWorkbook(t *testing.T) {
	for _, b := range [][]byte{[]byte("year,growth\n2024,13.85\n"), {}, []byte("PK\x03\x04garbage")} {
		d, err := loadBook(t, "data.xlsx", b)
		if d != nil {
			t.Fatal("loaded a dataset from a file that is not a workbook")
		}
		if got := problemLines(t, err); len(got) != 1 || got[0] != "data.xlsx: not an Excel workbook (.xlsx): save it from Excel or LibreOffice as .xlsx" {
			t.Errorf("got %q", got)
		}
	}
}

// A collection may mix folders and workbooks; problems in a workbook of a
// collection name it.
func TestCollectionMixesFoldersAndWorkbooks(t *testing.T) {
	d := datasettest.Bundled(t)
	fsys := fstest.MapFS{}
	files, err := d.ExportCSV()
	if err != nil {
		t.Fatal(err)
	}
	for name, b := range files {
		fsys["c/bac-giang/"+name] = &fstest.MapFile{Data: b}
	}
	d.ID = "bac-giang-2"
	b, err := d.ExportXLSX()
	if err != nil {
		t.Fatal(err)
	}
	fsys["c/copy.xlsx"] = &fstest.MapFile{Data: b}
	fsys["c/~$copy.xlsx"] = &fstest.MapFile{Data: []byte("Excel's lock file")}
	sets, err := dataset.LoadCollection(fsys, "c")
	if err != nil {
		t.Fatal(err)
	}
	if len(sets) != 2 || sets[0].ID != "bac-giang" || sets[1].ID != "bac-giang-2" {
		t.Fatalf("got %d sets", len(sets))
	}
	fsys["c/copy.xlsx"] = &fstest.MapFile{Data: []byte("not a workbook")}
	_, err = dataset.LoadCollection(fsys, "c")
	wantLine(t, err, "copy.xlsx: not an Excel workbook (.xlsx): save it from Excel or LibreOffice as .xlsx")
}

// The empty workbook init writes loads with exactly the problems that say
// what to fill in.
func TestSkeletonWorkbookIsIncomplete(t *testing.T) {
	about := func(sheet string) string { return "What " + sheet + " holds." }
	b, err := dataset.SkeletonXLSX(dataset.Text{VI: "Tỉnh Mẫu", EN: "Tỉnh Mẫu"}, about)
	if err != nil {
		t.Fatal(err)
	}
	_, err = loadBook(t, "new.xlsx", b)
	got := problemLines(t, err)
	want := []string{
		"new.xlsx: dataset!B5: column as_of: missing value",
		"new.xlsx: sources!A:A: column id: no sources yet: add at least one (every figure names its source)",
		"new.xlsx: dataset: no table has a row yet: fill in at least one",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
	files := dataset.SkeletonFolder(dataset.Text{VI: "Tỉnh Mẫu", EN: "Tỉnh Mẫu"}, about)
	fsys := fstest.MapFS{}
	for name, b := range files {
		fsys["new/"+name] = &fstest.MapFile{Data: b}
	}
	_, err = dataset.Load(fsys, "new")
	got = problemLines(t, err)
	want = []string{
		"dataset.toml:3: key as_of: missing value",
		"dataset.toml: key source.id: no sources yet: add at least one (every figure names its source)",
		"dataset.toml: no table has a row yet: fill in at least one",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
	if !strings.Contains(string(files[dataset.FileMeta]), `id = "tinh-mau"`) {
		t.Errorf("skeleton dataset.toml:\n%s", files[dataset.FileMeta])
	}
}

// BenchmarkLoadWorkbook10k loads a workbook whose zones sheet has 10,000
// rows (and every other sheet the bundled data).
func BenchmarkLoadWorkbook10k(b *testing.B) {
	d := datasettest.Bundled(b)
	z := d.Zones[0]
	d.Zones = nil
	for i := range 10000 {
		z.Name = fmt.Sprintf("KCN thử nghiệm %05d", i)
		z.AreaHa = dataset.N(float64(100+i%400)+0.25, 2)
		d.Zones = append(d.Zones, z)
	}
	book, err := d.ExportXLSX()
	if err != nil {
		b.Fatal(err)
	}
	fsys := fstest.MapFS{"big.xlsx": &fstest.MapFile{Data: book}}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		got, err := dataset.Load(fsys, "big.xlsx")
		if err != nil {
			b.Fatal(err)
		}
		if len(got.Zones) != 10000 {
			b.Fatalf("%d zones", len(got.Zones))
		}
	}
}

// A growth typed as a percentage (0.1385 shown as 13.85%) in a percentage
// column is the figure the person sees.
func TestWorkbookPercentCell(t *testing.T) {
	f, err := excelize.OpenReader(bytes.NewReader(foreignBundled(t)))
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := f.GetCellValue("grdp_growth", "B17", excelize.Options{RawCellValue: true})
	x, err := strconv.ParseFloat(raw, 64)
	if err != nil {
		t.Fatalf("B17 = %q", raw)
	}
	pct, _ := f.NewStyle(&excelize.Style{NumFmt: 10}) // 0.00%
	_ = f.SetCellFloat("grdp_growth", "B17", x/100, -1, 64)
	_ = f.SetCellStyle("grdp_growth", "B17", "B17", pct)
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	got, err := loadBook(t, "bac-giang.xlsx", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	want, _ := data.Bundled()
	if !reflect.DeepEqual(got.Growth, want.Growth) {
		t.Errorf("growth read from a percentage cell:\n got %+v\nwant %+v", got.Growth, want.Growth)
	}
}

// A workbook is held to the same text rules as a folder: an escape
// sequence (stored as Excel stores control characters, _x001B_)
// sequence in a table cell or in a metadata sheet is refused, naming the
// workbook, sheet and cell, and nothing is loaded.
func TestWorkbookRefusesControlCharacters(t *testing.T) {
	b := bundledBook(t)
	for _, c := range []struct{ sheet, cell string }{{"zones", "A2"}, {"dataset", "B2"}} {
		f, err := excelize.OpenReader(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		orig, _ := f.GetCellValue(c.sheet, c.cell)
		if err := f.SetCellStr(c.sheet, c.cell, orig+"_x001B_]52;c;aGk=_x0007_"); err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := f.Write(&buf); err != nil {
			t.Fatal(err)
		}
		got, err := loadBook(t, "x.xlsx", buf.Bytes())
		if got != nil || err == nil {
			t.Fatalf("%s!%s: an escape sequence loaded", c.sheet, c.cell)
		}
		if !strings.Contains(err.Error(), "x.xlsx") || !strings.Contains(err.Error(), "control character") {
			t.Errorf("%s!%s: problem does not name the workbook and the character:\n%v", c.sheet, c.cell, err)
		}
	}
}

// bookCell is the reference of the cell of column in the row of sheet
// whose first cell is key, in the hand-made workbook (header on row 2).
func bookCell(t *testing.T, f *excelize.File, sheet, column, key string) string {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil || len(rows) < 2 {
		t.Fatalf("sheet %s: %v", sheet, err)
	}
	col := 0
	for i, h := range rows[1] {
		if h == column {
			col = i + 1
		}
	}
	for r, row := range rows {
		if len(row) > 0 && row[0] == key && col > 0 {
			ref, _ := excelize.CoordinatesToCellName(col, r+1)
			return ref
		}
	}
	t.Fatalf("sheet %s: no cell %s for %s", sheet, column, key)
	return ""
}

// A figure typed as text in a workbook is read like a CSV figure: 207.000
// (bn VND) and 4.370 (USD per person), typed the Vietnamese way, are
// refused with both readings in their cells, not read 1000 times too
// small; so is a headline's value typed as text.
func TestWorkbookTextThreeDecimalsRefused(t *testing.T) {
	var vnd, usd, hl string
	err := editBook(t, func(f *excelize.File) {
		vnd = bookCell(t, f, "grdp_size", "grdp_vnd_bn", "2024")
		usd = bookCell(t, f, "grdp_size", "per_capita_usd", "2024")
		hl = bookCell(t, f, "headlines", "value", "growth_2024")
		_ = f.SetCellStr("grdp_size", vnd, "207.000")
		_ = f.SetCellStr("grdp_size", usd, "4.370")
		_ = f.SetCellStr("headlines", hl, "13.850")
	})
	wantLine(t, err, "bac-giang.xlsx: headlines!"+hl+`: column value: "13.850" could be read two ways: 13850 (the '.' groups thousands, as Vietnamese writes) or 13.8500 (the '.' is the decimal point: a figure with three decimals takes a fourth zero): write the one you mean`)
	wantLine(t, err, "bac-giang.xlsx: grdp_size!"+vnd+`: column grdp_vnd_bn: "207.000" could be read two ways: 207000 (the '.' groups thousands, as Vietnamese writes) or 207.0000 (the '.' is the decimal point: a figure with three decimals takes a fourth zero): write the one you mean`)
	wantLine(t, err, "bac-giang.xlsx: grdp_size!"+usd+`: column per_capita_usd: "4.370" could be read two ways: 4370 (the '.' groups thousands, as Vietnamese writes) or 4.3700 (the '.' is the decimal point: a figure with three decimals takes a fourth zero): write the one you mean`)
}

// A number stored as a number stays as it is: its '.' is Excel's decimal
// point, so 8.652 shown with three decimals is 8.652, in a table and in a
// headline alike.
func TestWorkbookNumberCellsKeepThreeDecimals(t *testing.T) {
	f, err := excelize.OpenReader(bytes.NewReader(foreignBundled(t)))
	if err != nil {
		t.Fatal(err)
	}
	three := "0.000"
	style, err := f.NewStyle(&excelize.Style{CustomNumFmt: &three})
	if err != nil {
		t.Fatal(err)
	}
	usd := bookCell(t, f, "grdp_size", "grdp_usd_bn", "2024")
	hl := bookCell(t, f, "headlines", "value", "growth_2024")
	for _, c := range []struct{ sheet, ref string }{{"grdp_size", usd}, {"headlines", hl}} {
		if err := f.SetCellFloat(c.sheet, c.ref, 8.652, -1, 64); err != nil {
			t.Fatal(err)
		}
		if err := f.SetCellStyle(c.sheet, c.ref, c.ref, style); err != nil {
			t.Fatal(err)
		}
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	d, err := loadBook(t, "bac-giang.xlsx", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	want := dataset.Num{V: 8.652, Dec: 3, OK: true}
	seen := 0
	for _, s := range d.Size {
		if s.Year == 2024 {
			seen++
			if s.GRDPUSDbn != want {
				t.Errorf("grdp_usd_bn 2024 = %+v, want %+v", s.GRDPUSDbn, want)
			}
		}
	}
	for _, h := range d.Headline {
		if h.ID == "growth_2024" {
			seen++
			if h.Value != want {
				t.Errorf("headline growth_2024 = %+v, want %+v", h.Value, want)
			}
		}
	}
	if seen != 2 {
		t.Errorf("found %d of the two figures", seen)
	}
}
