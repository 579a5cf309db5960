package chart

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/dataset"
)

func TestDemoEdges(t *testing.T) {
	if !testing.Verbose() {
		t.Skip()
	}
	o := plain(false)
	neg := []Series{{Name: "Tăng trưởng", Glyph: "●", Points: []Point{
		{X: 2019, Y: dataset.N(6.5, 1)}, {X: 2020, Y: dataset.N(-2.3, 1)}, {X: 2021, Y: dataset.N(1.2, 1)}, {X: 2022, Y: dataset.Num{}}, {X: 2023, Y: dataset.N(3.75, 2), Mark: "~"}}}}
	for _, sz := range [][2]int{{60, 12}, {30, 8}, {16, 5}, {100, 20}} {
		t.Logf("%v\n%s", sz, ansi.Strip(Line(sz[0], sz[1], neg, o)))
	}
	one := []Series{{Name: "Một điểm", Glyph: "◆", Points: []Point{{X: 2024, Y: dataset.N(13.85, 2)}}}}
	t.Logf("single\n%s", Line(40, 8, one, o))
	t.Logf("hbars 24\n%s", strings.Join(HBars(24, bars(opts(false).Styles), 0, o), "\n"))
	t.Logf("timeline 30\n%s", strings.Join(Timeline(30, spans(opts(false).Styles), 2015, 2030, o), "\n"))
	t.Logf("diverging 30x8\n%s", Diverging(30, 8, diverg(opts(false).Styles), o))
}
