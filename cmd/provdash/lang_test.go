package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/dataset"
)

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
