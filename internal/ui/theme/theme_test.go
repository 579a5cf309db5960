package theme

import (
	"image/color"
	"math"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
)

// luminance is the WCAG relative luminance of c.
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		x := float64(v) / 0xffff
		if x <= 0.03928 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// TestContrast: on the background each theme is made for, every colour
// that carries text is at least 4.5:1 (WCAG AA), so a washed-out projector
// still shows it; borders and dim bars at least 2.5:1.
func TestContrast(t *testing.T) {
	cases := []struct {
		n  Name
		bg color.Color
	}{
		{Dark, lipgloss.Color("#14161B")},
		{Light, lipgloss.Color("#FFFFFF")},
		{HighContrast, lipgloss.Color("#000000")},
	}
	for _, c := range cases {
		p := palette(c.n)
		text := map[string]color.Color{
			"Text": p.Text, "Muted": p.Muted, "Faint": p.Faint, "Accent": p.Accent,
			"Province": p.Province, "National": p.National, "Positive": p.Positive,
			"Negative": p.Negative, "Warn": p.Warn, "Bar": p.Bar, "BarAlt": p.BarAlt,
		}
		for i, col := range p.Pred {
			text["Pred"+string(rune('1'+i))] = col
		}
		for role, col := range text {
			if r := contrast(col, c.bg); r < 4.5 {
				t.Errorf("%s: %s is %.2f:1 on its background, want ≥ 4.5", c.n, role, r)
			}
		}
		for role, col := range map[string]color.Color{"Border": p.Border, "BarDim": p.BarDim} {
			if r := contrast(col, c.bg); r < 2.5 {
				t.Errorf("%s: %s is %.2f:1, want ≥ 2.5", c.n, role, r)
			}
		}
		if r := contrast(p.AccentText, p.Accent); r < 4.5 {
			t.Errorf("%s: active tab text is %.2f:1 on the accent, want ≥ 4.5", c.n, r)
		}
	}
}

// TestSelectionNotColourOnly: in every theme the selection is reverse and
// bold, so it shows on a projector that loses colours.
func TestSelectionNotColourOnly(t *testing.T) {
	for _, n := range Names {
		s := New(n)
		if !s.Selected.GetReverse() || !s.Selected.GetBold() {
			t.Errorf("%s: Selected is not reverse+bold", n)
		}
		if !s.TabActive.GetBold() {
			t.Errorf("%s: active tab is not bold", n)
		}
	}
}

func TestParseResolveNext(t *testing.T) {
	for _, s := range []string{"auto", "Dark", "light", "HIGH-CONTRAST", "mono"} {
		if _, err := ParseName(s); err != nil {
			t.Errorf("ParseName(%q): %v", s, err)
		}
	}
	if _, err := ParseName("solarized"); err == nil || !strings.Contains(err.Error(), "auto") {
		t.Errorf("ParseName(solarized) = %v, want an error listing auto", err)
	}
	if Resolve(Auto, true) != Dark || Resolve(Auto, false) != Light || Resolve("", false) != Light || Resolve(Mono, false) != Mono {
		t.Errorf("Resolve wrong")
	}
	seen := map[Name]bool{}
	n := Dark
	for range Names {
		seen[n] = true
		n = Next(n)
	}
	if n != Dark || len(seen) != len(Names) {
		t.Errorf("Next does not cycle through all themes: %v", seen)
	}
}

// TestWithASCII: the bordered styles draw no box-drawing characters.
func TestWithASCII(t *testing.T) {
	for _, n := range Names {
		s := New(n).WithASCII()
		for _, st := range []lipgloss.Style{s.Panel, s.Card, s.Overlay} {
			out := st.Render("x")
			for _, r := range out {
				if r >= 0x2500 && r <= 0x257F {
					t.Fatalf("%s: box drawing %q in ASCII border:\n%s", n, r, out)
				}
			}
		}
		if New(n).ASCII || !s.ASCII {
			t.Fatalf("ASCII flag wrong")
		}
	}
}

// TestPredGlyphs: every series of a merged province's growth chart has
// its own glyph, in Unicode and in ASCII, so the lines differ without
// colour; none is the province's ●, the nation's ◇ or the chart's own
// ASCII stand-ins for them.
func TestPredGlyphs(t *testing.T) {
	for _, ascii := range []bool{false, true} {
		seen := map[string]bool{"●": true, "◇": true, "*": true, "+": true}
		for i := range PredSeries {
			g := PredGlyph(i, ascii)
			if seen[g] || g == "" {
				t.Errorf("ascii %v: predecessor %d glyph %q repeats another series'", ascii, i, g)
			}
			if ascii && (len(g) != 1 || g[0] > 0x7e) {
				t.Errorf("ascii glyph %q is not ASCII", g)
			}
			seen[g] = true
		}
		if PredGlyph(PredSeries, ascii) != PredGlyph(0, ascii) || PredGlyph(-1, ascii) == "" {
			t.Error("glyphs past PredSeries do not cycle")
		}
	}
}

// TestVerdictStyles: the three verdict families are drawn apart in every
// theme, mono included (there by weight and underline, not colour), and a
// badge's text is at least 4.5:1 on its colour.
func TestVerdictStyles(t *testing.T) {
	for _, n := range Names {
		s := New(n)
		seen := map[string]bool{}
		for _, st := range []lipgloss.Style{s.VerdictGood, s.VerdictBad, s.VerdictNeutral} {
			seen[st.Render("x")] = true
			if bg, fg := st.GetBackground(), st.GetForeground(); bg != nil {
				if _, none := bg.(lipgloss.NoColor); !none {
					if r := contrast(fg, bg); r < 4.5 {
						t.Errorf("%s: a verdict badge's text is %.2f:1 on its colour, want ≥ 4.5", n, r)
					}
				}
			}
		}
		if len(seen) != 3 {
			t.Errorf("%s: the verdict families are not drawn apart", n)
		}
	}
}
