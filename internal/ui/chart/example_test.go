package chart

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/ui/theme"
)

// show prints a chart between bars, one line at a time, without colour:
// each line's width can be read off, and blank lines stay in the output.
func show(s string) {
	for _, l := range strings.Split(ansi.Strip(s), "\n") {
		fmt.Println("|" + l + "|")
	}
}

// mono is Opts for examples: Vietnamese, the mono theme, --ascii or not.
func mono(ascii bool) Opts {
	o := plain(ascii)
	o.Styles = theme.New(theme.Mono)
	return o
}

// A line chart draws a negative year below the zero axis, leaves a missing
// year as a gap, and marks an estimate.
func ExampleLine() {
	s := []Series{{Name: "Tăng trưởng", Glyph: "●", Points: []Point{
		{X: 2019, Y: dataset.N(6.5, 1)}, {X: 2020, Y: dataset.N(-2.3, 1)}, {X: 2021, Y: dataset.N(1.2, 1)},
		{X: 2022, Y: dataset.Num{}}, {X: 2023, Y: dataset.N(3.75, 2), Mark: "~"}}}}
	show(Line(40, 10, s, mono(true)))
	// Output:
	// |10+                                     |
	// |  | *.                                  |
	// | 5+   ..                                |
	// |  |     ..                            *~|
	// | 0+-------..------...*------------------|
	// |  |         .*....                      |
	// |−5+                                     |
	// |  +-+--------+-------+--------+-------+-|
	// |   2019    2020    2021     2022    2023|
	// |* Tăng trưởng   ~ ước tính|
}

// Bars are ranked as given; a missing value is a dash, never a zero bar.
func ExampleHBars() {
	o := mono(false)
	show(strings.Join(HBars(40, bars(o.Styles), 0, o), "\n"))
	// Output:
	// |Hàn Quốc        ██████ 5.300,5 triệu USD|
	// |Trung Quốc      ████▋    4.100 triệu USD|
	// |Nhật Bản                               —|
	// |Đài Loan (Trun… ▏         3,25 triệu USD|
}

// Diverging bars put a negative value left of the zero axis.
func ExampleDiverging() {
	o := mono(true)
	show(Diverging(40, 6, diverg(o.Styles), o))
	// Output:
	// | +3,1 %    +17,4 %                      |
	// |######### #########               —     |
	// |----------------------------------------|
	// |                    #########           |
	// |                     −6,2 %             |
	// |Nông, lâ… Công ngh…  Dịch vụ  Thuế sản… |
}

// A timeline draws an agreement still in force as open to the right.
func ExampleTimeline() {
	o := mono(true)
	show(strings.Join(Timeline(40, spans(o.Styles), 2015, 2030, o), "\n"))
	// Output:
	// |Quy hoạch tỉ…           ================|
	// |Hiệp định hợ…      *                    |
	// |Biên bản ghi…             =============>|
	// |Cũ            <                         |
	// |              2015  2020     2025   2030|
}
