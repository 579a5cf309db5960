package chart

import (
	"fmt"
	"strings"
	"testing"
)

// TestTimelineFocus: Opts.Focus draws a dotted column through the spans'
// empty cells named by its year on the axis (never over a span), an arrow
// and the year at the axis end when the year lies outside, and nothing
// when 0; every width keeps the block's size.
func TestTimelineFocus(t *testing.T) {
	sp := []Span{
		{Label: "span", From: 2010, To: 2015},
		{Label: "event", From: 2012, To: 2012},
		{Label: "open", From: 2018, Open: true},
	}
	for _, ascii := range []bool{false, true} {
		mark := "┊"
		if ascii {
			mark = ":"
		}
		for _, c := range []struct {
			focus int
			axis  string
			dots  bool
		}{{2014, mark + "2014", true}, {2020, "2020" + mark, true}, {2005, "2005", false}, {2025, "2025", false}, {0, "", false}} {
			for _, w := range []int{20, 40, 80} {
				o := plain(ascii)
				o.Focus = float64(c.focus)
				out := Timeline(w, sp, 2010, 2020, o)
				label := fmt.Sprintf("ascii=%v focus %d w=%d", ascii, c.focus, w)
				checkBlock(t, label, strings.Join(out, "\n"), w, len(sp)+1)
				axis := out[len(sp)]
				if c.axis != "" && !strings.Contains(axis, c.axis) {
					t.Errorf("%s: axis %q lacks %q", label, axis, c.axis)
				}
				dots := strings.Count(strings.Join(out[:len(sp)], "\n"), mark)
				if (dots > 0) != c.dots {
					t.Errorf("%s: %d dotted cells:\n%s", label, dots, strings.Join(out, "\n"))
				}
				if c.focus == 0 && strings.Contains(axis, mark) {
					t.Errorf("%s: a focus mark without a focus: %q", label, axis)
				}
			}
		}
	}
	// The span row keeps its rule where the column crosses it.
	o := plain(false)
	o.Focus = 2012
	out := Timeline(60, sp, 2010, 2020, o)
	if strings.Contains(out[0], "┊") || !strings.Contains(out[0], "━") {
		t.Errorf("the column must not cut a span: %q", out[0])
	}
}
