package ui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/ui/common"
)

// The title slide: --present opens on the province's name, the as-of date
// and, where the dataset has one, the merger notice, in big type, before
// the first slide. It is shown in place of the active tab (the tab bar and
// the countdown stay); when the interval runs out the first slide follows;
// a tab key, a jump key or a click on a tab closes it and acts as usual;
// `p` closes it with presentation mode. Keys meant for the hidden tab (↑,
// enter, v) do nothing while it is up: they would change a screen no one
// sees.

// noticeWidth is the widest the merger notice is set, in cells: a line of
// 200 characters across a projector screen is hard to follow.
const noticeWidth = 96

// titleCache is the title slide's body for one context and size. The
// countdown redraws the frame every second; the slide changes only with
// the data, language, theme or size (each of which is a new Context).
type titleCache struct {
	ctx  *common.Context
	w, h int
	body string
}

// TitleSlide reports whether the title slide is on screen.
func (m *Model) TitleSlide() bool { return m.titleSlide }

// titleBody is the title slide, w×h, from the cache when it is current.
func (m *Model) titleBody(w, h int) string {
	if c := m.title; c.ctx == m.ctx && c.w == w && c.h == h {
		return c.body
	}
	m.title = titleCache{ctx: m.ctx, w: w, h: h, body: titleSlide(m.ctx, w, h)}
	return m.title.body
}

// titleSlide lays the slide out in w×h, centred: the name, the as-of date,
// the notice. It prefers, in order: everything with the name and the date
// in big type; the date in normal type; no blank lines between the parts;
// the name in normal type; last, the notice cut (with …) to what is left.
// The name is never cut: when the font lacks one of its characters or it
// is wider than w it is written in bold, wrapped.
func titleSlide(ctx *common.Context, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	st, l, d := ctx.Styles, ctx.Loc, ctx.Data
	name := l.Pick(d.Name)
	bigName := bigBlock(name, ctx.ASCII, w, st.BigDigits)
	smallName := wrapStyled(name, w, st.Title)
	var bigDate, smallDate []string
	if d.AsOf != "" {
		label, date := l.T("app.asof"), l.Date(d.AsOf)
		if g := bigBlock(date, ctx.ASCII, w, st.Bold); g != nil && lipgloss.Width(label) <= w {
			bigDate = append([]string{st.Subtitle.Render(label)}, g...)
		}
		smallDate = wrapStyled(label+" "+date, w, st.Subtitle)
	}
	if bigDate == nil {
		bigDate = smallDate
	}
	nw := min(w, noticeWidth)
	notice := titleNotice(ctx, nw, h)

	type plan struct {
		name, date []string
		gap        int
	}
	var plans []plan
	// On a wide screen the name is drawn larger still (ScaleBlocks), up to
	// four times, while it takes at most three quarters of the width; the
	// largest size whose slide fits comes first.
	for k := maxTitleScale; k >= 2 && bigName != nil && !ctx.ASCII; k-- {
		if g := scaledBlock(name, k, w*3/4, st.BigDigits); g != nil {
			plans = append(plans, plan{g, bigDate, 1})
		}
	}
	if bigName != nil {
		plans = append(plans, plan{bigName, bigDate, 1}, plan{bigName, smallDate, 1}, plan{bigName, smallDate, 0})
	}
	plans = append(plans, plan{smallName, smallDate, 1}, plan{smallName, smallDate, 0})
	height := func(p plan, notice int) int {
		n := len(p.name)
		if len(p.date) > 0 {
			n += p.gap + len(p.date)
		}
		if notice > 0 {
			n += p.gap + notice
		}
		return n
	}
	// The whole notice if any plan holds it, else as much of it as the
	// plan with the most room for it leaves (at least two lines if that
	// can be had, so it reads as a notice rather than a stray line).
	chosen, shown := plans[len(plans)-1], 0
	found := false
	for _, p := range plans {
		if height(p, len(notice)) <= h {
			chosen, shown, found = p, len(notice), true
			break
		}
	}
	if !found {
		for _, want := range []int{min(2, len(notice)), 1} {
			for _, p := range plans {
				if room := h - height(p, 0) - p.gap; room >= want && !found {
					chosen, shown, found = p, room, true
				}
			}
		}
	}
	var blocks [][]string
	blocks = append(blocks, chosen.name)
	if len(chosen.date) > 0 {
		blocks = append(blocks, chosen.date)
	}
	if shown > 0 && len(notice) > 0 {
		blocks = append(blocks, titleNotice(ctx, nw, shown))
	}
	var lines []string
	for i, b := range blocks {
		if i > 0 {
			for range chosen.gap {
				lines = append(lines, "")
			}
		}
		lines = append(lines, centreBlock(b, w)...)
	}
	if len(lines) < h {
		lines = append(make([]string, (h-len(lines))/2), lines...)
	}
	return common.Fit(strings.Join(lines, "\n"), w, h)
}

// maxTitleScale is the largest ScaleBlocks factor for the name: at four
// times, Bắc Giang is 136 cells wide and 18 lines high, a third of a
// 200×60 screen.
const maxTitleScale = 4

// scaledBlock is s in big type k times larger (common.ScaleBlocks), each
// line in style, without the blank lines the glyphs' empty bottom row
// leaves at its foot; nil when s cannot be drawn big or the result is
// wider than w.
func scaledBlock(s string, k, w int, style lipgloss.Style) []string {
	g, ok := common.BigText(s, false)
	if !ok || common.BigTextWidth(s, false)*k > w {
		return nil
	}
	if g, ok = common.ScaleBlocks(g, k); !ok {
		return nil
	}
	lines := strings.Split(g, "\n")
	for len(lines) > 1 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	for i, l := range lines {
		lines[i] = style.Render(l)
	}
	return lines
}

// bigBlock is s in big type (common.BigText), each line in style, or nil
// when the font cannot draw s or it is wider than w.
func bigBlock(s string, ascii bool, w int, style lipgloss.Style) []string {
	g, ok := common.BigText(s, ascii)
	if !ok || common.BigTextWidth(s, ascii) > w {
		return nil
	}
	lines := strings.Split(g, "\n")
	for i, l := range lines {
		lines[i] = style.Render(l)
	}
	return lines
}

// wrapStyled wraps s to w cells, on spaces where it can and inside a word
// where it must, so that nothing of s is cut, and styles each line.
func wrapStyled(s string, w int, style lipgloss.Style) []string {
	lines := strings.Split(ansi.Wrap(s, w, " "), "\n")
	for i, l := range lines {
		lines[i] = style.Render(strings.TrimRight(l, " "))
	}
	return lines
}

// titleNotice is the merger notice, as the overview shows it (the same
// content page), wrapped to w behind the notice bar, in at most maxLines lines
// (the last cut with … when it does not all fit: the overview's notice
// detail has it whole), with its source numbers at the end, kept when the
// text is cut: the slide says where it comes from like any figure. None
// when the dataset has no notice.
func titleNotice(ctx *common.Context, w, maxLines int) []string {
	page := ctx.Page(content.Builtin("overview"))
	if len(page.Notices) == 0 || maxLines <= 0 {
		return nil
	}
	st, n := ctx.Styles, page.Notices[0]
	bar := "▌ "
	if ctx.ASCII {
		bar = "| "
	}
	indent := strings.Repeat(" ", lipgloss.Width(bar))
	tw := w - lipgloss.Width(bar)
	if tw < 1 {
		return nil
	}
	var cite string
	for _, id := range n.Cite {
		cite += common.SourceNum(ctx, id)
	}
	cw := lipgloss.Width(cite)
	text := strings.Split(ansi.Wrap(n.Text, tw, " "), "\n")
	for i, t := range text {
		text[i] = strings.TrimRight(t, " ")
	}
	// The source numbers go at the end of the last line, or on a line of
	// their own when that line is full; when the notice is cut they stay,
	// on the cut line.
	lastFits := cw == 0 || lipgloss.Width(text[len(text)-1])+1+cw <= tw
	need := len(text)
	if !lastFits {
		need++
	}
	citeLine := false
	if need > maxLines {
		text = text[:min(maxLines, len(text))]
		room := tw
		if cw > 0 && cw+1 < tw {
			room = tw - cw - 1
		}
		text[len(text)-1] = ansi.Truncate(text[len(text)-1]+" …", room, "…")
	} else if !lastFits {
		citeLine = true
	}
	out := make([]string, 0, len(text)+1)
	for i, t := range text {
		p := bar
		if i > 0 {
			p = indent
		}
		out = append(out, st.Notice.Render(p+t))
	}
	switch {
	case cite == "":
	case citeLine:
		out = append(out, indent+st.Accent.Render(ansi.Truncate(cite, tw, "…")))
	case lipgloss.Width(text[len(text)-1])+1+cw <= tw:
		out[len(out)-1] += " " + st.Accent.Render(cite)
	}
	return out
}

// centreBlock pads the lines of a block to its widest and puts the block
// in the middle of w cells: the notice stays flush left inside it.
func centreBlock(lines []string, w int) []string {
	bw := 0
	for _, l := range lines {
		bw = max(bw, lipgloss.Width(l))
	}
	lead := strings.Repeat(" ", max(w-bw, 0)/2)
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = lead + l
	}
	return out
}
