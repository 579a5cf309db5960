package i18n

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// dynamicPrefixes are key prefixes the code completes at run time (a
// problem code, a plural form); every other key must be written out in
// the code that uses it.
var dynamicPrefixes = []string{"problem.", "cli.problems.", "cli.datasets.", "cli.rows.", "agreements.n."}

// codeLiterals returns every string literal that looks like a key in the
// repository's Go files outside the catalogue tables.
func codeLiterals(t *testing.T) map[string]bool {
	t.Helper()
	lit := regexp.MustCompile(`"([a-z0-9_]+(?:\.[a-z0-9_]+)*\.?)"`)
	out := map[string]bool{}
	err := filepath.WalkDir("../..", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(p, ".go") || (filepath.Base(filepath.Dir(p)) == "i18n" && strings.HasPrefix(d.Name(), "catalog")) {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, m := range lit.FindAllStringSubmatch(string(b), -1) {
			out[m[1]] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// Every catalogue key is used: a key no code names is a string nobody
// maintains (the plain and report rewrites left dozens behind).
func TestNoDeadKeys(t *testing.T) {
	lits := codeLiterals(t)
	for k := range catalog {
		if lits[k] {
			continue
		}
		used := false
		for _, p := range dynamicPrefixes {
			used = used || strings.HasPrefix(k, p)
		}
		parts := strings.Split(k, ".")
		for i := 1; i < len(parts) && !used; i++ {
			used = lits[strings.Join(parts[:i], ".")+"."]
		}
		if !used {
			t.Errorf("catalogue key %q is used nowhere", k)
		}
	}
}

// Every key the code names literally through T or Tf is in the
// catalogue: a missing key fails here, not on a user's screen as "!key".
func TestCodeKeysExist(t *testing.T) {
	call := regexp.MustCompile(`\.(?:T|Tf)\("([a-z0-9_.]+)"`)
	err := filepath.WalkDir("../..", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == ".git" {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, m := range call.FindAllStringSubmatch(string(b), -1) {
			if _, ok := catalog[m[1]]; !ok && !strings.HasSuffix(m[1], ".") {
				t.Errorf("%s: key %q is not in the catalogue", p, m[1])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
