package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/common"
)

// [ and ] move the focus year shared by every tab; the GDP readout follows
// it, a chart click (FocusMsg) sets it, and a year the data lacks is
// ignored.
func TestFocusYear(t *testing.T) {
	m := newModel(t, i18n.VI, "gdp")
	m.SetSize(120, 40)
	if m.Year() != 2024 {
		t.Fatalf("opens on %d, want 2024 (the latest growth figure)", m.Year())
	}
	m.Update(press("["))
	if m.Year() != 2023 || !strings.Contains(ansi.Strip(m.Frame()), "2023  Bắc Giang 13,45 %") {
		t.Fatalf("[ → %d:\n%s", m.Year(), ansi.Strip(m.Frame()))
	}
	m.Update(press("]"))
	m.Update(press("]"))
	if m.Year() != 2025 {
		t.Errorf("] twice from 2023 → %d, want 2025 (the plan year)", m.Year())
	}
	m.Update(common.FocusMsg{Year: 2019})
	if out := ansi.Strip(m.Frame()); m.Year() != 2019 || !strings.Contains(out, "2019  Bắc Giang 16,10 % ~ [7] · Việt Nam 7,36 % [20]") {
		t.Errorf("FocusMsg 2019 → %d:\n%s", m.Year(), out)
	}
	m.Update(common.FocusMsg{Year: 1800})
	if m.Year() != 2019 {
		t.Errorf("a year without data moved the focus to %d", m.Year())
	}
	m.SetActive(0)
	if m.ctx.Year != 2019 {
		t.Errorf("the overview does not share the focus year: %d", m.ctx.Year)
	}
}
