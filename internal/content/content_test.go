package content

import "testing"

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
