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
