package common_test

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

func parkCols() []common.Column {
	return []common.Column{
		{Head: "Tên", Cells: []string{"Quang Châu", "Yên Lư"}, Prio: 0},
		{Head: "Huyện", Cells: []string{"Việt Yên", "Yên Dũng"}, Prio: 7},
		{Head: "Lấp đầy", Cells: []string{"100 %", "—"}, Right: true, Prio: 1},
		{Head: "Ngày", Cells: []string{"11/2022"}, Prio: 3}, // second row missing
	}
}

func TestGridFitsAll(t *testing.T) {
	tb := common.Grid(parkCols(), 80)
	if len(tb.Rows) != 2 || len(tb.Rows[0]) != 4 {
		t.Fatalf("rows %d×%d, want 2×4", len(tb.Rows), len(tb.Rows[0]))
	}
	if tb.Head != "Tên         Huyện     Lấp đầy  Ngày   " {
		t.Errorf("head %q", tb.Head)
	}
	// Numbers right-aligned under their header, a missing cell blank.
	if tb.Rows[1][2] != "      —" || strings.TrimSpace(tb.Rows[1][3]) != "" {
		t.Errorf("row 2 cells %q", tb.Rows[1])
	}
	// Every row is as wide as the header, so columns line up.
	for r := range tb.Rows {
		if w := ansi.StringWidth(strings.Join(tb.Rows[r], common.ColGap)); w != ansi.StringWidth(tb.Head) {
			t.Errorf("row %d is %d cells, head %d", r, w, ansi.StringWidth(tb.Head))
		}
	}
}

func TestGridDropsByPriority(t *testing.T) {
	// 10+2+7+2+7 = 28: the district (prio 7) goes first, then the date.
	tb := common.Grid(parkCols(), 28)
	if strings.Contains(tb.Head, "Huyện") || !strings.Contains(tb.Head, "Ngày") {
		t.Errorf("28 cells: head %q, want the district dropped first", tb.Head)
	}
	tb = common.Grid(parkCols(), 19)
	if tb.Head != "Tên         Lấp đầy" {
		t.Errorf("19 cells: head %q, want name and occupancy", tb.Head)
	}
	// Below the first column's width it is truncated, never dropped.
	tb = common.Grid(parkCols(), 6)
	if len(tb.Rows[0]) != 1 || tb.Rows[0][0] != "Quang…" {
		t.Errorf("6 cells: row %q", tb.Rows[0])
	}
	if got := common.Grid(parkCols(), 0); len(got.Rows) != 0 || common.Grid(nil, 10).Head != "" {
		t.Error("no width or no columns gave a table")
	}
}

func TestTableRenderAndRow(t *testing.T) {
	st := viewtest.Context(t, i18n.VI).Styles
	cols := parkCols()
	cols = append(cols, common.Column{Head: "", Cells: []string{"RAW", "RAW"}, Raw: true, Prio: 2})
	tb := common.Grid(cols, 80)
	sel := tb.Row(st, 0, 3, 3, 4)
	other := tb.Row(st, 1, 4, 3, 4)
	if sel.Item != 3 || other.Item != 4 {
		t.Fatalf("items %d, %d", sel.Item, other.Item)
	}
	if p := ansi.Strip(sel.S); !strings.HasPrefix(p, "  › Quang Châu") {
		t.Errorf("selected row %q lacks the indent and mark", p)
	}
	if p := ansi.Strip(other.S); !strings.HasPrefix(p, "    Yên Lư") {
		t.Errorf("other row %q", p)
	}
	// Mono styles mark the selection with reverse video; a raw cell is
	// written untouched, not wrapped in the row's style.
	if !strings.Contains(sel.S, "\x1b[") {
		t.Errorf("selected row not styled: %q", sel.S)
	}
	if !strings.HasSuffix(sel.S, "RAW") {
		t.Errorf("raw cell restyled: %q", sel.S)
	}
}
