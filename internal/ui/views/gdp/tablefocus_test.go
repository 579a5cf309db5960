package gdp

import (
	"strconv"
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// TestTableMarksFocusYear: on the table face the focus year's rows of
// every table by year (growth, sectors, structure, size) are marked ◆
// and drawn bold, as the FDI tab's list marks them; the other years are
// not, and the mark is said above the tables. The GDP table face marked
// nothing.
func TestTableMarksFocusYear(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		for _, year := range []int{2019, 2024} {
			ctx := viewtest.AtYear(viewtest.Context(t, lang), year)
			m := viewtest.Open(New(), ctx, 120, 80)
			viewtest.PressAll(m, "v", "j") // the table face, the selection off the first row
			out := m.View()
			viewtest.CheckSize(t, out, 120, 80)
			y := " " + strconv.Itoa(year) + " "
			marked, key := 0, false
			for _, l := range strings.Split(out, "\n") {
				p := viewtest.Plain(l)
				switch {
				case strings.HasPrefix(p, "  ◆"+y):
					marked++
					if !strings.Contains(l, "\x1b[1") {
						t.Errorf("%s %d: the focus row %q is not bold", lang, year, p)
					}
				case strings.HasPrefix(p, "◆ ") && strings.HasSuffix(strings.TrimSpace(p), y[1:len(y)-1]):
					key = true
				case strings.Contains(p, "  ◆ "):
					t.Errorf("%s %d: %q is marked", lang, year, p)
				}
			}
			if !key {
				t.Errorf("%s %d: no line says what ◆ marks:\n%s", lang, year, viewtest.Plain(out))
			}
			// Bắc Giang has growth, sectors, structure and size in 2019,
			// and growth, sectors and size in 2024.
			want := map[int]int{2019: 4, 2024: 3}[year]
			if marked != want {
				t.Errorf("%s %d: %d rows marked ◆, want %d:\n%s", lang, year, marked, want, viewtest.Plain(out))
			}
		}
	}
}
