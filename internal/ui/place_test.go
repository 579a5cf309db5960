package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

// TestHeldTimer: a dashboard put in a presentation by GoTo with its timer
// held (a follower's) shows the countdown it was given and runs no timer
// of its own; released and presenting by its own p, it does.
func TestHeldTimer(t *testing.T) {
	m := newModel(t, i18n.EN, "")
	m.SetSize(80, 24)
	m.HoldTimer(true)
	st := State{Tab: "gdp", Face: "chart", Year: 2024, Present: true, Interval: 20 * time.Second, Left: 7 * time.Second}
	m.GoTo(st)
	if on, _ := m.Presenting(); !on || !strings.Contains(lastLine(ansi.Strip(m.Frame())), "2/6 · 7s") {
		t.Fatalf("held footer %q", lastLine(ansi.Strip(m.Frame())))
	}
	if cmd := tick(m); cmd != nil {
		t.Fatal("a held dashboard ran a timer of its own")
	}
	m.StopPresenting()
	if on, _ := m.Presenting(); on {
		t.Fatal("StopPresenting kept presenting")
	}
	m.HoldTimer(false)
	m.Update(viewtest.Key("p"))
	if cmd := tick(m); cmd == nil {
		t.Fatal("released and presenting, the timer did not run")
	}
}

// TestViewChangesNothing: drawing a frame leaves the model as it was,
// even with a tab made active unbuilt (Glance): tabs are built in Update,
// never by View. The next message builds it.
func TestViewChangesNothing(t *testing.T) {
	m := newModel(t, i18n.EN, "")
	m.SetSize(120, 40)
	if _, ok := m.Opens(viewtest.Key("4")); !ok {
		t.Fatal("4 does not open an unbuilt tab")
	}
	m.Glance(viewtest.Key("4"))
	if m.Active() != "zones" || m.Built("zones") {
		t.Fatalf("Glance: active %s, built %v", m.Active(), m.Built("zones"))
	}
	before := m.State()
	synced := append([]viewSync(nil), m.synced...)
	_ = m.View()
	if !m.State().Equal(before) {
		t.Fatalf("View moved the dashboard: %+v, was %+v", m.State(), before)
	}
	for i := range synced {
		if synced[i] != m.synced[i] {
			t.Fatalf("View built tab %d", i)
		}
	}
	m.Update(viewtest.Key("j"))
	if !m.Built("zones") {
		t.Fatal("a key inside the glanced tab did not build it")
	}
}
