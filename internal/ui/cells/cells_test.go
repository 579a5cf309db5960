package cells

import (
	"testing"

	"charm.land/lipgloss/v2"
)

func TestCutTitleKeepsItsYear(t *testing.T) {
	for _, c := range []struct {
		in   string
		w    int
		want string
	}{
		{"Tăng trưởng GRDP 2024", 30, "Tăng trưởng GRDP 2024"},
		{"Tăng trưởng GRDP 2024", 16, "Tăng trưởn… 2024"},
		{"Growth by sector, 2019 [7]", 20, "Growth by… 2019 [7]"},
		{"Industrial parks", 10, "Industria…"},
		{"2024", 3, "20…"},
	} {
		got := CutTitle(c.in, c.w)
		if got != c.want || lipgloss.Width(got) > c.w {
			t.Errorf("CutTitle(%q, %d) = %q, want %q", c.in, c.w, got, c.want)
		}
	}
}

// Fit keeps at most h lines of at most w cells, styling intact, and
// leaves what fits as it is.
func TestFit(t *testing.T) {
	for _, c := range []struct {
		in   string
		w, h int
		want string
	}{
		{"abc\ndef\nghi", 5, 2, "abc\ndef"},
		{"abcdef\nxy", 4, 5, "abc…\nxy"},
		{"Hàn Quốc", 8, 1, "Hàn Quốc"},
		{"\x1b[1mabcdef\x1b[0m", 3, 1, "\x1b[1mab…\x1b[0m"},
		{"abc", 0, 1, ""},
		{"abc", 3, 0, ""},
	} {
		if got := Fit(c.in, c.w, c.h); got != c.want {
			t.Errorf("Fit(%q, %d, %d) = %q, want %q", c.in, c.w, c.h, got, c.want)
		}
	}
}
