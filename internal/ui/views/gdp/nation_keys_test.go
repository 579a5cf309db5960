package gdp_test

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

// TestNationwideFollowsYear: in the dashboard as it opens on the bundled
// collection, [ and ] move the nationwide lists with the focus year: the
// heading names the year, the province marked changes with it (the new
// Bắc Ninh in 2025, its predecessors before), and a year the national
// table lacks shows no list.
func TestNationwideFollowsYear(t *testing.T) {
	sets, err := data.Collection()
	if err != nil {
		t.Fatal(err)
	}
	m, err := ui.New(ui.Options{Data: content.Current(sets), Collection: sets, Lang: i18n.EN, Tab: "gdp", Theme: theme.Mono})
	if err != nil {
		t.Fatal(err)
	}
	m.SetSize(200, 60)
	frame := func() string { return ansi.Strip(m.Frame()) }
	press := func(k string) { m.Update(tea.KeyPressMsg{Code: rune(k[0]), Text: k}) }
	steps := []struct {
		key, has string
		not      []string
	}{
		{"", "Nationwide: GRDP growth by province, 2025", []string{"Bắc Giang ◀"}},
		{"[", "Nationwide: GRDP growth by province, 2024", []string{"5 Bắc Ninh ◀", ", 2025"}},
		{"[", "Nationwide: GRDP growth by province, 2023", []string{", 2024"}},
		{"[", "", []string{"Nationwide"}},
		{"]", "Nationwide: GRDP growth by province, 2023", nil},
		{"]", "Nationwide: GRDP growth by province, 2024", nil},
		{"]", "5 Bắc Ninh ◀", []string{"Bắc Giang ◀"}},
	}
	for i, s := range steps {
		if s.key != "" {
			press(s.key)
		}
		out := frame()
		if !strings.Contains(out, s.has) {
			t.Errorf("step %d (%q, year %d): %q missing:\n%s", i, s.key, m.Year(), s.has, out)
		}
		for _, n := range s.not {
			if strings.Contains(out, n) {
				t.Errorf("step %d (%q, year %d): %q shown:\n%s", i, s.key, m.Year(), n, out)
			}
		}
	}
}
