package common

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/ui/theme"
)

// Column is one column of a plain table laid out by Grid. Prio orders which
// columns survive at narrow widths: the column with the highest Prio is
// dropped first and the first column is never dropped. Right aligns numbers;
// Raw cells are already styled (a meter) and are not restyled by the row.
type Column struct {
	Head  string
	Cells []string
	Right bool
	Raw   bool
	Prio  int
	// Flex takes the width the other columns leave (a note): its cells
	// are cut with "…" to it, and it is dropped when fewer than minFlex
	// cells are left. Only the last column may be Flex.
	Flex bool
	// Max caps the column's width (0: none); longer cells are cut with "…".
	Max int
	// Draw, when not nil, draws cell r as its row is drawn, in place of
	// Cells (a meter of a long list: drawn for the rows on screen only);
	// the column is Width cells wide, or as wide as its header.
	Draw  func(r int) string
	Width int
}

// minFlex is the narrowest a Flex column is worth drawing.
const minFlex = 16

// Table is a laid-out grid: its header and, per row, the padded cells of
// the columns that fit. Cells of one column share a width so the columns
// line up across rows (and across blocks built from one Grid call).
type Table struct {
	Head string
	Rows [][]string
	raw  []bool
	// cols, widths and keep are the layout Plan made: rows are padded
	// from them on demand when Rows is nil.
	cols   []Column
	widths []int
	keep   []bool
}

// ColGap separates two columns of a Table.
const ColGap = "  "

// Grid lays cols out in at most w cells and pads every row (see Plan).
func Grid(cols []Column, w int) Table {
	t := Plan(cols, w)
	var rows [][]string
	for r := range t.Len() {
		rows = append(rows, t.cells(r))
	}
	t.Rows = rows
	return t
}

// Plan lays cols out in at most w cells: each column as wide as its widest
// cell or header, the least important columns (highest Prio) dropped first
// until the rest fit, and the first column truncated last. Rows are as many
// as the first column has cells; a missing cell in another column is blank.
// Rows are left unpadded: Render pads the rows it draws, so a long list
// whose widths are planned once draws only what is on screen.
func Plan(cols []Column, w int) Table {
	if w <= 0 || len(cols) == 0 {
		return Table{}
	}
	widths := make([]int, len(cols))
	for i, c := range cols {
		widths[i] = ansi.StringWidth(c.Head)
		if c.Draw != nil {
			widths[i] = max(widths[i], c.Width)
			continue
		}
		if c.Flex {
			continue
		}
		for _, s := range c.Cells {
			widths[i] = max(widths[i], ansi.StringWidth(s))
		}
		if c.Max > 0 {
			widths[i] = min(widths[i], max(c.Max, ansi.StringWidth(c.Head)))
		}
	}
	keep := make([]bool, len(cols))
	for i := range keep {
		keep[i] = true
	}
	flex := -1
	if n := len(cols) - 1; n > 0 && cols[n].Flex {
		flex = n
		keep[n] = false
	}
	total := func() int {
		t, n := 0, 0
		for i := range cols {
			if keep[i] {
				t += widths[i]
				n++
			}
		}
		return t + len(ColGap)*max(0, n-1)
	}
	for total() > w {
		worst := -1
		for i, c := range cols {
			if keep[i] && i != 0 && (worst < 0 || c.Prio >= cols[worst].Prio) {
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
	if flex >= 0 {
		if room := w - total() - len(ColGap); room >= minFlex {
			widest := widths[flex]
			for _, s := range cols[flex].Cells {
				widest = max(widest, ansi.StringWidth(s))
			}
			keep[flex], widths[flex] = true, min(room, widest)
		}
	}
	t := Table{cols: cols, widths: widths, keep: keep}
	var hs []string
	for i, c := range cols {
		if keep[i] {
			hs = append(hs, padCell(c, c.Head, widths[i]))
			t.raw = append(t.raw, c.Raw)
		}
	}
	t.Head = strings.Join(hs, ColGap)
	return t
}

// Len is the number of rows of t.
func (t Table) Len() int {
	if t.Rows != nil || len(t.cols) == 0 {
		return len(t.Rows)
	}
	return len(t.cols[0].Cells)
}

// cells are the padded cells of row r, from the plan.
func (t Table) cells(r int) []string {
	if t.Rows != nil {
		return t.Rows[r]
	}
	row := make([]string, 0, len(t.raw))
	for i, c := range t.cols {
		if !t.keep[i] {
			continue
		}
		s := ""
		switch {
		case c.Draw != nil:
			s = c.Draw(r)
		case r < len(c.Cells):
			s = c.Cells[r]
		}
		row = append(row, padCell(c, s, t.widths[i]))
	}
	return row
}

// padCell pads s to wd cells, on the left for a right-aligned column.
func padCell(c Column, s string, wd int) string {
	if c.Right {
		return PadLeft(s, wd)
	}
	return Pad(s, wd)
}

// Render joins row r with every cell except Raw ones drawn in style (so a
// selected row is reversed as a whole, but a meter keeps its own colours).
func (t Table) Render(r int, style lipgloss.Style) string {
	var b strings.Builder
	for i, c := range t.cells(r) {
		if i > 0 {
			b.WriteString(style.Render(ColGap))
		}
		if t.raw[i] {
			b.WriteString(c)
		} else {
			b.WriteString(style.Render(c))
		}
	}
	return b.String()
}

// Row renders row r of t as the list line of item, indented by indent cells
// (at least the two of the selection mark). The selected item (item == sel)
// is drawn in the Selected style and marked with "›", so the selection does
// not rest on colour alone.
func (t Table) Row(st *theme.Styles, r, item, sel, indent int) Line {
	pad := strings.Repeat(" ", max(0, indent-2))
	if item == sel {
		return Line{S: pad + st.Selected.Render("› ") + t.Render(r, st.Selected), Item: item}
	}
	return Line{S: pad + "  " + t.Render(r, st.TableCell), Item: item}
}
