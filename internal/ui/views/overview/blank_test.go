package overview

import (
	"fmt"
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// TestGrowthFiguresShown: at 120×40 the overview of the merged province
// shows each province's growth figure (the chart's labels, or the table
// that stands in for it), not only the province's own.
func TestGrowthFiguresShown(t *testing.T) {
	cases := []struct {
		lang i18n.Lang
		want []string
	}{
		{i18n.VI, []string{"10,27 %", "13,85 %", "6,03 %"}},
		{i18n.EN, []string{"10.27%", "13.85%", "6.03%"}},
	}
	for _, c := range cases {
		m := viewtest.Open(New(), viewtest.Merged(t, c.lang), 120, 40-viewtest.Chrome)
		out := viewtest.Plain(m.View())
		// Below the growth heading, not only in the formed-from panel.
		head := m.Ctx.Loc.T("overview.growth")
		i := strings.Index(out, head)
		if i < 0 {
			t.Fatalf("%s: no growth panel:\n%s", c.lang, out)
		}
		viewtest.ContainsAll(t, fmt.Sprintf("%s 120×40 growth panel", c.lang), out[i:], c.want)
	}
}
