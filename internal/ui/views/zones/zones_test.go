package zones

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
	d := &dataset.Dataset{
		Sources: []dataset.Source{
			{ID: "seed", Title: "Bắc Giang: thu hút đầu tư 2024", Publisher: "Sở Ngoại vụ tỉnh Bắc Giang", Date: "2025-01"},
			{ID: "vns-1694178", Title: "Bắc Giang to develop eight more industrial clusters", Publisher: "Việt Nam News", Date: "2025-03-19", URL: "https://vietnamnews.vn/economy/1694178/x.html"},
			{ID: "ein-600215603", Title: "Prime Minister approves KBC to expand Quảng Châu industrial park", Publisher: "VNS via EIN Presswire", Date: "2022-11-08"},
			{ID: "fntvina", Title: "Bac Giang strives to become an industrial center of the region", Publisher: "FNT Vina", Date: ""},
		},
		ZoneTotals: []dataset.ZoneTotal{
			{Kind: "parks", Count: dataset.N(11, 0), AreaHa: dataset.N(2720.72, 2), Meta: dataset.Meta{Source: "seed", Status: dataset.Reported, Date: "2025",
				Note: dataset.Text{VI: "Chưa kiểm chứng: nguồn khác ghi 9–10 KCN, khoảng 2.252 ha (2024).", EN: "Unverified: other sources give 9–10 parks, about 2,252 ha (2024)."}}},
			{Kind: "clusters", Count: dataset.N(55, 0), AreaHa: dataset.N(2327, 0), Leased: dataset.N(612, 0), Meta: dataset.Meta{Source: "vns-1694178", Status: dataset.Official, Date: "2025-03-19"}},
		},
		Zones: []dataset.Zone{
			{Name: "Quang Châu", District: "Việt Yên", AreaHa: dataset.N(426, 0), Occupancy: dataset.N(100, 0), OccDate: "2022-11", Developer: "Saigon–Bac Giang IP JSC (SBG)", Tenants: "Foxconn (Fuhong, Fuyu, Fukang), Luxshare-ICT, JA Solar, Siflex", Stage: "operating",
				Meta: dataset.Meta{Source: "ein-600215603", Status: dataset.Official, Date: "2022-11-08", Note: dataset.Text{VI: "95,89 % (báo cáo KBC 2022); khoảng 90 % (01/2022).", EN: "95.89% (KBC annual report 2022); about 90% (01/2022)."}}},
			{Name: "Việt Hàn", District: "Việt Yên", AreaHa: dataset.N(197.31, 2), Occupancy: dataset.N(74, 0), OccDate: "2022", Stage: "operating", Meta: dataset.Meta{Source: "fntvina", Status: dataset.Official}},
			{Name: "Yên Lư", District: "Yên Dũng", AreaHa: dataset.N(377, 0), Stage: "clearance", Meta: dataset.Meta{Source: "fntvina", Status: dataset.Official}},
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

func lineWith(out, s string) string {
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, s) {
			return l
		}
	}
	return ""
}

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
			press(m, "j")
			press(m, "j")
			press(m, "enter")
			checkSize(t, m.View(), sz[0], sz[1])
			if os.Getenv("SHOW") != "" {
				fmt.Printf("---- %d×%d %s detail\n%s\n", sz[0], sz[1], lang, plain(m))
			}
		}
	}
}

func TestKeyContent(t *testing.T) {
	out := plain(newModel(t, i18n.VI, 120, 40))
	for _, want := range []string{"2.720,72 ha ?", "11 ?", "2.327 ha", "55", "612 ha", "9–10 KCN", "Nguồn:"} {
		if !strings.Contains(out, want) {
			t.Errorf("chart face lacks %q:\n%s", want, out)
		}
	}
	qc := lineWith(out, "Quang Châu")
	for _, want := range []string{"426 ha", "100 %", "11/2022", "Việt Yên", "đang hoạt động"} {
		if !strings.Contains(qc, want) {
			t.Errorf("Quang Châu row lacks %q: %q", want, qc)
		}
	}
	yl := lineWith(out, "Yên Lư")
	if !strings.Contains(yl, "—") || strings.Contains(yl, " 0 %") {
		t.Errorf("Yên Lư occupancy should be a gap: %q", yl)
	}
	en := plain(newModel(t, i18n.EN, 120, 40))
	for _, want := range []string{"2,720.72 ha ?", "100%", "Nov 2022", "Source:"} {
		if !strings.Contains(en, want) {
			t.Errorf("English lacks %q:\n%s", want, en)
		}
	}
}

func TestNarrowDropsColumns(t *testing.T) {
	wide := lineWith(plain(newModel(t, i18n.VI, 120, 40)), "Quang Châu")
	narrow := lineWith(plain(newModel(t, i18n.VI, 40, 24)), "Quang Châu")
	if !strings.Contains(wide, "Việt Yên") {
		t.Fatalf("wide row shows the district: %q", wide)
	}
	if strings.Contains(narrow, "Việt Yên") || !strings.Contains(narrow, "100 %") {
		t.Fatalf("narrow row drops the district first and keeps occupancy: %q", narrow)
	}
}

func TestSelectionClampsAndDetail(t *testing.T) {
	m := newModel(t, i18n.VI, 120, 40)
	n := m.count()
	press(m, "k")
	if m.sel != 0 {
		t.Fatalf("k at top: sel %d", m.sel)
	}
	for i := 0; i < n+3; i++ {
		press(m, "j")
	}
	if m.sel != n-1 {
		t.Fatalf("clamp at bottom: sel %d of %d", m.sel, n)
	}
	press(m, "g")
	press(m, "j")
	press(m, "j") // Quang Châu
	press(m, "enter")
	if !m.Capturing() {
		t.Fatal("enter did not open the detail")
	}
	out := plain(m)
	for _, want := range []string{"Quang Châu", "Saigon–Bac Giang IP JSC", "Luxshare-ICT", "95,89 %", "Prime Minister approves KBC", "VNS via EIN Presswire", "08/11/2022"} {
		if !strings.Contains(out, want) {
			t.Errorf("detail lacks %q:\n%s", want, out)
		}
	}
	press(m, "esc")
	press(m, "j") // Việt Hàn: developer not found
	press(m, "enter")
	if out := plain(m); !strings.Contains(out, "không rõ") {
		t.Errorf("missing developer should read không rõ:\n%s", out)
	}
	press(m, "esc")
	if m.Capturing() {
		t.Fatal("esc did not close the detail")
	}
}

func TestSelectionScrollsAt80x24(t *testing.T) {
	m := newModel(t, i18n.VI, 80, 12)
	press(m, "G")
	if !strings.Contains(plain(m), "› Yên Lư") {
		t.Fatalf("last park not visible after G:\n%s", plain(m))
	}
}

func TestFaceCycle(t *testing.T) {
	m := newModel(t, i18n.VI, 120, 40)
	press(m, "v")
	if m.face != common.FaceTable || !strings.Contains(plain(m), "Chủ đầu tư hạ tầng") {
		t.Fatalf("second face is the table:\n%s", plain(m))
	}
	press(m, "v")
	if m.face != common.FaceSources || !strings.Contains(plain(m), "[2] Bắc Giang to develop eight more") {
		t.Fatalf("third face lists sources:\n%s", plain(m))
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
	if m.View() != "" || m.Title() == "" || m.ID() != "zones" {
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
