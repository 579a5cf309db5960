package fdi

import (
	"fmt"
	"testing"

	"github.com/provdash/provdash/internal/dataset/datasettest"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/theme"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// longModel is the tab at 200×60 on a synthetic province with n rows in
// each list (datasettest.Long), on face f, its selection in the middle.
func longModel(tb testing.TB, n int, f common.Face) *Model {
	tb.Helper()
	m := New()
	m.SetContext(viewtest.ContextFor(datasettest.Long(n), i18n.VI, theme.Dark))
	m.SetFace(f)
	m.Nav.Sel = n / 2
	m.SetSize(200, 60)
	return m
}

// BenchmarkSelect is a selection move (j, then k) and View on lists of
// growing length, on both faces: the cost of a key press must not grow
// with the list (budget at 20,000 rows: ≤ 1 ms, ≤ 64 KB).
func BenchmarkSelect(b *testing.B) {
	for _, f := range []common.Face{common.FaceChart, common.FaceTable} {
		for _, n := range []int{200, 2000, 20000} {
			b.Run(fmt.Sprintf("%s/%d", faceName(f), n), func(b *testing.B) {
				m := longModel(b, n, f)
				keys := []string{"j", "k"}
				b.ReportAllocs()
				for i := 0; b.Loop(); i++ {
					m.Update(viewtest.Press(keys[i%2]))
					_ = m.View()
				}
			})
		}
	}
}

// BenchmarkPage is a page move (pgdown, then pgup) and View on 20,000
// rows: every row on screen is new, so this is the cost of a full window.
func BenchmarkPage(b *testing.B) {
	for _, f := range []common.Face{common.FaceChart, common.FaceTable} {
		b.Run(faceName(f), func(b *testing.B) {
			m := longModel(b, 20000, f)
			keys := []string{"pgdown", "pgup"}
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				m.Update(viewtest.Press(keys[i%2]))
				_ = m.View()
			}
		})
	}
}

// BenchmarkLayout is a resize on 20,000 rows: the one time the tab lays
// out every row (column widths, items) before it draws a window.
func BenchmarkLayout(b *testing.B) {
	for _, f := range []common.Face{common.FaceChart, common.FaceTable} {
		b.Run(faceName(f), func(b *testing.B) {
			m := longModel(b, 20000, f)
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				m.SetSize(200-i%2, 60)
			}
		})
	}
}

// BenchmarkSelectBundled is BenchmarkSelect on the bundled dataset.
func BenchmarkSelectBundled(b *testing.B) {
	for _, f := range []common.Face{common.FaceChart, common.FaceTable} {
		b.Run(faceName(f), func(b *testing.B) {
			m := New()
			m.SetContext(viewtest.ContextTheme(b, i18n.VI, theme.Dark))
			m.SetFace(f)
			m.SetSize(200, 60)
			keys := []string{"j", "k"}
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				m.Update(viewtest.Press(keys[i%2]))
				_ = m.View()
			}
		})
	}
}

func faceName(f common.Face) string {
	if f == common.FaceTable {
		return "table"
	}
	return "chart"
}

// A body laid out once and drawn for each selection gives the frame a
// tab laid out afresh for that selection gives: moving through a long
// list never shows a stale row.
func TestLongListFramesMatchAFreshLayout(t *testing.T) {
	for _, f := range []common.Face{common.FaceChart, common.FaceTable} {
		m := longModel(t, 300, f)
		for i, k := range []string{"j", "j", "pgdown", "k", "G", "pgup", "g", "j"} {
			m.Update(viewtest.Press(k))
			fresh := New()
			fresh.SetContext(m.Ctx)
			fresh.SetFace(f)
			fresh.Nav.Sel, fresh.Nav.Off = m.Nav.Sel, m.Nav.Off
			fresh.SetSize(200, 60)
			if got, want := m.View(), fresh.View(); got != want {
				t.Fatalf("%s face, key %d (%s): cached frame differs from a fresh one:\n%s\n---\n%s", faceName(f), i, k, viewtest.Plain(got), viewtest.Plain(want))
			}
		}
	}
}
