package chart

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/ui/theme"
)

// cellsOf is a plain chart as rows of runes: every rune the chart draws
// is one cell wide, so a rune's index is its column.
func cellsOf(out string) [][]rune {
	var rows [][]rune
	for _, l := range strings.Split(ansi.Strip(out), "\n") {
		rows = append(rows, []rune(l))
	}
	return rows
}

// TestLabelNearItsOwnPoint: on a short chart whose two last points sit a
// row apart, no value label is written where another series' point is at
// least as near as its own (the label would read as that series' figure;
// at 60×16 in Vietnamese the national figure once sat beside the
// province's point).
func TestLabelNearItsOwnPoint(t *testing.T) {
	st := theme.New(theme.Mono)
	mk := func(name, glyph, label string, v []float64) Series {
		s := Series{Name: name, Glyph: glyph, Style: st.Text}
		for i, y := range v {
			p := Point{X: float64(2015 + i), Y: dataset.N(y, 2)}
			if i == len(v)-1 {
				p.Label = label
			}
			s.Points = append(s.Points, p)
		}
		return s
	}
	a := mk("A", "●", "AAAA", []float64{10, 12, 11, 16, 20})
	b := mk("B", "◆", "BBBB", []float64{6, 7, 5, 6, 7})
	for _, h := range []int{5, 6, 7, 8, 10, 16} {
		for _, w := range []int{30, 45, 60, 80} {
			rows := cellsOf(Line(w, h, []Series{a, b}, opts(false)))
			for _, want := range []struct {
				label      string
				own, other rune
			}{{"AAAA", '●', '◆'}, {"BBBB", '◆', '●'}} {
				for y, r := range rows {
					x := strings.Index(string(r), want.label)
					if x < 0 {
						continue
					}
					x = len([]rune(string(r)[:x]))
					n := len(want.label)
					own, other := nearest(rows, x, y, n, want.own), nearest(rows, x, y, n, want.other)
					if other <= own {
						t.Errorf("%d×%d: label %s is %d cells from its point and %d from the other series':\n%s",
							w, h, want.label, own, other, strings.Join(lines(rows), "\n"))
					}
				}
			}
		}
	}
}

// nearest is the distance in cells (diagonals count one) from the label
// at (x0, y0), n cells wide, to the nearest glyph g; a large number when
// there is none.
func nearest(rows [][]rune, x0, y0, n int, g rune) int {
	best := 1 << 20
	for y, r := range rows {
		for x, c := range r {
			if c != g {
				continue
			}
			dx := 0
			if x < x0 {
				dx = x0 - x
			} else if x > x0+n-1 {
				dx = x - (x0 + n - 1)
			}
			best = min(best, max(dx, abs(y-y0)))
		}
	}
	return best
}

func lines(rows [][]rune) []string {
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = string(r)
	}
	return out
}

// TestMarker: a marker between two years is drawn as a line with a tick
// on the time axis and its label on the plot, and named in the legend;
// a marker outside the data's years is not drawn.
func TestMarker(t *testing.T) {
	st := theme.New(theme.Mono)
	s := Series{Name: "A", Glyph: "●", Style: st.Text}
	for i, y := range []float64{5, 7, 6, 9} {
		s.Points = append(s.Points, Point{X: float64(2021 + i), Y: dataset.N(y, 1)})
	}
	o := opts(false)
	o.Markers = []Marker{{X: 2023.5, Label: "01/07/2024", Name: "Sáp nhập"}}
	for _, ascii := range []bool{false, true} {
		o.ASCII = ascii
		out := ansi.Strip(Line(60, 16, []Series{s}, o))
		rows := strings.Split(out, "\n")
		tick := "┼"
		if ascii {
			tick = "|"
		}
		axis := rows[len(rows)-3]
		if !strings.Contains(axis, tick) {
			t.Errorf("ascii %v: no marker tick on the axis %q", ascii, axis)
		}
		if !strings.Contains(out, "01/07/2024") {
			t.Errorf("ascii %v: marker label missing:\n%s", ascii, out)
		}
		if !strings.Contains(rows[len(rows)-1], "Sáp nhập 01/07/2024") {
			t.Errorf("ascii %v: legend %q does not name the marker", ascii, rows[len(rows)-1])
		}
	}
	o.ASCII = false
	o.Markers = []Marker{{X: 2030, Label: "01/07/2030", Name: "later"}}
	if out := ansi.Strip(Line(60, 16, []Series{s}, o)); strings.Contains(out, "2030") || strings.Contains(out, "┼") {
		t.Errorf("a marker outside the years is drawn:\n%s", out)
	}
}

// TestSeriesASCIIGlyph: under --ascii a series' own ASCII glyph is drawn
// and named in the legend.
func TestSeriesASCIIGlyph(t *testing.T) {
	st := theme.New(theme.Mono)
	var ss []Series
	for i, g := range []string{"o", "#", "^"} {
		s := Series{Name: fmt.Sprint("S", i), Glyph: theme.PredGlyph(i, false), ASCII: g, Style: st.Text}
		for k := range 4 {
			s.Points = append(s.Points, Point{X: float64(2020 + k), Y: dataset.N(float64(10*i+k), 0)})
		}
		ss = append(ss, s)
	}
	o := opts(true)
	out := ansi.Strip(Line(80, 20, ss, o))
	legend := out[strings.LastIndex(out, "\n")+1:]
	for i, g := range []string{"o", "#", "^"} {
		if !strings.Contains(legend, fmt.Sprintf("%s S%d", g, i)) {
			t.Errorf("legend %q lacks %s S%d", legend, g, i)
		}
	}
}
