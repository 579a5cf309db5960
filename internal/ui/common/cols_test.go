package common_test

import (
	"testing"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/ui/common"
)

// A chart face's column is the one content declares: its header,
// alignment and priority; a key the section lacks is a blank column.
func TestColumnOf(t *testing.T) {
	s := content.Section{Columns: []content.Column{{Key: "name", Head: "Name"},
		{Key: "area", Head: "Area", Right: true, Prio: 3, Max: 9}}}
	if c := common.ColumnOf(s, "area"); c.Head != "Area" || !c.Right || c.Prio != 3 || c.Max != 0 {
		t.Errorf("area: %+v", c)
	}
	if c := common.ColumnOf(s, "nope"); c.Head != "" || c.Prio != 0 || c.Right {
		t.Errorf("unknown key: %+v", c)
	}
}

// A figure without a mark keeps the mark's two cells, so digits line up.
func TestMarked(t *testing.T) {
	if got := common.Marked(content.Cell{Text: "12"}); got != "12  " {
		t.Errorf("no mark: %q", got)
	}
	if got := common.Marked(content.Cell{Text: "12", Mark: "~"}); got != "12 ~" {
		t.Errorf("mark: %q", got)
	}
}

// A row's detail cites the first source of its source column, with the
// row's status, date and note.
func TestRowMeta(t *testing.T) {
	s := content.Section{Columns: []content.Column{{Key: "name"}, {Key: "source"}}}
	r := content.Row{Status: dataset.Reported, Date: "2024-01-02", Note: "n",
		Cells: []content.Cell{{Text: "x"}, {Cite: []string{"a", "b"}}}}
	m := common.RowMeta(s, r)
	if m.Source != "a" || m.Status != dataset.Reported || m.Date != "2024-01-02" || m.Note.EN != "n" || m.Note.VI != "n" {
		t.Errorf("meta %+v", m)
	}
	if m := common.RowMeta(content.Section{Columns: s.Columns[:1]}, r); m.Source != "" {
		t.Errorf("no source column, yet %q", m.Source)
	}
}
