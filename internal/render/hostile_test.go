package render_test

import (
	"testing"

	"github.com/charmbracelet/colorprofile"

	"github.com/provdash/provdash/internal/dataset/datasettest"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/render"
	"github.com/provdash/provdash/internal/ui"
)

// Finding 7: a frame of a dataset that skipped Load's checks, in every
// colour profile, carries no escape sequence from it: only the frame's own
// SGR styling, and none at all without colour.
func TestHostileDataIsCleaned(t *testing.T) {
	d := datasettest.Bundled(t)
	h := datasettest.Hostile(d)
	for _, p := range []colorprofile.Profile{colorprofile.TrueColor, colorprofile.ANSI256, colorprofile.NoTTY} {
		for _, tab := range ui.TabIDs() {
			for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
				out, err := render.Frame(render.Options{UI: ui.Options{Data: h, Lang: lang, Tab: tab}, Width: 160, Height: 50, Profile: p})
				if err != nil {
					t.Fatal(err)
				}
				if bad := datasettest.Unsafe(out, p != colorprofile.NoTTY); bad != "" {
					t.Errorf("%s %s profile %v: %s", tab, lang, p, bad)
				}
			}
		}
	}
}
