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
}

// plan lays the chart face's rows out at the tab's width: the whole
// verdicts on one line where they fit with the gap and a bullet bar, then
// the short ones, then two lines a target. Columns give way least important first: the bullet bar, the
// gap, the target, the result; the verdict and the label stay.
func (m *Model) plan() layout {
	l, w := m.Ctx.Loc, m.W-2
	year := m.year
	n := len(m.rows)
	label, tgt, res, gap, rate := make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
	full, short := make([]string, n), make([]string, n)
	lw, tw, rw, gw, fw, sw, yw := 0, 0, 0, 0, 0, 0, 0
	for i, it := range m.rows {
		p := "  "
		if inFocus(it, year) {
			p = focusMark + " "
		}
		label[i] = p + cells.CutTitle(it.r.Label, labelMax-2)
		tgt[i] = cell(it, colTarget).String()
		res[i] = cell(it, colResult).String()
		gap[i], rate[i] = splitGap(cell(it, colGap))
		yw = max(yw, lipgloss.Width(rate[i]))
		full[i] = cell(it, colVerdict).Text
		short[i] = l.T("targets.short." + verdict(it))
		lw, tw, rw = max(lw, lipgloss.Width(label[i])), max(tw, lipgloss.Width(tgt[i])), max(rw, lipgloss.Width(res[i]))
		gw, fw, sw = max(gw, lipgloss.Width(gap[i])), max(fw, lipgloss.Width(full[i])+2), max(sw, lipgloss.Width(short[i])+2)
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
	lay := layout{words: full, vw: fw}
	switch {
	case need(fw)+gap2+gw+gap2+bulletMin <= w:
		// Whole verdicts only beside the gap and a bullet bar: the gap is
		// a figure and the bar shows it, the short verdict still says
		// the same.
	case need(sw) <= w:
		lay.words, lay.vw = short, sw
	default:
		lay.words, lay.vw, lay.two = short, sw, true
		return lay
	}
	st := m.Ctx.Styles
	badge := func(r int) string {
		return family(st, verdict(m.rows[r])).Render(" " + lay.words[r] + " ")
	}
	cols := []common.Column{
		{Head: "  " + heads["indicator"], Cells: label, Prio: 0, Max: labelMax},
		{Head: heads[colTarget], Cells: tgt, Right: true, Prio: 3},
		{Head: heads[colResult], Cells: res, Right: true, Prio: 2},
		{Head: heads[colVerdict], Draw: badge, Width: lay.vw, Raw: true, Prio: 1},
		{Head: heads[colGap], Cells: gap, Right: true, Prio: 4},
	}
	used := need(lay.vw) + gap2 + gw
	if yw > 0 && used+gap2+yw <= w {
		// The rate needed where it fits whole; the detail always has it.
		cols = append(cols, common.Column{Cells: rate, Prio: 5})
		used += gap2 + yw
	}
	// The bullet bar takes what the other columns leave, and goes first.
	if bw := min(bulletMax, w-used-gap2); bw >= bulletMin {
		cols = append(cols, common.Column{Draw: func(r int) string { return m.bullet(r, bw) }, Width: bw, Raw: true, Prio: 6})
	}
	lay.tb = common.Plan(cols, w)
	return lay
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
			b.Rows(n, func(k int) int { return first + k }, func(k, sel int) string { return m.oneLine(lay, first+k, sel) })
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

// oneLine is target n as one row of the planned table: the selection
// reversed and marked "›", a row in the focus year bold as well as
// marked ◆; the badge and the bullet bar keep their own styles.
func (m *Model) oneLine(lay layout, n, sel int) string {
	st := m.Ctx.Styles
	if n != sel && inFocus(m.rows[n], m.year) {
		return "  " + lay.tb.Render(n, st.Bold)
	}
	return lay.tb.Row(st, n, n, sel, 2).S
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
