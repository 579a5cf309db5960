package targets

import (
	"math"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/ui/cells"
	"github.com/provdash/provdash/internal/ui/common"
)

// labelMax is the widest an indicator's label is drawn on one line; a
// longer one gives way before its period (cells.CutTitle), which tells two
// targets of one indicator apart.
const labelMax = 38

// Bullet bar widths: none is drawn narrower than bulletMin (the target's
// marker and the bar's end would share cells), none wider than bulletMax
// (a long bar adds no precision to two figures printed beside it).
const (
	bulletMin = 8
	bulletMax = 24
)

// layout is how the chart face draws its rows at the tab's width, planned
// once for every row of the page so the columns line up across sections.
type layout struct {
	tb common.Table
	// two draws each target on two lines (the label and the verdict, then
	// target → result and the gap) where one line cannot hold the label,
	// the target, the result and the verdict together.
	two bool
	// words are the verdicts as drawn (whole, or short on a narrow
	// screen), vw the badge's width.
	words []string
	vw    int
	// The table's lines: a target takes one, or two where a cell wraps
	// (wrapLines). item is each line's target, start each target's first
	// line (one more entry: the end), cont whether a line continues its
	// target's first.
	item  []int
	start []int
	cont  []bool
}

// lines is the number of table lines of targets [a, b).
func (lay layout) lines(a, b int) int { return lay.start[b] - lay.start[a] }

// planCells are the cells of one target on the chart face: the label
// (with the focus mark), the target, the result, the gap and the rate
// needed, and the verdict whole and short.
type planCells struct {
	label, tgt, res, gap, rate, full, short []string
	// pre is the label's lead (the focus mark or blanks), name the
	// indicator's label whole, which label cuts to labelMax.
	pre, name []string
	// fig and per are the result parted into its figure (with the mark)
	// and its period ("(first half of 2025)"), per "" where it has none.
	fig, per []string
}

// plan lays the chart face's rows out at the tab's width: the whole
// verdicts on one line where they fit with the gap and a bullet bar, then
// the short ones; from content.WideCols columns, where the results say
// their periods in words, cells wrap onto a second line of their target
// (wrapLines) before the bullet bar gives way; then two lines a target.
// Columns give way least important first: the bullet bar, the gap, the
// target, the result; the verdict and the label stay.
func (m *Model) plan() layout {
	l, w := m.Ctx.Loc, m.W-2
	year := m.year
	n := len(m.rows)
	pc := planCells{label: make([]string, n), tgt: make([]string, n), res: make([]string, n), gap: make([]string, n),
		rate: make([]string, n), full: make([]string, n), short: make([]string, n), fig: make([]string, n), per: make([]string, n),
		pre: make([]string, n), name: make([]string, n)}
	lw, tw, rw, gw, fw, sw, yw := 0, 0, 0, 0, 0, 0, 0
	for i, it := range m.rows {
		p := "  "
		if inFocus(it, year) {
			p = focusMark + " "
		}
		pc.pre[i], pc.name[i] = p, it.r.Label
		pc.label[i] = p + cells.CutTitle(it.r.Label, labelMax-2)
		pc.tgt[i] = cell(it, colTarget).String()
		pc.res[i] = cell(it, colResult).String()
		pc.fig[i], pc.per[i] = splitResult(cell(it, colResult))
		pc.gap[i], pc.rate[i] = splitGap(cell(it, colGap))
		yw = max(yw, lipgloss.Width(pc.rate[i]))
		pc.full[i] = cell(it, colVerdict).Text
		pc.short[i] = l.T("targets.short." + verdict(it))
		lw, tw, rw = max(lw, lipgloss.Width(pc.label[i])), max(tw, lipgloss.Width(pc.tgt[i])), max(rw, lipgloss.Width(pc.res[i]))
		gw, fw, sw = max(gw, lipgloss.Width(pc.gap[i])), max(fw, lipgloss.Width(pc.full[i])+2), max(sw, lipgloss.Width(pc.short[i])+2)
	}
	heads := map[string]string{}
	if len(m.Page.Sections) > 0 {
		for _, c := range m.Page.Sections[0].Columns {
			heads[c.Key] = c.Head
		}
	}
	tw, rw = max(tw, lipgloss.Width(heads[colTarget])), max(rw, lipgloss.Width(heads[colResult]))
	gw = max(gw, lipgloss.Width(heads[colGap]))
	gap2 := len(common.ColGap)
	need := func(vw int) int {
		return lw + gap2 + tw + gap2 + rw + gap2 + max(vw, lipgloss.Width(heads[colVerdict]))
	}
	lay := layout{words: pc.full, vw: fw}
	switch {
	case need(fw)+gap2+gw+gap2+bulletMin <= w:
		// Whole verdicts only beside the gap and a bullet bar: the gap is
		// a figure and the bar shows it, the short verdict still says
		// the same.
	case need(sw)+gap2+gw+gap2+bulletMin <= w:
		lay.words, lay.vw = pc.short, sw
	default:
		if m.W >= content.WideCols {
			if wl, ok := m.wrapLines(pc, heads, w); ok {
				return wl
			}
		}
		if need(sw) > w {
			lay.words, lay.vw, lay.two = pc.short, sw, true
			return lay
		}
		lay.words, lay.vw = pc.short, sw
	}
	lay.item, lay.start, lay.cont = make([]int, n), make([]int, n+1), make([]bool, n)
	for i := range n {
		lay.item[i], lay.start[i] = i, i
	}
	lay.start[n] = n
	cols := []common.Column{
		{Head: "  " + heads["indicator"], Cells: pc.label, Prio: 0, Max: labelMax},
		{Head: heads[colTarget], Cells: pc.tgt, Right: true, Prio: 3},
		{Head: heads[colResult], Cells: pc.res, Right: true, Prio: 2},
		{Head: heads[colVerdict], Draw: m.badge(lay), Width: lay.vw, Raw: true, Prio: 1},
		{Head: heads[colGap], Cells: pc.gap, Right: true, Prio: 4},
	}
	used := need(lay.vw) + gap2 + gw
	if yw > 0 && used+gap2+yw+gap2+bulletMin <= w {
		// The rate needed where it fits whole beside a bullet bar, which
		// shows the gap it is worked out from; the detail always has it.
		cols = append(cols, common.Column{Cells: pc.rate, Prio: 5})
		used += gap2 + yw
	}
	// The bullet bar takes what the other columns leave, and goes first.
	if bw := min(bulletMax, w-used-gap2); bw >= bulletMin {
		cols = append(cols, common.Column{Draw: m.bulletLine(lay, bw), Width: bw, Raw: true, Prio: 6})
	}
	lay.tb = common.Plan(cols, w)
	return lay
}

// badge draws table line r's verdict badge, blank on a line that has
// none.
func (m *Model) badge(lay layout) func(r int) string {
	return func(r int) string {
		if lay.words[r] == "" {
			return ""
		}
		return family(m.Ctx.Styles, verdict(m.rows[lay.item[r]])).Render(" " + lay.words[r] + " ")
	}
}

// bulletLine draws table line r's bullet bar in w cells: on a target's
// first line, blank on the line that continues it.
func (m *Model) bulletLine(lay layout, w int) func(r int) string {
	return func(r int) string {
		if lay.cont[r] {
			return strings.Repeat(" ", w)
		}
		return m.bullet(lay.item[r], w)
	}
}

// wrapLines lays the rows out with cells wrapped onto a second line of
// their target, so the bullet bar keeps a place beside the written-out
// periods: first a result's period goes under its figure ("14.01% ~",
// then "(first half of 2025)"), then a verdict of several words wraps
// between them, then a label too long for what is left wraps between
// words (never cut). Each wraps only in a target where it does not fit
// its column, a target takes two lines only where one of its cells does,
// and nothing is cut: false when even that leaves no room for the bullet
// bar.
func (m *Model) wrapLines(pc planCells, heads map[string]string, w int) (layout, bool) {
	n := len(m.rows)
	gap2 := len(common.ColGap)
	wd := lipgloss.Width
	tw, gw := wd(heads[colTarget]), wd(heads[colGap])
	lw, rw, sw := 0, wd(heads[colResult]), wd(heads[colVerdict])
	for i := range n {
		tw, gw, lw = max(tw, wd(pc.tgt[i])), max(gw, wd(pc.gap[i])), max(lw, wd(pc.pre[i]+pc.name[i]))
		// The result's column: as wide as its widest part once wrapped.
		rw = max(rw, wd(pc.fig[i]), wd(pc.per[i]))
		if pc.per[i] == "" {
			rw = max(rw, wd(pc.res[i]))
		}
	}
	// The verdict's column: whole verdicts where they fit, else as wide
	// as the widest verdict wrapped at its best word break.
	vWhole, vWrap := sw, sw
	for i := range n {
		vWhole = max(vWhole, wd(pc.short[i])+2)
		a, b := split(pc.short[i], 0)
		vWrap = max(vWrap, max(wd(a), wd(b))+2)
	}
	fixed := gap2 + tw + gap2 + rw + gap2 + gap2 + gw + gap2 + bulletMin
	// Whole verdicts with the labels wrapped to what they leave, or
	// verdicts wrapped too: whichever takes fewer lines.
	try := func(vw int) (layout, bool) {
		// The label takes what is left, and wraps in the targets it does not
		// fit; below minLabel a label would take more lines than two.
		const minLabel = 16
		lab := min(lw, w-fixed-vw)
		if lab < minLabel {
			return layout{}, false
		}
		lay := layout{vw: vw, start: make([]int, n+1)}
		var label, tgt, res, gap, words []string
		for i := range n {
			lay.start[i] = len(lay.item)
			l1, l2 := pc.pre[i]+pc.name[i], ""
			if wd(l1) > lab {
				a, b := fill(pc.name[i], lab-wd(pc.pre[i]))
				if a == "" || wd(b) > lab-wd(pc.pre[i]) {
					return layout{}, false
				}
				l1, l2 = pc.pre[i]+a, strings.Repeat(" ", wd(pc.pre[i]))+b
			}
			r1, r2 := pc.res[i], ""
			if wd(r1) > rw {
				r1, r2 = pc.fig[i], pc.per[i]
			}
			v1, v2 := pc.short[i], ""
			if wd(v1)+2 > vw {
				if v1, v2 = split(pc.short[i], vw-2); v1 == "" {
					return layout{}, false
				}
			}
			label, tgt, res, gap, words = append(label, l1), append(tgt, pc.tgt[i]), append(res, r1), append(gap, pc.gap[i]), append(words, v1)
			lay.item, lay.cont = append(lay.item, i), append(lay.cont, false)
			if l2 != "" || r2 != "" || v2 != "" {
				label, tgt, res, gap, words = append(label, l2), append(tgt, ""), append(res, r2), append(gap, ""), append(words, v2)
				lay.item, lay.cont = append(lay.item, i), append(lay.cont, true)
			}
		}
		lay.start[n] = len(lay.item)
		lay.words = words
		used := min(lw, lab) + fixed - bulletMin - gap2 + vw
		bw := min(bulletMax, w-used-gap2)
		cols := []common.Column{
			{Head: "  " + heads["indicator"], Cells: label, Prio: 0},
			{Head: heads[colTarget], Cells: tgt, Right: true, Prio: 3},
			{Head: heads[colResult], Cells: res, Right: true, Prio: 2},
			{Head: heads[colVerdict], Draw: m.badge(lay), Width: vw, Raw: true, Prio: 1},
			{Head: heads[colGap], Cells: gap, Right: true, Prio: 4},
			{Draw: m.bulletLine(lay, bw), Width: bw, Raw: true, Prio: 6},
		}
		lay.tb = common.Plan(cols, w)
		return lay, true
	}
	lay, ok := try(vWhole)
	if vWrap < vWhole {
		if alt, altOK := try(vWrap); altOK && (!ok || len(alt.item) < len(lay.item)) {
			return alt, true
		}
	}
	return lay, ok
}

// split parts s between words into two lines of at most w cells each,
// as much as fits on the second (a verdict reads "đang / thực hiện", not
// "đang thực / hiện"); w ≤ 0: the break that makes the longer line
// shortest. "" and s when no break fits.
func split(s string, w int) (string, string) {
	words := strings.Fields(s)
	best, bi := -1, -1
	for i := 1; i < len(words); i++ {
		a, b := lipgloss.Width(strings.Join(words[:i], " ")), lipgloss.Width(strings.Join(words[i:], " "))
		switch {
		case w > 0 && a <= w && b <= w:
			return strings.Join(words[:i], " "), strings.Join(words[i:], " ")
		case w <= 0 && (best < 0 || max(a, b) < best):
			best, bi = max(a, b), i
		}
	}
	if bi < 0 {
		return "", s
	}
	return strings.Join(words[:bi], " "), strings.Join(words[bi:], " ")
}

// fill parts s between words into the longest first line of at most w
// cells and the rest (a label keeps its words together on its first
// line); "" and s when no break fits.
func fill(s string, w int) (string, string) {
	words := strings.Fields(s)
	for i := len(words) - 1; i >= 1; i-- {
		if a := strings.Join(words[:i], " "); lipgloss.Width(a) <= w {
			return a, strings.Join(words[i:], " ")
		}
	}
	return "", s
}

// splitResult parts a result cell into its figure, with the status mark,
// and the period it is for: "14.01% ~" and "(first half of 2025)" for
// "14.01% (first half of 2025) ~"; the period is "" when the result names
// none.
func splitResult(c content.Cell) (fig, period string) {
	i := strings.LastIndex(c.Text, " (")
	if i <= 0 || !strings.HasSuffix(c.Text, ")") {
		return c.String(), ""
	}
	fig = c.Text[:i]
	if c.Mark != "" {
		fig += " " + c.Mark
	}
	return fig, c.Text[i+1:]
}

// splitGap parts a gap cell into the gap and the yearly rate needed that
// content writes after it ("−USD 498 · needs 8,51 %/year"), each with the
// computed mark: two figures, each in a column of its own, so the gaps'
// digits line up.
func splitGap(c content.Cell) (gap, rate string) {
	g, r, ok := strings.Cut(c.Text, " · ")
	if !ok || c.Mark == "" {
		return c.String(), ""
	}
	return g + " " + c.Mark, r + " " + c.Mark
}

// chartBody is, per section, its heading (a former province's names the
// province and the date its figures run to), the columns' header and one
// row per target: laid out once per page, context and width, each row
// drawn only when shown. Items run over the sections in page order, as on
// the table face.
func (m *Model) chartBody() *common.Body {
	st := m.Ctx.Styles
	b := &common.Body{}
	lay := m.plan()
	off := 0
	for _, s := range m.Page.Sections {
		if b.Len() > 0 {
			b.Add(common.Text(""))
		}
		b.Add(m.heading(s))
		n := len(s.Rows)
		if n == 0 {
			b.Add(common.Text(common.Fit(st.Muted.Render("  "+s.Empty), m.W, 1)))
			continue
		}
		first := off
		if lay.two {
			b.Rows(2*n, func(k int) int { return first + k/2 }, func(k, sel int) string { return m.twoLines(lay, first+k/2, k%2, sel) })
		} else {
			b.Add(common.Text(common.Fit("  "+st.TableHeader.Render(lay.tb.Head), m.W, 1)))
			line := lay.start[first]
			b.Rows(lay.lines(first, first+n), func(k int) int { return lay.item[line+k] }, func(k, sel int) string { return m.oneLine(lay, line+k, sel) })
		}
		off += n
	}
	return b
}

// heading is section s's heading. A former province's title names the
// province and its date; where it does not fit, the words it shares with
// the province's own section's title give way first, so the name and the
// date, which tell the sections apart, stay on screen. Beside a former
// province's, the province's own section names the province.
func (m *Model) heading(s content.Section) common.Line {
	if s.From == "" {
		note := ""
		if common.Merged(m.Page) {
			note = m.Ctx.Loc.Pick(m.Ctx.Data.Name)
		}
		return common.Heading(m.Ctx, s.Title, note, m.W)
	}
	t := s.Title
	var own string
	for _, o := range m.Page.Sections {
		if o.From == "" {
			own = o.Title
		}
	}
	if rest, ok := strings.CutPrefix(t, own); own != "" && ok && lipgloss.Width(t) > m.W {
		if room := m.W - lipgloss.Width(rest); room >= 4 {
			t = common.Fit(own, room, 1) + rest
		} else {
			t = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest), "—"))
		}
	}
	return common.Heading(m.Ctx, t, "", m.W)
}

// oneLine is line r of the planned table, a target's first line or the
// one that continues it: the selection reversed and marked "›" (on its
// first line), a row in the focus year bold as well as marked ◆; the
// badge and the bullet bar keep their own styles.
func (m *Model) oneLine(lay layout, r, sel int) string {
	st := m.Ctx.Styles
	n := lay.item[r]
	switch {
	case n != sel && inFocus(m.rows[n], m.year):
		return "  " + lay.tb.Render(r, st.Bold)
	case n == sel && lay.cont[r]:
		return "  " + lay.tb.Render(r, st.Selected)
	}
	return lay.tb.Row(st, r, n, sel, 2).S
}

// twoLines is line k (0 or 1) of target n on a narrow screen: the label
// with the verdict's badge at the right edge, then the target, the result
// and the gap, indented under the label.
func (m *Model) twoLines(lay layout, n, k, sel int) string {
	st, w := m.Ctx.Styles, m.W
	it := m.rows[n]
	style := st.TableCell
	if n == sel {
		style = st.Selected
	} else if inFocus(it, m.year) {
		style = st.Bold
	}
	if k == 1 {
		arrow := " → "
		if m.Ctx.ASCII {
			arrow = " -> "
		}
		text := cell(it, colTarget).String() + arrow + cell(it, colResult).String()
		if g := cell(it, colGap); !g.Gap() {
			text += " · " + g.String()
		}
		return "  " + style.Render(common.Pad("  "+text, max(0, w-2)))
	}
	p := "  "
	if inFocus(it, m.year) {
		p = focusMark + " "
	}
	badge := family(st, verdict(it)).Render(" " + lay.words[n] + " ")
	bw := lipgloss.Width(badge)
	room := w - 2 - bw - 1
	if room < 4 {
		// Too narrow for both: the verdict, which the tab is about.
		badge, room = "", w-2
	}
	label := style.Render(common.Pad(p+cells.CutTitle(it.r.Label, max(0, room-2)), max(0, room)))
	lead := "  "
	if n == sel {
		lead = st.Selected.Render("› ")
	}
	if badge == "" {
		return lead + label
	}
	return lead + label + style.Render(" ") + badge
}

// bullet draws target n's result against its target in w cells, on a
// scale of this row alone from the lower of 0 and the figures to a little
// above the higher: the result a bar from 0, the target (both ends of a
// range) a marker that differs from the bar in shape. Blank where the row
// has no result, or one under another definition than the target's.
func (m *Model) bullet(n, w int) string {
	it := m.rows[n]
	res, tgt := cell(it, colResult).Num, cell(it, colTarget).Num
	if !res.OK || !tgt.OK || verdict(it) == content.VerdictDefinitions {
		return strings.Repeat(" ", w)
	}
	lo, hi := tgt.V, tgt.V
	if it.ok && it.t.Bound == "range" && it.t.High.OK {
		hi = it.t.High.V
	}
	vals := []float64{0, res.V, lo, hi}
	min0, max0 := vals[0], vals[0]
	for _, v := range vals {
		min0, max0 = math.Min(min0, v), math.Max(max0, v)
	}
	if max0 <= min0 || math.IsInf(max0-min0, 0) || math.IsNaN(max0-min0) {
		return strings.Repeat(" ", w)
	}
	max0 += (max0 - min0) * 0.08
	pos := func(v float64) int {
		return common.Clamp(int(math.Round((v-min0)/(max0-min0)*float64(w-1))), 0, w-1)
	}
	track, bar, mark := "░", "█", "┃"
	if m.Ctx.ASCII {
		track, bar, mark = ".", "#", "|"
	}
	// kind per cell: 0 track, 1 bar, 2 marker.
	kind := make([]int, w)
	if res.V != 0 {
		a, b := pos(0), pos(res.V)
		if a > b {
			a, b = b, a
		}
		for i := a; i <= b; i++ {
			kind[i] = 1
		}
	}
	kind[pos(lo)], kind[pos(hi)] = 2, 2
	st := m.Ctx.Styles
	glyph := [3]string{track, bar, mark}
	style := [3]lipgloss.Style{st.BarDim, st.Bar, st.Accent}
	var out strings.Builder
	for i := 0; i < w; {
		j := i
		for j < w && kind[j] == kind[i] {
			j++
		}
		out.WriteString(style[kind[i]].Render(strings.Repeat(glyph[kind[i]], j-i)))
		i = j
	}
	return out.String()
}

// detail is the open detail of the selected target: every field whole,
// the target's and the result's sources by number beside them, the notes,
// each method line of a computed figure, and the sources.
func (m *Model) detail() (string, []common.Field, string) {
	l := m.Ctx.Loc
	if len(m.rows) == 0 {
		return "", nil, ""
	}
	it := m.rows[common.Clamp(m.Nav.Sel, 0, len(m.rows)-1)]
	head := func(key string) string {
		for _, c := range it.sec.Columns {
			if c.Key == key {
				return c.Head
			}
		}
		return key
	}
	var fs []common.Field
	if p := common.Whose(m.Ctx, it.sec); p != "" {
		fs = append(fs, common.Field{Label: l.T("content.col.province"), Value: p})
	}
	period, _ := it.r.Extra("period")
	fs = append(fs,
		common.Field{Label: l.T("targets.period"), Value: period.Text},
		common.Field{Label: head(colTarget), Value: m.cited(cell(it, colTarget))},
		common.Field{Label: head(colSetBy), Value: cell(it, colSetBy).Text},
		common.Field{Label: head(colResult), Value: m.cited(cell(it, colResult))},
		common.Field{Label: head(colVerdict), Value: cell(it, colVerdict).Text},
		common.Field{Label: head(colGap), Value: cell(it, colGap).String()},
	)
	notes, methods := splitNote(it.r.Note, m.mark()+" ")
	for i, n := range notes {
		fs = append(fs, common.Field{Label: first(i, l.T("app.note")), Value: n})
	}
	for i, n := range methods {
		fs = append(fs, common.Field{Label: first(i, l.T("targets.method")), Value: n})
	}
	if it.r.Status != "" {
		fs = append(fs, common.Field{Label: l.T("app.status"), Value: strings.TrimSpace(cell(it, colTarget).Mark + " " + l.Status(it.r.Status))})
	}
	if it.r.Date != "" {
		fs = append(fs, common.Field{Label: l.T("app.date"), Value: l.Date(it.r.Date)})
	}
	fs = append(fs, common.SourceFields(m.Ctx, it.r.Cites())...)
	return it.r.Label, fs, l.T("detail.hint")
}

// first is label for the first of a run of fields, "" (continuing it)
// for the others.
func first(i int, label string) string {
	if i == 0 {
		return label
	}
	return ""
}

// cited is a cell as printed with the numbers of the sources it cites:
// "≥ 11,5 % ▸ [21]", so a detail says which source set the target and
// which gave the result.
func (m *Model) cited(c content.Cell) string {
	s := c.String()
	var nums []string
	for _, id := range c.Cite {
		if n := common.SourceNum(m.Ctx, id); n != "" {
			nums = append(nums, n)
		}
	}
	if len(nums) == 0 {
		return s
	}
	return s + " " + strings.Join(nums, "")
}

// splitNote parts a row's note (content joins its parts with " · ") into
// the notes and the method lines, each method line starting with mark and
// keeping the parts after it that are not a method line of their own
// (the nominal-rate caveat follows its rate).
func splitNote(note, mark string) (notes, methods []string) {
	if strings.TrimSpace(note) == "" {
		return nil, nil
	}
	inMethod := false
	for _, p := range strings.Split(note, " · ") {
		switch {
		case strings.HasPrefix(p, mark):
			methods, inMethod = append(methods, p), true
		case inMethod:
			methods[len(methods)-1] += " · " + p
		case len(notes) > 0:
			notes[len(notes)-1] += " · " + p
		default:
			notes = append(notes, p)
		}
	}
	return notes, methods
}
