package dataset_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/dataset/datasettest"
)

// lineageCollection is the bundled collection as files, each province's
// dataset.toml passed through edit (by id) first.
func lineageCollection(t *testing.T, edit map[string]func(string) string) fstest.MapFS {
	t.Helper()
	sets := datasettest.BundledSets(t)
	fsys := fstest.MapFS{}
	for _, d := range sets {
		files, err := d.ExportCSV()
		if err != nil {
			t.Fatal(err)
		}
		for name, b := range files {
			if f := edit[d.ID]; f != nil && name == dataset.FileMeta {
				b = []byte(f(string(b)))
			}
			fsys["c/"+d.ID+"/"+name] = &fstest.MapFile{Data: b}
		}
	}
	return fsys
}

// Each way the two ends of a lineage can disagree is a problem naming
// both files; a collection that lacks one end is fine.
func TestLineageValidation(t *testing.T) {
	repl := func(old, new string) func(string) string {
		return func(s string) string {
			if !strings.Contains(s, old) {
				t.Fatalf("fixture lacks %q", old)
			}
			return strings.Replace(s, old, new, 1)
		}
	}
	cases := []struct {
		name string
		edit map[string]func(string) string
		code string
		want []string // in the problem line
	}{
		{"date differs", map[string]func(string) string{"bac-giang": repl(`date = "2025-07-01"`, `date = "2025-06-30"`)},
			dataset.CodeLineageDate, []string{"bac-ninh/dataset.toml", "bac-giang/dataset.toml", "2025-06-30"}},
		{"predecessor became another", map[string]func(string) string{"bac-giang": repl("[lineage.became]\nid = \"bac-ninh\"", "[lineage.became]\nid = \"ha-noi\"")},
			dataset.CodeLineageBecameOther, []string{"bac-ninh/dataset.toml", "bac-giang/dataset.toml", `"ha-noi"`}},
		{"successor does not list it", map[string]func(string) string{"bac-ninh": repl("[[lineage.formed_from]]\nid = \"bac-ninh-cu\"", "[[lineage.formed_from]]\nid = \"vinh-phuc\"")},
			dataset.CodeLineageNotListed, []string{"bac-ninh-cu/dataset.toml", "bac-ninh/dataset.toml"}},
		{"itself", map[string]func(string) string{"bac-giang": repl("[lineage.became]\nid = \"bac-ninh\"", "[lineage.became]\nid = \"bac-giang\"")},
			dataset.CodeLineageSelf, []string{"bac-giang/dataset.toml"}},
		{"named twice", map[string]func(string) string{"bac-ninh": repl("[[lineage.formed_from]]\nid = \"bac-ninh-cu\"", "[[lineage.formed_from]]\nid = \"bac-giang\"")},
			dataset.CodeLineageRepeat, []string{"bac-ninh/dataset.toml"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sets, err := dataset.LoadCollection(lineageCollection(t, c.edit), "c")
			if err == nil {
				t.Fatalf("loaded %d datasets despite the disagreement", len(sets))
			}
			ps, _ := err.(dataset.Problems)
			found := false
			for _, p := range ps {
				if p.Code != c.code {
					continue
				}
				found = true
				for _, w := range c.want {
					if !strings.Contains(p.String(), w) {
						t.Errorf("%s lacks %q", p, w)
					}
				}
			}
			if !found {
				t.Errorf("want a %s problem, got:\n%v", c.code, err)
			}
		})
	}
	// The collection as bundled, and without one end, loads.
	full := lineageCollection(t, nil)
	if _, err := dataset.LoadCollection(full, "c"); err != nil {
		t.Fatalf("bundled collection: %v", err)
	}
	for name := range full {
		if strings.HasPrefix(name, "c/bac-ninh/") {
			delete(full, name)
		}
	}
	sets, err := dataset.LoadCollection(full, "c")
	if err != nil || len(sets) != 3 { // two provinces and the national table
		t.Fatalf("a collection without the successor: %d datasets, %v", len(sets), err)
	}
}

// Mergers that go round in a circle are refused, naming the circle.
func TestLineageCycle(t *testing.T) {
	a := &dataset.Dataset{ID: "a", Lineage: dataset.Lineage{Became: dataset.Link{ID: "b"}, FormedFrom: []dataset.Link{{ID: "b"}}}}
	b := &dataset.Dataset{ID: "b", Lineage: dataset.Lineage{Became: dataset.Link{ID: "a"}, FormedFrom: []dataset.Link{{ID: "a"}}}}
	ps := dataset.CheckLineage([]*dataset.Dataset{a, b}, func(id string) string { return id + "/dataset.toml" })
	found := false
	for _, p := range ps {
		if p.Code == dataset.CodeLineageCycle && strings.Contains(p.String(), "a → b → a") {
			found = true
		}
	}
	if !found || len(ps) == 0 {
		t.Fatalf("a circle of mergers: %v", ps)
	}
}
