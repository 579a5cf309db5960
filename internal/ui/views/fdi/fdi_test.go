package fdi

import (
	"fmt"
	"os"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/theme"
)

// fixture is a small dataset with figures taken from the research file, so
// the tests do not depend on the bundled data's exact rows.
func fixture() *dataset.Dataset {
	rep := func(src, date string, note string) dataset.Meta {
		return dataset.Meta{Source: src, Status: dataset.Reported, Date: date, Note: dataset.Text{VI: note, EN: note}}
	}
	d := &dataset.Dataset{
		Sources: []dataset.Source{
			{ID: "seed", Title: "Bắc Giang: thu hút đầu tư 2024", Publisher: "Sở Ngoại vụ tỉnh Bắc Giang", Date: "2025-01"},
			{ID: "vnp-272369", Title: "Bac Giang, RoK's Chungcheongnam province sign cooperation agreement", Publisher: "VietnamPlus", Date: "2023-12-06", URL: "https://en.vietnamplus.vn/x.vnp"},
			{ID: "ein-567879238", Title: "Bắc Giang work to provide optimal conditions for RoK investors", Publisher: "VNS via EIN Presswire", Date: "2022-04-08"},
			{ID: "kenfox", Title: "Chinese Enterprises Flock to Bac Giang", Publisher: "KENFOX IP & Law", Date: "2023"},
		},
		FDICountries: dataset.Num{V: 30, OK: true, Qual: ">"},
		FDIMeta:      dataset.Meta{Source: "seed", Status: dataset.Official, Date: "2024"},
		FDICountry: []dataset.FDICountryRow{
			{Country: dataset.Text{VI: "Hàn Quốc", EN: "South Korea"}, Code: "KR", Projects: dataset.N(321, 0), CapitalUSDm: dataset.Num{V: 1400, OK: true, Qual: "≈"}, RankCapital: 2, RankProj: 1, AsOf: "2022-04", Meta: dataset.Meta{Source: "ein-567879238", Status: dataset.Official}},
			{Country: dataset.Text{VI: "Singapore", EN: "Singapore"}, Code: "SG", Meta: dataset.Meta{Source: "seed", Status: dataset.Reported}},
			{Country: dataset.Text{VI: "Trung Quốc", EN: "China"}, Code: "CN", CapitalUSDm: dataset.Num{V: 6400, OK: true, Qual: "≈"}, RankCapital: 1, AsOf: "2023", Meta: dataset.Meta{Source: "kenfox", Status: dataset.Reported}},
		},
		FDIYear: []dataset.FDIYearRow{
			{Year: 2024, Period: "2024", Definition: "added", Projects: dataset.N(63, 0), CapitalUSDm: dataset.N(762.02, 2), Meta: rep("seed", "2024", "Một bản đăng lại khác ghi 74 dự án tăng 782,8 triệu USD.")},
			{Year: 2024, Period: "2024", Definition: "new", Projects: dataset.N(66, 0), CapitalUSDm: dataset.N(459.38, 2), Meta: rep("seed", "2024", "Một bản đăng lại khác ghi 73 dự án mới.")},
			{Year: 2021, Period: "2021", Definition: "converted", CapitalUSDm: dataset.N(1310, 0), Rank: 9, Meta: dataset.Meta{Source: "seed", Status: dataset.Official}},
			{Year: 2020, Period: "2020", Definition: "new_added", CapitalUSDm: dataset.N(968.8, 1), Meta: dataset.Meta{Source: "seed", Status: dataset.Official}},
		},
	}
	d.BuildIndex()
	return d
}

func newCtx(d *dataset.Dataset, lang i18n.Lang) *common.Context {
	loc := i18n.New(lang)
	return &common.Context{Data: d, Loc: loc, Styles: theme.New(theme.Mono), Keys: common.NewKeyMap(loc)}
}

func newModel(t testing.TB, lang i18n.Lang, w, h int) *Model {
	t.Helper()
	m := New()
	m.SetContext(newCtx(testData(), lang))
	m.SetSize(w, h)
	return m
}

func press(m *Model, s string) {
	var k tea.KeyPressMsg
	switch s {
	case "enter":
		k = tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		k = tea.KeyPressMsg{Code: tea.KeyEscape}
	default:
		r := []rune(s)[0]
		k = tea.KeyPressMsg{Code: r, Text: s}
	}
	m.Update(k)
}

// checkSize asserts the rendering rule: at most h lines of at most w cells.
func checkSize(t *testing.T, out string, w, h int) {
	t.Helper()
	if out == "" {
		return
	}
	lines := strings.Split(out, "\n")
	if len(lines) > h {
		t.Fatalf("%d×%d: %d lines", w, h, len(lines))
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			t.Fatalf("%d×%d: line %d is %d cells: %q", w, h, i, lw, ansi.Strip(l))
		}
	}
}

func plain(m *Model) string { return ansi.Strip(m.View()) }

func TestSizesAndFaces(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {120, 40}, {200, 60}} {
		for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
			m := newModel(t, lang, sz[0], sz[1])
			for f := 0; f < 3; f++ {
				checkSize(t, m.View(), sz[0], sz[1])
				if os.Getenv("SHOW") != "" {
					fmt.Printf("---- %d×%d %s face %d\n%s\n", sz[0], sz[1], lang, f, plain(m))
				}
				press(m, "v")
			}
			press(m, "enter")
			checkSize(t, m.View(), sz[0], sz[1])
			if os.Getenv("SHOW") != "" {
				fmt.Printf("---- %d×%d %s detail\n%s\n", sz[0], sz[1], lang, plain(m))
			}
		}
	}
}

func TestKeyContent(t *testing.T) {
	m := newModel(t, i18n.VI, 120, 40)
	out := plain(m)
	for _, want := range []string{
		"≈6.400 triệu USD", // China's capital...
		"2023",             // ...with its own as-of date
		"04/2022",          // Korea's as-of date
		">30",              // investing countries and territories
		"459,38 triệu USD ?",
		"+762,02 triệu USD ?",
		"66 dự án",
		"63 dự án",
		"Nguồn:",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("chart face lacks %q:\n%s", want, out)
		}
	}
	// Singapore has no figure: a gap, never a zero.
	sg := lineWith(out, "Singapore")
	if !strings.Contains(sg, "—") || strings.Contains(sg, " 0 ") {
		t.Errorf("Singapore should be a gap: %q", sg)
	}
	// Definitions are labelled, each its own block.
	for _, def := range []string{"Cấp mới", "Điều chỉnh tăng vốn", "Vốn quy đổi", "Cấp mới + tăng vốn"} {
		if !strings.Contains(out, def) {
			t.Errorf("definition %q not labelled", def)
		}
	}
	en := plain(newModel(t, i18n.EN, 120, 40))
	for _, want := range []string{"USD 459.38 m ?", "USD ≈6,400 m", ">30", "Source:"} {
		if !strings.Contains(en, want) {
			t.Errorf("English chart face lacks %q:\n%s", want, en)
		}
	}
}

func lineWith(out, s string) string {
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, s) {
			return l
		}
	}
	return ""
}

func TestSelectionClampsAndDetail(t *testing.T) {
	m := newModel(t, i18n.VI, 120, 40)
	n := len(m.items)
	if n < 4 {
		t.Fatalf("want at least 4 items, have %d", n)
	}
	press(m, "k")
	if m.sel != 0 {
		t.Fatalf("k at top: sel %d", m.sel)
	}
	press(m, "j")
	press(m, "j")
	if m.sel != 2 {
		t.Fatalf("jj: sel %d", m.sel)
	}
	for i := 0; i < n+5; i++ {
		press(m, "j")
	}
	if m.sel != n-1 {
		t.Fatalf("clamp at bottom: sel %d of %d", m.sel, n)
	}
	press(m, "g")
	if m.sel != 0 {
		t.Fatalf("g: sel %d", m.sel)
	}
	// The first item is the largest investor; its detail names its source.
	press(m, "enter")
	if !m.Capturing() {
		t.Fatal("enter did not open the detail")
	}
	out := plain(m)
	for _, want := range []string{"Trung Quốc", "KENFOX IP & Law", "báo chí đưa tin"} {
		if !strings.Contains(out, want) {
			t.Errorf("detail lacks %q:\n%s", want, out)
		}
	}
	press(m, "esc")
	if m.Capturing() {
		t.Fatal("esc did not close the detail")
	}
	// A year row's detail carries its conflict note.
	press(m, "G")
	for i := 0; i < n; i++ {
		if !m.items[m.sel].country && m.ctx.Data.FDIYear[m.items[m.sel].idx].Definition == "added" {
			break
		}
		press(m, "k")
	}
	press(m, "enter")
	if out := plain(m); !strings.Contains(out, "782,8") {
		t.Errorf("added-capital detail lacks the conflict note:\n%s", out)
	}
}

func TestSelectionIsVisibleAndReversed(t *testing.T) {
	m := newModel(t, i18n.VI, 80, 24)
	press(m, "G")
	out := m.View()
	if !strings.Contains(out, "\x1b[") || !strings.Contains(ansi.Strip(out), "›") {
		t.Fatalf("selected last row not shown at 80×24:\n%s", ansi.Strip(out))
	}
}

func TestFaceCycle(t *testing.T) {
	m := newModel(t, i18n.VI, 120, 40)
	if m.face != common.FaceChart {
		t.Fatal("starts on the chart face")
	}
	press(m, "v")
	if m.face != common.FaceTable || !strings.Contains(plain(m), "Hạng vốn") {
		t.Fatalf("second face is the table:\n%s", plain(m))
	}
	press(m, "v")
	out := plain(m)
	if m.face != common.FaceSources || !strings.Contains(out, "[4] Chinese Enterprises Flock") {
		t.Fatalf("third face lists sources:\n%s", out)
	}
	press(m, "v")
	if m.face != common.FaceChart {
		t.Fatal("v cycles back to the chart")
	}
}

func TestSizeSweep(t *testing.T) {
	m := newModel(t, i18n.VI, 0, 0)
	for w := 0; w <= 200; w += 3 {
		for h := 0; h <= 60; h++ {
			m.SetSize(w, h)
			checkSize(t, m.View(), w, h)
		}
	}
	press(m, "enter")
	press(m, "v")
	for w := 0; w <= 200; w += 7 {
		for h := 0; h <= 60; h += 2 {
			m.SetSize(w, h)
			checkSize(t, m.View(), w, h)
		}
	}
}

func TestNoContext(t *testing.T) {
	m := New()
	m.SetSize(80, 24)
	press(m, "j")
	if m.View() != "" || m.Title() == "" || m.ID() != "fdi" {
		t.Fatal("a view without context draws nothing but still has an id and title")
	}
}

func BenchmarkView(b *testing.B) {
	m := newModel(b, i18n.VI, 200, 60)
	b.ReportAllocs()
	for b.Loop() {
		_ = m.View()
	}
}

func TestPeriodOrder(t *testing.T) {
	got := []int{periodMonths("2019-H1"), periodMonths("2019-8M"), periodMonths("2019")}
	if !(got[0] < got[1] && got[1] < got[2]) {
		t.Fatalf("H1 < 8M < full year, got %v", got)
	}
}
