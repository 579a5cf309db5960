package overview

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/provdash/provdash/data"
	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/theme"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// TestPeriodsWrittenOut: from 120 columns the cards and the table of
// headlines write their periods out (the former Bắc Ninh's first-half
// growth: "first half of 2025", "6 tháng đầu năm 2025"; parks "second
// quarter of 2025", "quý 2 năm 2025"); narrower cards keep "H1 2025",
// "6T/2025", which the glossary explains.
func TestPeriodsWrittenOut(t *testing.T) {
	sets, err := data.Collection()
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(sets, func(d *dataset.Dataset) bool { return d.ID == "bac-ninh-cu" })
	if i < 0 {
		t.Fatal("no bac-ninh-cu in the collection")
	}
	d := sets[i]
	short := regexp.MustCompile(`\bH[12] \d{4}\b|\b\d+T(?: cuối)?/\d{4}\b|\bQ[1-4][ /]\d{4}\b`)
	long := map[i18n.Lang][]string{
		i18n.EN: {"first half of 2025", "second quarter of 2025"},
		i18n.VI: {"6 tháng đầu năm 2025", "quý 2 năm 2025"},
	}
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		for _, size := range [][2]int{{100, 40}, {120, 40}, {200, 60}} {
			ctx := viewtest.ContextFor(d, lang, theme.Mono)
			ctx.Scope = content.NewScope(sets, d)
			m := viewtest.Open(New(), ctx, size[0], size[1])
			for _, face := range []string{"cards", "table"} {
				out := viewtest.Plain(m.View())
				viewtest.CheckSize(t, out, size[0], size[1])
				if size[0] < 120 {
					if face == "cards" && !short.MatchString(out) {
						t.Errorf("%s %v %s: no short period at this width:\n%s", lang, size, face, out)
					}
				} else {
					if s := short.FindString(out); s != "" {
						t.Errorf("%s %v %s: %q is not written out:\n%s", lang, size, face, s, out)
					}
					for _, w := range long[lang] {
						if !strings.Contains(out, w) {
							t.Errorf("%s %v %s: no %q:\n%s", lang, size, face, w, out)
						}
					}
				}
				viewtest.PressAll(m, "v")
			}
		}
	}
}
