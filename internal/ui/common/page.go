package common

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/i18n"
)

// ItemOf maps a row of a page to the index of the selectable item it is
// in the tab's list, -1 when the row cannot be selected. List tabs map by
// the row's key so the table face selects the same thing as the chart
// face; tabs whose only list is the table number the rows in order
// (Sequential).
type ItemOf func(section string, r content.Row) int

// Sequential numbers every row of a page in order, across sections.
func Sequential() ItemOf {
	n := -1
	return func(string, content.Row) int {
		n++
		return n
	}
}

// Rows counts the rows of a page, across sections.
func Rows(p content.Page) int {
	n := 0
	for _, s := range p.Sections {
		n += len(s.Rows)
	}
	return n
}

// RowAt returns the n-th row of a page across sections, with its section;
// false, and zero values, for an n outside the page (a selection of -1 on
// an empty list).
func RowAt(p content.Page, n int) (content.Section, content.Row, bool) {
	if n < 0 {
		return content.Section{}, content.Row{}, false
	}
	for _, s := range p.Sections {
		if n < len(s.Rows) {
			return s, s.Rows[n], true
		}
		n -= len(s.Rows)
	}
	return content.Section{}, content.Row{}, false
}

// PageLines lays the sections of a page out as the lines of a table face,
// every line drawn (see PageBody).
func PageLines(ctx *Context, p content.Page, w, sel int, item ItemOf) []Line {
	b := PageBody(ctx, p, w, item)
	b.SetSel(sel)
	out := make([]Line, b.Len())
	for i, l := range b.Lines(0, b.Len()) {
		out[i] = Line{S: l, Item: b.Item(i)}
	}
	return out
}

// PageBody lays the sections of a page out as the body of a table face:
// per section a heading (with its intro beside it where there is room), the
// column header and one line per row, the selected item (when the line is
// drawn) reversed and marked with "›". Columns give way in the order the
// content model declares (Column.Prio), so what drops at a narrow width is
// the same on every tab. Every table face draws through here, so its
// cells, marks and citations are the content model's, character for
// character. Column widths and items are laid out here, once; rows are
// drawn only when shown.
func PageBody(ctx *Context, p content.Page, w int, item ItemOf) *Body {
	b := &Body{}
	if ctx == nil || ctx.Styles == nil || w <= 0 {
		return b
	}
	st := ctx.Styles
	for _, n := range p.Notices {
		// A notice is read whole here: the chart face may cut it.
		b.Add(Heading(ctx, n.Title, "", w))
		b.Add(WrapText(n.Interactive()+" "+citeText(ctx, n.Cite), w-2, func(s ...string) string { return "  " + st.Notice.Render(s...) })...)
		if n.Note != "" {
			b.Add(WrapText(n.Note, w-2, func(s ...string) string { return "  " + st.Faint.Render(s...) })...)
		}
		b.Add(Text(""))
	}
	for i, s := range p.Sections {
		if i > 0 {
			b.Add(Text(""))
		}
		b.Add(Heading(ctx, s.Title, s.Intro, w))
		if len(s.Rows) == 0 {
			b.Add(Text(st.Faint.Render(ansi.Truncate(s.Empty, w, "…"))))
			continue
		}
		cols := make([]Column, len(s.Columns))
		for j, c := range s.Columns {
			cols[j] = Column{Head: c.Head, Right: c.Right, Prio: c.Prio, Max: c.Max, Cells: make([]string, len(s.Rows))}
		}
		notes := make([]string, len(s.Rows))
		hasNote := false
		for r, row := range s.Rows {
			for j := range cols {
				if j < len(row.Cells) {
					cols[j].Cells[r] = row.Cells[j].String()
				}
			}
			if row.Note != "" {
				notes[r], hasNote = firstLine(row.Note), true
			}
		}
		if hasNote {
			// Where the width leaves room, each row's note shows beside it
			// (cut); the selected row's is read whole under the table.
			cols = append(cols, Column{Head: ctx.Loc.T("app.note"), Cells: notes, Flex: true})
		}
		t := Plan(cols, max(1, w-2))
		b.Add(Text(Fit("  "+st.TableHeader.Render(t.Head), w, 1)))
		items := make([]int, len(s.Rows))
		for r, row := range s.Rows {
			items[r] = item(s.ID, row)
		}
		b.Rows(len(s.Rows), func(r int) int { return items[r] }, func(r, sel int) string {
			it := items[r]
			if it < 0 {
				return Fit("  "+t.Render(r, st.TableCell), w, 1)
			}
			return Fit(t.Row(st, r, it, sel, 2).S, w, 1)
		})
	}
	return b
}

// PageSources is the numbered list of the sources a page cites (the
// sources face).
func PageSources(ctx *Context, p content.Page, w int) []string {
	return SourceLines(ctx, p.Sources(), w)
}

// PageCitation is the one-line citation of a page, under a chart or table.
func PageCitation(ctx *Context, p content.Page, w int) string {
	return SourceLine(ctx, p.Sources(), w)
}

// WithMarkStyled appends a cell's status mark, in the mark's style, to the
// cell's text already styled by the caller: the one place a figure on
// screen gets its mark (the mark carries the meaning; colour repeats it).
func WithMarkStyled(ctx *Context, styled string, c content.Cell) string {
	if c.Mark == "" {
		return styled
	}
	return styled + " " + MarkStyle(ctx.Styles, c.Status).Render(c.Mark)
}

// citeText is "[n][m]" for the source ids, "" for none.
func citeText(ctx *Context, ids []string) string {
	var b strings.Builder
	for _, id := range ids {
		b.WriteString(SourceNum(ctx, id))
	}
	return b.String()
}

// firstLine is s up to its first line break.
func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// RowFields are the detail of a row: every column's cell under its header
// (the first column is the detail's title), the note in full and every
// source the row cites with its title and address. Anything a table cut
// is read whole here.
func RowFields(ctx *Context, s content.Section, r content.Row) []Field {
	var fs []Field
	for j, c := range s.Columns {
		if j == 0 || c.Key == "source" || j >= len(r.Cells) {
			continue
		}
		fs = append(fs, Field{c.Head, r.Cells[j].String()})
	}
	fs = append(fs, Field{ctx.Loc.T("app.note"), r.Note})
	return append(fs, SourceFields(ctx, r.Cites())...)
}

// NoticeFields are the detail of a notice (the merger): its text, note
// and sources, whole.
func NoticeFields(ctx *Context, n content.Notice) []Field {
	fs := []Field{{"", n.Interactive()}, {ctx.Loc.T("app.note"), n.Note}}
	return append(fs, SourceFields(ctx, n.Cite)...)
}

// SourceFields lists sources as a detail ends: "[n] title — publisher —
// date" and, on the next line, the address, wrapped rather than cut.
func SourceFields(ctx *Context, ids []string) []Field {
	l := ctx.Loc
	var fs []Field
	for i, id := range ids {
		src, n, ok := ctx.Scoped().SourceByID(id)
		if !ok {
			continue
		}
		label := ""
		if i == 0 {
			label = l.T("app.source")
		}
		v := "[" + l.Int(n) + "] " + src.Title
		if p := src.PublisherIn(string(l.Lang)); p != "" {
			v += " — " + p
		}
		if src.Date != "" {
			v += " — " + l.Date(src.Date)
		}
		fs = append(fs, Field{label, v}, Field{"", src.URL})
	}
	if len(fs) == 0 {
		fs = append(fs, Field{l.T("app.source"), i18n.Gap})
	}
	return fs
}
