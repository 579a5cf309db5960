package content

import (
	"slices"
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/dataset/datasettest"
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

// TestAgreementCount: one agreement is "1 agreement", not "1 agreements"
// (the new Bắc Ninh has one); more take the plural.
func TestAgreementCount(t *testing.T) {
	sets := datasettest.BundledSets(t)
	for _, c := range []struct{ id, want string }{
		{"bac-ninh", "1 agreement · "}, {"bac-giang", "7 agreements · "},
	} {
		d, _ := dataset.Find(sets, c.id)
		p := Builtin("agreements").Page(NewScope(sets, d), i18n.New(i18n.EN))
		if len(p.Sections) == 0 || !strings.HasPrefix(p.Sections[0].Intro, c.want) {
			t.Errorf("%s: intro %q, want it to start %q", c.id, p.Sections[0].Intro, c.want)
		}
	}
}

// TestOccupancyAsOfReads: a park's occupancy written out for a quarter
// reads "(as of the second quarter of 2025)" in English, as the zones
// totals' "data as of the …" does; the short cell keeps "Q2/2025".
func TestOccupancyAsOfReads(t *testing.T) {
	sets := datasettest.BundledSets(t)
	d0, _ := dataset.Find(sets, "bac-giang")
	d := *d0
	d.Zones = slices.Clone(d0.Zones)
	i := slices.IndexFunc(d.Zones, func(z dataset.Zone) bool { return z.Occupancy.OK })
	if i < 0 {
		t.Fatal("no park with an occupancy figure")
	}
	d.Zones[i].OccDate = "2025-Q2"
	p := Builtin("zones").Page(NewScope([]*dataset.Dataset{&d}, &d), i18n.New(i18n.EN)).Long()
	s, _ := p.Section("zones.parks")
	c, _ := s.Cell(s.Rows[i], "occupancy")
	if !strings.Contains(c.Text, "(as of the second quarter of 2025)") {
		t.Errorf("occupancy reads %q", c.Text)
	}
}
