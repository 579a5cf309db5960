package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/common"
	"github.com/provdash/provdash/internal/ui/viewtest"
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
	m.Update(viewtest.Key("["))
	if m.Year() != 2023 || !strings.Contains(ansi.Strip(m.Frame()), "2023  Bắc Giang 13,45 %") {
		t.Fatalf("[ → %d:\n%s", m.Year(), ansi.Strip(m.Frame()))
	}
	m.Update(viewtest.Key("]"))
	m.Update(viewtest.Key("]"))
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

// At 60×16 the help shows every key (a room's f included): what does not
// fit scrolls into view.
func TestHelpShowsEveryKeyAt60x16(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		m := newModel(t, lang, "")
		m.SetSize(60, 16)
		// A follower in a room (its badge says f works): f is one of its keys.
		m.Update(BadgeMsg{Forms: []string{"○ r"}, Follow: true})
		m.Update(viewtest.Key("?"))
		seen := ""
		for range 40 {
			frame := ansi.Strip(m.Frame())
			viewtest.CheckFrame(t, m.Frame(), 60, 16, "help")
			seen += frame
			m.Update(viewtest.Key("down"))
			if !m.showHelp {
				t.Fatal("↓ closed the help instead of scrolling it")
			}
		}
		for _, b := range m.ctx.Keys.All() {
			if b.Help().Key == m.ctx.Keys.Province.Help().Key {
				continue // only with a collection
			}
			if !strings.Contains(seen, b.Help().Key+" ") && !strings.Contains(seen, b.Help().Key) {
				t.Errorf("%s: key %q (%s) never shown in the help at 60×16", lang, b.Help().Key, b.Help().Desc)
			}
		}
		if !strings.HasPrefix(strings.TrimSpace(ansi.Strip(strings.Split(m.Frame(), "\n")[15])), "? ") {
			t.Errorf("%s: the footer does not start with ? help: %q", lang, strings.Split(ansi.Strip(m.Frame()), "\n")[15])
		}
	}
}
