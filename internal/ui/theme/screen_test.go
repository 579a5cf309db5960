package theme

import (
	"image/color"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
)

// cells parses frame as a terminal would (the renderer's own parser) into
// a w×h grid.
func cells(frame string, w, h int) uv.ScreenBuffer {
	scr := uv.NewScreenBuffer(w, h)
	uv.NewStyledString(frame).Draw(scr, scr.Bounds())
	return scr
}

func sameColor(a, b color.Color) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	r1, g1, b1, a1 := a.RGBA()
	r2, g2, b2, a2 := b.RGBA()
	return r1 == r2 && g1 == g2 && b1 == b2 && a1 == a2
}

// TestPaintScreenNoHoles: under the light theme every cell of a frame, the
// padding right of short lines and the cells after every kind of reset
// included, has the light background; text that sets no colour gets the
// theme's text colour (on a dark terminal it would be light on white);
// colours a segment sets itself (a tab's background, a red figure) are
// kept, and a 0 inside a colour (38;5;0) is not taken for a reset.
func TestPaintScreenNoHoles(t *testing.T) {
	s := New(Light)
	bg, text := s.Palette.Background, s.Palette.Text
	const w = 30
	frame := strings.Join([]string{
		"plain",
		"\x1b[1mbold\x1b[m after reset",
		"\x1b[31mred\x1b[0m after 0m",
		"\x1b[0;1;31mred bold\x1b[39m fg off",
		"\x1b[48;5;0mblack\x1b[49m bg off",
		"\x1b[38;5;0mzero\x1b[m x",
		"\x1b[7mreversed\x1b[27m 宽字",
		"\x1b]8;;https://example.org\x07link\x1b]8;;\x07 end",
		"",
	}, "\n")
	h := strings.Count(frame, "\n") + 1
	out := s.PaintScreen(frame, w)
	if got := strings.Count(out, "\n") + 1; got != h {
		t.Fatalf("%d lines, want %d", got, h)
	}
	for i, l := range strings.Split(out, "\n") {
		if lw := ansi.StringWidth(l); lw != w {
			t.Errorf("line %d is %d wide, want %d: %q", i, lw, w, l)
		}
	}
	if ansi.Strip(out) != ansi.Strip(s.PaintScreen(ansi.Strip(frame), w)) {
		t.Errorf("painting changed the text:\n%s", ansi.Strip(out))
	}
	scr := cells(out, w, h)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			c := scr.CellAt(x, y)
			if c == nil || c.Width == 0 {
				continue // the second half of a wide character
			}
			switch {
			case y == 4 && x < 5: // "black": its own background
				if !sameColor(c.Style.Bg, lipgloss.Color("0")) && !sameColor(c.Style.Bg, ansi.IndexedColor(0)) {
					t.Errorf("(%d,%d) %q: own background %v lost", x, y, c.Content, c.Style.Bg)
				}
			case !sameColor(c.Style.Bg, bg):
				t.Errorf("(%d,%d) %q: background %v, want the screen's %v (a hole)", x, y, c.Content, c.Style.Bg, bg)
			}
			red := (y == 2 && x < 3) || (y == 3 && x < 8)
			switch {
			case red && sameColor(c.Style.Fg, text):
				t.Errorf("(%d,%d) %q: the segment's red replaced by the screen's text colour", x, y, c.Content)
			case y == 5 && x < 4:
				if sameColor(c.Style.Fg, text) {
					t.Errorf("(%d,%d) %q: 38;5;0 read as a reset", x, y, c.Content)
				}
			case !red && c.Style.Fg == nil:
				t.Errorf("(%d,%d) %q: no foreground: the terminal's own would show", x, y, c.Content)
			}
		}
	}
	if !strings.Contains(out, "\x1b]8;;https://example.org\x07link") {
		t.Errorf("hyperlink not passed through: %q", out)
	}
}

// TestPaintScreenOthersUnchanged: dark, high-contrast and mono paint
// nothing: their frames are byte for byte what was composed.
func TestPaintScreenOthersUnchanged(t *testing.T) {
	frame := "a\x1b[1mb\x1b[m\nshort"
	for _, n := range []Name{Dark, HighContrast, Mono} {
		if got := New(n).PaintScreen(frame, 20); got != frame {
			t.Errorf("%s changed the frame: %q", n, got)
		}
		if New(n).Palette.Background != nil {
			t.Errorf("%s has a background", n)
		}
	}
	if New(Light).PaintScreen("", 20) != "" {
		t.Errorf("an empty frame (0×0) is not empty once painted")
	}
}
