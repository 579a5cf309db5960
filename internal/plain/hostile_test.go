package plain_test

import (
	"testing"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset/datasettest"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/plain"
)

// Finding 7: plain text of a dataset that skipped Load's checks (built in
// Go) carries no escape, control or bidi character from it: no OSC 52, OSC
// 8, DCS, C1 CSI, ESC c or ESC [ ? 1049 l, and no ESC at all.
func TestHostileDataIsCleaned(t *testing.T) {
	d := datasettest.Hostile(datasettest.Bundled(t))
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		for _, tab := range []string{"overview", "gdp", "fdi", "zones", "agreements"} { // the --tab ids
			for _, width := range []int{0, 80} {
				out, err := plain.Tab(content.Single(d), i18n.New(lang), tab, width)
				if err != nil {
					t.Fatal(err)
				}
				if bad := datasettest.Unsafe(out, false); bad != "" {
					t.Errorf("%s %s width %d: %s", lang, tab, width, bad)
				}
			}
		}
	}
}
