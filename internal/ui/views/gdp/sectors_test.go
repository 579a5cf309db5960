package gdp

import (
	"regexp"
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// TestSectorsSpelledOut: on wide screens the sector bars name the sectors
// in full ("Agriculture, forestry, fishery", "Nông, lâm, thủy sản"), with
// no short form (AFF, Ind.&con., NLTS, CN–XD, Thuế SP) anywhere on the
// chart face; at 120 columns, where a name in full would be cut under its
// bar, the short forms stay with the legend that spells them out. a34ab89
// drew AFF and Ind.&con. at 200 columns too.
func TestSectorsSpelledOut(t *testing.T) {
	short := regexp.MustCompile(`AFF|Ind\.&con\.|NLTS|CN–XD|Thuế SP`)
	full := map[i18n.Lang][]string{
		i18n.EN: {"Agriculture", "construction", "Product"},
		i18n.VI: {"Nông", "Công nghiệp", "Thuế sản"},
	}
	legend := map[i18n.Lang]string{i18n.EN: "agriculture, forestry, fishery", i18n.VI: "nông, lâm, thủy sản"}
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		for _, size := range [][2]int{{120, 40}, {120, 60}, {160, 50}, {200, 60}} {
			m := New()
			m.SetContext(viewtest.Context(t, lang))
			m.SetSize(size[0], size[1])
			out := viewtest.Plain(m.View())
			viewtest.CheckSize(t, out, size[0], size[1])
			if s := short.FindString(out); s != "" {
				if size[0] > 120 {
					t.Errorf("%s %v: %q, a short sector name, on a wide screen:\n%s", lang, size, s, out)
				} else if !strings.Contains(out, legend[lang]) {
					t.Errorf("%s %v: %q with no legend spelling it out:\n%s", lang, size, s, out)
				}
				continue
			}
			for _, f := range full[lang] {
				if !strings.Contains(out, f) {
					t.Errorf("%s %v: the sector %q is not named:\n%s", lang, size, f, out)
				}
			}
		}
	}
}
