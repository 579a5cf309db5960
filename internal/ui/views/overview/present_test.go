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

// presenting is ctx with presentation mode on (a copy: the root model
// hands a new Context when the mode toggles).
func presenting(ctx *common.Context) *common.Context {
	c := *ctx
	c.Present = true
	return &c
}

// hasBig reports whether every row of s in big glyphs appears in out.
func hasBig(out, s string, ascii bool) bool {
	g, ok := common.BigDigits(s, ascii)
	if !ok {
		return false
	}
	for _, r := range strings.Split(g, "\n") {
		if !strings.Contains(out, r) {
			return false
		}
	}
	return true
}

// TestPresentBigDigits: in presentation mode, at the view sizes of a
// 120×40 and 200×60 terminal, the top headlines are drawn in big digits
// with their rank and source number kept, and fewer cards are shown; the
// same size without presentation mode shows no big digits.
func TestPresentBigDigits(t *testing.T) {
	for _, sz := range [][2]int{{120, 37}, {200, 57}} {
		for _, c := range []struct {
			lang       i18n.Lang
			pct, rank  string
			num, unitW string
		}{
			{i18n.VI, "13,85 %", "thứ 1/63", "459,38", "triệu USD"},
			{i18n.EN, "13.85%", "1st of 63", "459.38", "m"},
		} {
			ctx := viewtest.ContextTheme(t, c.lang, theme.Dark)
			d := ctx.Data
			m := viewtest.Open(New(), presenting(ctx), sz[0], sz[1])
			out := m.View()
			viewtest.CheckSize(t, out, sz[0], sz[1])
			plain := viewtest.Plain(out)
			viewtest.Show(fmt.Sprintf("present %s %v", c.lang, sz), out)
			if !hasBig(plain, c.pct, false) {
				t.Errorf("%s %v: growth %q not in big digits:\n%s", c.lang, sz, c.pct, plain)
			}
			// A figure with a unit: the number big, the unit and the
			// status mark in normal type at its foot.
			if !hasBig(plain, c.num, false) || !strings.Contains(plain, c.unitW) {
				t.Errorf("%s %v: new FDI %q not big with %q:\n%s", c.lang, sz, c.num, c.unitW, plain)
			}
			_, n, _ := d.SourceByID(d.Headline[0].Source)
			if line := viewtest.LineWith(plain, c.rank); !strings.Contains(line, fmt.Sprintf("[%d]", n)) {
				t.Errorf("%s %v: rank and source [%d] not beside the big figure: %q", c.lang, sz, n, line)
			}
			cut := ctx.Loc.Pick(d.Headline[bigMax].Label)
			if strings.Contains(plain, cut) {
				t.Errorf("%s %v: headline %d (%q) shown: presentation shows at most %d", c.lang, sz, bigMax+1, cut, bigMax)
			}
			// The same size without presentation mode: normal cards.
			m.SetContext(ctx)
			normal := viewtest.Plain(m.View())
			if hasBig(normal, c.pct, false) || !strings.Contains(normal, cut) {
				t.Errorf("%s %v: normal mode draws big digits or hides %q:\n%s", c.lang, sz, cut, normal)
			}
		}
	}
}

// TestPresentToggle: SetContext with Present toggled redraws the cards,
// and toggling back gives the normal frame exactly.
func TestPresentToggle(t *testing.T) {
	ctx := viewtest.ContextTheme(t, i18n.VI, theme.Dark)
	m := viewtest.Open(New(), ctx, 120, 37)
	normal := m.View()
	m.SetContext(presenting(ctx))
	if m.View() == normal {
		t.Fatal("presentation mode did not change the overview")
	}
	m.SetContext(ctx)
	if m.View() != normal {
		t.Fatalf("back from presentation mode, the frame differs:\n%s", viewtest.Plain(m.View()))
	}
}

// TestPresentFallback: where big cards do not fit (narrow, short) the
// overview keeps its normal layout; at 80×24 whatever it draws fits.
func TestPresentFallback(t *testing.T) {
	ctx := viewtest.ContextTheme(t, i18n.VI, theme.Dark)
	for _, sz := range [][2]int{{30, 40}, {120, 12}, {80, 18}} {
		m := viewtest.Open(New(), ctx, sz[0], sz[1])
		normal := m.View()
		m.SetContext(presenting(ctx))
		if m.View() != normal {
			t.Errorf("%v: presentation mode changed a frame too small for big cards:\n%s", sz, viewtest.Plain(m.View()))
		}
	}
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		for _, ascii := range []bool{false, true} {
			c := presenting(viewtest.ContextTheme(t, lang, theme.Dark))
			c.ASCII = ascii
			m := New()
			m.SetContext(c)
			m.SetSize(80, 21) // an 80×24 terminal less tab bar, rule and footer
			viewtest.CheckSize(t, m.View(), 80, 21)
			viewtest.Show(fmt.Sprintf("present %s ascii=%v 80×21", lang, ascii), m.View())
		}
	}
}

// TestPresentLetters: when one of the headlines shown cannot be drawn in
// glyphs (here a qualifier without one, "≤"), every card is drawn in
// normal type, that figure whole: a small figure among big ones would read
// as less important. A gap headline stays "—".
func TestPresentLetters(t *testing.T) {
	d := fixture()
	d.Headline[0].Value.Qual = "≤"
	m := viewtest.Open(New(), presenting(viewtest.ContextFor(d, i18n.VI, theme.Mono)), 120, 37)
	plain := viewtest.Plain(m.View())
	if !strings.Contains(plain, "≤13,85 %") {
		t.Errorf("figure with a qualifier without a glyph not in normal type:\n%s", plain)
	}
	if hasBig(plain, "55", false) {
		t.Errorf("other figures still big beside one in normal type:\n%s", plain)
	}
	if !strings.Contains(plain, "—") {
		t.Errorf("gap headline not drawn as —:\n%s", plain)
	}
}

// TestPresentQualifiers: the bundled Bắc Giang's figures written with a
// qualifier before their unit ("≈USD 8.6 bn", ">USD 2.14 bn") are drawn
// big like the others, the qualifier in glyphs on the number and the unit
// in normal type beside it, so every card of the slide is in the same
// type.
func TestPresentQualifiers(t *testing.T) {
	ctx := viewtest.ContextTheme(t, i18n.EN, theme.Dark)
	m := viewtest.Open(New(), presenting(ctx), 160, 42)
	plain := viewtest.Plain(m.View())
	for _, num := range []string{"13.85%", "≈8.6", ">2.14", "459.38", "762.02", "11"} {
		if !hasBig(plain, num, false) {
			t.Errorf("%q not in big glyphs:\n%s", num, plain)
		}
	}
	if strings.Contains(plain, "≈USD") || strings.Contains(plain, ">USD") {
		t.Errorf("a figure left in normal type:\n%s", plain)
	}
}

// TestPresentASCII: under --ascii the big digits are the seven-segment
// ASCII glyphs.
func TestPresentASCII(t *testing.T) {
	c := presenting(viewtest.ASCIIContext(t, i18n.EN))
	m := viewtest.Open(New(), c, 120, 37)
	plain := viewtest.Plain(m.View())
	if !hasBig(plain, "13.85%", true) {
		t.Errorf("no ASCII big digits:\n%s", plain)
	}
}

// TestPresentSweep: presentation mode keeps the size rule at every size.
func TestPresentSweep(t *testing.T) {
	for _, ascii := range []bool{false, true} {
		c := presenting(viewtest.ContextTheme(t, i18n.VI, theme.Dark))
		c.ASCII = ascii
		m := New()
		m.SetContext(c)
		viewtest.Sweep(t, m, 210, 64, 3, 2)
	}
}
