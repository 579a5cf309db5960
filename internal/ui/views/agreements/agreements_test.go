package agreements

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

// fixture is a small dataset with agreements taken from the research file,
// so the tests do not depend on the bundled data's exact rows.
func fixture() *dataset.Dataset {
	tx := func(vi, en string) dataset.Text { return dataset.Text{VI: vi, EN: en} }
	off := func(src string) dataset.Meta { return dataset.Meta{Source: src, Status: dataset.Official} }
	d := &dataset.Dataset{
		Sources: []dataset.Source{
			{ID: "seed", Title: "Bắc Giang: thu hút đầu tư 2024", Publisher: "Sở Ngoại vụ tỉnh Bắc Giang", Date: "2025-01"},
			{ID: "vnp-206083", Title: "Vietnamese, Lao provinces seek to deepen cooperative ties", Publisher: "VietnamPlus", Date: "2021-08-09", URL: "https://en.vietnamplus.vn/x/206083.vnp"},
			{ID: "vnp-272369", Title: "Bac Giang, RoK's Chungcheongnam province sign cooperation agreement", Publisher: "VietnamPlus", Date: "2023-12-06"},
		},
		Agreements: []dataset.Agreement{
			{Partner: tx("Đại học Osaka Metropolitan", "Osaka Metropolitan University"), Country: tx("Nhật Bản", "Japan"), Level: "province", Kind: tx("Bản ghi nhớ", "MoU"), Signed: "2024",
				Meta: dataset.Meta{Source: "seed", Status: dataset.Reported, Note: tx("Không tìm thấy nguồn độc lập.", "No independent source found.")}},
			{Partner: tx("Tỉnh Xay Sổm Bun", "Xaysomboun province"), Country: tx("Lào", "Laos"), Level: "province", Kind: tx("Thỏa thuận hợp tác", "Cooperation agreement"), Signed: "2021-08-09", From: 2021, To: 2025, Verified: true, Meta: off("vnp-206083")},
			{Partner: tx("Tỉnh Chungcheongnam", "Chungcheongnam province"), Country: tx("Hàn Quốc", "South Korea"), Level: "province", Kind: tx("Thỏa thuận hợp tác hữu nghị", "Friendship cooperation agreement"), Signed: "2023-12-05", From: 2023, To: 2030, Verified: true,
				Meta: dataset.Meta{Source: "vnp-272369", Status: dataset.Official, Note: tx("Bài gốc xếp vào năm 2024; ký ngày 05/12/2023.", "The seed lists it under 2024; signed on 5 Dec 2023.")}},
			{Partner: tx("Thành phố Nam Ninh", "Nanning city"), Country: tx("Trung Quốc", "China"), Level: "province", Kind: tx("Kế hoạch giao lưu hợp tác", "Exchange plan"), Signed: "2024", From: 2024, To: 2028, Meta: dataset.Meta{Source: "seed", Status: dataset.Reported}},
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
	x := lineWith(out, "Lào")
	for _, want := range []string{"Lào", "09/08/2021", "2021–2025", "✓ đã kiểm chứng", "tỉnh"} {
		if !strings.Contains(x, want) {
			t.Errorf("Xaysomboun row lacks %q: %q", want, x)
		}
	}
	o := lineWith(out, "Nhật Bản")
	if !strings.Contains(o, "chưa kiểm chứng") || !strings.Contains(o, "—") {
		t.Errorf("Osaka row should be unverified with no period: %q", o)
	}
	for _, want := range []string{"4 thỏa thuận · 2 đã kiểm chứng", "Nguồn:"} {
		if !strings.Contains(out, want) {
			t.Errorf("lacks %q:\n%s", want, out)
		}
	}
	en := plain(newModel(t, i18n.EN, 120, 40))
	for _, want := range []string{"Chungcheongnam province", "5 Dec 2023", "2023–2030", "✗ unverified", "Source:"} {
		if !strings.Contains(en, want) {
			t.Errorf("English lacks %q:\n%s", want, en)
		}
	}
}

func TestSelectionClampsAndDetail(t *testing.T) {
	m := newModel(t, i18n.VI, 120, 40)
	n := len(m.order)
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
	press(m, "j") // by signing date: Xaysomboun, Chungcheongnam, ...
	press(m, "enter")
	if !m.Capturing() {
		t.Fatal("enter did not open the detail")
	}
	out := plain(m)
	for _, want := range []string{"Tỉnh Chungcheongnam", "05/12/2023", "2023–2030", "Bài gốc xếp vào năm 2024", "VietnamPlus"} {
		if !strings.Contains(out, want) {
			t.Errorf("detail lacks %q:\n%s", want, out)
		}
	}
	press(m, "esc")
	if m.Capturing() {
		t.Fatal("esc did not close the detail")
	}
}

func TestSelectionScrolls(t *testing.T) {
	m := newModel(t, i18n.VI, 80, 12)
	press(m, "G")
	if !strings.Contains(plain(m), "› ") {
		t.Fatalf("last agreement not visible after G:\n%s", plain(m))
	}
}

func TestFaceCycle(t *testing.T) {
	m := newModel(t, i18n.VI, 200, 40)
	press(m, "v")
	if m.face != common.FaceTable || !strings.Contains(plain(m), "Trạng thái") {
		t.Fatalf("second face is the table:\n%s", plain(m))
	}
	press(m, "v")
	if m.face != common.FaceSources || !strings.Contains(plain(m), "[2] Vietnamese, Lao provinces") {
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
	if m.View() != "" || m.Title() == "" || m.ID() != "agreements" {
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
