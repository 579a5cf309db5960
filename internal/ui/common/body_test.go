package common_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// lazyBody is body(n) built as a Body: the heading added, the rows drawn
// on demand (the selected row marked), counting every line drawn.
func lazyBody(n int, drawn *int) *common.Body {
	b := &common.Body{}
	b.Add(common.Text("heading"))
	b.Rows(2*n, func(k int) int { return k / 2 }, func(k, sel int) string {
		*drawn++
		kind := "row"
		if k%2 == 1 {
			kind = "note"
		}
		s := kind + " " + string(rune('a'+k/2))
		if k/2 == sel {
			s = "> " + s
		}
		return s
	})
	return b
}

// A Body draws only the window shown, and on a selection move only the
// lines of the items the selection left and reached.
func TestBodyDrawsOnlyTheWindow(t *testing.T) {
	drawn := 0
	b := lazyBody(10000, &drawn)
	off := 0
	got := common.WindowBody(b, 0, 5, &off)
	if drawn != 4 || strings.Join(got, "|") != "heading|> row a|> note a|row b|note b" {
		t.Fatalf("first window: %d lines drawn, %q", drawn, got)
	}
	drawn = 0
	got = common.WindowBody(b, 1, 5, &off)
	if drawn != 4 || strings.Join(got, "|") != "heading|row a|note a|> row b|> note b" {
		t.Errorf("selection move: %d lines drawn (want the 4 it changed), %q", drawn, got)
	}
	drawn = 0
	common.WindowBody(b, 9999, 5, &off)
	if drawn > 5 || off != 20001-5 {
		t.Errorf("jump to the end: %d lines drawn, offset %d", drawn, off)
	}
}

// A Body gives the frames a list of drawn lines gives, "↓ N more" and
// the heading kept above its first item included.
func TestAssembleBodyMatchesAssemble(t *testing.T) {
	for _, h := range []int{4, 7, 12} {
		for _, sel := range []int{-1, 0, 1, 3, 5, 9} {
			off1, off2, drawn := 0, 0, 0
			b := lazyBody(10, &drawn)
			for _, move := range []int{sel, sel + 2, sel - 3} {
				lines := body(10)
				for i, l := range lines {
					if l.Item == move && move >= 0 {
						lines[i].S = "> " + l.S
					}
				}
				more := func(n int) string { return fmt.Sprintf("↓ %d more", n) }
				want := common.Assemble(20, h, []string{"head"}, lines, move, &off1, []string{"foot"}, more)
				got := common.AssembleBody(20, h, []string{"head"}, b, move, &off2, []string{"foot"}, more)
				if got != want || off1 != off2 {
					t.Fatalf("h %d sel %d: body frame (off %d)\n%s\nwant (off %d)\n%s", h, move, off2, got, off1, want)
				}
			}
		}
	}
}

// Plan pads a row as Grid does, only when it is drawn.
func TestPlanRendersAsGrid(t *testing.T) {
	st := viewtest.Context(t, i18n.VI).Styles
	for _, w := range []int{80, 30, 12} {
		g, p := common.Grid(parkCols(), w), common.Plan(parkCols(), w)
		if g.Head != p.Head || g.Len() != p.Len() {
			t.Fatalf("width %d: head %q / %q, rows %d / %d", w, g.Head, p.Head, g.Len(), p.Len())
		}
		for r := range g.Len() {
			if a, b := g.Row(st, r, r, 1, 2), p.Row(st, r, r, 1, 2); a != b {
				t.Errorf("width %d row %d: %q, planned %q", w, r, a.S, b.S)
			}
		}
	}
}
