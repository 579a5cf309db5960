package agreements

// Layout helpers shared by this tab's faces: a scrolling body of lines tied
// to selectable items, the header with the face indicator, and the detail
// panel. The zones and agreements tabs carry the same small helpers; they are
// kept per package so no tab depends on another (DESIGN.md §2).

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/common"
)

// line is one rendered body line; item is the index of the selectable item
// it belongs to, or -1 for headings, blanks and notes.
type line struct {
	s    string
	item int
}

func text(s string) line { return line{s: s, item: -1} }

// navigate applies a movement key to sel within [0, n) and reports whether
// the key was a movement key. page is the number of rows a page moves.
func navigate(k *common.KeyMap, msg tea.KeyPressMsg, sel, n, page int) (int, bool) {
	if n <= 0 {
		return 0, false
	}
	if page < 1 {
		page = 1
	}
	switch {
	case key.Matches(msg, k.Up):
		sel--
	case key.Matches(msg, k.Down):
		sel++
	case key.Matches(msg, k.PageUp):
		sel -= page
	case key.Matches(msg, k.PageDn):
		sel += page
	case key.Matches(msg, k.Top):
		sel = 0
	case key.Matches(msg, k.Bottom):
		sel = n - 1
	default:
		return sel, false
	}
	return clamp(sel, 0, n-1), true
}

func clamp(v, lo, hi int) int {
	if hi < lo {
		return lo
	}
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

// window returns at most h lines of ls, moving *off as little as possible so
// that every line of the selected item is visible. Keeping the offset in the
// model (rather than centring) makes the list scroll like a list, not jump.
func window(ls []line, sel, h int, off *int) []string {
	if h <= 0 {
		return nil
	}
	first, last := -1, -1
	for i, l := range ls {
		if l.item == sel {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	o := *off
	if first >= 0 {
		if last-o >= h {
			o = last - h + 1
		}
		if first < o {
			o = first
		}
		// Show the heading just above the first item of a section when
		// scrolling back to it.
		if o > 0 && o == first && ls[o-1].item < 0 && last-(o-1) < h {
			o--
		}
	}
	o = clamp(o, 0, max(0, len(ls)-h))
	*off = o
	end := min(len(ls), o+h)
	out := make([]string, 0, end-o)
	for _, l := range ls[o:end] {
		out = append(out, l.s)
	}
	return out
}

// assemble stacks head, a scrolled body and foot into at most w×h cells. The
// foot is dropped before the head when space is short; the body takes the
// rest.
func assemble(w, h int, head []string, body []line, sel int, off *int, foot []string) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	if len(head) > h {
		head = head[:h]
	}
	rest := h - len(head)
	if len(foot) > 0 && rest-len(foot) < 3 {
		foot = nil
	}
	bh := rest - len(foot)
	lines := make([]string, 0, h)
	lines = append(lines, head...)
	lines = append(lines, window(body, sel, bh, off)...)
	if len(foot) > 0 {
		// Push the foot to the bottom so the citation sits in one place.
		for len(lines) < h-len(foot) {
			lines = append(lines, "")
		}
		lines = append(lines, foot...)
	}
	return common.Fit(strings.Join(lines, "\n"), w, h)
}

// faceBar is the header: the tab's heading on the left, the faces on the
// right with the active one highlighted (and bracketed, so colour is not the
// only carrier).
func faceBar(ctx *common.Context, title string, face common.Face, w int) string {
	st := ctx.Styles
	var parts []string
	for f := common.FaceChart; f <= common.FaceSources; f++ {
		n := f.Name(ctx.Loc)
		if f == face {
			parts = append(parts, st.Accent.Render("["+n+"]"))
		} else {
			parts = append(parts, st.Faint.Render(" "+n+" "))
		}
	}
	right := st.Faint.Render("v ") + strings.Join(parts, "")
	rw := ansi.StringWidth(right)
	left := st.Title.Render(ansi.Truncate(title, max(0, w-rw-2), "…"))
	gap := w - ansi.StringWidth(left) - rw
	if gap < 2 {
		return common.Pad(left, w)
	}
	return left + strings.Repeat(" ", gap) + right
}

// field is one labelled value of a detail panel.
type field struct{ label, value string }

// detailPanel renders a titled list of fields in a bordered overlay of at
// most w×h cells, wrapping long values under their own column. Below a
// border's worth of room it drops the border and padding.
func detailPanel(ctx *common.Context, title string, fields []field, hint string, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	st := ctx.Styles
	pw := min(w, 96)
	boxed := pw >= 30 && h >= 8
	inner := pw
	if boxed {
		inner = pw - st.Overlay.GetHorizontalFrameSize()
	}
	lw := 0
	for _, f := range fields {
		lw = max(lw, ansi.StringWidth(f.label))
	}
	lw = min(lw, max(6, inner/3))
	vw := inner - lw - 2
	var ls []string
	ls = append(ls, st.PanelTitle.Render(ansi.Truncate(title, inner, "…")), "")
	for _, f := range fields {
		v := f.value
		if v == "" {
			continue
		}
		if vw < 8 {
			ls = append(ls, st.Muted.Render(ansi.Truncate(f.label, inner, "…")))
			for _, wl := range strings.Split(ansi.Wrap(v, inner, " "), "\n") {
				ls = append(ls, st.Text.Render(ansi.Truncate(wl, inner, "…")))
			}
			continue
		}
		for i, wl := range strings.Split(ansi.Wrap(v, vw, " "), "\n") {
			lab := ""
			if i == 0 {
				lab = f.label
			}
			ls = append(ls, st.Muted.Render(common.Pad(lab, lw))+"  "+st.Text.Render(ansi.Truncate(wl, vw, "…")))
		}
	}
	if hint != "" {
		ls = append(ls, "", st.Faint.Render(ansi.Truncate(hint, inner, "…")))
	}
	if !boxed {
		return common.Fit(strings.Join(ls, "\n"), w, h)
	}
	maxInner := h - st.Overlay.GetVerticalFrameSize()
	if len(ls) > maxInner {
		ls = append(ls[:max(0, maxInner-1)], st.Faint.Render("…"))
	}
	for i := range ls {
		ls[i] = common.Pad(ls[i], inner)
	}
	box := st.Overlay.Render(strings.Join(ls, "\n"))
	return common.Fit(box, w, h)
}

// column is one column of a plain table. prio orders which columns survive
// at narrow widths: 0 is kept longest. right aligns numbers; raw cells are
// already styled (a meter) and are not restyled by the row.
type column struct {
	head  string
	cells []string
	right bool
	raw   bool
	prio  int
}

// table is a laid-out grid: its header and, per row, the padded cells of
// the columns that fit.
type table struct {
	head string
	rows [][]string
	raw  []bool
}

const colGap = "  "

// grid lays columns out in at most w cells, dropping the least important
// columns first and truncating the first column last.
func grid(cols []column, w int) table {
	if w <= 0 || len(cols) == 0 {
		return table{}
	}
	widths := make([]int, len(cols))
	for i, c := range cols {
		widths[i] = ansi.StringWidth(c.head)
		for _, s := range c.cells {
			widths[i] = max(widths[i], ansi.StringWidth(s))
		}
	}
	keep := make([]bool, len(cols))
	for i := range keep {
		keep[i] = true
	}
	total := func() int {
		t, n := 0, 0
		for i := range cols {
			if keep[i] {
				t += widths[i]
				n++
			}
		}
		return t + len(colGap)*max(0, n-1)
	}
	for total() > w {
		worst := -1
		for i, c := range cols {
			if keep[i] && i != 0 && (worst < 0 || c.prio >= cols[worst].prio) {
				worst = i
			}
		}
		if worst < 0 {
			break
		}
		keep[worst] = false
	}
	if t := total(); t > w {
		widths[0] = max(1, widths[0]-(t-w))
	}
	cell := func(c column, s string, wd int) string {
		if c.right {
			return common.PadLeft(s, wd)
		}
		return common.Pad(s, wd)
	}
	var t table
	var hs []string
	for i, c := range cols {
		if keep[i] {
			hs = append(hs, cell(c, c.head, widths[i]))
			t.raw = append(t.raw, c.raw)
		}
	}
	t.head = strings.Join(hs, colGap)
	n := len(cols[0].cells)
	for r := 0; r < n; r++ {
		var row []string
		for i, c := range cols {
			if !keep[i] {
				continue
			}
			s := ""
			if r < len(c.cells) {
				s = c.cells[r]
			}
			row = append(row, cell(c, s, widths[i]))
		}
		t.rows = append(t.rows, row)
	}
	return t
}

// render joins row r with every cell except raw ones drawn in style.
func (t table) render(r int, style lipgloss.Style) string {
	var b strings.Builder
	for i, c := range t.rows[r] {
		if i > 0 {
			b.WriteString(style.Render(colGap))
		}
		if t.raw[i] {
			b.WriteString(c)
		} else {
			b.WriteString(style.Render(c))
		}
	}
	return b.String()
}

// metaFields are the status, note and source of a row, as a detail shows
// them.
func metaFields(ctx *common.Context, meta dataset.Meta, noteLabel string) []field {
	l := ctx.Loc
	st := l.Status(meta.Status)
	if mk := i18n.Mark(meta.Status); mk != "" {
		st = mk + " " + st
	}
	fs := []field{{l.T("app.status"), st}}
	if meta.Date != "" {
		fs = append(fs, field{l.T("app.date"), l.Date(meta.Date)})
	}
	if noteLabel == "" {
		noteLabel = l.T("app.note")
	}
	fs = append(fs, field{noteLabel, l.Pick(meta.Note)})
	if s, n, ok := ctx.Data.SourceByID(meta.Source); ok {
		src := "[" + l.Int(n) + "] " + s.Title
		if s.Publisher != "" {
			src += " — " + s.Publisher
		}
		if s.Date != "" {
			src += " — " + l.Date(s.Date)
		}
		fs = append(fs, field{l.T("app.source"), src}, field{"", s.URL})
	} else {
		fs = append(fs, field{l.T("app.source"), i18n.Gap})
	}
	return fs
}
