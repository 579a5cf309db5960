package gdp

import (
	"fmt"
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// TestShortChartTable: at 60×16, too short for the lines, the chart face
// shows the latest years' growth of each province and the nation, each
// under whose figure it is (the province's name heads its column).
func TestShortChartTable(t *testing.T) {
	cases := []struct {
		lang i18n.Lang
		want []string
	}{
		{i18n.VI, []string{"● Bắc Ninh", "◆ Bắc Giang", "■ Bắc Ninh (cũ)", "◇ Việt Nam", "13,85 %", "6,03 %", "−9,28 %"}},
		{i18n.EN, []string{"● Bắc Ninh", "◆ Bắc Giang", "■ Bắc Ninh (former)", "◇ Vietnam", "13.85%", "6.03%", "−9.28%"}},
	}
	for _, c := range cases {
		m := viewtest.Open(New(), viewtest.Merged(t, c.lang), 60, 16-viewtest.Chrome)
		out := viewtest.Plain(m.View())
		viewtest.ContainsAll(t, fmt.Sprintf("%s 60×16", c.lang), out, c.want)
		// Bắc Giang's 2024 figure sits under its own name.
		head := viewtest.LineWith(out, "◆ Bắc Giang")
		row := viewtest.LineWith(out, "2024 ")
		col := strings.Index(head, "◆")
		if at := strings.Index(row, c.want[4]); row == "" || at < 0 ||
			len([]rune(row[:at])) > len([]rune(head[:col]))+len([]rune("◆ Bắc Giang")) ||
			len([]rune(row[:at]))+len([]rune(c.want[4])) < len([]rune(head[:col])) {
			t.Errorf("%s: Bắc Giang's 2024 growth is not under its name:\n%s\n%s", c.lang, head, row)
		}
	}
}
