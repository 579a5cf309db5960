package ui

import (
	"testing"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/dataset/datasettest"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// syntheticSets is the large synthetic collection the scale tests draw:
// all 63 provinces, 30 years each.
func syntheticSets(tb testing.TB) []*dataset.Dataset { return datasettest.Loaded(tb, 63, 30) }

// Every tab renders the large synthetic collection within the frame rule,
// switching through all 63 provinces with P.
func TestSyntheticCollectionRenders(t *testing.T) {
	sets := syntheticSets(t)
	m, err := New(Options{Data: sets[0], Collection: sets, Lang: i18n.VI})
	if err != nil {
		t.Fatal(err)
	}
	for _, size := range [][2]int{{200, 60}, {80, 24}} {
		m.SetSize(size[0], size[1])
		for i := range sets {
			for tab := range TabIDs() {
				m.SetActive(tab)
				viewtest.CheckFrame(t, m.Frame(), size[0], size[1], TabIDs()[tab])
			}
			if m.opts.Data != sets[i] {
				t.Fatalf("province %d not shown", i)
			}
			m.Update(viewtest.Key("P"))
		}
	}
}

// BenchmarkSyntheticView is View() of each tab at 200×60 on a 30-year
// synthetic province, charts cached (README: Performance: ≤ 1 ms).
func BenchmarkSyntheticView(b *testing.B) {
	sets := syntheticSets(b)
	for tab, id := range TabIDs() {
		b.Run(id, func(b *testing.B) {
			m, err := New(Options{Data: sets[0], Lang: i18n.VI})
			if err != nil {
				b.Fatal(err)
			}
			m.SetSize(200, 60)
			m.SetActive(tab)
			v := m.views[tab]
			v.View()
			b.ReportAllocs()
			for b.Loop() {
				_ = v.View()
			}
		})
	}
}

// BenchmarkSyntheticResize is a tab's rebuild after a resize at 200×60 on
// a 30-year synthetic province (README: Performance: ≤ 5 ms).
func BenchmarkSyntheticResize(b *testing.B) {
	sets := syntheticSets(b)
	for tab, id := range TabIDs() {
		b.Run(id, func(b *testing.B) {
			m, err := New(Options{Data: sets[0], Lang: i18n.VI, Tab: id})
			if err != nil {
				b.Fatal(err)
			}
			v := m.views[tab]
			b.ReportAllocs()
			w := 200
			for b.Loop() {
				w = 399 - w // alternate 200 and 199 so every call rebuilds
				v.SetSize(w, 57)
				_ = v.View()
			}
		})
	}
}
