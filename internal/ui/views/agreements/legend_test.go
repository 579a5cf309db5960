package agreements

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// TestTimelineLegendGlyph: the timeline's legend shows the glyph the
// timeline draws for a signing date, in every mode: ● with block
// glyphs, '*' under --ascii (it said ● while drawing '*').
func TestTimelineLegendGlyph(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		for _, ascii := range []bool{false, true} {
			for _, size := range [][2]int{{80, 24}, {120, 40}, {200, 60}} {
				ctx := viewtest.Context(t, lang)
				ctx.ASCII = ascii
				m := viewtest.Open(New(), ctx, size[0], size[1])
				out := plain(m)
				title := ctx.Loc.T("agreements.timeline")
				lines := strings.Split(out, "\n")
				at := -1
				for i, l := range lines {
					if strings.HasPrefix(strings.TrimSpace(l), title) {
						at = i
						break
					}
				}
				if at < 0 {
					t.Fatalf("%s ascii=%v %v: no timeline:\n%s", lang, ascii, size, out)
				}
				legend := strings.TrimLeft(strings.TrimPrefix(strings.TrimSpace(lines[at]), title), " ·")
				glyph, _ := utf8.DecodeRuneInString(legend)
				if ascii && glyph > 0x7e {
					t.Errorf("%s %v: under --ascii the legend %q shows %q", lang, size, legend, glyph)
				}
				// The spans, up to the blank line after the axis.
				drawn := false
				for _, l := range lines[at+1:] {
					if strings.TrimSpace(l) == "" {
						break
					}
					drawn = drawn || strings.ContainsRune(l, glyph)
				}
				if !drawn {
					t.Errorf("%s ascii=%v %v: the legend's %q is not drawn on the timeline:\n%s", lang, ascii, size, glyph, strings.Join(lines[at:min(at+12, len(lines))], "\n"))
				}
			}
		}
	}
}
