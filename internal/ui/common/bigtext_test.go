package common

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"golang.org/x/text/unicode/norm"
)

// TestBigTextShape: names and dates are drawn in lines of one width, as
// BigTextWidth says, as many lines as their marks need (three for the
// glyphs, one per level of marks above, one for a dot below); the ASCII
// variant is pure ASCII.
func TestBigTextShape(t *testing.T) {
	cases := []struct {
		s     string
		lines int
	}{
		{"Bắc Giang", 5}, // ắ: a tone over a breve
		{"HANOI", 3},
		{"Hà Nội", 5}, // one level above, a dot below
		{"Hưng Yên", 4},
		{"01/07/2025", 3},
		{"1 Jul 2025", 3},
		{"6T cuối/2025", 5},
		{"Bà Rịa – Vũng Tàu", 5},
		{"Đà Nẵng", 5},
		{"Thừa Thiên Huế", 5},
		{"ABCDEFGHIJKLMNOPQRSTUVWXYZ", 3},
	}
	for _, c := range cases {
		for _, ascii := range []bool{false, true} {
			out, ok := BigText(c.s, ascii)
			if !ok {
				t.Fatalf("BigText(%q, %v) not ok", c.s, ascii)
			}
			lines := strings.Split(out, "\n")
			if len(lines) != c.lines {
				t.Errorf("%q ascii=%v: %d lines, want %d:\n%s", c.s, ascii, len(lines), c.lines, out)
			}
			w := BigTextWidth(c.s, ascii)
			for i, l := range lines {
				if lipgloss.Width(l) != w {
					t.Fatalf("%q ascii=%v: line %d is %d wide, BigTextWidth %d:\n%s", c.s, ascii, i, lipgloss.Width(l), w, out)
				}
				for _, r := range l {
					if ascii && r > 0x7f {
						t.Fatalf("%q: non-ASCII %q in ASCII glyphs:\n%s", c.s, r, out)
					}
				}
			}
			if testing.Verbose() {
				t.Logf("%q ascii=%v\n%s", c.s, ascii, out)
			}
		}
	}
}

// TestBigTextVietnamese: every Vietnamese vowel with every tone, in both
// cases and in composed (NFC) or decomposed (NFD) form, is drawn, each
// differently from the others (the marks are really drawn, not dropped),
// the same in lower and upper case; đ is drawn, unlike d.
func TestBigTextVietnamese(t *testing.T) {
	vowels := []string{"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"}
	tones := []string{"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}
	for _, ascii := range []bool{false, true} {
		seen := map[string]string{}
		for _, v := range vowels {
			for _, tone := range tones {
				lower := norm.NFC.String(v + tone)
				upper := strings.ToUpper(lower)
				g, ok := BigText(lower, ascii)
				if !ok {
					t.Fatalf("ascii=%v: %q not drawn", ascii, lower)
				}
				for _, other := range []string{upper, norm.NFD.String(lower), norm.NFD.String(upper)} {
					if o, ok := BigText(other, ascii); !ok || o != g {
						t.Fatalf("ascii=%v: %q drawn unlike %q:\n%s\n%s", ascii, other, lower, o, g)
					}
				}
				if prev, dup := seen[g]; dup {
					t.Fatalf("ascii=%v: %q and %q look the same:\n%s", ascii, prev, lower, g)
				}
				seen[g] = lower
			}
		}
		dd, ok1 := BigText("đ", ascii)
		DD, ok2 := BigText("Đ", ascii)
		d, _ := BigText("D", ascii)
		if !ok1 || !ok2 || dd != DD || dd == d {
			t.Fatalf("ascii=%v: đ %v Đ %v, đ==Đ %v, Đ==D %v", ascii, ok1, ok2, dd == DD, dd == d)
		}
	}
}

// TestBigTextMarksPlaced: in "Bắc" the acute sits over the breve, both
// over the A (the second glyph); in "Hạ" the dot is under the A.
func TestBigTextMarksPlaced(t *testing.T) {
	out, _ := BigText("Bắc", false)
	lines := strings.Split(out, "\n")
	col := func(l string, i int) string { return string([]rune(l)[i*4 : i*4+3]) }
	if col(lines[0], 1) != markGlyph(markAcute, false) || col(lines[1], 1) != markGlyph(markBreve, false) || col(lines[2], 1) != bigLetters['A'][0] {
		t.Fatalf("Bắc: marks not stacked over the A:\n%s", out)
	}
	if strings.TrimSpace(col(lines[0], 0)+col(lines[1], 0)+col(lines[0], 2)+col(lines[1], 2)) != "" {
		t.Fatalf("Bắc: marks over B or C:\n%s", out)
	}
	out, _ = BigText("Hạ", true)
	lines = strings.Split(out, "\n")
	if len(lines) != 4 || col(lines[3], 1) != markGlyph(markDotBelow, true) || strings.TrimSpace(col(lines[3], 0)) != "" {
		t.Fatalf("Hạ: dot not under the A:\n%s", out)
	}
}

// TestBigLettersDistinct: no two capitals share a glyph, in either set.
func TestBigLettersDistinct(t *testing.T) {
	for _, set := range []map[rune][3]string{bigLetters, asciiLetters} {
		seen := map[[3]string]rune{}
		for r, g := range set {
			if o, dup := seen[g]; dup {
				t.Fatalf("%q and %q share a glyph %q", o, r, g)
			}
			seen[g] = r
			for _, l := range g {
				if len([]rune(l)) != len([]rune(g[0])) {
					t.Fatalf("%q: lines of different widths %q", r, g)
				}
			}
		}
	}
	if len(bigLetters) != len(asciiLetters) {
		t.Fatalf("%d block letters, %d ASCII ones", len(bigLetters), len(asciiLetters))
	}
}

// TestBigTextFallback: a character or a combination of marks the font
// lacks means ok false, so the caller writes the name in normal type
// instead of drawing part of it.
func TestBigTextFallback(t *testing.T) {
	for _, s := range []string{"", "   ", "Bắc (Giang)", "Москва", "北京", "Straße", "a\u0301\u0300", "â\u0306", "5\u0301", "A\u031b", "Ơ\u031b", "\u0301a", "x\u0327"} {
		for _, ascii := range []bool{false, true} {
			if out, ok := BigText(s, ascii); ok || out != "" {
				t.Fatalf("BigText(%q, %v) = %q, %v; want \"\", false", s, ascii, out, ok)
			}
			if BigTextWidth(s, ascii) != -1 {
				t.Fatalf("BigTextWidth(%q) != -1", s)
			}
		}
	}
}

// TestScaleBlocks: each quarter of a cell becomes k×k quarters: k = 1
// gives the text back, shapes keep their place at any k, and text that is
// not made of blocks (the ASCII glyphs) is refused.
func TestScaleBlocks(t *testing.T) {
	for _, c := range []struct {
		in   string
		k    int
		want string
	}{
		{"█▀▄", 1, "█▀▄"},
		{"█", 2, "██\n██"},
		{"▀", 2, "██\n  "},
		{"▘ ", 2, "█   \n    "},
		{"▚", 2, "█ \n █"},
		{"▗▘", 2, "  █ \n █  "}, // the acute: its slant kept
	} {
		got, ok := ScaleBlocks(c.in, c.k)
		if !ok || got != c.want {
			t.Errorf("ScaleBlocks(%q, %d) = %q, %v; want %q", c.in, c.k, got, ok, c.want)
		}
	}
	g, _ := BigText("Bắc Giang", false)
	for k := 1; k <= 4; k++ {
		s, ok := ScaleBlocks(g, k)
		lines := strings.Split(s, "\n")
		if !ok || len(lines) != 5*k {
			t.Fatalf("k=%d: ok %v, %d lines, want %d", k, ok, len(lines), 5*k)
		}
		for _, l := range lines {
			if lipgloss.Width(l) != BigTextWidth("Bắc Giang", false)*k {
				t.Fatalf("k=%d: line %q is %d wide, want %d", k, l, lipgloss.Width(l), BigTextWidth("Bắc Giang", false)*k)
			}
		}
	}
	a, _ := BigText("Bắc", true)
	for _, in := range []string{a, "ab", "█\x1b[1m"} {
		if _, ok := ScaleBlocks(in, 2); ok {
			t.Errorf("ScaleBlocks(%q) accepted text that is not blocks", in)
		}
	}
	if _, ok := ScaleBlocks("█", 0); ok {
		t.Errorf("ScaleBlocks(k=0) accepted")
	}
}
