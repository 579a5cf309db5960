package overview

import (
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/chart"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/theme"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// TestFormedPanel: below the cards, the chart face lists each predecessor
// by name with its latest growth cell (its year) and that cell's source
// number.
func TestFormedPanel(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		ctx := viewtest.Merged(t, lang)
		m := New()
		m.SetContext(ctx)
		m.SetSize(200, 60)
		out := viewtest.Plain(m.View())
		sec, _ := m.Page.Section("formed_from")
		for i, r := range sec.Rows {
			p := ctx.Scoped().Pred[i]
			line := viewtest.LineWith(out, theme.PredGlyph(i, false)+" "+chart.PredName(ctx.Scoped(), p, ctx.Loc))
			if line == "" {
				t.Errorf("%s: no row names %s:\n%s", lang, p.ID, out)
				continue
			}
			g, _ := sec.Cell(r, "growth")
			if !strings.Contains(line, g.Text) {
				t.Errorf("%s: %s's row %q lacks its growth %q", lang, p.ID, line, g.Text)
			}
			for _, id := range g.Cite {
				if n := common.SourceNum(ctx, id); !strings.Contains(line, g.Text+" "+g.Mark+" "+n) && !strings.Contains(line, g.Text+" "+n) {
					t.Errorf("%s: %s's growth in %q does not cite %s", lang, p.ID, line, n)
				}
			}
		}
		// The growth chart draws the predecessors' lines.
		for i := range ctx.Scoped().Pred {
			if g := theme.PredGlyph(i, false); strings.Count(out, g) < 3 {
				t.Errorf("%s: the growth chart lacks predecessor %d's line (%s):\n%s", lang, i, g, out)
			}
		}
	}
}

// TestMergedSizes: the merged province's overview never panics and never
// draws outside its size, on every face.
func TestMergedSizes(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		m := New()
		m.SetContext(viewtest.Merged(t, lang))
		for range 3 {
			viewtest.Sweep(t, m, 200, 60, 7, 5)
			m.SetSize(1000, 1000)
			viewtest.CheckSize(t, m.View(), 1000, 1000)
			m.Update(viewtest.Press("v"))
		}
	}
}
