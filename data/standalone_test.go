package data

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestRepositoryStandsAlone: whoever clones the repository finds every
// reference inside it. No source file, comment, test or data note names a
// design document or research notes kept beside the repository.
func TestRepositoryStandsAlone(t *testing.T) {
	outside := regexp.MustCompile(`DESIGN\.md|\bresearch/|\.\./shared|shared/research`)
	root := ".."
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if d.Name() == ".git" || (d.Name() == "testdata" && strings.Contains(p, "fuzz")) {
				return filepath.SkipDir
			}
			return nil
		}
		switch filepath.Ext(p) {
		case ".go", ".md", ".toml", ".csv", ".sh", "":
		default:
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for i, line := range strings.Split(string(b), "\n") {
			if strings.HasSuffix(p, "standalone_test.go") {
				break // this file names the pattern it looks for
			}
			if outside.MatchString(line) {
				t.Errorf("%s:%d refers outside the repository: %s", p, i+1, strings.TrimSpace(line))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
