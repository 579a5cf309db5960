package main

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/dataset"
)

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
