package dataset

import (
	"errors"
	"strings"
	"testing"
)

// FuzzLoadTOML feeds arbitrary dataset.toml text beside valid tables: Load
// must never panic and must return either a dataset or a non-empty list of
// located problems.
func FuzzLoadTOML(f *testing.F) {
	fx := fixture()
	f.Add(fx[FileMeta])
	f.Add(strings.ReplaceAll(fx[FileMeta], "\n", "\r\n"))
	f.Add("id = \"t\"\n[[headline]]\nvalue = \">\"\n[[headline]]\n")
	f.Add("[name\n")
	f.Add("id = 1\nas_of = 2024\n[[source]]\nid = \"\"\n")
	f.Add("\xEF\xBB\xBF[fdi_countries]\nvalue = \"≈1.2.3\"\n")
	f.Add("x = [[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]\n")
	f.Add(`a = "\e]52;c;eA==\u0007"` + "\nb = '\\e'\nc = \"\"\"\n\\\n  x\\U0000202E\"\"\"\"\nd = '''\n\x1b'''''\n")
	f.Fuzz(func(t *testing.T, text string) {
		files := fixture()
		files[FileMeta] = text
		d, err := load(files)
		checkLoadResult(t, d, err, "")
	})
}

// checkLoadResult is what every fuzz target of the loaders asks of a
// load: a dataset or an error, never both or neither, and an error a
// non-empty Problems whose every problem says what is wrong and names its
// file (file itself when it is not "", the workbook a whole load read).
func checkLoadResult(t *testing.T, d *Dataset, err error, file string) {
	t.Helper()
	if (d == nil) == (err == nil) {
		t.Fatalf("Load must return a dataset or an error, got %v, %v", d, err)
	}
	if err == nil {
		return
	}
	var ps Problems
	if !errors.As(err, &ps) || len(ps) == 0 {
		t.Fatalf("error is not a non-empty Problems: %v", err)
	}
	for _, p := range ps {
		if file == "" && (p.File == "" || p.Msg == "") {
			t.Fatalf("problem without file or message: %+v", p)
		}
		if file != "" && (p.File != file || p.Msg == "") {
			t.Fatalf("problem without the workbook or a message: %+v", p)
		}
	}
}
