package content

import (
	"testing"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/dataset/datasettest"
	"github.com/provdash/provdash/internal/i18n"
)

// TestLongNamesPeriodRows: Page.Long writes out every period cell of the
// FDI page, the "as of" of a country too, and a row named by its period
// ("7M 2018") is named by the long form ("Jan–Jul 2018"), so a detail's
// title and a note list say what the table says. The page it was given
// keeps its short forms (the Long it compares against is still there).
func TestLongNamesPeriodRows(t *testing.T) {
	sets := datasettest.BundledSets(t)
	d, _ := dataset.Find(sets, "bac-giang")
	l := i18n.New(i18n.EN)
	short := Builtin("fdi").Page(NewScope(sets, d), l)
	long := short.Long()
	found := map[string]bool{}
	for i, s := range long.Sections {
		for j, r := range s.Rows {
			sr := short.Sections[i].Rows[j]
			for k, c := range r.Cells {
				sc := sr.Cells[k]
				if sc.Long != "" && c.Text != sc.Long {
					t.Errorf("%s %s: cell %q, want its long form %q", s.ID, r.Key, c.Text, sc.Long)
				}
				if sc.Long == "" && c.Text != sc.Text {
					t.Errorf("%s %s: cell %q changed to %q", s.ID, r.Key, sc.Text, c.Text)
				}
				if sc.Long != "" && sr.Label == sc.Text {
					if r.Label != sc.Long {
						t.Errorf("%s %s: label %q, want %q", s.ID, r.Key, r.Label, sc.Long)
					}
				}
			}
			found[r.Label] = true
		}
	}
	for _, want := range []string{"Jan–Jul 2018"} {
		if !found[want] {
			t.Errorf("no row named %q in %v", want, found)
		}
	}
}
