package plain

import (
	"strings"

	"charm.land/lipgloss/v2"
)

// col is one column of a text table.
type col struct {
	head  string
	right bool // numbers: aligned on the right so digits line up
}

// colGap separates columns: two spaces, which a screen reader passes over
// and an eye reads as a column boundary.
const colGap = "  "

// table adds a space-aligned table with a header row, one line per row.
//
// A screen reader reads a terminal line by line, so a row whose cells were
// wrapped onto several lines would be read as fragments of different
// columns. When the table is wider than the width, each row is written as
// a block of "header: value" lines instead: nothing is cut and every value
// is read with its header.
func (w *writer) table(cols []col, rows [][]string) {
	w.blank()
	if len(rows) == 0 {
		w.para(w.loc.T("plain.none"))
		w.blank()
		return
	}
	widths := make([]int, len(cols))
	total := lipgloss.Width(colGap) * (len(cols) - 1)
	for i, c := range cols {
		widths[i] = lipgloss.Width(c.head)
		for _, r := range rows {
			widths[i] = max(widths[i], lipgloss.Width(r[i]))
		}
		total += widths[i]
	}
	if w.width > 0 && total > w.width {
		w.records(cols, rows)
		return
	}
	heads := make([]string, len(cols))
	for i, c := range cols {
		heads[i] = c.head
	}
	w.row(cols, widths, heads)
	for _, r := range rows {
		w.row(cols, widths, r)
	}
	w.blank()
}

// row writes one table row on one line.
func (w *writer) row(cols []col, widths []int, cells []string) {
	var b strings.Builder
	for i, c := range cells {
		pad := strings.Repeat(" ", max(0, widths[i]-lipgloss.Width(c)))
		if i > 0 {
			b.WriteString(colGap)
		}
		if cols[i].right {
			b.WriteString(pad + c)
		} else {
			b.WriteString(c + pad)
		}
	}
	w.lines = append(w.lines, strings.TrimRight(b.String(), " "))
}

// records writes each row as "header: value" lines, one block per row,
// continuation lines indented: the form a table takes when the width is
// too narrow for its columns.
func (w *writer) records(cols []col, rows [][]string) {
	for _, r := range rows {
		w.blank()
		for i, c := range cols {
			w.hanging(c.head+": ", "  ", r[i])
		}
	}
	w.blank()
}
