package fdi

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/theme"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// focusModel is the tab on ctx with the focus year set to year, at w×h.
func focusModel(ctx *common.Context, year, w, h int) *Model {
	return viewtest.Open(New(), viewtest.AtYear(ctx, year), w, h)
}

// seen is every line the chart face shows while the selection walks all
// items from the top: what a user scrolling the tab gets to read, at any
// height. The selection mark is blanked so a row reads the same selected
// or not.
func seen(m *Model) []string {
	var out []string
	press(m, "g")
	for range len(m.items) {
		for _, l := range strings.Split(plain(m), "\n") {
			l = strings.Replace(l, "› ", "  ", 1)
			if !slices.Contains(out, l) {
				out = append(out, l)
			}
		}
		press(m, "j")
	}
	return out
}

// TestFocusYearRows: at 80×24 and 120×40 in both languages, the by-year
// rows of the focus year, and only those, carry the ◆ mark, in every
// definition block: as many as the dataset has rows for that year. A
// change of year moves the marks; the legend names the year.
func TestFocusYearRows(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
			var prev []string
			for _, y := range []int{2019, 2024, 2017} {
				label := fmt.Sprintf("%d×%d %s %d", sz[0], sz[1], lang, y)
				m := focusModel(viewtest.Context(t, lang), y, sz[0], sz[1])
				viewtest.CheckSize(t, m.View(), sz[0], sz[1])
				want := 0
				defs := map[string]bool{}
				for _, r := range m.Ctx.Data.FDIYear {
					if r.Year == y {
						want++
						defs[r.Definition] = true
					}
				}
				var marked []string
				for _, l := range seen(m) {
					if strings.HasPrefix(l, "    "+focusMark+" ") {
						marked = append(marked, l)
						if !strings.Contains(l, fmt.Sprint(y)) {
							t.Errorf("%s: a marked row of another year: %q", label, l)
						}
					}
				}
				if want < 2 || len(marked) != want {
					t.Errorf("%s: %d marked rows, want the dataset's %d:\n%s", label, len(marked), want, strings.Join(marked, "\n"))
				}
				if len(defs) < 2 {
					t.Errorf("%s: the year's rows span %d definition(s): the test would not see every block", label, len(defs))
				}
				legend := m.Ctx.Loc.Tf("fdi.focus_rows", focusMark, y)
				if !slices.ContainsFunc(seen(m), func(l string) bool { return strings.Contains(l, legend) }) {
					t.Errorf("%s: no legend %q", label, legend)
				}
				if slices.Equal(marked, prev) {
					t.Errorf("%s: the marked rows did not change with the year", label)
				}
				prev = marked
			}
		}
	}
}

// TestFocusYearRowsBold: an unselected row of the focus year is bold (in
// the mono theme too), one of another year is not: the mark and the
// weight, not colour, carry it.
func TestFocusYearRowsBold(t *testing.T) {
	for _, y := range []int{2019, 2024} {
		m := focusModel(viewtest.ContextTheme(t, i18n.EN, theme.Mono), y, 120, 200)
		bold, plainRow := 0, 0
		for _, l := range strings.Split(m.View(), "\n") {
			p := viewtest.Plain(l)
			switch {
			case strings.HasPrefix(p, "    "+focusMark+" "):
				if !strings.Contains(l, "\x1b[1") {
					t.Errorf("%d: focus row not bold: %q", y, l)
				}
				bold++
			case strings.HasPrefix(p, "      ") && strings.Contains(p, "USD"):
				if strings.Contains(l, "\x1b[1") {
					t.Errorf("%d: a row of another year is bold: %q", y, l)
				}
				plainRow++
			}
		}
		if bold == 0 || plainRow == 0 {
			t.Errorf("%d: %d bold and %d plain rows: nothing compared", y, bold, plainRow)
		}
	}
}

// TestFocusYearAsOf: the country snapshots are set beside the focus year:
// a note names it and says their dates differ, and a country whose as-of
// year is the focus year is marked, at 80×24 and 120×40 in both languages.
func TestFocusYearAsOf(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
			label := fmt.Sprintf("%d×%d %s", sz[0], sz[1], lang)
			// 2019: no country's figure is as of 2019 (China 2023, Korea 04/2022).
			m := focusModel(viewtest.Context(t, lang), 2019, sz[0], sz[1])
			out := plain(m)
			head := m.Ctx.Loc.Tf("fdi.asof_focus_none", 2019)
			if !strings.Contains(viewtest.Words(out), viewtest.Words(head)) {
				t.Errorf("%s 2019: no note %q:\n%s", label, head, out)
			}
			cn := m.Ctx.Loc.Pick(m.Ctx.Data.FDICountry[0].Country)
			if strings.Contains(viewtest.LineWith(out, cn), focusMark) {
				t.Errorf("%s 2019: %s marked though its figure is as of 2023", label, cn)
			}
			// 2023: China's figure is as of 2023, Korea's is not.
			m = focusModel(viewtest.Context(t, lang), 2023, sz[0], sz[1])
			out = plain(m)
			if r := viewtest.LineWith(out, cn); !strings.Contains(r, focusMark+" 2023") {
				t.Errorf("%s 2023: %s row lacks %q: %q", label, cn, focusMark+" 2023", r)
			}
			kr := m.Ctx.Loc.Pick(m.Ctx.Data.FDICountry[1].Country)
			if r := viewtest.LineWith(out, kr); strings.Contains(r, focusMark) {
				t.Errorf("%s 2023: %s marked though its figure is as of 04/2022: %q", label, kr, r)
			}
		}
	}
}

// TestCompareFollowsFocus: the new-versus-added split is the focus year's
// when it has both full-year rows, else the latest year's that has both,
// never a constant. The bundled data has both for 2024 only, so a copy
// turns 2019's half-year rows into full-year ones.
func TestCompareFollowsFocus(t *testing.T) {
	d := *viewtest.Data(t)
	d.FDIYear = slices.Clone(d.FDIYear)
	both := 0
	for i, r := range d.FDIYear {
		if r.Period == "2019-H1" && (r.Definition == "new" || r.Definition == "added") {
			d.FDIYear[i].Period = "2019"
			both++
		}
	}
	if both != 2 {
		t.Fatalf("%d 2019-H1 new/added rows in the bundled data, want 2", both)
	}
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		for _, c := range []struct{ focus, compared int }{{2019, 2019}, {2024, 2024}, {2017, 2024}, {2022, 2024}} {
			m := focusModel(viewtest.ContextFor(&d, lang, theme.Mono), c.focus, 120, 40)
			out := plain(m)
			head := m.Ctx.Loc.Tf("fdi.y2024", c.compared)
			line := viewtest.LineWith(out, head)
			if line == "" {
				t.Errorf("%s focus %d: no split of %d:\n%s", lang, c.focus, c.compared, out)
				continue
			}
			other := m.Ctx.Loc.Tf("fdi.compare_other", c.focus)
			if c.focus == c.compared {
				if !strings.Contains(line, focusMark) || strings.Contains(line, other) {
					t.Errorf("%s focus %d: heading should be marked as the focus year's: %q", lang, c.focus, line)
				}
			} else if strings.Contains(line, focusMark) || !strings.Contains(line, other) {
				t.Errorf("%s focus %d: heading should say the focus year has no split: %q", lang, c.focus, line)
			}
		}
	}
}
