package content

import "testing"

func TestPeriodOrder(t *testing.T) {
	got := []int{periodMonths("2019-H1"), periodMonths("2019-8M"), periodMonths("2019")}
	if !(got[0] < got[1] && got[1] < got[2]) {
		t.Fatalf("H1 < 8M < full year, got %v", got)
	}
}
