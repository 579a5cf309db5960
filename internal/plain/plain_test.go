package plain_test

import (
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"

	"github.com/provdash/provdash/data"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/plain"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func bundled(t *testing.T) *dataset.Dataset {
	t.Helper()
	d, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

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

// key sentences each tab must say, per language.
var keys = map[i18n.Lang]map[string][]string{
	i18n.VI: {
		"overview":   {"Tăng trưởng GRDP 2024: 13,85 %, đứng thứ 1/63 [16].", "Số liệu đến 01/07/2025.", "hợp nhất thành tỉnh Bắc Ninh", "FDI cấp mới 2024: 459,38 triệu USD [1].", "Quy mô kinh tế 2024: khoảng 8,6 tỷ USD (ước tính)"},
		"gdp":        {"Năm 2024, GRDP của Bắc Giang tăng 13,85 %", "Nông, lâm, thủy sản giảm 3,32 % [16].", "Quy mô GRDP"},
		"fdi":        {"Vốn FDI cấp mới năm 2024: 459,38 triệu USD, 66 dự án [1].", "ghi 73 dự án FDI cấp mới", "hơn 30"},
		"zones":      {"Khu công nghiệp (KCN): 11, diện tích 2.720,72 ha, đã cho thuê không có số liệu", "Chủ đầu tư hạ tầng", "không rõ"},
		"agreements": {"Có 7 thỏa thuận; 4 thỏa thuận có nguồn độc lập.", "chưa tìm thấy"},
	},
	i18n.EN: {
		"overview":   {"GRDP growth 2024: 13.85%, ranked 1st of 63 [16].", "Data as of 1 Jul 2025.", "merged into a new province", "(press report, unverified)"},
		"gdp":        {"In 2024, Bắc Giang's GRDP grew 13.85%", "Agriculture, forestry, fishery shrank 3.32% [16]."},
		"fdi":        {"New FDI in 2024: USD 459.38 m, 66 projects [1].", "over 30"},
		"zones":      {"Industrial parks: 11, area 2,720.72 ha, leased no data", "not found"},
		"agreements": {"There are 7 agreements; 4 have an independent source."},
	},
}

// TestTabs: every tab in both languages at 80 columns and unwrapped has no
// forbidden character, keeps the width, says its key sentences and ends
// with its numbered source list.
func TestTabs(t *testing.T) {
	d := bundled(t)
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		loc := i18n.New(lang)
		for _, tab := range plain.Tabs {
			for _, width := range []int{80, 0, 40} {
				s, err := plain.Tab(d, loc, tab, width)
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
	d := bundled(t)
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		s, err := plain.Tab(d, i18n.New(lang), "gdp", 0)
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
		z, err := plain.Tab(d, i18n.New(lang), "zones", 0)
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

// TestFDINeverMixed: each definition has its own table; no row of one
// definition is listed under another's heading.
func TestFDINeverMixed(t *testing.T) {
	d := bundled(t)
	loc := i18n.New(i18n.VI)
	s, err := plain.Tab(d, loc, "fdi", 0)
	if err != nil {
		t.Fatal(err)
	}
	conv := strings.Index(s, "\n"+loc.T("fdi.def.converted")+"\n")
	total := strings.Index(s, "\n"+loc.T("fdi.def.total")+"\n")
	if conv < 0 || total < 0 || total < conv {
		t.Fatalf("definition headings missing or out of order: %d %d", conv, total)
	}
	if sec := s[conv:total]; !strings.Contains(sec, "hơn 2.040") || strings.Contains(sec, "hơn 2.140") {
		t.Errorf("converted section holds the wrong rows:\n%s", sec)
	}
}

func TestErrors(t *testing.T) {
	d := bundled(t)
	if _, err := plain.Tab(d, i18n.New(i18n.VI), "pci", 80); err == nil {
		t.Error("unknown tab: no error")
	}
	if _, err := plain.Tab(nil, i18n.New(i18n.VI), "gdp", 80); err == nil {
		t.Error("nil dataset: no error")
	}
}

// TestNarrow: no width from 1 to 120 breaks the width rule or panics.
func TestNarrow(t *testing.T) {
	d := bundled(t)
	loc := i18n.New(i18n.VI)
	for _, tab := range plain.Tabs {
		for w := 1; w <= 120; w += 7 {
			s, err := plain.Tab(d, loc, tab, w)
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
	d := bundled(t)
	for _, tab := range plain.Tabs {
		s, err := plain.Tab(d, i18n.New(i18n.VI), tab, 80)
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
