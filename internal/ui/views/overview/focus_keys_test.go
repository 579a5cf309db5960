package overview_test

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/data"
	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui"
	"github.com/provdash/provdash/internal/ui/theme"
)

// TestGrowthCardKeys: in the dashboard on Bắc Giang, the growth card
// opens on 2024 ("1st of 63") and [ and ] take it through the years.
func TestGrowthCardKeys(t *testing.T) {
	sets, err := data.Collection()
	if err != nil {
		t.Fatal(err)
	}
	m, err := ui.New(ui.Options{Data: content.Current(sets), Collection: sets, Province: "bac-giang",
		Lang: i18n.EN, Tab: "overview", Theme: theme.Mono})
	if err != nil {
		t.Fatal(err)
	}
	m.SetSize(120, 40)
	press := func(k string) { m.Update(tea.KeyPressMsg{Code: rune(k[0]), Text: k}) }
	for i, s := range []struct{ key, title, value, rank string }{
		{"", "GRDP growth 2024", "13.85% ~", "1st of 63"},
		{"[", "GRDP growth 2023", "13.45% ~", "1st of 63"},
		{"[", "GRDP growth 2022", "19.3%", "2nd of 63"},
		{"[", "GRDP growth 2021", "7.82%", "10th of 63"},
		{"]", "GRDP growth 2022", "19.3%", "2nd of 63"},
	} {
		if s.key != "" {
			press(s.key)
		}
		out := ansi.Strip(m.Frame())
		lines := strings.Split(out, "\n")
		at := -1
		for j, l := range lines {
			if strings.Contains(l, "│ "+s.title) {
				at = j
				break
			}
		}
		if at < 0 || at+2 >= len(lines) || !strings.Contains(lines[at+1], "│ "+s.value) || !strings.Contains(lines[at+2], "│ "+s.rank) {
			t.Errorf("step %d (%q, year %d): no card %q / %q / %q:\n%s", i, s.key, m.Year(), s.title, s.value, s.rank, out)
		}
	}
}
