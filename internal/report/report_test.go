package report

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/provdash/provdash/data"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
)

var update = flag.Bool("update", false, "rewrite the golden reports")

func bundled(t *testing.T) *dataset.Dataset {
	t.Helper()
	d, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// The report of the bundled dataset in each language matches its golden
// file (go test ./internal/report -update rewrites them; read the diff).
func TestGolden(t *testing.T) {
	d := bundled(t)
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		got := Markdown(d, i18n.New(lang))
		path := filepath.Join("testdata", "bac-giang."+string(lang)+".md")
		if *update {
			if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if got != string(want) {
			t.Errorf("%s: report differs from golden (run with -update and review the diff)", path)
		}
	}
}

// Every [n] citation is a source in the numbered list, every footnote
// reference has its definition, and every table row has as many cells as
// its header.
func TestStructure(t *testing.T) {
	d := bundled(t)
	md := Markdown(d, i18n.New(i18n.EN))
	for _, m := range regexp.MustCompile(`\[(\d+)\]`).FindAllStringSubmatch(md, -1) {
		if !strings.Contains(md, "\n- ["+m[1]+"] ") {
			t.Errorf("citation [%s] has no source entry", m[1])
		}
	}
	refs := regexp.MustCompile(`\[\^(\d+)\][^:]`).FindAllStringSubmatch(md, -1)
	if len(refs) == 0 {
		t.Fatal("no footnotes: the notes disclosing conflicting values are missing")
	}
	for _, m := range refs {
		if !strings.Contains(md, "\n[^"+m[1]+"]: ") {
			t.Errorf("footnote %s has no definition", m[1])
		}
	}
	cols := 0
	for _, line := range strings.Split(md, "\n") {
		if !strings.HasPrefix(line, "|") {
			cols = 0
			continue
		}
		n := strings.Count(strings.ReplaceAll(line, `\|`, ""), "|")
		if cols == 0 {
			cols = n
		} else if n != cols {
			t.Errorf("row has %d separators, header %d: %s", n, cols, line)
		}
	}
	// Sources numbered as on screen: the 16th source is cited as [16].
	s, n, _ := d.SourceByID(d.Growth[len(d.Growth)-1].Source)
	if !strings.Contains(md, "\n- ["+itoa(n)+"] "+s.Title) {
		t.Errorf("source %d (%s) not listed under its number", n, s.ID)
	}
	for _, want := range []string{"| 2024 | 13.85", "≈6,400 ?", "## Sources", "—"} {
		if !strings.Contains(md, want) {
			t.Errorf("report lacks %q", want)
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// A gap is "—", never 0, and an empty dataset still gives a readable report.
func TestGapsAndEmpty(t *testing.T) {
	d := &dataset.Dataset{ID: "x", Name: dataset.Text{VI: "X", EN: "X"}, AsOf: "2025",
		Sources: []dataset.Source{{ID: "s", Title: "S"}},
		Growth:  []dataset.GrowthRow{{Year: 2020, Meta: dataset.Meta{Note: dataset.Text{EN: "not published"}}}}}
	d.BuildIndex()
	md := Markdown(d, i18n.New(i18n.EN))
	if !strings.Contains(md, "| 2020 | —[^1] | — | — | — | — |") || !strings.Contains(md, "[^1]: not published") {
		t.Fatalf("gap row wrong:\n%s", md)
	}
	if strings.Contains(md, "| 0") {
		t.Fatalf("a gap printed as 0:\n%s", md)
	}
	if strings.Count(md, "No figures.") < 5 {
		t.Fatalf("empty tables must say so:\n%s", md)
	}
}

// A headline marked approx = true whose value has no "≈" is still "about"
// that figure: the dashboard and --plain print "≈", so must the report.
func TestHeadlineApproxFlag(t *testing.T) {
	d := bundled(t)
	cp := *d
	cp.Headline = append([]dataset.Headline(nil), d.Headline...)
	i := -1
	for j, h := range cp.Headline {
		if h.Value.OK && h.Value.Qual == "" && h.Unit == dataset.UnitHa {
			i = j
			break
		}
	}
	if i < 0 {
		t.Fatal("no plain ha headline in the bundled data")
	}
	cp.Headline[i].Approx = true
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		loc := i18n.New(lang)
		md := Markdown(&cp, loc)
		want := loc.Fig(dataset.Num{V: cp.Headline[i].Value.V, Dec: cp.Headline[i].Value.Dec, OK: true, Qual: dataset.QualApprox}, dataset.UnitHa)
		if !strings.Contains(md, "| "+want) {
			t.Errorf("%s: report lacks %q for an approx headline", lang, want)
		}
	}
}
