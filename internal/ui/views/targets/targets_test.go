package targets

import (
	"fmt"
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/theme"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// verdictSet is a province whose targets reach every verdict, each from
// results the test sets itself (the bundled targets change as sources
// are found): the bundled Bắc Giang with its growth, size, partial-year
// and FDI rows replaced, and a merger on 1 July 2025.
func verdictSet(t testing.TB) *dataset.Dataset {
	t.Helper()
	d := *viewtest.Data(t)
	if len(d.Sources) < 2 {
		t.Fatal("the bundled dataset has fewer than two sources")
	}
	tsrc, rsrc := d.Sources[0].ID, d.Sources[1].ID
	res := dataset.Meta{Source: rsrc, Status: dataset.Official}
	plan := dataset.Meta{Source: tsrc, Status: dataset.Plan, Note: dataset.Text{VI: "Ghi chú mục tiêu", EN: "A target's own note"}}
	d.Lineage = dataset.Lineage{Became: dataset.Link{ID: "merged", Name: dataset.Text{VI: "Tỉnh mới", EN: "New province"}}, Meta: dataset.Meta{Date: "2025-07-01"}}
	d.Growth = []dataset.GrowthRow{{Year: 2023, Province: dataset.N(10.5, 1), Meta: res}}
	d.Periods = []dataset.PeriodRow{{Year: 2024, Period: "2024-H1", Growth: dataset.N(12, 1), Meta: res}}
	d.Size = []dataset.SizeRow{{Year: 2022, PerCapUSD: dataset.N(4000, 0), Meta: res}}
	d.FDIYear = []dataset.FDIYearRow{{Year: 2023, Period: "2023", Definition: "added", CapitalUSDm: dataset.N(500, 0), Meta: res}}
	tg := func(ind string, from, to int, bound string, lo, hi dataset.Num) dataset.TargetRow {
		return dataset.TargetRow{Indicator: ind, From: from, To: to, Low: lo, High: hi, Bound: bound, SetBy: "council", Meta: plan}
	}
	fdi := tg("fdi_usd_m", 2023, 2023, "exact", dataset.N(400, 0), dataset.Num{})
	fdi.Definition = "new"
	d.Targets = []dataset.TargetRow{
		tg("grdp_growth", 2023, 2023, "at_least", dataset.N(10, 1), dataset.Num{}), // met
		tg("grdp_growth", 2023, 2023, "exact", dataset.N(11, 1), dataset.Num{}),    // missed
		tg("grdp_growth", 2024, 2024, "at_least", dataset.N(11, 1), dataset.Num{}), // ahead
		tg("grdp_growth", 2024, 2024, "range", dataset.N(13, 0), dataset.N(14, 0)), // behind
		fdi, // definitions
		tg("budget_vnd_bn", 2022, 2022, "exact", dataset.N(20000, 0), dataset.Num{}),   // none
		tg("per_capita_usd", 2024, 2024, "exact", dataset.N(5000, 0), dataset.Num{}),   // open
		tg("per_capita_usd", 2030, 2030, "exact", dataset.N(9000, 0), dataset.Num{}),   // superseded
		tg("grdp_growth_avg", 2021, 2030, "range", dataset.N(15, 0), dataset.N(16, 0)), // superseded, a span
	}
	return &d
}

// verdicts are the verdict ids of verdictSet's targets, in order.
func verdicts() []string {
	return []string{content.VerdictMet, content.VerdictMissed, content.VerdictAhead, content.VerdictBehind,
		content.VerdictDefinitions, content.VerdictNoResult, content.VerdictOpen, content.VerdictSuperseded, content.VerdictSuperseded}
}

// newModel is the tab on ctx at w×h.
func newModel(ctx *common.Context, w, h int) *Model {
	return viewtest.Open(New(), ctx, w, h)
}

// verdictModel is the tab on verdictSet in lang (mono theme) at w×h.
func verdictModel(t testing.TB, lang i18n.Lang, w, h int) *Model {
	t.Helper()
	return newModel(viewtest.ContextFor(verdictSet(t), lang, theme.Mono), w, h)
}

func press(m *Model, keys ...string) { viewtest.PressAll(m, keys...) }

func plain(m *Model) string { return viewtest.Plain(m.View()) }

// selectedLines are the selected target's line, or two lines on a
// screen too narrow for one (layout.two) or where a cell of it wraps
// (wrapLines).
func (m *Model) selectedLines() string {
	ls := strings.Split(plain(m), "\n")
	for i, l := range ls {
		if strings.HasPrefix(l, "› ") {
			lay := m.plan()
			if (lay.two || lay.lines(m.Nav.Sel, m.Nav.Sel+1) == 2) && i+1 < len(ls) {
				return l + "\n" + ls[i+1]
			}
			return l
		}
	}
	return ""
}

// rowLines are the lines of each target in turn, found by moving the
// selection down from the top.
func rowLines(m *Model) []string {
	press(m, "g")
	out := make([]string, len(m.rows))
	for i := range m.rows {
		out[i] = m.selectedLines()
		press(m, "j")
	}
	press(m, "g")
	return out
}

// The test set reaches every verdict, and each target's row draws its
// verdict's word (the whole word where the width allows, the short one
// where it does not) on the row itself, in both languages, on one line
// a target and on two.
func TestEveryVerdictDrawnOnItsRow(t *testing.T) {
	want := verdicts()
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		for _, w := range []int{200, 120, 80, 60} {
			m := verdictModel(t, lang, w, 40)
			if len(m.rows) != len(want) {
				t.Fatalf("%d rows, want %d", len(m.rows), len(want))
			}
			l := m.Ctx.Loc
			for i, it := range m.rows {
				if got := verdict(it); got != want[i] {
					t.Fatalf("row %d (%s): verdict %q, want %q", i, it.r.Label, got, want[i])
				}
				word := l.T("targets.short." + want[i])
				if w == 200 {
					word = l.T("targets.verdict." + want[i])
				}
				row := m.selectedLines()
				if lay := m.plan(); !lay.two && lay.lines(i, i+1) == 2 {
					// A cell wrapped onto the target's second line:
					// every word of the verdict and the label on its
					// two lines.
					for _, x := range strings.Fields(word + " " + it.r.Label) {
						if !strings.Contains(row, x) {
							t.Errorf("%s %d: row %d (%s) lacks %q of its verdict %q or label:\n%s", lang, w, i, it.r.Label, x, word, row)
						}
					}
				} else if !strings.Contains(row, word) || !strings.Contains(row, it.r.Label) {
					t.Errorf("%s %d: row %d (%s) lacks its verdict %q:\n%s\n%s", lang, w, i, it.r.Label, word, row, plain(m))
				}
				for _, other := range want {
					if o := l.T("targets.short." + other); other != want[i] && o != word && !strings.Contains(word, o) && strings.Contains(row, " "+o+" ") {
						t.Errorf("%s %d: row %d (%s) also draws verdict %q:\n%s", lang, w, i, it.r.Label, o, row)
					}
				}
				press(m, "j")
			}
		}
	}
}

// A gap to a target is a computed figure: its cell carries ƒ on the
// chart face, where a figure the sources published never does.
func TestGapCarriesComputedMark(t *testing.T) {
	m := verdictModel(t, i18n.EN, 200, 40)
	out := plain(m)
	lines := rowLines(m)
	for i, it := range m.rows {
		g := cell(it, colGap)
		line := lines[i]
		switch {
		case g.Status == dataset.Computed:
			gap, _ := splitGap(g)
			if !strings.Contains(line, gap) || !strings.HasSuffix(gap, " ƒ") {
				t.Errorf("row %s: gap %q not drawn with ƒ: %q", it.r.Label, gap, line)
			}
		case strings.Contains(line, "ƒ"):
			t.Errorf("row %s has no computed figure but draws ƒ: %q", it.r.Label, line)
		}
	}
	if !strings.Contains(out, m.Ctx.Loc.T("targets.legend")) {
		t.Errorf("the legend does not explain ƒ:\n%s", out)
	}
}

// Under --ascii ƒ is drawn as f: in the gap cells, the column header, the
// legend, the table face, the sources and a detail's method lines; no ƒ
// is left anywhere.
func TestASCIIComputedMark(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		ctx := viewtest.ContextFor(verdictSet(t), lang, theme.Dark)
		ctx.ASCII, ctx.Styles = true, ctx.Styles.WithASCII()
		m := newModel(ctx, 200, 60)
		out := plain(m)
		gap, _ := splitGap(cell(m.rows[0], colGap))
		if !strings.HasSuffix(gap, " f") || !strings.Contains(out, gap) {
			t.Errorf("%s: the gap %q is not drawn with f:\n%s", lang, gap, out)
		}
		if legend := strings.Replace(ctx.Loc.T("targets.legend"), "ƒ", "f", 1); !strings.Contains(out, legend) {
			t.Errorf("%s: legend %q missing:\n%s", lang, legend, out)
		}
		frames := []string{out}
		for range 2 {
			press(m, "v")
			frames = append(frames, plain(m))
		}
		press(m, "v")
		for range m.rows {
			press(m, "enter")
			frames = append(frames, plain(m))
			press(m, "esc", "j")
		}
		for _, w := range []int{80, 60} {
			m.SetSize(w, 40)
			frames = append(frames, plain(m))
		}
		for _, f := range frames {
			if strings.Contains(f, "ƒ") {
				t.Fatalf("%s: ƒ under --ascii:\n%s", lang, f)
			}
		}
		if !strings.Contains(strings.Join(frames, "\n"), "f "+strings.Fields(ctx.Loc.T("targets.method.gap"))[1]) {
			t.Errorf("%s: no detail shows the gap's method line with f", lang)
		}
	}
}

// The detail of a target with computed figures shows each method line and
// cites the target's source and the result's by their numbers.
func TestDetailMethodAndSources(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		m := verdictModel(t, lang, 120, 60)
		d, l := m.Ctx.Data, m.Ctx.Loc
		const open = 6 // per person 2024: a gap and the yearly rate needed
		for range open {
			press(m, "j")
		}
		if v := verdict(m.rows[m.Nav.Sel]); v != content.VerdictOpen {
			t.Fatalf("row %d is %s, want open", open, v)
		}
		press(m, "enter")
		out := plain(m)
		gapWord := strings.Fields(l.T("targets.method.gap"))[1]
		rateWords := strings.Join(strings.Fields(l.T("targets.method.rate"))[1:3], " ")
		viewtest.ContainsAll(t, string(lang)+" detail", out, []string{"ƒ " + gapWord, "ƒ " + rateWords, l.T("targets.method"),
			l.Pick(d.Targets[open].Note), l.T("targets.verdict.open")})
		for _, id := range []string{d.Targets[open].Source, d.Size[0].Source} {
			_, n, ok := m.Ctx.Scoped().SourceByID(id)
			if !ok {
				t.Fatalf("source %s not numbered", id)
			}
			if !strings.Contains(out, fmt.Sprintf("[%d]", n)) {
				t.Errorf("%s: the detail does not cite [%d] (%s):\n%s", lang, n, id, out)
			}
		}
		// The method lines are fields of their own, not run into the note.
		for _, ln := range strings.Split(out, "\n") {
			if i := strings.Index(ln, "ƒ "); i >= 0 && strings.Contains(ln[:i], l.Pick(d.Targets[open].Note)) {
				t.Errorf("%s: a method line runs on from the note: %q", lang, ln)
			}
		}
	}
}

// The focus year marks (◆) the rows whose period holds it, a span's
// included, and no other.
func TestFocusYearMarksRows(t *testing.T) {
	ctx := viewtest.ContextFor(verdictSet(t), i18n.EN, theme.Mono)
	for _, c := range []struct {
		year int
		want []int
	}{{2023, []int{0, 1, 4, 8}}, {2027, []int{8}}, {2030, []int{7, 8}}} {
		ctx.Year = c.year
		m := newModel(ctx, 200, 40)
		out := plain(m)
		lines := rowLines(m)
		marked := map[int]bool{}
		for _, i := range c.want {
			marked[i] = true
		}
		for i, it := range m.rows {
			line := lines[i]
			if got := strings.Contains(line, focusMark+" "+it.r.Label); got != marked[i] {
				t.Errorf("focus %d: row %d (%s) marked %v, want %v: %q", c.year, i, it.r.Label, got, marked[i], line)
			}
		}
		if key := ctx.Loc.Tf("targets.focus", focusMark, c.year); !strings.Contains(out, key) {
			t.Errorf("focus %d: no key %q:\n%s", c.year, key, out)
		}
	}
}

// The chart face draws a bullet bar only where a row has a result under
// the target's definition, each on a scale of its own row.
func TestBulletOnlyWithAResult(t *testing.T) {
	m := verdictModel(t, i18n.EN, 200, 40)
	for i, it := range m.rows {
		b := viewtest.Plain(m.bullet(i, 20))
		has := strings.ContainsAny(b, "█┃")
		want := cell(it, colResult).Num.OK && verdict(it) != content.VerdictDefinitions
		if has != want {
			t.Errorf("row %d (%s): bullet %q, want one: %v", i, it.r.Label, b, want)
		}
		if has && !strings.Contains(b, "┃") {
			t.Errorf("row %d: no target marker in %q", i, b)
		}
	}
	// Met (10.5 against at least 10): the bar passes the marker; missed
	// (10.5 against 11): it stops short of it.
	met, missed := viewtest.Plain(m.bullet(0, 20)), viewtest.Plain(m.bullet(1, 20))
	if strings.LastIndex(met, "█") < strings.Index(met, "┃") || strings.LastIndex(missed, "█") > strings.Index(missed, "┃") {
		t.Errorf("bars against their targets: met %q, missed %q", met, missed)
	}
}

// mergedModel is the tab on the bundled collection's current province
// with its lineage in scope, or a skip while the bundled data hold no
// former province's targets.
func mergedModel(t *testing.T, lang i18n.Lang, w, h int) *Model {
	t.Helper()
	sets := viewtest.Collection(t)
	d := content.Current(sets)
	ctx := viewtest.ScopedContext(sets, d, lang, theme.Mono)
	m := newModel(ctx, w, h)
	if !common.Merged(m.Page) {
		t.Skip("no former province of the bundled collection has targets yet")
	}
	return m
}

// On the merged province a former province's targets come under a
// heading that names it and its date, also on a narrow screen; the keys
// and a search reach its rows, and the detail names whose target it is.
func TestMergedPredecessorSection(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		m := mergedModel(t, lang, 200, 60)
		var pred content.Section
		for _, s := range m.Page.Sections {
			if s.From != "" {
				pred = s
				break
			}
		}
		if len(pred.Rows) == 0 {
			t.Fatalf("the former province's section %s has no rows", pred.ID)
		}
		d := common.SectionData(m.Ctx, pred)
		name, date := m.Ctx.Loc.Pick(d.Name), m.Ctx.Loc.Date(d.AsOf)
		if out := plain(m); !strings.Contains(out, pred.Title) {
			t.Errorf("%s: no heading %q:\n%s", lang, pred.Title, out)
		}
		row := pred.Rows[len(pred.Rows)-1]
		if !m.SelectRow(pred.ID, row.Key) {
			t.Fatalf("SelectRow(%s, %s) found nothing", pred.ID, row.Key)
		}
		for _, w := range []int{200, 80, 60} {
			m.SetSize(w, 24)
			out := plain(m)
			if sel := m.selectedLines(); !strings.Contains(sel, cellsTitle(row.Label, w)) {
				t.Errorf("%s %d: the selection is not on %s: %q\n%s", lang, w, row.Label, sel, out)
			}
			heading := ""
			for _, l := range strings.Split(out, "\n") {
				if strings.Contains(l, date) && !strings.Contains(l, ":") {
					heading = l
				}
			}
			if !strings.Contains(heading, name) {
				t.Errorf("%s %d: no heading names %s and %s:\n%s", lang, w, name, date, out)
			}
		}
		m.SetSize(120, 60)
		press(m, "enter")
		if out := plain(m); !strings.Contains(out, name) || !strings.Contains(out, row.Label) {
			t.Errorf("%s: the detail does not say it is %s's target:\n%s", lang, name, out)
		}
	}
}

// cellsTitle is the part of a label sure to be on a row w cells wide: the
// whole label from 80 cells up, its period below.
func cellsTitle(label string, w int) string {
	if w >= 80 {
		return label
	}
	f := strings.Fields(label)
	return f[len(f)-1]
}

// No size from 0×0 to 200×60 and 1000×1000 panics or draws past its size,
// on every face, with a detail open, on the test set, the bundled province
// and the merged one.
func TestSizeSweep(t *testing.T) {
	faces := func(m *Model) {
		t.Helper()
		viewtest.SweepFaces(t, m, "j", "v")
		for _, k := range []string{"enter", "esc", "v", "v", "v", "G"} {
			m.SetSize(1000, 1000)
			viewtest.CheckSize(t, m.View(), 1000, 1000)
			press(m, k)
		}
	}
	m := verdictModel(t, i18n.VI, 0, 0)
	viewtest.SweepList(t, m)
	faces(m)
	faces(newModel(viewtest.Context(t, i18n.EN), 0, 0))
	ascii := viewtest.ContextFor(verdictSet(t), i18n.EN, theme.Dark)
	ascii.ASCII, ascii.Styles = true, ascii.Styles.WithASCII()
	faces(newModel(ascii, 0, 0))
	faces(mergedModel(t, i18n.EN, 0, 0))
}

func TestFaceCycle(t *testing.T) {
	m := verdictModel(t, i18n.EN, 200, 40)
	src := m.Ctx.Data.Sources[0]
	viewtest.FaceCycle(t, m, m.Ctx, m.Page.Sections[0].Columns[4].Head, src.ID, src.Title)
}

func TestNoContext(t *testing.T) { viewtest.NoContext(t, New(), "targets", "j") }

// TestASCII: --ascii draws no box drawing, blocks or braille (viewtest.TestASCIITab).
func TestASCII(t *testing.T) { viewtest.TestASCIITab(t, func() common.View { return New() }) }

// At 80×21 every row's detail scrolls to its end, sources included, and
// the sources face scrolls to its last source.
func TestShortTerminalReachesSources(t *testing.T) {
	viewtest.ReachAll(t, func() common.View { return New() }, func(v common.View) int { return len(v.(*Model).rows) })
}

// Look at the tab: SHOW=1 go test -run TestLook ./internal/ui/views/targets
func TestLook(t *testing.T) {
	for _, sz := range [][2]int{{60, 16}, {80, 24}, {120, 40}, {200, 60}} {
		for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
			m := verdictModel(t, lang, sz[0], sz[1])
			for f := range 3 {
				viewtest.CheckSize(t, m.View(), sz[0], sz[1])
				viewtest.Show(fmt.Sprintf("%d×%d %s face %d", sz[0], sz[1], lang, f), m.View())
				press(m, "v")
			}
			press(m, "j", "j", "j", "j", "j", "j", "enter")
			viewtest.CheckSize(t, m.View(), sz[0], sz[1])
			viewtest.Show(fmt.Sprintf("%d×%d %s detail", sz[0], sz[1], lang), m.View())
		}
	}
}

func BenchmarkView(b *testing.B) {
	viewtest.BenchView(b, newModel(viewtest.Context(b, i18n.VI), 200, 60))
}

// No line of a detail carries a formatting error ("%!s(int=2022)"): every
// verb of a method line has its figure.
func TestDetailFormatsEveryFigure(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		m := verdictModel(t, lang, 120, 60)
		for range m.rows {
			press(m, "enter")
			if out := plain(m); strings.Contains(out, "%!") {
				t.Errorf("%s: a formatting error in the detail:\n%s", lang, out)
			}
			press(m, "esc", "j")
		}
	}
}

// From content.WideCols columns a result's period is written out, on
// every face; narrower screens keep the short form the glossary explains,
// and going back and forth changes nothing else.
func TestPeriodsWrittenOut(t *testing.T) {
	for _, c := range []struct {
		lang        i18n.Lang
		long, short string
	}{{i18n.VI, "(6 tháng đầu năm 2025)", "(6T/2025)"}, {i18n.EN, "(first half of 2025)", "(H1 2025)"}} {
		m := mergedModel(t, c.lang, 100, 40)
		if out := plain(m); !strings.Contains(out, c.short) || strings.Contains(out, c.long) {
			t.Errorf("%s at 100 columns: want %q, not %q:\n%s", c.lang, c.short, c.long, out)
		}
		for _, w := range []int{120, 200} {
			m.SetSize(w, 50)
			for face, keys := range map[string][]string{"chart": nil, "table": {"v"}, "detail": {"enter"}} {
				f := mergedModel(t, c.lang, w, 50)
				if face == "detail" { // the first row with a part-year result
					for _, it := range f.rows {
						if strings.Contains(cell(it, colResult).Text, c.long) {
							break
						}
						press(f, "j")
					}
				}
				press(f, keys...)
				out := plain(f)
				if !strings.Contains(out, c.long) || strings.Contains(out, c.short) {
					t.Errorf("%s %s face at %d columns: want %q, not %q:\n%s", c.lang, face, w, c.long, c.short, out)
				}
			}
		}
		m.SetSize(100, 40)
		if out := plain(m); !strings.Contains(out, c.short) {
			t.Errorf("%s back at 100 columns: want %q again:\n%s", c.lang, c.short, out)
		}
	}
}

// TestBulletsAt120: from content.WideCols (120) columns, where the results
// say their periods in words, the bullet bars still show on the bundled
// provinces (the new Bắc Ninh with its predecessors' targets) in both
// languages: cells wrap onto a second line of their target instead, and
// every word of every label, result and verdict is on the screen (nothing
// cut). At 120 columns the English tab of the new Bắc Ninh, and the
// Vietnamese of both provinces, once dropped the bullet bars.
func TestBulletsAt120(t *testing.T) {
	sets := viewtest.Collection(t)
	for _, id := range []string{"bac-giang", "bac-ninh"} {
		d, _ := dataset.Find(sets, id)
		for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
			for _, w := range []int{120, 140} {
				m := newModel(viewtest.ScopedContext(sets, d, lang, theme.Mono), w, 40)
				out := plain(m)
				viewtest.CheckSize(t, out, w, 40)
				if !strings.Contains(out, "┃") {
					t.Errorf("%s %s %d×40: no bullet bar:\n%s", id, lang, w, out)
				}
				// All rows on one tall screen: every word whole.
				m.SetSize(w, 200)
				out = plain(m)
				for _, it := range m.rows {
					for _, c := range []string{it.r.Label, cell(it, colResult).String(), m.Ctx.Loc.T("targets.short." + verdict(it))} {
						for _, word := range strings.Fields(c) {
							if !strings.Contains(out, word) {
								t.Errorf("%s %s %d: %q of %q is not on the screen:\n%s", id, lang, w, word, c, out)
							}
						}
					}
				}
			}
		}
	}
}
