package gdp

import (
	"fmt"
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// chrome is the lines the dashboard keeps around a tab's body (the tab
// bar, its rule and the footer): a W×H terminal gives the tab W×(H−chrome).
const chrome = 3

// blankRun is the longest run of consecutive blank lines in out (spaces
// only once the styles are stripped), and the line it starts at.
func blankRun(out string) (n, at int) {
	run := 0
	for i, l := range strings.Split(viewtest.Plain(out), "\n") {
		if strings.TrimSpace(l) != "" {
			run = 0
			continue
		}
		if run++; run > n {
			n, at = run, i-run+1
		}
	}
	return n, at
}

// TestNoBlankBox: at every terminal size from 60×16 to 200×60 the merged
// province's chart face leaves no box of blank rows where the chart gave
// way to its readout: at most 2 blank lines in a row (the spacers between
// blocks are one line each), and nothing wider or taller than the tab.
func TestNoBlankBox(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		m := New()
		m.SetContext(merged(t, lang))
		for w := 60; w <= 200; w += 4 {
			for h := 16; h <= 60; h++ {
				m.SetSize(w, h-chrome)
				out := m.View()
				viewtest.CheckSize(t, out, w, h-chrome)
				if n, at := blankRun(out); n > 2 {
					t.Errorf("%s %d×%d: %d blank lines from line %d:\n%s", lang, w, h, n, at, viewtest.Plain(out))
				}
			}
		}
	}
}

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
		m := New()
		m.SetContext(merged(t, c.lang))
		m.SetSize(60, 16-chrome)
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
