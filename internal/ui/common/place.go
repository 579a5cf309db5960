package common

import "github.com/provdash/provdash/internal/content"

// Place is where a person is inside a tab, by keys rather than indexes:
// the face, the selected row of the tab's page (section and row key) and
// whether its detail is open. A room carries it from a presenter to the
// audience, whose dashboards may hold the page in another language or at
// another size: a row key means the same row there, an index may not.
type Place struct {
	Face    Face
	Section string // the selected row's section id; "" when none
	Row     string // the selected row's key
	Detail  bool   // the detail (of the row, or of the chart face) is open
}

// Placed is a view that can say where it is and be put somewhere: every
// tab with a selection (FaceTab, ListTab).
type Placed interface {
	Where() Place
	// GoTo puts the view at p and reports whether the row was found (the
	// face and the detail are set either way; a row not in the page leaves
	// the selection where it was and the detail closed). The caller
	// redraws.
	GoTo(p Place) bool
}

// Where implements Placed. The selection is the item's first page row, as
// the table face maps rows to items.
func (t *ListTab) Where() Place {
	p := Place{Face: t.Nav.Face, Detail: t.Nav.Detail}
	item := t.tableItem
	if item == nil {
		item = Sequential()
	}
	for _, s := range t.Page.Sections {
		for _, r := range s.Rows {
			if item(s.ID, r) == t.Nav.Sel {
				p.Section, p.Row = s.ID, r.Key
				return p
			}
		}
	}
	return p
}

// GoTo implements Placed.
func (t *ListTab) GoTo(p Place) bool {
	t.Nav.Face = p.Face
	t.Nav.Detail = false
	n := -1
	if p.Row != "" {
		n = t.itemAt(p.Section, p.Row)
	}
	if n < 0 {
		return false
	}
	if n != t.Nav.Sel {
		t.Nav.Sel, t.Nav.Pane = n, Scroll{}
	}
	t.Nav.Detail = p.Detail
	return true
}

// Where implements Placed.
func (t *FaceTab) Where() Place {
	p := Place{Face: t.Nav.Face, Detail: t.Nav.Detail}
	if s, r, ok := RowAt(t.Page, t.Nav.Sel); ok {
		p.Section, p.Row = s.ID, r.Key
	}
	return p
}

// GoTo implements Placed. On the chart face the detail is the chart's own
// (ChartDetail), so it opens whether or not the row is found.
func (t *FaceTab) GoTo(p Place) bool {
	t.Nav.Face = p.Face
	t.Nav.Detail = p.Detail && p.Face == FaceChart
	n := rowIndex(t.Page, p.Section, p.Row)
	if n < 0 {
		return false
	}
	if n != t.Nav.Sel {
		t.Nav.Sel, t.Nav.Pane = n, Scroll{}
	}
	if p.Face != FaceChart {
		t.Nav.Detail = p.Detail
	}
	return true
}

// rowIndex is the position of row (section, key) among the page's rows,
// or -1.
func rowIndex(pg content.Page, section, key string) int {
	if key == "" {
		return -1
	}
	n := 0
	for _, s := range pg.Sections {
		for _, r := range s.Rows {
			if s.ID == section && r.Key == key {
				return n
			}
			n++
		}
	}
	return -1
}
