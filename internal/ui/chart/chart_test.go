package chart

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/theme"
)

func opts(ascii bool) Opts {
	return Opts{Styles: theme.New(theme.Dark), Loc: i18n.New(i18n.VI), ASCII: ascii}
}

func gap() dataset.Num { return dataset.Num{} }

// growth is shaped like the GRDP growth chart: two yearly series, a gap in
// one, an estimate mark on the last year. The values are test fixtures,
// not dataset figures.
func growth(st *theme.Styles) []Series {
	prov := []float64{9.3, 10.1, 13.3, 16.2, 13.0, 7.8, 5.6, 4.5, 13.1, 13.85}
	nat := []float64{6.7, 6.2, 6.8, 7.1, 7.0, 2.9, 2.6, 8.0, 5.1, 7.1}
	var a, b []Point
	for i := range prov {
		y := float64(2015 + i)
		pa := Point{X: y, Y: dataset.N(prov[i], 2)}
		if i == 9 {
			pa.Mark = "~"
		}
		pb := Point{X: y, Y: dataset.N(nat[i], 1)}
		if i == 3 || i == 4 {
			pb.Y = gap()
		}
		a, b = append(a, pa), append(b, pb)
	}
	return []Series{
		{Name: "Bắc Giang", Points: a, Style: st.Province, Glyph: "●"},
		{Name: "Cả nước", Points: b, Style: st.National, Glyph: "◆"},
	}
}

func bars(st *theme.Styles) []Bar {
	return []Bar{
		{Label: "Hàn Quốc", Value: dataset.N(5300.5, 1), Text: "5.300,5 triệu USD", Style: st.Bar},
		{Label: "Trung Quốc", Value: dataset.N(4100, 0), Text: "4.100 triệu USD", Style: st.Bar, Selected: true},
		{Label: "Nhật Bản", Value: gap(), Style: st.Bar},
		{Label: "Đài Loan (Trung Quốc)", Value: dataset.N(3.25, 2), Text: "3,25 triệu USD", Style: st.Bar},
	}
}

func diverg(st *theme.Styles) []Bar {
	return []Bar{
		{Label: "Nông, lâm, thủy sản", Value: dataset.N(3.1, 1), Text: "3,1 %"},
		{Label: "Công nghiệp – xây dựng", Value: dataset.N(17.4, 1), Text: "17,4 %", Selected: true},
		{Label: "Dịch vụ", Value: dataset.N(-6.2, 1), Text: "−6,2 %"},
		{Label: "Thuế sản phẩm", Value: gap()},
	}
}

func spans(st *theme.Styles) []Span {
	return []Span{
		{Label: "Quy hoạch tỉnh", From: 2021, To: 2030, Style: st.Accent},
		{Label: "Hiệp định hợp tác Gyeonggi", From: 2018, To: 2018, Style: st.Bar},
		{Label: "Biên bản ghi nhớ", From: 2022, Open: true, Style: st.BarAlt, Selected: true},
		{Label: "Cũ", From: 2005, To: 2012, Style: st.Muted},
	}
}

// checkBlock asserts the rendering rule: at most h lines of at most w cells.
func checkBlock(t *testing.T, name string, s string, w, h int) {
	t.Helper()
	if s == "" {
		return
	}
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		t.Fatalf("%s at %dx%d: %d lines", name, w, h, len(lines))
	}
	for i, l := range lines {
		if lw := lipgloss.Width(l); lw > w {
			t.Fatalf("%s at %dx%d: line %d is %d cells: %q", name, w, h, i, lw, l)
		}
	}
}

// shapes are the data shapes of the property test.
func shapes(st *theme.Styles) map[string][]Series {
	pts := func(vs ...float64) []Point {
		var out []Point
		for i, v := range vs {
			p := Point{X: float64(2000 + i), Y: dataset.N(v, 1)}
			if math.IsNaN(v) {
				p.Y = gap()
			}
			out = append(out, p)
		}
		return out
	}
	nan := math.NaN()
	return map[string][]Series{
		"growth":   growth(st),
		"empty":    nil,
		"noPoints": {{Name: "x"}},
		"allGaps":  {{Name: "x", Points: pts(nan, nan, nan)}},
		"single":   {{Name: "x", Points: pts(42)}},
		"negative": {{Name: "x", Points: pts(-5, -1, -300.5, -2)}},
		"huge":     {{Name: "x", Points: pts(1e15, 3e15, -2e14)}, {Name: "y", Points: pts(1e300, -1e300)}},
		"flat":     {{Name: "x", Points: pts(0, 0, 0)}},
		"tiny":     {{Name: "x", Points: pts(1e-9, 2e-9)}},
		"sameX":    {{Name: "x", Points: []Point{{X: 2020, Y: dataset.N(1, 0)}, {X: 2020, Y: dataset.N(2, 0)}}}},
		"inf":      {{Name: "x", Points: []Point{{X: 2020, Y: dataset.N(math.Inf(1), 0)}, {X: math.Inf(-1), Y: dataset.N(2, 0)}}}},
		"wideName": {{Name: strings.Repeat("Tên rất dài 中文 ", 20), Glyph: "中", Points: pts(1, 2, 3)}},
	}
}

func sizes() [][2]int {
	var out [][2]int
	for w := 0; w <= 120; w += 9 {
		for h := 0; h <= 40; h += 4 {
			out = append(out, [2]int{w, h})
		}
	}
	for w := 0; w <= 12; w++ {
		for h := 0; h <= 8; h++ {
			out = append(out, [2]int{w, h})
		}
	}
	return append(out, [2]int{1000, 1000}, [2]int{1000, 1}, [2]int{1, 1000})
}

func TestSizesNeverOverflow(t *testing.T) {
	for _, ascii := range []bool{false, true} {
		o := opts(ascii)
		st := o.Styles
		for name, ser := range shapes(st) {
			var nums []dataset.Num
			var bs []Bar
			var sp []Span
			for _, s := range ser {
				for _, p := range s.Points {
					nums = append(nums, p.Y)
					bs = append(bs, Bar{Label: s.Name, Value: p.Y, Style: s.Style, Selected: len(bs) == 1})
					sp = append(sp, Span{Label: s.Name, From: int(p.Y.V) % 3000, To: int(p.X), Open: len(sp)%2 == 0})
				}
			}
			for _, sz := range sizes() {
				w, h := sz[0], sz[1]
				tag := fmt.Sprintf("%s/ascii=%v", name, ascii)
				checkBlock(t, "Line "+tag, Line(w, h, ser, o), w, h)
				checkBlock(t, "Sparkline "+tag, Sparkline(w, h, nums, st.Bar, o), w, h)
				checkBlock(t, "Diverging "+tag, Diverging(w, h, bs, o), w, h)
				checkBlock(t, "Placeholder "+tag, Placeholder(w, h, name, o), w, h)
				hb := HBars(w, bs, float64(h)-3, o)
				if len(hb) != len(bs) {
					t.Fatalf("HBars %s: %d lines for %d bars", tag, len(hb), len(bs))
				}
				checkBlock(t, "HBars "+tag, strings.Join(hb, "\n"), w, len(bs))
				checkBlock(t, "Meter "+tag, Meter(w, dataset.N(float64(h)*3-10, 0), o), w, 1)
				tl := Timeline(w, sp, 2000+h, 2000+w/4, o)
				if len(tl) != len(sp)+1 {
					t.Fatalf("Timeline %s: %d lines for %d spans", tag, len(tl), len(sp))
				}
				checkBlock(t, "Timeline "+tag, strings.Join(tl, "\n"), w, len(sp)+1)
			}
		}
	}
}

func TestPlaceholderHasNoStyleWithoutTheme(t *testing.T) {
	s := Placeholder(10, 3, "hi", Opts{})
	if s != ansi.Strip(s) {
		t.Fatalf("unstyled placeholder has escapes: %q", s)
	}
	if !strings.Contains(s, "hi") || len(strings.Split(s, "\n")) != 3 {
		t.Fatalf("placeholder %q", s)
	}
}

// TestGridWrap: a grid writes a colouring style's escape codes around a
// run itself instead of calling Render, and the result is Render's to the
// byte, for every theme's chart styles and runs of braille, blocks and
// letters; a style that does more than colour (a width, padding) is left
// to Render.
func TestGridWrap(t *testing.T) {
	runs := []string{"⣿", "⠁⠂⠄⡀", "██▄▄", "●", "Bắc Giang", "13,85 %", "─┼─"}
	for _, n := range theme.Names {
		st := theme.New(n)
		for i, s := range []lipgloss.Style{st.Text, st.Muted, st.Faint, st.Accent, st.Positive, st.Negative, st.Pred[0], st.Pred[1], st.Bold} {
			w := wrapOf(&s)
			if !w.ok {
				t.Errorf("%s style %d: only colours, yet left to Render", n, i)
				continue
			}
			for _, r := range runs {
				if got, want := w.pre+r+w.suf, s.Render(r); got != want {
					t.Errorf("%s style %d, %q: wrapped %q, Render %q", n, i, r, got, want)
				}
			}
		}
	}
	for _, s := range []lipgloss.Style{lipgloss.NewStyle().Width(6), lipgloss.NewStyle().Padding(0, 1), lipgloss.NewStyle().MaxWidth(2)} {
		if wrapOf(&s).ok {
			t.Errorf("a style with a width or padding is wrapped: %v", s)
		}
	}
}
