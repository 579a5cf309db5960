package chart

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/theme"
)

// plain is Opts without a theme: no escapes, so tests read cells directly.
func plain(ascii bool) Opts { return Opts{Loc: i18n.New(i18n.VI), ASCII: ascii} }

func rows(s string) [][]rune {
	var out [][]rune
	for _, l := range strings.Split(ansi.Strip(s), "\n") {
		out = append(out, []rune(l))
	}
	return out
}

func flat(gapInMiddle bool) []Series {
	pts := []Point{
		{X: 2000, Y: dataset.N(10, 0)},
		{X: 2001, Y: dataset.N(10, 0)},
		{X: 2002, Y: dataset.N(10, 0)},
		{X: 2003, Y: dataset.N(10, 0)},
	}
	if gapInMiddle {
		pts[1].Y, pts[2].Y = dataset.Num{}, dataset.Num{}
	}
	return []Series{{Name: "A", Points: pts, Glyph: "●"}}
}

// between reports whether any plot cell strictly between the first and
// last glyph columns (rows above the X axis) is drawn.
func drawnBetween(t *testing.T, out string, glyph rune, plotRows int) bool {
	t.Helper()
	rs := rows(out)
	first, last := -1, -1
	for y := 0; y < plotRows; y++ {
		for x, r := range rs[y] {
			if r == glyph {
				if first < 0 || x < first {
					first = x
				}
				last = max(last, x)
			}
		}
	}
	if first < 0 || last-first < 4 {
		t.Fatalf("glyphs not found or too close (%d..%d) in\n%s", first, last, ansi.Strip(out))
	}
	for y := 0; y < plotRows; y++ {
		for x := first + 2; x < last-1; x++ { // the mark may sit beside a glyph
			if x < len(rs[y]) && rs[y][x] != ' ' {
				return true
			}
		}
	}
	return false
}

func TestLineGapIsNotZeroNorBridged(t *testing.T) {
	for _, ascii := range []bool{false, true} {
		const w, h = 40, 10
		with := Line(w, h, flat(false), plain(ascii))
		if !drawnBetween(t, with, pickGlyph(ascii), h-3) {
			t.Fatalf("control: a continuous line should be drawn between its ends (ascii=%v):\n%s", ascii, with)
		}
		gapped := Line(w, h, flat(true), plain(ascii))
		if drawnBetween(t, gapped, pickGlyph(ascii), h-3) {
			t.Fatalf("a gap was drawn (as zero or bridged), ascii=%v:\n%s", ascii, gapped)
		}
		// A gap drawn as 0 would also stretch the scale down to zero.
		for _, l := range strings.Split(gapped, "\n") {
			if strings.HasPrefix(strings.TrimSpace(l), "0┤") || strings.HasPrefix(strings.TrimSpace(l), "0+") {
				t.Fatalf("scale reaches 0 for data that is all 10:\n%s", gapped)
			}
		}
	}
}

func pickGlyph(ascii bool) rune {
	if ascii {
		return '*' // "●" is not ASCII: the first fallback glyph
	}
	return '●'
}

func TestLineLegendNamesEverySeries(t *testing.T) {
	st := theme.New(theme.Dark)
	for _, w := range []int{30, 60, 100} {
		out := Line(w, 12, growth(st), opts(false))
		lines := strings.Split(ansi.Strip(out), "\n")
		lg := lines[len(lines)-1]
		for _, s := range growth(st) {
			if !strings.Contains(lg, s.Glyph) {
				t.Errorf("w=%d: legend %q lacks glyph %q", w, lg, s.Glyph)
			}
			name := []rune(s.Name)
			if !strings.Contains(lg, string(name[:2])) {
				t.Errorf("w=%d: legend %q does not name %q", w, lg, s.Name)
			}
		}
		if w >= 60 && !strings.Contains(lg, "Bắc Giang") {
			t.Errorf("w=%d: full name expected in %q", w, lg)
		}
	}
}

func TestLineMarksEstimate(t *testing.T) {
	out := ansi.Strip(Line(60, 12, growth(theme.New(theme.Dark)), opts(false)))
	plot := strings.Join(strings.Split(out, "\n")[:9], "\n")
	if !strings.Contains(plot, "~") {
		t.Fatalf("the estimated point carries no mark:\n%s", out)
	}
	if !strings.Contains(out, "ước tính") {
		t.Fatalf("the legend does not explain the mark:\n%s", out)
	}
}

func TestLineYAxisUsesLocale(t *testing.T) {
	s := []Series{{Name: "x", Points: []Point{{X: 2020, Y: dataset.N(1200, 0)}, {X: 2021, Y: dataset.N(-3400, 0)}}}}
	out := ansi.Strip(Line(60, 14, s, plain(false)))
	if !strings.Contains(out, "−") || !strings.Contains(out, ".000") {
		t.Fatalf("expected Vietnamese grouping and a true minus on the Y axis:\n%s", out)
	}
	if !strings.Contains(out, "2020") || !strings.Contains(out, "2021") {
		t.Fatalf("years missing on the X axis:\n%s", out)
	}
}

func TestDivergingNegativesBelowAxis(t *testing.T) {
	bs := []Bar{
		{Label: "up", Value: dataset.N(5, 0), Text: "5 %"},
		{Label: "down", Value: dataset.N(-5, 0), Text: "5 %"}, // no sign in the text: the chart adds it
	}
	for _, ascii := range []bool{false, true} {
		const w, h = 20, 12
		out := Diverging(w, h, bs, plain(ascii))
		rs := rows(out)
		axis := -1
		hl := '─'
		block := '█'
		if ascii {
			hl, block = '-', '#'
		}
		for y, r := range rs {
			if len(r) == w && strings.Count(string(r), string(hl)) == w {
				axis = y
			}
		}
		if axis < 0 {
			t.Fatalf("no axis row:\n%s", out)
		}
		var above, below [2]int
		for y, r := range rs {
			for x, c := range r {
				if c != block && c != '▀' && !strings.ContainsRune("▁▂▃▄▅▆▇", c) {
					continue
				}
				slot := x / (w / 2)
				if y < axis {
					above[slot]++
				} else if y > axis {
					below[slot]++
				}
			}
		}
		if above[0] == 0 || below[0] != 0 || above[1] != 0 || below[1] == 0 {
			t.Fatalf("positive must be above and negative below the axis (ascii=%v) above=%v below=%v:\n%s", ascii, above, below, out)
		}
		if !strings.Contains(out, "+5 %") || !strings.Contains(out, "−5 %") {
			t.Fatalf("signed value labels missing:\n%s", out)
		}
		neg := strings.Index(out, "−5 %")
		if strings.Count(out[:neg], "\n") <= axis {
			t.Fatalf("negative label not below the axis:\n%s", out)
		}
	}
}

func TestHBars(t *testing.T) {
	bs := []Bar{
		{Label: "Một", Value: dataset.N(100, 0), Text: "100 ha"},
		{Label: "Hai rất dài tên", Value: dataset.N(50, 0), Text: "50 ha", Selected: true},
		{Label: "Ba", Value: dataset.Num{}},
	}
	out := HBars(40, bs, 0, plain(false))
	if strings.Count(out[0], "█") <= strings.Count(out[1], "█") || strings.Count(out[1], "█") == 0 {
		t.Fatalf("bars not scaled to the largest value: %q", out)
	}
	if !strings.HasSuffix(out[2], "—") || strings.ContainsAny(out[2], "█▏▎▍▌▋▊▉") {
		t.Fatalf("a gap must show — and no bar: %q", out[2])
	}
	for i, l := range out {
		if !strings.HasSuffix(strings.TrimRight(l, " "), []string{"100 ha", "50 ha", "—"}[i]) {
			t.Fatalf("value column not right-aligned: %q", out)
		}
	}
	// The selected label is reverse + bold with a theme.
	sel := HBars(40, bs, 0, opts(false))[1]
	if !strings.Contains(sel, "\x1b[1;7m") && !strings.Contains(sel, "\x1b[7;1m") && !strings.Contains(sel, "7m") {
		t.Fatalf("selected label not reversed: %q", sel)
	}
	// Short width: the value survives, the label is cut.
	short := HBars(14, bs, 0, plain(false))
	if !strings.Contains(short[0], "100 ha") || !strings.Contains(short[1], "…") {
		t.Fatalf("short width: %q", short)
	}
}

func TestSparklineGapIsEmptyColumn(t *testing.T) {
	v := []dataset.Num{dataset.N(5, 0), {}, dataset.N(5, 0)}
	out := Sparkline(9, 3, v, theme.New(theme.Mono).Bar, plain(false))
	for _, r := range rows(out) {
		if len(r) != 9 {
			t.Fatalf("width %d: %q", len(r), out)
		}
		if strings.TrimSpace(string(r[3:6])) != "" {
			t.Fatalf("gap column drawn: %q", out)
		}
		if strings.TrimSpace(string(r[0:2])) == "" {
			t.Fatalf("value column empty: %q", out)
		}
	}
}

func TestMeter(t *testing.T) {
	o := plain(false)
	if got := Meter(10, dataset.N(50, 0), o); strings.Count(got, "█") != 5 || strings.Count(got, "░") != 5 {
		t.Fatalf("50%% of 10: %q", got)
	}
	if got := Meter(10, dataset.Num{}, o); strings.ContainsAny(got, "█░") {
		t.Fatalf("a gap must not look like a value: %q", got)
	}
	if got := Meter(10, dataset.N(250, 0), o); strings.Count(got, "█") != 10 {
		t.Fatalf("over 100 clamps: %q", got)
	}
}

func TestTimelineShapes(t *testing.T) {
	sp := []Span{
		{Label: "span", From: 2010, To: 2015},
		{Label: "event", From: 2012, To: 2012},
		{Label: "open", From: 2018, Open: true},
	}
	out := Timeline(40, sp, 2010, 2020, plain(false))
	if len(out) != 4 {
		t.Fatalf("%d lines", len(out))
	}
	if !strings.Contains(out[0], "━") || !strings.Contains(out[1], "●") || !strings.HasSuffix(strings.TrimRight(out[2], " "), "▶") {
		t.Fatalf("shapes:\n%s", strings.Join(out, "\n"))
	}
	if strings.Contains(out[2], "◀") {
		t.Fatalf("an open span with no To must not run backwards:\n%s", strings.Join(out, "\n"))
	}
	if !strings.Contains(out[3], "2010") || !strings.Contains(out[3], "2020") {
		t.Fatalf("axis: %q", out[3])
	}
	// The event sits at 2012: 2/10 of the track.
	track := []rune(out[1])[6:]
	if i := strings.IndexRune(string(track), '●'); i < 0 {
		t.Fatal("no event")
	}
}

// Benchmarks at the sizes a 200×60 screen gives a chart panel.
func BenchmarkLine(b *testing.B) {
	o := opts(false)
	s := growth(o.Styles)
	for _, sz := range [][2]int{{96, 24}, {196, 40}} {
		b.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = Line(sz[0], sz[1], s, o)
			}
		})
	}
}

func BenchmarkHBars(b *testing.B) {
	o := opts(false)
	var bs []Bar
	for i := 0; i < 4; i++ {
		bs = append(bs, bars(o.Styles)...)
	}
	for _, w := range []int{96, 196} {
		b.Run(fmt.Sprintf("%dx%d", w, len(bs)), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = HBars(w, bs, 0, o)
			}
		})
	}
}

// TestTimelineMarkSurvivesCut: a label too long for the label column is
// cut before its mark, never through it, so "✗ unverified" is not lost on
// a long partner name.
func TestTimelineMarkSurvivesCut(t *testing.T) {
	sp := []Span{
		{Label: "Nanning city, Guangxi Zhuang Autonomous Region", Mark: "✗", From: 2024, To: 2029},
		{Label: "short", Mark: "✗", From: 2022, To: 2022},
		{Label: "plain", From: 2023, To: 2023},
	}
	for _, w := range []int{30, 50, 70, 120} {
		out := Timeline(w, sp, 2022, 2030, plain(false))
		for i, l := range out[:2] {
			if !strings.Contains(l, "✗") {
				t.Errorf("w=%d span %d lost its mark: %q", w, i, l)
			}
		}
		if !strings.Contains(out[1], "short ✗") {
			t.Errorf("w=%d: mark not beside an uncut label: %q", w, out[1])
		}
		checkBlock(t, "marked timeline", strings.Join(out, "\n"), w, len(sp)+1)
	}
}
