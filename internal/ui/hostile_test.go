package ui

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/provdash/provdash/internal/dataset"
	"github.com/provdash/provdash/internal/dataset/datasettest"
	"github.com/provdash/provdash/internal/i18n"
	"github.com/provdash/provdash/internal/textsafe"
	"github.com/provdash/provdash/internal/ui/viewtest"
)

func hostile(t *testing.T) *dataset.Dataset {
	t.Helper()
	d := viewtest.Data(t)
	return datasettest.Hostile(d)
}

// Finding 7: every tab, face, detail and the help of a dataset that skipped
// Load's checks (built in Go) draws without any escape sequence from it:
// the frame holds SGR styling only, and the window title nothing at all.
func TestHostileDataView(t *testing.T) {
	d := hostile(t)
	keys := map[string][]tea.KeyPressMsg{
		"chart":   nil,
		"detail":  {{Code: tea.KeyDown}, {Code: tea.KeyEnter}},
		"table":   {{Code: 'v', Text: "v"}},
		"sources": {{Code: 'v', Text: "v"}, {Code: 'v', Text: "v"}},
		"help":    {{Code: '?', Text: "?"}},
	}
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		for _, tab := range TabIDs() {
			for face, presses := range keys {
				m, err := New(Options{Data: d, Lang: lang, Tab: tab})
				if err != nil {
					t.Fatal(err)
				}
				m.SetSize(160, 50)
				for _, k := range presses {
					m.Update(k)
				}
				v := m.View()
				if bad := datasettest.UnsafeLinks(v.Content, sourceURLs(d)); bad != "" {
					t.Errorf("%s %s %s: frame: %s", lang, tab, face, bad)
				}
				if bad := datasettest.Unsafe(v.WindowTitle, false); bad != "" {
					t.Errorf("%s %s: window title: %s", lang, tab, bad)
				}
			}
		}
	}
}

// Plain mode prints each tab into the scrollback through the program:
// none of the attack's sequences reaches the terminal, and the program
// adds no full reset or alternate-screen switch of its own.
func TestHostileDataPlainMode(t *testing.T) {
	m, err := New(Options{Data: hostile(t), Lang: i18n.EN, Plain: true})
	if err != nil {
		t.Fatal(err)
	}
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24))
	var out bytes.Buffer
	r := io.TeeReader(tm.Output(), &out)
	teatest.WaitFor(t, r, func(b []byte) bool { return strings.Contains(string(b), "Sources") },
		teatest.WithDuration(5*time.Second))
	for _, k := range []string{"2", "3", "4", "5"} {
		tm.Send(tea.KeyPressMsg{Code: rune(k[0]), Text: k})
	}
	tm.Send(tea.KeyPressMsg{Code: 'q', Text: "q"})
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
	rest, _ := io.ReadAll(tm.Output())
	all := out.String() + string(rest)
	for _, seq := range []string{"\x1b]", "\x1bP", "\x1bc", "\x1b[?1049", "\x1b[2J", "\u009b", "\u202e", "\a", "attacker.example"} {
		if strings.Contains(all, seq) {
			t.Errorf("plain mode wrote %q", seq)
		}
	}
}

// sourceURLs are the dataset's source addresses as a frame may link them:
// with everything that could act on a terminal removed.
func sourceURLs(d *dataset.Dataset) []string {
	var out []string
	for _, s := range d.Sources {
		out = append(out, textsafe.Clean(s.URL))
	}
	return out
}
