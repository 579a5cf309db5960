package server

import (
	"encoding/json"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/provdash/provdash/data"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/server/room"
	"github.com/provdash/provdash/internal/ui"
)

// TestLeaderPublishesAtFrameRate (issue 22, finding 10): a leader pressing
// 1000 keys a second used to publish 1000 states a second, each to every
// follower and over the bus. States are coalesced to the frame rate: at
// most one per publishEvery (a bound by construction, whatever the
// machine's speed), and the last state always goes out.
func TestLeaderPublishesAtFrameRate(t *testing.T) {
	d, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	dash, err := ui.New(ui.Options{Data: d, Lang: i18n.EN, Tab: "overview"})
	if err != nil {
		t.Fatal(err)
	}
	hub, err := room.NewHub(room.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer hub.Close()
	m, err := hub.Join("briefing", "lan", true, func(room.View) {})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Leave()
	var published [][]byte
	l := newLeadModel(dash, m)
	l.pub = func(b []byte) { published = append(published, b) }
	l.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	l.publish(true)

	const keys = 1000
	start := time.Now()
	due := false
	for i := range keys {
		k := rune('2' + i%2) // gdp, fdi, gdp…: every key changes the state
		_, cmd := l.Update(tea.KeyPressMsg{Code: k, Text: string(k)})
		due = due || cmd != nil
	}
	elapsed := time.Since(start)
	during := len(published)
	if limit := 2 + int(elapsed/publishEvery); during > limit {
		t.Errorf("%d states published for %d keys in %v, at most %d expected", during, keys, elapsed, limit)
	}
	// The last key's state is what the pending publication sends.
	if !due || !l.due {
		t.Fatal("no publication pending after the burst")
	}
	l.Update(publishDue{})
	var last ui.State
	if err := json.Unmarshal(published[len(published)-1], &last); err != nil {
		t.Fatal(err)
	}
	if last.Tab != "fdi" {
		t.Errorf("the last state published is on %q, want fdi", last.Tab)
	}
	t.Logf("%d keys in %v: %d states published", keys, elapsed.Round(time.Millisecond), len(published))
}
