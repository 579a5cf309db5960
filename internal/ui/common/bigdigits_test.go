package common

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
)

// TestBigDigitsShape: every supported figure is three lines of equal
// width, as BigDigitsWidth says, and the ASCII variant is pure ASCII.
func TestBigDigitsShape(t *testing.T) {
	figures := []string{"13,85 %", "2.720,72", "≈8,65", "−2,1", "-2,1", "+5", "~1.234", "> 100", "0123456789", "7\u00a0%"}
	for _, s := range figures {
		for _, ascii := range []bool{false, true} {
			out, ok := BigDigits(s, ascii)
			if !ok {
				t.Fatalf("BigDigits(%q, %v) not ok", s, ascii)
			}
			lines := strings.Split(out, "\n")
			if len(lines) != 3 {
				t.Fatalf("%q: %d lines, want 3:\n%s", s, len(lines), out)
			}
			w := BigDigitsWidth(s, ascii)
			for i, l := range lines {
				if lipgloss.Width(l) != w {
					t.Fatalf("%q ascii=%v: line %d is %d wide, BigDigitsWidth %d:\n%s", s, ascii, i, lipgloss.Width(l), w, out)
				}
				for _, r := range l {
					if ascii && r > 0x7f {
						t.Fatalf("%q: non-ASCII %q in ASCII glyphs:\n%s", s, r, out)
					}
				}
			}
			if testing.Verbose() {
				t.Logf("%q ascii=%v\n%s", s, ascii, out)
			}
		}
	}
}

// TestBigDigitsGlyphs: known shapes, and distinct glyphs for characters
// that must not be confused on a slide (',' and '.', '−' and '~').
func TestBigDigitsGlyphs(t *testing.T) {
	got, _ := BigDigits("10", false)
	want := "▀█  █▀█\n █  █ █\n▀▀▀ ▀▀▀"
	if got != want {
		t.Fatalf("BigDigits(10) =\n%s\nwant\n%s", got, want)
	}
	got, _ = BigDigits("1", true)
	if got != "   \n  |\n  |" {
		t.Fatalf("ASCII 1 = %q", got)
	}
	for _, ascii := range []bool{false, true} {
		seen := map[string]rune{}
		for _, r := range "0123456789.,%−+~≈>" {
			g, _ := BigDigits(string(r), ascii)
			if o, dup := seen[g]; dup {
				t.Fatalf("ascii=%v: %q and %q share a glyph:\n%s", ascii, o, r, g)
			}
			seen[g] = r
		}
	}
}

// TestBigDigitsFallback: letters, empty input, a lone space: ok is false so
// the caller draws normal type.
func TestBigDigitsFallback(t *testing.T) {
	for _, s := range []string{"", " ", "8,65 tỷ USD", "ha", "—"} {
		if out, ok := BigDigits(s, false); ok || out != "" {
			t.Fatalf("BigDigits(%q) = %q, %v; want \"\", false", s, out, ok)
		}
		if BigDigitsWidth(s, true) != -1 {
			t.Fatalf("BigDigitsWidth(%q) != -1", s)
		}
	}
}
