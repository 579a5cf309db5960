package gdp

import (
	"fmt"
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/theme"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// TestBundled renders the real dataset at the reference sizes, both
// languages, every face; SHOW=1 prints plain frames, SHOW=ansi coloured.
func TestBundled(t *testing.T) {
	for _, sz := range [][2]int{{80, 21}, {80, 24}, {120, 40}, {200, 60}} {
		for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
			m := New()
			m.SetContext(viewtest.ContextTheme(t, lang, theme.Dark))
			m.SetSize(sz[0], sz[1])
			for range 3 {
				out := m.View()
				viewtest.CheckSize(t, out, sz[0], sz[1])
				if n := len(strings.Split(out, "\n")); m.Face() == common.FaceChart && n != sz[1] {
					t.Errorf("%s %v chart face: %d lines, want %d", lang, sz, n, sz[1])
				}
				viewtest.Show(fmt.Sprintf("%s %d×%d face %d", lang, sz[0], sz[1], m.Face()), out)
				m.Update(viewtest.Press("v"))
			}
		}
	}
}

func TestBundledFigures(t *testing.T) {
	cases := []struct {
		lang         i18n.Lang
		w, h         int
		chart, table []string
	}{
		{i18n.VI, 200, 60, []string{"−3,32 %", "+17,94 %", "207.000", "8,65", "Việt Nam"}, []string{"13,85 %", "7,09 %", "thứ 1/63", "19,3 %"}},
		{i18n.EN, 200, 60, []string{"−3.32%", "+17.94%", "207,000", "8.65", "Vietnam"}, []string{"13.85%", "7.09%", "1st of 63", "19.3%"}},
		{i18n.VI, 80, 24, []string{"−3,32 %", "207.000 tỷ đồng"}, []string{"13,85 %", "7,09 %"}},
		{i18n.EN, 120, 40, []string{"−3.32%", "+17.94%"}, []string{"13.85%", "2.87%"}},
	}
	for _, c := range cases {
		m := New()
		m.SetContext(viewtest.ContextTheme(t, c.lang, theme.Mono))
		m.SetSize(c.w, c.h)
		out := viewtest.Plain(m.View())
		for _, w := range c.chart {
			if !strings.Contains(out, w) {
				t.Errorf("%s %d×%d chart: %q missing from\n%s", c.lang, c.w, c.h, w, out)
			}
		}
		m.Update(viewtest.Press("v"))
		out = viewtest.Plain(m.View())
		for _, w := range c.table {
			if !strings.Contains(out, w) {
				t.Errorf("%s %d×%d table: %q missing from\n%s", c.lang, c.w, c.h, w, out)
			}
		}
	}
}

// Bundled gap years (2012, 2014, 2015 have no provincial figure) print "—".
func TestBundledGaps(t *testing.T) {
	m := New()
	m.SetContext(viewtest.ContextTheme(t, i18n.VI, theme.Mono))
	m.SetSize(120, 40)
	m.Update(viewtest.Press("v"))
	rows := 0
	for _, l := range strings.Split(viewtest.Plain(m.View()), "\n") {
		f := strings.Fields(l)
		if len(f) >= 2 && (f[0] == "2012" || f[0] == "2014" || f[0] == "2015") {
			rows++
			if f[1] != "—" {
				t.Errorf("gap year row %q: province column %q, want —", l, f[1])
			}
		}
	}
	if rows != 3 {
		t.Errorf("found %d of the 3 gap-year rows:\n%s", rows, viewtest.Plain(m.View()))
	}
}

// BenchmarkRebuildBundled is a resize on the real dataset (budget ≤ 5 ms).
func BenchmarkRebuildBundled(b *testing.B) {
	m := New()
	m.SetContext(viewtest.ContextTheme(b, i18n.VI, theme.Dark))
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		m.SetSize(200-i%2, 60)
	}
}

// At 80×21 the sources face scrolls to the last source, in both languages.
func TestBundledSourcesScroll(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		m := New()
		m.SetContext(viewtest.Context(t, lang))
		viewtest.ReachSources(t, m, 2, 80, 21)
		if m.Face() != common.FaceSources || !strings.Contains(viewtest.Plain(m.View()), "↑") {
			t.Errorf("%s: the sources face does not say it is scrolled:\n%s", lang, viewtest.Plain(m.View()))
		}
	}
}
