package report

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/dataset/datasettest"
	"github.com/provdash/provdash/internal/i18n"
)

var update = flag.Bool("update", false, "rewrite the golden reports")

// The report of the bundled dataset in each language matches its golden
// file (go test ./internal/report -update rewrites them; read the diff).
func TestGolden(t *testing.T) {
	d := datasettest.Bundled(t)
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		got := Markdown(content.Single(d), i18n.New(lang))
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

// Every [n] citation is a source in the numbered list, every source is
// listed once ("- [n] Title", never "n. [n]"), every footnote reference has
// its definition, and every table row has as many cells as its header.
func TestStructure(t *testing.T) {
	d := datasettest.Bundled(t)
	md := Markdown(content.Single(d), i18n.New(i18n.EN))
	for _, m := range regexp.MustCompile(`\[(\d+)\]`).FindAllStringSubmatch(md, -1) {
		if !strings.Contains(md, "\n- ["+m[1]+"] ") {
			t.Errorf("citation [%s] has no source entry", m[1])
		}
	}
	for i, s := range d.Sources {
		entry := "\n- [" + itoa(i+1) + "] " + s.Title
		if n := strings.Count(md, entry); n != 1 {
			t.Errorf("source %d (%s) listed %d times", i+1, s.ID, n)
		}
	}
	if regexp.MustCompile(`(?m)^\d+\. \[\d+\]`).MatchString(md) {
		t.Error("a source is numbered twice (n. [n])")
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
	for _, want := range []string{"| 2024[^", "| 13.85% ~ |", "| 2017[^", "| 4th of 63 [9] |", "USD 459.38 m", "## Sources", "—"} {
		if !strings.Contains(md, want) {
			t.Errorf("report lacks %q", want)
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// A gap is "—", never 0, its note a footnote on the row, and an empty
// dataset still gives a readable report: every empty section says so.
func TestGapsAndEmpty(t *testing.T) {
	d := &dataset.Dataset{ID: "x", Name: dataset.Text{VI: "X", EN: "X"}, AsOf: "2025",
		Sources: []dataset.Source{{ID: "s", Title: "S"}},
		Growth:  []dataset.GrowthRow{{Year: 2020, Meta: dataset.Meta{Note: dataset.Text{EN: "not published"}}}}}
	d.BuildIndex()
	loc := i18n.New(i18n.EN)
	md := Markdown(content.Single(d), loc)
	if !strings.Contains(md, "| 2020[^1] | — | — | — | — | — |") || !strings.Contains(md, "[^1]: not published") {
		t.Fatalf("gap row wrong:\n%s", md)
	}
	if strings.Contains(md, "| 0") {
		t.Fatalf("a gap printed as 0:\n%s", md)
	}
	empty := 0
	for _, tab := range content.Default().Tabs() {
		for _, s := range tab.Page(content.Single(d), loc).Sections {
			if len(s.Rows) > 0 {
				continue
			}
			empty++
			_, after, _ := strings.Cut(md, "### "+s.Title+"\n")
			body, _, _ := strings.Cut(after, "\n#")
			if !strings.Contains(body, "\n"+s.Empty+"\n") {
				t.Errorf("empty section %s does not say %q", s.ID, s.Empty)
			}
		}
	}
	if empty < 5 {
		t.Fatalf("only %d empty sections in an empty dataset", empty)
	}
}

// A headline marked approx = true whose value has no "≈" is still "about"
// that figure: the dashboard and --plain print "≈", so must the report.
func TestHeadlineApproxFlag(t *testing.T) {
	d := datasettest.Bundled(t)
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
		md := Markdown(content.Single(&cp), loc)
		want := loc.Fig(dataset.Num{V: cp.Headline[i].Value.V, Dec: cp.Headline[i].Value.Dec, OK: true, Qual: dataset.QualApprox}, dataset.UnitHa)
		if !strings.Contains(md, "| "+want) {
			t.Errorf("%s: report lacks %q for an approx headline", lang, want)
		}
	}
}

// Each tab's chapter of the report cites exactly the sources of the
// sections it prints (a section shared with an earlier tab is printed and
// cited there), the merger notice before the first chapter cites the
// overview's notice sources, and TabSources is the page's own source set:
// the report cites a figure as the dashboard does, on the bundled data and
// on synthetic provinces.
func TestCitesMatchPage(t *testing.T) {
	sets := append([]*dataset.Dataset{datasettest.Bundled(t)}, datasettest.Loaded(t, 4, 12)...)
	for _, d := range sets {
		for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
			loc := i18n.New(lang)
			md := Markdown(content.Single(d), loc)
			body, _, ok := strings.Cut(md, "\n## "+phrase("dataset_note")[langIndex(lang)]+"\n")
			if !ok {
				body, _, _ = strings.Cut(md, "\n## "+phrase("sources")[langIndex(lang)]+"\n")
			}
			chapters := strings.Split(body, "\n## ")
			tabs := content.Default().Tabs()
			if len(chapters) != len(tabs)+1 {
				t.Fatalf("%s %s: %d chapters for %d tabs", d.ID, lang, len(chapters)-1, len(tabs))
			}
			var printed []string
			for i, tab := range tabs {
				p := tab.Page(content.Single(d), loc)
				text := chapters[i+1]
				var want []string
				if i == 0 {
					text = chapters[0] + text
				}
				for _, n := range p.Notices {
					want = append(want, n.Cite...)
				}
				for _, s := range p.Sections {
					if slices.Contains(printed, s.ID) {
						continue
					}
					printed = append(printed, s.ID)
					for _, r := range s.Rows {
						want = append(want, r.Cites()...)
					}
				}
				if msg := datasettest.SetDiff(datasettest.CitedSet(d, text), datasettest.KnownSet(d, want)); msg != "" {
					t.Errorf("%s %s %s chapter: %s", d.ID, lang, tab.ID, msg)
				}
				ids, err := TabSources(content.Single(d), loc, tab.ID)
				if err != nil {
					t.Fatal(err)
				}
				if msg := datasettest.SetDiff(datasettest.KnownSet(d, ids), datasettest.KnownSet(d, p.Sources())); msg != "" || len(ids) != len(datasettest.KnownSet(d, ids)) {
					t.Errorf("%s %s %s TabSources %v: %s", d.ID, lang, tab.ID, ids, msg)
				}
			}
		}
	}
	if _, err := TabSources(content.Single(sets[0]), i18n.New(i18n.EN), "pci"); err == nil {
		t.Error("TabSources of an unknown tab: no error")
	}
}

// diff finds a section that drops its sources: the check above can fail.
func TestDiffFindsDroppedSource(t *testing.T) {
	if datasettest.SetDiff(map[string]bool{"a": true}, map[string]bool{"a": true, "b": true}) == "" {
		t.Error("a dropped source went unnoticed")
	}
	if datasettest.SetDiff(map[string]bool{"a": true, "c": true}, map[string]bool{"a": true}) == "" {
		t.Error("an extra source went unnoticed")
	}
}

func langIndex(l i18n.Lang) int {
	if l == i18n.VI {
		return 0
	}
	return 1
}

// Finding 7: the Markdown report of a dataset that skipped Load's checks
// carries no escape, control or bidi character from it (no ESC at all).
func TestHostileDataIsCleaned(t *testing.T) {
	d := datasettest.Hostile(datasettest.Bundled(t))
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		out := Markdown(content.Single(d), i18n.New(lang))
		if bad := datasettest.Unsafe(out, false); bad != "" {
			t.Errorf("%s: %s", lang, bad)
		}
	}
}
