package gdp

import (
	"fmt"
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/theme"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// presenting is ctx in presentation mode with focus year y (a copy: the
// root model hands a new Context when either changes).
func presenting(ctx *common.Context, y int) *common.Context {
	c := *ctx
	c.Present, c.Year = true, y
	return &c
}

// growthCells are the focus year's province and national cells, as the
// content page has them.
func growthCells(m *Model, year int) (p, n content.Cell) {
	g := m.section("growth")
	for _, r := range g.Rows {
		if r.Year == year {
			p, _ = g.Cell(r, "province")
			n, _ = g.Cell(r, "national")
		}
	}
	return p, n
}

// TestPresentBigReadout: while presenting, where there is room, the focus
// year's province growth is drawn in big digits with its status mark and
// source number at their foot, and Vietnam's figure with its own source
// beside it; without presentation mode, on a small screen, or for a year
// without a province figure, the one-line readout stays.
func TestPresentBigReadout(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		for _, ascii := range []bool{false, true} {
			base := viewtest.ContextTheme(t, lang, theme.Dark)
			base.ASCII = ascii
			for _, sz := range [][2]int{{80, 21}, {120, 37}, {200, 57}} {
				m := New()
				m.SetContext(presenting(base, 2019)) // an estimate: marked ~
				m.SetSize(sz[0], sz[1])
				out := viewtest.Plain(m.View())
				viewtest.CheckSize(t, m.View(), sz[0], sz[1])
				what := fmt.Sprintf("%s ascii=%v %v", lang, ascii, sz)
				p, n := growthCells(m, 2019)
				g, ok := common.BigDigits(p.Text, ascii)
				if !ok || p.Mark == "" || len(p.Cite) == 0 {
					t.Fatalf("%s: 2019's province figure %q (mark %q) is not the case this tests", what, p.Text, p.Mark)
				}
				rows := strings.Split(g, "\n")
				for _, r := range rows {
					if !strings.Contains(out, r) {
						t.Fatalf("%s: %q not drawn big:\n%s", what, p.Text, out)
					}
				}
				foot := viewtest.LineWith(out, rows[2])
				if !strings.Contains(foot, rows[2]+" "+p.Mark+" "+common.SourceNum(base, p.Cite[0])) {
					t.Errorf("%s: mark and source not at the foot of the figure: %q", what, foot)
				}
				top := viewtest.LineWith(out, rows[0])
				if !strings.Contains(top, n.Text) || !strings.Contains(top, common.SourceNum(base, n.Cite[0])) || !strings.Contains(top, "2019") {
					t.Errorf("%s: year and Vietnam's figure with its source not beside it: %q", what, top)
				}
				// The same without presentation mode: one line.
				m.SetContext(func() *common.Context { c := *base; c.Year = 2019; return &c }())
				if o := viewtest.Plain(m.View()); strings.Contains(o, rows[0]) || !strings.Contains(o, p.Text+" "+p.Mark) {
					t.Errorf("%s: not presenting, yet big digits (or no one-line readout):\n%s", what, o)
				}
			}
			// Too small for big digits and a chart: the one-line readout.
			m := viewtest.Open(New(), presenting(base, 2019), 60, 13)
			p, _ := growthCells(m, 2019)
			g, _ := common.BigDigits(p.Text, ascii)
			if o := viewtest.Plain(m.View()); strings.Contains(o, strings.Split(g, "\n")[0]) || !strings.Contains(o, p.Text) {
				t.Errorf("%s ascii=%v 60×13: big digits without room for them, or no readout:\n%s", lang, ascii, o)
			}
		}
	}
	// A year without a province figure: the one-line readout says so.
	ctx := newCtx(i18n.EN, theme.Dark)
	m := viewtest.Open(New(), presenting(ctx, 2012), 120, 37)
	if o := viewtest.Plain(m.View()); !strings.Contains(viewtest.LineWith(o, "2012"), "Bắc Giang —") {
		t.Errorf("2012 (a gap) while presenting: %q", viewtest.LineWith(o, "2012"))
	}
}

// TestPresentSweep: presenting, the GDP tab keeps the size rule at every
// size and does not panic, in both languages, with and without --ascii.
func TestPresentSweep(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		for _, ascii := range []bool{false, true} {
			ctx := viewtest.ContextTheme(t, lang, theme.Dark)
			ctx.ASCII = ascii
			m := New()
			m.SetContext(presenting(ctx, 2019))
			viewtest.Sweep(t, m, 210, 64, 4, 3)
		}
	}
}
