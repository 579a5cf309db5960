package fdi

import (
	"regexp"
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// newModel is the tab on the bundled dataset at w×h.
func newModel(t testing.TB, lang i18n.Lang, w, h int) *Model {
	t.Helper()
	return viewtest.Open(New(), viewtest.Context(t, lang), w, h)
}

func press(m *Model, keys ...string) { viewtest.PressAll(m, keys...) }

func plain(m *Model) string { return viewtest.Plain(m.View()) }

func TestSizesAndFaces(t *testing.T) {
	viewtest.SizesAndFaces(t, func() common.View { return New() }, "enter")
}

// TestKeyContent checks figures of data/bac-giang/fdi_*.csv as the chart
// face prints them. The height is large so the whole body is on screen.
func TestKeyContent(t *testing.T) {
	out := plain(newModel(t, i18n.VI, 120, 200))
	for _, want := range []string{
		">30",              // investing countries and territories
		"459,38 triệu USD", // 2024 new
		"+762,02 triệu USD",
		"66 dự án",
		"63 dự án",
		"Nguồn:",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("chart face lacks %q:\n%s", want, out)
		}
	}
	// Each country's figure travels with its own as-of date.
	for name, want := range map[string][]string{
		"Trung Quốc": {"≈6.400 triệu USD ?", "2023"},
		"Hàn Quốc":   {"≈1.400 triệu USD", "tháng 4 năm 2022"}, // written out at 120 columns
		"Nhật Bản":   {"297 triệu USD ?"},
	} {
		row := viewtest.LineWith(out, name)
		for _, w := range want {
			if !strings.Contains(row, w) {
				t.Errorf("%s row lacks %q: %q", name, w, row)
			}
		}
	}
	// Singapore has no aggregate figure: a gap, never a zero.
	sg := viewtest.LineWith(out, "Singapore")
	if !strings.Contains(sg, "—") || strings.Contains(sg, " 0 ") {
		t.Errorf("Singapore should be a gap: %q", sg)
	}
	// 10 months of 2018: 43 new projects, capital not reported (the
	// period written out at 120 columns).
	r := viewtest.LineWith(out, "10 tháng đầu năm 2018 ")
	if !strings.Contains(r, "—") || !strings.Contains(r, "43 dự án") || strings.Contains(r, " 0 triệu") {
		t.Errorf("10 tháng đầu năm 2018 row should show 43 projects and a capital gap: %q", r)
	}
	// Definitions are labelled, each its own block.
	for _, def := range []string{"Cấp mới", "Điều chỉnh tăng vốn", "Vốn quy đổi", "Cấp mới + tăng vốn", "Tổng vốn nước ngoài"} {
		if !strings.Contains(out, def) {
			t.Errorf("definition %q not labelled", def)
		}
	}
	en := plain(newModel(t, i18n.EN, 120, 200))
	for _, want := range []string{"USD 459.38 m", "≈USD 6,400 m", ">30", "Source:"} {
		if !strings.Contains(en, want) {
			t.Errorf("English chart face lacks %q:\n%s", want, en)
		}
	}
}

func TestSelectionClampsAndDetail(t *testing.T) {
	m := newModel(t, i18n.VI, 120, 40)
	n := len(m.items)
	d := m.Ctx.Data
	if n != len(d.FDICountry)+len(d.FDIYear) {
		t.Fatalf("%d items for %d countries and %d year rows", n, len(d.FDICountry), len(d.FDIYear))
	}
	press(m, "k")
	if m.Nav.Sel != 0 {
		t.Fatalf("k at top: sel %d", m.Nav.Sel)
	}
	press(m, "j", "j")
	if m.Nav.Sel != 2 {
		t.Fatalf("jj: sel %d", m.Nav.Sel)
	}
	for range n + 5 {
		press(m, "j")
	}
	if m.Nav.Sel != n-1 {
		t.Fatalf("clamp at bottom: sel %d of %d", m.Nav.Sel, n)
	}
	press(m, "g")
	if m.Nav.Sel != 0 {
		t.Fatalf("g: sel %d", m.Nav.Sel)
	}
	// The first item is the largest investor; its detail names its source.
	press(m, "enter")
	if !m.Capturing() {
		t.Fatal("enter did not open the detail")
	}
	out := plain(m)
	for _, want := range []string{"Trung Quốc", "≈6.400 triệu USD", "KENFOX IP & Law", "báo chí đưa tin"} {
		if !strings.Contains(out, want) {
			t.Errorf("detail lacks %q:\n%s", want, out)
		}
	}
	press(m, "esc")
	if m.Capturing() {
		t.Fatal("esc did not close the detail")
	}
	// The 2024 capital-added row's detail carries its conflict note.
	press(m, "G")
	for range n {
		if it := m.items[m.Nav.Sel]; it.sec == "fdi.by_year.added" && m.row(it).Key == "added/2024" {
			break
		}
		press(m, "k")
	}
	press(m, "enter")
	if out := plain(m); !strings.Contains(out, "782,8") || !strings.Contains(out, "+762,02") {
		t.Errorf("2024 added-capital detail lacks its figure or conflict note:\n%s", out)
	}
}

func TestSelectionIsVisibleAndReversed(t *testing.T) {
	m := newModel(t, i18n.VI, 80, 24)
	press(m, "G")
	out := m.View()
	// The last item is the 2024 "total" row (the 2025 target is a
	// target now, on the Targets tab).
	if !strings.Contains(out, "\x1b[") || !strings.Contains(viewtest.LineWith(viewtest.Plain(out), "›"), ">2.140") {
		t.Fatalf("selected last row not shown at 80×24:\n%s", viewtest.Plain(out))
	}
}

func BenchmarkView(b *testing.B) {
	viewtest.BenchView(b, newModel(b, i18n.VI, 200, 60))
}

// TestListTab runs the checks every list tab shares (viewtest.CheckListTab):
// the face cycle, the size sweep, no context, and at 80×21 every detail
// and the sources face scroll to their ends.
func TestListTab(t *testing.T) {
	viewtest.CheckListTab(t, viewtest.ListTab{
		New: func() common.View { return New() }, ID: "fdi", FaceWidth: 120,
		TableText: "Hạng vốn", SrcID: "kenfox-2023", SrcTitle: "Chinese Enterprises Flock",
		Rows: func(v common.View) int { return len(v.(*Model).items) },
	})
}

// TestASCII: --ascii draws no box drawing, blocks or braille (viewtest.TestASCIITab).
func TestASCII(t *testing.T) { viewtest.TestASCIITab(t, func() common.View { return New() }) }

func newList() viewtest.ListView { return New() }

// BenchmarkLongLists: a key press costs what the screen holds, not what
// the list holds (see viewtest.BenchLongLists).
func BenchmarkLongLists(b *testing.B) { viewtest.BenchLongLists(b, newList) }

// A list laid out once and drawn per selection never shows a stale row.
func TestLongListFramesMatchAFreshLayout(t *testing.T) { viewtest.LongListFramesMatch(t, newList) }

// TestCountLineSpacing: the count of investing countries reads as a
// sentence, one space between the figure (with its mark, if any) and the
// words; the blanks a table column keeps for a missing mark are not
// carried into it (">30   countries").
func TestCountLineSpacing(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		for _, ctx := range []func(testing.TB, i18n.Lang) *common.Context{viewtest.Context, viewtest.Merged} {
			m := New()
			m.SetContext(ctx(t, lang))
			m.SetSize(120, 40)
			words := m.Ctx.Loc.T("fdi.countries_n")
			line := viewtest.LineWith(plain(m), words)
			if line == "" {
				t.Fatalf("%s: no count line", lang)
			}
			if i := strings.Index(line, words); i < 2 || line[i-1] != ' ' || line[i-2] == ' ' {
				t.Errorf("%s: %q does not read as a sentence", lang, line)
			}
		}
	}
}

// shortPeriod matches the short forms of a period: "7M 2018", "H1 2025"
// (en), "7T/2018", "6T cuối/2017" (vi).
var shortPeriod = regexp.MustCompile(`\b\d+M \d{4}\b|\bH[12] \d{4}\b|\b\d+T(?: cuối)?/\d{4}\b`)

// TestPeriodsWrittenOut: from 120 columns the FDI tab writes its periods
// out on the chart and table faces ("Jan–Jul 2018", "7 tháng đầu năm
// 2018"); narrower screens keep the short forms ("7M 2018", "7T/2018"),
// which the glossary explains. a34ab89 wrote "7M 2018" at every width.
func TestPeriodsWrittenOut(t *testing.T) {
	long := map[i18n.Lang]*regexp.Regexp{
		i18n.EN: regexp.MustCompile(`Jan–[A-Z][a-z]{2} \d{4}`),
		i18n.VI: regexp.MustCompile(`\d+ tháng đầu năm \d{4}`),
	}
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		for _, size := range [][2]int{{80, 60}, {120, 60}, {200, 60}} {
			m := newModel(t, lang, size[0], size[1])
			for _, face := range []string{"chart", "table"} {
				out := plain(m)
				if size[0] < 120 {
					if !shortPeriod.MatchString(out) {
						t.Errorf("%s %v %s: no short period at this width", lang, size, face)
					}
				} else {
					if s := shortPeriod.FindString(out); s != "" {
						t.Errorf("%s %v %s: %q is not written out:\n%s", lang, size, face, s, out)
					}
					if !long[lang].MatchString(out) {
						t.Errorf("%s %v %s: no period written out:\n%s", lang, size, face, out)
					}
				}
				press(m, "v")
			}
		}
	}
}

// TestAsOfWrittenOut: from 120 columns every period the FDI tab shows is
// the content cell's long form (content.Page.Long), the country table's
// "as of" column too ("April 2022", "tháng 4 năm 2022"), whole; narrower
// screens keep "Apr 2022", "04/2022". The tab once wrote out only its
// period column, by a rewrite of its own.
func TestAsOfWrittenOut(t *testing.T) {
	short := map[i18n.Lang]string{i18n.EN: "Apr 2022", i18n.VI: "04/2022"}
	long := map[i18n.Lang]string{i18n.EN: "April 2022", i18n.VI: "tháng 4 năm 2022"}
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		for _, size := range [][2]int{{100, 60}, {120, 60}, {200, 60}} {
			m := newModel(t, lang, size[0], size[1])
			press(m, "v") // the table face
			out := plain(m)
			want, not := long[lang], short[lang]
			if size[0] < 120 {
				want, not = not, want
			}
			if !strings.Contains(out, want) || strings.Contains(out, not) {
				t.Errorf("%s %v: want %q and no %q in the as-of column:\n%s", lang, size, want, not, out)
			}
		}
	}
}

// mergedModel is the tab on the merged province at w×h, with Bắc Giang,
// the former province its tests follow.
func mergedModel(t testing.TB, lang i18n.Lang, w, h int) (*Model, *dataset.Dataset) {
	t.Helper()
	return viewtest.OpenMerged(t, New(), lang, w, h, "bac-giang")
}

// A merged province's chart face says in a line that it has no figure by
// country, then shows its figures by year, then Bắc Giang's countries
// under their section's title; the keys reach one of them, whose detail
// names the province and cites Bắc Giang's own source by its number in
// the merged list.
func TestMergedPredecessorCountries(t *testing.T) {
	m, bg := mergedModel(t, i18n.EN, 200, 60)
	const sec = "fdi.by_country@bac-giang"
	cs, ok := m.Page.Section(sec)
	if !ok || len(cs.Rows) == 0 {
		t.Fatalf("no rows in section %s on the merged page", sec)
	}
	if own, _ := m.Page.Section(secCountry); len(own.Rows) != 0 {
		t.Fatalf("the new province now has %d countries: the test's premise is gone", len(own.Rows))
	}
	// Korea: Bắc Giang's row with a capital figure and a source.
	var kr dataset.FDICountryRow
	for _, c := range bg.FDICountry {
		if c.Code == "KR" {
			kr = c
		}
	}
	if kr.Code == "" || kr.Source == "" {
		t.Fatal("Bắc Giang has no Korea row with a source")
	}
	name := m.Ctx.Loc.Pick(kr.Country)

	// Press j down to the end, the whole list drawn in a tall window:
	// only the frame's text is read.
	m.SetSize(200, 200)
	out := plain(m)
	l := m.Ctx.Loc
	noCountry := i18n.Gap + " " + l.T("app.gap")
	for _, want := range []string{cs.Title, noCountry, name} {
		if !strings.Contains(out, want) {
			t.Errorf("chart face lacks %q:\n%s", want, out)
		}
	}
	lines := strings.Split(out, "\n")
	for i, ln := range lines {
		if strings.HasPrefix(ln, l.T("fdi.by_country")) && (i+1 == len(lines) || strings.TrimSpace(lines[i+1]) != noCountry) {
			t.Errorf("the own countries' heading is not followed by %q:\n%s", noCountry, out)
		}
	}
	if i, j := strings.Index(out, cs.Title), strings.LastIndex(out, name); j < i {
		t.Errorf("%s is not under %q", name, cs.Title)
	}
	m.SetSize(120, 30)

	at := func() (string, string) { it := m.items[m.Nav.Sel]; return it.sec, m.row(it).Key }
	viewtest.ReachPredRow(t, m, m.Ctx, at, viewtest.PredRow{Sec: sec, Key: "KR", Label: name, Pred: bg, Source: kr.Source}, 120, 30)
}

// Each former province's bars have their own scale: the largest figure of
// every section is drawn (nearly: the value columns differ) the full bar
// width, so no bar is measured against another province's.
func TestMergedBarsOwnScale(t *testing.T) {
	m, _ := mergedModel(t, i18n.EN, 120, 200)
	out := plain(m)
	lo, hi := -1, -1
	for _, s := range m.Page.Sections {
		if s.From == "" || !isCountry(s.ID) || len(s.Rows) == 0 {
			continue
		}
		c, _ := s.Cell(s.Rows[0], "capital")
		if !c.Num.OK {
			continue
		}
		// The section's first (largest) row, below its title.
		at := strings.Index(out, s.Title)
		if at < 0 {
			t.Fatalf("no heading %q:\n%s", s.Title, out)
		}
		rest := out[at:]
		line := viewtest.LineWith(rest, s.Rows[0].Label)
		n := strings.Count(line, "█")
		if n == 0 {
			t.Fatalf("%s: no bar for %s: %q", s.ID, s.Rows[0].Label, line)
		}
		if lo < 0 || n < lo {
			lo = n
		}
		hi = max(hi, n)
	}
	if lo < 0 {
		t.Fatal("no former province's countries with a figure")
	}
	if lo*10 < hi*9 {
		t.Errorf("the largest bars of the provinces are %d and %d cells: scales are shared", lo, hi)
	}
}

// The merged tab keeps to its size at every size, with the selection on
// a predecessor's row and with its detail open.
func TestMergedSizeSweep(t *testing.T) {
	viewtest.MergedSizeSweep(t, func() common.View { return New() })
}
