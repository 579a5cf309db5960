package ui

import (
	"strings"
	"testing"

	"github.com/provdash/provdash/internal/ui/viewtest"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/i18n"
)

func typeText(m *Model, s string) {
	for _, r := range s {
		m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

// `/` `han` `enter` lands on the FDI tab with Hàn Quốc selected, in both
// languages and at the smallest size; n moves on, esc cancels, and q while
// typing is a letter, not quit.
func TestSearchJumps(t *testing.T) {
	for _, c := range []struct {
		lang i18n.Lang
		name string
	}{{i18n.VI, "Hàn Quốc"}, {i18n.EN, "South Korea"}} {
		for _, sz := range [][2]int{{60, 16}, {80, 24}, {120, 40}} {
			m := newModel(t, c.lang, "")
			m.SetSize(sz[0], sz[1])
			m.Update(viewtest.Key("/"))
			typeText(m, "han quoc")
			if out := ansi.Strip(m.Frame()); !strings.Contains(out, c.name) {
				t.Fatalf("%s %v: matches are not listed as you type:\n%s", c.lang, sz, out)
			}
			_, cmd := m.Update(viewtest.Key("enter"))
			if cmd != nil {
				if _, quit := cmd().(tea.QuitMsg); quit {
					t.Fatal("enter quit")
				}
			}
			if m.Active() != "fdi" {
				t.Fatalf("%s %v: enter went to %q, want fdi", c.lang, sz, m.Active())
			}
			out := ansi.Strip(m.Frame())
			if !strings.Contains(out, "› "+c.name) {
				t.Errorf("%s %v: %s not selected:\n%s", c.lang, sz, c.name, out)
			}
			viewtest.CheckFrame(t, m.Frame(), sz[0], sz[1], "search")
			before := m.Active()
			m.Update(viewtest.Key("n"))
			if m.hitAt != 1 {
				t.Errorf("n did not move to the next match (at %d, was on %s)", m.hitAt, before)
			}
			m.Update(viewtest.Key("N"))
			if m.hitAt != 0 {
				t.Errorf("N did not move back (at %d)", m.hitAt)
			}
		}
	}
	m := newModel(t, i18n.VI, "gdp")
	m.SetSize(80, 24)
	m.Update(viewtest.Key("/"))
	_, cmd := m.Update(viewtest.Key("q"))
	if cmd != nil {
		if _, quit := cmd().(tea.QuitMsg); quit {
			t.Fatal("q in the search field quit the dashboard")
		}
	}
	m.Update(viewtest.Key("esc"))
	if m.search.IsOpen() || m.Active() != "gdp" {
		t.Fatalf("esc: open %v, tab %s", m.search.IsOpen(), m.Active())
	}
}

// On the merged province, `/` finds a park of either predecessor, and
// enter lands on that predecessor's row of the zones tab, under its name.
func TestSearchFindsPredecessorRows(t *testing.T) {
	for _, c := range []struct{ query, park, pred string }{
		{"quang chau", "Quang Châu", "Bắc Giang"},
		{"vsip", "VSIP Bắc Ninh", "Bắc Ninh (former)"},
	} {
		m := inCollection(t, "", Options{Lang: i18n.EN}, 120, 40)
		m.Update(viewtest.Key("/"))
		typeText(m, c.query)
		m.Update(viewtest.Key("enter"))
		if m.Active() != "zones" || len(m.hits) == 0 || !strings.Contains(m.hits[m.hitAt].Section, "@") {
			t.Fatalf("%q: on %q, hits %+v", c.query, m.Active(), m.hits)
		}
		out := ansi.Strip(m.Frame())
		if !strings.Contains(out, "› "+c.park) || !strings.Contains(out, c.pred) {
			t.Errorf("%q: %s of %s not selected:\n%s", c.query, c.park, c.pred, out)
		}
	}
}

// The Targets tab is searched like the others: a target by its indicator
// or by who set it, and the nationwide lists by province.
func TestSearchFindsTargetsAndProvinces(t *testing.T) {
	m := inCollection(t, "", Options{Lang: i18n.EN}, 120, 40)
	tabOf := func(q string) string {
		hits := m.index().Find(q, 0)
		if len(hits) == 0 {
			return ""
		}
		return m.tabs[hits[0].Tab].ID
	}
	if got := tabOf("people's council"); got != "targets" {
		t.Errorf("people's council: first hit on %q, want targets", got)
	}
	if got := tabOf("quang ninh"); got != "gdp" {
		t.Errorf("quang ninh: first hit on %q, want the nationwide list on gdp", got)
	}
}
