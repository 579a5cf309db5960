package main

import (
	"image"
	"image/color"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var (
	testFg = color.RGBA{0xE6, 0xE1, 0xCF, 0xFF}
	testBg = color.RGBA{0x14, 0x16, 0x1B, 0xFF}
)

// renderTest renders text at 1× with the system fonts, skipping when DejaVu is
// not installed (it is on Debian by default, and make.sh requires it).
func renderTest(t *testing.T, text string) *canvas {
	t.Helper()
	fonts, err := loadFonts()
	if err != nil {
		t.Skipf("fonts: %v", err)
	}
	c, err := render(text, fonts, options{fg: testFg, bg: testBg, size: 16, pad: 24, scale: 1})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// at is the colour at (dx, dy) inside cell (x, y).
func at(c *canvas, x, y, dx, dy int) color.RGBA {
	p := c.cellRect(x, y, 1).Min.Add(image.Pt(dx, dy))
	return c.img.RGBAAt(p.X, p.Y)
}

func TestGridSize(t *testing.T) {
	c := renderTest(t, "ab\n世x\nc\n")
	if c.cw < 8 || c.ch < c.cw {
		t.Fatalf("cell %d×%d px, want about 10×20", c.cw, c.ch)
	}
	// Widest line is 3 cells (世 is wide); the trailing newline adds no row.
	want := image.Rect(0, 0, 3*c.cw+48, 3*c.ch+48)
	if got := c.img.Bounds(); got != want {
		t.Errorf("image %v, want %v", got, want)
	}
}

func TestBackgrounds(t *testing.T) {
	red := color.RGBA{0xFF, 0, 0, 0xFF}
	blue := color.RGBA{0, 0, 0xFF, 0xFF}
	c := renderTest(t, "a\x1b[48;2;255;0;0mb\x1b[m \x1b[7m \x1b[m\n\x1b[48;2;0;0;255m世\x1b[mz")
	for _, tc := range []struct {
		name string
		x, y int
		want color.RGBA
	}{
		{"plain cell", 0, 0, testBg},
		{"red cell", 1, 0, red},
		{"cell after the red one", 2, 0, testBg},
		{"reverse video", 3, 0, testFg},
		{"wide char, left half", 0, 1, blue},
		{"wide char, right half", 1, 1, blue},
		{"after the wide char", 2, 1, testBg},
	} {
		// Corners are clear of glyphs; check all four.
		for _, d := range []image.Point{{0, 0}, {c.cw - 1, 0}, {0, c.ch - 1}, {c.cw - 1, c.ch - 1}} {
			if got := at(c, tc.x, tc.y, d.X, d.Y); got != tc.want {
				t.Errorf("%s: pixel %v of cell (%d,%d) = %v, want %v", tc.name, d, tc.x, tc.y, got, tc.want)
			}
		}
	}
	// Outside the rounded corner the frame is transparent.
	if got := c.img.RGBAAt(0, 0); got.A != 0 {
		t.Errorf("frame corner = %v, want transparent", got)
	}
}

func TestBrailleDots(t *testing.T) {
	// ⠁ is dot 1 (top left) only; ⢀ is dot 8 (bottom right) only.
	c := renderTest(t, "⠁⢀")
	top := image.Pt(c.cw/4, c.ch/8)
	bottom := image.Pt(3*c.cw/4, 7*c.ch/8)
	check := func(x int, p image.Point, want color.RGBA) {
		t.Helper()
		if got := at(c, x, 0, p.X, p.Y); got != want {
			t.Errorf("cell %d at %v = %v, want %v", x, p, got, want)
		}
	}
	check(0, top, testFg)
	check(0, bottom, testBg)
	check(1, top, testBg)
	check(1, bottom, testFg)
}

func TestBoxLinesJoin(t *testing.T) {
	// A horizontal rule through a cross: one unbroken row of pixels across
	// all three cells, and an unbroken column down the middle one.
	c := renderTest(t, "─┼─\n │ ")
	lightPx, _ := strokes(c.cw)
	y := (c.ch-lightPx)/2 + lightPx/2
	for x := 0; x < 3*c.cw; x++ {
		if got := at(c, 0, 0, x, y); got != testFg {
			t.Fatalf("horizontal rule broken at x=%d: %v", x, got)
		}
	}
	x := c.cw + (c.cw-lightPx)/2
	for y := 0; y < 2*c.ch; y++ {
		if got := at(c, 0, 0, x, y); got != testFg {
			t.Fatalf("vertical rule broken at y=%d: %v", y, got)
		}
	}
	// Above the rule in the first cell there is nothing.
	if got := at(c, 0, 0, c.cw/2, 1); got != testBg {
		t.Errorf("─ draws above its line: %v", got)
	}
}

func TestBlocks(t *testing.T) {
	// ▄ fills exactly the lower half; ▌ the left half.
	c := renderTest(t, "▄▌")
	for _, tc := range []struct {
		x, dx, dy int
		want      color.RGBA
	}{
		{0, c.cw / 2, c.ch/2 - 1, testBg},
		{0, c.cw / 2, c.ch / 2, testFg},
		{0, 0, c.ch - 1, testFg},
		{1, c.cw/2 - 1, 0, testFg},
		{1, c.cw / 2, 0, testBg},
	} {
		if got := at(c, tc.x, 0, tc.dx, tc.dy); got != tc.want {
			t.Errorf("cell %d at (%d,%d) = %v, want %v", tc.x, tc.dx, tc.dy, got, tc.want)
		}
	}
}

func TestBoxArms(t *testing.T) {
	for r, want := range map[rune][4]int{
		'─': {light, none, light, none},
		'┃': {none, heavy, none, heavy},
		'┌': {none, none, light, light},
		'┤': {light, light, none, light},
		'┷': {heavy, light, heavy, none},
		'╋': {heavy, heavy, heavy, heavy},
		'╌': {light, none, light, none},
		'╿': {none, heavy, none, light},
	} {
		if got, _, ok := boxArms(r); !ok || got != want {
			t.Errorf("boxArms(%q) = %v, %v; want %v", r, got, ok, want)
		}
	}
	if _, _, ok := boxArms('═'); ok {
		t.Error("double lines should be left to the font")
	}
}

func TestRunWritesPNG(t *testing.T) {
	if _, err := loadFonts(); err != nil {
		t.Skipf("fonts: %v", err)
	}
	out := filepath.Join(t.TempDir(), "x.png")
	if err := run([]string{"-o", out, "-bg", "#FFFFFF", "-fg", "#1F2328"}, strings.NewReader("x\x1b[1my\x1b[m ✓ ⣿")); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(out); err != nil || fi.Size() == 0 {
		t.Fatalf("no PNG written: %v", err)
	}
	if err := run([]string{"-o", out, "-bg", "white"}, strings.NewReader("x")); err == nil {
		t.Error("a colour name should be rejected")
	}
	if err := run([]string{"-o", out}, strings.NewReader("")); err == nil {
		t.Error("empty input should be an error")
	}
}
