package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/data"
	"github.com/provdash/provdash/internal/content"
	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// TestProvinceKey cycles a two-province collection with P: the tab bar
// names the province shown, the footer says which one of how many, and a
// single dataset ignores the key.
func TestProvinceKey(t *testing.T) {
	a, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	b, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	b.ID, b.Name = "other", dataset.Text{VI: "Tỉnh Thử", EN: "Testland"}
	m, err := New(Options{Data: a, Collection: []*dataset.Dataset{a, b}, Lang: i18n.EN, Tab: "gdp"})
	if err != nil {
		t.Fatal(err)
	}
	m.SetSize(120, 40)
	if !strings.Contains(m.Frame(), "Bắc Giang") {
		t.Fatalf("first province not shown:\n%s", m.Frame())
	}
	shiftP := tea.KeyPressMsg{Code: 'p', ShiftedCode: 'P', Mod: tea.ModShift, Text: "P"}
	m.Update(shiftP)
	f := m.Frame()
	if m.opts.Data != b || !strings.Contains(f, "Testland (2/2)") || m.Active() != "gdp" {
		t.Fatalf("after P: data %q, active %q, frame:\n%s", m.opts.Data.ID, m.Active(), f)
	}
	m.Update(viewtest.Key("P"))
	if m.opts.Data != a || !strings.Contains(m.Frame(), "(1/2)") {
		t.Fatalf("P did not wrap around to the first province:\n%s", m.Frame())
	}
	m.Update(viewtest.Key("?"))
	if !strings.Contains(m.Frame(), "next province") {
		t.Fatalf("help overlay does not list P:\n%s", m.Frame())
	}

	single := newModel(t, i18n.EN, "")
	single.SetSize(120, 40)
	before := single.opts.Data
	single.Update(viewtest.Key("P"))
	if single.opts.Data != before || !strings.Contains(single.Frame(), "this data has one province") {
		t.Fatal("P on a single-dataset dashboard changed it, or said nothing")
	}
}

// TestReloadKeepsCollection: a reloaded province replaces its old copy in
// the collection, so P moves on from it instead of back to stale data.
func TestReloadKeepsCollection(t *testing.T) {
	a, _ := data.Bundled()
	b, _ := data.Bundled()
	b.ID = "other"
	m, err := New(Options{Data: a, Collection: []*dataset.Dataset{a, b}, Lang: i18n.EN})
	if err != nil {
		t.Fatal(err)
	}
	m.SetSize(120, 40)
	a2, _ := data.Bundled()
	m.Update(DataMsg{Data: a2, Notice: "reloaded"})
	if m.opts.Collection[0] != a2 {
		t.Fatal("the reloaded dataset did not replace its old copy in the collection")
	}
	m.Update(tea.KeyPressMsg{Code: 'p', ShiftedCode: 'P', Mod: tea.ModShift, Text: "P"})
	if m.opts.Data != b {
		t.Fatalf("P after a reload showed %q, want the next province", m.opts.Data.ID)
	}
	m.Update(tea.KeyPressMsg{Code: 'p', ShiftedCode: 'P', Mod: tea.ModShift, Text: "P"})
	if m.opts.Data != a2 {
		t.Fatal("P came back to the data from before the reload")
	}
}

// On the bundled collection the dashboard opens on the new Bắc Ninh, and
// P goes through the lineage in order — the new province, then Bắc Giang,
// then the former Bắc Ninh, then round — saying each time which province
// it opened and where it stands in the lineage; the national table is
// never one of them.
func TestProvinceKeyFollowsTheLineage(t *testing.T) {
	m := inCollection(t, "", Options{Lang: i18n.EN}, 160, 40)
	if m.opts.Data.ID != "bac-ninh" {
		t.Fatalf("opens on %s, want bac-ninh", m.opts.Data.ID)
	}
	for _, want := range []struct{ id, notice string }{
		{"bac-giang", "Bắc Giang (2/3) · former province, merged into Bắc Ninh on 1 Jul 2025"},
		{"bac-ninh-cu", "Bắc Ninh (former) (3/3) · former province, merged into Bắc Ninh on 1 Jul 2025"},
		{"bac-ninh", "Bắc Ninh (1/3) · the province today, formed from Bắc Giang and Bắc Ninh (former)"},
	} {
		m.Update(viewtest.Key("P"))
		f := ansi.Strip(m.Frame())
		if m.opts.Data.ID != want.id || !strings.Contains(f, want.notice) {
			t.Fatalf("P went to %s; footer %q; want %s saying %q", m.opts.Data.ID, lastLine(f), want.id, want.notice)
		}
	}
}

// inCollection is the dashboard on the bundled collection, at w×h, opened
// on province id ("": the province as it is today) with the rest of o.
func inCollection(t testing.TB, id string, o Options, w, h int) *Model {
	t.Helper()
	sets, err := data.Collection()
	if err != nil {
		t.Fatal(err)
	}
	o.Collection, o.Data = sets, content.Current(sets)
	if id != "" {
		d, ok := dataset.Find(sets, id)
		if !ok {
			t.Fatalf("no %s in the bundled collection", id)
		}
		o.Data = d
	}
	m, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	m.SetSize(w, h)
	return m
}
