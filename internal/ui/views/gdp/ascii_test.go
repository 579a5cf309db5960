package gdp

import (
	"testing"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/theme"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// TestASCII: with --ascii no face, selection or detail of the tab draws
// box drawing, block elements or braille, at 80×24, 120×40 and 200×60 in
// both languages, plain and in presentation mode.
func TestASCII(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		for _, present := range []bool{false, true} {
			ctx := viewtest.ASCIIContext(t, lang)
			ctx.Present = present
			m := New()
			m.SetContext(ctx)
			n := viewtest.CheckASCII(t, m, string(lang), []string{"j", "enter"}, []string{"v", "j", "enter"})
			if n == 0 {
				t.Fatal("no frame checked")
			}
		}
	}
	// Without --ascii the same tab does draw such characters (borders,
	// bars, the notice bar): the check above can fail.
	m := New()
	m.SetContext(viewtest.ContextTheme(t, i18n.EN, theme.Dark))
	m.SetSize(120, 40)
	if _, bad := viewtest.NonASCIIGraphic(viewtest.Plain(m.View())); !bad {
		t.Fatalf("without --ascii the chart face draws no box or block character:\n%s", viewtest.Plain(m.View()))
	}
}
