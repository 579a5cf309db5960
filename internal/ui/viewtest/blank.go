package viewtest

import (
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/common"
)

// Chrome is the lines the dashboard keeps around a tab's body (the tab bar,
// its rule and the footer): a W×H terminal gives the tab W×(H−Chrome).
const Chrome = 3

// blankRun is the longest run of consecutive blank lines in out (spaces
// only once the styles are stripped), and the line it starts at.
func blankRun(out string) (n, at int) {
	run := 0
	for i, l := range strings.Split(Plain(out), "\n") {
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

// NoBlankBox checks, at every terminal size from 60×16 to 200×60 in both
// languages, that the tab newView makes, on the merged province, leaves no
// box of blank rows where a chart or panel gave way: at most 2 blank lines
// in a row (the spacers between blocks are one line each), and nothing
// wider or taller than the tab.
func NoBlankBox(t *testing.T, newView func() common.View) {
	t.Helper()
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		m := newView()
		m.SetContext(Merged(t, lang))
		for w := 60; w <= 200; w += 4 {
			for h := 16; h <= 60; h++ {
				m.SetSize(w, h-Chrome)
				out := m.View()
				CheckSize(t, out, w, h-Chrome)
				if n, at := blankRun(out); n > 2 {
					t.Errorf("%s %d×%d: %d blank lines from line %d:\n%s", lang, w, h, n, at, Plain(out))
				}
			}
		}
	}
}
