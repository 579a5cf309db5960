package chart

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/theme"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// bundledGrowth is the growth chart of the bundled collection's current
// province: its own row and its predecessors', with the nation's line.
func bundledGrowth(t *testing.T, lang i18n.Lang) (Growth, Opts) {
	t.Helper()
	sets := viewtest.Collection(t)
	sc := content.NewScope(sets, content.Current(sets))
	if len(sc.Pred) == 0 {
		t.Skip("the bundled collection has no merged province")
	}
	loc := i18n.New(lang)
	g := LineageGrowth(content.Builtin("gdp").Page(sc, loc), sc, loc)
	g.National = "Việt Nam"
	return g, Opts{Styles: theme.New(theme.Mono), Loc: loc}
}

// TestTableSizes: the growth table never draws wider than w or more lines
// than n, at any size.
func TestTableSizes(t *testing.T) {
	g, o := bundledGrowth(t, i18n.VI)
	cite := func(ids []string) string { return strings.Repeat("[9]", len(ids)) }
	for w := 0; w <= 120; w++ {
		for n := 0; n <= 20; n++ {
			out := g.Table(w, n, o, cite)
			if len(out) > n {
				t.Fatalf("%d×%d: %d lines", w, n, len(out))
			}
			for _, l := range out {
				if lw := ansi.StringWidth(l); lw > w {
					t.Fatalf("%d×%d: line %q is %d cells", w, n, l, lw)
				}
			}
		}
	}
}

// TestTableWhose: every column is headed by its line's glyph and name,
// years run latest first, and each figure is in its province's column:
// Bắc Giang's 2024 growth under Bắc Giang, never under its neighbour.
// On a narrow table the nation's column goes before any province's.
func TestTableWhose(t *testing.T) {
	g, o := bundledGrowth(t, i18n.VI)
	out := g.Table(200, 6, o, nil)
	if len(out) != 6 {
		t.Fatalf("want a header and 5 years, got:\n%s", strings.Join(out, "\n"))
	}
	head := ansi.Strip(out[0])
	series := g.Series(o.Styles)
	for _, s := range series {
		if !strings.Contains(head, s.Glyph+" "+s.Name) {
			t.Errorf("header %q lacks %s %s", head, s.Glyph, s.Name)
		}
	}
	figs, _ := g.Figures(2024)
	row := ""
	for _, l := range out[1:] {
		if strings.HasPrefix(ansi.Strip(l), "2024") {
			row = ansi.Strip(l)
		}
	}
	if row == "" {
		t.Fatalf("no 2024 row:\n%s", strings.Join(out, "\n"))
	}
	for _, f := range figs {
		// The figure ends where its column's header ends (right-aligned
		// columns), give or take the mark's slot.
		col := cellAt(head, f.Glyph)
		at := cellAt(row, f.Cell.Text)
		if at < 0 {
			t.Errorf("2024 row %q lacks %s's %s", row, f.Name, f.Cell.Text)
			continue
		}
		next := ansi.StringWidth(head)
		for _, s := range series {
			if i := cellAt(head, s.Glyph); i > col && i < next {
				next = i
			}
		}
		if at < col-8 || at >= next {
			t.Errorf("%s's %s at cell %d, outside its column [%d, %d):\n%s\n%s", f.Name, f.Cell.Text, at, col, next, head, row)
		}
	}
	for i := 2; i < len(out); i++ {
		if ansi.Strip(out[i])[:4] >= ansi.Strip(out[i-1])[:4] {
			t.Errorf("years not latest first:\n%s", strings.Join(out, "\n"))
		}
	}
	narrow := ansi.Strip(g.Table(56, 4, o, nil)[0])
	if strings.Contains(narrow, "◇") || !strings.Contains(narrow, "●") {
		t.Errorf("at 56 cells the nation's column should go first: %q", narrow)
	}
}

// TestTrends: one line, at most w cells, each predecessor's glyph with its
// first and last year; the province with one figure has no trend.
func TestTrends(t *testing.T) {
	g, o := bundledGrowth(t, i18n.EN)
	g.National = ""
	series := g.Series(o.Styles)
	for w := 0; w <= 200; w++ {
		out := Trends(w, series, o)
		if strings.Contains(out, "\n") || ansi.StringWidth(out) > w {
			t.Fatalf("%d: %q", w, out)
		}
	}
	out := ansi.Strip(Trends(200, series, o))
	for _, s := range series[1:] {
		if !strings.Contains(out, s.Glyph+" "+s.Name+" ") {
			t.Errorf("%q lacks %s %s", out, s.Glyph, s.Name)
		}
	}
	if strings.Contains(out, series[0].Glyph) {
		t.Errorf("%q draws a trend of one figure", out)
	}
}

// cellAt is the cell column where sub starts in the plain line s, -1 when
// it is not there.
func cellAt(s, sub string) int {
	i := strings.Index(s, sub)
	if i < 0 {
		return -1
	}
	return ansi.StringWidth(s[:i])
}
