package plain

import (
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/i18n"
)

// colGap separates columns: two spaces, which a screen reader passes over
// and an eye reads as a column boundary.
const colGap = "  "

// table adds a section's rows as a space-aligned table with a header row,
// one line per row, every cell as the dashboard prints it (text and mark),
// figures aligned on the right so digits line up.
//
// A screen reader reads a terminal line by line, so a row whose cells were
// wrapped onto several lines would be read as fragments of different
// columns. When the table is wider than the width, each row is written as
// a block of "header: value" lines instead: nothing is cut and every value
// is read with its header.
func (w *writer) table(s content.Section) {
	w.blank()
	rows := make([][]string, len(s.Rows))
	for j, r := range s.Rows {
		rows[j] = make([]string, len(s.Columns))
		for i := range s.Columns {
			c := cellAt(r, i)
			w.cite(c.Cite...)
			rows[j][i] = c.String()
		}
	}
	widths := make([]int, len(s.Columns))
	total := lipgloss.Width(colGap) * (len(s.Columns) - 1)
	for i, c := range s.Columns {
		widths[i] = lipgloss.Width(c.Head)
		for _, r := range rows {
			widths[i] = max(widths[i], lipgloss.Width(r[i]))
		}
		total += widths[i]
	}
	if w.width > 0 && total > w.width {
		w.records(s, rows)
		return
	}
	heads := make([]string, len(s.Columns))
	for i, c := range s.Columns {
		heads[i] = c.Head
	}
	w.row(s.Columns, widths, heads)
	for _, r := range rows {
		w.row(s.Columns, widths, r)
	}
	w.blank()
}

// cellAt is the row's cell in column i, a gap when the row is short.
func cellAt(r content.Row, i int) content.Cell {
	if i < len(r.Cells) {
		return r.Cells[i]
	}
	return content.Cell{Text: i18n.Gap}
}

// row writes one table row on one line.
func (w *writer) row(cols []content.Column, widths []int, cells []string) {
	var b strings.Builder
	for i, c := range cells {
		pad := strings.Repeat(" ", max(0, widths[i]-lipgloss.Width(c)))
		if i > 0 {
			b.WriteString(colGap)
		}
		if cols[i].Right {
			b.WriteString(pad + c)
		} else {
			b.WriteString(c + pad)
		}
	}
	w.lines = append(w.lines, strings.TrimRight(b.String(), " "))
}

// records writes each row as "header: value" lines, one block per row,
// continuation lines indented: the form a table takes when the width is
// too narrow for its columns. A short value (a figure with its unit, a
// rank, a date) is kept on one line.
func (w *writer) records(s content.Section, rows [][]string) {
	for j, r := range rows {
		w.blank()
		for i, c := range s.Columns {
			v := r[i]
			if whole(cellAt(s.Rows[j], i)) {
				v = keep(v)
			}
			w.hanging(c.Head+": ", "  ", v)
		}
	}
	w.blank()
}

// whole reports whether a cell is one value that must not be split across
// lines: a figure or rank with its unit, a citation, or a text of at most
// three words such as a date ("1 Jul 2025"); longer text wraps.
func whole(c content.Cell) bool {
	return c.Num.OK || len(c.Cite) > 0 || len(strings.Fields(c.String())) <= 3
}
