package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

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
