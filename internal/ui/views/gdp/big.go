package gdp

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/provdash/provdash/internal/ui/common"
)

// bigReadout is the focus year's readout while presenting, where there is
// room: the province's growth three lines high in big digits, its status
// mark and source number at their foot in normal type, the year and the
// province's name to the left, Vietnam's figure (with its own mark and
// source) and the rank to the right:
//
//	2019         ▀█  █▀▀   ▀█  █▀█ ▀ ▄▀      Việt Nam 7,36 % [20]
//	Bắc Giang     █  █▀█    █  █ █  ▄▀       thứ 1/63
//	             ▀▀▀ ▀▀▀ ▀ ▀▀▀ ▀▀▀ ▀  ▀ ~ [7]
//
// It returns nil, and the chart keeps the one-line readout, when not
// presenting, when the year has no province figure or one the glyphs
// cannot draw, when the lines would be wider than w, or when avail (the
// lines left for the readout and the chart) cannot spare three for it and
// still hold a chart.
func (m *Model) bigReadout(w, avail int) []string {
	if !m.Ctx.Present || avail < minLine+6 {
		return nil
	}
	st, l, d := m.Ctx.Styles, m.Ctx.Loc, m.Ctx.Data
	g := m.section("growth")
	row, ok := g.YearRow(m.Ctx.FocusYear())
	if !ok {
		return nil
	}
	p, _ := g.Cell(row, "province")
	glyphs, ok := common.BigDigits(p.Text, m.Ctx.ASCII)
	if !p.Num.OK || !ok {
		return nil
	}
	// Left: the year over the province's name.
	year := fmt.Sprintf("%d", row.Year)
	name := l.Pick(d.Name)
	lw := max(lipgloss.Width(year), lipgloss.Width(name)) + 2
	left := []string{st.Bold.Render(year), st.Muted.Render(name), ""}
	// The figure: glyphs, then its mark and source at their foot.
	rows := strings.Split(glyphs, "\n")
	foot := ""
	if p.Mark != "" {
		foot += " " + common.MarkStyle(st, p.Status).Render(p.Mark)
	}
	for _, id := range p.Cite {
		foot += " " + st.Accent.Render(common.SourceNum(m.Ctx, id))
	}
	fw := common.BigDigitsWidth(p.Text, m.Ctx.ASCII) + lipgloss.Width(foot)
	// Right: Vietnam's figure and the rank, as the one-line readout says them.
	n, _ := g.Cell(row, "national")
	right := []string{st.Muted.Render(l.T("gdp.vietnam")+" ") + common.WithMarkStyled(m.Ctx, st.National.Render(n.Text), n)}
	for _, id := range n.Cite {
		right[0] += " " + st.Accent.Render(common.SourceNum(m.Ctx, id))
	}
	if rk, _ := g.Cell(row, "rank"); !rk.Gap() {
		right = append(right, st.Faint.Render(rk.Text))
	}
	rw := 0
	for _, r := range right {
		rw = max(rw, lipgloss.Width(r))
	}
	gap := 4
	if lw+fw+gap+rw > w {
		gap = 2
	}
	if lw+fw+gap+rw > w {
		return nil
	}
	out := make([]string, len(rows))
	for i, r := range rows {
		line := common.Pad(left[i], lw) + st.Province.Render(r)
		if i == len(rows)-1 {
			line += foot
		}
		line = common.Pad(line, lw+fw+gap)
		if i < len(right) {
			line += right[i]
		}
		out[i] = strings.TrimRight(line, " ")
	}
	return out
}
