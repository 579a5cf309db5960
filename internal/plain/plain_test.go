package plain_test

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/dataset/datasettest"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/plain"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// forbidden reports the first character plain text must not carry: an
// escape sequence, box drawing, block elements or braille.
func forbidden(s string) (rune, bool) {
	for _, r := range s {
		switch {
		case r == 0x1b, r >= 0x2500 && r <= 0x257F, r >= 0x2580 && r <= 0x259F, r >= 0x2800 && r <= 0x28FF:
			return r, true
		}
	}
	return 0, false
}

// key sentences and cells each tab must say, per language: the sentences
// are built from the content rows (a figure list, a notice, the notes), the
// cells are the dashboard's own, rank citations included.
var keys = map[i18n.Lang]map[string][]string{
	i18n.VI: {
		"overview":   {"Tăng trưởng GRDP 2024: 13,85 % (ước tính), đứng thứ 1/63 [16].", "Số liệu đến 01/07/2025.", "Bắc Giang hợp nhất vào tỉnh Bắc Ninh", "FDI cấp mới 2024: 459,38 triệu USD [1].", "Quy mô kinh tế 2024: ≈8,6 tỷ USD (ước tính), đứng thứ 12/63 [1].", "thứ 4 [17]", "~ ước tính/sơ bộ"},
		"gdp":        {"thứ 4/63 [9]", "thứ 15/63 [12]", "−3,32 %", "Quy mô GRDP (giá hiện hành)", "2022: Cao nhất từ trước tới nay."},
		"fdi":        {"Số quốc gia và vùng lãnh thổ có dự án: >30, thời điểm 2025 [1].", "ghi 73 dự án FDI cấp mới", "Mỗi bảng một định nghĩa; các định nghĩa không cộng hay so sánh với nhau.", ">3.300 triệu USD"},
		"zones":      {"2.720,72 ha", "Tỷ lệ lấp đầy tại ngày ghi bên cạnh.", "Chủ đầu tư hạ tầng", "không rõ"},
		"agreements": {"2021–2025", "chưa tìm thấy", "Thỏa thuận hợp tác quốc tế"},
	},
	i18n.EN: {
		"overview":   {"GRDP growth 2024: 13.85% (estimate), ranked 1st of 63 [16].", "Data as of 1 Jul 2025.", "Bắc Giang merged into Bắc Ninh province", "Size of the economy 2024: ≈USD 8.6 bn (estimate), ranked 12th of 63 [1]."},
		"gdp":        {"4th of 63 [9]", "−3.32%", "GRDP size (current prices)"},
		"fdi":        {"Countries and territories with projects: >30, as of 2025 [1].", "One table per definition; definitions are never summed or compared."},
		"zones":      {"2,720.72 ha", "not found"},
		"agreements": {"2021–2025", "Chungcheongnam"},
	},
}

// TestTabs: every tab in both languages at 80 columns and unwrapped has no
// forbidden character, keeps the width, says its key sentences and ends
// with its numbered source list.
func TestTabs(t *testing.T) {
	d := datasettest.Bundled(t)
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		loc := i18n.New(lang)
		for _, tab := range content.Default().IDs() {
			for _, width := range []int{80, 0, 40} {
				s, err := plain.Tab(content.Single(d), loc, tab, width)
				if err != nil {
					t.Fatalf("%s %s %d: %v", lang, tab, width, err)
				}
				if r, bad := forbidden(s); bad {
					t.Errorf("%s %s %d: forbidden character %U", lang, tab, width, r)
				}
				if strings.Contains(s, "\u00a0") || strings.Contains(s, "!plain.") {
					t.Errorf("%s %s %d: non-breaking space or missing string left in", lang, tab, width)
				}
				lines := strings.Split(s, "\n")
				for i, l := range lines {
					if width > 0 && lipgloss.Width(l) > width {
						t.Errorf("%s %s %d: line %d is %d cells: %q", lang, tab, width, i+1, lipgloss.Width(l), l)
					}
				}
				joined := strings.Join(strings.Fields(s), " ")
				for _, k := range keys[lang][tab] {
					if !strings.Contains(joined, k) {
						t.Errorf("%s %s %d: missing %q", lang, tab, width, k)
					}
				}
				checkSources(t, d, loc, s, lang, tab, width)
			}
		}
	}
}

// checkSources: the text ends with the source heading and a list in which
// every cited [n] has its entry with the dataset's title.
func checkSources(t *testing.T, d *dataset.Dataset, loc *i18n.Locale, s string, lang i18n.Lang, tab string, width int) {
	t.Helper()
	head := "\n" + loc.T("plain.sources") + "\n"
	i := strings.LastIndex(s, head)
	if i < 0 {
		t.Errorf("%s %s %d: no source list", lang, tab, width)
		return
	}
	body, list := s[:i], strings.Join(strings.Fields(s[i:]), " ")
	n := 0
	for num, src := range d.Sources {
		ref := "[" + strconv.Itoa(num+1) + "]"
		if !strings.Contains(body, ref) {
			continue
		}
		n++
		entry := ref + " " + strings.Join(strings.Fields(src.Title), " ")
		if !strings.Contains(list, entry) {
			t.Errorf("%s %s %d: %s cited but not listed as %q", lang, tab, width, ref, entry)
		}
	}
	if n == 0 {
		t.Errorf("%s %s %d: cites no source", lang, tab, width)
	}
}

// TestGapIsDash: a year without a provincial figure shows "—" in the
// growth table, never 0, and a park without occupancy shows "—".
func TestGapIsDash(t *testing.T) {
	d := datasettest.Bundled(t)
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		s, err := plain.Tab(content.Single(d), i18n.New(lang), "gdp", 0)
		if err != nil {
			t.Fatal(err)
		}
		row := lineStarting(s, "2010 ")
		f := strings.Fields(row)
		if len(f) < 2 || f[1] != i18n.Gap {
			t.Errorf("%s: 2010 row should show a gap: %q", lang, row)
		}
		if strings.Contains(row, " 0") {
			t.Errorf("%s: 2010 row shows a zero: %q", lang, row)
		}
		z, err := plain.Tab(content.Single(d), i18n.New(lang), "zones", 0)
		if err != nil {
			t.Fatal(err)
		}
		if row := lineStarting(z, "Yên Lư "); !strings.Contains(row, "  "+i18n.Gap+"  ") {
			t.Errorf("%s: Yên Lư has no occupancy: %q", lang, row)
		}
	}
}

func lineStarting(s, prefix string) string {
	for _, l := range strings.Split(s, "\n") {
		if strings.HasPrefix(l, prefix) {
			return l
		}
	}
	return ""
}

// TestFDINeverMixed: each definition has its own table, under its own
// heading and in the page's order, holding exactly that definition's rows.
func TestFDINeverMixed(t *testing.T) {
	d := datasettest.Bundled(t)
	loc := i18n.New(i18n.VI)
	s, err := plain.Tab(content.Single(d), loc, "fdi", 0)
	if err != nil {
		t.Fatal(err)
	}
	tab, _ := content.Default().Lookup("fdi")
	var parts []content.Section
	for _, sec := range tab.Page(content.Single(d), loc).Sections {
		if strings.HasPrefix(sec.ID, "fdi.by_year.") {
			parts = append(parts, sec)
		}
	}
	if len(parts) < 2 {
		t.Fatalf("%d FDI definitions in the bundled data", len(parts))
	}
	at := make([]int, len(parts)+1)
	for i, sec := range parts {
		at[i] = strings.Index(s, "\n"+sec.Title+"\n")
		if at[i] < 0 || i > 0 && at[i] < at[i-1] {
			t.Fatalf("heading %q missing or out of order", sec.Title)
		}
	}
	at[len(parts)] = strings.Index(s, "\n"+loc.T("plain.sources")+"\n")
	for i, sec := range parts {
		text := s[at[i]:at[i+1]]
		rows := 0
		for _, l := range strings.Split(text, "\n") {
			for _, r := range sec.Rows {
				if strings.HasPrefix(l, r.Label+"  ") {
					rows++
				}
			}
		}
		if rows != len(sec.Rows) {
			t.Errorf("%s: %d of its %d rows under its heading:\n%s", sec.ID, rows, len(sec.Rows), text)
		}
	}
	i := slices.IndexFunc(parts, func(p content.Section) bool { return p.ID == "fdi.by_year.converted" })
	if i < 0 {
		t.Fatal("no converted section")
	}
	if text := s[at[i]:at[i+1]]; !strings.Contains(text, ">3.300 triệu USD") || strings.Contains(text, ">3.000 triệu USD") {
		t.Errorf("converted section holds the wrong rows:\n%s", text)
	}
}

func TestErrors(t *testing.T) {
	d := datasettest.Bundled(t)
	if _, err := plain.Tab(content.Single(d), i18n.New(i18n.VI), "pci", 80); err == nil {
		t.Error("unknown tab: no error")
	}
	if _, err := plain.Tab(content.Single(nil), i18n.New(i18n.VI), "gdp", 80); err == nil {
		t.Error("nil dataset: no error")
	}
}

// TestNarrow: no width from 1 to 120 breaks the width rule or panics.
func TestNarrow(t *testing.T) {
	d := datasettest.Bundled(t)
	loc := i18n.New(i18n.VI)
	for _, tab := range content.Default().IDs() {
		for w := 1; w <= 120; w += 7 {
			s, err := plain.Tab(content.Single(d), loc, tab, w)
			if err != nil {
				t.Fatal(err)
			}
			for _, l := range strings.Split(s, "\n") {
				if lipgloss.Width(l) > w {
					t.Fatalf("%s at %d: %q is %d cells", tab, w, l, lipgloss.Width(l))
				}
			}
		}
	}
}

// TestGolden: each tab in Vietnamese at 80 columns matches its golden file
// (run with -update and read the diff).
func TestGolden(t *testing.T) {
	d := datasettest.Bundled(t)
	for _, tab := range content.Default().IDs() {
		s, err := plain.Tab(content.Single(d), i18n.New(i18n.VI), tab, 80)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join("testdata", tab+".vi.80.golden")
		if *update {
			if err := os.MkdirAll("testdata", 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, []byte(s+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if string(want) != s+"\n" {
			t.Errorf("%s differs from its golden (run with -update and review the diff)", path)
		}
	}
}

// TestCitesMatchPage: for every tab, on the bundled data and on synthetic
// provinces, in both languages, wrapped and unwrapped, the [n] the text
// cites above its source list, the entries of that list and TabSources are
// each exactly the sources the tab's content page cites: plain mode cites
// a figure as the dashboard does, neither dropping nor adding a source.
func TestCitesMatchPage(t *testing.T) {
	sets := append([]*dataset.Dataset{datasettest.Bundled(t)}, datasettest.Loaded(t, 4, 12)...)
	for _, d := range sets {
		for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
			loc := i18n.New(lang)
			for _, tab := range content.Default().Tabs() {
				want := datasettest.KnownSet(d, tab.Page(content.Single(d), loc).Sources())
				for _, width := range []int{0, 80} {
					s, err := plain.Tab(content.Single(d), loc, tab.ID, width)
					if err != nil {
						t.Fatal(err)
					}
					i := strings.LastIndex(s, "\n"+loc.T("plain.sources")+"\n")
					if i < 0 {
						t.Fatalf("%s %s %s: no source list", d.ID, lang, tab.ID)
					}
					if msg := datasettest.SetDiff(datasettest.CitedSet(d, s[:i]), want); msg != "" {
						t.Errorf("%s %s %s %d: text %s", d.ID, lang, tab.ID, width, msg)
					}
					listed := map[string]bool{}
					for _, l := range strings.Split(s[i:], "\n") {
						if m := regexp.MustCompile(`^\[(\d+)\] `).FindStringSubmatch(l); m != nil {
							for id := range datasettest.CitedSet(d, m[0]) {
								listed[id] = true
							}
						}
					}
					if msg := datasettest.SetDiff(listed, want); msg != "" {
						t.Errorf("%s %s %s %d: source list %s", d.ID, lang, tab.ID, width, msg)
					}
				}
				ids, err := plain.TabSources(content.Single(d), loc, tab.ID)
				if err != nil {
					t.Fatal(err)
				}
				if msg := datasettest.SetDiff(datasettest.KnownSet(d, ids), want); msg != "" || len(ids) != len(want) {
					t.Errorf("%s %s %s: TabSources %v: %s", d.ID, lang, tab.ID, ids, msg)
				}
			}
		}
	}
}

// TestPageDropsShow: a page whose source column is left out cites fewer
// sources than the page it came from, and diff says so: the check above
// can fail.
func TestPageDropsShow(t *testing.T) {
	d := datasettest.Bundled(t)
	loc := i18n.New(i18n.EN)
	tab, _ := content.Default().Lookup("agreements")
	p := tab.Page(content.Single(d), loc)
	want := datasettest.KnownSet(d, p.Sources())
	cut := p
	cut.Sections = nil
	for _, s := range p.Sections {
		s.Columns = s.Columns[:len(s.Columns)-1]
		cut.Sections = append(cut.Sections, s)
	}
	text, err := plain.Page(cut, content.Single(d), loc, 0)
	if err != nil {
		t.Fatal(err)
	}
	if datasettest.SetDiff(datasettest.CitedSet(d, text), want) == "" {
		t.Error("a page without its source column still cites every source")
	}
	full, err := plain.Page(p, content.Single(d), loc, 0)
	if err != nil {
		t.Fatal(err)
	}
	if msg := datasettest.SetDiff(datasettest.CitedSet(d, full[:strings.LastIndex(full, "\n"+loc.T("plain.sources")+"\n")]), want); msg != "" {
		t.Errorf("plain.Page: %s", msg)
	}
}
