package content

import (
	"strconv"
	"testing"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/dataset/datasettest"
	"github.com/provdash/provdash/internal/i18n"
)

func TestPeriodOrder(t *testing.T) {
	got := []int{periodMonths("2019-H1"), periodMonths("2019-8M"), periodMonths("2019")}
	if !(got[0] < got[1] && got[1] < got[2]) {
		t.Fatalf("H1 < 8M < full year, got %v", got)
	}
}

// TestYearRow: the row of a year in a series, and none for a year the
// series lacks.
func TestYearRow(t *testing.T) {
	s := Section{Rows: []Row{{Key: "2023", Year: 2023}, {Key: "2024", Year: 2024}}}
	if r, ok := s.YearRow(2024); !ok || r.Key != "2024" {
		t.Errorf("YearRow(2024) = %+v, %v", r, ok)
	}
	if _, ok := s.YearRow(2019); ok {
		t.Error("YearRow(2019) found a row the section does not have")
	}
}

// The nationwide lists mark the province shown: a former province on its
// own screen in its own years, and the merged province's predecessors
// before it was formed.
func TestNationwideMarksTheProvinceShown(t *testing.T) {
	sets := datasettest.BundledSets(t)
	l := i18n.New(i18n.EN)
	marked := func(id string, year int) []string {
		d, _ := dataset.Find(sets, id)
		p := Builtin("gdp").Page(NewScope(sets, d), l)
		s, ok := p.Section(NationalPrefix + "grdp_growth." + strconv.Itoa(year))
		if !ok {
			t.Fatalf("%s: no nationwide section for %d", id, year)
		}
		var out []string
		for _, r := range s.Rows {
			if IsShown(r) {
				out = append(out, r.Key)
			}
		}
		return out
	}
	for _, c := range []struct {
		id   string
		year int
		want string
	}{
		{"bac-giang", 2024, "Bắc Giang"},
		{"bac-giang", 2023, "Bắc Giang"},
		{"bac-ninh-cu", 2023, "Bắc Ninh (former)"},
		{"bac-ninh", 2025, "Bắc Ninh"},
	} {
		if got := marked(c.id, c.year); len(got) != 1 || got[0] != c.want {
			t.Errorf("%s %d: marked %v, want [%s]", c.id, c.year, got, c.want)
		}
	}
	if got := marked("bac-ninh", 2024); len(got) != 2 {
		t.Errorf("bac-ninh 2024: marked %v, want both predecessors", got)
	}
}
