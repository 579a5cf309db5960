package viewtest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/theme"
)

// The checks below are the tests every tab wrote for itself; a tab's test
// file calls them with what is its own (its id, a word of its table, one
// of its sources), so a rule is checked the same way on every tab.

// Faced is a tab that says which face it shows.
type Faced interface {
	common.View
	Face() common.Face
}

// FaceCycle checks that v (with a context, at a size where its table fits)
// starts on the chart face and that `v` goes to the table (showing
// tableText), then to the sources (listing source srcID as "[n] srcTitle…",
// n its dataset-wide number), then back to the chart.
func FaceCycle(t testing.TB, v Faced, ctx *common.Context, tableText, srcID, srcTitle string) {
	t.Helper()
	if v.Face() != common.FaceChart {
		t.Fatal("starts on the chart face")
	}
	PressAll(v, "v")
	if v.Face() != common.FaceTable || !strings.Contains(Plain(v.View()), tableText) {
		t.Fatalf("second face is the table:\n%s", Plain(v.View()))
	}
	PressAll(v, "v")
	_, num, ok := ctx.Scoped().SourceByID(srcID)
	want := fmt.Sprintf("[%d] %s", num, srcTitle)
	if out := Plain(v.View()); !ok || v.Face() != common.FaceSources || !strings.Contains(out, want) {
		t.Fatalf("third face lists sources with %q:\n%s", want, out)
	}
	PressAll(v, "v")
	if v.Face() != common.FaceChart {
		t.Fatal("v cycles back to the chart")
	}
}

// SweepList sweeps a list tab (with a context) over sizes up to 200×60 on
// its chart face, then again with a detail open on the table face.
func SweepList(t testing.TB, v common.View) {
	t.Helper()
	Sweep(t, v, 200, 60, 3, 1)
	PressAll(v, "enter", "v")
	Sweep(t, v, 200, 60, 7, 2)
}

// SweepFaces resizes v to every size from 0×0 to 200×60 in steps of 7×3
// and checks each face there, pressing keys after each check (a movement
// key and `v`, so every face and selection gets drawn).
func SweepFaces(t testing.TB, v common.View, keys ...string) {
	t.Helper()
	for w := 0; w <= 200; w += 7 {
		for h := 0; h <= 60; h += 3 {
			v.SetSize(w, h)
			for range 3 {
				CheckSize(t, v.View(), w, h)
				PressAll(v, keys...)
			}
		}
	}
}

// NoContext checks that a tab that never got a context (v fresh from New)
// draws nothing and ignores key (its id and title are the registry's).
func NoContext(t testing.TB, v common.View, id, key string) {
	t.Helper()
	v.SetSize(80, 24)
	PressAll(v, key)
	if v.View() != "" {
		t.Fatalf("%s: a view without context draws nothing", id)
	}
}

// ReachAll checks, in both languages at 80×21 (an 80×24 terminal less the
// tab bar and footer), that every row's detail scrolls to its end, source
// included, and that the sources face scrolls to its last source. rows is
// the number of rows of a view that has its context.
func ReachAll(t testing.TB, newView func() common.View, rows func(common.View) int) {
	t.Helper()
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		ctx := Context(t, lang)
		v := newView()
		v.SetContext(ctx)
		n := rows(v)
		if n == 0 {
			t.Fatal("no rows")
		}
		ReachDetails(t, v, n, 80, 21, ctx.Loc.T("app.source"))
		v = newView()
		v.SetContext(ctx)
		ReachSources(t, v, 2, 80, 21)
	}
}

// Bundled renders a fresh tab on the bundled dataset (dark theme) at the
// reference sizes and 80×21, both languages, every face, checking the
// rendering rule and that the chart face fills the whole height; SHOW=1
// prints the frames (SHOW=ansi keeps the colours).
func Bundled(t *testing.T, newView func() Faced) {
	t.Helper()
	for _, sz := range [][2]int{{80, 21}, {80, 24}, {120, 40}, {200, 60}} {
		for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
			v := newView()
			v.SetContext(ContextTheme(t, lang, theme.Dark))
			v.SetSize(sz[0], sz[1])
			for range 3 {
				out := v.View()
				CheckSize(t, out, sz[0], sz[1])
				if n := len(strings.Split(out, "\n")); v.Face() == common.FaceChart && n != sz[1] {
					t.Errorf("%s %v chart face: %d lines, want the full %d", lang, sz, n, sz[1])
				}
				Show(fmt.Sprintf("%s %d×%d face %d", lang, sz[0], sz[1], v.Face()), out)
				v.Update(Press("v"))
			}
		}
	}
}

// SourcesScroll checks that at 80×21 the sources face of a fresh tab
// scrolls to the last source and says it is scrolled, in both languages.
func SourcesScroll(t *testing.T, newView func() Faced) {
	t.Helper()
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		v := newView()
		v.SetContext(Context(t, lang))
		ReachSources(t, v, 2, 80, 21)
		if v.Face() != common.FaceSources || !strings.Contains(Plain(v.View()), "↑") {
			t.Errorf("%s: the sources face does not say it is scrolled:\n%s", lang, Plain(v.View()))
		}
	}
}

// ContainsAll reports as errors the strings of want that out (plain text)
// lacks, under label.
func ContainsAll(t testing.TB, label, out string, want []string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(out, w) {
			t.Errorf("%s: %q missing from\n%s", label, w, out)
		}
	}
}

// BenchView measures View() of v, which must return the cached frame.
func BenchView(b *testing.B, v common.View) {
	b.ReportAllocs()
	for b.Loop() {
		_ = v.View()
	}
}

// BenchResize measures a resize of v (with its context) around 200×60,
// which rebuilds every chart.
func BenchResize(b *testing.B, v common.View) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		v.SetSize(200-i%2, 60)
	}
}

// BenchResizeBundled is BenchResize on a fresh tab showing what the
// dashboard opens on: the bundled collection's current province with the
// provinces it was formed from and the national table in scope, in
// Vietnamese, in the dark theme.
func BenchResizeBundled(b *testing.B, v common.View) {
	ctx := Merged(b, i18n.VI)
	ctx.Styles = theme.New(theme.Dark)
	v.SetContext(ctx)
	BenchResize(b, v)
}

// CheckFaceTab runs, each as a subtest, the checks the face tabs (gdp,
// overview) share: Bundled, NoBlankBox on the merged province and
// SourcesScroll; newView makes a fresh tab.
func CheckFaceTab(t *testing.T, newView func() Faced) {
	t.Helper()
	t.Run("Bundled", func(t *testing.T) { Bundled(t, newView) })
	t.Run("NoBlankBox", func(t *testing.T) { NoBlankBox(t, func() common.View { return newView() }) })
	t.Run("SourcesScroll", func(t *testing.T) { SourcesScroll(t, newView) })
}

// ListTab is what the checks every list tab (fdi, zones, agreements) runs
// need to know of it: each tab's test file states only what is its own.
type ListTab struct {
	// New makes a fresh tab.
	New func() common.View
	// ID is the tab's registry id.
	ID string
	// FaceWidth is the width at which FaceCycle finds TableText on the
	// table face (the height is 40).
	FaceWidth int
	// TableText, SrcID and SrcTitle are FaceCycle's: a word of the table
	// face and one source the sources face lists.
	TableText, SrcID, SrcTitle string
	// Rows is the number of rows of a tab that has its context.
	Rows func(common.View) int
}

// CheckListTab runs, each as a subtest, the checks every list tab shares:
// FaceCycle at FaceWidth×40, SweepList, NoContext (with j) and, at 80×21,
// ReachAll (every row's detail and the sources face scroll to their
// ends); all in Vietnamese on the bundled dataset but ReachAll, which
// runs in both languages.
func CheckListTab(t *testing.T, tab ListTab) {
	t.Helper()
	t.Run("FaceCycle", func(t *testing.T) {
		ctx := Context(t, i18n.VI)
		v, ok := Open(tab.New(), ctx, tab.FaceWidth, 40).(Faced)
		if !ok {
			t.Fatalf("%s does not say which face it shows", tab.ID)
		}
		FaceCycle(t, v, ctx, tab.TableText, tab.SrcID, tab.SrcTitle)
	})
	t.Run("SizeSweep", func(t *testing.T) {
		SweepList(t, Open(tab.New(), Context(t, i18n.VI), 0, 0))
	})
	t.Run("NoContext", func(t *testing.T) {
		NoContext(t, tab.New(), tab.ID, "j")
	})
	t.Run("ShortTerminalReachesSources", func(t *testing.T) {
		ReachAll(t, tab.New, tab.Rows)
	})
}

// Selecting is a list tab whose selection a search sets (SelectRow) and
// whose rows the keys count (Len).
type Selecting interface {
	common.View
	SelectRow(section, key string) bool
	Len() int
}

// PredRow is a former province's row on a merged province's list tab.
type PredRow struct {
	// Sec and Key are the row's section and key on the page.
	Sec, Key string
	// Label is the text the row is drawn with (a name or partner).
	Label string
	// Pred is the former province and Source the row's source id in it.
	Pred   *dataset.Dataset
	Source string
}

// ReachPredRow checks on v, a list tab opened on the merged province ctx
// at w×h, that j from the top (g) reaches row r (at reports the section
// and key selected) and draws the selection on its label; that its detail
// names the row, the former province and cites the row's own source by
// its number in the merged list; and that, after esc and g, SelectRow
// selects the row again and, at w×h, draws the selection on it.
func ReachPredRow(t testing.TB, v Selecting, ctx *common.Context, at func() (sec, key string), r PredRow, w, h int) {
	t.Helper()
	plain := func() string { return Plain(v.View()) }
	PressAll(v, "g")
	for range v.Len() {
		if s, k := at(); s == r.Sec && k == r.Key {
			break
		}
		PressAll(v, "j")
	}
	if s, k := at(); s != r.Sec || k != r.Key {
		t.Fatalf("j never reached %s in %s (at %s %s)", r.Label, r.Sec, s, k)
	}
	if sl := SelectedLine(plain()); !strings.Contains(sl, r.Label) {
		t.Fatalf("the chart face's selection is not on %s: %q\n%s", r.Label, sl, plain())
	}
	_, num, ok := ctx.Scoped().SourceByID(content.Qualify(r.Pred.ID, r.Source))
	if !ok {
		t.Fatalf("source %s of %s is not numbered in the merged scope", r.Source, r.Label)
	}
	PressAll(v, "enter")
	det := plain()
	for _, want := range []string{r.Label, fmt.Sprintf("[%d]", num), ctx.Loc.Pick(r.Pred.Name)} {
		if !strings.Contains(det, want) {
			t.Errorf("detail lacks %q:\n%s", want, det)
		}
	}
	PressAll(v, "esc", "g")

	// A search jumps to the row on the chart face.
	if !v.SelectRow(r.Sec, r.Key) {
		t.Fatalf("SelectRow(%s, %s) found nothing", r.Sec, r.Key)
	}
	v.SetSize(w, h)
	if s, k := at(); s != r.Sec || k != r.Key {
		t.Fatalf("SelectRow selected %s %s", s, k)
	}
	if sl := SelectedLine(plain()); !strings.Contains(sl, r.Label) {
		t.Fatalf("after SelectRow the selection is not drawn on %s: %q", r.Label, sl)
	}
}
