package overview

import (
	"fmt"
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/theme"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// TestBundled renders the real dataset at the three reference sizes in
// both languages and every face; SHOW=1 prints the frames (SHOW=ansi keeps
// the colours) so the layout can be looked at.
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
					t.Errorf("%s %v chart face: %d lines, want the full %d", lang, sz, n, sz[1])
				}
				viewtest.Show(fmt.Sprintf("%s %d×%d face %d", lang, sz[0], sz[1], m.Face()), out)
				m.Update(viewtest.Press("v"))
			}
		}
	}
}

// The seed article's headline figures, as the bundled data gives them.
func TestBundledFigures(t *testing.T) {
	cases := []struct {
		lang i18n.Lang
		w, h int
		want []string
	}{
		{i18n.VI, 200, 60, []string{"13,85 %", "thứ 1/63", "≈8,6 tỷ USD", "thứ 12/63", ">30", "Bắc Ninh", "2.720,72 ha"}},
		{i18n.EN, 200, 60, []string{"13.85%", "1st of 63", "USD ≈8.6 bn", "12th of 63", ">30", "Bắc Ninh", "2,720.72 ha"}},
		{i18n.VI, 120, 40, []string{"13,85 %", "thứ 1/63", "≈8,6 tỷ USD"}},
		{i18n.VI, 80, 24, []string{"13,85 %", "thứ 1/63", "≈8,6 tỷ USD", "Nguồn:"}},
		{i18n.EN, 80, 24, []string{"13.85%", "1st of 63", "USD ≈8.6 bn", "Source:"}},
	}
	for _, c := range cases {
		m := New()
		m.SetContext(viewtest.ContextTheme(t, c.lang, theme.Mono))
		m.SetSize(c.w, c.h)
		out := viewtest.Plain(m.View())
		for _, w := range c.want {
			if !strings.Contains(out, w) {
				t.Errorf("%s %d×%d: %q missing from\n%s", c.lang, c.w, c.h, w, out)
			}
		}
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
