package report

import (
	"testing"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset/datasettest"
	"github.com/provdash/provdash/internal/i18n"
)

// Finding 7: the Markdown report of a dataset that skipped Load's checks
// carries no escape, control or bidi character from it (no ESC at all).
func TestHostileDataIsCleaned(t *testing.T) {
	d := datasettest.Hostile(datasettest.Bundled(t))
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		out := Markdown(content.Single(d), i18n.New(lang))
		if bad := datasettest.Unsafe(out, false); bad != "" {
			t.Errorf("%s: %s", lang, bad)
		}
	}
}
