package gdp

import (
	"fmt"
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/theme"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// TestFaceTab runs the checks the face tabs share (viewtest.CheckFaceTab):
// the real dataset at the reference sizes, both languages, every face
// (SHOW=1 prints plain frames, SHOW=ansi coloured); no box of blank rows
// on the merged province; at 80×21 the sources face scrolls to the last
// source.
func TestFaceTab(t *testing.T) {
	viewtest.CheckFaceTab(t, func() viewtest.Faced { return New() })
}

func TestBundledFigures(t *testing.T) {
	cases := []struct {
		lang         i18n.Lang
		w, h         int
		chart, table []string
	}{
		{i18n.VI, 200, 60, []string{"−3,32 %", "+17,94 %", "207.000", "8,65", "Việt Nam"}, []string{"13,85 %", "7,09 %", "thứ 1", "19,3 %"}},
		{i18n.EN, 200, 60, []string{"−3.32%", "+17.94%", "207,000", "8.65", "Vietnam"}, []string{"13.85%", "7.09%", "1st", "19.3%"}},
		{i18n.VI, 80, 24, []string{"−3,32 %", "207.000 tỷ đồng"}, []string{"13,85 %", "7,09 %"}},
		{i18n.EN, 120, 40, []string{"−3.32%", "+17.94%"}, []string{"13.85%", "2.87%"}},
	}
	for _, c := range cases {
		m := viewtest.Open(New(), viewtest.ContextTheme(t, c.lang, theme.Mono), c.w, c.h)
		viewtest.ContainsAll(t, fmt.Sprintf("%s %d×%d chart", c.lang, c.w, c.h), viewtest.Plain(m.View()), c.chart)
		m.Update(viewtest.Press("v"))
		viewtest.ContainsAll(t, fmt.Sprintf("%s %d×%d table", c.lang, c.w, c.h), viewtest.Plain(m.View()), c.table)
	}
}

// Bundled gap years (2012, 2014, 2015 have no provincial figure) print "—".
func TestBundledGaps(t *testing.T) {
	m := viewtest.Open(New(), viewtest.ContextTheme(t, i18n.VI, theme.Mono), 120, 40)
	m.Update(viewtest.Press("v"))
	rows := 0
	seen := map[string]bool{}
	for _, l := range strings.Split(viewtest.Plain(m.View()), "\n") {
		f := strings.Fields(l)
		// The growth table comes first; 2015 also has a row in the
		// structure table further down.
		if len(f) >= 2 && (f[0] == "2012" || f[0] == "2014" || f[0] == "2015") && !seen[f[0]] {
			seen[f[0]] = true
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
	viewtest.BenchResizeBundled(b, New())
}
