package overview

import (
	"slices"
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// sparkHeights is the height of each column of the growth sparkline in a
// plain frame, in eighths of a cell: the rows under its top cell times 8
// plus the top cell's part (▁…█ or, under --ascii, "_.:-=+*#"). The
// block is the lines between the panel's heading and its year axis; the
// latest figure right of the last line is left out; a trend of one row
// is read between its first and last year. Nil when the frame
// has no sparkline.
func sparkHeights(out, heading, first string) []int {
	lines := strings.Split(out, "\n")
	var block [][]rune
	in := false
	for _, l := range lines {
		switch {
		case strings.HasPrefix(l, heading):
			in, block = true, nil
			continue
		case in && strings.HasPrefix(l, first):
			in = false
		}
		if !in {
			continue
		}
		if i := strings.Index(l, "  2024 "); i > 0 {
			l = l[:i]
		}
		if _, trend, ok := strings.Cut(l, " "+first+" "); ok {
			// One row: the trend between its first and last year.
			trend, _, _ = strings.Cut(trend, " 2024")
			return heights([][]rune{[]rune(trend)})
		}
		block = append(block, []rune(l))
	}
	return heights(block)
}

// heights is the height of each column of block in eighths of a cell.
func heights(block [][]rune) []int {
	if len(block) == 0 {
		return nil
	}
	level := func(r rune) int {
		if r >= '▁' && r <= '█' {
			return int(r-'▁') + 1
		}
		return strings.IndexRune("_.:-=+*#", r) + 1
	}
	var hs []int
	for x := 0; ; x++ {
		any := false
		h := 0
		for y, row := range block {
			if x >= len(row) {
				continue
			}
			any = true
			if row[x] != ' ' && h == 0 {
				h = (len(block)-y-1)*8 + level(row[x])
			}
		}
		if !any {
			break
		}
		hs = append(hs, h)
	}
	return hs
}

// TestSparklineASCII: under --ascii the growth sparkline still shows the
// years' heights: column by column, as high as the block sparkline at
// the same size, the top cell's part a character of a ramp instead of a
// block. It was "#### #### ####…" in one row, every year alike.
func TestSparklineASCII(t *testing.T) {
	found := 0
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		for _, size := range [][2]int{{80, 16}, {80, 18}, {80, 20}, {80, 22}, {80, 24}, {90, 30}} {
			var got [2][]int
			for i, ascii := range []bool{false, true} {
				ctx := viewtest.Context(t, lang)
				ctx.ASCII = ascii
				m := viewtest.Open(New(), ctx, size[0], size[1])
				out := viewtest.Plain(m.View())
				viewtest.CheckSize(t, out, size[0], size[1])
				got[i] = sparkHeights(out, ctx.Loc.T("overview.growth"), "2011")
				if ascii {
					for _, r := range out {
						if r >= '▁' && r <= '█' {
							t.Errorf("%s %v: %q under --ascii", lang, size, r)
						}
					}
				}
			}
			if len(got[0]) == 0 {
				continue
			}
			found++
			if !slices.Equal(got[0], got[1]) {
				t.Errorf("%s %v: the ASCII sparkline's heights\n%v\ndiffer from the blocks'\n%v", lang, size, got[1], got[0])
			}
		}
	}
	if found == 0 {
		t.Fatal("no size drew the sparkline")
	}
}
