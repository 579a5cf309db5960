package dataset

import (
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// readmePath is the format documentation for people who edit datasets.
const readmePath = "../../data/README.md"

// commonSection is the data/README.md heading of the columns every table
// has; parseReadme files them under "".
const commonSection = "### Every table"

// docCol is one row of a column table in data/README.md.
type docCol struct {
	mark    string // the "cell" column: required, optional, …
	meaning string
	line    int
}

// parseReadme returns the column tables of data/README.md by file name:
// the rows of the table under each "### `FILE.csv`…" heading, and those
// under commonSection as "". A column documented twice in one section is
// a problem.
func parseReadme(text string) (map[string]map[string]docCol, []string) {
	fileHeading := regexp.MustCompile("^### `([^`]+\\.csv)`")
	codeName := regexp.MustCompile("^`([^`]+)`$")
	out := map[string]map[string]docCol{}
	var problems []string
	section, inSection, fenced := "", false, false
	for i, line := range strings.Split(text, "\n") {
		switch {
		case strings.HasPrefix(line, "```"):
			fenced = !fenced
			continue
		case fenced:
			continue
		case strings.HasPrefix(line, "#"):
			inSection = true
			if m := fileHeading.FindStringSubmatch(line); m != nil {
				section = m[1]
			} else if strings.TrimSpace(line) == commonSection {
				section = ""
			} else {
				inSection = false
			}
			if inSection && out[section] == nil {
				out[section] = map[string]docCol{}
			}
			continue
		case !inSection || !strings.HasPrefix(line, "|"):
			continue
		}
		cells := strings.Split(strings.Trim(strings.TrimSpace(line), "|"), "|")
		if len(cells) < 3 {
			continue
		}
		m := codeName.FindStringSubmatch(strings.TrimSpace(cells[0]))
		if m == nil {
			continue // the header row and the |---| row
		}
		if prev, dup := out[section][m[1]]; dup {
			problems = append(problems, fmt.Sprintf("line %d: column %s documented twice (also line %d)", i+1, m[1], prev.line))
		}
		out[section][m[1]] = docCol{mark: strings.TrimSpace(cells[1]), meaning: strings.Join(cells[2:], "|"), line: i + 1}
	}
	return out, problems
}

// readmeMismatches compares the column tables of readme with the declared
// tables: every declared column documented with its presence mark and,
// for a column of a closed vocabulary, every allowed value; no column
// documented that is not declared.
func readmeMismatches(readme string, ts []table) []string {
	docs, problems := parseReadme(readme)
	common, ok := docs[""]
	if !ok {
		problems = append(problems, fmt.Sprintf("no %q section listing the columns of every table", commonSection))
	}
	declared := map[string]bool{}
	for _, t := range ts {
		file := t.fileName()
		declared[file] = true
		own, ok := docs[file]
		if !ok {
			problems = append(problems, fmt.Sprintf("%s: no section \"### `%s`\" with its columns", file, file))
			continue
		}
		doc := map[string]docCol{}
		for name, c := range common {
			doc[name] = c
		}
		for name, c := range own {
			if _, dup := common[name]; dup {
				problems = append(problems, fmt.Sprintf("line %d: %s: column %s is already in %q", c.line, file, name, commonSection))
			}
			doc[name] = c
		}
		cols := t.columns()
		for _, c := range cols {
			d, ok := doc[c.name]
			if !ok {
				problems = append(problems, fmt.Sprintf("%s: column %s is declared but not documented (add | `%s` | %s | … |)", file, c.name, c.name, c.presence.mark()))
				continue
			}
			if d.mark != c.presence.mark() {
				problems = append(problems, fmt.Sprintf("line %d: %s: column %s is marked %q, declared %q", d.line, file, c.name, d.mark, c.presence.mark()))
			}
			for _, v := range c.allowed {
				if !strings.Contains(d.meaning, "`"+v+"`") {
					problems = append(problems, fmt.Sprintf("line %d: %s: column %s does not list the value `%s`", d.line, file, c.name, v))
				}
			}
		}
		for name, d := range doc {
			if !slices.ContainsFunc(cols, func(c colDecl) bool { return c.name == name }) {
				problems = append(problems, fmt.Sprintf("line %d: %s: column %s is documented but not declared", d.line, file, name))
			}
		}
	}
	for file := range docs {
		if file != "" && !declared[file] {
			problems = append(problems, fmt.Sprintf("section for %s, which is not a declared table", file))
		}
	}
	slices.Sort(problems)
	return problems
}

func readReadme(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(readmePath)
	if err != nil {
		t.Fatalf("read the format documentation: %v", err)
	}
	return string(b)
}

// data/README.md documents exactly the declared columns of every table,
// with the same required/optional marks and every allowed value.
func TestReadmeDocumentsColumns(t *testing.T) {
	for _, p := range readmeMismatches(readReadme(t), tables()) {
		t.Errorf("%s: %s", readmePath, p)
	}
}

// The check above catches each kind of drift between the declaration and
// data/README.md.
func TestReadmeMismatchesCatchDrift(t *testing.T) {
	readme := readReadme(t)
	edit := func(old, new string) string {
		t.Helper()
		if !strings.Contains(readme, old) {
			t.Fatalf("data/README.md no longer contains %q", old)
		}
		return strings.Replace(readme, old, new, 1)
	}
	withColour := func() []table {
		ts := tables()
		g := ts[0].(*tableOf[GrowthRow])
		g.fields = append(slices.Clone(g.fields), textField("colour", optional, func(g *GrowthRow) *string { return &g.RankSource }))
		return ts
	}
	for _, tc := range []struct {
		name   string
		readme string
		tables []table
		want   string
	}{
		{"declared, not documented", readme, withColour(), "grdp_growth.csv: column colour is declared but not documented"},
		{"documented, not declared", edit("| `score` | optional |", "| `colour` | optional | red |\n| `score` | optional |"), tables(),
			"pci.csv: column colour is documented but not declared"},
		{"mark differs", edit("| `national_note_en` | optional, may be left out |", "| `national_note_en` | optional |"), tables(),
			`grdp_growth.csv: column national_note_en is marked "optional", declared "optional, may be left out"`},
		{"required marked optional", edit("| `stage` | required |", "| `stage` | optional |"), tables(),
			`zones.csv: column stage is marked "optional", declared "required"`},
		{"common column missing", edit("| `note_en` | optional | the same note in English. |\n", ""), tables(),
			"agreements.csv: column note_en is declared but not documented"},
		{"allowed value missing", edit("`new_added`, ", ""), tables(), "fdi_year.csv: column definition does not list the value `new_added`"},
		{"table missing", edit("### `pci.csv`", "### PCI"), tables(), "pci.csv: no section"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := readmeMismatches(tc.readme, tc.tables)
			if !slices.ContainsFunc(got, func(p string) bool { return strings.Contains(p, tc.want) }) {
				t.Errorf("want a problem containing %q, got %q", tc.want, got)
			}
		})
	}
}

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
