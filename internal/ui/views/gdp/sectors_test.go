package gdp

import (
	"regexp"
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// TestSectorsSpelledOut: from content.WideCols (120) columns the sector
// bars name the sectors in full ("Agriculture, forestry, fishery", "Nông,
// lâm, thủy sản"), whole, with no short form (AFF, Ind.&con., NLTS, CN–XD,
// Thuế SP) anywhere on the chart face; narrower, the short forms stay with
// the legend that spells them out. a34ab89 drew AFF and Ind.&con. at 200
// columns, and at 120 columns the short forms stayed until 160.
func TestSectorsSpelledOut(t *testing.T) {
	short := regexp.MustCompile(`AFF|Ind\.&con\.|NLTS|CN–XD|Thuế SP`)
	legend := map[i18n.Lang]string{i18n.EN: "agriculture, forestry, fishery", i18n.VI: "nông, lâm, thủy sản"}
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		for _, size := range [][2]int{{110, 40}, {120, 40}, {120, 60}, {140, 40}, {160, 50}, {200, 60}} {
			m := viewtest.Open(New(), viewtest.Context(t, lang), size[0], size[1])
			out := viewtest.Plain(m.View())
			viewtest.CheckSize(t, out, size[0], size[1])
			if size[0] < content.WideCols {
				if s := short.FindString(out); s != "" && !strings.Contains(out, legend[lang]) {
					t.Errorf("%s %v: %q with no legend spelling it out:\n%s", lang, size, s, out)
				}
				continue
			}
			if s := short.FindString(out); s != "" {
				t.Errorf("%s %v: %q, a short sector name, on a screen of %d columns:\n%s", lang, size, s, content.WideCols, out)
			}
			for _, f := range []string{"aff", "ic", "services", "taxes"} {
				// A name is on one line or wrapped under its bar, never
				// cut: every word of it is on the screen.
				name := i18n.New(lang).Pick(dataset.SectorNames[f])
				for _, word := range strings.Fields(name) {
					if !strings.Contains(out, word) {
						t.Errorf("%s %v: the sector %q is not named whole (no %q):\n%s", lang, size, name, word, out)
					}
				}
			}
		}
	}
}
