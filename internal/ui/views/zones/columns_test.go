package zones

import (
	"slices"
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// TestParksFollowContent: the parks list draws the columns content
// declares, in its order, so a column added there (here "Ownership") shows
// on the chart face with no change to this view; the status and source
// columns are the marks and the citation line, not columns.
func TestParksFollowContent(t *testing.T) {
	m := New()
	m.SetContext(viewtest.Context(t, i18n.EN))
	m.SetSize(200, 60)
	i := slices.IndexFunc(m.Page.Sections, func(s content.Section) bool { return s.ID == secParks })
	if i < 0 {
		t.Fatal("no parks section")
	}
	s := m.Page.Sections[i]
	s.Columns = append(slices.Clone(s.Columns), content.Column{Key: "ownership", Head: "Ownership", Prio: 2})
	s.Rows = slices.Clone(s.Rows)
	for k := range s.Rows {
		s.Rows[k].Cells = append(slices.Clone(s.Rows[k].Cells), content.Cell{Text: "state-owned-" + s.Rows[k].Key})
	}
	b := &common.Body{}
	m.parks(b, s, 0)
	out := viewtest.Plain(strings.Join(b.Lines(0, b.Len()), "\n"))
	if !strings.Contains(out, "Ownership") || !strings.Contains(out, "state-owned-"+s.Rows[0].Key) {
		t.Errorf("a column content declares is not drawn:\n%s", out)
	}
	if head := viewtest.LineWith(out, "Park"); strings.Index(head, "District") > strings.Index(head, "Stage") ||
		strings.Contains(head, "Status") || strings.Contains(head, "Source") {
		t.Errorf("columns not in content's order, or status/source drawn as columns: %q", head)
	}
}
