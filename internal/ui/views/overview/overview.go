// Package overview is tab 1: the province at a glance. A title with the
// as-of date, the merger notice (the province no longer exists as such, and
// a reader must know before trusting any figure), the headline cards, the
// growth trend, the PCI rank, the legend of status marks and the sources.
//
// `v` cycles its faces: cards → a table of the same headline figures (↑/↓
// select one, its note is shown in full) → the numbered sources.
package overview

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/cells"
	"github.com/provdash/provdash/internal/ui/chart"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/theme"
)

// Layout constants. A card is 3 content lines in a rounded border, so 5
// rows tall; cards narrower than minCard cannot hold "≈8,65 tỷ USD ~" and a
// label, so below that the cards fall back to one line per figure.
const (
	cardH      = 5
	minCard    = 24
	prefCard   = 38 // a comfortable card: 4 columns at 200, 3 at 120, 2 at 80
	maxCols    = 4
	sideBySide = 100 // from this width the growth and PCI panels sit side by side
)

// Presentation layout (Context.Present): fewer cards, the figure three
// lines high so it reads from the back of a room. A big card is the label,
// the glyphs (unit and status mark at their foot) and the rank/source line
// in a border: 7 rows. At most bigMax headlines (the dataset lists the
// most important first), at least bigMin, in cards at least bigPref wide;
// when that does not fit the overview keeps its normal cards.
const (
	bigCardH = 7
	bigMin   = 4
	bigMax   = 6
	bigPref  = 36
)

// Model is the overview tab. It renders once per size/context/face change
// and View returns the cached frame.
type Model struct {
	common.FaceTab
	// growth is the growth chart's lines: the province's rows and, for a
	// merged province, its predecessors' (which the GDP tab's page holds,
	// not this one), found once per context.
	growth chart.Growth
	// gdp is the GDP tab's page when the scope has a national table or
	// predecessors: the growth card reads a focus year's rank from its
	// nationwide list and a predecessor's figure from its growth section.
	gdp content.Page
	// rows are the headlines as the cards draw them this frame: the
	// growth card following the focus year (focusCard).
	rows []content.Row
}

// New returns the overview tab; it draws nothing until SetContext.
func New() *Model {
	m := &Model{}
	m.Tab = content.Builtin("overview")
	m.ChartDetail = m.noticeDetail
	m.Draw = m.rebuild
	return m
}

// noticeDetail is what enter opens on the chart face: the merger notice in
// full (the face may cut it to a line or two), with its note and source.
func (m *Model) noticeDetail() (string, []common.Field, bool) {
	if len(m.Page.Notices) == 0 {
		return "", nil, false
	}
	n := m.Page.Notices[0]
	return n.Title, common.NoticeFields(m.Ctx, n), true
}

// SetContext replaces the session context and re-renders.
func (m *Model) SetContext(ctx *common.Context) {
	m.Bind(ctx)
	m.growth, m.gdp = chart.Growth{}, content.Page{}
	if ctx != nil && ctx.Data != nil && ctx.Loc != nil {
		p := m.Page
		if sc := ctx.Scoped(); len(sc.Pred) > 0 || sc.National != nil {
			// The predecessors' growth sections and the nationwide
			// lists are the GDP tab's; the overview draws the same
			// lines as its chart.
			m.gdp = ctx.Page(content.Builtin("gdp"))
			p = m.gdp
		}
		m.growth = chart.LineageGrowth(p, ctx.Scoped(), ctx.Loc)
	}
	m.rebuild()
}

// headlines is the headline section's rows as the cards draw them this
// frame (cardRows).
func (m *Model) headlines() []content.Row { return m.rows }

// cell is the cell of a headline row in the column with key; a gap in a
// card's corner (rank, date, source) is "": the card leaves the place
// empty. A missing value stays "—", never blank.
func (m *Model) cell(r content.Row, key string) content.Cell {
	s, _ := m.Page.Section("headlines")
	c, _ := s.Cell(r, key)
	if c.Gap() && key != "value" {
		c.Text, c.Mark = "", ""
	}
	if m.W >= content.WideCols && c.Long != "" {
		// From 120 columns a card writes its period out ("first half of
		// 2025", "6 tháng đầu năm 2025" for "H1 2025", "6T/2025");
		// narrower cards keep the short forms the `?` glossary explains.
		c.Text = c.Long
	}
	return c
}

// rebuild renders the frame for the current size, context and face.
func (m *Model) rebuild() {
	m.rows = nil
	if m.Ctx != nil && m.Ctx.Data != nil && m.Ctx.Loc != nil {
		m.rows = m.cardRows()
	}
	m.Render(m.chartFace, m.tableFace, m.sourcesFace)
}

// section is one of the page's sections (empty when the page has none).
func (m *Model) section(id string) content.Section {
	s, _ := m.Page.Section(id)
	return s
}

// header is the title line: province and as-of date on the left, the faces
// on the right with the current one highlighted, so `v` explains itself.
func (m *Model) header() string {
	st, l, d := m.Ctx.Styles, m.Ctx.Loc, m.Ctx.Data
	left := st.Title.Render(l.Pick(d.Name))
	if d.AsOf != "" {
		left += st.Faint.Render("  ·  ") + st.Subtitle.Render(l.T("app.asof")+" "+l.Date(d.AsOf))
	}
	return m.FaceHeader(left)
}

// merger is the administrative-change notice, wrapped to at most max lines
// behind a bar in the notice colour.
func (m *Model) merger(max int) []string {
	if len(m.Page.Notices) == 0 {
		return nil // a dataset without a merger shows none: no province text lives in code
	}
	return callout(m.Page.Notices[0].Interactive(), m.bar(), m.Ctx.Styles.Notice, m.W, max)
}

// bar is the notice's left bar: a half block, or "| " under --ascii (old
// consoles and PuTTY fonts have no block elements).
func (m *Model) bar() string {
	if m.Ctx.ASCII {
		return "| "
	}
	return "▌ "
}

// callout wraps text to w behind a prefix, at most max lines (the last one
// ending in … when cut).
func callout(text, prefix string, style lipgloss.Style, w, max int) []string {
	pw := lipgloss.Width(prefix)
	if w <= pw || max <= 0 {
		return nil
	}
	body := strings.Split(ansi.Wordwrap(text, w-pw, " "), "\n")
	if len(body) > max {
		body = body[:max]
		body[max-1] = ansi.Truncate(body[max-1]+" …", w-pw, "…")
	}
	out := make([]string, len(body))
	for i, b := range body {
		p := prefix
		if i > 0 {
			p = strings.Repeat(" ", pw)
		}
		out[i] = style.Render(p + ansi.Truncate(b, w-pw, "…"))
	}
	return out
}

// card renders one headline as a bordered box exactly cw cells wide.
func (m *Model) card(h content.Row, cw, titleRows int) string {
	st := m.Ctx.Styles
	inner := cw - st.Card.GetHorizontalFrameSize()
	if inner < 1 {
		inner = 1
	}
	label := m.cardTitle(h.Label, inner, titleRows)
	v := m.cell(h, "value")
	v.Text = cutParts(v.Text, inner-lipgloss.Width(v.String())+lipgloss.Width(v.Text))
	value := ansi.Truncate(common.WithMarkStyled(m.Ctx, st.CardValue.Render(v.Text), v), inner, "…")
	return st.Card.Width(cw).Render(label + "\n" + value + "\n" + m.cardFoot(h, inner))
}

// wholeTitles is the width from which a card's title is never cut: a
// title longer than its card wraps to a second line (and every card of
// its row gets one, so their figures stay on one line). Narrower, a title
// is cut on one line, keeping its year ("Vốn đầu tư nước… 2025").
const wholeTitles = 100

// titleLines is a card's title in inner cells: one line when it fits or
// the screen is narrower than wholeTitles (cut, keeping the year), else
// wrapped at words, into two lines at most (the second then cut, keeping
// the year: no label of the bundled data needs three).
func (m *Model) titleLines(label string, inner int) []string {
	if lipgloss.Width(label) <= inner || m.W < wholeTitles {
		return []string{cells.CutTitle(label, inner)}
	}
	// The narrowest wrap in two lines, so they are of like length
	// ("Quốc gia, vùng lãnh / thổ đầu tư", not "… đầu / tư").
	var ls []string
	for ww := (lipgloss.Width(label) + 1) / 2; ww <= inner; ww++ {
		ls = strings.Split(ansi.Wrap(label, ww, " "), "\n")
		if len(ls) <= 2 {
			break
		}
	}
	for i := range ls {
		ls[i] = strings.TrimSpace(ls[i])
	}
	if len(ls) > 2 {
		ls = []string{ls[0], cells.CutTitle(strings.Join(ls[1:], " "), inner)}
	}
	return ls
}

// cardTitle is a card's title in rows lines, styled: its titleLines, then
// blank lines.
func (m *Model) cardTitle(label string, inner, rows int) string {
	ls := m.titleLines(label, inner)
	for len(ls) < rows {
		ls = append(ls, "")
	}
	return m.Ctx.Styles.CardLabel.Render(strings.Join(ls, "\n"))
}

// cardFoot is a card's last line, inner cells wide: the rank on the left,
// the date and source number on the right.
func (m *Model) cardFoot(h content.Row, inner int) string {
	st := m.Ctx.Styles
	src := m.cell(h, "source").Text
	left := st.CardNote.Render(m.cell(h, "rank").Text)
	right := st.CardNote.Render(src)
	if d := m.cell(h, "date").Text; d != "" {
		right = st.CardNote.Render(d+" ") + st.Accent.Render(src)
	}
	foot := common.Spread(left, right, inner)
	if lipgloss.Width(left)+lipgloss.Width(right)+2 > inner {
		// No room for both: the rank matters more than the date, but the
		// source number must stay, so drop the date first, then the
		// later of several ranks (a merged province's predecessors').
		right = st.Accent.Render(src)
		rank := cutParts(m.cell(h, "rank").Text, inner-lipgloss.Width(src)-2)
		foot = common.Spread(st.CardNote.Render(rank), right, inner)
	}
	return foot
}

// cutParts fits a text of parts joined by " · " (each predecessor's
// figure or rank after its glyph) in w cells by leaving out whole parts
// from the end, "…" in their place, so no part is cut in the middle and
// read as another's. A text of one part, or one that fits, is returned
// as it is.
func cutParts(s string, w int) string {
	const sep = " · "
	if lipgloss.Width(s) <= w || !strings.Contains(s, sep) {
		return s
	}
	parts := strings.Split(s, sep)
	for n := len(parts) - 1; n >= 1; n-- {
		if t := strings.Join(parts[:n], sep) + " …"; lipgloss.Width(t) <= w || n == 1 {
			return t
		}
	}
	return s
}

// bigParts splits a headline's figure for big type: the number (with its
// qualifier or "about" sign) to draw in glyphs, and the unit words before
// and after it, kept in normal type so "USD 8.6 bn" and "8,6 tỷ USD" read
// as in the rest of the dashboard. A figure without letters ("13,85 %")
// is drawn whole. A qualifier written before the unit ("≈USD 8.6 bn",
// ">VND 522,000 bn") moves onto the number ("USD ≈8.6 bn"): a sign in
// small type beside big digits would be missed from the back of a room,
// and it must never be. ok is false when the figure cannot be drawn big:
// a gap, or anything but unit words around the number (a sign without a
// glyph, a merged province's second figure), which only the normal type
// shows whole.
func (m *Model) bigParts(h content.Row) (pre, num, suf string, ok bool) {
	full := m.cell(h, "value").Text
	if _, ok := common.BigDigits(full, m.Ctx.ASCII); ok {
		return "", full, "", true
	}
	i := strings.IndexFunc(full, unicode.IsDigit)
	if i < 0 {
		return "", "", "", false
	}
	start, end := i, i
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(full[:start])
		if r == ' ' || !common.HasBigGlyph(r) {
			break
		}
		start -= n
	}
	for end < len(full) {
		r, n := utf8.DecodeRuneInString(full[end:])
		if r == ' ' || !common.HasBigGlyph(r) {
			break
		}
		end += n
	}
	pre, num, suf = strings.TrimSpace(full[:start]), full[start:end], strings.TrimSpace(full[end:])
	if q, n := utf8.DecodeRuneInString(pre); n > 0 && q != ' ' && common.HasBigGlyph(q) {
		pre, num = strings.TrimSpace(pre[n:]), string(q)+num
	}
	// What stays in normal type is unit words only: a sign or a second
	// number there ("≤", "· 6,03 %") would be read apart from the figure.
	if strings.IndexFunc(pre+suf, func(r rune) bool { return r != ' ' && !unicode.IsLetter(r) }) >= 0 {
		return "", "", "", false
	}
	if _, ok := common.BigDigits(num, m.Ctx.ASCII); !ok {
		return "", "", "", false
	}
	return pre, num, suf, true
}

// bigNeed is the width in cells a headline's big figure takes with its
// unit and status mark, or -1 when it cannot be drawn big.
func (m *Model) bigNeed(h content.Row) int {
	pre, num, suf, ok := m.bigParts(h)
	if !ok {
		return -1
	}
	n := common.BigDigitsWidth(num, m.Ctx.ASCII)
	if pre != "" {
		n += lipgloss.Width(pre) + 1
	}
	if suf != "" {
		n += 1 + lipgloss.Width(suf)
	}
	if mk := m.cell(h, "value").Mark; mk != "" {
		n += 1 + lipgloss.Width(mk)
	}
	return n
}

// bigValue is the figure of a big card: three lines, each inner cells
// wide, centred. The glyphs are in Styles.BigDigits, the unit and the
// status mark at their foot in normal type. When the figure has no glyphs
// or is wider than the card it is drawn in normal type on the middle line.
func (m *Model) bigValue(h content.Row, inner int) []string {
	st := m.Ctx.Styles
	need := m.bigNeed(h)
	if need < 0 || need > inner {
		c := m.cell(h, "value")
		v := ansi.Truncate(common.WithMarkStyled(m.Ctx, st.CardValue.Render(c.Text), c), inner, "…")
		return []string{"", center(v, inner), ""}
	}
	pre, num, suf, _ := m.bigParts(h)
	g, _ := common.BigDigits(num, m.Ctx.ASCII)
	rows := strings.Split(g, "\n")
	lead := strings.Repeat(" ", (inner-need)/2)
	out := make([]string, len(rows))
	for i, r := range rows {
		var b strings.Builder
		b.WriteString(lead)
		last := i == len(rows)-1
		if pre != "" {
			if last {
				b.WriteString(st.CardValue.Render(pre) + " ")
			} else {
				b.WriteString(strings.Repeat(" ", lipgloss.Width(pre)+1))
			}
		}
		b.WriteString(st.BigDigits.Render(r))
		if last {
			if suf != "" {
				b.WriteString(" " + st.CardValue.Render(suf))
			}
			if c := m.cell(h, "value"); c.Mark != "" {
				b.WriteString(" " + common.MarkStyle(m.Ctx.Styles, c.Status).Render(c.Mark))
			}
		}
		out[i] = common.Pad(b.String(), inner)
	}
	return out
}

// center pads s on both sides to w cells.
func center(s string, w int) string {
	return common.Pad(strings.Repeat(" ", max(w-lipgloss.Width(s), 0)/2)+s, w)
}

// bigCard renders one headline in presentation type, cw cells wide and
// bigCardH rows tall.
func (m *Model) bigCard(h content.Row, cw, titleRows int) string {
	st := m.Ctx.Styles
	inner := max(cw-st.Card.GetHorizontalFrameSize(), 1)
	lines := []string{m.cardTitle(h.Label, inner, titleRows)}
	lines = append(lines, m.bigValue(h, inner)...)
	lines = append(lines, m.cardFoot(h, inner))
	return st.Card.Width(cw).Render(strings.Join(lines, "\n"))
}

// bigLayout chooses how many headlines to show big, and in how many
// columns, within hAvail lines: the most headlines (bigMax down to bigMin)
// in the fewest rows whose cards are at least bigPref wide and hold the
// widest of their figures. n is 0 when no such grid fits, or when none of
// the figures can be drawn big: the normal cards are then better.
func (m *Model) bigLayout(hAvail int) (n, cols int) {
	hs := m.headlines()
	frame := m.Ctx.Styles.Card.GetHorizontalFrameSize()
	for n := min(bigMax, len(hs)); n >= min(bigMin, len(hs)) && n > 0; n-- {
		// Every figure shown big, or none: a card in small type among
		// big ones reads as less important, which no figure is. A gap
		// has nothing to draw and stays "—".
		need, drawable, all := 0, false, true
		for _, h := range hs[:n] {
			switch x := m.bigNeed(h); {
			case x >= 0:
				need, drawable = max(need, x), true
			case !m.cell(h, "value").Gap():
				all = false
			}
		}
		if !all {
			continue
		}
		if !drawable {
			return 0, 0
		}
		for rows := 1; rows*bigCardH <= hAvail; rows++ {
			cols := (n + rows - 1) / rows
			if rowsOf(n, cols) != rows {
				continue // the same grid as fewer rows
			}
			cw := (m.W - (cols - 1)) / cols
			if cw >= bigPref && cw-frame >= need && m.gridHeight(hs[:n], cols, bigCardH) <= hAvail {
				return n, cols
			}
		}
	}
	return 0, 0
}

// bigCards lays the first n headlines out in big cards, cols to a row.
func (m *Model) bigCards(n, cols int) []string {
	return m.cardGrid(m.headlines()[:n], cols, m.bigCard)
}

// cardCols chooses how many cards share a row at width w: the comfortable
// width first, more (narrower) columns when height is short, never below
// minCard. It returns 0 when not even one card fits.
func cardCols(n, w, hAvail int) int {
	return cardColsIn(n, w, hAvail, func(cols int) int { return rowsOf(n, cols) * cardH })
}

// cardColsIn is cardCols with the grid's height in cols columns given by
// height (rows with a title on two lines are taller).
func cardColsIn(n, w, hAvail int, height func(cols int) int) int {
	if n == 0 || w < minCard {
		return 0
	}
	cols := common.Clamp(w/prefCard, 1, maxCols)
	if cols > n {
		cols = n
	}
	for height(cols) > hAvail && cols < n && (w-cols)/(cols+1) >= minCard {
		cols++
	}
	return cols
}

// gridHeight is the lines cardGrid takes for hs in cols columns of cards
// base lines tall: one more for each row whose titles take two.
func (m *Model) gridHeight(hs []content.Row, cols, base int) int {
	n := 0
	for start := 0; start < len(hs); start += cols {
		n += base - 1 + m.titleRows(hs, start, min(start+cols, len(hs)), cols)
	}
	return n
}

// cardWidth is the width of the i-th card of a row of cols cards filling
// the tab, one space between cards (the first cards take the remainder).
func (m *Model) cardWidth(i, cols int) int {
	base, extra := (m.W-(cols-1))/cols, (m.W-(cols-1))%cols
	if i < extra {
		return base + 1
	}
	return base
}

// titleRows is the lines the titles of the row hs[start:end] take: the
// most any of them needs in its card.
func (m *Model) titleRows(hs []content.Row, start, end, cols int) int {
	n, frame := 1, m.Ctx.Styles.Card.GetHorizontalFrameSize()
	for i := start; i < end; i++ {
		n = max(n, len(m.titleLines(hs[i].Label, max(m.cardWidth(i-start, cols)-frame, 1))))
	}
	return n
}

func rowsOf(n, cols int) int { return (n + cols - 1) / cols }

// chooseCols picks the card columns for hAvail lines: first a grid that
// leaves room for the legend and a small growth panel (narrower cards are
// better than no trend at all), then any grid that fits; 0 means the cards
// must fall back to the compact list.
func (m *Model) chooseCols(hAvail int) int {
	n := len(m.headlines())
	const reserve = 6 // blank, heading, 2-line sparkline, year axis, legend
	height := func(cols int) int { return m.gridHeight(m.headlines(), cols, cardH) }
	for _, hh := range []int{hAvail - reserve, hAvail} {
		if cols := cardColsIn(n, m.W, hh, height); cols > 0 && height(cols) <= hh {
			return cols
		}
	}
	return 0
}

// cards lays the headlines out in a grid of cols columns that fills w.
func (m *Model) cards(cols int) []string {
	return m.cardGrid(m.headlines(), cols, m.card)
}

// cardGrid lays hs out cols to a row, one space between cards, the width
// shared so the grid fills the tab exactly (the first cards of a row take
// the spare cells). Normal and big-digit cards share it.
func (m *Model) cardGrid(hs []content.Row, cols int, card func(content.Row, int, int) string) []string {
	var out []string
	for start := 0; start < len(hs); start += cols {
		end := min(start+cols, len(hs))
		tr := m.titleRows(hs, start, end, cols)
		row := make([]string, 0, 2*cols)
		for i := start; i < end; i++ {
			if i > start {
				row = append(row, " ")
			}
			row = append(row, card(hs[i], m.cardWidth(i-start, cols), tr))
		}
		out = append(out, strings.Split(lipgloss.JoinHorizontal(lipgloss.Top, row...), "\n")...)
	}
	return out
}

// compact is the fallback for short or narrow screens: one aligned line per
// headline (label, value and mark, rank, source number).
func (m *Model) compact() []string {
	st := m.Ctx.Styles
	hs := m.headlines()
	vals := make([]string, len(hs))
	var vw, rw, sw int
	for i, h := range hs {
		c := m.cell(h, "value")
		vals[i] = common.WithMarkStyled(m.Ctx, st.CardValue.Render(c.Text), c)
		vw = max(vw, lipgloss.Width(vals[i]))
		rw = max(rw, lipgloss.Width(m.cell(h, "rank").Text))
		sw = max(sw, lipgloss.Width(m.cell(h, "source").Text))
	}
	var maxLabel int
	for _, h := range hs {
		maxLabel = max(maxLabel, lipgloss.Width(h.Label))
	}
	lw := min(m.W-vw-rw-sw-6, maxLabel+2)
	out := make([]string, 0, len(hs))
	for i, h := range hs {
		var b strings.Builder
		if lw >= 8 {
			b.WriteString(st.CardLabel.Render(common.Pad(cells.CutTitle(h.Label, lw), lw)) + "  ")
		}
		b.WriteString(common.Pad(vals[i], vw) + "  ")
		b.WriteString(st.CardNote.Render(common.Pad(m.cell(h, "rank").Text, rw)) + "  ")
		b.WriteString(st.Accent.Render(m.cell(h, "source").Text))
		out = append(out, ansi.Truncate(b.String(), m.W, "…"))
	}
	return out
}

// chartFace is the default face. Parts are added in order of priority and
// each takes only what is left: title, merger notice, source line and the
// cards first; then the legend; then the growth and PCI panels.
func (m *Model) chartFace() []string {
	st, l := m.Ctx.Styles, m.Ctx.Loc
	w, h := m.W, m.H
	head := []string{m.header()}
	source := common.PageCitation(m.Ctx, m.Page, w)
	left := h - len(head) - 1 // the source line always stays
	if left <= 0 {
		return append(head, source)[:h]
	}
	// The notice is never dropped, but it gets fewer lines on short
	// screens (cut with …; the full text is on the table face).
	mergerMax := 3
	switch {
	case left < 10:
		mergerMax = 1
	case left < 40:
		mergerMax = 2
	}
	notice := m.merger(mergerMax)
	left -= len(notice)

	var cards []string
	if m.Ctx.Present && len(m.headlines()) > 0 {
		// Presenting: the top headlines in big type when they fit with the
		// spacer above and the legend below.
		if n, cols := m.bigLayout(left - 2); n > 0 {
			cards = m.bigCards(n, cols)
		}
	}
	switch {
	case cards != nil:
	case len(m.headlines()) == 0:
		cards = []string{st.Faint.Render(l.T("overview.none"))}
	default:
		if cols := m.chooseCols(left - 1); cols > 0 {
			cards = m.cards(cols)
		} else {
			cards = m.compact()
		}
	}
	spacer := left-len(cards) >= 1
	if spacer {
		left--
	}
	if len(cards) > left {
		cards = cards[:max(left, 0)]
	}
	left -= len(cards)

	var legend []string
	if left >= 1 {
		legend = []string{st.Faint.Render(ansi.Truncate(l.T("app.legend"), w, "…"))}
		left--
	}
	// A merged province's predecessors, one line each, below the cards.
	var formed []string
	if ff := m.formedPanel(w, left-1); len(ff) > 0 && left >= len(ff)+1 {
		formed = append([]string{""}, ff...)
		left -= len(formed)
	}
	var panels []string
	if left >= 3 { // a spacer, the heading and a line of trends at least
		panels = m.panels(w, left-1)
		if len(panels) > 0 {
			panels = append([]string{""}, panels...)
		}
	}
	out := append(head, notice...)
	if spacer {
		out = append(out, "")
	}
	out = append(out, cards...)
	out = append(out, formed...)
	out = append(out, panels...)
	// Whatever height is left goes between the content and the footer
	// lines, so the legend and citation sit at the bottom of the tab.
	for len(out)+len(legend)+1 < h && len(panels)+len(formed) > 0 {
		out = append(out, "")
	}
	out = append(out, legend...)
	return append(out, source)
}

// formedPanel is the "formed from" section as a compact table in w cells
// and at most h lines: a heading, the column heads, and one row per
// predecessor (its glyph on the growth chart, its name), then as many of
// its latest figures as fit (growth first; the section's priorities
// decide), each cell saying its year and citing the predecessor's own
// source. When that table is wider than w but turned on its side (one
// row per figure, one column per predecessor) it fits whole in w and
// keeps roomFor lines for the growth panel below, it is drawn that way:
// a figure cut in the middle ("USD 459.38 m (New pr…") loses what it
// counts. Otherwise long figures are cut before their citation (the
// table face and the row's detail print them whole). Nil for a province
// with no predecessors in the collection, or when not even one figure
// fits.
func (m *Model) formedPanel(w, h int) []string {
	st := m.Ctx.Styles
	sec, ok := m.Page.Section("formed_from")
	if !ok || len(sec.Rows) == 0 || w < 20 {
		return nil
	}
	type col struct {
		c     content.Column
		cells []string // figure text and citation, uncut
		cites []string
	}
	var cs []col
	natural := 0
	for j, c := range sec.Columns {
		if c.Key == "source" {
			continue // every cell cites its own source
		}
		x := col{c: c}
		width := lipgloss.Width(c.Head)
		for i, r := range sec.Rows {
			text, cite := i18n.Gap, ""
			if j < len(r.Cells) {
				cell := r.Cells[j]
				if m.W >= content.WideCols && cell.Long != "" {
					cell.Text = cell.Long
				}
				text = cell.String()
				for _, id := range cell.Cite {
					cite += " " + common.SourceNum(m.Ctx, id)
				}
			}
			if j == 0 {
				text = m.predGlyph(i) + " " + text
			}
			x.cells, x.cites = append(x.cells, text), append(x.cites, cite)
			width = max(width, lipgloss.Width(text+cite))
		}
		natural += width + len(common.ColGap)
		cs = append(cs, x)
	}
	title := ansi.Truncate(st.Heading.Render(sec.Title), w, "…")
	table := func(cols []common.Column) []string {
		t := common.Grid(cols, w)
		if len(t.Rows) == 0 || len(t.Rows[0]) < 2 {
			return nil // the names alone say nothing the notice does not
		}
		lines := []string{title, st.TableHeader.Render(ansi.Truncate(strings.TrimRight(t.Head, " "), w, "…"))}
		for _, r := range t.Rows {
			lines = append(lines, st.TableCell.Render(ansi.Truncate(strings.TrimRight(strings.Join(r, common.ColGap), " "), w, "…")))
		}
		return lines
	}
	fits := natural-len(common.ColGap) <= w
	if !fits && len(cs) > 1 {
		// On its side: the figures' names, then a column per predecessor.
		side := []common.Column{{Head: cs[0].c.Head}}
		for _, x := range cs[1:] {
			side[0].Cells = append(side[0].Cells, x.c.Head)
		}
		sideW := lipgloss.Width(side[0].Head)
		for _, n := range side[0].Cells {
			sideW = max(sideW, lipgloss.Width(n))
		}
		for i := range sec.Rows {
			pc := common.Column{Head: cs[0].cells[i]}
			pw := lipgloss.Width(pc.Head)
			for _, x := range cs[1:] {
				pc.Cells = append(pc.Cells, x.cells[i]+x.cites[i])
				pw = max(pw, lipgloss.Width(x.cells[i]+x.cites[i]))
			}
			side = append(side, pc)
			sideW += len(common.ColGap) + pw
		}
		if lines := table(side); lines != nil && sideW <= w && len(lines) <= h-roomFor {
			return lines
		}
	}
	var cols []common.Column
	for j, x := range cs {
		c := common.Column{Head: x.c.Head, Right: x.c.Right && j > 0, Prio: x.c.Prio}
		for i, text := range x.cells {
			if !fits && j > 0 && lipgloss.Width(text+x.cites[i]) > formedCell {
				text = ansi.Truncate(text, max(formedCell-lipgloss.Width(x.cites[i]), 4), "…")
			}
			c.Cells = append(c.Cells, text+x.cites[i])
		}
		cols = append(cols, c)
	}
	return table(cols)
}

// roomFor is the lines the formed-from panel leaves the growth panel
// below it when it is drawn on its side (taller than as rows).
const roomFor = 14

// formedCell is the widest a cell of the formed-from panel is drawn, so
// one long figure does not push the others off the screen.
const formedCell = 32

// cite is the source numbers of ids ("[35]"), as every figure of the tab
// cites them.
func (m *Model) cite(ids []string) string {
	var b strings.Builder
	for _, id := range ids {
		b.WriteString(common.SourceNum(m.Ctx, id))
	}
	return b.String()
}

// predGlyph is the glyph of the i-th predecessor's line on the growth
// chart, so a row of the table and a line of the chart are read as one.
func (m *Model) predGlyph(i int) string { return theme.PredGlyph(i, m.Ctx.ASCII) }

// panels are the growth trend and the PCI, side by side on wide screens and
// stacked (PCI only if room remains) otherwise. They fill at most h lines.
func (m *Model) panels(w, h int) []string {
	if h <= 0 {
		return nil
	}
	hasPCI := len(m.section("pci").Rows) > 0
	if w >= sideBySide && hasPCI {
		lw := (w - 3) * 3 / 5
		rw := w - 3 - lw
		a := padBlock(m.growthPanel(lw, h), lw)
		b := m.pciPanel(rw, h)
		n := max(len(a), len(b))
		out := make([]string, n)
		for i := range n {
			var x, y string
			if i < len(a) {
				x = a[i]
			} else {
				x = strings.Repeat(" ", lw)
			}
			if i < len(b) {
				y = b[i]
			}
			out[i] = x + "   " + y
		}
		return out
	}
	gh := h
	if hasPCI && h >= 9 {
		gh = h - 4 // heading, latest line, two rank lines
	}
	out := m.growthPanel(w, gh)
	if hasPCI && h-len(out) >= 4 {
		out = append(out, "")
		out = append(out, m.pciPanel(w, h-len(out))...)
	}
	return out
}

// lineRows is the fewest rows the merged province's growth lines are
// drawn in when a province's point covers another's (the GDP tab's rule):
// in fewer, the table of years says the figures instead.
const lineRows = 14

// padBlock pads every line to w cells so a block can sit left of another.
func padBlock(lines []string, w int) []string {
	for i, l := range lines {
		lines[i] = common.Pad(l, w)
	}
	return lines
}

// growthPanel is the province's growth by year: a line chart with axes when
// there are at least 8 lines, a sparkline with the first and last year
// labelled otherwise.
func (m *Model) growthPanel(w, h int) []string {
	st, l, d := m.Ctx.Styles, m.Ctx.Loc, m.Ctx.Data
	g := m.section("growth")
	var pts []chart.Point
	var vals []dataset.Num
	var years []int // of vals
	var first, last *content.Row
	var lastCell content.Cell
	gaps := false
	for i := range g.Rows {
		r := &g.Rows[i]
		c, _ := g.Cell(*r, "province")
		if !c.Num.OK {
			// A gap inside the series is passed on so the line breaks
			// there; leading gaps are dropped.
			if first != nil {
				gaps = true
				pts = append(pts, chart.Point{X: float64(r.Year), Y: c.Num})
			}
			continue
		}
		if first == nil {
			first = r
		}
		last, lastCell = r, c
		pts = append(pts, chart.Point{X: float64(r.Year), Y: c.Num, Mark: c.Mark, Label: c.Text})
		vals = append(vals, c.Num)
		years = append(years, r.Year)
	}
	if first == nil || h < 2 || w < 12 {
		return nil
	}
	title := st.Heading.Render(l.T("overview.growth"))
	unit := st.Faint.Render("  " + l.T("overview.growth.unit"))
	latest := m.growthReadout(g, *last, lastCell, m.Ctx.FocusYear())
	out := []string{ansi.Truncate(title+unit, w, "…")}
	o := chart.Opts{Styles: st, Loc: l, ASCII: m.Ctx.ASCII, Focus: float64(m.Ctx.FocusYear())}
	if h == 2 {
		// One row under the heading: each province's trend as a one-row
		// sparkline between its first and last year, beside its name.
		series := []chart.Series{{Name: l.Pick(d.Name), Points: pts, Style: st.Province, Glyph: "●"}}
		if m.growth.HasLineage() {
			series = m.growth.Series(st)
		}
		if tr := chart.Trends(w, series, o); tr != "" {
			return []string{common.Spread(title, latest, w), tr}
		}
		return []string{common.Spread(title, latest, w)}
	}
	if h >= 12 && w >= 30 && !m.growth.HasLineage() { // fewer rows than this snap points to whole cells and mislead
		out[0] = common.Spread(title, latest, w)
		series := []chart.Series{{Name: l.Pick(d.Name), Points: pts, Style: st.Province, Glyph: "●"}}
		return append(out, strings.Split(chart.Line(w, h-1, series, o), "\n")...)
	}
	if m.growth.HasLineage() {
		// A merged province has a year or two of its own: its
		// predecessors' lines beside its own, the merger marked between
		// them (the GDP tab's chart), say more than a sparkline, where
		// the rows keep every province's point apart: in lineRows rows,
		// or fewer when no province's point covers another's.
		o.Markers = m.growth.Markers()
		out[0] = common.Spread(title, latest, w)
		series := m.growth.Series(st)
		if w >= 30 && h >= 8 && (h-1 >= lineRows || chart.Hidden(w, h-1, series, o) == 0) {
			return append(out, strings.Split(chart.Line(w, h-1, series, o), "\n")...)
		}
		// Too few rows for the lines: the same figures as a table of the
		// latest years, one column per province, filling the panel.
		if t := m.growth.Table(w, h-1, o, m.cite); len(t) > 0 {
			return append(out, t...)
		}
	}
	if len(vals) < 2 {
		// One figure is no trend: the latest line says it.
		return []string{common.Spread(title, latest, w)}
	}
	// Bars from zero: eight levels a row, so even a short panel is true to
	// the figures, unlike a line whose markers snap to whole cells.
	sh := min(h-2, 8)
	// The latest figure sits right of the sparkline so the line ends on
	// the number it leads to; the focus year's when that is another,
	// in the room the latest takes at least, so the sparkline keeps its
	// width as the focus moves.
	lw := max(lipgloss.Width(latest), lipgloss.Width(m.growthReadout(g, *last, lastCell, last.Year)))
	spw := w - lw - 2
	if spw < 8 {
		spw, latest, lw = w, "", 0
	}
	spark := strings.Split(chart.Sparkline(spw, sh, vals, st.Province, o), "\n")
	for i, s := range spark {
		s = common.Pad(s, spw)
		if i == len(spark)-1 && latest != "" {
			s += "  " + latest
		}
		out = append(out, s)
	}
	fy, ly := fmt.Sprint(first.Year), fmt.Sprint(last.Year)
	mid := ""
	if gaps {
		mid = l.T("overview.gaps")
	}
	return append(out, m.sparkAxis(spw, fy, ly, mid, m.focusCol(spw, years)))
}

// focusCol is the column of the focus year's bar in a sparkline of the
// years' figures spw cells wide (chart.Sparkline's layout: the latest
// figures when there are more than cells, each in spw/n columns), or -1
// when the focus year has no bar or is the last year, which the readout
// beside the bar already names.
func (m *Model) focusCol(spw int, years []int) int {
	if len(years) > spw {
		years = years[len(years)-spw:]
	}
	fy := m.Ctx.FocusYear()
	i := slices.Index(years, fy)
	if i < 0 || i == len(years)-1 || len(years) == 0 {
		return -1
	}
	return i * (spw / len(years))
}

// sparkAxis is the year axis under the sparkline, w cells: the first and
// last year at its ends, mid (years skipped) between them, and, when the
// focus year has a bar at column fc, the year bold under it after the
// focus mark (┊2019, as the line chart's axis), or before it when it
// would touch the last year; mid gives way to it.
func (m *Model) sparkAxis(w int, fy, ly, mid string, fc int) string {
	st := m.Ctx.Styles
	room := w - len(fy) - len(ly)
	if room <= 0 {
		return st.AxisLabel.Render(fy)
	}
	mark := "┊"
	if m.Ctx.ASCII {
		mark = ":"
	}
	var label string
	lx := -1
	if fc >= 0 {
		y := fmt.Sprint(m.Ctx.FocusYear())
		switch {
		case fc > len(fy) && fc+1+len(y) < w-len(ly):
			label, lx = mark+y, fc
		case fc-len(y) > len(fy) && fc+1 < w-len(ly):
			label, lx = y+mark, fc-len(y)
		}
	}
	mw := lipgloss.Width(mid)
	mx := len(fy) + (room-mw)/2 // mid's column, centred
	if mw+2 > room || (label != "" && mx < lx+lipgloss.Width(label)+1 && lx < mx+mw+1) {
		mid, mw = "", 0 // no room, or it would touch the focus year
	}
	if label == "" {
		lx = w - len(ly) // the pieces below then leave it out
	}
	var b strings.Builder
	b.WriteString(st.AxisLabel.Render(fy))
	at := len(fy)
	put := func(x int, s string, sty lipgloss.Style) {
		b.WriteString(st.AxisLabel.Render(strings.Repeat(" ", x-at)) + sty.Render(s))
		at = x + lipgloss.Width(s)
	}
	if mid != "" && mx < lx {
		put(mx, mid, st.AxisLabel)
	}
	if label != "" {
		put(lx, label, st.Bold)
	}
	if mid != "" && mx > lx {
		put(mx, mid, st.AxisLabel)
	}
	put(w-len(ly), ly, st.AxisLabel)
	return b.String()
}

// growthReadout is the figure the growth panel leads to: the focus
// year's growth and rank as the growth card says them (growthIn), so
// stepping through the years with [ and ] moves it with the card and the
// PCI; the latest row's (last, its figure c) when fy is 0 or its year.
func (m *Model) growthReadout(g content.Section, last content.Row, c content.Cell, fy int) string {
	st := m.Ctx.Styles
	year, rank := last.Year, ""
	if r, _ := g.Cell(last, "rank"); !r.Gap() {
		rank = r.Text
	}
	if fy != 0 && fy != last.Year {
		val, rk, _, _ := m.growthIn(fy)
		year, c, rank = fy, val, ""
		// A merged province's predecessors' ranks are on the card, each
		// after its glyph; beside their figures here they would read
		// as one more figure.
		if val.Num.OK && !rk.Gap() {
			rank = rk.Text
		}
	}
	out := st.Province.Render(fmt.Sprintf("%d ", year)) + common.WithMarkStyled(m.Ctx, st.CardValue.Render(c.Text), c)
	if rank != "" {
		out += st.Faint.Render(" · " + rank)
	}
	return out
}

// pciPanel is the PCI: the latest score and rank, then a row of ranks by
// year (as many recent years as fit), then a score line when tall enough.
func (m *Model) pciPanel(w, h int) []string {
	st, l := m.Ctx.Styles, m.Ctx.Loc
	p := m.section("pci")
	rows := p.Rows
	if len(rows) == 0 || h < 2 || w < 12 {
		return nil
	}
	cell := func(r content.Row, k string) content.Cell { c, _ := p.Cell(r, k); return c }
	// The focus year's score and rank, the latest when the index has no
	// figure for it.
	lastRow, ok := p.YearRow(m.Ctx.FocusYear())
	if !ok {
		lastRow = rows[len(rows)-1]
	}
	title := l.T("overview.pci")
	if lipgloss.Width(title) > w/2 {
		title = l.T("overview.pci.short")
	}
	score := cell(lastRow, "score")
	latest := st.Accent.Render(fmt.Sprintf("%d ", lastRow.Year)) +
		common.WithMarkStyled(m.Ctx, st.CardValue.Render(score.Text), score)
	if r := cell(lastRow, "rank"); !r.Gap() {
		latest += st.Faint.Render(" · " + r.Text)
	}
	if n := cell(lastRow, "source"); !n.Gap() {
		latest += " " + st.Accent.Render(n.Text)
	}
	out := []string{ansi.Truncate(st.Heading.Render(title), w, "…"), ansi.Truncate(latest, w, "…")}
	if h < 4 {
		return out
	}
	// Rank row: years above ranks, right-aligned in 5-cell columns; the
	// best ranks (top 5) stand out in bold so the 2022 jump is visible.
	label := l.T("overview.pci.rank")
	lw := lipgloss.Width(label) + 1
	n := (w - lw) / 5
	if n < 1 {
		return out
	}
	if n > len(rows) {
		n = len(rows)
	}
	var ys, rs strings.Builder
	ys.WriteString(strings.Repeat(" ", lw))
	rs.WriteString(st.Faint.Render(common.Pad(label, lw)))
	for _, r := range rows[len(rows)-n:] {
		ys.WriteString(common.PadLeft(fmt.Sprint(r.Year), 5))
		rank := cell(r, "rank").Num
		txt := i18n.Gap
		if rank.OK {
			txt = fmt.Sprint(int(rank.V))
		}
		c := common.PadLeft(txt, 5)
		if rank.OK && rank.V <= 5 {
			rs.WriteString(st.Bold.Render(c))
		} else {
			rs.WriteString(st.Text.Render(c))
		}
	}
	rankRow := []string{st.AxisLabel.Render(ys.String()), rs.String()}
	if h >= 14 && w >= 30 {
		var pts []chart.Point
		for _, r := range rows {
			c := cell(r, "score")
			pts = append(pts, chart.Point{X: float64(r.Year), Y: c.Num, Mark: c.Mark, Label: c.Text})
		}
		o := chart.Opts{Styles: st, Loc: l, ASCII: m.Ctx.ASCII, Focus: float64(m.Ctx.FocusYear())}
		s := chart.Series{Name: "PCI", Points: pts, Style: st.Accent, Glyph: "■"}
		ch := h - len(out) - len(rankRow) - 1
		out = append(out, strings.Split(chart.Line(w, ch, []chart.Series{s}, o), "\n")...)
		out = append(out, "")
	}
	return append(out, rankRow...)
}

// tableFace is the page's sections (the merger notice's source is in the
// citation): ↑/↓ select a row and its note (where conflicting values are
// disclosed) is shown under the table.
func (m *Model) tableFace() []string {
	if m.W >= content.WideCols {
		p := m.Page
		m.Page = p.Long()
		defer func() { m.Page = p }()
	}
	return m.TableFace([]string{m.header(), ""})
}

// sourcesFace is the numbered list of every source the tab cites, scrolled
// by ↑/↓ when it is longer than the screen.
func (m *Model) sourcesFace() string {
	st, l := m.Ctx.Styles, m.Ctx.Loc
	head := []string{m.header(), "", st.Heading.Render(ansi.Truncate(l.T("app.sources"), m.W, "…"))}
	return common.AssembleText(m.Ctx, m.W, m.H, head, common.PageSources(m.Ctx, m.Page, m.W), &m.Nav.Src)
}
