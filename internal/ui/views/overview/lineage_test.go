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
// number beside it.
func TestFormedPanel(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		ctx := viewtest.Merged(t, lang)
		m := viewtest.Open(New(), ctx, 200, 60)
		out := viewtest.Plain(m.View())
		sec, _ := m.Page.Section("formed_from")
		for i, r := range sec.Rows {
			p := ctx.Scoped().Pred[i]
			if viewtest.LineWith(out, theme.PredGlyph(i, false)+" "+chart.PredName(ctx.Scoped(), p, ctx.Loc)) == "" {
				t.Errorf("%s: the panel does not name %s:\n%s", lang, p.ID, out)
				continue
			}
			// The panel is a row per predecessor, or on a screen too
			// narrow for its rows, a column each: the growth cell is on
			// the predecessor's row or on the growth row.
			g, _ := sec.Cell(r, "growth")
			line := viewtest.LineWith(out, g.Text)
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

// TestFormedWhole: on a 160×45 and a 200×60 terminal, presenting or not,
// every figure of the formed-from panel is shown whole (an FDI figure's
// definition, "(New projects)", was cut to "(New pr…" at 160 and 200):
// the panel is turned on its side when its rows are too wide.
func TestFormedWhole(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		for _, sz := range [][2]int{{160, 42}, {200, 57}} {
			for _, present := range []bool{false, true} {
				ctx := viewtest.Merged(t, lang)
				if present {
					ctx = presenting(ctx)
				}
				m := viewtest.Open(New(), ctx, sz[0], sz[1])
				out := viewtest.Plain(m.View())
				viewtest.CheckSize(t, m.View(), sz[0], sz[1])
				sec, _ := m.Page.Section("formed_from")
				for _, r := range sec.Rows {
					for j, c := range r.Cells {
						if sec.Columns[j].Key == "source" || c.Gap() {
							continue
						}
						text := c.Text
						if c.Long != "" {
							text = c.Long
						}
						if !strings.Contains(out, text) {
							t.Errorf("%s %v present=%v: %q (%s) not shown whole:\n%s", lang, sz, present, text, sec.Columns[j].Key, out)
						}
					}
				}
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
