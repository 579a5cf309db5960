package overview

import (
	"fmt"
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// chrome is the lines the dashboard keeps around a tab's body (the tab
// bar, its rule and the footer): a W×H terminal gives the tab W×(H−chrome).
const chrome = 3

// blankRun is the longest run of consecutive blank lines in out (spaces
// only once the styles are stripped), and the line it starts at.
func blankRun(out string) (n, at int) {
	run := 0
	for i, l := range strings.Split(viewtest.Plain(out), "\n") {
		if strings.TrimSpace(l) != "" {
			run = 0
			continue
		}
		if run++; run > n {
			n, at = run, i-run+1
		}
	}
	return n, at
}

// TestNoBlankBox: at every terminal size from 60×16 to 200×60 the merged
// province's overview leaves no box of blank rows where a chart or panel
// gave way: at most 2 blank lines in a row (the spacers between blocks are
// one line each), and nothing wider or taller than the tab.
func TestNoBlankBox(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		m := New()
		m.SetContext(merged(t, lang))
		for w := 60; w <= 200; w += 4 {
			for h := 16; h <= 60; h++ {
				m.SetSize(w, h-chrome)
				out := m.View()
				viewtest.CheckSize(t, out, w, h-chrome)
				if n, at := blankRun(out); n > 2 {
					t.Errorf("%s %d×%d: %d blank lines from line %d:\n%s", lang, w, h, n, at, viewtest.Plain(out))
				}
			}
		}
	}
}

// TestGrowthFiguresShown: at 120×40 the overview of the merged province
// shows each province's growth figure (the chart's labels, or the table
// that stands in for it), not only the province's own.
func TestGrowthFiguresShown(t *testing.T) {
	cases := []struct {
		lang i18n.Lang
		want []string
	}{
		{i18n.VI, []string{"10,27 %", "13,85 %", "6,03 %"}},
		{i18n.EN, []string{"10.27%", "13.85%", "6.03%"}},
	}
	for _, c := range cases {
		m := New()
		m.SetContext(merged(t, c.lang))
		m.SetSize(120, 40-chrome)
		out := viewtest.Plain(m.View())
		// Below the growth heading, not only in the formed-from panel.
		head := m.Ctx.Loc.T("overview.growth")
		i := strings.Index(out, head)
		if i < 0 {
			t.Fatalf("%s: no growth panel:\n%s", c.lang, out)
		}
		viewtest.ContainsAll(t, fmt.Sprintf("%s 120×40 growth panel", c.lang), out[i:], c.want)
	}
}
