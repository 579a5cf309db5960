package gdp

import (
	"fmt"
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/chart"
	"github.com/provdash/provdash/internal/ui/theme"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// predYear is the latest year a predecessor has a growth figure for, and
// that row's source id.
func predYear(p *dataset.Dataset) (int, string) {
	y, src := 0, ""
	for _, r := range p.Growth {
		if r.Province.OK && r.Year > y {
			y, src = r.Year, r.Source
		}
	}
	return y, src
}

// TestMergedChart: the merged province's chart names every province of its
// lineage and the nation in its legend, draws each predecessor's glyph,
// and marks the merger date on the time axis; at a predecessor's year the
// readout names the predecessor and cites its own source's number.
func TestMergedChart(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		ctx := viewtest.Merged(t, lang)
		sc, l := ctx.Scoped(), ctx.Loc
		m := render(t, ctx, 120, 40)
		out := viewtest.Plain(m.View())
		names := []string{"● " + l.Pick(sc.D.Name)}
		for i, p := range sc.Pred {
			names = append(names, theme.PredGlyph(i, false)+" "+chart.PredName(sc, p, l))
		}
		names = append(names, "◇ "+l.T("gdp.vietnam"))
		legend := viewtest.LineWith(out, names[0]+"  ")
		for _, n := range names {
			if !strings.Contains(legend, n) {
				t.Errorf("%s: legend %q does not name %q", lang, legend, n)
			}
		}
		plot := out[strings.Index(out, "\n")+1 : strings.Index(out, legend)]
		for i := range sc.Pred {
			if g := theme.PredGlyph(i, false); strings.Count(plot, g) < 2 {
				t.Errorf("%s: predecessor %d's points (%s) are not drawn:\n%s", lang, i, g, out)
			}
		}
		if date := l.Date(sc.D.Lineage.Date); !strings.Contains(plot, date) || !strings.Contains(plot, "┼") {
			t.Errorf("%s: the merger (%s) is not marked on the time axis:\n%s", lang, date, out)
		}

		for _, p := range sc.Pred {
			year, src := predYear(p)
			if year == 0 {
				continue
			}
			c := *ctx
			c.Year = year
			m := render(t, &c, 120, 40)
			out := viewtest.Plain(m.View())
			_, n, ok := c.Scoped().SourceByID(content.Qualify(p.ID, src))
			if !ok {
				t.Fatalf("%s: %s's source %q has no number", lang, p.ID, src)
			}
			read := viewtest.LineWith(out, fmt.Sprint(year)+"  ")
			name := chart.PredName(sc, p, l)
			at := strings.Index(read, name)
			if at < 0 {
				t.Errorf("%s %d: readout %q does not name %s", lang, year, read, name)
				continue
			}
			fig := read[at:]
			if i := strings.Index(fig, " · "); i >= 0 {
				fig = fig[:i]
			}
			if !strings.Contains(fig, fmt.Sprintf("[%d]", n)) {
				t.Errorf("%s %d: %s's figure %q does not cite [%d]", lang, year, name, fig, n)
			}
		}
	}
}

// TestMergedDetail: enter on the chart at a predecessor's year opens that
// year's rows, the predecessor's among them.
func TestMergedDetail(t *testing.T) {
	ctx := viewtest.Merged(t, i18n.EN)
	p := ctx.Scoped().Pred[0]
	year, _ := predYear(p)
	ctx.Year = year
	m := render(t, ctx, 120, 40)
	m.Update(viewtest.Press("enter"))
	out := viewtest.Plain(m.View())
	if !strings.Contains(out, chart.PredName(ctx.Scoped(), p, ctx.Loc)) && !strings.Contains(out, ctx.Loc.Pick(p.Name)) {
		t.Errorf("the detail of %d does not show %s's row:\n%s", year, p.ID, out)
	}
}

// TestMergedSizes: the merged province's tab, on every face and in both
// languages, never panics and never draws outside its size.
func TestMergedSizes(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		m := render(t, viewtest.Merged(t, lang), 80, 24)
		for range 3 {
			viewtest.Sweep(t, m, 200, 60, 7, 5)
			m.SetSize(1000, 1000)
			viewtest.CheckSize(t, m.View(), 1000, 1000)
			m.Update(viewtest.Press("v"))
		}
	}
}

// TestShortChartGivesWay: at 60×13 (a 60×16 terminal's tab) the merged
// chart does not fit its provinces apart; the readout says the figures
// instead, and no value label is drawn.
func TestShortChartGivesWay(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		ctx := viewtest.Merged(t, lang)
		m := render(t, ctx, 60, 13)
		out := viewtest.Plain(m.View())
		if m.line[2] != 0 && chart.Hidden(m.line[2], m.line[3], m.series(), m.opts()) > 0 {
			t.Errorf("%s: a chart hiding points is drawn:\n%s", lang, out)
		}
		if !strings.Contains(out, fmt.Sprint(ctx.FocusYear())+"  ") {
			t.Errorf("%s: no readout:\n%s", lang, out)
		}
	}
}
