package viewtest

import (
	"fmt"
	"testing"

	"github.com/provdash/provdash/internal/dataset/datasettest"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/theme"
)

// ListView is a list tab as the long-list checks drive it: a view with a
// face to set and a list navigation to read and seed.
type ListView interface {
	common.View
	SetFace(common.Face)
	Navigation() *common.ListNav
}

// faces are the faces a list tab lays out rows on.
func faces() []common.Face { return []common.Face{common.FaceChart, common.FaceTable} }

func faceName(f common.Face) string {
	if f == common.FaceTable {
		return "table"
	}
	return "chart"
}

// longView is newView at 200×60 on a synthetic province with n rows in
// each list (datasettest.Long), on face f, its selection in the middle.
func longView(tb testing.TB, newView func() ListView, n int, f common.Face) ListView {
	tb.Helper()
	v := newView()
	v.SetContext(ContextFor(datasettest.Long(n), i18n.VI, theme.Dark))
	v.SetFace(f)
	v.Navigation().Sel = n / 2
	v.SetSize(200, 60)
	return v
}

// keys presses keys in turn, one per b.Loop, with View after each.
func keys(b *testing.B, v common.View, ks ...string) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		v.Update(Press(ks[i%len(ks)]))
		_ = v.View()
	}
}

// BenchLongLists measures, on both faces, a selection move (j, then k) and
// View on lists of 200, 2,000 and 20,000 rows (the cost of a key press
// must not grow with the list: budget at 20,000 rows ≤ 1 ms, ≤ 64 KB), a
// page move on 20,000 rows (a whole new window), the one-off layout of
// 20,000 rows after a resize, and a selection move on the bundled data.
func BenchLongLists(b *testing.B, newView func() ListView) {
	for _, f := range faces() {
		for _, n := range []int{200, 2000, 20000} {
			b.Run(fmt.Sprintf("select/%s/%d", faceName(f), n), func(b *testing.B) {
				keys(b, longView(b, newView, n, f), "j", "k")
			})
		}
		b.Run("page/"+faceName(f), func(b *testing.B) {
			keys(b, longView(b, newView, 20000, f), "pgdown", "pgup")
		})
		b.Run("layout/"+faceName(f), func(b *testing.B) {
			v := longView(b, newView, 20000, f)
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				v.SetSize(200-i%2, 60)
			}
		})
		b.Run("bundled/"+faceName(f), func(b *testing.B) {
			v := newView()
			v.SetContext(ContextTheme(b, i18n.VI, theme.Dark))
			v.SetFace(f)
			v.SetSize(200, 60)
			keys(b, v, "j", "k")
		})
	}
}

// LongListFramesMatch checks that a list laid out once and drawn for each
// selection gives the frame a tab laid out afresh for that selection
// gives: moving through a long list never shows a stale row.
func LongListFramesMatch(t *testing.T, newView func() ListView) {
	t.Helper()
	for _, f := range faces() {
		v := longView(t, newView, 300, f)
		for i, k := range []string{"j", "j", "pgdown", "k", "G", "pgup", "g", "j"} {
			v.Update(Press(k))
			fresh := newView()
			fresh.SetContext(ContextFor(datasettest.Long(300), i18n.VI, theme.Dark))
			fresh.SetFace(f)
			*fresh.Navigation() = *v.Navigation()
			fresh.SetSize(200, 60)
			if got, want := v.View(), fresh.View(); got != want {
				t.Fatalf("%s face, key %d (%s): cached frame differs from a fresh one:\n%s\n---\n%s", faceName(f), i, k, Plain(got), Plain(want))
			}
		}
	}
}
