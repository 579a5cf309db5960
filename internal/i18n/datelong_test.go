package i18n

import "testing"

// TestDateLong: periods written out, in both languages; days, years and
// anything else as Date writes them.
func TestDateLong(t *testing.T) {
	cases := []struct{ iso, vi, en string }{
		{"2018-7M", "7 tháng đầu năm 2018", "Jan–Jul 2018"},
		{"2017-6M", "6 tháng đầu năm 2017", "Jan–Jun 2017"},
		{"2025-H1", "6 tháng đầu năm 2025", "first half of 2025"},
		{"2025-H2", "6 tháng cuối năm 2025", "second half of 2025"},
		{"2025-Q2", "quý 2 năm 2025", "second quarter of 2025"},
		{"2024-03", "tháng 3 năm 2024", "March 2024"},
		{"2024-1M", "1 tháng đầu năm 2024", "Jan 2024"},
		{"2023-12-05", "05/12/2023", "5 Dec 2023"},
		{"2024", "2024", "2024"},
		{"", "—", "—"},
	}
	// Not a period DateLong writes out: as Date writes it.
	for _, iso := range []string{"2024-13", "2024-Q5", "2024-13M", "2024-xM", "kế hoạch", "2024-H3"} {
		cases = append(cases, struct{ iso, vi, en string }{iso, New(VI).Date(iso), New(EN).Date(iso)})
	}
	vi, en := New(VI), New(EN)
	for _, c := range cases {
		if got := vi.DateLong(c.iso); got != c.vi {
			t.Errorf("vi DateLong(%q) = %q, want %q", c.iso, got, c.vi)
		}
		if got := en.DateLong(c.iso); got != c.en {
			t.Errorf("en DateLong(%q) = %q, want %q", c.iso, got, c.en)
		}
	}
}

// TestAsOf: "as of" reads as a sentence: in English a half or a quarter
// written out takes "the"; short forms, months, days and Vietnamese do
// not change.
func TestAsOf(t *testing.T) {
	vi, en := New(VI), New(EN)
	for _, c := range []struct {
		l          *Locale
		iso, wantS string
		long       bool
	}{
		{en, "2025-Q2", "data as of the second quarter of 2025", true},
		{en, "2025-H1", "data as of the first half of 2025", true},
		{en, "2017-H2", "data as of the second half of 2017", true},
		{en, "2025-Q2", "data as of Q2 2025", false},
		{en, "2018-7M", "data as of Jan–Jul 2018", true},
		{en, "2022-04", "data as of April 2022", true},
		{en, "2025-07-01", "data as of 1 Jul 2025", true},
		{en, "2023", "data as of 2023", true},
		{vi, "2025-Q2", "số liệu đến quý 2 năm 2025", true},
		{vi, "2025-H1", "số liệu đến 6 tháng đầu năm 2025", true},
	} {
		date := c.l.Date(c.iso)
		if c.long {
			date = c.l.DateLong(c.iso)
		}
		if got := c.l.AsOf(date); got != c.wantS {
			t.Errorf("%s AsOf(%q) = %q, want %q", c.l.Lang, date, got, c.wantS)
		}
	}
}
