package ui

import (
	"runtime"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset/datasettest"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/theme"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// TestDashboardsShareData: the dashboards of an SSH server read one copy
// of the scope, pages and styles (Options.Cache, Options.Themes), so each
// holds little beyond its own state. Forty dashboards on the bundled
// collection, each sized 80×24 and drawn once as a session's is, added
// about 51 KB of live heap each; when every dashboard built its own pages
// they added about 417 KB (the GDP page with the nationwide lists, which
// the overview reads, and every page built once to number the scope's
// sources), which made a served session's memory 1.8× a minimal wish
// app's (internal/perf/README.md), and its own styles 35 KB more.
func TestDashboardsShareData(t *testing.T) {
	if viewtest.RaceEnabled {
		t.Skip("the race detector's shadow memory is in the heap figures")
	}
	sets := datasettest.BundledSets(t)
	const n, most = 40, 100 << 10
	cache, themes := content.NewCache(), theme.NewCache()
	keep := make([]*Model, 0, n)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for i := range n {
		m, err := New(Options{Lang: []i18n.Lang{i18n.VI, i18n.EN}[i%2], Collection: sets, Data: content.Current(sets), Cache: cache, Themes: themes})
		if err != nil {
			t.Fatal(err)
		}
		m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		_ = m.View()
		keep = append(keep, m)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	each := (int64(after.HeapAlloc) - int64(before.HeapAlloc)) / n
	t.Logf("live heap per dashboard: %d KB", each>>10)
	if each > most {
		t.Errorf("each dashboard holds %d KB of heap, more than %d KB: are pages and styles shared through Options.Cache and Options.Themes?", each>>10, most>>10)
	}
	for _, m := range keep[1:] {
		if m.scope() != keep[0].scope() {
			t.Fatal("two dashboards on one cache built two scopes")
		}
		if m.ctx.Styles != keep[0].ctx.Styles {
			t.Fatal("two dashboards on one theme cache built two Styles")
		}
	}
	runtime.KeepAlive(keep)
}
