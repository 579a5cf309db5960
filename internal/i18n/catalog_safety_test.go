package i18n

import (
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/provdash/provdash/internal/dataset"
)

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
