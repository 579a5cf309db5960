package chart

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"

	"github.com/provdash/provdash/internal/dataset"
)

// TestSparklineASCIIHeights: under --ascii a sparkline keeps its heights.
// One row of rising figures reads as rising characters of the ramp (it
// was "####…", every year alike), and in several rows each column's top
// cell says how far up it reaches, as the blocks do.
func TestSparklineASCIIHeights(t *testing.T) {
	vals := []dataset.Num{dataset.N(1, 0), dataset.N(3, 0), dataset.N(5, 0), dataset.N(8, 0)}
	level := func(r rune) int { return strings.IndexRune(" "+asciiRamp, r) }
	t.Run("one row", func(t *testing.T) {
		line := []rune(strings.Split(Sparkline(4, 1, vals, lipgloss.NewStyle(), plain(true)), "\n")[0])
		if len(line) != 4 {
			t.Fatalf("%q: want 4 cells", string(line))
		}
		for i := 1; i < len(line); i++ {
			if level(line[i]) <= level(line[i-1]) || level(line[i-1]) <= 0 {
				t.Errorf("%q: the figures 1 3 5 8 do not rise on the ramp %q", string(line), asciiRamp)
				break
			}
		}
	})
	t.Run("rows", func(t *testing.T) {
		g := rows(Sparkline(4, 3, vals, lipgloss.NewStyle(), plain(true)))
		// Column by column, the top drawn cell: its row and character
		// must order the columns as the figures do.
		height := func(x int) int {
			for y := range g {
				if x < len(g[y]) && g[y][x] != ' ' {
					return (len(g)-y-1)*8 + level(g[y][x])
				}
			}
			return 0
		}
		for x := 1; x < 4; x++ {
			if height(x) <= height(x-1) {
				t.Errorf("column %d is not higher than column %d:\n%s", x, x-1, strings.Join(strings.Split(Sparkline(4, 3, vals, lipgloss.NewStyle(), plain(true)), "\n"), "\n"))
			}
		}
		for _, r := range strings.Join(strings.Split(Sparkline(4, 3, vals, lipgloss.NewStyle(), plain(true)), "\n"), "") {
			if r > 0x7e {
				t.Errorf("%q is not ASCII", r)
			}
		}
	})
}
