package dataset

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// sheetDocs returns the keys documented under each "### Sheet `NAME`"
// heading of data/README.md, in order.
func sheetDocs(readme string) map[string][]string {
	heading := regexp.MustCompile("^### Sheet `([^`]+)`")
	row := regexp.MustCompile("^\\| `([^`]+)` \\|")
	out := map[string][]string{}
	sheet := ""
	for _, line := range strings.Split(readme, "\n") {
		if strings.HasPrefix(line, "#") {
			sheet = ""
			if m := heading.FindStringSubmatch(line); m != nil {
				sheet = m[1]
				out[sheet] = []string{}
			}
			continue
		}
		if m := row.FindStringSubmatch(line); m != nil && sheet != "" {
			out[sheet] = append(out[sheet], m[1])
		}
	}
	return out
}

// data/README.md documents every metadata sheet with exactly its declared
// keys, in order, and no sheet that is not declared.
func TestReadmeDocumentsMetaSheets(t *testing.T) {
	docs := sheetDocs(readReadme(t))
	for _, s := range metaSheets() {
		want := make([]string, len(s.keys))
		for i, k := range s.keys {
			want[i] = k.key
		}
		got, ok := docs[s.name]
		if !ok {
			t.Errorf("%s: no section \"### Sheet `%s`\"", readmePath, s.name)
			continue
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: sheet %s documents %v, declared %v", readmePath, s.name, got, want)
		}
		delete(docs, s.name)
	}
	for name := range docs {
		t.Errorf("%s: sheet %s is documented but not declared", readmePath, name)
	}
	// The check can fail.
	if d := sheetDocs("### Sheet `notes`: x\n\n| `vi` | optional | x |\n"); slices.Equal(d["notes"], []string{"vi", "en"}) {
		t.Error("sheetDocs does not see a missing key")
	}
}
