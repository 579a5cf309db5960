package zones

import (
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/theme"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// From content.WideCols columns the former Bắc Ninh's totals say their
// quarter in words ("data as of Q2 2025" becomes "…second quarter of
// 2025"); narrower screens keep the short form the glossary explains.
func TestPeriodsWrittenOut(t *testing.T) {
	sets := viewtest.Collection(t)
	var d *dataset.Dataset
	for _, s := range sets {
		if s.ID == "bac-ninh-cu" {
			d = s
		}
	}
	if d == nil {
		t.Fatal("bac-ninh-cu is not in the bundled collection")
	}
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		l := i18n.New(lang)
		short, long := l.Date("2025-Q2"), l.DateLong("2025-Q2")
		if short == long {
			t.Fatalf("%s: Q2 2025 has one form %q", lang, short)
		}
		m := New()
		m.SetContext(viewtest.ContextFor(d, lang, theme.Mono))
		for _, c := range []struct {
			w         int
			want, not string
		}{{100, short, long}, {120, long, short}, {200, long, short}, {100, short, long}} {
			m.SetSize(c.w, 40)
			for _, face := range []string{"chart", "table"} {
				out := viewtest.Plain(m.View())
				if !strings.Contains(out, c.want) || strings.Contains(out, c.not) {
					t.Errorf("%s %s face at %d columns: want %q, not %q:\n%s", lang, face, c.w, c.want, c.not, out)
				}
				viewtest.PressAll(m, "v")
			}
			viewtest.PressAll(m, "v") // back to the chart face
		}
	}
}

// TestAsOfReads: the chart face's "as of" reads as a sentence in English,
// "data as of the second quarter of 2025" (Locale.AsOf), while the table
// face's date column shows the period alone, with no article; Vietnamese
// has none to add. The face once read "data as of second quarter of 2025".
func TestAsOfReads(t *testing.T) {
	sets := viewtest.Collection(t)
	d, _ := dataset.Find(sets, "bac-ninh-cu")
	if d == nil {
		t.Fatal("bac-ninh-cu is not in the bundled collection")
	}
	for _, c := range []struct {
		lang      i18n.Lang
		chart     string
		tableNot  string
		tableWant string
	}{
		{i18n.EN, "data as of the second quarter of 2025", "the second quarter", "second quarter of 2025"},
		{i18n.VI, "số liệu đến quý 2 năm 2025", "đến quý 2", "quý 2 năm 2025"},
	} {
		m := viewtest.Open(New(), viewtest.ContextFor(d, c.lang, theme.Mono), 120, 40)
		if out := viewtest.Plain(m.View()); !strings.Contains(out, c.chart) {
			t.Errorf("%s chart face: no %q:\n%s", c.lang, c.chart, out)
		}
		viewtest.PressAll(m, "v")
		if out := viewtest.Plain(m.View()); !strings.Contains(out, c.tableWant) || strings.Contains(out, c.tableNot) {
			t.Errorf("%s table face: want %q, not %q:\n%s", c.lang, c.tableWant, c.tableNot, out)
		}
	}
}
