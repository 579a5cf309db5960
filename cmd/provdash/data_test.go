package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"
	"github.com/spf13/pflag"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/dataset/datasettest"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/render"
	"github.com/provdash/provdash/internal/ui"
)

func noenv(string) string { return "" }

// run executes provdash with args and returns stdout, stderr and the error.
func run(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	root := newRootCmd(&out, noenv)
	root.SetOut(&out)
	root.SetErr(&errOut)
	err := execute(context.Background(), root, args)
	return out.String(), errOut.String(), err
}

// exportBundled writes the bundled dataset to a temp folder via the export
// command and returns the folder.
func exportBundled(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "bg")
	if out, _, err := run(t, "export", "--province", "bac-giang", "--out", dir); err != nil || !strings.Contains(out, "wrote bac-giang (csv, 14 files)") {
		t.Fatalf("export: %v %s", err, out)
	}
	return dir
}

// editLines rewrites the file at path after edit has changed its lines:
// how a test breaks one line of an exported dataset.
func editLines(t *testing.T, path string, edit func(lines []string)) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(b), "\n")
	edit(lines)
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestValidateBundledAndExported(t *testing.T) {
	out, _, err := run(t, "validate")
	if err != nil || !strings.HasPrefix(out, "ok: bundled data: 4 datasets (bac-giang, bac-ninh, bac-ninh-cu, national)") || strings.Count(out, "\n") != 1 {
		t.Fatalf("validate bundled: %v %q", err, out)
	}
	dir := exportBundled(t)
	out, _, err = run(t, "validate", dir)
	if err != nil || !strings.HasPrefix(out, "ok: "+dir+": 1 dataset") {
		t.Fatalf("validate exported: %v %q", err, out)
	}
}

// A broken dataset: validate lists every problem with file, line and
// column, and fails; render with it as --data prints the same list and
// draws nothing.
func TestValidateBrokenAndBadData(t *testing.T) {
	dir := exportBundled(t)
	pci := filepath.Join(dir, dataset.FilePCI)
	editLines(t, pci, func(lines []string) {
		lines[2] = strings.Replace(lines[2], ",official,", ",final,", 1)
		lines[3] = strings.Replace(lines[3], lines[3][:4], "20x6", 1)
	})
	if err := os.WriteFile(filepath.Join(dir, dataset.FileAgreements), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, err := run(t, "validate", dir)
	if err == nil {
		t.Fatal("validate of a broken dataset succeeded")
	}
	want := []string{
		filepath.Join(dir, "pci.csv") + ":3: column status: unknown status \"final\"",
		filepath.Join(dir, "pci.csv") + ":4: column year: \"20x6\": not a whole number",
		filepath.Join(dir, "agreements.csv") + ": empty file",
	}
	for _, w := range want {
		if !strings.Contains(out, w) {
			t.Errorf("validate output lacks %q:\n%s", w, out)
		}
	}
	if strings.Contains(out, "ok:") {
		t.Errorf("summary printed despite problems")
	}

	stdout, stderr, err := run(t, "render", "--data", dir)
	if err == nil || stdout != "" {
		t.Fatalf("render with bad --data: err %v, drew %q", err, stdout)
	}
	for _, w := range want {
		if !strings.Contains(stderr, w) {
			t.Errorf("render stderr lacks %q:\n%s", w, stderr)
		}
	}
	if _, _, err := run(t, "report", "--data", filepath.Join(dir, "nope")); err == nil {
		t.Error("report with a missing --data succeeded")
	}
	// serve checks --data the same way before it listens (the listen
	// address is never bound: the data check comes first).
	_, stderr, err = run(t, "serve", "--listen", "127.0.0.1:0", "--host-key", filepath.Join(t.TempDir(), "k", "key"), "--data", dir)
	if err == nil {
		t.Fatal("serve with a broken --data started")
	}
	for _, w := range want {
		if !strings.Contains(stderr, w) {
			t.Errorf("serve stderr lacks %q:\n%s", w, stderr)
		}
	}
}

// export → --data → render draws the same frame as the bundled data, for
// every tab; the JSON export is written too.
func TestExportRoundTripRender(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "provinces")
	if _, _, err := run(t, "export", "--all", "--out", dir); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"bac-ninh", "bac-giang", "bac-ninh-cu"} {
		for _, tab := range ui.TabIDs() {
			want, _, err := run(t, "render", "--province", id, "--tab", tab, "--width", "120", "--height", "40", "--color", "never", "--lang", "en")
			if err != nil {
				t.Fatal(err)
			}
			got, _, err := run(t, "render", "--data", dir, "--province", id, "--tab", tab, "--width", "120", "--height", "40", "--color", "never", "--lang", "en")
			if err != nil {
				t.Fatal(err)
			}
			if got != want || len(want) < 500 {
				t.Errorf("%s %s: frame from exported data differs from bundled", id, tab)
			}
		}
	}
	jdir := t.TempDir()
	if _, _, err := run(t, "export", "--out", jdir, "--format", "json"); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(filepath.Join(jdir, "bac-ninh.json")); err != nil || !bytes.Contains(b, []byte(`"format": "provdash-dataset/1"`)) ||
		!bytes.Contains(b, []byte(`"formed_from": [`)) {
		t.Fatalf("json export: %v", err)
	}
	if _, _, err := run(t, "export", "--out", jdir, "--format", "xml"); err == nil {
		t.Fatal("unknown format accepted")
	}
}

// A folder of dataset folders is a collection: --province picks one, an
// unknown id is an error naming the valid ones, validate checks all.
func TestCollection(t *testing.T) {
	root := t.TempDir()
	d := datasettest.Bundled(t)
	for _, id := range []string{"bac-giang", "demo"} {
		d.ID = id
		d.Name.EN = "Province " + id
		files, err := d.ExportCSV()
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Join(root, id), 0o755); err != nil {
			t.Fatal(err)
		}
		for name, b := range files {
			if err := os.WriteFile(filepath.Join(root, id, name), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	out, _, err := run(t, "validate", root)
	if err != nil || !strings.Contains(out, "2 datasets (bac-giang, demo)") {
		t.Fatalf("validate collection: %v %q", err, out)
	}
	out, _, err = run(t, "render", "--data", root, "--province", "demo", "--lang", "en", "--width", "120", "--color", "never")
	if err != nil || !strings.Contains(out, "Province demo") {
		t.Fatalf("--province demo: %v\n%s", err, out)
	}
	if _, _, err := run(t, "render", "--data", root, "--province", "xx"); err == nil || !strings.Contains(err.Error(), "bac-giang, demo") {
		t.Fatalf("unknown province: %v", err)
	}
	// The dashboard options carry the collection for the P key.
	g := globalFlags{dataFlags: dataFlags{data: root}}
	g.dash.Register(pflag.NewFlagSet("provdash", pflag.ContinueOnError), i18n.EN, true)
	opts, err := g.options(&bytes.Buffer{})
	if err != nil || len(opts.Collection) != 2 || opts.Data != opts.Collection[0] {
		t.Fatalf("options: %v %+v", err, opts.Collection)
	}
	if _, err := render.Frame(render.Options{UI: opts, Width: 80, Height: 24, Profile: colorprofile.NoTTY}); err != nil {
		t.Fatal(err)
	}
}

func TestReportCommand(t *testing.T) {
	out, _, err := run(t, "report", "--lang", "en")
	if err != nil || !strings.HasPrefix(out, "# Bắc Ninh — economic indicators") || !strings.Contains(out, "## Sources") ||
		!strings.Contains(out, "formed on 1 Jul 2025 from Bắc Giang and Bắc Ninh (former)") {
		t.Fatalf("report: %v\n%.300s", err, out)
	}
	file := filepath.Join(t.TempDir(), "r.md")
	if _, _, err := run(t, "report", "--lang", "vi", "--out", file); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(file); err != nil || !bytes.Contains(b, []byte("## Nguồn số liệu")) {
		t.Fatalf("report --out: %v", err)
	}
}

// render --face draws the face asked for; --year focuses a year; a bad
// face or year is an error naming what is accepted.
func TestRenderFaceAndYear(t *testing.T) {
	for face, want := range map[string]string{"chart": "[chart]", "table": "[table]", "sources": "[sources]"} {
		out, _, err := run(t, "render", "--tab", "gdp", "--face", face, "--width", "100", "--height", "30", "--color", "never", "--lang", "en")
		if err != nil || !strings.Contains(out, want) {
			t.Errorf("--face %s (err %v):\n%s", face, err, out)
		}
	}
	out, _, err := run(t, "render", "--province", "bac-giang", "--tab", "gdp", "--year", "2019", "--width", "80", "--height", "24", "--color", "never", "--lang", "vi")
	if err != nil || !strings.Contains(out, "2019  Bắc Giang 16,10 % ~ [7] · Việt Nam 7,36 % [20]") {
		t.Errorf("--year 2019 (err %v):\n%s", err, out)
	}
	if _, _, err := run(t, "render", "--face", "pie"); err == nil || !strings.Contains(err.Error(), "chart, table, sources") {
		t.Errorf("--face pie: %v", err)
	}
	if _, _, err := run(t, "render", "--year", "1900"); err == nil || !strings.Contains(err.Error(), "1997") {
		t.Errorf("--year 1900: %v", err)
	}
}

// The version string quotes the bundled dataset's id and as-of date, taken
// without building the dataset: they must be the dataset's own.
func TestVersionNamesBundledData(t *testing.T) {
	sets := datasettest.BundledSets(t)
	d := content.Current(sets)
	want := "(data: " + d.ID + ", as of " + d.AsOf + ")"
	if got := versionString(i18n.New(i18n.EN)); !strings.HasSuffix(got, want) {
		t.Errorf("versionString() = %q, want it to end in %q", got, want)
	}
}

// export --all writes the whole bundled collection with its lineage, a
// folder per province, and that folder loads back as the same collection
// (both ends of the merger still agreeing), in every format.
func TestExportAll(t *testing.T) {
	for _, format := range []string{"csv", "xlsx"} {
		dir := filepath.Join(t.TempDir(), "provinces")
		out, _, err := run(t, "export", "--all", "--format", format, "--out", dir)
		if err != nil {
			t.Fatalf("%s: %v", format, err)
		}
		for _, id := range []string{"bac-ninh", "bac-giang", "bac-ninh-cu"} {
			if !strings.Contains(out, "wrote "+id) {
				t.Errorf("%s: export --all says nothing of %s:\n%s", format, id, out)
			}
		}
		out, _, err = run(t, "validate", dir)
		if err != nil || !strings.HasPrefix(out, "ok: "+dir+": 4 datasets") {
			t.Fatalf("%s: validate the exported collection: %v %q", format, err, out)
		}
		sets, err := loadDir(dir, dataset.DefaultLimits())
		if err != nil {
			t.Fatal(err)
		}
		bn, ok := dataset.Find(sets, "bac-ninh")
		if !ok || len(bn.Lineage.FormedFrom) != 2 || bn.Lineage.FormedFrom[0].ID != "bac-giang" {
			t.Errorf("%s: exported bac-ninh lost its lineage: %+v", format, bn)
		}
		if bg, ok := dataset.Find(sets, "bac-giang"); !ok || bg.Lineage.Became.ID != "bac-ninh" {
			t.Errorf("%s: exported bac-giang lost its lineage", format)
		}
	}
}

// report --format html (or an .html name) writes the briefing, one
// self-contained file, and says so; a format the name contradicts is an
// error.
func TestReportHTML(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{"report", "--lang", "en", "--out", filepath.Join(dir, "b.html")},
		{"report", "--lang", "en", "--format", "html", "--out", filepath.Join(dir, "b2.htm")},
	} {
		out, _, err := run(t, args...)
		file := args[len(args)-1]
		if err != nil || !strings.Contains(out, "wrote the HTML briefing") {
			t.Fatalf("%v: %v %q", args, err, out)
		}
		b, err := os.ReadFile(file)
		if err != nil || !bytes.HasPrefix(bytes.TrimSpace(b), []byte("<!DOCTYPE html>")) || bytes.Contains(b, []byte("<script")) ||
			!bytes.Contains(b, []byte("Bắc Ninh")) {
			t.Fatalf("%s: %v\n%.200s", file, err, b)
		}
	}
	if _, _, err := run(t, "report", "--format", "md", "--out", filepath.Join(dir, "x.html")); err == nil {
		t.Error("--format md with an .html name was accepted")
	}
	if out, _, err := run(t, "report", "--format", "html", "--lang", "en"); err != nil || !strings.Contains(out, "<html") {
		t.Errorf("--format html to stdout: %v %.80q", err, out)
	}
}

// export --format xlsx writes a workbook that validate accepts and that
// renders every tab exactly as the bundled data does.
func TestExportXLSXValidateRender(t *testing.T) {
	book := filepath.Join(t.TempDir(), "out", "bg.xlsx")
	out, _, err := run(t, "export", "--province", "bac-giang", "--format", "xlsx", "--out", book)
	if err != nil || out != "wrote bac-giang (xlsx workbook) to "+book+"\n" {
		t.Fatalf("export: %v %q", err, out)
	}
	out, _, err = run(t, "validate", book)
	if err != nil || !strings.HasPrefix(out, "ok: "+book+": 1 dataset (bac-giang), ") {
		t.Fatalf("validate: %v %q", err, out)
	}
	// Within the collection (the lineage notice names what P opens), as
	// the bundled Bắc Giang is shown.
	books := filepath.Join(t.TempDir(), "books")
	if _, _, err := run(t, "export", "--all", "--format", "xlsx", "--out", books); err != nil {
		t.Fatal(err)
	}
	for _, tab := range []string{"overview", "gdp", "fdi", "zones", "agreements"} {
		want, _, err1 := run(t, "render", "--province", "bac-giang", "--tab", tab, "--width", "100", "--height", "30", "--color", "never")
		got, _, err2 := run(t, "render", "--data", books, "--province", "bac-giang", "--tab", tab, "--width", "100", "--height", "30", "--color", "never")
		if err1 != nil || err2 != nil || got != want {
			t.Errorf("%s: the workbook renders differently (%v, %v)", tab, err1, err2)
		}
	}
	if _, _, err := run(t, "export", "--format", "xlsx", "--out", filepath.Join(t.TempDir(), "bg")); err == nil ||
		!strings.Contains(err.Error(), "--out must name a .xlsx file") {
		t.Errorf("export xlsx to a folder name: %v", err)
	}
}

// A bad cell in a workbook given as --data is named by workbook, sheet
// and cell, in either language, and nothing starts.
func TestWorkbookProblemLine(t *testing.T) {
	dir := t.TempDir()
	book := filepath.Join(dir, "bg.xlsx")
	if _, _, err := run(t, "export", "--province", "bac-giang", "--format", "xlsx", "--out", book); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "x.xlsx"), []byte("not a zip"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errOut, err := run(t, "render", "--data", dir, "--lang", "vi")
	if err == nil || !strings.Contains(errOut, filepath.Join(dir, "x.xlsx")+": không phải sổ tính Excel (.xlsx)") {
		t.Errorf("a broken workbook in a collection: %v\n%s", err, errOut)
	}
	out, _, err := run(t, "validate", filepath.Join(dir, "missing.xlsx"))
	if err == nil || !strings.Contains(out, "missing.xlsx: cannot open: no such file or directory") {
		t.Errorf("missing workbook: %v %q", err, out)
	}
}

// init writes an empty workbook or folder, refuses to overwrite, and
// validate names what to fill in.
func TestInit(t *testing.T) {
	dir := t.TempDir()
	book := filepath.Join(dir, "new.xlsx")
	out, _, err := run(t, "init", book, "--province", "Tỉnh Mẫu", "--lang", "en")
	if err != nil || !strings.HasPrefix(out, "wrote an empty dataset to "+book) {
		t.Fatalf("init: %v %q", err, out)
	}
	out, _, err = run(t, "validate", book, "--lang", "en")
	want := book + ": dataset!B5: column as_of: missing value\n" +
		book + ": sources!A:A: column id: no sources yet: add at least one (every figure names its source)\n" +
		book + ": dataset: no table has a row yet: fill in at least one\n"
	if err == nil || out != want {
		t.Errorf("validate the new workbook: %v\n got %q\nwant %q", err, out, want)
	}
	if _, _, err := run(t, "init", book, "--lang", "en"); err == nil || !strings.Contains(err.Error(), "already exists: init never overwrites") {
		t.Errorf("init over an existing workbook: %v", err)
	}
	folder := filepath.Join(dir, "new")
	if _, _, err := run(t, "init", folder, "--province", "Tỉnh Mẫu", "--lang", "vi"); err != nil {
		t.Fatal(err)
	}
	out, _, _ = run(t, "validate", folder, "--lang", "vi")
	if !strings.Contains(out, filepath.Join(folder, "dataset.toml")+":3: khóa as_of: thiếu giá trị") {
		t.Errorf("validate the new folder: %q", out)
	}
	toml, err := os.ReadFile(filepath.Join(folder, "dataset.toml"))
	if err != nil || !strings.Contains(string(toml), `id = "tinh-mau"`) || !strings.Contains(string(toml), "# Nguồn:") {
		t.Errorf("dataset.toml: %v\n%s", err, toml)
	}
	if _, _, err := run(t, "init", folder); err == nil {
		t.Error("init over an existing folder must fail")
	}
}

// Issue 20, item 7: a dataset.toml problem names a key, not a column, and
// a bad date says how to write one, in both languages.
func TestTOMLProblemNamesAKeyAndTheDateFormat(t *testing.T) {
	dir := exportBundled(t)
	meta := filepath.Join(dir, dataset.FileMeta)
	n := 0
	editLines(t, meta, func(lines []string) {
		for i, l := range lines {
			if strings.HasPrefix(l, "as_of") {
				lines[i], n = `as_of = "01/07/2025"`, i+1
			}
		}
		if n == 0 {
			t.Fatal("no as_of line")
		}
	})
	for lang, want := range map[string]string{
		"en": meta + ":" + strconv.Itoa(n) + `: key as_of: "01/07/2025": bad date: write it as 2025-07-01`,
		"vi": meta + ":" + strconv.Itoa(n) + `: khóa as_of: "01/07/2025": ngày không hợp lệ: hãy viết 2025-07-01`,
	} {
		out, _, err := run(t, "validate", "--lang", lang, dir)
		if err == nil || !strings.Contains(out, want) {
			t.Errorf("validate --lang %s: %v\n%s\nwant a line with %q", lang, err, out, want)
		}
	}
}

// brokenDataset exports the bundled data and breaks pci.csv line 3 (a
// misspelt status) and empties agreements.csv.
func brokenDataset(t *testing.T) string {
	t.Helper()
	dir := exportBundled(t)
	pci := filepath.Join(dir, dataset.FilePCI)
	editLines(t, pci, func(lines []string) {
		lines[2] = strings.Replace(lines[2], ",official,", ",offical,", 1)
	})
	if err := os.WriteFile(filepath.Join(dir, dataset.FileAgreements), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// validate, export and every command's bad --data speak the command's
// --lang; English stays word for word what the loader writes.
func TestProblemsInEachLanguage(t *testing.T) {
	dir := brokenDataset(t)
	pci, agr := filepath.Join(dir, "pci.csv"), filepath.Join(dir, "agreements.csv")
	vi := []string{
		pci + `:3: cột status: trạng thái không hợp lệ "offical": có phải ý bạn là ` + "`official`" + `? (cho phép: official, estimate, preliminary, plan, reported)`,
		agr + ": tệp rỗng",
	}
	en := []string{
		pci + `:3: column status: unknown status "offical": did you mean ` + "`official`" + `? (allowed: official, estimate, preliminary, plan, reported)`,
		agr + ": empty file",
	}
	check := func(name, got string, want []string, n int) {
		t.Helper()
		got = dropCobraError(got)
		lines := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
		if len(lines) != n {
			t.Errorf("%s: %d lines, want %d:\n%s", name, len(lines), n, got)
		}
		for _, w := range want {
			if !strings.Contains(got, w+"\n") {
				t.Errorf("%s lacks %q:\n%s", name, w, got)
			}
		}
	}

	out, _, err := run(t, "validate", "--lang", "vi", dir)
	check("validate --lang vi", out, vi, 2)
	if err == nil || err.Error() != dir+": 2 lỗi" {
		t.Errorf("validate --lang vi: err %v, want %q", err, dir+": 2 lỗi")
	}
	out, _, err = run(t, "validate", "--lang", "en", dir)
	check("validate --lang en", out, en, 2)
	if err == nil || err.Error() != dir+": 2 problems" {
		t.Errorf("validate --lang en: err %v", err)
	}

	for _, args := range [][]string{
		{"render", "--data", dir},
		{"report", "--data", dir},
		{"export", "--out", t.TempDir(), "--data", dir},
		{"--data", dir},
	} {
		name := strings.Join(args[:1], " ")
		stdout, stderr, err := run(t, append(args, "--lang", "vi")...)
		check(name+" --lang vi", stderr, vi, 2)
		if stdout != "" || err == nil || err.Error() != dir+": 2 lỗi, chưa chạy gì" {
			t.Errorf("%s --lang vi: stdout %q, err %v", name, stdout, err)
		}
		_, stderr, err = run(t, append(args, "--lang", "en")...)
		check(name+" --lang en", stderr, en, 2)
		if err == nil || err.Error() != dir+": 2 problems, nothing started" {
			t.Errorf("%s --lang en: err %v", name, err)
		}
	}

	// A missing folder, in both languages.
	nope := filepath.Join(dir, "nope")
	_, stderr, _ := run(t, "render", "--data", nope, "--lang", "vi")
	stderr = dropCobraError(stderr)
	if want := nope + ": không mở được: không có tệp hay thư mục này\n"; stderr != want {
		t.Errorf("missing --data, vi: %q, want %q", stderr, want)
	}
	out, _, _ = run(t, "validate", "--lang", "en", nope)
	if !strings.HasPrefix(out, nope+": cannot open: ") {
		t.Errorf("missing folder, en: %q", out)
	}
}

// The summaries: validate's ok line and export's wrote line.
func TestSummariesInEachLanguage(t *testing.T) {
	out, _, err := run(t, "validate", "--lang", "vi")
	if err != nil || !strings.HasPrefix(out, "ổn: dữ liệu có sẵn: 4 bộ dữ liệu (bac-giang, bac-ninh, bac-ninh-cu, national), ") ||
		!strings.HasSuffix(out, " dòng, không có lỗi\n") {
		t.Errorf("validate --lang vi: %v %q", err, out)
	}
	out, _, err = run(t, "validate", "--lang", "en")
	if err != nil || !strings.HasPrefix(out, "ok: bundled data: 4 datasets (bac-giang, bac-ninh, bac-ninh-cu, national), ") ||
		!strings.HasSuffix(out, " rows, no problems\n") {
		t.Errorf("validate --lang en: %v %q", err, out)
	}
	dir := t.TempDir()
	out, _, err = run(t, "export", "--lang", "vi", "--out", dir)
	if err != nil || out != "đã ghi bac-ninh (csv, 14 tệp) vào "+dir+"\n" {
		t.Errorf("export --lang vi: %v %q", err, out)
	}
	if _, _, err := run(t, "export", "--lang", "vi"); err == nil || err.Error() != "cần --out THƯ_MỤC" {
		t.Errorf("export without --out, vi: %v", err)
	}
	if _, _, err := run(t, "validate", "--lang", "fr"); err == nil {
		t.Error("validate --lang fr accepted")
	}
}

// dropCobraError removes the "error: …" / "lỗi: …" line execute prints
// for the returned error, leaving what the command wrote.
func dropCobraError(s string) string {
	var keep []string
	for _, l := range strings.SplitAfter(s, "\n") {
		if l != "" && !strings.HasPrefix(l, "error: ") && !strings.HasPrefix(l, "lỗi: ") {
			keep = append(keep, l)
		}
	}
	return strings.Join(keep, "")
}
