package common

import (
	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
)

// ColumnOf is the column with key of section s as a Grid column: its
// header, alignment and priority are the ones the content declares, so a
// chart face that lays some of a section's columns out drops them in the
// order the table face does. Its width is the face's to cap (a chart face
// with room shows a long type whole, where a table of every column cuts
// it). A key s does not have gives a column without a header.
func ColumnOf(s content.Section, key string) Column {
	for _, c := range s.Columns {
		if c.Key == key {
			return Column{Head: c.Head, Right: c.Right, Prio: c.Prio}
		}
	}
	return Column{}
}

// Marked is a figure cell with its status mark, or two blanks in the
// mark's place so right-aligned digits line up.
func Marked(c content.Cell) string {
	if c.Mark == "" {
		return c.Text + "  "
	}
	return c.Text + " " + c.Mark
}

// RowMeta is what a row's detail cites (MetaFields): its status, date,
// note and the first source its source column cites.
func RowMeta(s content.Section, r content.Row) dataset.Meta {
	m := dataset.Meta{Status: r.Status, Date: r.Date, Note: dataset.Text{VI: r.Note, EN: r.Note}}
	if c, ok := s.Cell(r, "source"); ok && len(c.Cite) > 0 {
		m.Source = c.Cite[0]
	}
	return m
}
