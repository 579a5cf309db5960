package viewtest

import (
	"fmt"
	"testing"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/common"
)

// Open gives v its context and a w×h size and returns it: how nearly every
// tab test starts, in one line instead of three repeated in each package.
func Open[V common.View](v V, ctx *common.Context, w, h int) V {
	v.SetContext(ctx)
	v.SetSize(w, h)
	return v
}

// AtYear sets ctx's focus year and returns ctx, so a test opens a tab on a
// focus year as it opens one on any context.
func AtYear(ctx *common.Context, year int) *common.Context {
	ctx.Year = year
	return ctx
}

// OpenMerged opens v at w×h on Merged in lang and returns it with the
// former province pred of the merged scope (failing the test if there is
// none): what each list tab's merged tests look at.
func OpenMerged[V common.View](t testing.TB, v V, lang i18n.Lang, w, h int, pred string) (V, *dataset.Dataset) {
	t.Helper()
	ctx := Merged(t, lang)
	p := Predecessor(t, ctx, pred)
	return Open(v, ctx, w, h), p
}

// MergedSizeSweep checks that a list tab on the merged province keeps to
// its size at every size, with the selection on a predecessor's row (the
// last, after G) and with its detail open; newView makes a fresh tab.
func MergedSizeSweep(t *testing.T, newView func() common.View) {
	t.Helper()
	SweepList(t, Open(newView(), Merged(t, i18n.VI), 0, 0))
	m := Open(newView(), Merged(t, i18n.EN), 0, 0)
	PressAll(m, "G")
	Sweep(t, m, 200, 60, 7, 3)
	for _, k := range []string{"enter", "esc", "v", "v"} {
		m.SetSize(1000, 1000)
		CheckSize(t, m.View(), 1000, 1000)
		PressAll(m, k)
	}
}

// SizesAndFaces draws a fresh tab on the bundled dataset at 80×24, 120×40
// and 200×60 in both languages, each face and then a detail (opened by
// detail, keys pressed on the chart face), checking the rendering rule
// each time; SHOW=1 prints the frames.
func SizesAndFaces(t testing.TB, newView func() common.View, detail ...string) {
	t.Helper()
	for _, sz := range [][2]int{{80, 24}, {120, 40}, {200, 60}} {
		for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
			m := Open(newView(), Context(t, lang), sz[0], sz[1])
			for f := range 3 {
				CheckSize(t, m.View(), sz[0], sz[1])
				Show(fmt.Sprintf("%d×%d %s face %d", sz[0], sz[1], lang, f), m.View())
				PressAll(m, "v")
			}
			PressAll(m, detail...)
			CheckSize(t, m.View(), sz[0], sz[1])
			Show(fmt.Sprintf("%d×%d %s detail", sz[0], sz[1], lang), m.View())
		}
	}
}
