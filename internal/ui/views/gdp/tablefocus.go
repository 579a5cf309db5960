package gdp

import (
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/ui/common"
)

// The table face marks the focus year's rows as the FDI tab's list does:
// ◆ before the year, and the row in bold when it is not the selection
// (the selection has its own reverse video and ›). Only the tables by
// year are marked: a nationwide list's rows are provinces, all of one
// year, and its title names the year.

// focusMark marks the focus year's rows; not a status mark.
const focusMark = "◆"

// keyLineH is the fewest lines from which the table face says what the
// mark means on a line of its own: below, the line goes to the rows and
// the selected row's note.
const keyLineH = 12

// focusPage is p with the first cell of every row of a table by year
// marked: "◆ 2019" for the focus year's, "  2018" for the others so the
// years stay in one column.
func focusPage(p content.Page, year int) content.Page {
	if year == 0 {
		return p
	}
	p.Sections = slices.Clone(p.Sections)
	for i, s := range p.Sections {
		if len(s.Columns) == 0 || s.Columns[0].Key != "year" {
			continue
		}
		s.Rows = slices.Clone(s.Rows)
		for j, r := range s.Rows {
			if len(r.Cells) == 0 {
				continue
			}
			r.Cells = slices.Clone(r.Cells)
			c := r.Cells[0]
			if r.Year == year {
				c.Text = focusMark + " " + c.Text
			} else {
				c.Text = "  " + c.Text
			}
			r.Cells[0] = c
			s.Rows[j] = r
		}
		p.Sections[i] = s
	}
	return p
}

// markedTable is the table face with the focus year's rows marked and
// bold, under a line that says what the mark means.
func (m *Model) markedTable() []string {
	l, st := m.Ctx.Loc, m.Ctx.Styles
	year := m.Ctx.FocusYear()
	head := []string{m.header(m.headingText())}
	if year != 0 && m.H >= keyLineH {
		head = append(head, common.Fit(st.Faint.Render(l.Tf("gdp.focus_rows", focusMark, year)), m.W, 1))
	}
	p := m.Page
	m.Page = focusPage(p, year)
	lines := m.TableFace(head)
	m.Page = p
	// A focus row not selected: "  ◆ 2019 …", drawn again in bold.
	mark := "  " + focusMark + " " + strconv.Itoa(year) + " "
	for i := len(head); i < len(lines); i++ {
		if plain := ansi.Strip(lines[i]); strings.HasPrefix(plain, mark) {
			lines[i] = "  " + st.Bold.Render(strings.TrimPrefix(plain, "  "))
		}
	}
	return lines
}
