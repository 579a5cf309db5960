package ui

import (
	"fmt"
	"testing"

	uv "github.com/charmbracelet/ultraviolet"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/theme"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// holes returns where a frame has a cell without a background, as a
// terminal (the renderer's own parser) reads it: "" when there is none.
func holes(frame string, w, h int) string {
	scr := uv.NewScreenBuffer(w, h)
	uv.NewStyledString(frame).Draw(scr, scr.Bounds())
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			if c := scr.CellAt(x, y); c != nil && c.Width > 0 && c.Style.Bg == nil {
				return fmt.Sprintf("(%d,%d) %q", x, y, c.Content)
			}
		}
	}
	return ""
}

// TestLightPaintsEveryCell: under the light theme every cell of every
// screen has a background (README: the light theme paints its own), so it
// reads the same on a dark terminal: each tab on each face, the help, the
// search field, presentation mode and the too-small screen, in both
// languages; --ascii too. The dark theme paints nothing (its frames are
// the goldens'): the check finds holes there, so it can fail.
func TestLightPaintsEveryCell(t *testing.T) {
	sizes := [][2]int{{60, 16}, {120, 40}, {200, 60}, {40, 10}}
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		for _, ascii := range []bool{false, true} {
			m := newWith(t, Options{Lang: lang, Theme: theme.Light, ASCII: ascii})
			check := func(what string) {
				t.Helper()
				if at := holes(m.Frame(), m.width, m.height); at != "" {
					t.Fatalf("%s %s ascii=%v %dx%d: no background at %s", lang, what, ascii, m.width, m.height, at)
				}
			}
			for _, sz := range sizes {
				m.SetSize(sz[0], sz[1])
				for i, id := range TabIDs() {
					m.SetActive(i)
					for f := 0; f < 3; f++ {
						check(fmt.Sprintf("%s face %d", id, f))
						m.Update(viewtest.Key("v"))
					}
				}
				m.Update(viewtest.Key("?"))
				check("help")
				m.Update(viewtest.Key("esc"))
				m.Update(viewtest.Key("/"))
				m.Update(viewtest.Key("a"))
				check("search")
				m.Update(viewtest.Key("esc"))
				m.Update(viewtest.Key("p"))
				check("presenting")
				m.Update(viewtest.Key("p"))
			}
		}
	}
	m := newWith(t, Options{Lang: i18n.EN, Theme: theme.Dark})
	if holes(m.Frame(), 120, 40) == "" {
		t.Fatalf("the dark frame has a background in every cell: the check proves nothing")
	}
}
