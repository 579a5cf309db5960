package content

import (
	"testing"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
)

// TestEveryValueNamed: every value a dataset may hold in a column of
// fixed values (an FDI definition, a zone stage, a target's setter and
// indicator) has a name in both languages, so a screen in Vietnamese
// never shows the English id ("5.110 triệu USD (registered)").
func TestEveryValueNamed(t *testing.T) {
	lists := map[string][]string{
		"fdi.def.":       dataset.FDIDefinitions,
		"fdi.def.short.": dataset.FDIDefinitions,
		"zones.stage.":   dataset.ZoneStages,
		"targets.by.":    dataset.TargetSetters,
	}
	for id := range dataset.TargetIndicators {
		lists["targets.ind."] = append(lists["targets.ind."], id)
	}
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		l := i18n.New(lang)
		for prefix, ids := range lists {
			for _, id := range ids {
				if s, ok := l.Lookup(prefix + id); !ok || s == "" || (lang == i18n.VI && s == id) {
					t.Errorf("%s: %s%s has no name (got %q)", lang, prefix, id, s)
				}
			}
		}
	}
}
