package gdp

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/ui/cells"
	"github.com/provdash/provdash/internal/ui/chart"
)

// The nationwide lists of the focus year (content's "national.*" sections)
// drawn as bars: where the province stands among all the provinces the
// sources give a figure for. Rows keep content's order (published rank,
// then the provinces with a figure but no published rank, then those with
// none); nothing here ranks, sorts or sums a figure.

// Nationwide layout, in cells.
const (
	nationBesideAt = 150 // from here the lists sit right of the province's charts
	nationMinW     = 48  // the narrowest list column
	nationMaxW     = 72  // wider bars add no precision
	nationMinH     = 6   // heading, reference, a bar, coverage and gaps
	nationBelowMin = 8   // the fewest rows the lists take under the chart
	nationPairAt   = 100 // below the chart, from here growth and the rest sit side by side
)

// nationList is one nationwide section as bars: the ranked group, the
// unranked group, the names with no figure, and the reference.
type nationList struct {
	sec      content.Section
	ranked   []chart.RankBar
	unranked []chart.RankBar
	gaps     []string
	ref      dataset.Num
	refLabel string
}

// nationSection is the focus year's nationwide section of kind
// ("grdp_growth", "exports_usd_bn", "regions"), ok false when the table
// has none for that year.
func (m *Model) nationSection(kind string) (content.Section, bool) {
	return m.Page.Section(content.NationalPrefix + kind + "." + strconv.Itoa(m.Ctx.FocusYear()))
}

// nationBars reads a section into bars. The rank is the published one
// as the rank cell holds it; the ◀ content adds to the shown province's
// name is taken off, the list draws its own (kept when a name is cut).
func (m *Model) nationBars(s content.Section, withRef bool) nationList {
	nl := nationList{sec: s}
	nameKey, valKey := "province", "value"
	if slices.ContainsFunc(s.Columns, func(c content.Column) bool { return c.Key == "region" }) {
		nameKey, valKey = "region", "growth"
	}
	for _, r := range s.Rows {
		name, _ := s.Cell(r, nameKey)
		val, _ := s.Cell(r, valKey)
		rank, _ := s.Cell(r, "rank")
		b := chart.RankBar{Label: strings.TrimSuffix(name.Text, " ◀"), Value: val.Num, Text: val.String(),
			Shown: content.IsShown(r)}
		switch content.NationalGroup(r) {
		case "ranked":
			if rank.Num.OK {
				b.Rank = strconv.Itoa(int(rank.Num.V))
			}
			nl.ranked = append(nl.ranked, b)
		case "gap":
			nl.gaps = append(nl.gaps, b.Label)
		default: // unranked, and a region (no group)
			nl.unranked = append(nl.unranked, b)
		}
	}
	if withRef {
		if c, ok := m.growth().NationalCell(m.Ctx.FocusYear()); ok {
			nl.ref, nl.refLabel = c.Num, m.Ctx.Loc.T("gdp.vietnam")+" "+c.String()
		}
	}
	return nl
}

// cites is the section's source numbers, each once, for its heading.
func (m *Model) nationCites(s content.Section) string {
	var ids []string
	for _, r := range s.Rows {
		for _, c := range r.Cells {
			for _, id := range c.Cite {
				if !slices.Contains(ids, id) {
					ids = append(ids, id)
				}
			}
		}
	}
	return m.cite(ids)
}

// window chooses which of n rows a list draws in at most budget lines:
// every shown row, then the rows nearest to one (the first rows when none
// is shown), each run of rows left out costing a "… k more" line. The
// order is never changed, and a shown row is never left out: when the
// shown rows and their "more" lines alone need more than budget, lines is
// more than budget and the caller draws the list elsewhere or not at all.
func window(n int, shown []int, budget int) (keep []bool, lines int) {
	keep = make([]bool, n)
	cost := func() int {
		c, run := 0, false
		for _, k := range keep {
			switch {
			case k:
				c++
				run = false
			case !run:
				c++
				run = true
			}
		}
		return c
	}
	if n <= budget {
		for i := range keep {
			keep[i] = true
		}
		return keep, n
	}
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	dist := func(i int) int {
		d := n
		for _, s := range shown {
			d = min(d, max(i-s, s-i))
		}
		return d
	}
	if len(shown) > 0 {
		slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(dist(a), dist(b)) })
	}
	for _, s := range shown {
		keep[s] = true
	}
	for _, i := range order {
		if keep[i] {
			continue
		}
		keep[i] = true
		if cost() > budget {
			keep[i] = false
			break
		}
	}
	return keep, cost()
}

// windowLines draws the kept bars of a group and a faint "… k more
// above/below" line for each run left out, indented to the bars.
func (m *Model) windowLines(rl chart.RankList, bars []chart.RankBar, keep []bool, w int) []string {
	st, l := m.Ctx.Styles, m.Ctx.Loc
	var out []string
	indent := strings.Repeat(" ", rl.BarAt())
	for i := 0; i < len(bars); {
		if keep[i] {
			out = append(out, rl.Line(bars[i]))
			i++
			continue
		}
		j := i
		for j < len(bars) && !keep[j] {
			j++
		}
		key := "gdp.nation.more"
		switch {
		case i == 0 && j == len(bars):
			// None of the group shown: "… 10 more", neither above nor
			// below anything.
		case i == 0:
			key = "gdp.nation.above"
		case j == len(bars):
			key = "gdp.nation.below"
		}
		out = append(out, st.Faint.Render(cells.Cut(indent+l.Tf(key, j-i), w)))
		i = j
	}
	return out
}

func shownOf(bars []chart.RankBar) []int {
	var s []int
	for i, b := range bars {
		if b.Shown {
			s = append(s, i)
		}
	}
	return s
}

// listBlock draws a nationwide list in at most h lines of w cells: the
// heading with its sources, the reference's label, the ranked bars, the
// unranked group under its own heading (no rank numbers), the coverage
// (the section's intro) and the names without a figure. When the rows do
// not all fit, each group shows a window around its shown rows. Nil when
// not even the shown rows fit.
func (m *Model) listBlock(nl nationList, w, h int) []string {
	if w < 20 || h <= 0 {
		return nil
	}
	st, l := m.Ctx.Styles, m.Ctx.Loc
	all := append(slices.Clone(nl.ranked), nl.unranked...)
	rl := chart.NewRankList(w, all, nl.ref, m.opts())
	head, cites := m.nationHeading(nl.sec, w)
	ref := ""
	if nl.ref.OK {
		ref = rl.RefLine(nl.refLabel)
	}
	// Coverage lines, gap lines and whether the sources' line is kept:
	// the most the rows leave room for. The coverage says how the ranks
	// were taken, so it is whole where it can be (a narrow side panel
	// needs three lines for it) before it is cut to one.
	for _, n := range [][3]int{{4, 2, 1}, {2, 2, 1}, {1, 1, 1}, {1, 1, 0}, {1, 0, 0}} {
		var foot []string
		if cites != "" && n[2] > 0 {
			foot = append(foot, cites)
		}
		if nl.sec.Intro != "" {
			for _, x := range wrap(nl.sec.Intro, w, n[0]) {
				foot = append(foot, st.Faint.Render(x))
			}
		}
		if len(nl.gaps) > 0 && n[1] > 0 {
			for _, x := range wrap(l.Tf("gdp.nation.gaps", strings.Join(nl.gaps, ", ")), w, n[1]) {
				foot = append(foot, st.Muted.Render(x))
			}
		}
		fixed := 1 + len(foot) + btoi(ref != "")
		budget := h - fixed
		needR, needU := len(nl.ranked), 0
		if len(nl.unranked) > 0 {
			needU = len(nl.unranked) + btoi(len(nl.ranked) > 0)
		}
		rAlloc, uAlloc := needR, needU
		if needR+needU > budget {
			// The ranked group first; the unranked keeps its heading,
			// its shown rows (or its first) and a "more" line.
			minU := 0
			if len(nl.unranked) > 0 && !(m.Ctx.Present && len(nl.ranked) > 0 && len(shownOf(nl.unranked)) == 0) {
				// With none of its rows the province shown, the group
				// may shrink to its heading and how many it holds: the
				// ranked bars around the province come first. On a
				// slide it may go altogether (the coverage line says
				// how many have a figure and no rank): the room reads
				// the bars.
				_, c := window(len(nl.unranked), shownOf(nl.unranked), 1)
				minU = min(needU, btoi(len(nl.ranked) > 0)+max(c, 1))
			}
			rAlloc = min(needR, budget-minU)
			uAlloc = budget - rAlloc
		}
		keepR, nR := window(len(nl.ranked), shownOf(nl.ranked), rAlloc)
		var keepU []bool
		nU := 0
		unranked := len(nl.unranked) > 0 && (len(nl.ranked) == 0 || uAlloc > 1)
		if unranked {
			keepU, nU = window(len(nl.unranked), shownOf(nl.unranked), uAlloc-btoi(len(nl.ranked) > 0))
			nU += btoi(len(nl.ranked) > 0)
		}
		if nR+nU > budget || budget < 1 {
			continue
		}
		out := []string{head}
		if ref != "" {
			out = append(out, ref)
		}
		out = append(out, m.windowLines(rl, nl.ranked, keepR, w)...)
		if unranked {
			if len(nl.ranked) > 0 {
				out = append(out, st.Muted.Render(cells.Cut(strings.Repeat(" ", rl.BarAt())+l.T("gdp.nation.unranked"), w)))
			}
			out = append(out, m.windowLines(rl, nl.unranked, keepU, w)...)
		}
		return append(out, foot...)
	}
	return nil
}

// nationHeading is a section's title with its source numbers: the title
// whole first (its year kept when even it is cut), then as many whole
// numbers as fit, "…" for the rest (the table face cites every row).
// When not one number fits beside the title, they come back as a line of
// their own (more), for the list to place under it when it has room.
func (m *Model) nationHeading(s content.Section, w int) (head, more string) {
	st := m.Ctx.Styles
	title := st.Heading.Render(cells.CutTitle(s.Title, w))
	cites := m.nationCites(s)
	if cites == "" {
		return title, ""
	}
	if c := cutCites(cites, w-ansi.StringWidth(s.Title)-1); c != "" {
		return title + " " + st.Accent.Render(c), ""
	}
	return title, st.Accent.Render(cutCites(cites, w))
}

// cutCites is "[1][2][3]" in at most w cells: whole numbers, "…" after
// the last that fits; "" when none does.
func cutCites(cites string, w int) string {
	if ansi.StringWidth(cites) <= w {
		return cites
	}
	if w < 2 {
		return ""
	}
	i := strings.LastIndex(cites[:min(w-1, len(cites))], "]")
	if i < 0 {
		return ""
	}
	return cites[:i+1] + "…"
}

// nationGrowth, nationRegions and nationExports are the focus year's
// lists; ok false when the table has none for the year.
func (m *Model) nationGrowth() (nationList, bool) {
	s, ok := m.nationSection("grdp_growth")
	return m.nationBars(s, true), ok && len(s.Rows) > 0
}

func (m *Model) nationRegions() (nationList, bool) {
	s, ok := m.nationSection("regions")
	return m.nationBars(s, false), ok && len(s.Rows) > 0
}

func (m *Model) nationExports() (nationList, bool) {
	s, ok := m.nationSection("exports_usd_bn")
	return m.nationBars(s, false), ok && len(s.Rows) > 0
}

// hasNation reports whether the focus year has any nationwide list.
func (m *Model) hasNation() bool {
	_, a := m.nationGrowth()
	_, b := m.nationRegions()
	_, c := m.nationExports()
	return a || b || c
}

// stack adds blocks under each other, a blank line between, as long as
// each fits whole in what is left of h; a block that does not fit is left
// out (a later, shorter one may still come).
func stack(h int, blocks ...func(h int) []string) []string {
	var out []string
	for _, b := range blocks {
		room := h - len(out)
		if len(out) > 0 {
			room--
		}
		if room <= 0 {
			break
		}
		lines := b(room)
		if len(lines) == 0 || len(lines) > room {
			continue
		}
		if len(out) > 0 {
			out = append(out, "")
		}
		out = append(out, lines...)
	}
	return out
}

// nationColumn is the focus year's lists in one column of w×h: growth,
// leaving room under it for the regions when it still shows its shown
// rows in what is left (else in all h), then the regions, then exports
// when there is room.
func (m *Model) nationColumn(w, h int) []string {
	g, gok := m.nationGrowth()
	r, rok := m.nationRegions()
	e, eok := m.nationExports()
	regions := func(h int) []string {
		if !rok || h < len(r.unranked)+1 {
			return nil // a short list: whole or not at all
		}
		return m.listBlock(r, w, h)
	}
	exports := func(h int) []string {
		if !eok || h < exportsMinH(e) {
			return nil
		}
		return m.listBlock(e, w, h)
	}
	growth := func(h int) []string {
		if !gok {
			return nil
		}
		if rok {
			if out := m.listBlock(g, w, h-len(r.unranked)-2); out != nil {
				return out
			}
		}
		return m.listBlock(g, w, h)
	}
	return stack(h, growth, regions, exports)
}

// nationPair is the lists below the chart on a screen of middle width:
// growth on the left, the regions and exports on the right.
func (m *Model) nationPair(w, h int) []string {
	lw := (w - 3) * 11 / 20
	rw := w - 3 - lw
	g, gok := m.nationGrowth()
	r, rok := m.nationRegions()
	e, eok := m.nationExports()
	var left []string
	if gok {
		left = m.listBlock(g, lw, h)
	}
	right := stack(h, func(h int) []string {
		if !rok || h < len(r.unranked)+1 {
			return nil
		}
		return m.listBlock(r, rw, h)
	}, func(h int) []string {
		if !eok || h < exportsMinH(e) {
			return nil
		}
		return m.listBlock(e, rw, h)
	})
	if left == nil {
		return m.nationColumn(w, h)
	}
	return beside(left, lw, right, 3)
}

// exportsMinH is the fewest lines the exports list is drawn in: the
// heading, five bars (or all, when fewer) and the coverage; it comes
// after growth and the regions, and one bar and a "more" line would say
// only what the readout's rank already says.
func exportsMinH(e nationList) int {
	return min(len(e.ranked)+len(e.unranked), 5) + 3
}
