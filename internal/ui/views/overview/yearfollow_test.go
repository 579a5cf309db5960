package overview

import (
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// TestFiguresFollowFocusYear: with the focus on 2019 (`[` five times
// from 2024) every figure of a year on the overview is 2019's: the PCI
// panel, the PCI card, the growth card and the growth panel's readout
// beside the sparkline (which stayed on "2024 13.85% · 1st of 63"), and
// the sparkline's axis names the year under its bar. The headlines of
// other years say their year in their titles and stay as published.
func TestFiguresFollowFocusYear(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.EN, i18n.VI} {
		for _, size := range [][2]int{{80, 24}, {100, 30}, {120, 40}, {200, 60}} {
			ctx := viewtest.AtYear(viewtest.Context(t, lang), 2019)
			m := viewtest.Open(New(), ctx, size[0], size[1])
			out := viewtest.Plain(m.View())
			viewtest.CheckSize(t, out, size[0], size[1])
			l := ctx.Loc
			g13, g16, p64, p71 := "13.85%", "16.10%", "64.47", "71.24"
			if lang == i18n.VI {
				g13, g16, p64, p71 = "13,85 %", "16,10 %", "64,47", "71,24"
			}
			// A line chart may label its latest point; a readout says
			// its year, a card's figure follows its border.
			if strings.Contains(out, "2024 "+g13) || strings.Contains(out, g13+" ~ · ") {
				t.Errorf("%s %v: 2024's growth %s is read out on a 2019 screen:\n%s", lang, size, g13, out)
			}
			if !strings.Contains(out, "2019 "+g16) {
				t.Errorf("%s %v: no readout \"2019 %s\":\n%s", lang, size, g16, out)
			}
			if strings.Contains(out, "2024 "+p71) || strings.Contains(out, "│ "+p71) {
				t.Errorf("%s %v: 2024's PCI %s is on a 2019 screen:\n%s", lang, size, p71, out)
			}
			if !strings.Contains(out, p64) {
				t.Errorf("%s %v: 2019's PCI %s is not on the screen:\n%s", lang, size, p64, out)
			}
			if size == [2]int{80, 24} && !strings.Contains(out, "┊2019") {
				t.Errorf("%s %v: the sparkline's axis does not name 2019:\n%s", lang, size, out)
			}
			if size[0] >= 100 && !strings.Contains(out, l.Tf("overview.card.growth", 2019)) {
				t.Errorf("%s %v: no growth card for 2019:\n%s", lang, size, out)
			}
		}
	}
}
